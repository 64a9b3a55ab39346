package ferro

import (
	"log/slog"

	"github.com/ferrosql/ferro/schema"
)

// Option configures a connector made by [NewConnector] or [OpenDB].
type Option func(*config)

type config struct {
	dialect schema.Dialect
	logger  *slog.Logger
	name    string
	// listen, when listenSet, turns the fleet-epoch listener on or off.
	listen, listenSet bool
}

// WithDialect names the engine behind the inner connector. It is required
// only when ferro cannot detect it from the inner connector's driver (pgx's
// stdlib and modernc's sqlite are detected), for example for a go-sqlmock
// connection (ferro.WithDialect(schema.Postgres)). Default: detected.
func WithDialect(d schema.Dialect) Option {
	return func(c *config) { c.dialect = d }
}

// WithLogger sets the logger for schema-epoch bumps and stale-plan
// recoveries, which are logged at debug level with the database identity
// (see [WithName]); passwords never appear. Default: no logging.
func WithLogger(l *slog.Logger) Option {
	return func(c *config) { c.logger = l }
}

// WithName sets the database identity used in log lines and errors; it is
// passed through [Redact], so a DSN is safe here.
// Default: the redacted DSN for sql.Open, the dialect name for
// [NewConnector].
func WithName(name string) Option {
	return func(c *config) { c.name = Redact(name) }
}

// WithListen turns the fleet-epoch listener on or off (Postgres only). On,
// the *sql.DB keeps one extra connection that LISTENs for the schema
// changes other ferro pools publish (or, on a standby, reads the epoch
// table that ferro.InstallSchemaNotifier creates), and bumps its schema
// epoch at each, so its connections renew before their next statement
// instead of finding out by failing. sql.Open users set the DSN parameter
// ferro_listen=on instead.
//
// Default: off. Listening costs a server connection per *sql.DB and cannot
// work behind a connection pooler in transaction mode, while correctness
// does not depend on it: outside transactions ferro recovers from every
// stale plan by itself. Turn it on to spare transactions the
// ErrSchemaChanged rollback after another instance migrates (after fast
// DDL: a transaction already waiting behind the lock of a table-rewriting
// ALTER ... TYPE meets the new shape all the same, see docs/performance.md,
// "Fast DDL and table rewrites"), and (with InstallSchemaNotifier) to
// cover the changes no server error reveals.
// Where it cannot work (a transaction-mode pooler, a standby without the
// epoch table, an inner driver other than pgx) connections fail with an
// error that says so. NewConnector refuses it on SQLite.
func WithListen(on bool) Option {
	return func(c *config) { c.listen, c.listenSet = on, true }
}
