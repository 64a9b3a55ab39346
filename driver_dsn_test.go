package ferro_test

import (
	"database/sql"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

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
