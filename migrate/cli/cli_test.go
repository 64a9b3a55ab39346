package cli_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/ferrosql/ferro" // the program imports the root: drivers
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate/cli"
)

type Invoice struct {
	ID     int64  `ferro:"id,pk"`
	Number string `ferro:"number,unique"`
}

type InvoiceV2 struct {
	ID     int64   `ferro:"id,pk"`
	Number string  `ferro:"number,unique"`
	Note   *string `ferro:"note"`
}

func (InvoiceV2) TableName() string { return "invoice" }

type InvoiceV3 struct {
	ID     int64   `ferro:"id,pk"`
	Number *string `ferro:"number,unique"`
	Note   *string `ferro:"note"`
}

func (InvoiceV3) TableName() string { return "invoice" }

func run(t *testing.T, models []any, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := cli.Run(context.Background(), "shopmigrate", args, &out, &errb, models...)
	return code, out.String(), errb.String()
}

// TestRun walks a program's binary through plan, apply and export on both
// engines: exit codes, the plan on standard output, statement progress on
// standard error, and a golang-migrate pair for a later change.
func TestRun(t *testing.T) {
	for _, e := range []testdb.Engine{testdb.SQLite(t), testdb.Postgres(t)} {
		t.Run(string(e.Name), func(t *testing.T) {
			v1 := []any{Invoice{}}
			if e.Name == "sqlite" { // plan reads only existing databases
				if err := os.WriteFile(strings.TrimPrefix(e.DSN, "file:"), nil, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			code, out, _ := run(t, v1, "plan", "-check", e.DSN)
			if code != cli.ExitPending || !strings.Contains(out, "+ table invoice") {
				t.Fatalf("plan -check before apply: %d %s", code, out)
			}
			code, out, errs := run(t, v1, "apply", e.DSN)
			if code != cli.ExitOK || !strings.Contains(out, "+ table invoice") || !strings.Contains(errs, "[1/2] CREATE TABLE") || !strings.Contains(errs, "applied 2 statement(s)") {
				t.Fatalf("apply: %d\n%s\n%s", code, out, errs)
			}
			if code, out, _ := run(t, v1, "plan", "-check", e.DSN); code != cli.ExitOK || !strings.Contains(out, "nothing to do") {
				t.Errorf("plan -check after apply: %d %s", code, out)
			}
			v2 := []any{InvoiceV2{}}
			if code, out, _ := run(t, v2, "plan", "-check", e.DSN); code != cli.ExitPending || !strings.Contains(out, "not applied at this level") {
				t.Errorf("plan -check of a new column at the create level: %d %s", code, out)
			}
			dir := t.TempDir()
			if code, _, errs := run(t, v2, "export", "-updates", "-dir", dir, "-name", "add_note", e.DSN); code != cli.ExitOK || !strings.Contains(errs, "wrote ") {
				t.Fatalf("export: %d %s", code, errs)
			}
			up, _ := filepath.Glob(filepath.Join(dir, "*_add_note.up.sql"))
			if len(up) != 1 {
				t.Fatalf("export wrote %v", up)
			}
			b, _ := os.ReadFile(up[0])
			if !strings.Contains(string(b), `ADD COLUMN "note"`) {
				t.Errorf("up file:\n%s", b)
			}
			if code, _, errs := run(t, v2, "apply", "-updates", e.DSN); code != cli.ExitOK {
				t.Fatalf("apply -updates: %d %s", code, errs)
			}
			if code, out, _ := run(t, v2, "plan", "-check", "-destructive", e.DSN); code != cli.ExitOK {
				t.Errorf("plan after apply -updates: %d %s", code, out)
			}
			if e.Name != "sqlite" {
				return
			}
			// NOT NULL -> NULL rebuilds the SQLite table: apply reports
			// the rows copied.
			db := testdb.Open(t, "ferro-sqlite", e.DSN)
			if _, err := db.Exec(`INSERT INTO invoice (id, number) VALUES (1, 'a'), (2, 'b'), (3, 'c')`); err != nil {
				t.Fatal(err)
			}
			db.Close()
			code, _, errs = run(t, []any{InvoiceV3{}}, "apply", "-updates", e.DSN)
			if code != cli.ExitOK || !strings.Contains(errs, "table invoice rebuilt: 3 row(s) copied") {
				t.Errorf("apply of a rebuild: %d\n%s", code, errs)
			}
		})
	}
}

func TestRun_UsageAndErrors(t *testing.T) {
	models := []any{Invoice{}}
	if code, out, _ := run(t, models, "-h"); code != cli.ExitOK || !strings.Contains(out, "shopmigrate plan") {
		t.Errorf("-h: %d %s", code, out)
	}
	for _, sub := range []string{"plan", "apply", "export"} {
		if code, out, _ := run(t, models, sub, "-h"); code != cli.ExitOK || !strings.Contains(out, "Usage: shopmigrate "+sub) {
			t.Errorf("%s -h: %d %s", sub, code, out)
		}
	}
	if code, _, errs := run(t, models, "drop"); code != cli.ExitError || !strings.Contains(errs, `unknown command "drop"`) {
		t.Errorf("unknown command: %d %s", code, errs)
	}
	if code, _, errs := run(t, models, "export", "x.db"); code != cli.ExitError || !strings.Contains(errs, "give -dir and -name") {
		t.Errorf("export without -dir: %d %s", code, errs)
	}
	if code, _, errs := run(t, []any{struct{ X int }{}}, "plan", filepath.Join(t.TempDir(), "x.db")); code != cli.ExitError || !strings.Contains(errs, "anonymous struct") {
		t.Errorf("bad model: %d %s", code, errs)
	}
}
