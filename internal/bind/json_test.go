package bind_test

import (
	"database/sql/driver"
	"net/netip"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/schema"
)

type jsonPoint struct {
	X, Y int
}

type jsonValuer struct{ S string }

func (v jsonValuer) Value() (driver.Value, error) { return "valuer:" + v.S, nil }

func TestBind_JSONValues(t *testing.T) {
	cases := []struct {
		name   string
		d      schema.Dialect
		in     any
		out    any
		bindOK bool
	}{
		{"map on sqlite", schema.SQLite, map[string]any{"a": 1}, `{"a":1}`, true},
		{"slice on sqlite", schema.SQLite, []int64{1, 2}, `[1,2]`, true},
		{"struct on sqlite", schema.SQLite, jsonPoint{1, 2}, `{"X":1,"Y":2}`, true},
		{"pointer to struct on sqlite", schema.SQLite, &jsonPoint{3, 4}, `{"X":3,"Y":4}`, true},
		{"nil pointer on sqlite", schema.SQLite, (*jsonPoint)(nil), nil, true},
		// Issue 13 item 12: one rule on both engines for maps and structs.
		{"map on postgres", schema.Postgres, map[string]any{"a": 1}, `{"a":1}`, true},
		{"struct on postgres", schema.Postgres, jsonPoint{1, 2}, `{"X":1,"Y":2}`, true},
		{"slice on postgres: pgx binds arrays", schema.Postgres, []int64{1, 2}, nil, false},
		{"text marshaler is left to the driver", schema.Postgres, netip.MustParseAddr("10.0.0.1"), nil, false},
		{"valuer is left to the driver", schema.SQLite, jsonValuer{"x"}, nil, false},
		{"bytes are not JSON", schema.SQLite, []byte("x"), nil, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, ok, err := forms(tc.d).Bind(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.bindOK, ok)
			assert.Equal(t, tc.out, out)
		})
	}
	_, _, err := forms(schema.SQLite).Bind(map[string]any{"f": func() {}})
	require.Error(t, err)
	assert.ErrorIs(t, err, coerce.ErrConvert)
	for _, v := range []any{make(chan int), func() {}, complex64(1), complex(1, 2), (*chan int)(nil)} {
		for _, d := range []schema.Dialect{schema.SQLite, schema.Postgres} {
			out, ok, err := forms(d).Bind(v)
			if _, isNilPtr := v.(*chan int); isNilPtr {
				assert.True(t, ok && out == nil && err == nil, "a nil pointer is NULL")
				continue
			}
			assert.ErrorIs(t, err, coerce.ErrConvert, "%s %T", d, v)
		}
	}
}
