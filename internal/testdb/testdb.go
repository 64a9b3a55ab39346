// Package testdb gives each test its own database on every engine ferro
// supports, and removes it when the test ends.
//
// # Engines
//
// SQLite is always available: each call to [SQLite] returns the DSN of a new
// database file in the test's temporary directory.
//
// PostgreSQL is reached through FERRO_TEST_POSTGRES_DSN (for example
// "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"). [Postgres]
// creates a schema with a unique name, returns a DSN whose search_path is
// that schema, and drops the schema (CASCADE) at cleanup. When the variable
// is unset the test is skipped with a message saying so, unless
// FERRO_REQUIRE_POSTGRES=1, in which case it fails: CI sets that, so Postgres
// tests can never be silently skipped there.
//
// Tests never depend on leftovers: every name is unique per call.
package testdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
	_ "modernc.org/sqlite"             // registers "sqlite"

	"github.com/ferrosql/ferro/schema"
)

// Environment variables read by this package.
const (
	EnvPostgresDSN     = "FERRO_TEST_POSTGRES_DSN"
	EnvRequirePostgres = "FERRO_REQUIRE_POSTGRES"
)

// Engine describes one database prepared for a test.
type Engine struct {
	// Name is the engine (schema.SQLite or schema.Postgres).
	Name schema.Dialect
	// DSN is passed unchanged to either the raw or the ferro driver.
	DSN string
	// RawDriver is the database/sql name of the unwrapped driver
	// ("sqlite" for modernc.org/sqlite, "pgx" for pgx/v5/stdlib).
	RawDriver string
	// FerroDriver is the name ferro registers for this engine.
	FerroDriver string
	// Schema is the Postgres schema created for the test; empty on SQLite.
	Schema string
}

// UniqueName returns prefix followed by 16 random hex digits; it is a valid
// unquoted identifier on every engine when prefix is one.
func UniqueName(prefix string) string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return prefix + hex.EncodeToString(b[:])
}

var uriPath = strings.NewReplacer("%", "%25", "#", "%23", "?", "%3f")

// SQLite returns an Engine backed by a new database file under t.TempDir().
func SQLite(t testing.TB) Engine {
	t.Helper()
	path := filepath.Join(t.TempDir(), UniqueName("ferro_")+".db")
	// t.TempDir carries the test's name, which may hold '#' (a repeated
	// subtest name gets "#01") or '?': in a file: URI they would cut the
	// path short and open a shared file elsewhere.
	return Engine{Name: schema.SQLite, DSN: "file:" + uriPath.Replace(path), RawDriver: "sqlite", FerroDriver: "ferro-sqlite"}
}

// PostgresAdminDSN returns FERRO_TEST_POSTGRES_DSN, skipping the test when it
// is unset (failing instead when FERRO_REQUIRE_POSTGRES=1).
func PostgresAdminDSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv(EnvPostgresDSN)
	if dsn == "" {
		if os.Getenv(EnvRequirePostgres) == "1" {
			t.Fatalf("testdb: %s is not set but %s=1: PostgreSQL tests must run", EnvPostgresDSN, EnvRequirePostgres)
		}
		t.Skipf("testdb: %s is not set; skipping PostgreSQL test (set it, e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable)", EnvPostgresDSN)
	}
	return dsn
}

// Postgres returns an Engine whose DSN points at a new, empty schema of the
// database named by FERRO_TEST_POSTGRES_DSN. The schema is dropped with
// everything in it when the test ends.
func Postgres(t testing.TB) Engine {
	t.Helper()
	admin := PostgresAdminDSN(t)
	schema := UniqueName("ferro_t_")
	adminScoped(t, admin, "schema "+schema, `CREATE SCHEMA "`+schema+`"`, `DROP SCHEMA "`+schema+`" CASCADE`, 30*time.Second, 30*time.Second)
	return Engine{Name: "postgres", DSN: WithSearchPath(admin, schema), RawDriver: "pgx", FerroDriver: "ferro-postgres", Schema: schema}
}

// adminScoped runs create on the admin connection now and drop when the
// test ends, each within its timeout; what names the object in errors.
func adminScoped(t testing.TB, admin, what, create, drop string, createTimeout, dropTimeout time.Duration) {
	t.Helper()
	run := func(query string, timeout time.Duration) error {
		db, err := sql.Open("pgx", admin)
		if err != nil {
			return err
		}
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		_, err = db.ExecContext(ctx, query)
		return err
	}
	if err := run(create, createTimeout); err != nil {
		t.Fatalf("testdb: create %s: %v", what, err)
	}
	t.Cleanup(func() {
		if err := run(drop, dropTimeout); err != nil {
			t.Errorf("testdb: drop %s: %v", what, err)
		}
	})
}

// WithSearchPath returns dsn (URL or key=value form) with search_path set to
// schema, replacing any search_path it had.
func WithSearchPath(dsn, schema string) string {
	if strings.Contains(dsn, "://") {
		u, err := url.Parse(dsn)
		if err != nil {
			panic("testdb: bad postgres URL: " + err.Error())
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return strings.TrimSpace(dsn) + " search_path=" + schema
}

// Each runs fn as a subtest once per engine: "sqlite" always, "postgres" as
// described for [Postgres].
func Each(t *testing.T, fn func(t *testing.T, e Engine)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, SQLite(t)) })
	t.Run("postgres", func(t *testing.T) { fn(t, Postgres(t)) })
}

// Open opens e with driverName and closes the pool when the test ends.
func Open(t testing.TB, driverName, dsn string) *sql.DB {
	t.Helper()
	db, err := sql.Open(driverName, dsn)
	if err != nil {
		t.Fatalf("testdb: sql.Open(%q): %v", driverName, err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// PostgresDatabase returns an Engine whose DSN points at a new, empty
// database on the server named by FERRO_TEST_POSTGRES_DSN, dropped (with
// its sessions) when the test ends. Use it instead of [Postgres] when the
// test depends on database-wide state that other tests running at the same
// time would disturb: NOTIFY channels, event triggers.
func PostgresDatabase(t testing.TB) Engine {
	t.Helper()
	admin := PostgresAdminDSN(t)
	name := UniqueName("ferro_d_")
	// DROP DATABASE waits for an immediate checkpoint, which on a busy
	// shared server can take minutes: prefer Postgres (a schema) unless the
	// test needs a database of its own.
	adminScoped(t, admin, "database "+name, `CREATE DATABASE "`+name+`"`, `DROP DATABASE "`+name+`" WITH (FORCE)`, 60*time.Second, 5*time.Minute)
	return Engine{Name: "postgres", DSN: WithDatabase(admin, name), RawDriver: "pgx", FerroDriver: "ferro-postgres"}
}

// WithDatabase returns dsn (URL or key=value form) naming database name.
func WithDatabase(dsn, name string) string {
	if strings.Contains(dsn, "://") {
		u, err := url.Parse(dsn)
		if err != nil {
			panic("testdb: bad postgres URL: " + err.Error())
		}
		u.Path = "/" + name
		return u.String()
	}
	return strings.TrimSpace(dsn) + " dbname=" + name
}
