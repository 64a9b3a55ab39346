package ferro

import (
	"log/slog"
	"sync/atomic"
)

var defaultLogger atomic.Pointer[slog.Logger]

// SetDefaultLogger sets the logger of every *sql.DB opened afterwards with
// sql.Open("ferro-sqlite", dsn) or sql.Open("ferro-postgres", dsn), which
// take no options: schema-epoch bumps and stale-plan recoveries are logged
// at debug level, as with [WithLogger], with the redacted DSN as the
// database identity. Call it once at program start, before sql.Open; a
// *sql.DB keeps the logger it was opened with. nil (the default) turns
// logging off for databases opened afterwards. Connectors made by
// [NewConnector] or [OpenDB] use [WithLogger] instead.
//
// SetDefaultLogger is safe for concurrent use.
func SetDefaultLogger(l *slog.Logger) { defaultLogger.Store(l) }

// DefaultLogger returns the logger set by SetDefaultLogger, or nil.
func DefaultLogger() *slog.Logger { return defaultLogger.Load() }
