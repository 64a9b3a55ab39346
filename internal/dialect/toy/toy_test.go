package toy_test

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/dialect/toy"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// The models before: a note with a legacy column (indexed), a tag.
type toyNote struct {
	ID     int64   `ferro:"id,pk"`
	Body   string  `ferro:"body"`
	Legacy *string `ferro:"legacy,index"`
}

type toyTag struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

// The models after: the note without legacy, the tag with a new nullable
// column.
type toyNoteV2 struct {
	ID   int64  `ferro:"id,pk"`
	Body string `ferro:"body"`
}

func (toyNoteV2) TableName() string { return "toy_note" }

type toyTagV2 struct {
	ID    int64   `ferro:"id,pk"`
	Name  string  `ferro:"name"`
	Color *string `ferro:"color"`
}

func (toyTagV2) TableName() string { return "toy_tag" }

// openToy opens a ferro database through the toy's own driver: the root
// finds the engine in the registry by the connector's driver.
func openToy(t *testing.T, dsn string) *sql.DB {
	t.Helper()
	c, err := toy.Driver{}.OpenConnector(dsn)
	if err != nil {
		t.Fatal(err)
	}
	db, err := ferro.OpenDB(c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func changeLines(p *migrate.Plan) []string {
	var out []string
	for _, c := range p.Changes() {
		out = append(out, fmt.Sprint(c))
	}
	return out
}

// TestToy_followsItsCapabilities proves issue 19's plug-in claim with a
// third engine, the toy (SQLite without in-place column drop, under its
// own driver), plugged in by one package and its import: ferro's wrapper,
// catalog and migrator find it by its driver in the registry, and the
// plan for the same models differs from SQLite's exactly where the
// missing capability (dialect.ColumnDropper) says: the dropped column
// rebuilds its table instead of ALTER TABLE ... DROP COLUMN. The column
// added in place is planned alike. Both plans apply, keep the rows, and
// each database then reads back as the models, with nothing left to do.
func TestToy_followsItsCapabilities(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	lite := testdb.Open(t, "ferro-sqlite", testdb.SQLite(t).DSN)
	ty := openToy(t, testdb.SQLite(t).DSN)
	if d, err := catalog.Detect(ctx, ty); err != nil || d != toy.Name {
		t.Fatalf("Detect(toy database) = %q, %v; want %q", d, err, toy.Name)
	}

	before, after := []any{toyNote{}, toyTag{}}, []any{toyNoteV2{}, toyTagV2{}}
	for _, db := range []*sql.DB{lite, ty} {
		if err := ferro.Migrate(db, before); err != nil {
			t.Fatal(err)
		}
		for i, body := range []string{"a", "b"} {
			if _, err := db.ExecContext(ctx, `INSERT INTO toy_note (id, body, legacy) VALUES (?, ?, 'old')`, i+1, body); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := db.ExecContext(ctx, `INSERT INTO toy_tag (id, name) VALUES (1, 'x')`); err != nil {
			t.Fatal(err)
		}
	}

	litePlan, err := migrate.NewPlan(ctx, lite, after, migrate.AllowDestructive())
	if err != nil {
		t.Fatal(err)
	}
	toyPlan, err := migrate.NewPlan(ctx, ty, after, migrate.AllowDestructive())
	if err != nil {
		t.Fatal(err)
	}
	const (
		dropIndex  = "- index toy_note.idx_toy_note_legacy"
		dropLegacy = "- column toy_note.legacy (its data is lost)"
		addColor   = "+ column toy_tag.color text NULL"
	)
	got := map[string][]string{"sqlite": changeLines(litePlan), "toy": changeLines(toyPlan)}
	want := map[string][]string{
		"sqlite": {dropIndex, addColor, dropLegacy}, // columns are dropped after they are added
		"toy":    {"~ rebuild toy_note:\n    " + dropIndex + "\n    " + dropLegacy, addColor},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("plans:\n%q\nwant\n%q", got, want)
	}
	liteSQL, toySQL := strings.Join(litePlan.Statements(), "\n"), strings.Join(toyPlan.Statements(), "\n")
	if !strings.Contains(liteSQL, `ALTER TABLE "toy_note" DROP COLUMN "legacy"`) || strings.Contains(liteSQL, "_ferro_new_") ||
		strings.Contains(toySQL, "DROP COLUMN") || !strings.Contains(toySQL, `CREATE TABLE "_ferro_new_toy_note"`) {
		t.Fatalf("statements:\nsqlite:\n%s\ntoy:\n%s", liteSQL, toySQL)
	}

	desired, err := catalog.FromModels(after...)
	if err != nil {
		t.Fatal(err)
	}
	for name, db := range map[string]*sql.DB{"sqlite": lite, "toy": ty} {
		if err := ferro.Migrate(db, after, migrate.AllowDestructive()); err != nil {
			t.Fatalf("%s: Migrate: %v", name, err)
		}
		live, err := catalog.Inspect(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		if m := schema.Mismatches(desired, live); len(m) > 0 {
			t.Fatalf("%s: the migrated database differs from the models:\n%s", name, strings.Join(m, "\n"))
		}
		again, err := migrate.NewPlan(ctx, db, after, migrate.AllowDestructive())
		if err != nil || !again.Empty() {
			t.Fatalf("%s: a second plan is not empty: %v\n%v", name, err, again)
		}
		var bodies string
		if err := db.QueryRowContext(ctx, `SELECT group_concat(body, ',') FROM (SELECT body FROM toy_note ORDER BY id)`).Scan(&bodies); err != nil || bodies != "a,b" {
			t.Fatalf("%s: rows after the migration: %q, %v", name, bodies, err)
		}
	}
}
