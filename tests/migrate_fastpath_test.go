package tests

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/dialect/postgres"
	"github.com/ferrosql/ferro/internal/dialect/sqlite"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// The no-op fast path of Migrate (migrate/fingerprint.go, docs/planner.md
// "The no-op fast path"): after a Migrate that found the schema equal to the
// models, the next one only reads the schema fingerprint. These tests prove
// that it is taken, and that it never hides a change made by another
// connection pool (another process, as far as the engine can tell).

type fpAuthor struct {
	ID    int64  `ferro:"id,pk"`
	Name  string `ferro:"name,index"`
	Email string `ferro:"email,unique"`
}

func (fpAuthor) TableName() string { return "fp_author" }

type fpBook struct {
	ID       int64  `ferro:"id,pk"`
	AuthorID int64  `ferro:"author_id,fk=fp_author.id"`
	Title    string `ferro:"title,default='untitled'"`
	Pages    int    `ferro:"pages"`
}

func (fpBook) TableName() string { return "fp_book" }

var fpModels = []any{fpAuthor{}, fpBook{}}

// openFastPathDB opens e through ferro and migrates fpModels twice: the
// first run creates the tables, the second finds them equal to the models
// and records the fingerprint.
func openFastPathDB(t *testing.T, e testdb.Engine) *sql.DB {
	t.Helper()
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	for i := range 2 {
		if err := ferro.Migrate(db, fpModels); err != nil {
			t.Fatalf("migrate %d: %v", i+1, err)
		}
	}
	return db
}

// holdMigrationLock takes, on a separate raw pool, the lock every
// migration transaction needs, and returns its release.
func holdMigrationLock(t testing.TB, e testdb.Engine) (release func()) {
	t.Helper()
	ctx := context.Background()
	raw := testdb.Open(t, e.RawDriver, e.DSN)
	conn, err := raw.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lock, unlock := "BEGIN IMMEDIATE", "ROLLBACK"
	if e.Name == "postgres" {
		lock = "SELECT pg_advisory_lock(1717924466, hashtext(current_schema()))"
		unlock = "SELECT pg_advisory_unlock(1717924466, hashtext(current_schema()))"
	}
	if _, err := conn.ExecContext(ctx, lock); err != nil {
		t.Fatal(err)
	}
	return func() {
		if _, err := conn.ExecContext(ctx, unlock); err != nil {
			t.Error(err)
		}
		conn.Close()
	}
}

// The third Migrate of unchanged models takes no lock: it returns nil while
// another session holds the migration lock, where the full path would wait
// and fail with ErrLockTimeout (shown by the control run against a changed
// schema).
func TestMigrate_noopFastPathTakesNoLock(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := openFastPathDB(t, e)
		release := holdMigrationLock(t, e)
		defer release()
		start := time.Now()
		if err := ferro.Migrate(db, fpModels, migrate.WithLockTimeout(100*time.Millisecond)); err != nil {
			t.Fatalf("no-op Migrate while the lock is held: %v", err)
		}
		if took := time.Since(start); took > 5*time.Second {
			t.Errorf("no-op Migrate took %s", took)
		}
		// Control: with one more model the schema differs, so Migrate must
		// take the lock, and cannot.
		err := ferro.Migrate(db, append([]any{fpExtra{}}, fpModels...), migrate.WithLockTimeout(100*time.Millisecond))
		if !errors.Is(err, migrate.ErrLockTimeout) {
			t.Fatalf("Migrate of a changed model set while the lock is held: %v, want ErrLockTimeout", err)
		}
	})
}

type fpExtra struct {
	ID int64 `ferro:"id,pk"`
}

func (fpExtra) TableName() string { return "fp_extra" }

// On PostgreSQL the fast path is two round trips: a read-only transaction
// with JIT off, then the fingerprint query with the ROLLBACK in the same
// simple-protocol message.
func TestMigrate_postgresNoopFastPathStatements(t *testing.T) {
	t.Parallel()
	e := testdb.Postgres(t)
	db, log := openTracedPostgres(t, e, nil)
	for i := range 2 {
		if err := ferro.Migrate(db, fpModels); err != nil {
			t.Fatalf("migrate %d: %v", i+1, err)
		}
	}
	log.take()
	if err := ferro.Migrate(db, fpModels); err != nil {
		t.Fatal(err)
	}
	got := log.take()
	if len(got) != 2 || got[0] != "BEGIN READ ONLY; SET LOCAL jit = off" || !strings.Contains(got[1], "sha256") || !strings.HasSuffix(got[1], ";\nROLLBACK") {
		t.Fatalf("no-op Migrate sent %d statements:\n%s\nwant BEGIN READ ONLY; SET LOCAL jit = off, then the fingerprint query; ROLLBACK", len(got), strings.Join(got, "\n---\n"))
	}
}

// Regression guard for the fast path's one promise: a change made by
// another pool (a raw driver connection, as another process would) is
// never hidden. Each change is made after the fingerprint was recorded;
// the next Migrate must see it and put the schema back to the models.
func TestMigrate_noopFastPathSeesOtherPoolsChanges(t *testing.T) {
	t.Parallel()
	type change struct {
		name string
		ddl  map[string]string // engine -> statements, run as one Exec
		opts []migrate.Option
		// sqliteEdit, when set, makes the SQLite change a hand-made
		// rebuild of fp_book (SQLite's ALTER TABLE cannot do it) from
		// its CREATE TABLE text, edited.
		sqliteEdit func(createSQL string) string
	}
	changes := []change{
		{name: "drop table", ddl: map[string]string{
			"sqlite":   `DROP TABLE fp_book`,
			"postgres": `DROP TABLE fp_book`,
		}},
		{name: "drop index", opts: []migrate.Option{migrate.AllowUpdates()}, ddl: map[string]string{
			"sqlite":   `DROP INDEX idx_fp_author_name`,
			"postgres": `DROP INDEX idx_fp_author_name`,
		}},
		{name: "add column", opts: []migrate.Option{migrate.AllowDestructive()}, ddl: map[string]string{
			"sqlite":   `ALTER TABLE fp_author ADD COLUMN nickname TEXT`,
			"postgres": `ALTER TABLE fp_author ADD COLUMN nickname text`,
		}},
		{name: "rename column and back", ddl: map[string]string{
			// Net effect nil: the content is the same again, and the fast
			// path may rightly be taken.
			"sqlite":   `ALTER TABLE fp_book RENAME COLUMN pages TO p; ALTER TABLE fp_book RENAME COLUMN p TO pages`,
			"postgres": `ALTER TABLE fp_book RENAME COLUMN pages TO p; ALTER TABLE fp_book RENAME COLUMN p TO pages`,
		}},
		{name: "change default", opts: []migrate.Option{migrate.AllowUpdates()}, ddl: map[string]string{
			"postgres": `ALTER TABLE fp_book ALTER COLUMN title SET DEFAULT 'none'`,
		}, sqliteEdit: func(ddl string) string { return strings.Replace(ddl, "'untitled'", "'none'", 1) }},
		{name: "drop foreign key", opts: []migrate.Option{migrate.AllowUpdates()}, ddl: map[string]string{
			"postgres": `ALTER TABLE fp_book DROP CONSTRAINT fk_fp_book_author_id`,
		}, sqliteEdit: func(ddl string) string {
			return regexp.MustCompile(`,\s*CONSTRAINT "fk_fp_book_author_id" FOREIGN KEY [^\n]*`).ReplaceAllString(ddl, "")
		}},
	}
	for _, c := range changes {
		t.Run(strings.ReplaceAll(c.name, " ", "_"), func(t *testing.T) {
			t.Parallel()
			testdb.Each(t, func(t *testing.T, e testdb.Engine) {
				t.Parallel()
				ctx := context.Background()
				db := openFastPathDB(t, e)
				want := inspect(t, db)
				raw := testdb.Open(t, e.RawDriver, e.DSN)
				ddl := c.ddl[string(e.Name)]
				if e.Name == "sqlite" && c.sqliteEdit != nil {
					var create string
					if err := raw.QueryRowContext(ctx, `SELECT sql FROM sqlite_schema WHERE name = 'fp_book'`).Scan(&create); err != nil {
						t.Fatal(err)
					}
					edited := c.sqliteEdit(create)
					if edited == create {
						t.Fatalf("the edit changed nothing in %s", create)
					}
					ddl = strings.Replace(edited, `"fp_book"`, `"fp_book_new"`, 1) +
						`; INSERT INTO fp_book_new SELECT * FROM fp_book; DROP TABLE fp_book; ALTER TABLE fp_book_new RENAME TO fp_book`
				}
				if _, err := raw.ExecContext(ctx, ddl); err != nil {
					t.Fatalf("%s: %v", ddl, err)
				}
				if err := ferro.Migrate(db, fpModels, c.opts...); err != nil {
					t.Fatalf("Migrate after the change: %v", err)
				}
				sameSchema(t, "after Migrate", want, inspect(t, db))
				p, err := migrate.NewPlan(ctx, db, fpModels, migrate.AllowDestructive())
				if err != nil || !p.Empty() {
					t.Fatalf("the next plan is not empty: %v\n%v", err, p)
				}
			})
		})
	}
}

// fingerprinter is what both dialects' catalog side offers the migrator.
type fingerprinter interface {
	InspectFingerprint(ctx context.Context, q schema.ExecQuerier) (*schema.Schema, []byte, error)
	Fingerprint(ctx context.Context, q schema.ExecQuerier) ([]byte, error)
}

func dialectOf(e testdb.Engine) fingerprinter {
	if e.Name == "postgres" {
		return postgres.Dialect{}
	}
	return sqlite.Dialect{}
}

// The fingerprint is a function of the schema's content: Fingerprint and
// InspectFingerprint agree, two databases with the same tables have the same
// fingerprint, and every kind of change to what Inspect reads changes it.
func TestInspect_fingerprint(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		d := dialectOf(e)
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		fingerprint := func() []byte {
			t.Helper()
			s, fp, err := d.InspectFingerprint(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			fp2, err := d.Fingerprint(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(fp, fp2) {
				t.Fatalf("Fingerprint %x differs from InspectFingerprint %x", fp2, fp)
			}
			if s == nil || len(fp) != 32 {
				t.Fatalf("InspectFingerprint: schema %v, fingerprint %x", s, fp)
			}
			return fp
		}
		seen := map[string]string{string(fingerprint()): "empty"}
		if err := ferro.Migrate(db, fpModels); err != nil {
			t.Fatal(err)
		}
		base := fingerprint()
		seen[string(base)] = "models"

		other := testdb.Open(t, e.FerroDriver, freshDSN(t, e))
		if err := ferro.Migrate(other, fpModels); err != nil {
			t.Fatal(err)
		}
		if fp, err := d.Fingerprint(ctx, other); err != nil || !bytes.Equal(fp, base) {
			t.Fatalf("another database with the same tables: fingerprint %x (%v), want %x", fp, err, base)
		}

		steps := []struct{ name, sqlite, postgres string }{
			{"add column", `ALTER TABLE fp_author ADD COLUMN a1 TEXT`, `ALTER TABLE fp_author ADD COLUMN a1 text`},
			{"add nullable int column", `ALTER TABLE fp_author ADD COLUMN a2 INT`, `ALTER TABLE fp_author ADD COLUMN a2 int`},
			{"add index", `CREATE INDEX x1 ON fp_author (a1)`, `CREATE INDEX x1 ON fp_author (a1)`},
			{"make it unique", `DROP INDEX x1; CREATE UNIQUE INDEX x1 ON fp_author (a1)`, `DROP INDEX x1; CREATE UNIQUE INDEX x1 ON fp_author (a1)`},
			{"partial index", `DROP INDEX x1; CREATE UNIQUE INDEX x1 ON fp_author (a1) WHERE a2 > 0`, `DROP INDEX x1; CREATE UNIQUE INDEX x1 ON fp_author (a1) WHERE a2 > 0`},
			{"rename index", `DROP INDEX x1; CREATE UNIQUE INDEX x2 ON fp_author (a1) WHERE a2 > 0`, `ALTER INDEX x1 RENAME TO x2`},
			{"add view", `CREATE VIEW v1 AS SELECT id FROM fp_author`, `CREATE VIEW v1 AS SELECT id FROM fp_author`},
			{"add table", `CREATE TABLE t1 (id INTEGER PRIMARY KEY, b INT CHECK (b > 0))`, `CREATE TABLE t1 (id int PRIMARY KEY, b int CHECK (b > 0))`},
			{"change check", `DROP TABLE t1; CREATE TABLE t1 (id INTEGER PRIMARY KEY, b INT CHECK (b > 1))`, `ALTER TABLE t1 DROP CONSTRAINT t1_b_check; ALTER TABLE t1 ADD CONSTRAINT t1_b_check CHECK (b > 1)`},
			{"rename table", `ALTER TABLE t1 RENAME TO t2`, `ALTER TABLE t1 RENAME TO t2`},
			{"rename column", `ALTER TABLE t2 RENAME COLUMN b TO c`, `ALTER TABLE t2 RENAME COLUMN b TO c`},
			{"drop column", `ALTER TABLE fp_book DROP COLUMN pages`, `ALTER TABLE fp_book DROP COLUMN pages`},
		}
		if e.Name == "postgres" {
			steps = append(steps, []struct{ name, sqlite, postgres string }{
				{"change type", "", `ALTER TABLE t2 ALTER COLUMN c TYPE bigint`},
				{"set not null", "", `ALTER TABLE t2 ALTER COLUMN c SET NOT NULL`},
				{"set default", "", `ALTER TABLE t2 ALTER COLUMN c SET DEFAULT 7`},
				{"default calls a function", "", `CREATE FUNCTION fp_seven() RETURNS bigint LANGUAGE sql AS 'SELECT 7'; ALTER TABLE t2 ALTER COLUMN c SET DEFAULT fp_seven()`},
				{"that function renamed", "", `ALTER FUNCTION fp_seven() RENAME TO fp_seven2`},
				{"add foreign key", "", `ALTER TABLE t2 ADD CONSTRAINT t2_fk FOREIGN KEY (c) REFERENCES fp_author (id)`},
				{"foreign key action", "", `ALTER TABLE t2 DROP CONSTRAINT t2_fk; ALTER TABLE t2 ADD CONSTRAINT t2_fk FOREIGN KEY (c) REFERENCES fp_author (id) ON DELETE CASCADE`},
				{"unlogged", "", `ALTER TABLE t2 SET UNLOGGED`},
			}...)
		} else {
			steps = append(steps, []struct{ name, sqlite, postgres string }{
				{"add trigger", `CREATE TRIGGER tr1 AFTER INSERT ON t2 BEGIN SELECT 1; END`, ""},
				{"strict table", `CREATE TABLE t3 (id INTEGER PRIMARY KEY) STRICT`, ""},
				{"without rowid", `DROP TABLE t3; CREATE TABLE t3 (id INTEGER PRIMARY KEY) WITHOUT ROWID`, ""},
			}...)
		}
		for _, s := range steps {
			ddl := s.sqlite
			if e.Name == "postgres" {
				ddl = s.postgres
			}
			if _, err := db.ExecContext(ctx, ddl); err != nil {
				t.Fatalf("%s: %s: %v", s.name, ddl, err)
			}
			fp := fingerprint()
			if prev, ok := seen[string(fp)]; ok {
				t.Fatalf("after %q the fingerprint is the one of %q", s.name, prev)
			}
			seen[string(fp)] = s.name
		}
	})
}

// The fingerprint reads the same, whichever way the catalog is laid out
// on disk: a VACUUM (SQLite rewrites sqlite_schema and every root page) or
// a pool of other connections must not turn a no-op into a full run.
func TestInspect_fingerprintStable(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		d := dialectOf(e)
		db := openFastPathDB(t, e)
		before, err := d.Fingerprint(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		raw := testdb.Open(t, e.RawDriver, e.DSN)
		if _, err := raw.ExecContext(ctx, "VACUUM"); err != nil {
			t.Fatal(err)
		}
		after, err := d.Fingerprint(ctx, raw)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(before, after) {
			t.Fatalf("fingerprint changed across VACUUM and pools: %x -> %x", before, after)
		}
	})
}

// The fast path checks the models and options as the full path does: a
// DropTables naming a table a model describes is refused even when the
// schema is unchanged and remembered.
func TestMigrate_noopFastPathChecksOptions(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := openFastPathDB(t, e)
		err := ferro.Migrate(db, fpModels, migrate.AllowDestructive(), migrate.DropTables("fp_book"))
		if err == nil || !strings.Contains(err.Error(), "DropTables names table fp_book") {
			t.Fatalf("Migrate with DropTables(fp_book): %v, want the DropTables error", err)
		}
	})
}
