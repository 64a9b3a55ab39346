package catalog_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/dialect/postgres"
	"github.com/ferrosql/ferro/internal/dialect/sqlite"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

func TestParseType(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, want string
		err      bool
	}{
		{"text", "text", false}, {" TEXT ", "text", false}, {"varchar(32)", "varchar(32)", false},
		{"VARCHAR( 32 )", "varchar(32)", false}, {"numeric(12,2)", "numeric(12,2)", false},
		{"numeric(12, 2)", "numeric(12,2)", false}, {"numeric(5)", "numeric(5,0)", false}, {"numeric", "numeric", false},
		{"smallint", "smallint", false}, {"int", "int", false}, {"bigint", "bigint", false}, {"real", "real", false},
		{"double", "double", false}, {"boolean", "boolean", false}, {"bytes", "bytes", false}, {"uuid", "uuid", false},
		{"date", "date", false}, {"time", "time", false}, {"timestamp", "timestamp", false},
		{"timestamptz", "timestamptz", false}, {"json", "json", false}, {"unknown(citext)", "unknown(citext)", false},
		{"char", "", true}, {"varchar(0)", "", true}, {"varchar(x)", "", true}, {"numeric(2,3)", "", true},
		{"numeric(0,0)", "", true}, {"integer", "", true}, {"text(3)", "", true}, {"varchar(3", "", true},
		{"numeric(1,2,3)", "", true}, {"", "", true}, {"unknown()", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := schema.ParseType(tc.in)
			if tc.err {
				var te *schema.TypeError
				if !errors.As(err, &te) {
					t.Fatalf("ParseType(%q) = %v, %v; want a *TypeError", tc.in, got, err)
				}
				return
			}
			if err != nil || got.String() != tc.want {
				t.Fatalf("ParseType(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
			}
		})
	}
}

// Every canonical type spelled by a dialect maps back to itself.
func TestDialect_typeRoundTrip(t *testing.T) {
	t.Parallel()
	types := []string{"text", "varchar(32)", "smallint", "int", "bigint", "real", "double", "numeric(12,2)", "numeric",
		"boolean", "bytes", "uuid", "date", "time", "timestamp", "timestamptz", "json"}
	for _, d := range []dialect.Dialect{sqlite.Dialect{}, postgres.Dialect{}} {
		for _, s := range types {
			for _, auto := range []bool{false, true} {
				t.Run(string(d.Name())+"/"+s, func(t *testing.T) {
					typ, _ := schema.ParseType(s)
					c := &schema.Column{Name: "c", Type: typ, AutoIncrement: auto && typ.Kind == schema.KindBigint}
					spelled, err := d.ColumnType(c)
					if err != nil {
						t.Fatal(err)
					}
					if got := d.LiveType(spelled); got != typ {
						t.Fatalf("%s: %s spelled %q reads back as %s", d.Name(), typ, spelled, got)
					}
				})
			}
		}
	}
}

// Introspection leaves no prepared statement behind on Postgres (issue 3:
// it must not populate any statement cache).
func TestInspect_postgresNoPreparedStatements(t *testing.T) {
	t.Parallel()
	e := testdb.Postgres(t)
	db := testdb.Open(t, e.RawDriver, e.DSN)
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	exec(t, conn, `CREATE TABLE t (id bigint PRIMARY KEY)`)
	if _, err := catalog.Inspect(ctx, conn); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM pg_prepared_statements").Scan(&n); err != nil {
		t.Fatal(err)
	}
	// The count query itself is prepared by pgx's default mode: at most 1.
	if n > 1 {
		t.Fatalf("%d prepared statements after Inspect, want none from Inspect", n)
	}
}
