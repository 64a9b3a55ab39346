package tests

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/dialect/postgres"
	"github.com/ferrosql/ferro/internal/dialect/sqlite"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// Every plan converges (issue 12): over the whole vocabulary, every type x
// default x nullability x index, created from a desired schema, plans
// nothing at the destructive level afterwards; and every type altered to
// every type it has a conversion to plans nothing after the change. Many
// columns share a table so the test takes a few round trips per engine.

// vocab is every canonical type with a default literal for it (sqliteDef,
// when set, is the SQLite one: arrays are JSON arrays there). The
// defaults are values every conversion the planner allows keeps, so that
// a column holding its default converges through every type change.
var vocab = []struct{ typ, def, sqliteDef string }{
	{"text", "'x'", ""}, {"varchar(8)", "'x'", ""}, {"varchar", "'x'", ""}, {"char(4)", "'ab'", ""},
	{"smallint", "7", ""}, {"int", "-7", ""}, {"bigint", "7000", ""},
	{"real", "2", ""}, {"double", "-2", ""}, {"numeric", "1.25", ""}, {"numeric(12,2)", "3.50", ""},
	{"boolean", "true", ""}, {"bytes", "''", ""}, {"bytes", "'ab''c'", ""}, {"uuid", "'00000000-0000-0000-0000-000000000001'", ""},
	{"date", "'2020-01-02'", ""}, {"time", "'10:11:12'", ""}, {"timestamp", "'2020-01-02 03:04:05'", ""},
	{"timestamptz", "CURRENT_TIMESTAMP", ""}, {"json", "'{}'", ""},
	// Adopted from other tools' schemas (issue 12).
	{"jsontext", "'{\"a\": 1}'", ""}, {"time(2)", "'10:11:12'", ""}, {"timestamp(3)", "'2020-01-02 03:04:05'", ""},
	{"timestamp(0)", "'2020-01-02 03:04:05'", ""}, {"timestamptz(3)", "CURRENT_TIMESTAMP", ""},
	{"text[]", "'{a,b}'", `'["a","b"]'`}, {"varchar(8)[]", "'{a}'", `'["a"]'`}, {"int[]", "'{1,2}'", "'[1,2]'"},
	{"bigint[]", "'{}'", "'[]'"}, {"boolean[]", "'{t}'", "'[true]'"},
	{"uuid[]", "'{00000000-0000-0000-0000-000000000001}'", `'["00000000-0000-0000-0000-000000000001"]'`},
	{"numeric(12,2)[]", "'{1.50}'", `'["1.50"]'`}, {"timestamptz(3)[]", "'{}'", "'[]'"},
}

// vocabDef is the default literal of vocab entry i on engine.
func vocabDef(i int, engine string) string {
	if engine == "sqlite" && vocab[i].sqliteDef != "" {
		return vocab[i].sqliteDef
	}
	return vocab[i].def
}

func convTable(t *testing.T, name string) *schema.Table {
	t.Helper()
	id := &schema.Column{Name: "id", Type: mustType(t, "bigint"), AutoIncrement: true}
	return &schema.Table{Name: name, Columns: []*schema.Column{id},
		PrimaryKey: &schema.PrimaryKey{Name: dialect.ConstraintName(dialect.PrefixPrimaryKey, name), Columns: []string{"id"}}}
}

func mustType(t *testing.T, s string) schema.Type {
	t.Helper()
	typ, err := schema.ParseType(s)
	if err != nil {
		t.Fatal(err)
	}
	return typ
}

func addCol(t *testing.T, tb *schema.Table, name, typ, def string, nullable, index bool) {
	t.Helper()
	c := &schema.Column{Name: name, Type: mustType(t, typ), Nullable: nullable}
	if def != "" {
		c.Default = dialect.NormalizeDefault(def, c.Type)
	}
	tb.Columns = append(tb.Columns, c)
	if index {
		tb.Indexes = append(tb.Indexes, &schema.Index{Name: dialect.ConstraintName(dialect.PrefixIndex, tb.Name, name), Columns: []string{name}})
	}
}

func TestMigrate_everyPlanConverges(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		converge := func(what string, desired *schema.Schema) {
			t.Helper()
			for _, tb := range desired.Tables {
				tb.Sort()
			}
			p, err := migrate.NewPlanFromSchema(ctx, db, desired, migrate.AllowDestructive(), migrate.NaiveTimeZone("UTC"))
			if err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			if err := p.Apply(ctx, db); err != nil {
				t.Fatalf("%s: %v\n%s", what, err, p)
			}
			again, err := migrate.NewPlanFromSchema(ctx, db, desired, migrate.AllowDestructive(), migrate.NaiveTimeZone("UTC"))
			if err != nil {
				t.Fatalf("%s: replan: %v", what, err)
			}
			if !again.Empty() || len(again.Residue().Unknown) > 0 || len(again.Residue().Pending) > 0 {
				t.Errorf("%s: the plan after applying is not empty:\n%s", what, again)
			}
		}

		// Create: type x default x nullability x index.
		create := convTable(t, "conv_create")
		for i, v := range vocab {
			for _, def := range []string{"", vocabDef(i, string(e.Name))} {
				for _, nullable := range []bool{false, true} {
					addCol(t, create, fmt.Sprintf("c%d_%t_%t", i, def != "", nullable), v.typ, def, nullable, indexable(string(e.Name), v.typ) && nullable)
				}
			}
		}
		converge("create", &schema.Schema{Tables: []*schema.Table{create}})

		// Alter: each type to each type it converts to (a nullable
		// column), alone and together with a new default and index.
		from, to := convTable(t, "conv_alter"), convTable(t, "conv_alter")
		// And the same with data: NOT NULL columns holding their default
		// in a row, changed to NOT NULL columns with the new type's
		// default (issue 12: the type-change half with data).
		fromData, toData := convTable(t, "conv_alter_data"), convTable(t, "conv_alter_data")
		n := 0
		for i, a := range vocab {
			for j, b := range vocab {
				if a.typ == b.typ || !convertible(string(e.Name), mustType(t, a.typ), mustType(t, b.typ)) {
					continue
				}
				for _, def := range []string{"", vocabDef(j, string(e.Name))} {
					name := fmt.Sprintf("a%d", n)
					n++
					addCol(t, from, name, a.typ, "", true, false)
					addCol(t, to, name, b.typ, def, true, def != "" && indexable(string(e.Name), b.typ))
				}
				name := fmt.Sprintf("d%d", n)
				addCol(t, fromData, name, a.typ, vocabDef(i, string(e.Name)), false, false)
				addCol(t, toData, name, b.typ, vocabDef(j, string(e.Name)), false, indexable(string(e.Name), b.typ))
			}
		}
		converge("alter: before", &schema.Schema{Tables: []*schema.Table{from}})
		converge("alter: after", &schema.Schema{Tables: []*schema.Table{to}})
		converge("alter with data: before", &schema.Schema{Tables: []*schema.Table{fromData}})
		if _, err := db.ExecContext(ctx, `INSERT INTO conv_alter_data DEFAULT VALUES`); err != nil {
			t.Fatal(err)
		}
		// CURRENT_TIMESTAMP has microseconds, which a change to fewer
		// digits rightly refuses to round (TestMigrate_timePrecision):
		// here the row holds whole seconds.
		ph := "$1"
		if e.Name == "sqlite" {
			ph = "?"
		}
		for _, c := range fromData.Columns {
			if c.Type.Kind == schema.KindTimestamptz && !c.Type.Array {
				if _, err := db.ExecContext(ctx, `UPDATE conv_alter_data SET "`+c.Name+`" = `+ph, time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)); err != nil {
					t.Fatal(err)
				}
			}
		}
		// A SQLite text column becoming uuid (TypeChangeSQL.ToUUID) is
		// checked for UUID text: its default is none, so the row holds one.
		for _, c := range toData.Columns {
			if f, ok := fromData.Column(c.Name); ok && c.Type.Kind == schema.KindUUID && !c.Type.Array && f.Type.Kind != schema.KindUUID {
				if _, err := db.ExecContext(ctx, `UPDATE conv_alter_data SET "`+c.Name+`" = '0f8fad5b-d9cb-469f-a165-70867728950e'`); err != nil {
					t.Fatal(err)
				}
			}
		}
		converge("alter with data: after", &schema.Schema{Tables: []*schema.Table{toData}})
		var rows int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM conv_alter_data`).Scan(&rows); err != nil || rows != 1 {
			t.Fatalf("the row did not survive the changes: %d rows, %v", rows, err)
		}
		if n < 10 {
			t.Fatalf("only %d conversions", n)
		}
		t.Logf("%s: %d columns created, %d type changes", e.Name, len(create.Columns)-1, n)
	})
}

// indexable is whether the test indexes a column of type typ: PostgreSQL
// json (jsontext) has no btree operator class; SQLite json columns are
// left unindexed as before (any column indexes there).
func indexable(engine, typ string) bool {
	return typ != "jsontext" && (typ != "json" || engine == "postgres")
}

// convertible is whether the engine plans a change from a to b (or
// matches them without one), by the planner's own rules.
func convertible(engine string, a, b schema.Type) bool {
	tc := sqlite.Migrator{}.TypeChangeSQL()
	if engine == "postgres" {
		tc = postgres.Migrator{}.TypeChangeSQL()
	}
	k, _ := schema.Convert(tc, "c", a, b)
	return k != schema.ConvRefused
}
