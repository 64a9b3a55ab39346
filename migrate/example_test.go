package migrate_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"

	_ "github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/migrate"
)

type task struct {
	ID    int64  `ferro:"id,pk"`
	Title string `ferro:"title"`
}

func (task) TableName() string { return "tasks" }

func ExampleNewPlan() {
	dir, _ := os.MkdirTemp("", "ferro-example")
	defer os.RemoveAll(dir)
	db, _ := sql.Open("ferro-sqlite", "file:"+filepath.Join(dir, "app.db"))
	defer db.Close()
	ctx := context.Background()

	plan, err := migrate.NewPlan(ctx, db, []any{task{}})
	if err != nil {
		panic(err)
	}
	fmt.Println(plan.Empty(), len(plan.Statements()))
	if err := plan.Apply(ctx, db); err != nil {
		panic(err)
	}
	again, _ := migrate.NewPlan(ctx, db, []any{task{}})
	fmt.Print(again)
	// Output:
	// false 1
	// -- ferro/migrate plan (sqlite, level create): nothing to do
}
