// Package epoch holds the schema epoch counter shared by the ferro driver
// wrapper and the packages that run DDL through it (migrate).
//
// # Why an internal package
//
// Subpackages never import the root package ferro. They find the epoch of a
// *sql.DB by asserting [Source] on db.Driver(): every driver.Driver value
// handed out by a ferro connector implements it.
package epoch

import (
	"context"
	"database/sql"
	"errors"
	"sync/atomic"
)

// ErrNotFerro is the one value behind ferro.ErrNotFerro and
// migrate.ErrNotFerro, so that errors.Is holds for either, whichever
// package's function returned it. Each package wraps it in a message saying
// how to open the database through ferro.
var ErrNotFerro = errors.New("ferro: the *sql.DB was not opened through ferro")

// Epoch is a monotonically increasing schema version for one database (one
// ferro connector). The zero value is ready to use and starts at 1 after the
// first Bump; connections remember the value they last synchronised with and
// renew their caches when it differs. Safe for concurrent use.
type Epoch struct {
	v atomic.Uint64
}

// Load returns the current value. It is one atomic load.
func (e *Epoch) Load() uint64 { return e.v.Load() }

// Bump advances the epoch and returns the new value.
func (e *Epoch) Bump() uint64 { return e.v.Add(1) }

// Source is implemented by the driver.Driver of every *sql.DB opened through
// ferro (sql.Open("ferro-...") or sql.OpenDB(ferro.NewConnector(...))).
type Source interface {
	// SchemaEpoch returns the epoch of the database behind the driver.
	SchemaEpoch() *Epoch
	// BumpSchemaEpoch advances the epoch and logs why (reason is a short
	// phrase such as "migrate apply").
	BumpSchemaEpoch(reason string) uint64
	// Dialect returns "sqlite" or "postgres".
	Dialect() string
	// Announce advances the epoch of db (whose driver this is) and tells
	// every other ferro pool on the same database to renew, on engines that
	// can (Postgres: the fleet epoch's notification); published is false
	// where the engine has no channel (SQLite).
	Announce(ctx context.Context, db *sql.DB, reason string) (v uint64, published bool, err error)
}
