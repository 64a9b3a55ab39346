package ferro_test

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/migrate"
)

type exampleNote struct {
	ID    int64   `ferro:"id,pk"`
	Title string  `ferro:"title,index"`
	Body  *string `ferro:"body"`
}

func (exampleNote) TableName() string { return "notes" }

func ExampleMigrate() {
	dir, _ := os.MkdirTemp("", "ferro-example")
	defer os.RemoveAll(dir)
	db, err := sql.Open("ferro-sqlite", "file:"+filepath.Join(dir, "app.db"))
	if err != nil {
		panic(err)
	}
	defer db.Close()
	if err := ferro.Migrate(db, []any{exampleNote{}}, migrate.AllowUpdates()); err != nil {
		panic(err)
	}
	// A second run finds nothing to do.
	fmt.Println(ferro.Migrate(db, []any{exampleNote{}}, migrate.AllowUpdates()))
	// Output: <nil>
}
