package catalog_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != got {
		t.Fatalf("%s differs (run go test -update after checking):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// TestRender_golden pins the DDL of the parity models to
// testdata/parity.<dialect>.golden (go test -update rewrites them). The
// schema is built and rendered anew a few times, each compared with the
// file, so that an order that depends on map iteration shows here too.
func TestRender_golden(t *testing.T) {
	t.Parallel()
	for _, d := range []schema.Dialect{schema.SQLite, schema.Postgres} {
		t.Run(string(d), func(t *testing.T) {
			for range 3 {
				s, err := catalog.FromModels(parityModels()...)
				if err != nil {
					t.Fatal(err)
				}
				stmts, err := catalog.Render(s, d)
				if err != nil {
					t.Fatal(err)
				}
				golden(t, "parity."+string(d)+".golden", strings.Join(stmts, ";\n\n")+";\n")
			}
		})
	}
}

// The parity invariant (issue 3): rendering FromModels(m), executing it on an
// empty database and inspecting gives back FromModels(m); the same DDL run
// by hand (the golden file) inspects the same.
func TestInspect_parity(t *testing.T) {
	t.Parallel()
	want, err := catalog.FromModels(parityModels()...)
	if err != nil {
		t.Fatal(err)
	}
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.RawDriver, e.DSN)
		stmts, err := catalog.Render(want, e.Name)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range stmts {
			if _, err := db.ExecContext(ctx, s); err != nil {
				t.Fatalf("%s: %v", s, err)
			}
		}
		got, err := catalog.Inspect(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		if m := schema.Mismatches(want, got); len(m) > 0 {
			t.Fatalf("Inspect differs from FromModels:\n%s", strings.Join(m, "\n"))
		}
		if !want.Equal(got) {
			t.Fatal("Equal disagrees with Mismatches")
		}
		// Through a transaction (no Driver(): the dialect is probed).
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		viaTx, err := catalog.Inspect(ctx, tx)
		if err != nil {
			t.Fatal(err)
		}
		if m := schema.Mismatches(want, viaTx); len(m) > 0 {
			t.Fatalf("Inspect in a transaction differs:\n%s", strings.Join(m, "\n"))
		}
		if _, err := tx.ExecContext(ctx, "SELECT 1"); err != nil {
			t.Fatalf("the probe broke the transaction: %v", err)
		}
	})
}

func TestInspect_handMadeGoldenDDL(t *testing.T) {
	t.Parallel()
	want, err := catalog.FromModels(parityModels()...)
	if err != nil {
		t.Fatal(err)
	}
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.RawDriver, e.DSN)
		ddl, err := os.ReadFile(filepath.Join("testdata", "parity."+string(e.Name)+".golden"))
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range strings.Split(string(ddl), ";\n") {
			if strings.TrimSpace(s) == "" {
				continue
			}
			if _, err := db.ExecContext(ctx, s); err != nil {
				t.Fatalf("%s: %v", s, err)
			}
		}
		got, err := catalog.InspectDialect(ctx, db, e.Name)
		if err != nil {
			t.Fatal(err)
		}
		if m := schema.Mismatches(want, got); len(m) > 0 {
			t.Fatalf("hand-made schema differs:\n%s", strings.Join(m, "\n"))
		}
	})
}
