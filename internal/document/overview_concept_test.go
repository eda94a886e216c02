package document

import (
	"testing"
)

// TestPrivacyOverviewMarksConcepts: the citizens' overview says which statements are still concepts before they
// are opened: one the questionnaire calls a concept, and one marked final that has a fout (the wijkteam, which asks
// consent for a public task). A final statement without a fout has no note.
func TestPrivacyOverviewMarksConcepts(t *testing.T) {
	site, r := exampleSite(t)
	notes := map[string]string{}
	Walk(PrivacyOverzicht(site, r).Body, func(bl Block, _ int) {
		if ll, ok := bl.(LinkList); ok {
			for _, l := range ll.Items {
				if l.Kind == KindPrivacyverklaring {
					notes[l.ID] = l.Note
				}
			}
		}
	})
	const concept = "(concept: deze tekst is nog niet definitief)"
	for id, want := range map[string]string{
		"schuldhulpverlening":       concept,
		"wijkteam-integrale-intake": concept,
		"wmo-maatwerkvoorziening":   "",
		"jeugdwet-toegang":          "",
	} {
		got, ok := notes[id]
		if !ok {
			t.Errorf("the overview does not link to the statement of %s", id)
		} else if got != want {
			t.Errorf("%s: note %q, want %q", id, got, want)
		}
	}
}
