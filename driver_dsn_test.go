package ferro_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/jackc/pgx/v5/tracelog"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
)

// dsnErrorCase is a DSN that cannot be used, with the secrets it holds.
type dsnErrorCase struct {
	name    string
	driver  string
	dsn     string
	secrets []string
	want    string // a phrase the error must contain
}

// TestOpen_PostgresDSNErrorsQuoteNoSecret pins issue 13 defects 3 and 11:
// a DSN that cannot be used (it does not parse, it is a URL of another
// ecosystem, the server refuses a setting) must give an error, from
// sql.Open or from the first Ping, that quotes none of the DSN's secrets.
// Before the fix, pgx's parse error and the real server's startup error
// ("invalid configuration parameter name \"postgres+srv://app_user:supersecret@...\"")
// quoted them verbatim.
func TestOpen_PostgresDSNErrorsQuoteNoSecret(t *testing.T) {
	pg := testdb.Postgres(t)
	u, err := url.Parse(pg.DSN)
	require.NoError(t, err)
	hostPort, host, port := u.Host, u.Hostname(), u.Port()
	checkDSNErrors(t, []dsnErrorCase{
		{"pg_nul_garbage", ferro.DriverPostgres, "\x00garbage:S3cretPW", []string{"S3cretPW"},
			"cannot parse the DSN as libpq key=value settings"},
		{"pg_srv_scheme", ferro.DriverPostgres, "postgres+srv://app_user:supersecret@" + hostPort + "/app?access_token=topsecret",
			[]string{"supersecret", "topsecret", "app_user"}, `unsupported URL scheme "postgres+srv"`},
		{"pg_psycopg_scheme", ferro.DriverPostgres, "postgresql+psycopg://app_user:supersecret@" + hostPort + "/app",
			[]string{"supersecret", "app_user"}, `unsupported URL scheme "postgresql+psycopg"`},
		{"pg_url_space_in_password", ferro.DriverPostgres, "postgres://u:pa ss%zzword@" + hostPort + "/db",
			[]string{"pa ss", "ss%zz", "zzword"}, "cannot parse the DSN as a postgres:// URL"},
		{"pg_value_quoting_the_password", ferro.DriverPostgres,
			"host=" + host + " port=" + port + " user=postgres password=s3cretpw connect_timeout=s3cretpw",
			[]string{"s3cretpw"}, "connect_timeout"},
		{"pg_setting_name_not_a_parameter", ferro.DriverPostgres,
			"host=" + host + " port=" + port + " user=postgres dbname=test app_user:supersecret@h=1",
			[]string{"supersecret", "app_user"}, "not PostgreSQL parameter names"},
		// Only pgx's registration names go to pgx unread (issue 20).
		{"pg_registered_name_and_a_password", ferro.DriverPostgres, "registeredConnConfig7 password=S3cretPW",
			[]string{"S3cretPW"}, "cannot parse the DSN as libpq key=value settings"},
		{"pg_registered_name_of_a_password", ferro.DriverPostgres, "registeredConnConfigS3cretPW",
			[]string{"S3cretPW"}, "cannot parse the DSN as libpq key=value settings"},
		{"pg_server_quotes_the_password", ferro.DriverPostgres,
			"postgres://postgres:nosuchdb_s3cret@" + hostPort + "/nosuchdb_s3cret?sslmode=disable",
			[]string{"nosuchdb_s3cret", "s3cret"}, `database "xxxxx" does not exist`},
	})
}

// TestOpen_SQLiteDSNErrorsQuoteNoSecret is the SQLite side of issue 13
// defects 3 and 11: before the fix, SQLite's error on a broken key pragma
// quoted the key, and a URL of another ecosystem was taken for a file path.
func TestOpen_SQLiteDSNErrorsQuoteNoSecret(t *testing.T) {
	dir := t.TempDir()
	checkDSNErrors(t, []dsnErrorCase{
		{"sqlite_broken_key_pragma", ferro.DriverSQLite, "file:" + filepath.Join(dir, "a.db") + "?_pragma=key('abcsecret",
			[]string{"abcsecret"}, "unrecognized token"},
		{"sqlite_bad_escape_in_key", ferro.DriverSQLite, filepath.Join(dir, "b.db") + "?_pragma=key(%zzsecret)",
			[]string{"%zzsecret", "zzsecret", "%zz"}, "the DSN does not parse"},
		{"sqlite_srv_scheme", ferro.DriverSQLite, "postgres+srv://app_user:supersecret@host/app?access_token=topsecret",
			[]string{"supersecret", "topsecret", "app_user"}, `unsupported URL scheme "postgres+srv"`},
		{"sqlite_sqlalchemy_scheme", ferro.DriverSQLite, "sqlite:///" + filepath.Join(dir, "c.db"),
			[]string{dir}, `unsupported URL scheme "sqlite"`},
	})
}

func checkDSNErrors(t *testing.T, cases []dsnErrorCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			db, err := sql.Open(tc.driver, tc.dsn)
			if err == nil {
				err = db.Ping()
				require.NoError(t, db.Close())
			}
			require.Error(t, err)
			msg := err.Error()
			t.Log(msg)
			for _, s := range tc.secrets {
				assert.NotContains(t, msg, s, "the error quotes a secret of the DSN")
			}
			assert.Contains(t, msg, tc.want)
			assert.False(t, strings.ContainsRune(msg, 0), "the error carries a NUL byte of the DSN")
		})
	}
}

// traceLog records what pgx's tracelog logs.
type traceLog struct {
	mu   sync.Mutex
	logs []traceEntry
}

type traceEntry struct {
	msg  string
	data map[string]any
}

func (l *traceLog) Log(_ context.Context, _ tracelog.LogLevel, msg string, data map[string]any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.logs = append(l.logs, traceEntry{msg, data})
}

func (l *traceLog) last() traceEntry {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.logs) == 0 {
		return traceEntry{}
	}
	return l.logs[len(l.logs)-1]
}

// TestOpen_RegisterConnConfig pins issue 20 item 1, with pgx's own
// TestRegisterConnConfig (stdlib/sql_test.go): a pgx ConnConfig with a
// tracer and an AfterConnect hook, registered with
// stdlib.RegisterConnConfig, is opened by the name it returns
// ("registeredConnConfigN"), through sql.Open("ferro-postgres") as through
// sql.Open("pgx"), and through ferro.OpenDB with pgx's connector for that
// name. ferro read the name as a DSN (for its secret-redaction check) and
// refused it. pgx looks a name up in its registry at each connection and
// parses it as a DSN only when it is not registered; ferro now does the
// same, and a name that is not registered fails at the first connection,
// as it does through pgx.
func TestOpen_RegisterConnConfig(t *testing.T) {
	e := testdb.Postgres(t)
	cfg, err := pgx.ParseConfig(e.DSN)
	require.NoError(t, err)
	logger := &traceLog{}
	cfg.Tracer = &tracelog.TraceLog{Logger: logger, LogLevel: tracelog.LogLevelInfo}
	var connected atomic.Int64
	cfg.AfterConnect = func(context.Context, *pgconn.PgConn) error { connected.Add(1); return nil }

	// Issue 947 of pgx: a name is not reused after UnregisterConnConfig.
	first := stdlib.RegisterConnConfig(cfg)
	stdlib.UnregisterConnConfig(first)
	name := stdlib.RegisterConnConfig(cfg)
	defer stdlib.UnregisterConnConfig(name)
	require.NotEqual(t, first, name)
	require.True(t, strings.HasPrefix(name, "registeredConnConfig"), name)

	opens := []struct {
		name string
		open func() (*sql.DB, error)
	}{
		{"sql.Open pgx (raw)", func() (*sql.DB, error) { return sql.Open("pgx", name) }},
		{"sql.Open ferro-postgres", func() (*sql.DB, error) { return sql.Open(ferro.DriverPostgres, name) }},
		{"ferro.OpenDB, pgx's connector for the name", func() (*sql.DB, error) {
			c, err := stdlib.GetDefaultDriver().(driver.DriverContext).OpenConnector(name)
			if err != nil {
				return nil, err
			}
			return ferro.OpenDB(c)
		}},
		{"ferro.OpenDB, stdlib.GetConnector", func() (*sql.DB, error) { return ferro.OpenDB(stdlib.GetConnector(*cfg)) }},
	}
	for _, o := range opens {
		t.Run(o.name, func(t *testing.T) {
			before := connected.Load()
			db, err := o.open()
			require.NoError(t, err)
			defer db.Close()
			var n int64
			require.NoError(t, db.QueryRow("select 1").Scan(&n))
			assert.Equal(t, int64(1), n)
			l := logger.last()
			assert.Equal(t, "Query", l.msg)
			assert.Equal(t, "select 1", l.data["sql"])
			assert.Greater(t, connected.Load(), before, "AfterConnect ran")
		})
	}

	t.Run("a name not registered fails at the first connection, as through pgx", func(t *testing.T) {
		unknown := first // unregistered above
		for _, drv := range []string{"pgx", ferro.DriverPostgres} {
			db, err := sql.Open(drv, unknown)
			require.NoError(t, err, drv)
			err = db.Ping()
			require.Error(t, err, drv)
			assert.Contains(t, err.Error(), "failed to parse as keyword/value", drv)
			require.NoError(t, db.Close())
		}
	})
}
