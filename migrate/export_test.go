package migrate_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
)

func TestPlan_WriteMigration(t *testing.T) {
	t.Parallel()
	e := testdb.SQLite(t)
	db, err := sql.Open(e.FerroDriver, e.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p, err := migrate.NewPlan(context.Background(), db, []any{task{}})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	up, down, err := p.WriteMigration(dir, "create_tasks")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(up, "_create_tasks.up.sql") || !strings.HasSuffix(down, "_create_tasks.down.sql") || filepath.Dir(up) != dir {
		t.Fatalf("paths %s %s", up, down)
	}
	u, _ := os.ReadFile(up)
	d, _ := os.ReadFile(down)
	// The up file holds exactly the plan's statements, in order, then
	// those of ferro's records of what it creates, and nothing else but
	// comments (golang-migrate running the files in the interop module
	// proves that they are valid SQL).
	var stmts []string
	for _, part := range strings.Split(string(u), ";\n") {
		var lines []string
		for _, line := range strings.Split(part, "\n") {
			if !strings.HasPrefix(line, "--") && line != "" {
				lines = append(lines, line)
			}
		}
		if len(lines) > 0 {
			stmts = append(stmts, strings.Join(lines, "\n"))
		}
	}
	n := len(p.Statements())
	if len(stmts) <= n || !slices.Equal(stmts[:n], p.Statements()) {
		t.Errorf("up file statements:\n%q\nplan statements:\n%q", stmts, p.Statements())
	}
	for _, s := range stmts[min(n, len(stmts)):] {
		if !strings.Contains(s, `"ferro_objects"`) {
			t.Errorf("up file statement after the plan's is not one of ferro's records: %s", s)
		}
	}
	if !strings.Contains(string(d), `DROP TABLE "tasks";`) {
		t.Errorf("up:\n%s\ndown:\n%s", u, d)
	}
	up2, _, err := p.WriteMigration(dir, "again")
	if err != nil || filepath.Base(up2)[:14] <= filepath.Base(up)[:14] {
		t.Errorf("second version %s not after %s (%v)", up2, up, err)
	}
	if _, _, err := p.WriteMigration(dir, "Bad Name"); err == nil {
		t.Error("bad name accepted")
	}
}
