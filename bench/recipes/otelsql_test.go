package recipes_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"testing"

	"github.com/XSAM/otelsql"
	"github.com/jackc/pgx/v5/stdlib"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

// TestOtelsql_Order stacks otelsql and ferro both ways on Postgres and
// checks what each order keeps: spans, ferro's migrator, dialect
// detection, and statement-cache renewal after DDL.
//
// ferro outside (ferro.NewConnector around otelsql's wrapped pgx
// connector) keeps everything: spans for every statement, and ferro sees
// the *sql.DB as its own. otelsql outside (otelsql.Open("ferro-postgres"))
// records spans but hides ferro from database/sql: Migrate refuses the
// *sql.DB and catalog.Detect has to probe. docs/ecosystem.md recommends
// ferro outside.
func TestOtelsql_Order(t *testing.T) {
	e := testdb.Postgres(t)
	type order struct {
		name      string
		open      func(tp *sdktrace.TracerProvider) (*sql.DB, error)
		ferroSeen bool
	}
	for _, o := range []order{
		{"ferro outside otelsql", func(tp *sdktrace.TracerProvider) (*sql.DB, error) {
			traced := otelsql.WrapDriver(stdlib.GetDefaultDriver(), otelsql.WithTracerProvider(tp))
			inner, err := traced.(driver.DriverContext).OpenConnector(e.DSN)
			if err != nil {
				return nil, err
			}
			return ferro.OpenDB(inner, ferro.WithDialect(schema.Postgres))
		}, true},
		{"otelsql outside ferro", func(tp *sdktrace.TracerProvider) (*sql.DB, error) {
			return otelsql.Open("ferro-postgres", e.DSN, otelsql.WithTracerProvider(tp))
		}, false},
	} {
		t.Run(o.name, func(t *testing.T) {
			rec := tracetest.NewSpanRecorder()
			tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec))
			db, err := o.open(tp)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			db.SetMaxOpenConns(1)
			table := testdb.UniqueName("otel_")
			if _, err := db.Exec(`CREATE TABLE ` + table + ` (id bigint PRIMARY KEY)`); err != nil {
				t.Fatal(err)
			}
			q := `SELECT * FROM ` + table
			cols := func() int {
				rows, err := db.Query(q)
				if err != nil {
					t.Fatal(err)
				}
				defer rows.Close()
				c, _ := rows.Columns()
				for rows.Next() {
				}
				if err := rows.Err(); err != nil {
					t.Fatal(err)
				}
				return len(c)
			}
			cols()
			if _, err := db.Exec(`ALTER TABLE ` + table + ` ADD COLUMN name text`); err != nil {
				t.Fatal(err)
			}
			if n := cols(); n != 2 {
				t.Errorf("after ADD COLUMN, SELECT * returned %d columns", n)
			}
			if len(rec.Ended()) == 0 {
				t.Error("no spans recorded")
			}
			err = ferro.Migrate(db, []any{Item{}})
			if (err == nil) != o.ferroSeen {
				t.Errorf("Migrate: %v (want it to succeed: %v)", err, o.ferroSeen)
			}
			if o.ferroSeen {
				if d, err := catalog.Detect(context.Background(), db); err != nil || d != schema.Postgres {
					t.Errorf("Detect: %q %v", d, err)
				}
			}
		})
	}
}
