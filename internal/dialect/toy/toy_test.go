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

type toyMood string

func (toyMood) Values() []string { return []string{"sad", "ok", "happy"} }
func (toyMood) EnumType() string { return "toy_mood" }

type toyNote struct {
	ID   int64   `ferro:"id,pk"`
	Mood toyMood `ferro:"mood,default='ok'"`
	Body string  `ferro:"body,index"`
}

// toyPlain has no native enum: nothing the toy lacks is asked for.
type toyPlain struct {
	ID    int64  `ferro:"id,pk"`
	Title string `ferro:"title,unique"`
	Note  int64  `ferro:"note,fk=toy_note.id"`
}

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

// changeSummary names each change of p and, for a new table, its
// columns with their types and its checks.
func changeSummary(p *migrate.Plan) []string {
	var out []string
	for _, c := range p.Changes() {
		line := reflect.TypeOf(c).Elem().Name()
		if at, ok := c.(*schema.AddTable); ok {
			line += " " + at.T.Name + ":"
			for _, col := range at.T.Columns {
				line += " " + col.Name + " " + col.Type.String()
			}
			for _, ck := range at.T.Checks {
				line += fmt.Sprintf(" check %s %q", ck.Column, ck.Values)
			}
		}
		if ce, ok := c.(*schema.CreateEnum); ok {
			line += " " + ce.E.Name
		}
		out = append(out, line)
	}
	return out
}

// TestToy_followsItsCapabilities proves issue 19's plug-in claim with a
// third engine, the toy (PostgreSQL without native enum types, under its
// own driver), plugged in by one package and its import: ferro's wrapper,
// catalog and migrator find it by its driver in the registry, and the
// plan for the same models differs from PostgreSQL's exactly where the
// missing capability (dialect.EnumCreator) says: no CREATE TYPE, the
// enum column stored as text with the enum CHECK. Everything else is
// planned alike, both plans apply, and each database then reads back as
// its engine stores the models, with nothing left to do.
func TestToy_followsItsCapabilities(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	pg := testdb.Open(t, "ferro-postgres", testdb.Postgres(t).DSN)
	ty := openToy(t, testdb.Postgres(t).DSN)

	if d, err := catalog.Detect(ctx, ty); err != nil || d != toy.Name {
		t.Fatalf("Detect(toy database) = %q, %v; want %q", d, err, toy.Name)
	}

	models := []any{toyNote{}, toyPlain{}}
	pgPlan, err := migrate.NewPlan(ctx, pg, models)
	if err != nil {
		t.Fatal(err)
	}
	toyPlan, err := migrate.NewPlan(ctx, ty, models)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{"postgres": changeSummary(pgPlan), "toy": changeSummary(toyPlan)}
	note := `AddTable toy_note: id bigint mood %s body text`
	plain := `AddTable toy_plain: id bigint title text note bigint`
	want := map[string][]string{
		"postgres": {"CreateEnum toy_mood", fmt.Sprintf(note, "enum(toy_mood)"), plain},
		"toy":      {fmt.Sprintf(note, "text") + ` check mood ["sad" "ok" "happy"]`, plain},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("plans:\n%q\nwant\n%q", got, want)
	}
	// The index, the unique key and the foreign key are planned alike.
	pgSQL, toySQL := pgPlan.Statements(), toyPlan.Statements()
	if len(pgSQL) != 5 || len(toySQL) != 4 || !reflect.DeepEqual(pgSQL[2:], toySQL[1:]) {
		t.Fatalf("statements:\npostgres %q\ntoy      %q", pgSQL, toySQL)
	}

	desired, err := catalog.FromModels(models...)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		db   *sql.DB
		d    schema.Dialect
	}{{"postgres", pg, schema.Postgres}, {"toy", ty, toy.Name}} {
		if err := ferro.Migrate(c.db, models); err != nil {
			t.Fatalf("%s: Migrate: %v", c.name, err)
		}
		live, err := catalog.Inspect(ctx, c.db)
		if err != nil {
			t.Fatal(err)
		}
		stored, err := catalog.ForDialect(desired, c.d)
		if err != nil {
			t.Fatal(err)
		}
		if m := schema.Mismatches(stored, live); len(m) > 0 {
			t.Fatalf("%s: the migrated database differs from the models as the engine stores them:\n%s", c.name, strings.Join(m, "\n"))
		}
		again, err := migrate.NewPlan(ctx, c.db, models)
		if err != nil || !again.Empty() {
			t.Fatalf("%s: a second plan is not empty: %v\n%v", c.name, err, again)
		}
		_, err = c.db.ExecContext(ctx, `INSERT INTO toy_note (id, mood, body) VALUES (1, 'angry', 'x')`)
		if err == nil {
			t.Fatalf("%s: a mood outside the enum was stored", c.name)
		}
		var types int
		if err := c.db.QueryRowContext(ctx, `SELECT count(*) FROM pg_type WHERE typname = 'toy_mood' AND typnamespace = current_schema()::regnamespace`).Scan(&types); err != nil {
			t.Fatal(err)
		}
		if want := map[string]int{"postgres": 1, "toy": 0}[c.name]; types != want {
			t.Fatalf("%s: %d enum types toy_mood, want %d", c.name, types, want)
		}
	}
}
