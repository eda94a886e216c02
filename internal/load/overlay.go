package load

import (
	"reflect"

	"github.com/pia-nl/pia/internal/model"
)

// verwerkingOf makes the verwerking of file d, whose own values are own (decoded from d alone when it was
// validated), laid over its template t, or on its own when t is nil.
func verwerkingOf(d *doc, own *model.Verwerking, t *resolved, id, file string) *model.Verwerking {
	v, pos := own, d.pos
	if t != nil {
		v, pos = layOver(t, d, own)
		v.Chain, v.Base, v.Pack = t.chain, t.base, t.pack.pack
	}
	v.ID, v.File, v.Pos = id, file, model.NewPositions(pos)
	return v
}

// layOver lays file d, whose own values are own, over the template t, and drops the template's references to the
// entries d removes (dropRemoved). It returns the verwerking and the positions of its values in the files.
func layOver(t *resolved, d *doc, own *model.Verwerking) (*model.Verwerking, model.PosTable) {
	mp := mergePos(t.doc, d)
	mp.base = t.pos // the template's verwerking, which may have lost references itself
	v := overlay(t.base, own, mp)
	if kept := dropRemoved(v, removedIDs(mp.removed), func(p string) bool { return !mp.fromOverAt(p) }); len(kept) > 0 {
		return v, &remapPos{table: mp, kept: kept}
	}
	return v, mp
}

// overlay lays a file's own verwerking over its template's merged verwerking base, as mp says: the result is the
// verwerking that decoding merge(template, file) gives, without building and decoding that merged tree for every
// file. It shares the values of base it keeps, as verwerkingen share their template's texts: the model is read
// only once loaded.
func overlay(base, own *model.Verwerking, mp *mergedPos) *model.Verwerking {
	out := *base
	bv, ov, rv := reflect.ValueOf(base).Elem(), reflect.ValueOf(own).Elem(), reflect.ValueOf(&out).Elem()
	names := fieldsOf(rv.Type())
	for k := range mp.fromOver {
		if i, ok := names.index[k]; ok {
			rv.Field(i).Set(ov.Field(i))
		}
	}
	for k, from := range mp.entries {
		if i, ok := names.index[k]; ok {
			rv.Field(i).Set(overlayEntries(bv.Field(i), ov.Field(i), from))
		}
	}
	return &out
}

// overlayEntries merges two slices of entries as entryOrigins said: an entry in both is the base's with the
// fields the file set taken from the file's.
func overlayEntries(base, own reflect.Value, from []entryFrom) reflect.Value {
	out := reflect.MakeSlice(base.Type(), len(from), len(from))
	names := fieldsOf(base.Type().Elem())
	for j, e := range from {
		dst := out.Index(j)
		switch {
		case e.over < 0:
			dst.Set(base.Index(e.base))
		case e.base < 0:
			dst.Set(own.Index(e.over))
		default:
			dst.Set(base.Index(e.base))
			src := own.Index(e.over)
			for _, f := range e.overFields {
				if i, ok := names.index[f]; ok {
					dst.Field(i).Set(src.Field(i))
				}
			}
		}
	}
	return out
}
