package tests

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
)

// Issue 17 item 4: a SQLite table rebuild keeps AUTOINCREMENT and the
// table's sqlite_sequence row. A rebuild of an AUTOINCREMENT table was
// refused, so Django's and Rails' SQLite databases could take no change
// that needs one (a type, default, nullability, key or check change).

type seqItem struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
	Qty  *int64 `ferro:"qty"`
}

func (seqItem) TableName() string { return "seq_item" }

// seqItemV2 gives name a default and makes qty NOT NULL with one: changes
// that need a rebuild.
type seqItemV2 struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name,default='none'"`
	Qty  int64  `ferro:"qty,default=0"`
}

func (seqItemV2) TableName() string { return "seq_item" }

// sqliteSeq reads table's sqlite_sequence row (-1 when it has none).
func sqliteSeq(t *testing.T, db *sql.DB, table string) int64 {
	t.Helper()
	var n int64 = -1
	if err := db.QueryRow(`SELECT seq FROM sqlite_sequence WHERE name = ?`, table).Scan(&n); err != nil && err != sql.ErrNoRows {
		t.Fatal(err)
	}
	return n
}

// tableSQL is table's CREATE TABLE text.
func tableSQL(t *testing.T, db *sql.DB, table string) string {
	t.Helper()
	var s string
	if err := db.QueryRow(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?`, table).Scan(&s); err != nil {
		t.Fatal(err)
	}
	return s
}

// A rebuilt AUTOINCREMENT table keeps the keyword, and its next id
// continues after the highest ever given, those of rows deleted before
// the rebuild included; so with no row left, and with the rebuild's down
// file.
func TestMigrate_sqliteRebuildKeepsAutoincrement(t *testing.T) {
	t.Parallel()
	for _, rows := range []string{"some rows", "no rows"} {
		t.Run(rows, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			e := testdb.SQLite(t)
			db := testdb.Open(t, e.FerroDriver, e.DSN)
			execAll(t, db, `CREATE TABLE seq_item (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, qty BIGINT)`,
				`INSERT INTO seq_item (name, qty) VALUES ('a', 1), ('b', 2), ('c', 3), ('d', 4), ('e', 5)`,
				`DELETE FROM seq_item WHERE id >= 4`)
			if rows == "no rows" {
				execAll(t, db, `DELETE FROM seq_item`)
			}
			if p, err := migrate.NewPlan(ctx, db, []any{seqItem{}}, migrate.AllowDestructive()); err != nil {
				t.Fatalf("the live table is not the model's: %v", err)
			} else if !p.Empty() {
				t.Fatalf("the live table is not the model's:\n%s", p)
			}
			p, err := migrate.NewPlan(ctx, db, []any{seqItemV2{}}, migrate.AllowUpdates())
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(p.String(), "~ rebuild seq_item") {
				t.Fatalf("the change does not rebuild the table:\n%s", p)
			}
			dir := t.TempDir()
			if _, _, err := p.WriteMigration(dir, "seq"); err != nil {
				t.Fatal(err)
			}
			if err := p.Apply(ctx, db); err != nil {
				t.Fatalf("%v\n%s", err, p)
			}
			if s := tableSQL(t, db, "seq_item"); !strings.Contains(s, "AUTOINCREMENT") {
				t.Fatalf("the rebuilt table lost AUTOINCREMENT: %s", s)
			}
			if n := sqliteSeq(t, db, "seq_item"); n != 5 {
				t.Fatalf("sqlite_sequence of seq_item is %d after the rebuild, want 5", n)
			}
			var id int64
			if err := db.QueryRow(`INSERT INTO seq_item (name) VALUES ('f') RETURNING id`).Scan(&id); err != nil {
				t.Fatal(err)
			}
			if id != 6 {
				t.Fatalf("the next id is %d, want 6 (after the highest id ever given, 5)", id)
			}
			if p, err := migrate.NewPlan(ctx, db, []any{seqItemV2{}}, migrate.AllowDestructive()); err != nil || !p.Empty() {
				t.Fatalf("not converged: %v\n%s", err, p)
			}
			if err := ferro.Migrate(db, []any{seqItemV2{}}, migrate.AllowDestructive()); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// The corpus's Django and Rails SQLite databases take a change that
// rebuilds an AUTOINCREMENT table: the row count is unchanged, the
// keyword stays, and the next id continues after the highest ever given,
// one deleted before the rebuild included.
type djMigrationRow struct {
	ID      int64     `ferro:"id,pk"`
	App     string    `ferro:"app,type=varchar(255)"`
	Name    string    `ferro:"name,type=varchar(255)"`
	Applied time.Time `ferro:"applied,type=timestamp"`
}

func (djMigrationRow) TableName() string { return "django_migrations" }

type djMigrationRowV2 struct {
	ID      int64     `ferro:"id,pk"`
	App     string    `ferro:"app,type=varchar(255),default=''"`
	Name    string    `ferro:"name,type=varchar(255)"`
	Applied time.Time `ferro:"applied,type=timestamp"`
}

func (djMigrationRowV2) TableName() string { return "django_migrations" }

type railsAuthor struct {
	ID        int64     `ferro:"id,pk"`
	Name      string    `ferro:"name,type=varchar"`
	Email     string    `ferro:"email,type=varchar"`
	CreatedAt time.Time `ferro:"created_at,type=timestamp"`
	UpdatedAt time.Time `ferro:"updated_at,type=timestamp"`
}

func (railsAuthor) TableName() string { return "authors" }

type railsAuthorV2 struct {
	ID        int64     `ferro:"id,pk"`
	Name      string    `ferro:"name,type=varchar"`
	Email     string    `ferro:"email,type=varchar,default=''"`
	CreatedAt time.Time `ferro:"created_at,type=timestamp"`
	UpdatedAt time.Time `ferro:"updated_at,type=timestamp"`
}

func (railsAuthorV2) TableName() string { return "authors" }

func TestMigrate_sqliteRebuildKeepsAutoincrementCorpus(t *testing.T) {
	t.Parallel()
	cases := []struct {
		file, table string
		v1, v2      any
	}{
		{"django.sqlite.sql", "django_migrations", djMigrationRow{}, djMigrationRowV2{}},
		{"rails.sqlite.sql", "authors", railsAuthor{}, railsAuthorV2{}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			e := loadCorpusDB(t, corpusDB{file: c.file})
			db := testdb.Open(t, e.FerroDriver, e.DSN)
			// A row inserted and deleted: its id is the highest ever given,
			// above every row's.
			insert := `INSERT INTO ` + c.table + ` (app, name, applied) VALUES ('x', 'y', '2024-01-01 00:00:00') RETURNING id`
			if c.table == "authors" {
				insert = `INSERT INTO authors (name, email, created_at, updated_at) VALUES ('x', 'y', '2024-01-01', '2024-01-01') RETURNING id`
			}
			var gone int64
			if err := db.QueryRow(insert).Scan(&gone); err != nil {
				t.Fatal(err)
			}
			execAll(t, db, `DELETE FROM `+c.table+` WHERE id = (SELECT max(id) FROM `+c.table+`)`)
			seq := sqliteSeq(t, db, c.table)
			if seq != gone {
				t.Fatalf("sqlite_sequence of %s is %d, want %d", c.table, seq, gone)
			}
			rows := countRows(t, db, c.table)
			// Only the one table is modelled: the others are kept.
			if p, err := migrate.NewPlan(ctx, db, []any{c.v1}, migrate.AllowDestructive()); err != nil || !p.Empty() {
				t.Fatalf("the model is not the live table: %v\n%s", err, p)
			}
			if err := ferro.Migrate(db, []any{c.v2}, migrate.AllowUpdates()); err != nil {
				t.Fatal(err)
			}
			if s := tableSQL(t, db, c.table); !strings.Contains(s, "AUTOINCREMENT") || !strings.Contains(s, "DEFAULT ''") {
				t.Fatalf("the table was not rebuilt with AUTOINCREMENT: %s", s)
			}
			if n := countRows(t, db, c.table); n != rows {
				t.Fatalf("%s has %d rows after the rebuild, want %d", c.table, n, rows)
			}
			if n := sqliteSeq(t, db, c.table); n != seq {
				t.Fatalf("sqlite_sequence of %s is %d after the rebuild, want %d", c.table, n, seq)
			}
			var id int64
			if err := db.QueryRow(insert).Scan(&id); err != nil {
				t.Fatal(err)
			}
			if id != seq+1 {
				t.Fatalf("the next id of %s is %d, want %d", c.table, id, seq+1)
			}
			if p, err := migrate.NewPlan(ctx, db, []any{c.v2}, migrate.AllowDestructive()); err != nil || !p.Empty() {
				t.Fatalf("not converged: %v\n%s", err, p)
			}
		})
	}
}

type djGroup struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name,type=varchar(150),unique"`
}

func (djGroup) TableName() string { return "auth_group" }

type djGroupV2 struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name,type=varchar(150),unique,default=''"`
}

func (djGroupV2) TableName() string { return "auth_group" }

// A rebuild keeps the UNIQUE constraints another tool declared inside the
// table (Django's unique=True fields), which SQLite enforces with an
// automatic index no statement can create: the new table declares them
// again, and they come back under the same names. Such a rebuild was
// refused.
func TestMigrate_sqliteRebuildKeepsUniqueConstraints(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := loadCorpusDB(t, corpusDB{file: "django.sqlite.sql"})
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	index := func() string {
		t.Helper()
		var name string
		if err := db.QueryRow(`SELECT name FROM pragma_index_list('auth_group') WHERE origin = 'u'`).Scan(&name); err != nil {
			t.Fatal(err)
		}
		return name
	}
	before, rows := index(), countRows(t, db, "auth_group")
	if p, err := migrate.NewPlan(ctx, db, []any{djGroup{}}, migrate.AllowDestructive()); err != nil || !p.Empty() {
		t.Fatalf("the model is not the live table: %v\n%s", err, p)
	}
	if err := ferro.Migrate(db, []any{djGroupV2{}}, migrate.AllowUpdates()); err != nil {
		t.Fatal(err)
	}
	if s := tableSQL(t, db, "auth_group"); !strings.Contains(s, `UNIQUE ("name")`) || !strings.Contains(s, "AUTOINCREMENT") {
		t.Fatalf("the table was not rebuilt keeping its UNIQUE constraint and AUTOINCREMENT: %s", s)
	}
	if after := index(); after != before {
		t.Fatalf("the constraint's index is %s after the rebuild, was %s", after, before)
	}
	if n := countRows(t, db, "auth_group"); n != rows {
		t.Fatalf("auth_group has %d rows, want %d", n, rows)
	}
	if _, err := db.Exec(`INSERT INTO auth_group (name) SELECT name FROM auth_group LIMIT 1`); err == nil {
		t.Fatal("a duplicate name was accepted: the rebuilt table lost its UNIQUE constraint")
	}
	if p, err := migrate.NewPlan(ctx, db, []any{djGroupV2{}}, migrate.AllowDestructive()); err != nil || !p.Empty() {
		t.Fatalf("not converged: %v\n%s", err, p)
	}
}

type djUserGroup struct {
	ID      int64 `ferro:"id,pk,autoincrement=monotonic"`
	UserID  int64 `ferro:"user_id"`
	GroupID int64 `ferro:"group_id"`
}

func (djUserGroup) TableName() string { return "auth_user_groups" }

type djUserGroupV2 struct {
	ID      int64 `ferro:"id,pk,autoincrement=monotonic"`
	UserID  int64 `ferro:"user_id,default=0"`
	GroupID int64 `ferro:"group_id"`
}

func (djUserGroupV2) TableName() string { return "auth_user_groups" }

// A rebuild of a Django table keeps its DEFERRABLE INITIALLY DEFERRED
// foreign keys, which the models here leave out (another tool's), with
// its AUTOINCREMENT key.
func TestMigrate_sqliteRebuildKeepsDeferrableKeys(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := loadCorpusDB(t, corpusDB{file: "django.sqlite.sql"})
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	before, rows, seq := tableSQL(t, db, "auth_user_groups"), countRows(t, db, "auth_user_groups"), sqliteSeq(t, db, "auth_user_groups")
	if n := strings.Count(before, "DEFERRABLE INITIALLY DEFERRED"); n != 2 {
		t.Fatalf("auth_user_groups has %d deferrable keys as loaded, want 2: %s", n, before)
	}
	if p, err := migrate.NewPlan(ctx, db, []any{djUserGroup{}}, migrate.AllowDestructive()); err != nil || !p.Empty() {
		t.Fatalf("the model is not the live table: %v\n%s", err, p)
	}
	if err := ferro.Migrate(db, []any{djUserGroupV2{}}, migrate.AllowUpdates()); err != nil {
		t.Fatal(err)
	}
	after := tableSQL(t, db, "auth_user_groups")
	if !strings.Contains(after, "DEFAULT 0") || strings.Count(after, "DEFERRABLE INITIALLY DEFERRED") != 2 || !strings.Contains(after, "AUTOINCREMENT") {
		t.Fatalf("the rebuilt table lost its deferrable keys or AUTOINCREMENT: %s", after)
	}
	if n := countRows(t, db, "auth_user_groups"); n != rows {
		t.Fatalf("%d rows after the rebuild, want %d", n, rows)
	}
	if n := sqliteSeq(t, db, "auth_user_groups"); n != seq {
		t.Fatalf("sqlite_sequence %d after the rebuild, want %d", n, seq)
	}
	if p, err := migrate.NewPlan(ctx, db, []any{djUserGroupV2{}}, migrate.AllowDestructive()); err != nil || !p.Empty() {
		t.Fatalf("not converged: %v\n%s", err, p)
	}
}
