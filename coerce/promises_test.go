package coerce_test

import (
	"testing"

	"github.com/google/uuid"

	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
)

// docs/coercion.md promises that on SQLite a UUID column's NUMERIC affinity
// is harmless because "the canonical 36-char form is never a number" (issue
// 13 item 10: every "never" has a test). An all-digit UUID is the nearest
// case: it must be stored as TEXT and read back unchanged.
func TestSQLiteUUID_neverANumber(t *testing.T) {
	t.Parallel()
	e := testdb.SQLite(t)
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	exec(t, db, `CREATE TABLE u (id INTEGER PRIMARY KEY, v UUID NOT NULL)`)
	for i, s := range []string{"00000000-0000-0000-0000-000000000000", "12345678-1234-1234-1234-123456789012", "00000000-0000-0000-0000-000000000001"} {
		want := uuid.MustParse(s)
		exec(t, db, `INSERT INTO u (id, v) VALUES (?, ?)`, i, want)
		var typ string
		var got uuid.UUID
		if err := db.QueryRow(`SELECT typeof(v), v FROM u WHERE id = ?`, i).Scan(&typ, coerce.Into(&got)); err != nil {
			t.Fatal(err)
		}
		if typ != "text" || got != want {
			t.Fatalf("%s stored as %s, read back as %s", s, typ, got)
		}
	}
}
