package postgres

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoDriverLinked keeps this package free of database drivers, so that
// its fuzz targets pay for the parsers alone (issue 13 item 13): the driver
// glue and the tests that need a real engine live in package engine. It
// asks go list for the test binary's packages (the build info of a test
// binary lists no modules).
func TestNoDriverLinked(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-test", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v: %s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "modernc.org/") || strings.HasPrefix(dep, "github.com/jackc/") {
			t.Errorf("the test binary of package postgres links %s; move what needs it to package engine", dep)
		}
	}
}
