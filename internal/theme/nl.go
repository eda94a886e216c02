package theme

import "github.com/pia-nl/pia/internal/i18n"

func init() {
	i18n.Register("nl", map[string]string{
		"theme.naam": "themanaam %q is ongeldig: geef in pia.toml bij thema de naam van een map onder themes/, " +
			"zoals thema = \"default\"",
		"theme.ingebouwd": "(het meegeleverde thema)",
		"theme.onbekend": "thema %q bestaat niet: maak de map themes/%s/ in de site aan, of kies in pia.toml " +
			"thema = \"default\"",
	})
}
