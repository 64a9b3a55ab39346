package catalog_test

import (
	"context"
	"strings"
	"testing"

	_ "github.com/ferrosql/ferro" // registers ferro-sqlite and ferro-postgres

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

// Inspect through ferro's own driver wrapper: the dialect is found without a
// probe, and on Postgres the pgx.QueryExecModeExec argument passes through
// the wrapper.
func TestInspect_throughFerroDriver(t *testing.T) {
	t.Parallel()
	want, err := catalog.FromModels(parityModels()...)
	if err != nil {
		t.Fatal(err)
	}
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		name, err := catalog.Detect(ctx, db)
		if err != nil || name != e.Name {
			t.Fatalf("Detect = %q, %v; want %q", name, err, e.Name)
		}
		stmts, err := catalog.Render(want, e.Name)
		if err != nil {
			t.Fatal(err)
		}
		exec(t, db, stmts...)
		got, err := catalog.Inspect(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		if m := schema.Mismatches(want, got); len(m) > 0 {
			t.Fatalf("Inspect through %s differs:\n%s", e.FerroDriver, strings.Join(m, "\n"))
		}
	})
}
