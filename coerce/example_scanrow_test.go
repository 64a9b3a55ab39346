package coerce_test

import (
	"database/sql"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/ferrosql/ferro/coerce"
)

// One value of a *sql.Row, with its coercion rule: here a time another tool
// stored on SQLite as text with an offset, and a count. No row is
// sql.ErrNoRows to errors.Is, as with row.Scan.
func ExampleScanRow() {
	db := openExample()
	defer db.Close()
	db.Exec(`CREATE TABLE invoice (id INTEGER PRIMARY KEY, issued TEXT)`)
	db.Exec(`INSERT INTO invoice VALUES (1, '2024-03-09T12:00:00+02:00')`)

	issued, err := coerce.ScanRow[time.Time](db.QueryRow(`SELECT issued FROM invoice WHERE id = ?`, 1))
	if err != nil {
		log.Fatal(err)
	}
	n, err := coerce.ScanRow[int64](db.QueryRow(`SELECT count(*) FROM invoice`))
	fmt.Println(issued, n, err)

	_, err = coerce.ScanRow[time.Time](db.QueryRow(`SELECT issued FROM invoice WHERE id = ?`, 2))
	fmt.Println(errors.Is(err, sql.ErrNoRows))
	// Output:
	// 2024-03-09 10:00:00 +0000 UTC 1 <nil>
	// true
}
