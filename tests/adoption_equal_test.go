package tests

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// The equivalence table of docs/models.md, on both engines: for each live
// spelling and model type, whether the model matches without DDL
// ("same"), with a change that rewrites nothing ("free", PostgreSQL's
// binary-compatible ALTER TYPE: the table keeps its file), with a change
// ("change"), or not at all ("refused": no safe conversion).
func TestMigrate_equalStorageIsEqual(t *testing.T) {
	t.Parallel()
	cases := map[string][]struct{ live, model, want string }{
		"sqlite": {
			{"VARCHAR", "text", "same"},
			{"CHAR(10)", "text", "same"},
			{"TEXT", "char(8)", "same"},
			{"NVARCHAR(40)", "text", "same"},
			{"CLOB", "varchar(5)", "same"},
			{"CHARACTER VARYING", "char(3)", "same"},
			{"REAL", "double", "same"},
			{"DOUBLE", "real", "same"},
			{"FLOAT", "real", "same"},
			{"DOUBLE PRECISION(10,2)", "double", "same"},
			{"", "bytes", "same"},
			{"DATETIME", "timestamp", "same"},
			{"DATETIME(6)", "timestamp", "same"},
			{"TEXT", "varchar(20)", "change"},
			{"VARCHAR(20)", "text", "change"},
			{"BIGINT", "int", "change"},
			{"NUMERIC", "boolean", "same"},
			{"MONEY", "boolean", "same"},
			// Issue 12: time precision, json and jsontext, NUMERIC(p,s),
			// arrays.
			{"TIMESTAMP(3)", "timestamp", "same"},
			{"DATETIME(3)", "timestamp(0)", "same"},
			{"TIME(0)", "time", "same"},
			{"TIMESTAMPTZ", "timestamptz(3)", "same"},
			{"JSON_TEXT", "jsontext", "same"},
			{"JSONTEXT", "json", "same"},
			{"NUMERIC(12,2)", "numeric(12,2)", "same"},
			{"DECIMAL(12,2)", "numeric(12,2)", "same"},
			{"decimal", "numeric", "same"},
			{"NUMERIC(12,2)", "numeric(14,2)", "refused"},
			{"JSON_ARRAY_TEXT", "varchar[]", "same"},
			{"JSON_ARRAY_TIMESTAMP(3)", "timestamp[]", "same"},
			{"JSON_ARRAY_INT", "bigint[]", "change"},
			{"JSON_ARRAY_TEXT", "text", "refused"},
		},
		"postgres": {
			{"varchar", "text", "free"},
			{"text", "varchar", "free"},
			{"varchar(20)", "text", "free"},
			{"varchar(20)", "varchar", "free"},
			{"character varying(20)", "varchar(30)", "free"},
			{"char(4)", "char(4)", "same"},
			{"character(4)", "text", "refused"},
			{"text", "varchar(20)", "change"},
			// Issue 12.
			{"timestamp(3)", "timestamp", "free"},
			{"timestamp(0) with time zone", "timestamptz(3)", "free"},
			{"time(2)", "time(4)", "free"},
			{"timestamp(3)", "timestamp(0)", "change"},
			{"json", "jsontext", "same"},
			{"json", "json", "change"},
			{"jsonb", "jsontext", "change"},
			{"varchar(8)[]", "text[]", "change"},
			{"integer[]", "bigint[]", "change"},
			{"text[]", "text", "refused"},
		},
	}
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		cs := cases[string(e.Name)]
		ddl := `CREATE TABLE eq (id bigint PRIMARY KEY`
		for i, c := range cs {
			ddl += ", c" + strconv.Itoa(i) + " " + c.live
		}
		if _, err := db.Exec(ddl + ")"); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO eq (id) VALUES (1)`); err != nil {
			t.Fatal(err)
		}
		desired, err := catalog.Inspect(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		tb := desired.Tables[0]
		for i, c := range cs {
			col, _ := tb.Column("c" + strconv.Itoa(i))
			if col.Type, err = schema.ParseType(c.model); err != nil {
				t.Fatal(err)
			}
		}
		p, err := migrate.NewPlanFromSchema(ctx, db, desired, migrate.AllowDestructive())
		var refused []string
		if pe, ok := err.(*migrate.PlanError); ok {
			for _, pr := range pe.Problems {
				refused = append(refused, pr.Column)
			}
			p, err = pe.Plan, nil
		}
		if err != nil {
			t.Fatal(err)
		}
		changed := map[string]bool{}
		for _, ch := range p.Changes() {
			switch ch := ch.(type) {
			case *schema.AlterType:
				changed[ch.Column] = true
			case *schema.RebuildTable:
				for _, x := range ch.Changes {
					if at, ok := x.(*schema.AlterType); ok {
						changed[at.Column] = true
					}
				}
			default:
				t.Errorf("unexpected change %s", ch)
			}
		}
		for i, c := range cs {
			name := "c" + strconv.Itoa(i)
			got := "same"
			switch {
			case slices.Contains(refused, name):
				got = "refused"
			case changed[name] && c.want == "free":
				got = "free" // proven below
			case changed[name]:
				got = "change"
			}
			if got != c.want {
				t.Errorf("live %q, model %s: %s, want %s\n%s", c.live, c.model, got, c.want, p)
			}
		}
		if e.Name != "postgres" {
			return
		}
		// Only the free changes: the table keeps its file (no rewrite).
		for i, c := range cs {
			if c.want != "free" {
				col, _ := tb.Column("c" + strconv.Itoa(i))
				live, _ := catalog.Inspect(ctx, db)
				lc, _ := live.Tables[0].Column(col.Name)
				col.Type = lc.Type
			}
		}
		var before, after int64
		db.QueryRow(`SELECT relfilenode FROM pg_class WHERE oid = 'eq'::regclass`).Scan(&before)
		p, err = migrate.NewPlanFromSchema(ctx, db, desired, migrate.AllowDestructive())
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Apply(ctx, db); err != nil {
			t.Fatal(err)
		}
		db.QueryRow(`SELECT relfilenode FROM pg_class WHERE oid = 'eq'::regclass`).Scan(&after)
		if before != after || before == 0 {
			t.Errorf("relfilenode %d -> %d: the free changes rewrote the table:\n%s", before, after, strings.Join(p.Statements(), "\n"))
		}
		p, err = migrate.NewPlanFromSchema(ctx, db, desired, migrate.AllowDestructive())
		if err != nil || !p.Empty() {
			t.Fatalf("second plan: %v\n%s", err, p)
		}
	})
}
