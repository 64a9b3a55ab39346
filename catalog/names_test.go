package catalog_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

// Issue 13 item 1: names that differ only in letter case passed FromModels
// and the plan, then failed at apply on SQLite ("duplicate column name: X").

type caseColumns struct {
	ID    int64 `ferro:"id,pk"`
	Lower int64 `ferro:"x"`
	Upper int64 `ferro:"X"`
}

func (caseColumns) TableName() string { return "case_columns" }

type caseTableLower struct {
	ID int64 `ferro:"id,pk"`
}

func (caseTableLower) TableName() string { return "case_table" }

type caseTableUpper struct {
	ID int64 `ferro:"id,pk"`
}

func (caseTableUpper) TableName() string { return "Case_Table" }

// nonASCIICase differs only in the case of a non-ASCII letter, which SQLite
// does not fold: two columns on both engines.
type nonASCIICase struct {
	ID    int64 `ferro:"id,pk"`
	Lower int64 `ferro:"é"`
	Upper int64 `ferro:"É"`
}

func TestCheckNames_caseCollisions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		models []any
		// sqlite is the text the SQLite error must contain; "" for none.
		sqlite []string
	}{
		{"columns", []any{caseColumns{}}, []string{`column "x" of table "case_columns" and column "X" of table "case_columns"`, "sqlite", "rename one"}},
		{"tables", []any{caseTableLower{}, caseTableUpper{}}, []string{`table "case_table" and table "Case_Table"`}},
		{"non-ASCII letters", []any{nonASCIICase{}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := catalog.FromModels(tc.models...)
			if err != nil {
				t.Fatalf("FromModels is dialect-neutral and must accept the models: %v", err)
			}
			testdb.Each(t, func(t *testing.T, e testdb.Engine) {
				err := catalog.CheckNames(s, e.Name)
				stmts, rerr := catalog.Render(s, e.Name)
				if e.Name == schema.SQLite && tc.sqlite != nil {
					for _, err := range []error{err, rerr} {
						if !errors.Is(err, catalog.ErrModel) {
							t.Fatalf("want an error wrapping ErrModel, got %v", err)
						}
						for _, w := range tc.sqlite {
							if !strings.Contains(err.Error(), w) {
								t.Errorf("error %q does not contain %q", err, w)
							}
						}
					}
					return
				}
				if err != nil || rerr != nil {
					t.Fatalf("CheckNames: %v; Render: %v", err, rerr)
				}
				// The engine agrees: the DDL runs.
				db := testdb.Open(t, e.RawDriver, e.DSN)
				for _, q := range stmts {
					if _, err := db.Exec(q); err != nil {
						t.Fatalf("%s: %v", q, err)
					}
				}
			})
		})
	}
}

// On SQLite the engine itself refuses what CheckNames refuses: the rule is
// the engine's, not a guess.
func TestCheckNames_sqliteAgrees(t *testing.T) {
	t.Parallel()
	e := testdb.SQLite(t)
	db := testdb.Open(t, e.RawDriver, e.DSN)
	for _, q := range []string{
		`CREATE TABLE "t" ("x" INTEGER, "X" INTEGER)`,
		`CREATE TABLE "u" ("é" INTEGER, "É" INTEGER)`,
	} {
		_, err := db.Exec(q)
		if strings.Contains(q, `"x"`) != (err != nil) {
			t.Errorf("%s: err = %v", q, err)
		}
	}
	if _, err := db.Exec(`CREATE TABLE "case_t" ("id" INTEGER)`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE "CASE_T" ("id" INTEGER)`); err == nil {
		t.Error("SQLite accepted tables case_t and CASE_T")
	}
}
