package document

import (
	"strings"
	"testing"
)

// TestDropBlank: a detail the site left blank takes with it what would read as nonsense without it, and nothing
// more.
func TestDropBlank(t *testing.T) {
	blank := func(name string) bool { return name == "leeg" || name == "ook.leeg" }
	for _, c := range []struct{ in, want string }{
		{"Geen plaatshouder.", "Geen plaatshouder."},
		{"U kunt mailen naar {vol}. U kunt ook bellen naar {leeg}.", "U kunt mailen naar {vol}. "},
		{"Eerst dit. Bel naar {leeg}. Dan dat.", "Eerst dit. Dan dat."},
		{"Dat kan per e-mail naar\n{leeg}. U kunt ook een brief sturen naar {vol}. Of u komt langs.",
			"U kunt ook een brief sturen naar {vol}. Of u komt langs."},
		{"Zie art. 5 en {leeg}. Daarna verder.", "Daarna verder."},
		{"- Adres: {vol}\n- Telefoon: {leeg}\n- E-mail: {vol}\n", "- Adres: {vol}\n- E-mail: {vol}\n"},
		{"- Telefoon: {leeg}", ""},
		{"1. **Meld het**, bij de FG:\n   {vol}, {leeg}, {ook.leeg}. Ook 's avonds.\n2. Volgende.",
			"1. **Meld het**, bij de FG:\n   {vol}. Ook 's avonds.\n2. Volgende."},
		{"{leeg}, {vol}", "{vol}"},
		{"8. Iets.\n9. **Waar u meer leest**: de folder op {leeg}.\n10. Laatste.",
			"8. Iets.\n9. **Waar u meer leest**: de folder.\n10. Laatste."},
		{"3. **Stuur het door** naar het loket via\n   {leeg}. De gemeente antwoordt.", "3. **Stuur het door** naar het loket. De gemeente antwoordt."},
		{"Op {leeg} leest u meer. Klaar.", "Klaar."},
		{"Dat kan per e-mail naar {leeg}. Of kom langs.", "Of kom langs."},
		{"- Kijk op: {leeg}", ""},
		{"Eerste alinea.\n\nOp {leeg} leest u meer.\n\nDerde alinea.", "Eerste alinea.\n\nDerde alinea."},
		{"Wij hebben een FG. Dat is {leeg}. Deze persoon let op.", "Wij hebben een FG. Deze persoon let op."},
		{"{onbekend} blijft. {leeg} gaat.", "{onbekend} blijft. "},
		{"Kijk op {leeg}. Verder.", "Verder."},
		{"U kunt ons bereiken via {leeg}. Verder.", "Verder."},
		{"Neem contact op met mr. R. de Boer, telefoon {leeg}. Daarna verder.", "Daarna verder."},
		{"Eerst. De FG (mr. R. de Boer, {leeg}) helpt u. Dan.", "Eerst. Dan."},
		{"## Contact\nMail naar {leeg}. Bel {vol}.", "## Contact\nBel {vol}."},
		{"| Telefoon | {leeg} |\n| E-mail | {vol} |", "| Telefoon |  |\n| E-mail | {vol} |"},
		{"Zie bijv. de folder op {leeg}. Klaar.", "Klaar."},
		{"1. **Meld het meteen**, bij de FG:\n   {leeg}, {leeg}, {ook.leeg}. Ook 's avonds.",
			"1. **Meld het meteen**, bij de FG. Ook 's avonds."},
		{"- **de FG** ({leeg}), die adviseert;\n- het college.", "- **de FG**, die adviseert;\n- het college."},
		{"- E-mail: {leeg}\n- Adres: {vol}", "- Adres: {vol}"},
		// Alternatives: the blank one goes with its "of".
		{"Mail naar {vol} of bel {leeg}. Verder.", "Mail naar {vol}. Verder."},
		{"Mail naar {vol}, of bel ons op {leeg}, en wacht.", "Mail naar {vol}, en wacht."},
		{"Bel {leeg} of mail naar {vol}. Verder.", "Mail naar {vol}. Verder."},
		{"Bel {leeg} of mail naar {leeg}. Verder.", "Verder."},
		{"Neem contact op via {leeg} of {vol}.", "Neem contact op via {vol}."},
		{"Neem contact op via {vol} of {leeg}.", "Neem contact op via {vol}."},
		{"Neem contact op via {vol}, {ook.vol} of {leeg}.", "Neem contact op via {vol} of {ook.vol}."},
		// "en" joins, it offers no choice: "tussen {a}" would mean nothing.
		{"Eerst. Kies tussen {vol} en {leeg}. Dan.", "Eerst. Dan."},
		// "of" meaning "whether", and a verb for one channel before two addresses: the sentence goes, or the rules
		// for via and op take their part.
		{"Controleer bij {vol} of dat kan via {leeg}.", "Controleer bij {vol} of dat kan."},
		{"Twijfelt u? Vraag {vol} of u mag mailen naar {leeg}. Dan.", "Twijfelt u? Dan."},
		{"Eerst. Bel {leeg} of {vol}. Dan.", "Eerst. Dan."},
		{"Eerst. Bel {vol} of {leeg}. Dan.", "Eerst. Dan."},
		{"Eerst. Bel {leeg} of mail; vraag naar {vol}. Dan.", "Eerst. Dan."},
		{"Eerst. Bel {leeg} of wacht op {vol}. Dan.", "Eerst. Dan."},
		{"- Contact: {vol} of {leeg}\n- Verder", "- Contact: {vol}\n- Verder"},
		// Without a placeholder on the other side, "of" is no alternative: the sentence goes.
		{"Eerst. Wij vragen u of u akkoord gaat met {leeg}. Dan.", "Eerst. Dan."},
		{"Eerst. U kunt langskomen of bellen naar {leeg}. Dan.", "Eerst. Dan."},
		{"Eerst. U kunt bellen naar {leeg} of mailen naar {vol}. Dan.", "Eerst. Dan."},
	} {
		if got := dropBlank(c.in, blank); got != c.want {
			t.Errorf("dropBlank(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// FuzzDropBlank: whatever the text, dropBlank does not fail and leaves no blank placeholder behind.
func FuzzDropBlank(f *testing.F) {
	for _, s := range []string{"Bel {leeg}.", "- A: {leeg}\n- B: {vol}", "{vol}, {leeg}, {leeg}.", "x via {leeg}.",
		"1. **a** op\n   {leeg}. b", "{leeg", "}{leeg}{", "\n\n{leeg}\n\n", "é. {leeg}. É",
		"Bel {leeg} of ɐ {vol}.", "{vol}, {vol} of {leeg}", "x {vol} of y {leeg}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := dropBlank(s, func(name string) bool { return name == "leeg" })
		if strings.Contains(out, "{leeg}") {
			t.Errorf("dropBlank(%q) = %q still holds {leeg}", s, out)
		}
		if len(out) > len(s) {
			t.Errorf("dropBlank(%q) = %q grew", s, out)
		}
	})
}
