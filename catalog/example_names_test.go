package catalog_test

import (
	"fmt"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/schema"
)

type Sensor struct {
	ID      int64   `ferro:"id,pk"`
	Reading float64 `ferro:"x"`
	Raw     float64 `ferro:"X"`
}

// Columns "x" and "X" are two names on PostgreSQL (ferro quotes every
// identifier) and one on SQLite, which ignores ASCII letter case.
func ExampleCheckNames() {
	s, err := catalog.FromModels(Sensor{})
	if err != nil {
		panic(err)
	}
	fmt.Println(catalog.CheckNames(s, schema.Postgres))
	fmt.Println(catalog.CheckNames(s, schema.SQLite))
	// Output:
	// <nil>
	// ferro/catalog: bad model: column "x" of table "sensor" and column "X" of table "sensor" are one name on sqlite, which compares identifiers ignoring the case of ASCII letters; rename one (TableName() or the column's ferro tag)
}
