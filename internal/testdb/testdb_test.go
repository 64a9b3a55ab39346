package testdb_test

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
)

// TestSQLite_repeatedSubtestNames pins a bug: a repeated subtest name gets a
// "#01" suffix in t.TempDir, and the '#' cut the file: DSN short, so the
// test opened a file shared with other tests instead of its own.
func TestSQLite_repeatedSubtestNames(t *testing.T) {
	for range 2 {
		t.Run("same?name", func(t *testing.T) {
			e := testdb.SQLite(t)
			db, err := sql.Open(e.FerroDriver, e.DSN)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var file string
			if err := db.QueryRow(`SELECT file FROM pragma_database_list WHERE name = 'main'`).Scan(&file); err != nil {
				t.Fatal(err)
			}
			if want := strings.TrimPrefix(e.DSN, "file:"); filepath.Base(file) != filepath.Base(want) {
				t.Fatalf("opened %q, not the test's own file", file)
			}
			if _, err := os.Stat(file); err != nil {
				t.Fatal(err)
			}
		})
	}
}
