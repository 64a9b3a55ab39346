package sqltext

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoDriverLinked keeps this package's tests free of database drivers,
// so that FuzzIsDDL, FuzzRedact and FuzzRedactDSN pay for the scanners
// alone (issue 13 item 13): tests that need a real engine live in tests/.
// It asks go list for the test binary's packages (the build info of a test
// binary lists no modules).
func TestNoDriverLinked(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-test", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v: %s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "modernc.org/") || strings.HasPrefix(dep, "github.com/jackc/") {
			t.Errorf("the test binary of package sqltext links %s; move the test that needs it to tests/", dep)
		}
	}
}
