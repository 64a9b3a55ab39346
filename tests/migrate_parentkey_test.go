package tests

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
)

// fkdT3Renamed is fkdT3 under a new table name.
type fkdT3Renamed struct {
	ID   int64  `ferro:"id,pk"`
	Code string `ferro:"code"`
}

func (fkdT3Renamed) TableName() string     { return "fkd_t2" }
func (fkdT3Renamed) RenamedFrom() []string { return []string{"fkd_t"} }

// Regression (issue 8: a plan never promises what apply then refuses):
// models that take unique off a column (or drop it) while a foreign key
// of another tool's table references it planned the DROP INDEX, or the
// SQLite rebuild without the UNIQUE constraint, as fine. PostgreSQL
// refuses the statement ("cannot drop index uq_fkd_t_code because other
// objects depend on it"); SQLite runs it, then fails at COMMIT, where the
// migrator checks every foreign key ("foreign key mismatch - "fkd_raw"
// referencing "fkd_t""), and the apply rolled back. SQLite needs a primary
// key or a unique index that is not partial over exactly the referenced
// columns, found anew whenever it enforces the key; the plan is now
// refused when it is made when it leaves a live foreign key without one,
// naming the table, the index, the columns and the foreign key, and
// saying what to do. Each refused plan's statements are run on the
// engine, which must refuse them too (SQLite: PRAGMA foreign_key_check
// after them, as the migrator runs it before COMMIT); the plans the
// engines accept apply, and SQLite then enforces the key.
func TestMigrate_indexAForeignKeyNeeds(t *testing.T) {
	t.Parallel()
	type tc struct {
		name string
		// parent creates fkd_t on SQLite instead of migrating fkdT1.
		parent []string
		ddl    []string // run after the parent exists
		model  any
		opts   []migrate.Option // added to AllowDestructive
		// sqlite and postgres are the problems each engine's plan must
		// have (whole, or words of it); nil when the plan must apply.
		sqlite, postgres []string
	}
	cases := []tc{
		{name: "another_tools_table", ddl: []string{`CREATE TABLE fkd_raw (code text CONSTRAINT fkd_raw_code REFERENCES fkd_t (code))`}, model: fkdT3{},
			sqlite:   []string{"fkd_t: the plan drops index uq_fkd_t_code, but foreign key fkd_raw_code on table fkd_raw references (code) and sqlite refuses a foreign key whose referenced columns have no primary key or unique index (\"foreign key mismatch\", where it next enforces the key); drop or change foreign key fkd_raw_code on table fkd_raw first (in its model, or in a versioned migration), or keep a unique index on (code)"},
			postgres: []string{"fkd_t: the plan drops index uq_fkd_t_code, but constraint fkd_raw_code on table fkd_raw rests on it and postgres refuses to drop an index a foreign key needs; drop or change constraint fkd_raw_code on table fkd_raw first (in its model, or in a versioned migration), or keep the index"}},
		{name: "unnamed_key_spelt_in_capitals", ddl: []string{`CREATE TABLE fkd_raw (c text REFERENCES FKD_T (CODE))`}, model: fkdT3{},
			sqlite:   []string{"fkd_t: the plan drops index uq_fkd_t_code, but foreign key (c) -> FKD_T(CODE) on table fkd_raw references (CODE)"},
			postgres: []string{"fkd_t: the plan drops index uq_fkd_t_code, but constraint fkd_raw_c_fkey on table fkd_raw rests on it"}},
		{name: "dropped_column", ddl: []string{`CREATE TABLE fkd_raw (code text CONSTRAINT fkd_raw_code REFERENCES fkd_t (code))`}, model: fkdT2{},
			sqlite:   []string{"fkd_t: the plan drops index uq_fkd_t_code, but foreign key fkd_raw_code on table fkd_raw references (code)"},
			postgres: []string{"fkd_t.code: the plan drops this column, but constraint fkd_raw_code on table fkd_raw uses it"}},
		{name: "renamed_table", ddl: []string{`CREATE TABLE fkd_raw (code text CONSTRAINT fkd_raw_code REFERENCES fkd_t (code))`}, model: fkdT3Renamed{},
			sqlite:   []string{"fkd_t2: the plan drops index uq_fkd_t_code, but foreign key fkd_raw_code on table fkd_raw references (code)"},
			postgres: []string{"fkd_t2: the plan drops index uq_fkd_t_code, but constraint fkd_raw_code on table fkd_raw rests on it"}},
		// SQLite: an inline UNIQUE constraint goes with a rebuild.
		{name: "unique_constraint_a_rebuild_removes",
			parent: []string{`CREATE TABLE fkd_t ("id" INTEGER NOT NULL, "code" TEXT NOT NULL UNIQUE, CONSTRAINT "pk_fkd_t" PRIMARY KEY ("id"))`},
			ddl:    []string{`CREATE TABLE fkd_raw (code text CONSTRAINT fkd_raw_code REFERENCES fkd_t (code))`}, model: fkdT2{},
			sqlite:   []string{"fkd_t: the plan drops index sqlite_autoindex_fkd_t_1, but foreign key fkd_raw_code on table fkd_raw references (code)"},
			postgres: []string{"fkd_t.code: the plan drops this column, but constraint fkd_raw_code on table fkd_raw uses it"}},
		{name: "partial_unique_index_left", ddl: []string{`CREATE TABLE fkd_raw (code text CONSTRAINT fkd_raw_code REFERENCES fkd_t (code))`,
			`CREATE UNIQUE INDEX fkd_part ON fkd_t (code) WHERE code <> ''`}, model: fkdT3{},
			sqlite:   []string{"fkd_t: the plan drops index uq_fkd_t_code, but foreign key fkd_raw_code on table fkd_raw references (code)"},
			postgres: []string{"fkd_t: the plan drops index uq_fkd_t_code, but constraint fkd_raw_code on table fkd_raw rests on it"}},
		// Another tool's index with ferro's prefix is not ferro's: it stays
		// (issue 17: a name prefix once made any uq_ index ferro's, and
		// the plan dropped both), and SQLite finds it as the key.
		{name: "another_tools_uq_index_left", ddl: []string{`CREATE TABLE fkd_raw (code text CONSTRAINT fkd_raw_code REFERENCES fkd_t (code))`,
			`CREATE UNIQUE INDEX uq_fkd_t_code_again ON fkd_t (code)`}, model: fkdT3{},
			postgres: []string{"fkd_t: the plan drops index uq_fkd_t_code, but constraint fkd_raw_code on table fkd_raw rests on it"}},

		// SQLite finds another key, where PostgreSQL's foreign key stays
		// bound to the index it was created on.
		{name: "another_unique_index_left", ddl: []string{`CREATE TABLE fkd_raw (code text CONSTRAINT fkd_raw_code REFERENCES fkd_t (code))`,
			`CREATE UNIQUE INDEX fkd_other ON fkd_t (code)`}, model: fkdT3{},
			postgres: []string{"fkd_t: the plan drops index uq_fkd_t_code, but constraint fkd_raw_code on table fkd_raw rests on it"}},
		// The foreign key's table goes too. Regression: PostgreSQL dropped
		// the index first (tables are dropped last), which it refuses, so
		// the plan was refused; the key now goes first, with the other
		// foreign keys, and the plan applies on both engines.
		{name: "referencing_table_dropped", ddl: []string{`CREATE TABLE fkd_raw (code text CONSTRAINT fkd_raw_code REFERENCES fkd_t (code))`}, model: fkdT3{},
			opts: []migrate.Option{migrate.DropTables("fkd_raw")}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			testdb.Each(t, func(t *testing.T, e testdb.Engine) {
				t.Parallel()
				db := testdb.Open(t, e.FerroDriver, e.DSN)
				ctx := context.Background()
				want := c.sqlite
				if e.Name == "postgres" {
					want = c.postgres
				}
				if e.Name == "sqlite" && c.parent != nil {
					execAll(t, db, c.parent...)
				} else if err := migrate.Run(ctx, db, []any{fkdT1{}}); err != nil {
					t.Fatal(err)
				}
				execAll(t, db, c.ddl...)
				execAll(t, db, `INSERT INTO fkd_t (id, code) VALUES (1, 'a')`)
				opts := append([]migrate.Option{migrate.AllowDestructive()}, c.opts...)
				p, err := migrate.NewPlan(ctx, db, []any{c.model}, opts...)
				if want == nil {
					if err != nil {
						t.Fatal(err)
					}
					if err := p.Apply(ctx, db); err != nil {
						t.Fatalf("%v\nplan:\n%s", err, p)
					}
					again, err := migrate.NewPlan(ctx, db, []any{c.model}, opts...)
					if err != nil || !again.Empty() {
						t.Fatalf("a second plan is not empty: %v\n%s", err, again)
					}
					return
				}
				var perr *migrate.PlanError
				if !errors.As(err, &perr) || !errors.Is(err, migrate.ErrRefused) {
					t.Fatalf("NewPlan: %v, want a *PlanError", err)
				}
				var lines []string
				for _, pr := range perr.Problems {
					lines = append(lines, pr.String())
				}
				got := strings.Join(lines, "\n")
				for _, w := range want {
					if !strings.Contains(got, w) {
						t.Errorf("problems\n%s\ndo not say %q", got, w)
					}
				}
				if failed := runRefused(t, db, e, perr.Plan.Statements()); !strings.Contains(failed, "depend") && !strings.Contains(failed, "foreign key mismatch") {
					t.Fatalf("%s ran the refused plan (%s):\n%s", e.Name, failed, strings.Join(perr.Plan.Statements(), "\n"))
				}
			})
		})
	}
}

// runRefused runs stmts (a refused plan's) on e in a transaction it rolls
// back, as the migrator would: on SQLite with foreign keys off and PRAGMA
// foreign_key_check before the end. It returns the error that stopped
// them, "" when none did.
func runRefused(t *testing.T, db *sql.DB, e testdb.Engine, stmts []string) string {
	t.Helper()
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if e.Name == "sqlite" {
		execConn(t, conn, `PRAGMA foreign_keys = OFF`)
		defer execConn(t, conn, `PRAGMA foreign_keys = ON`)
	}
	execConn(t, conn, `BEGIN`)
	defer execConn(t, conn, `ROLLBACK`)
	if e.Name == "sqlite" {
		stmts = append(stmts, `PRAGMA foreign_key_check`)
	}
	for _, s := range stmts {
		if strings.HasPrefix(strings.TrimSpace(s), "--") {
			continue
		}
		rows, err := conn.QueryContext(ctx, s)
		if err == nil {
			for rows.Next() {
			}
			err = rows.Err()
			rows.Close()
		}
		if err != nil {
			return err.Error()
		}
	}
	return ""
}

func execConn(t *testing.T, conn *sql.Conn, s string) {
	t.Helper()
	if _, err := conn.ExecContext(context.Background(), s); err != nil {
		t.Fatalf("%s: %v", s, err)
	}
}
