package interop_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	_ "github.com/ferrosql/ferro" // registers ferro-sqlite
	"github.com/ferrosql/ferro/migrate"
	gomigrate "github.com/golang-migrate/migrate/v4"
	_ "github.com/golang-migrate/migrate/v4/database/sqlite" // sqlite:// (modernc)
	_ "github.com/golang-migrate/migrate/v4/source/file"     // file://
)

type Task struct {
	ID    int64  `ferro:"id,pk"`
	Title string `ferro:"title,type=varchar(16)"`
}

type TaskShort struct {
	ID    int64  `ferro:"id,pk"`
	Title string `ferro:"title,type=varchar(4)"`
}

func (TaskShort) TableName() string { return "task" }

// Export plans with Plan.WriteMigration and run the files with
// golang-migrate; the exported narrowing stops at its data check instead of
// truncating a value. This is docs/migrations.md's example, compiled and
// run.
func ExamplePlan_WriteMigration_golangMigrate() {
	dir, _ := os.MkdirTemp("", "ferro-interop")
	defer os.RemoveAll(dir)
	migrations := filepath.Join(dir, "migrations")
	os.Mkdir(migrations, 0o755)
	ctx := context.Background()

	// In development: plan against a database that has the previous
	// version, export, review, commit the files.
	dev, _ := sql.Open("ferro-sqlite", "file:"+filepath.Join(dir, "dev.db"))
	defer dev.Close()
	for i, models := range [][]any{{Task{}}, {TaskShort{}}} {
		plan, err := migrate.NewPlan(ctx, dev, models, migrate.AllowUpdates())
		if err != nil {
			panic(err)
		}
		if _, _, err := plan.WriteMigration(migrations, fmt.Sprintf("v%d", i+1)); err != nil {
			panic(err)
		}
		if err := plan.Apply(ctx, dev); err != nil {
			panic(err)
		}
	}

	// In production: golang-migrate runs the files.
	prod := filepath.Join(dir, "prod.db")
	m, err := gomigrate.New("file://"+migrations, "sqlite://"+prod)
	if err != nil {
		panic(err)
	}
	defer m.Close()
	if err := m.Steps(1); err != nil {
		panic(err)
	}
	db, _ := sql.Open("sqlite", prod)
	defer db.Close()
	if _, err := db.Exec(`INSERT INTO task (id, title) VALUES (1, 'a long title')`); err != nil {
		panic(err)
	}
	err = m.Up()
	fmt.Println("refused:", err != nil)
	fmt.Println(strings.Contains(err.Error(), "CHECK constraint failed: ferro/migrate: task.title: has one or more rows whose value would not survive the type change from varchar(16) to varchar(4)"))
	var title string
	db.QueryRow(`SELECT title FROM task WHERE id = 1`).Scan(&title)
	fmt.Println(title)
	// Output:
	// refused: true
	// true
	// a long title
}
