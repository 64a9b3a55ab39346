package ferro

import (
	"log/slog"
)

// Option configures a connector made by [NewConnector] or [OpenDB].
type Option func(*config)

type config struct {
	dialect Dialect
	logger  *slog.Logger
	name    string
}

// WithDialect names the engine behind the inner connector. It is required
// only when ferro cannot detect it from the inner connector's driver (pgx's
// stdlib and modernc's sqlite are detected), for example for a go-sqlmock
// connection. Default: detected.
func WithDialect(d Dialect) Option {
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
