package interop_test

import (
	"context"
	"database/sql"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
	gomigrate "github.com/golang-migrate/migrate/v4"
	_ "github.com/golang-migrate/migrate/v4/database/pgx/v5" // registers "pgx5"
	_ "github.com/golang-migrate/migrate/v4/database/sqlite" // registers "sqlite" (modernc)
	_ "github.com/golang-migrate/migrate/v4/source/file"     // registers "file"
)

// This file runs golang-migrate as a library on the files ferro exports:
// the consumer of Plan.WriteMigration, the way a team runs them in CI or in
// production (https://github.com/golang-migrate/migrate).

// migrationsTable is the table golang-migrate keeps its version in; it is
// not part of the compared schema.
const migrationsTable = "schema_migrations"

// quiet keeps the reference migrations' progress out of the test output.
var quiet = migrate.WithLogger(slog.New(slog.DiscardHandler))

// target is one database that golang-migrate migrates.
type target struct {
	e testdb.Engine
	// url is the golang-migrate database URL.
	url string
	// db reads the database (raw driver) for comparisons and seeds.
	db *sql.DB
}

// newTarget makes an empty database of e's engine for golang-migrate.
func newTarget(t *testing.T, engine string) target {
	t.Helper()
	var e testdb.Engine
	var url string
	switch engine {
	case "sqlite":
		e = testdb.SQLite(t)
		url = "sqlite://" + strings.TrimPrefix(e.DSN, "file:")
	case "postgres":
		e = testdb.Postgres(t)
		i := strings.Index(e.DSN, "://")
		if i < 0 {
			t.Fatalf("FERRO_TEST_POSTGRES_DSN must be a URL (postgres://...) for golang-migrate, got %q", e.DSN)
		}
		url = "pgx5" + e.DSN[i:]
	default:
		t.Fatalf("unknown engine %q", engine)
	}
	return target{e: e, url: url, db: testdb.Open(t, e.RawDriver, e.DSN)}
}

// migrateSteps runs golang-migrate's Steps(n) with the files in dir (n < 0
// runs down files) and returns its error.
func (g target) migrateSteps(t *testing.T, dir string, n int) error {
	t.Helper()
	m, err := gomigrate.New("file://"+dir, g.url)
	if err != nil {
		t.Fatalf("golang-migrate: open %s: %v", g.url, err)
	}
	defer func() {
		if se, de := m.Close(); se != nil || de != nil {
			t.Errorf("golang-migrate: close: %v %v", se, de)
		}
	}()
	return m.Steps(n)
}

// version returns golang-migrate's version and dirty flag.
func (g target) version(t *testing.T, dir string) (uint, bool) {
	t.Helper()
	m, err := gomigrate.New("file://"+dir, g.url)
	if err != nil {
		t.Fatalf("golang-migrate: open %s: %v", g.url, err)
	}
	defer m.Close()
	v, dirty, err := m.Version()
	if errors.Is(err, gomigrate.ErrNilVersion) {
		return 0, false
	}
	if err != nil {
		t.Fatalf("golang-migrate: version: %v", err)
	}
	return v, dirty
}

// inspect reads the schema of db without golang-migrate's own table.
func inspect(t *testing.T, db *sql.DB) *schema.Schema {
	t.Helper()
	s, err := catalog.Inspect(context.Background(), db)
	if err != nil {
		t.Fatalf("catalog.Inspect: %v", err)
	}
	s.Tables = slices.DeleteFunc(s.Tables, func(tb *schema.Table) bool { return tb.Name == migrationsTable })
	return s
}

// sameSchema fails the test when got differs from want, showing the
// migration files of dir.
func sameSchema(t *testing.T, what string, want, got *schema.Schema, dir string) {
	t.Helper()
	if m := schema.Mismatches(want, got); len(m) > 0 {
		t.Fatalf("%s: the database golang-migrate migrated differs from ferro's:\n  %s\n%s", what, strings.Join(m, "\n  "), files(dir))
	}
}

// columnsByName returns a copy of s whose columns are sorted by name: a
// down file that re-adds a dropped column adds it last (ALTER TABLE ADD
// COLUMN cannot place it), so after a down only the order may differ.
func columnsByName(s *schema.Schema) *schema.Schema {
	out := &schema.Schema{Views: s.Views}
	for _, t := range s.Tables {
		c := *t
		c.Columns = slices.Clone(t.Columns)
		slices.SortFunc(c.Columns, func(a, b *schema.Column) int { return strings.Compare(a.Name, b.Name) })
		out.Tables = append(out.Tables, &c)
	}
	return out
}

// files returns the migration files of dir, for failure messages.
func files(dir string) string {
	var b strings.Builder
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		text, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		b.WriteString("==== " + e.Name() + "\n")
		b.Write(text)
	}
	return b.String()
}

// exec runs statements on db.
func exec(t *testing.T, db *sql.DB, stmts ...string) {
	t.Helper()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// rows returns the rows of query as text, one line per row.
func rows(t *testing.T, db *sql.DB, query string) string {
	t.Helper()
	rs, err := db.Query(query)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	defer rs.Close()
	cols, _ := rs.Columns()
	var b strings.Builder
	for rs.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rs.Scan(ptrs...); err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		for i, v := range vals {
			if i > 0 {
				b.WriteString(" | ")
			}
			if v.Valid {
				b.WriteString(v.String)
			} else {
				b.WriteString("NULL")
			}
		}
		b.WriteByte('\n')
	}
	if err := rs.Err(); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return b.String()
}

// engines runs fn once per engine, like testdb.Each.
func engines(t *testing.T, fn func(t *testing.T, engine string)) {
	t.Helper()
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			fn(t, name)
		})
	}
}
