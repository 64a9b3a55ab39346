package tests

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
)

type caseCols struct {
	ID    int64 `ferro:"id,pk"`
	Lower int64 `ferro:"x,index"`
	Upper int64 `ferro:"X"`
}

func (caseCols) TableName() string { return "case_cols" }

type caseTblLower struct {
	ID int64 `ferro:"id,pk"`
}

func (caseTblLower) TableName() string { return "case_tbl" }

type caseTblUpper struct {
	ID int64 `ferro:"id,pk"`
}

func (caseTblUpper) TableName() string { return "CASE_TBL" }

// Issue 13 item 1: columns "x" and "X" (and tables "case_tbl" and
// "CASE_TBL") passed NewPlan on SQLite and failed at apply with "duplicate
// column name: X". Now NewPlan refuses them on SQLite, naming both, and
// Postgres, which compares the quoted names exactly, creates both.
func TestMigrate_caseCollidingNames(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		models []any
		want   string
	}{
		{"columns", []any{caseCols{}}, `column "x" of table "case_cols" and column "X" of table "case_cols" are one name on sqlite`},
		{"tables", []any{caseTblLower{}, caseTblUpper{}}, `table "case_tbl" and table "CASE_TBL" are one name on sqlite`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			testdb.Each(t, func(t *testing.T, e testdb.Engine) {
				ctx := context.Background()
				db := testdb.Open(t, e.FerroDriver, e.DSN)
				p, err := migrate.NewPlan(ctx, db, tc.models)
				if e.Name == "sqlite" {
					if !errors.Is(err, catalog.ErrModel) || !strings.Contains(err.Error(), tc.want) {
						t.Fatalf("NewPlan: got %v, want an ErrModel containing %q", err, tc.want)
					}
					if err := ferro.Migrate(db, tc.models); !errors.Is(err, catalog.ErrModel) {
						t.Fatalf("Migrate: got %v, want ErrModel", err)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				if err := p.Apply(ctx, db); err != nil {
					t.Fatal(err)
				}
				want, _ := catalog.FromModels(tc.models...)
				sameSchema(t, "after apply", want, inspect(t, db))
			})
		})
	}
}

type caseLive struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (caseLive) TableName() string { return "case_live" }

// Issue 13 item 1, against a live schema: a table "Case_Live" created by
// another tool and a model naming "case_live" made the SQLite plan promise a
// CREATE TABLE the engine refuses ("table case_live already exists"); the
// same for a live column "Name" and a field named "name". Now the plan
// refuses on SQLite naming the live spelling; on Postgres they are distinct
// names and the plan goes through.
func TestMigrate_caseFoldedLiveNames(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, ddl, want string
	}{
		{"table", `CREATE TABLE "Case_Live" ("id" BIGINT PRIMARY KEY, "name" TEXT NOT NULL)`, `case_live: the database has table "Case_Live", which sqlite takes for the same name`},
		{"column", `CREATE TABLE "case_live" ("id" INTEGER PRIMARY KEY, "Name" TEXT NOT NULL)`, `case_live.name: the table has column "Name", which sqlite takes for the same name`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			testdb.Each(t, func(t *testing.T, e testdb.Engine) {
				db := testdb.Open(t, e.FerroDriver, e.DSN)
				if _, err := db.Exec(tc.ddl); err != nil {
					t.Fatal(err)
				}
				err := ferro.Migrate(db, []any{caseLive{}}, migrate.AllowDestructive())
				if e.Name == "sqlite" {
					var pe *migrate.PlanError
					if !errors.As(err, &pe) || !strings.Contains(err.Error(), tc.want) {
						t.Fatalf("got %v, want a *PlanError containing %q", err, tc.want)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
			})
		})
	}
}
