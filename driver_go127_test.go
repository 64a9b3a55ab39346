//go:build go1.27

package ferro_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro/internal/testdb"
)

// TestDropIn_RowsColumnScanner pins that Go 1.27's driver.RowsColumnScanner
// of pgx reaches database/sql through ferro: pgx then scans arrays straight
// into Go slices, with the raw driver and with ferro alike.
func TestDropIn_RowsColumnScanner(t *testing.T) {
	e := testdb.Postgres(t)
	for _, name := range []string{e.RawDriver, e.FerroDriver} {
		db := testdb.Open(t, name, e.DSN)
		var got []int64
		require.NoError(t, db.QueryRow("SELECT ARRAY[1, 2, 3]::int8[]").Scan(&got), name)
		assert.Equal(t, []int64{1, 2, 3}, got, name)
	}
}
