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
// # Topologies
//
// Some tests need more than one server: a primary with its hot standby
// ([Standby]), PgBouncer in transaction mode ([PgBouncer]), a server that has
// a locale ([Unavailable] for what else a test finds missing). Each is named
// by an environment variable; unset, the test is skipped with a message
// saying so, or fails when FERRO_REQUIRE_POSTGRES=1, as for [Postgres].
// .ci/run sets every one of them up and exports them.
//
// # Roles
//
// [AsRole] runs a test as an ordinary role (LOGIN, not a superuser) that
// owns the tables it creates, as an application's migrations do in
// production, instead of as the superuser of FERRO_TEST_POSTGRES_DSN.
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
	// EnvPrimaryDSN and EnvStandbyDSN name a primary and its streaming
	// hot standby (see [Standby]).
	EnvPrimaryDSN = "FERRO_TEST_POSTGRES_PRIMARY_DSN"
	EnvStandbyDSN = "FERRO_TEST_POSTGRES_STANDBY_DSN"
	// EnvPgBouncerDSN names a PgBouncer in pool_mode=transaction in front
	// of the server of FERRO_TEST_POSTGRES_DSN (see [PgBouncer]).
	EnvPgBouncerDSN = "FERRO_TEST_PGBOUNCER_DSN"
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

// Unavailable ends a PostgreSQL test that cannot run because what it needs
// is missing (why says what, and how to provide it): it is skipped, or it
// fails when FERRO_REQUIRE_POSTGRES=1, so that CI never skips it.
func Unavailable(t testing.TB, why string) {
	t.Helper()
	if os.Getenv(EnvRequirePostgres) == "1" {
		t.Fatalf("testdb: %s, but %s=1: this test must run (.ci/run sets up what it needs)", why, EnvRequirePostgres)
	}
	t.Skipf("testdb: %s; skipping", why)
}

// Standby returns the DSNs of a primary and its streaming hot standby,
// FERRO_TEST_POSTGRES_PRIMARY_DSN and FERRO_TEST_POSTGRES_STANDBY_DSN (see
// [Unavailable] when either is unset).
func Standby(t testing.TB) (primary, standby string) {
	t.Helper()
	primary, standby = os.Getenv(EnvPrimaryDSN), os.Getenv(EnvStandbyDSN)
	if primary == "" || standby == "" {
		Unavailable(t, EnvPrimaryDSN+" and "+EnvStandbyDSN+" (a primary and its hot standby) are not both set")
	}
	return primary, standby
}

// PgBouncer returns an Engine for a new, empty database of the server of
// FERRO_TEST_POSTGRES_DSN, as [PostgresDatabase], whose DSN reaches it
// through the PgBouncer in pool_mode=transaction that
// FERRO_TEST_PGBOUNCER_DSN names (see [Unavailable] when it is unset).
// The PgBouncer must route every database name to that server.
func PgBouncer(t testing.TB) Engine {
	t.Helper()
	bouncer := os.Getenv(EnvPgBouncerDSN)
	if bouncer == "" {
		Unavailable(t, EnvPgBouncerDSN+" (a PgBouncer in pool_mode=transaction) is not set")
	}
	e := PostgresDatabase(t)
	e.DSN = WithDatabase(bouncer, databaseOf(t, e.DSN))
	return e
}

func databaseOf(t testing.TB, dsn string) string {
	t.Helper()
	if strings.Contains(dsn, "://") {
		u, err := url.Parse(dsn)
		if err != nil {
			t.Fatalf("testdb: bad postgres URL: %v", err)
		}
		return strings.TrimPrefix(u.Path, "/")
	}
	name := ""
	for _, f := range strings.Fields(dsn) {
		if v, ok := strings.CutPrefix(f, "dbname="); ok {
			name = v
		}
	}
	return name
}

// AsRole returns e (a PostgreSQL engine made by [Postgres] or
// [PostgresDatabase], or on their server) with a DSN that logs in as a new
// role instead: LOGIN, not a superuser, allowed to create in e's database
// and schema (the public schema when e has none of its own), so that the
// tables the test creates are the role's, as an application's are in
// production. The role is dropped, with what it owns, when the test ends.
func AsRole(t testing.TB, e Engine) Engine {
	t.Helper()
	role := UniqueName("ferro_r_")
	schema := e.Schema
	if schema == "" {
		schema = "public"
	}
	db := databaseOf(t, e.DSN)
	adminScoped(t, e.DSN, "role "+role,
		`CREATE ROLE "`+role+`" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
		GRANT CREATE ON DATABASE "`+db+`" TO "`+role+`";
		GRANT ALL ON SCHEMA "`+schema+`" TO "`+role+`"`,
		`DROP OWNED BY "`+role+`"; DROP ROLE "`+role+`"`, 30*time.Second, 30*time.Second)
	e.DSN = WithUser(e.DSN, role)
	return e
}

// WithUser returns dsn (URL or key=value form) logging in as user, without
// a password.
func WithUser(dsn, user string) string {
	if strings.Contains(dsn, "://") {
		u, err := url.Parse(dsn)
		if err != nil {
			panic("testdb: bad postgres URL: " + err.Error())
		}
		u.User = url.User(user)
		return u.String()
	}
	return strings.TrimSpace(dsn) + " user=" + user
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
