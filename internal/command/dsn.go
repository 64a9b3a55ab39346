package command

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/ferrosql/ferro/internal/sqltext"
	"github.com/ferrosql/ferro/schema"
)

// Driver names ferro registers (the root package's DriverSQLite and
// DriverPostgres; this package must not import the root).
const (
	driverSQLite   = "ferro-sqlite"
	driverPostgres = "ferro-postgres"
)

// Target is a database named on the command line.
type Target struct {
	// DSN as given.
	DSN string
	// Driver is "ferro-sqlite" or "ferro-postgres".
	Driver string
	// Dialect is the engine (schema.SQLite or schema.Postgres).
	Dialect schema.Dialect
	// Path is the SQLite file, empty for Postgres and in-memory SQLite.
	Path string
}

// Name is the DSN with every secret replaced (sqltext.Redact).
func (t Target) Name() string { return sqltext.Redact(t.DSN) }

// ParseTarget tells the engine of dsn: a postgres:// or postgresql:// URL,
// or a libpq key=value string (host=... dbname=...), is PostgreSQL;
// anything else is a SQLite file path or file: URI.
func ParseTarget(dsn string) (Target, error) {
	t := Target{DSN: dsn}
	switch {
	case dsn == "":
		return t, errors.New("empty DSN: give a SQLite file path (app.db, file:app.db) or a postgres:// URL")
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"), isKeyValue(dsn):
		t.Driver, t.Dialect = driverPostgres, schema.Postgres
		return t, nil
	case strings.Contains(dsn, "://") && !strings.HasPrefix(dsn, "file:"):
		scheme, _, _ := strings.Cut(dsn, "://")
		return t, fmt.Errorf("DSN %s: scheme %q is not supported; use a postgres:// URL or a SQLite file path", t.Name(), scheme)
	}
	t.Driver, t.Dialect = driverSQLite, schema.SQLite
	name, query, _ := strings.Cut(strings.TrimPrefix(dsn, "file:"), "?")
	q, _ := url.ParseQuery(query)
	if name != "" && name != ":memory:" && q.Get("mode") != "memory" && q.Get("vfs") != "memdb" {
		t.Path = name
	}
	return t, nil
}

func isKeyValue(dsn string) bool {
	for _, f := range strings.Fields(dsn) {
		k, _, ok := strings.Cut(f, "=")
		if ok && (k == "host" || k == "dbname" || k == "user" || k == "port") {
			return true
		}
	}
	return false
}

// Open opens t through ferro's driver and checks the connection. mustExist
// refuses a SQLite path that is not an existing file (SQLite would create
// an empty database there).
func (t Target) Open(ctx context.Context, mustExist bool) (*sql.DB, error) {
	if !slices.Contains(sql.Drivers(), t.Driver) {
		return nil, fmt.Errorf("driver %q is not registered: the program must import github.com/ferrosql/ferro (import _ \"github.com/ferrosql/ferro\")", t.Driver)
	}
	if mustExist && t.Path != "" {
		st, err := os.Stat(t.Path)
		switch {
		case err != nil:
			return nil, fmt.Errorf("sqlite database %s: %v; give the path of an existing database file", t.Name(), scrub(err.Error(), t.DSN))
		case st.IsDir():
			return nil, fmt.Errorf("sqlite database %s is a directory; give the path of a database file", t.Name())
		}
	}
	db, err := sql.Open(t.Driver, t.DSN)
	if err != nil {
		return nil, fmt.Errorf("open %s: %s", t.Name(), scrub(err.Error(), t.DSN))
	}
	pctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := db.PingContext(pctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to %s: %s; check the DSN and that the server is up", t.Name(), scrub(err.Error(), t.DSN))
	}
	return db, nil
}

// scrub removes dsn and any password in it from msg, for messages from
// drivers that may quote the DSN.
func scrub(msg, dsn string) string {
	if dsn == "" {
		return msg
	}
	msg = strings.ReplaceAll(msg, dsn, sqltext.Redact(dsn))
	for _, s := range secrets(dsn) {
		forms := []string{s, url.QueryEscape(s), url.PathEscape(s)}
		if u, err := url.QueryUnescape(s); err == nil {
			forms = append(forms, u)
		}
		for _, f := range forms {
			if len(f) >= 3 {
				msg = strings.ReplaceAll(msg, f, "xxxxx")
			}
		}
	}
	return msg
}

// secrets returns the password-like values in dsn: URL userinfo
// passwords, and values Redact would hide.
func secrets(dsn string) []string {
	var out []string
	if u, err := url.Parse(dsn); err == nil && u.User != nil {
		if p, ok := u.User.Password(); ok {
			out = append(out, p)
		}
	}
	red := sqltext.Redact(dsn)
	// Whatever Redact replaced in dsn is a secret: walk both strings.
	i, j := 0, 0
	for i < len(dsn) && j < len(red) {
		if dsn[i] == red[j] {
			i++
			j++
			continue
		}
		if strings.HasPrefix(red[j:], "xxxxx") {
			rest := red[j+5:]
			end := len(dsn)
			if rest != "" {
				if k := strings.Index(dsn[i:], rest[:1]); k >= 0 {
					end = i + k
				}
			}
			out = append(out, dsn[i:end])
			i, j = end, j+5
			continue
		}
		break
	}
	return out
}
