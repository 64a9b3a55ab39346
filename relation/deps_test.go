package relation_test

import (
	"os/exec"
	"strings"
	"testing"
)

// Package relation links no database driver (docs/architecture.md), so a
// binary with another driver registered under "sqlite" (GORM's
// glebarez/sqlite, in bench/preloadbench/gormsqlite) can use it.
func TestRelation_linksNoDriver(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/ferrosql/ferro/relation").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v: %s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "modernc.org/sqlite") || strings.HasPrefix(dep, "github.com/jackc/pgx") {
			t.Errorf("package relation depends on %s", dep)
		}
	}
}
