package migrate_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
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
	if !strings.Contains(string(u), p.Statements()[0]+";\n") || !strings.Contains(string(d), `DROP TABLE "tasks";`) {
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
