package fuzzing

import (
	"runtime/debug"
	"strings"
	"testing"
)

// TestNoDriverLinked keeps this package's promise: its test binary links no
// database driver, so fuzzing pays for the parsers alone.
func TestNoDriverLinked(t *testing.T) {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		t.Fatal("no build info")
	}
	for _, m := range bi.Deps {
		if strings.HasPrefix(m.Path, "modernc.org/") || strings.HasPrefix(m.Path, "github.com/jackc/") {
			t.Errorf("the fuzzing test binary links %s; fuzz targets here must not import database drivers (or testdb)", m.Path)
		}
	}
}
