package html

import (
	"os"
	"testing"
)

// TestPreview writes the sample site to $PIA_PREVIEW for a person to look at; it is skipped otherwise.
func TestPreview(t *testing.T) {
	dir := os.Getenv("PIA_PREVIEW")
	if dir == "" {
		t.Skip("set PIA_PREVIEW to a folder to write the sample site there")
	}
	writeSite(t, defaultTheme(t), dir)
}
