package engine

import (
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/ferrosql/ferro/internal/sqltext"
)

// CheckDSN reports why pgx cannot connect with dsn, before any connection
// is tried, in words that quote nothing of dsn beyond what
// sqltext.RedactDSN(dsn, sqltext.Pgx) shows:
//
//   - a URL scheme pgx does not read (postgres+srv://, postgresql+psycopg://,
//     POSTGRES://): pgx would read the whole URL as one key=value setting
//     and send it to the server as a parameter name, which the server
//     quotes back in its error, password included;
//   - a DSN pgx cannot parse: pgx's reason, scrubbed of the DSN's secrets,
//     or only which form failed when the reason quotes part of one;
//   - a setting whose name is not a PostgreSQL parameter name (pgx sends
//     unknown settings to the server as run-time parameters).
//
// A name that stdlib.RegisterConnConfig returns is no DSN, and passes: see
// RegisteredName.
func CheckDSN(dsn string) error {
	if RegisteredName(dsn) {
		return nil
	}
	if scheme, ok := sqltext.URLScheme(dsn); ok && scheme != "postgres" && scheme != "postgresql" {
		return fmt.Errorf("unsupported URL scheme %q: ferro-postgres reads postgres:// and postgresql:// URLs (lower case) and libpq key=value settings; write the DSN as postgres://user:password@host:port/dbname?param=value", scheme)
	}
	form := "libpq key=value settings (it does not start with postgres:// or postgresql://)"
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		form = "a postgres:// URL"
	}
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		var pe *pgconn.ParseConfigError
		reason := err.Error()
		if errors.As(err, &pe) {
			// pgx's reason without the DSN pgx quotes in front of it.
			cp := *pe
			cp.ConnString = ""
			reason = strings.TrimPrefix(cp.Error(), "cannot parse ``: ")
		}
		what := "cannot parse the DSN as " + form
		return sqltext.RedactDSN(dsn, sqltext.Pgx).ParseError(what, fmt.Errorf("%s: %s", what, reason))
	}
	n := 0
	for name := range cfg.RuntimeParams {
		if !isParamName(name) {
			n++
		}
	}
	if n > 0 {
		return fmt.Errorf("cannot use the DSN as %s: %d setting name(s) that are not PostgreSQL parameter names (not quoted here: such a name is usually a misread URL or password); check the DSN's spelling", form, n)
	}
	return nil
}

// isParamName reports whether name is a PostgreSQL configuration parameter
// name: identifiers (letters, digits, '_', '$', not starting with a digit
// or '$') joined by '.', as the server requires of the names it accepts.
func isParamName(name string) bool {
	for _, part := range strings.Split(name, ".") {
		if part == "" || part[0] >= '0' && part[0] <= '9' || part[0] == '$' {
			return false
		}
		for i := 0; i < len(part); i++ {
			c := part[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$' || c >= 0x80) {
				return false
			}
		}
	}
	return true
}

// registeredPrefix is how pgx's stdlib names a registered ConnConfig: the
// prefix and a decimal sequence number (stdlib.RegisterConnConfig).
const registeredPrefix = "registeredConnConfig"

// RegisteredName reports whether dsn has the form of a name that
// stdlib.RegisterConnConfig returns ("registeredConnConfig" and a number).
// pgx's driver looks such a name up in its registry at each connection and
// parses it as a DSN only when no ConnConfig is registered under it (which
// then fails: it is no DSN). ferro hands it to pgx unread, so that it
// means what it means through sql.Open("pgx", name); it holds no secret to
// keep out of errors.
func RegisteredName(dsn string) bool {
	n, ok := strings.CutPrefix(dsn, registeredPrefix)
	if !ok || n == "" {
		return false
	}
	for i := 0; i < len(n); i++ {
		if n[i] < '0' || n[i] > '9' {
			return false
		}
	}
	return true
}
