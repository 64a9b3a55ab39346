package sqlite

import (
	"runtime/debug"
	"strings"
	"testing"
)

// TestNoDriverLinked keeps this package free of database drivers, so that
// its fuzz targets pay for the parsers alone (issue 13 item 13): the driver
// glue and the tests that need a real engine live in package engine.
func TestNoDriverLinked(t *testing.T) {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		t.Fatal("no build info")
	}
	for _, m := range bi.Deps {
		if strings.HasPrefix(m.Path, "modernc.org/") || strings.HasPrefix(m.Path, "github.com/jackc/") {
			t.Errorf("the test binary of package sqlite links %s; move what needs it to package engine", m.Path)
		}
	}
}
