package interop_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

type itemV1 struct {
	ID   int64  `ferro:"id,pk"`
	Code string `ferro:"code,type=varchar(16)"`
}

func (itemV1) TableName() string { return "item" }

type itemV2 struct {
	ID   int64  `ferro:"id,pk"`
	Code string `ferro:"code,type=varchar(4)"`
}

func (itemV2) TableName() string { return "item" }

// export writes one migration per model version into a new directory,
// applying each to a reference database, and returns the directory and the
// reference schema after each version (index 0: empty).
func export(t *testing.T, engine string, versions [][]any, opts ...migrate.Option) (string, []*schema.Schema) {
	t.Helper()
	ctx := context.Background()
	var e testdb.Engine
	if engine == "sqlite" {
		e = testdb.SQLite(t)
	} else {
		e = testdb.Postgres(t)
	}
	ref := testdb.Open(t, e.FerroDriver, e.DSN)
	dir := t.TempDir()
	schemas := []*schema.Schema{inspect(t, ref)}
	for i, models := range versions {
		p, err := migrate.NewPlan(ctx, ref, models, append(opts, quiet)...)
		if err != nil {
			t.Fatalf("v%d: NewPlan: %v", i+1, err)
		}
		if _, _, err := p.WriteMigration(dir, fmt.Sprintf("v%d", i+1)); err != nil {
			t.Fatalf("v%d: WriteMigration: %v", i+1, err)
		}
		if err := ferro.Migrate(ref, models, append(opts, quiet)...); err != nil {
			t.Fatalf("v%d: ferro.Migrate: %v", i+1, err)
		}
		schemas = append(schemas, inspect(t, ref))
	}
	return dir, schemas
}

// An exported narrowing (varchar(16) -> varchar(4)) run by golang-migrate
// on a database holding a longer value aborts, naming the table and column,
// and changes nothing; without such a value it applies (issue 8: the data
// check was only a comment, and Postgres's USING cast silently truncated).
func TestWriteMigration_narrowingGuardAbortsGolangMigrate(t *testing.T) {
	t.Parallel()
	engines(t, func(t *testing.T, engine string) {
		dir, schemas := export(t, engine, [][]any{{itemV1{}}, {itemV2{}}}, migrate.AllowUpdates())

		bad := newTarget(t, engine)
		if err := bad.migrateSteps(t, dir, 1); err != nil {
			t.Fatalf("up v1: %v\n%s", err, files(dir))
		}
		exec(t, bad.db, `INSERT INTO item (id, code) VALUES (1, 'abcd'), (2, 'abcdefgh')`)
		err := bad.migrateSteps(t, dir, 1)
		if err == nil || !strings.Contains(err.Error(), "ferro/migrate: item.code") {
			t.Fatalf("narrowing with a too-long value: %v, want the data check naming item.code\n%s", err, files(dir))
		}
		sameSchema(t, "after the refused narrowing", schemas[1], inspect(t, bad.db), dir)
		var code string
		if err := bad.db.QueryRow(`SELECT code FROM item WHERE id = 2`).Scan(&code); err != nil || code != "abcdefgh" {
			t.Fatalf("value after the refused narrowing: %q (%v)", code, err)
		}

		good := newTarget(t, engine)
		if err := good.migrateSteps(t, dir, 1); err != nil {
			t.Fatalf("up v1: %v", err)
		}
		exec(t, good.db, `INSERT INTO item (id, code) VALUES (1, 'abcd')`)
		if err := good.migrateSteps(t, dir, 1); err != nil {
			t.Fatalf("narrowing with fitting values: %v\n%s", err, files(dir))
		}
		sameSchema(t, "after the narrowing", schemas[2], inspect(t, good.db), dir)
	})
}

type tagV1 struct {
	ID     int64  `ferro:"id,pk"`
	Name   string `ferro:"name"`
	Legacy string `ferro:"legacy"`
}

func (tagV1) TableName() string { return "tag" }

type tagV2 struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (tagV2) TableName() string { return "tag" }

// The down file of a dropped NOT NULL column without a default brings it
// back on an empty table, and on a table with rows aborts with a data check
// naming the column instead of re-adding NOT NULL without a value (issue 8).
func TestWriteMigration_downNotNullWithoutDefault(t *testing.T) {
	t.Parallel()
	engines(t, func(t *testing.T, engine string) {
		dir, schemas := export(t, engine, [][]any{{tagV1{}}, {tagV2{}}}, migrate.AllowDestructive())
		g := newTarget(t, engine)
		if err := g.migrateSteps(t, dir, 2); err != nil {
			t.Fatalf("up: %v\n%s", err, files(dir))
		}
		if err := g.migrateSteps(t, dir, -1); err != nil {
			t.Fatalf("down on an empty table: %v\n%s", err, files(dir))
		}
		sameSchema(t, "down on an empty table", schemas[1], inspect(t, g.db), dir)
		if err := g.migrateSteps(t, dir, 1); err != nil {
			t.Fatalf("up again: %v", err)
		}
		exec(t, g.db, `INSERT INTO tag (id, name) VALUES (1, 'a')`)
		err := g.migrateSteps(t, dir, -1)
		if err == nil || !strings.Contains(err.Error(), "ferro/migrate: tag.legacy") {
			t.Fatalf("down with rows: %v, want the data check naming tag.legacy\n%s", err, files(dir))
		}
		sameSchema(t, "after the refused down", schemas[2], inspect(t, g.db), dir)
	})
}

type itemPK struct {
	ID   int64  `ferro:"id"`
	Code string `ferro:"code,pk,type=varchar(16)"`
}

func (itemPK) TableName() string { return "item" }

// A refused plan (PlanError.Plan) exports with the refused changes marked:
// golang-migrate stops at a refused change's data check until the rows are
// fixed, and at a problem no change carries (a primary-key change) until
// the check is replaced by hand; nothing is applied meanwhile (issue 8).
func TestWriteMigration_refusedPlanExportsMarked(t *testing.T) {
	t.Parallel()
	engines(t, func(t *testing.T, engine string) {
		ctx := context.Background()
		var e testdb.Engine
		if engine == "sqlite" {
			e = testdb.SQLite(t)
		} else {
			e = testdb.Postgres(t)
		}
		ref := testdb.Open(t, e.FerroDriver, e.DSN)
		dir := t.TempDir()
		p, err := migrate.NewPlan(ctx, ref, []any{itemV1{}}, quiet)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := p.WriteMigration(dir, "v1"); err != nil {
			t.Fatal(err)
		}
		if err := p.Apply(ctx, ref); err != nil {
			t.Fatal(err)
		}
		v1 := inspect(t, ref)
		exec(t, ref, `INSERT INTO item (id, code) VALUES (1, 'abcdefgh')`)

		for _, tc := range []struct {
			name   string
			models []any
			mark   string
		}{
			{"narrowing", []any{itemV2{}}, "REFUSED when the plan was made: item.code: has 1 rows"},
			{"primary key", []any{itemPK{}}, "REFUSED: item: primary key (id) would change to (code)"},
		} {
			_, err := migrate.NewPlan(ctx, ref, tc.models, migrate.AllowUpdates(), quiet)
			var pe *migrate.PlanError
			if !errors.As(err, &pe) || pe.Plan == nil {
				t.Fatalf("%s: NewPlan: %v, want a *PlanError with its plan", tc.name, err)
			}
			sub := t.TempDir()
			copyFiles(t, dir, sub)
			up, _, err := pe.Plan.WriteMigration(sub, "v2")
			if err != nil {
				t.Fatalf("%s: WriteMigration of the refused plan: %v", tc.name, err)
			}
			text, _ := os.ReadFile(up)
			if !strings.Contains(string(text), tc.mark) {
				t.Errorf("%s: the up file does not mark the refused change with %q:\n%s", tc.name, tc.mark, text)
			}
			g := newTarget(t, engine)
			if err := g.migrateSteps(t, sub, 1); err != nil {
				t.Fatalf("%s: up v1: %v", tc.name, err)
			}
			exec(t, g.db, `INSERT INTO item (id, code) VALUES (1, 'abcdefgh')`)
			err = g.migrateSteps(t, sub, 1)
			if err == nil || !strings.Contains(err.Error(), "ferro/migrate: item") {
				t.Fatalf("%s: the refused migration ran: %v\n%s", tc.name, err, files(sub))
			}
			sameSchema(t, tc.name+": after the refused migration", v1, inspect(t, g.db), sub)
		}
	})
}

// copyFiles copies the files of dir into to.
func copyFiles(t *testing.T, dir, to string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

type eventV1 struct {
	ID int64     `ferro:"id,pk"`
	On time.Time `ferro:"on,type=date"`
}

func (eventV1) TableName() string { return "event" }

type eventV2 struct {
	ID int64     `ferro:"id,pk"`
	On time.Time `ferro:"on,type=timestamp"`
}

func (eventV2) TableName() string { return "event" }

// A change without an inverse (date -> timestamp widens; nothing converts
// back safely) is written in the down file as a check that always fails,
// so golang-migrate stops there instead of leaving the type changed
// silently (issue 8: the down file reverses exactly what the up file does).
func TestWriteMigration_downWithoutInverseFails(t *testing.T) {
	t.Parallel()
	engines(t, func(t *testing.T, engine string) {
		dir, schemas := export(t, engine, [][]any{{eventV1{}}, {eventV2{}}}, migrate.AllowUpdates())
		g := newTarget(t, engine)
		if err := g.migrateSteps(t, dir, 2); err != nil {
			t.Fatalf("up: %v\n%s", err, files(dir))
		}
		sameSchema(t, "up", schemas[2], inspect(t, g.db), dir)
		err := g.migrateSteps(t, dir, -1)
		if err == nil || !strings.Contains(err.Error(), "ferro/migrate: event: the down migration cannot revert") {
			t.Fatalf("down: %v, want the check that names the change without an inverse\n%s", err, files(dir))
		}
		sameSchema(t, "after the refused down", schemas[2], inspect(t, g.db), dir)
	})
}

// A SQLite file that rebuilds a table refuses to run with foreign keys on
// (its DROP TABLE would delete or cascade to referencing rows), before it
// changes anything (issue 8: this was only a comment).
func TestWriteMigration_sqliteRebuildRefusesForeignKeysOn(t *testing.T) {
	t.Parallel()
	dir, schemas := export(t, "sqlite", [][]any{{itemV1{}}, {itemV2{}}}, migrate.AllowUpdates())
	g := newTarget(t, "sqlite")
	g.url += "?_pragma=foreign_keys(1)"
	if err := g.migrateSteps(t, dir, 1); err != nil {
		t.Fatalf("up v1: %v", err)
	}
	err := g.migrateSteps(t, dir, 1)
	if err == nil || !strings.Contains(err.Error(), "ferro/migrate: item: the migration rebuilds the table, which is only safe with foreign keys off") {
		t.Fatalf("rebuild with foreign keys on: %v\n%s", err, files(dir))
	}
	sameSchema(t, "after the refused rebuild", schemas[1], inspect(t, g.db), dir)
}

type ownerV1 struct {
	ID    int64  `ferro:"id,pk"`
	Owner string `ferro:"owner"`
}

func (ownerV1) TableName() string { return "owned" }

type ownerV2 struct {
	ID    int64     `ferro:"id,pk"`
	Owner uuid.UUID `ferro:"owner"`
}

func (ownerV2) TableName() string { return "owned" }

// A text column becoming uuid on SQLite (issue 13 item 12: the table is
// rebuilt with ferro's uuid check) exports as a data check and the rebuild:
// golang-migrate aborts it, naming the table and column, while a value is
// not canonical UUID text, and otherwise reaches the schema ferro.Migrate
// reaches, where the check refuses invalid text.
func TestWriteMigration_uuidCheckGuardAbortsGolangMigrate(t *testing.T) {
	t.Parallel()
	const engine = "sqlite" // PostgreSQL's uuid is a type of its own: text -> uuid is refused there
	dir, schemas := export(t, engine, [][]any{{ownerV1{}}, {ownerV2{}}}, migrate.AllowUpdates())
	const valid = "0f8fad5b-d9cb-469f-a165-70867728950e"

	bad := newTarget(t, engine)
	if err := bad.migrateSteps(t, dir, 1); err != nil {
		t.Fatalf("up v1: %v\n%s", err, files(dir))
	}
	exec(t, bad.db, `INSERT INTO owned (id, owner) VALUES (1, '`+valid+`'), (2, 'NOT-A-UUID')`)
	err := bad.migrateSteps(t, dir, 1)
	if err == nil || !strings.Contains(err.Error(), "ferro/migrate: owned.owner") || !strings.Contains(err.Error(), "not UUID text in canonical form") {
		t.Fatalf("uuid check with an invalid value: %v, want the data check naming owned.owner\n%s", err, files(dir))
	}
	sameSchema(t, "after the refused change", schemas[1], inspect(t, bad.db), dir)

	good := newTarget(t, engine)
	if err := good.migrateSteps(t, dir, 1); err != nil {
		t.Fatalf("up v1: %v", err)
	}
	exec(t, good.db, `INSERT INTO owned (id, owner) VALUES (1, '`+valid+`')`)
	if err := good.migrateSteps(t, dir, 1); err != nil {
		t.Fatalf("uuid check with valid values: %v\n%s", err, files(dir))
	}
	sameSchema(t, "after the uuid check", schemas[2], inspect(t, good.db), dir)
	if _, err := good.db.Exec(`INSERT INTO owned (id, owner) VALUES (2, 'NOT-A-UUID')`); err == nil || !strings.Contains(err.Error(), "CHECK constraint failed") {
		t.Fatalf("invalid text after the replayed rebuild: %v, want the CHECK to refuse it", err)
	}
}
