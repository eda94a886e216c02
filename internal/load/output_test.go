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

// TestUitvoerThatBuildRefuses: a file, or a folder of other files, as uitvoer in pia.toml is a load error at uitvoer,
// as pia build refuses it; an empty folder, pia's own output and a folder that is not there are fine, and so is
// any of them when the build writes elsewhere (--uitvoer).
func TestUitvoerThatBuildRefuses(t *testing.T) {
	for _, c := range []struct {
		name, want string
		make       func(t *testing.T, dir string)
	}{
		{"a file", `pia.toml:2:1: de uitvoer "uit" is een bestand, geen map`, func(t *testing.T, dir string) { write(t, dir, "uit") }},
		{"a folder of other files", `pia.toml:2:1: de uitvoermap "uit" bestaat al en is niet door pia gemaakt`,
			func(t *testing.T, dir string) { mkdir(t, dir, "uit"); write(t, dir, "uit/eigen.txt") }},
		{"pia's output", "", func(t *testing.T, dir string) { mkdir(t, dir, "uit"); write(t, dir, "uit/"+OutputMarker) }},
		{"an empty folder", "", func(t *testing.T, dir string) { mkdir(t, dir, "uit") }},
		{"not there", "", func(t *testing.T, dir string) {}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := diskSite(t, "uitvoer = \"uit\"\n")
			c.make(t, dir)
			_, err := Load(dir, Options{})
			switch {
			case c.want == "" && err != nil:
				t.Errorf("got %v", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Errorf("got %v, want %q", err, c.want)
			}
			if _, err := Load(dir, Options{OutputElsewhere: true}); err != nil {
				t.Errorf("building elsewhere: %v", err)
			}
		})
	}
}
