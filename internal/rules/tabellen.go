package rules

import (
	"reflect"
	"slices"

	"github.com/pia-nl/pia/internal/i18n"
)

// checkTabellen: a table the questionnaire writes itself ([informeren], [rechten], …) replaces the template's table
// whole (SPEC's merge rule): a key the template fills in and the own table leaves out is lost without a word, such
// as the Jeugdwet's right to have the file destroyed in [rechten] voor_inwoner, or what the citizen hears about
// having to give the data in [informeren] verplichting. It is advice: leaving a key out may be what was meant.
func checkTabellen(c *checker) {
	if c.v.Base == nil {
		return
	}
	own, base := reflect.ValueOf(c.v).Elem(), reflect.ValueOf(c.v.Base).Elem()
	for _, f := range tomlFields(own.Type()) {
		ov, bv := own.Field(f.index), base.Field(f.index)
		if ov.Kind() == reflect.Pointer {
			if ov.IsNil() || bv.IsNil() {
				continue
			}
			ov, bv = ov.Elem(), bv.Elem()
		}
		if ov.Kind() == reflect.Map {
			if pos, ok := c.v.Pos.Exact(f.name); ok && pos.File == c.v.File {
				c.checkLostEntries(f.name, ov, bv)
			}
			continue
		}
		if ov.Kind() != reflect.Struct || len(tomlFields(ov.Type())) == 0 {
			continue // not a table of keys (a date is a struct without TOML keys)
		}
		if pos, ok := c.v.Pos.Exact(f.name); !ok || pos.File != c.v.File {
			continue // the table, or its keys one by one, come from the template
		}
		var lost []string
		for _, k := range tomlFields(ov.Type()) {
			// Left out is a key the own table does not write (a key written as false or "" was written) and the
			// template fills in.
			at := f.name + "." + k.name
			if _, written := c.v.Pos.Exact(at); written || bv.Field(k.index).IsZero() {
				continue
			}
			// A key whose absence another rule reports (verplichting-ontbreekt) gets the cause in that finding.
			if i := slices.IndexFunc(c.out, func(b Bevinding) bool { return b.Veld == at }); i >= 0 {
				c.out[i].addOplossing(c.t("rules.tabel-vervangt-sjabloon.oorzaak", "["+f.name+"]", c.v.File, c.sjabloon()))
				continue
			}
			lost = append(lost, "`"+k.name+"`")
		}
		if len(lost) > 0 {
			c.add(codeTabelVervangen, f.name, "bericht", "["+f.name+"]", c.v.File, c.sjabloon(), andList(c, lost), c.deel(f.name))
		}
	}
}

// checkLostEntries: an own table of entries keyed by id ([antwoorden]) replaces the template's whole too, so the
// template's answers to questions the own table does not answer are lost.
func (c *checker) checkLostEntries(name string, own, base reflect.Value) {
	var lost []string
	for _, k := range base.MapKeys() {
		if own.MapIndex(k).IsValid() || base.MapIndex(k).IsZero() {
			continue
		}
		lost = append(lost, k.String())
	}
	if len(lost) == 0 {
		return
	}
	slices.Sort(lost)
	for i, k := range lost {
		lost[i] = "`" + k + "`"
	}
	c.add(codeTabelVervangen, name, "entries", "["+name+"]", c.v.File, c.sjabloon(), andList(c, lost))
}

// deel names a table of the questionnaire in words, for the part of a finding the report shows.
func (c *checker) deel(table string) string {
	if key := "rules.tabel-vervangt-sjabloon.deel-" + table; i18n.Has(c.lang, key) || i18n.Has(i18n.Default, key) {
		return c.t(key)
	}
	return c.t("rules.tabel-vervangt-sjabloon.deel")
}
