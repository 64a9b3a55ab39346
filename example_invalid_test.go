package ferro_test

import (
	"database/sql"
	"errors"
	"fmt"
	"log"

	"github.com/google/uuid"

	"github.com/ferrosql/ferro"
)

type account struct {
	ID    int64     `ferro:"id,pk"`
	Owner uuid.UUID `ferro:"owner"`
}

// Text that is not a UUID, written to a uuid column, is refused when it is
// written: on SQLite the column's check names the table and column, on
// PostgreSQL ferro names the argument (docs/coercion.md, "UUID text").
func ExampleInvalidValueError() {
	db, err := sql.Open("ferro-sqlite", ":memory:")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	if err := ferro.Migrate(db, []any{account{}}); err != nil {
		log.Fatal(err)
	}

	_, err = db.Exec(`INSERT INTO account (id, owner) VALUES (1, ?)`, uuid.MustParse("0f8fad5b-d9cb-469f-a165-70867728950e"))
	fmt.Println(err)
	_, err = db.Exec(`INSERT INTO account (id, owner) VALUES (2, ?)`, "0F8FAD5B-D9CB-469F-A165-70867728950E")
	var ie *ferro.InvalidValueError
	if errors.As(err, &ie) {
		fmt.Println(ie.Table, ie.Column, ie.Type, errors.Is(err, ferro.ErrInvalidValue))
	}
	// Output:
	// <nil>
	// account owner uuid true
}
