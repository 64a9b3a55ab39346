package relation

import (
	"context"
	"database/sql"
	"testing"

	_ "github.com/ferrosql/ferro" // registers the ferro drivers and, through them, the engines
	"github.com/ferrosql/ferro/internal/testdb"
)

// usesQuestionMarks asks the engine of a *sql.DB's driver (QuestionMarks:
// SQLite), whether ferro's or the raw one, and gives every other Queryer
// $N, which both engines accept.
func TestUsesQuestionMarks(t *testing.T) {
	t.Parallel()
	e := testdb.SQLite(t)
	for _, tc := range []struct {
		driver, dsn string
		want        bool
	}{
		{"ferro-sqlite", e.DSN, true},
		{"sqlite", e.DSN, true},
		{"ferro-postgres", "postgres://u@127.0.0.1:1/db", false},
		{"pgx", "postgres://u@127.0.0.1:1/db", false},
	} {
		db, err := sql.Open(tc.driver, tc.dsn) // connects to nothing
		if err != nil {
			t.Fatal(err)
		}
		if got := usesQuestionMarks(db); got != tc.want {
			t.Errorf("%s: usesQuestionMarks = %v, want %v", tc.driver, got, tc.want)
		}
		db.Close()
	}
	db := testdb.Open(t, "ferro-sqlite", e.DSN)
	tx, err := db.BeginTx(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if usesQuestionMarks(tx) {
		t.Error("a *sql.Tx (no Driver) must get $N")
	}
}
