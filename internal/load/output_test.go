package load

import (
	"strings"
	"testing"
)

// An output folder in pia.toml that pia build would refuse, the site itself or a folder pia reads, is a load error at
// uitvoer, so that pia check finds it before a build does.
func TestUitvoerInTheSite(t *testing.T) {
	config := strings.Replace(basePack, "sjablonen = [\"basis\"]\n", "sjablonen = [\"basis\"]\nuitvoer = %q\n", 1)
	for uitvoer, want := range map[string]string{
		".":          `pia.toml:3:1: de uitvoermap "." is de map van de site zelf`,
		"..":         `pia.toml:3:1: de uitvoermap ".." is de map van de site zelf`,
		"content":    `pia.toml:3:1: de uitvoermap "content" ligt in content/ van de site`,
		"static/uit": `pia.toml:3:1: de uitvoermap "static/uit" ligt in static/ van de site`,
		"output":     "",
		"../uit":     "",
		"content-2":  "",
	} {
		_, errs := loadArchive(t, strings.Replace(config, "%q", `"`+uitvoer+`"`, 1))
		switch {
		case want == "" && errs != nil:
			t.Errorf("uitvoer = %q: %v", uitvoer, errs)
		case want != "" && (len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), want)):
			t.Errorf("uitvoer = %q: %v\nwant %s", uitvoer, errs, want)
		}
	}
}
