package ferro_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
)

type bindPoint struct{ A int }

// TestBind_sameOutcomeOnBothEngines pins issue 13 item 12: binding
// struct{A int}{1} to a text column succeeded on SQLite (JSON) and failed on
// Postgres ("unable to encode"), and a chan argument got database/sql's
// positional error naming no argument. Now a map or struct is its JSON text
// on both engines, and a value no column can hold is refused by ferro on
// both, naming the argument and its Go type.
func TestBind_sameOutcomeOnBothEngines(t *testing.T) {
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		db := open(t, e, 1)
		mustExec(t, db, "CREATE TABLE t (id bigint PRIMARY KEY, s text)")
		ph := func(n string) string {
			if e.Name == "postgres" {
				return "$" + n
			}
			return "?" + n
		}
		insert := "INSERT INTO t (id, s) VALUES (" + ph("1") + ", " + ph("2") + ")"
		for i, tc := range []struct {
			in   any
			want string
		}{
			{bindPoint{1}, `{"A":1}`},
			{&bindPoint{2}, `{"A":2}`},
			{map[string]int{"b": 3}, `{"b":3}`},
		} {
			_, err := db.Exec(insert, i, tc.in)
			require.NoError(t, err, "%T", tc.in)
			var got string
			require.NoError(t, db.QueryRow("SELECT s FROM t WHERE id = "+ph("1"), i).Scan(&got))
			assert.Equal(t, tc.want, got)
		}
		for _, tc := range []struct {
			in   any
			want string
		}{
			{make(chan int), "argument 2 (Go type chan int): value 0x"},
			{func() {}, "argument 2 (Go type func()): value 0x"},
			{complex(1, 2), "argument 2 (Go type complex128): value (1+2i)"},
		} {
			_, err := db.Exec(insert, 10, tc.in)
			var ce *coerce.Error
			require.True(t, errors.As(err, &ce), "%T: %v", tc.in, err)
			assert.ErrorIs(t, err, coerce.ErrConvert)
			assert.Contains(t, err.Error(), tc.want)
			assert.True(t, strings.Contains(err.Error(), "ferro/coerce: "+tc.want), err.Error())
		}
	})
}
