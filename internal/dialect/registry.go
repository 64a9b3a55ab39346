package dialect

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"slices"
	"sync"
	"time"

	"github.com/ferrosql/ferro/internal/bind"
	"github.com/ferrosql/ferro/internal/sqltext"
	"github.com/ferrosql/ferro/schema"
)

// This file is engine identity, in one place: each engine package
// registers one Engine from its init function (internal/dialect/<name>/
// engine/engine.go: the dialect of internal/dialect/<name> joined with its
// database driver), and the driver wrapper, the catalog and the migrator
// look engines up here instead of switching over dialect names or matching
// package paths. A third engine is one new dialect package and its engine
// package that registers itself, imported by internal/dialect/all.

// Engine is everything ferro knows about one database engine.
type Engine struct {
	// Name is the dialect's name (schema.SQLite, schema.Postgres); the
	// wrapper registers its database/sql driver as "ferro-" + Name.
	Name schema.Dialect
	// Catalog renders and inspects schemas.
	Catalog Dialect
	// Migrator runs plans.
	Migrator Migrator
	// Conn is what the driver wrapper needs.
	Conn ConnHooks
	// Probe is a statement, sent with ExecContext and no arguments, that
	// succeeds only on a connection of this engine: catalog.Detect's test
	// for a connection whose driver does not say (a *sql.Conn, a *sql.Tx).
	Probe string
	// ProbeFirst is set when a failed statement aborts the engine's
	// transaction (PostgreSQL): Detect sends its probe before any other
	// engine's, which would fail there.
	ProbeFirst bool
	// QuestionMarks is set when the engine takes ? placeholders and binds
	// them faster than $N ones (SQLite resolves each $N by name, a lookup
	// that grows with the number of parameters); package relation then
	// writes its long IN lists with ?.
	QuestionMarks bool
}

// ConnHooks are the driver wrapper's hooks into the inner driver.
type ConnHooks struct {
	// IsDriver reports whether an inner driver.Driver is this engine's.
	IsDriver func(driver.Driver) bool
	// OpenConnector opens the inner connector for a DSN given to sql.Open;
	// keepAlive asks the wrapper to hold one connection open for the life
	// of the pool (a private in-memory SQLite database).
	OpenConnector func(dsn string) (inner driver.Connector, keepAlive bool, err error)
	// CheckDSN says what the driver cannot use in a DSN, quoting none of it
	// (see dsn.go).
	CheckDSN func(dsn string) error
	// DSNForm is how the driver reads a DSN, for redaction.
	DSNForm sqltext.Form
	// Renew drops every statement the inner connection caches; false when
	// it cannot run now.
	Renew func(context.Context, driver.Conn) (bool, error)
	// InTx reports the server-side transaction state when the driver
	// knows it.
	InTx func(driver.Conn) (inTx, known bool)
	// IsStalePlan reports the server saying a cached plan no longer fits.
	IsStalePlan func(error) bool
	// LostStatement reports, of a stale plan, the server saying that the
	// session has no prepared statement of the name sent: a stale plan
	// only when the connection reaches the server directly (see Proxied).
	// nil when the engine has no such error.
	LostStatement func(error) bool
	// Proxied reports whether c reaches its server session through a
	// proxy (a connection pooler), asking the server; known is false when
	// c cannot ask now. nil when the engine cannot tell.
	Proxied func(ctx context.Context, c driver.Conn) (proxied, known bool, err error)
	// SafeToRetry reports errors raised before anything reached the server.
	SafeToRetry func(error) bool
	// Reprepares is true when wrapped statements must be prepared again
	// after a renewal.
	Reprepares bool
	// Bind are the forms the wrapper writes arguments in where ferro's
	// differ from the driver's own (times, UUIDs, slices: see bind.Forms).
	Bind bind.Forms
	// Native returns, for the inner connection c, the predicate
	// bind.Forms.BindNative asks before writing a map or struct as JSON text:
	// true leaves the value to the driver, which has a codec for its Go
	// type on c (PostgreSQL: a type registered in the connection's pgx
	// type map). It is called once per connection, after the driver's own
	// connect hooks ran; the predicate is used by one goroutine at a time,
	// as c is. nil hook or nil result: the driver has no such codecs.
	Native func(c driver.Conn) func(v any) bool
	// Publish tells the other pools on the database that the schema
	// changed, inside c's transaction if any; false when c is not a
	// connection the engine can reach. nil when the engine has no channel
	// (SQLite: processes share the file).
	Publish func(ctx context.Context, c driver.Conn, origin string) (bool, error)
	// Watch follows the changes other pools publish, on the dedicated
	// connection c; probe publishes a payload from another session so that
	// Watch can prove delivery end to end. nil when Publish is nil.
	Watch func(ctx context.Context, c driver.Conn, probe func(ctx context.Context, payload string) error) (Watcher, error)
	// Probe publishes payload on c (the other session of Watch's probe).
	Probe func(ctx context.Context, c driver.Conn, payload string) error
	// InstallNotifier makes every DDL statement on the database behind
	// db, whoever runs it, publish the change as Publish does
	// (ferro.InstallSchemaNotifier); an error saying why not where the
	// engine has no such trigger or needs none.
	InstallNotifier func(ctx context.Context, db *sql.DB) error
	// CutTimeParam removes the DSN parameter that leaves time.Time
	// arguments to the driver (SQLite's _ferro_time=driver) and reports
	// it; nil when the engine writes every time the driver's way.
	CutTimeParam func(dsn string) (out string, driverTime bool, err error)
	// CutListenParam removes the listener's DSN parameter and reports its
	// value; nil when the engine has no listener.
	CutListenParam func(dsn string) (out string, on, set bool, err error)
	// Refused reads out of err, the error of a statement run on c with
	// args (prepared: through a statement c prepared), a value the engine
	// refused for the SQL type it was written to, naming what the engine
	// can tell; nil when err is no such refusal. It runs only on the error
	// path, and may ask c (one round trip) while c is usable.
	Refused func(ctx context.Context, c driver.Conn, query string, args []driver.NamedValue, prepared bool, err error) *Refusal
	// Setup prepares each new inner connection before the wrapper hands
	// it out (PostgreSQL: pgx's uuid encoder refuses a byte slice that is
	// not 16 bytes long); nil when the engine needs nothing.
	Setup func(c driver.Conn)
}

// Refusal is a value the engine refused for the SQL type it was written to
// (text that is not a UUID, or a byte slice that is not 16 bytes long,
// written to a uuid column or parameter).
type Refusal struct {
	// Type is the SQL type ("uuid").
	Type string
	// Table and Column are where the value went, when the engine says so
	// (SQLite: the failed CHECK names them).
	Table, Column string
	// Arg is the argument, when the engine can tell (PostgreSQL: the
	// statement's parameter types): its name, or its position from 1.
	// Value is that argument's value.
	Arg   string
	Value any
	// Reason says what is wrong with a value that is not text (a byte
	// slice): empty for text the engine cannot read as Type.
	Reason string
	// Unknown says why neither the argument nor the column could be told.
	Unknown string
}

// Watcher follows the schema changes other pools publish.
type Watcher interface {
	// Next blocks until the next change and returns its origin.
	Next(ctx context.Context) (origin string, err error)
	Close() error
}

// Migrator is what the migrator needs from an engine to plan and run a
// migration: the connection protocol (lock, transaction, checks) and the
// renderer of typed changes. Implementations are stateless. What the
// engine's ALTER TABLE can do is told by the optional capabilities below
// (TableRebuilder, ColumnAdder, ColumnDropper), which the planner finds by
// type assertion and follows: it never compares engine names.
type Migrator interface {
	Name() schema.Dialect
	// TypeChangeSQL spells the data checks of type changes.
	TypeChangeSQL() schema.TypeChangeSQL
	// Catalog is the dialect's rendering and introspection.
	Catalog() Dialect
	// Renderer returns the renderer of typed changes for the database q
	// reads (SQLite reads the live objects a rebuild keeps).
	Renderer(ctx context.Context, q schema.ExecQuerier) (ChangeRenderer, error)
	Prepare(ctx context.Context, conn *sql.Conn) (restore func(context.Context) error, err error)
	TryBegin(ctx context.Context, conn *sql.Conn, lockTimeout time.Duration) (ok bool, err error)
	LockName() string
	BeforeCommit(ctx context.Context, conn *sql.Conn) error
	Count(ctx context.Context, q interface {
		QueryRowContext(context.Context, string, ...any) *sql.Row
	}, query string) (int64, error)
	// RecordReader reads ferro's records of what it created (records.go),
	// by which the planner tells ferro's indexes and constraints from
	// other tools'.
	RecordReader
}

// ParentKeyFinder is implemented by the migrators of engines that find a
// foreign key's parent key anew each time they enforce the key (SQLite),
// rather than binding the key to one index when it is created
// (PostgreSQL, which then refuses to drop that index: Table.Dependents
// reports the binding). On such an engine, DDL that leaves a foreign key
// without a parent key succeeds, and enforcing the key fails later
// ("foreign key mismatch"); the planner refuses such a plan when it is
// made.
type ParentKeyFinder interface {
	// ParentKey finds, among tables, the table fk references, and
	// reports whether it has a key the engine enforces fk with. parent is
	// nil when tables hold no such table.
	ParentKey(tables []*schema.Table, fk *schema.ForeignKey) (parent *schema.Table, keyed bool)
}

// TableRebuilder is implemented by the migrators of engines whose ALTER
// TABLE makes only some changes of an existing table (SQLite), and that
// make the others by rebuilding it (schema.RebuildTable: the new shape
// created under another name, the rows copied, the old table dropped and
// the new one renamed). The planner asks it about each change of a table;
// when one needs the rebuild, one RebuildTable carries every change of
// that table. A migrator without it makes every change in place
// (PostgreSQL).
type TableRebuilder interface {
	// NeedsRebuild reports whether the engine makes c, a change of an
	// existing table, only by rebuilding the table. The planner asks
	// ColumnAdder and ColumnDropper instead about adding and dropping a
	// column, and rebuilds for them when the migrator lacks that
	// capability.
	NeedsRebuild(c schema.Change) bool
}

// ColumnAdder is implemented by the migrators of TableRebuilder engines
// whose ALTER TABLE ADD COLUMN adds some columns in place. Without it, a
// TableRebuilder engine adds every column by rebuilding the table.
type ColumnAdder interface {
	// CanAddColumn reports whether ALTER TABLE ADD COLUMN gives t, the
	// model's table, exactly the column c that CREATE TABLE declares for
	// it (SQLite: a nullable column or one with a default, in no key,
	// foreign key or check).
	CanAddColumn(t *schema.Table, c *schema.Column) bool
}

// ColumnDropper is implemented by the migrators of TableRebuilder engines
// whose ALTER TABLE DROP COLUMN drops some columns in place. Without it, a
// TableRebuilder engine drops every column by rebuilding the table.
type ColumnDropper interface {
	// CanDropColumn reports whether ALTER TABLE DROP COLUMN drops column
	// of the live table t once the plan dropped the columns gone (column
	// among them) and the indexes, foreign keys and checks on them
	// (SQLite: no key, foreign key, check, UNIQUE constraint or remaining
	// generated column uses it).
	CanDropColumn(t *schema.Table, column string, gone []string) bool
}

// StorageNoter is implemented by the migrators of engines whose catalog
// reads a live declaration of other storage as a type of the model's
// vocabulary (schema.Type.Declared: SQLite's NUMERIC(12,2) read as
// numeric(12,2)). The planner leaves such a column as it is and lists it
// in Plan.Kept, with the engine's note on what the declaration means for
// the values.
type StorageNoter interface {
	// StorageNote says how the engine stores the values of a column
	// declared as t.Declared(); "" when there is nothing to say.
	StorageNote(t schema.Type) string
}

var registry struct {
	sync.RWMutex
	engines []*Engine
}

// Register adds e; dialect packages call it from init. It panics on a
// duplicate name, like sql.Register.
func Register(e *Engine) {
	registry.Lock()
	defer registry.Unlock()
	if slices.ContainsFunc(registry.engines, func(x *Engine) bool { return x.Name == e.Name }) {
		panic("ferro: dialect " + string(e.Name) + " registered twice")
	}
	registry.engines = append(registry.engines, e)
}

// Lookup returns the engine named name.
func Lookup(name schema.Dialect) (*Engine, bool) {
	registry.RLock()
	defer registry.RUnlock()
	for _, e := range registry.engines {
		if e.Name == name {
			return e, true
		}
	}
	return nil, false
}

// Probes returns the registered engines in the order catalog.Detect probes
// them: those with ProbeFirst, then the others, each in registration order.
func Probes() []*Engine {
	out := Engines()
	slices.SortStableFunc(out, func(a, b *Engine) int {
		switch {
		case a.ProbeFirst == b.ProbeFirst:
			return 0
		case a.ProbeFirst:
			return -1
		}
		return 1
	})
	return out
}

// ForDriver returns the engine whose inner driver d is.
func ForDriver(d driver.Driver) (*Engine, bool) {
	registry.RLock()
	defer registry.RUnlock()
	for _, e := range registry.engines {
		if e.Conn.IsDriver(d) {
			return e, true
		}
	}
	return nil, false
}

// Engines returns the registered engines in registration order.
func Engines() []*Engine {
	registry.RLock()
	defer registry.RUnlock()
	return slices.Clone(registry.engines)
}
