package migrate_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"

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

type taskV2 struct {
	ID    int64  `ferro:"id,pk"`
	Title string `ferro:"title"`
	Done  bool   `ferro:"done,default=false"`
}

func (taskV2) TableName() string { return "tasks" }

// Review a plan, then apply exactly it: Apply refuses with ErrStale if the
// database moved on in between.
func ExamplePlan_Apply() {
	dir, _ := os.MkdirTemp("", "ferro-example")
	defer os.RemoveAll(dir)
	db, _ := sql.Open("ferro-sqlite", "file:"+filepath.Join(dir, "app.db"))
	defer db.Close()
	ctx := context.Background()
	if err := migrate.Run(ctx, db, []any{task{}}); err != nil {
		panic(err)
	}

	plan, err := migrate.NewPlan(ctx, db, []any{taskV2{}}, migrate.AllowUpdates())
	if err != nil {
		panic(err)
	}
	fmt.Print(plan)
	fmt.Println(plan.Apply(ctx, db))
	// Output:
	// -- ferro/migrate plan (sqlite, level updates): 1 change, 1 statement in one transaction
	// + column tasks.done boolean NOT NULL DEFAULT false
	//     ALTER TABLE "tasks" ADD COLUMN "done" BOOLEAN NOT NULL DEFAULT false;
	// <nil>
}

// Export a plan as a golang-migrate pair for review and versioned
// deployment.
func ExamplePlan_WriteMigration() {
	dir, _ := os.MkdirTemp("", "ferro-example")
	defer os.RemoveAll(dir)
	db, _ := sql.Open("ferro-sqlite", "file:"+filepath.Join(dir, "app.db"))
	defer db.Close()
	ctx := context.Background()

	plan, err := migrate.NewPlan(ctx, db, []any{task{}})
	if err != nil {
		panic(err)
	}
	migrations := filepath.Join(dir, "migrations") // an existing directory
	if err := os.Mkdir(migrations, 0o755); err != nil {
		panic(err)
	}
	up, down, err := plan.WriteMigration(migrations, "create_tasks")
	if err != nil {
		panic(err)
	}
	// The version prefix is the current UTC time, YYYYMMDDHHMMSS.
	_, upName, _ := strings.Cut(filepath.Base(up), "_")
	_, downName, _ := strings.Cut(filepath.Base(down), "_")
	fmt.Println(upName, downName)
	// Output: create_tasks.up.sql create_tasks.down.sql
}
