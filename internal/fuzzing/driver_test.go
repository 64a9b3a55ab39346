package fuzzing

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoDriverLinked keeps this package's promise: its test binary links no
// database driver, so fuzzing pays for the parsers alone. It asks go list
// for the test binary's packages: the build info of a test binary lists no
// modules, so reading it (as this test once did) found nothing, whatever
// was linked.
func TestNoDriverLinked(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-test", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v: %s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "modernc.org/") || strings.HasPrefix(dep, "github.com/jackc/") {
			t.Errorf("the fuzzing test binary links %s; fuzz targets here must not import database drivers (or testdb)", dep)
		}
	}
}
