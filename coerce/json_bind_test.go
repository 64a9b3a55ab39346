package coerce_test

import (
	"context"
	"database/sql/driver"
	"net/netip"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
)

type jsonPoint struct {
	X, Y int
}

type jsonValuer struct{ S string }

func (v jsonValuer) Value() (driver.Value, error) { return "valuer:" + v.S, nil }

func TestBind_JSONValues(t *testing.T) {
	cases := []struct {
		name   string
		d      coerce.Dialect
		in     any
		out    any
		bindOK bool
	}{
		{"map on sqlite", coerce.SQLite, map[string]any{"a": 1}, `{"a":1}`, true},
		{"slice on sqlite", coerce.SQLite, []int64{1, 2}, `[1,2]`, true},
		{"struct on sqlite", coerce.SQLite, jsonPoint{1, 2}, `{"X":1,"Y":2}`, true},
		{"pointer to struct on sqlite", coerce.SQLite, &jsonPoint{3, 4}, `{"X":3,"Y":4}`, true},
		{"nil pointer on sqlite", coerce.SQLite, (*jsonPoint)(nil), nil, true},
		// Issue 13 item 12: one rule on both engines for maps and structs.
		{"map on postgres", coerce.Postgres, map[string]any{"a": 1}, `{"a":1}`, true},
		{"struct on postgres", coerce.Postgres, jsonPoint{1, 2}, `{"X":1,"Y":2}`, true},
		{"slice on postgres: pgx binds arrays", coerce.Postgres, []int64{1, 2}, nil, false},
		{"text marshaler is left to the driver", coerce.Postgres, netip.MustParseAddr("10.0.0.1"), nil, false},
		{"valuer is left to the driver", coerce.SQLite, jsonValuer{"x"}, nil, false},
		{"bytes are not JSON", coerce.SQLite, []byte("x"), nil, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, ok, err := coerce.Bind(tc.d, tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.bindOK, ok)
			assert.Equal(t, tc.out, out)
		})
	}
	_, _, err := coerce.Bind(coerce.SQLite, map[string]any{"f": func() {}})
	require.Error(t, err)
	assert.ErrorIs(t, err, coerce.ErrConvert)
	for _, v := range []any{make(chan int), func() {}, complex64(1), complex(1, 2), (*chan int)(nil)} {
		for _, d := range []coerce.Dialect{coerce.SQLite, coerce.Postgres} {
			out, ok, err := coerce.Bind(d, v)
			if _, isNilPtr := v.(*chan int); isNilPtr {
				assert.True(t, ok && out == nil && err == nil, "a nil pointer is NULL")
				continue
			}
			assert.ErrorIs(t, err, coerce.ErrConvert, "%s %T", d, v)
		}
	}
}

type jsonDoc struct {
	ID   int64          `ferro:"id,pk"`
	Meta map[string]any `ferro:"meta,type=json"`
	Tags []string       `ferro:"tags,type=json"`
	At   *jsonPoint     `ferro:"at,type=json"`
}

// TestJSON_RoundTripThroughFerro writes Go maps, slices and structs into
// json columns through the ferro drivers and reads them back with ScanAll:
// the same on both backends.
func TestJSON_RoundTripThroughFerro(t *testing.T) {
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		typ := "JSON_TEXT"
		if e.Name == "postgres" {
			typ = "jsonb"
		}
		_, err := db.Exec(`CREATE TABLE docs (id bigint PRIMARY KEY, meta ` + typ + ` NOT NULL, tags ` + typ + ` NOT NULL, at ` + typ + `)`)
		require.NoError(t, err)
		in := jsonDoc{ID: 1, Meta: map[string]any{"k": "v", "n": 1.5}, Tags: []string{"a", "b"}, At: &jsonPoint{1, 2}}
		_, err = db.Exec(`INSERT INTO docs VALUES ($1, $2, $3, $4)`, in.ID, in.Meta, in.Tags, in.At)
		require.NoError(t, err)
		_, err = db.Exec(`INSERT INTO docs VALUES ($1, $2, $3, $4)`, int64(2), map[string]any{}, []string{}, (*jsonPoint)(nil))
		require.NoError(t, err)
		rows, err := db.QueryContext(context.Background(), `SELECT id, meta, tags, at FROM docs ORDER BY id`)
		require.NoError(t, err)
		got, err := coerce.ScanAll[jsonDoc](rows)
		require.NoError(t, err)
		require.Len(t, got, 2)
		assert.Equal(t, in, got[0])
		assert.Equal(t, jsonDoc{ID: 2, Meta: map[string]any{}, Tags: []string{}}, got[1])
	})
}
