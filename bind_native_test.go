package ferro_test

import (
	"context"
	"database/sql"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
)

// compositePoint is the Go side of the composite type the application
// registers with pgx on each connection.
type compositePoint struct {
	X     int32
	Label string
}

// compositeUnregistered has pt's shape but is not registered with pgx.
type compositeUnregistered struct {
	X     int32
	Label string
}

// jsonPoint is registered with nothing: ferro writes it as JSON.
type jsonPoint struct {
	X     int32  `json:"x"`
	Label string `json:"label"`
}

// TestBind_registeredTypeLeftToPgx pins the bug where ferro wrote a struct
// whose Go type the application registered with pgx (a composite type,
// loaded and registered in AfterConnect) as JSON text, which the server
// then refused as a record literal, while raw pgx stdlib encoded it with
// the composite codec. Through ferro (statements run directly and
// prepared; the struct, a pointer to it, and sql.Null of it) every statement below gives what it
// gives through raw pgx, in each of pgx's query modes, and a struct pgx
// has no codec for still goes as JSON, as before.
func TestBind_registeredTypeLeftToPgx(t *testing.T) {
	e := testdb.Postgres(t)
	setup := testdb.Open(t, e.RawDriver, e.DSN)
	_, err := setup.Exec(`CREATE TYPE pt AS (x int4, label text);
		CREATE TABLE item (id int PRIMARY KEY, p pt, j jsonb)`)
	require.NoError(t, err)

	afterConnect := stdlib.OptionAfterConnect(func(ctx context.Context, c *pgx.Conn) error {
		typ, err := c.LoadType(ctx, "pt")
		if err != nil {
			return err
		}
		c.TypeMap().RegisterType(typ)
		c.TypeMap().RegisterDefaultPgType(compositePoint{}, "pt")
		return nil
	})
	p := compositePoint{X: 7, Label: "a b"}
	for _, mode := range []string{"cache_statement", "exec", "simple_protocol"} {
		t.Run(mode, func(t *testing.T) {
			cfg, err := pgx.ParseConfig(e.DSN + "&default_query_exec_mode=" + mode)
			require.NoError(t, err)
			pools := map[string]*sql.DB{
				"raw":   stdlib.OpenDB(*cfg, afterConnect),
				"ferro": sql.OpenDB(ferro.MustConnector(stdlib.GetConnector(*cfg, afterConnect))),
			}
			for _, db := range pools {
				t.Cleanup(func() { db.Close() })
			}
			got := map[string][]string{}
			for i, name := range []string{"raw", "ferro"} {
				db := pools[name]
				id := i*10 + 1
				_, err := db.Exec(`INSERT INTO item (id, p) VALUES ($1, $2), ($3, $4)`, id, p, id+1, &p)
				require.NoError(t, err, name)
				var out []string
				rows, err := db.Query(`SELECT p::text FROM item WHERE id IN ($1, $2) ORDER BY id`, id, id+1)
				require.NoError(t, err, name)
				for rows.Next() {
					var s string
					require.NoError(t, rows.Scan(&s))
					out = append(out, s)
				}
				require.NoError(t, rows.Err())
				var s string
				require.NoError(t, db.QueryRow(`SELECT $1::pt::text`, p).Scan(&s), name)
				out = append(out, s)
				st, err := db.Prepare(`SELECT $1::pt::text`)
				require.NoError(t, err, name)
				require.NoError(t, st.QueryRow(&p).Scan(&s), name)
				out = append(out, s)
				require.NoError(t, st.Close())
				// sql.Null of it reaches pgx too, which cannot encode the
				// struct its Value returns: the same error as raw pgx.
				err = db.QueryRow(`SELECT $1::pt::text`, sql.Null[compositePoint]{V: p, Valid: true}).Scan(&s)
				require.ErrorContains(t, err, "unsupported type ferro_test.compositePoint", name)
				got[name] = out
				_, err = db.Exec(`DELETE FROM item`)
				require.NoError(t, err)
			}
			assert.Equal(t, []string{`(7,"a b")`, `(7,"a b")`, `(7,"a b")`, `(7,"a b")`}, got["raw"])
			assert.Equal(t, got["raw"], got["ferro"])

			// A struct pgx has no codec for is JSON, as before (raw pgx
			// refuses it for a text parameter; ferro writes its JSON).
			fer := pools["ferro"]
			_, err = fer.Exec(`INSERT INTO item (id, j) VALUES (1, $1)`, jsonPoint{X: 1, Label: "b"})
			require.NoError(t, err)
			var j string
			require.NoError(t, fer.QueryRow(`SELECT j->>'label' FROM item WHERE id = 1`).Scan(&j))
			assert.Equal(t, "b", j)
			require.NoError(t, fer.QueryRow(`SELECT $1::text`, jsonPoint{X: 2, Label: "c"}).Scan(&j))
			assert.Equal(t, `{"x":2,"label":"c"}`, j)
			// An unregistered struct for a composite parameter is JSON text
			// too, which is no record literal (docs/coercion.md).
			require.Error(t, fer.QueryRow(`SELECT $1::pt::text`, compositeUnregistered{X: 1, Label: "d"}).Scan(&j))
			if mode == "cache_statement" { // raw pgx knows the parameter's type here
				require.NoError(t, pools["raw"].QueryRow(`SELECT $1::pt::text`, compositeUnregistered{X: 1, Label: "d"}).Scan(&j))
				assert.Equal(t, `(1,d)`, j)
			}
			_, err = fer.Exec(`DELETE FROM item`)
			require.NoError(t, err)
		})
	}
}
