package migrate_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// openExample opens a new SQLite database in a temporary directory.
func openExample() (*sql.DB, func()) {
	dir, _ := os.MkdirTemp("", "ferro-example")
	db, _ := sql.Open("ferro-sqlite", "file:"+filepath.Join(dir, "app.db"))
	return db, func() { db.Close(); os.RemoveAll(dir) }
}

type taskRenamed struct {
	ID      int64  `ferro:"id,pk"`
	Heading string `ferro:"heading,renamed_from=title"`
}

func (taskRenamed) TableName() string { return "tasks" }

// A plan is data: inspect its typed changes, their data checks and their
// inverses.
func ExamplePlan_Changes() {
	db, done := openExample()
	defer done()
	ctx := context.Background()
	if err := migrate.Run(ctx, db, []any{taskV2{}}); err != nil {
		panic(err)
	}
	plan, err := migrate.NewPlan(ctx, db, []any{taskRenamed{}}, migrate.AllowDestructive())
	if err != nil {
		panic(err)
	}
	for _, c := range plan.Changes() {
		switch c := c.(type) {
		case *schema.RenameColumn:
			fmt.Println("rename", c.From, "to", c.To, "undo:", c.Inverse())
		case *schema.DropColumn:
			fmt.Println("drop", c.C.Name, "loses:", c.Loss())
		}
	}
	// Output:
	// rename title to heading undo: ~ rename column tasks.heading -> title
	// drop done loses: the values of column tasks.done
}

// Plan against a schema instead of models: here one read from another
// database, to make db look like it.
func ExampleNewPlanFromSchema() {
	src, done := openExample()
	defer done()
	db, done2 := openExample()
	defer done2()
	ctx := context.Background()
	if err := migrate.Run(ctx, src, []any{task{}}); err != nil {
		panic(err)
	}
	desired, err := catalog.Inspect(ctx, src)
	if err != nil {
		panic(err)
	}
	plan, err := migrate.NewPlanFromSchema(ctx, db, desired)
	if err != nil {
		panic(err)
	}
	fmt.Println(plan.Changes()[0])
	// Output: + table tasks
}

// During a rolling deploy, old instances (task) and new ones (taskV2) both
// run Migrate with ExpandOnly: the old models plan nothing against the
// newer schema, and what they would undo stays pending.
func ExampleExpandOnly() {
	db, done := openExample()
	defer done()
	ctx := context.Background()
	opts := []migrate.Option{migrate.AllowDestructive(), migrate.ExpandOnly()}
	if err := migrate.Run(ctx, db, []any{taskV2{}}, opts...); err != nil { // new code
		panic(err)
	}
	plan, err := migrate.NewPlan(ctx, db, []any{task{}}, opts...) // old code
	if err != nil {
		panic(err)
	}
	fmt.Println(plan.Empty())
	fmt.Println(plan.Residue().Pending[0])
	// Output:
	// true
	// - column tasks.done (its data is lost)    (held back by migrate.ExpandOnly(): apply it once no instance runs the old code)
}

// Tables no model describes are listed, and dropped only when named.
func ExampleDropTables() {
	db, done := openExample()
	defer done()
	ctx := context.Background()
	if _, err := db.Exec(`CREATE TABLE audit_2019 (id INTEGER PRIMARY KEY)`); err != nil {
		panic(err)
	}
	plan, _ := migrate.NewPlan(ctx, db, []any{task{}}, migrate.AllowDestructive())
	fmt.Println(plan.Residue().Unmanaged)
	plan, _ = migrate.NewPlan(ctx, db, []any{task{}}, migrate.AllowDestructive(), migrate.DropTables("audit_2019"))
	fmt.Println(plan.Changes())
	// Output:
	// [audit_2019]
	// [+ table tasks - table audit_2019 (its rows are lost)]
}

// What a plan leaves as it is is data too: the changes its level leaves
// pending, the tables no model describes, other tools' objects it keeps.
func ExamplePlan_Residue() {
	db, done := openExample()
	defer done()
	ctx := context.Background()
	if err := migrate.Run(ctx, db, []any{task{}}); err != nil {
		panic(err)
	}
	for _, ddl := range []string{
		`CREATE TABLE audit_2019 (id INTEGER PRIMARY KEY)`, // another tool's table
		`CREATE INDEX tasks_by_title ON tasks (title)`,     // and index
	} {
		if _, err := db.Exec(ddl); err != nil {
			panic(err)
		}
	}
	plan, err := migrate.NewPlan(ctx, db, []any{taskV2{}}) // the create level adds no column
	if err != nil {
		panic(err)
	}
	r := plan.Residue()
	fmt.Println(plan.Empty(), r.Complete())
	fmt.Println(r.Pending[0].Need, r.Pending[0].Change)
	fmt.Println(r.Unmanaged)
	fmt.Println(r.Kept[0])
	// Output:
	// true false
	// updates + column tasks.done boolean NOT NULL DEFAULT false
	// [audit_2019]
	// tasks: index "tasks_by_title" is in the database but in no model, and not named by ferro: left alone (drop it with SQL, or declare it in a model)
}

// RequireComplete makes changes the level would leave pending an error.
func ExampleRequireComplete() {
	db, done := openExample()
	defer done()
	ctx := context.Background()
	if err := migrate.Run(ctx, db, []any{task{}}); err != nil {
		panic(err)
	}
	err := migrate.Run(ctx, db, []any{taskV2{}}, migrate.RequireComplete(), migrate.WithLogger(slog.New(slog.DiscardHandler)))
	fmt.Println(errors.Is(err, migrate.ErrPending))
	fmt.Println(err)
	// Output:
	// true
	// ferro/migrate: migrate.RequireComplete: 1 change would be left pending, nothing was executed:
	//   - + column tasks.done boolean NOT NULL DEFAULT false    (needs migrate.AllowUpdates())
}

// A refused plan is still reachable through the error, to print or export.
func ExamplePlanError() {
	db, done := openExample()
	defer done()
	ctx := context.Background()
	if err := migrate.Run(ctx, db, []any{task{}}); err != nil {
		panic(err)
	}
	_, err := migrate.NewPlan(ctx, db, []any{taskNoTitle{}}, migrate.AllowUpdates())
	var pe *migrate.PlanError
	if errors.As(err, &pe) {
		fmt.Println(pe.Problems[0])
		fmt.Println(pe.Plan.Changes())
	}
	// Output:
	// tasks.title: changing the type from text to bigint has no safe conversion; write a versioned migration for it (Plan.WriteMigration exports one to start from), or add a new column and copy the data
	// []
}

type taskNoTitle struct {
	ID    int64 `ferro:"id,pk"`
	Title int64 `ferro:"title"`
}

func (taskNoTitle) TableName() string { return "tasks" }
