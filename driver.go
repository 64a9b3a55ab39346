package ferro

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/epoch"
	"github.com/ferrosql/ferro/internal/sqltext"
)

// The names ferro registers with database/sql.
const (
	DriverSQLite   = "ferro-sqlite"
	DriverPostgres = "ferro-postgres"
)

func init() {
	for _, e := range dialect.Engines() {
		sql.Register("ferro-"+string(e.Name), &registered{eng: wrap(e)})
	}
}

// registered is the driver.Driver ferro registers under each name. sql.Open
// uses its OpenConnector, so every *sql.DB gets its own connector and its
// own schema epoch.
type registered struct {
	eng *engine
}

var (
	_ driver.Driver        = (*registered)(nil)
	_ driver.DriverContext = (*registered)(nil)
)

// Open opens one connection with its own connector. database/sql never calls
// it (it uses OpenConnector); it exists for code that uses the driver
// directly. Such a connection has an epoch of its own.
func (r *registered) Open(dsn string) (driver.Conn, error) {
	c, err := r.OpenConnector(dsn)
	if err != nil {
		return nil, err
	}
	if c.(*connector).lst != nil {
		// Nothing would ever close the listener of a lone connection.
		return nil, errors.New("ferro: ferro_listen=on needs a *sql.DB (sql.Open), whose Close stops the listener; a connection opened through the driver directly cannot listen")
	}
	return c.Connect(context.Background())
}

// OpenConnector builds the inner driver's connector for dsn and wraps it.
func (r *registered) OpenConnector(dsn string) (driver.Connector, error) {
	// A DSN's check errors quote none of it; the DSN may not even be
	// redactable (a URL of another scheme read as key=value).
	red := sqltext.RedactDSN(dsn, r.eng.dsnForm)
	if err := r.eng.checkDSN(dsn); err != nil {
		return nil, fmt.Errorf("ferro: open %s connector: %w", r.eng.dialect, err)
	}
	cfg := config{dialect: r.eng.dialect, name: red.Text, logger: DefaultLogger()}
	if r.eng.cutListenParam != nil {
		var listen, set bool
		var err error
		if dsn, listen, set, err = r.eng.cutListenParam(dsn); err != nil {
			return nil, fmt.Errorf("ferro: open %s connector for %s: %w", r.eng.dialect, cfg.name, red.ParseError("the DSN does not parse", err))
		}
		cfg.listen, cfg.listenSet = listen, set
	}
	// _ferro_time (SQLiteTimeParam) is ferro's, not the inner driver's: the
	// engine that writes times as text removes it.
	var driverTime bool
	if r.eng.cutTimeParam != nil {
		var err error
		if dsn, driverTime, err = r.eng.cutTimeParam(dsn); err != nil {
			return nil, fmt.Errorf("ferro: open %s connector for %s: %w", r.eng.dialect, cfg.name, red.ParseError("the DSN does not parse", err))
		}
	}
	inner, memory, err := r.eng.open(dsn)
	if err != nil {
		return nil, fmt.Errorf("ferro: open %s connector for %s: %w", r.eng.dialect, cfg.name, red.ParseError("the DSN does not parse", err))
	}
	c, err := newConnector(inner, r.eng, cfg)
	if err != nil {
		return nil, err
	}
	c.keepAlive = memory
	c.dsn = red
	c.driverTime = driverTime
	return c, nil
}

// NewConnector wraps inner, a connector of a supported engine, so that the
// *sql.DB opened with sql.OpenDB(connector) gets ferro's schema epoch and
// value binding:
//
//	cfg, _ := pgx.ParseConfig(dsn)
//	cfg.DefaultQueryExecMode = pgx.QueryExecModeCacheStatement
//	db := sql.OpenDB(ferro.MustConnector(stdlib.GetConnector(*cfg)))
//
// The engine is detected from inner.Driver() for pgx's stdlib and modernc's
// sqlite; for any other driver (a go-sqlmock connection, say) pass
// [WithDialect]. The DSN defaults that sql.Open("ferro-sqlite", dsn) applies
// are not applied here: the inner connector is used as configured.
//
// NewConnector returns an error when the engine is unknown. The connector
// is safe for concurrent use; closing it (sql.DB.Close does) closes inner
// when inner implements io.Closer.
func NewConnector(inner driver.Connector, opts ...Option) (driver.Connector, error) {
	if inner == nil {
		return nil, errors.New("ferro: NewConnector: inner connector is nil")
	}
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	var eng *engine
	if cfg.dialect != "" {
		if eng = engineFor(cfg.dialect); eng == nil {
			return nil, fmt.Errorf("ferro: NewConnector: unknown dialect %q: use schema.SQLite or schema.Postgres", cfg.dialect)
		}
	} else if eng = detectEngine(inner.Driver()); eng == nil {
		return nil, fmt.Errorf("ferro: NewConnector: cannot tell the engine of driver %T: pass ferro.WithDialect(schema.SQLite) or ferro.WithDialect(schema.Postgres)", inner.Driver())
	}
	if cfg.name == "" {
		cfg.name = string(eng.dialect)
	}
	return newConnector(inner, eng, cfg)
}

// MustConnector is like [NewConnector] but panics on error. It is meant for
// program initialisation, where the engine is known.
func MustConnector(inner driver.Connector, opts ...Option) driver.Connector {
	c, err := NewConnector(inner, opts...)
	if err != nil {
		panic(err)
	}
	return c
}

// OpenDB is sql.OpenDB(NewConnector(inner, opts...)).
func OpenDB(inner driver.Connector, opts ...Option) (*sql.DB, error) {
	c, err := NewConnector(inner, opts...)
	if err != nil {
		return nil, err
	}
	return sql.OpenDB(c), nil
}

// connector wraps an inner connector and owns the schema epoch of the
// database behind it.
type connector struct {
	inner driver.Connector
	eng   *engine
	name  string
	log   *slog.Logger
	ep    epoch.Epoch
	drv   *connectorDriver
	// origin names this connector in the notifications it publishes, so
	// its listener can skip its own.
	origin string
	// lst follows other pools' schema changes when listening is on.
	lst *listener

	// keepAlive: the inner database lives only while a connection is open
	// (an in-memory SQLite database); one connection is held until Close.
	keepAlive bool
	keepMu    sync.Mutex
	// dsn is the redacted DSN of a connector opened by name: its secrets
	// are scrubbed from connection errors. nil for NewConnector.
	dsn    *sqltext.Redacted
	keeper driver.Conn
	closed bool

	// driverTime: SQLite time.Time arguments are left to modernc
	// (_ferro_time=driver, see SQLiteTimeParam).
	driverTime bool

	// proxy records whether the server sits behind a proxy (see viaProxy):
	// proxyUnknown until a lost prepared statement asks.
	proxy atomic.Int32
}

// Values of connector.proxy.
const (
	proxyUnknown = iota
	proxyNone
	proxyFound
)

var (
	_ driver.Connector = (*connector)(nil)
	_ io.Closer        = (*connector)(nil)
)

func newConnector(inner driver.Connector, eng *engine, cfg config) (*connector, error) {
	c := &connector{inner: inner, eng: eng, name: cfg.name, log: cfg.logger, origin: newOrigin()}
	c.drv = &connectorDriver{c: c}
	if cfg.listenSet && cfg.listen {
		if eng.watch == nil {
			return nil, fmt.Errorf("ferro: listening for schema changes is a Postgres feature; %s needs none (processes on one file see each other's DDL through SQLite itself): drop ferro_listen / WithListen", eng.dialect)
		}
		c.lst = &listener{c: c}
	}
	return c, nil
}

// Connect opens an inner connection and wraps it.
func (c *connector) Connect(ctx context.Context) (driver.Conn, error) {
	if c.keepAlive {
		if err := c.holdKeeper(ctx); err != nil {
			return nil, err
		}
	}
	if c.lst != nil {
		if err := c.lst.start(ctx); err != nil {
			return nil, err
		}
	}
	ic, err := c.inner.Connect(ctx)
	if err != nil {
		return nil, c.connectErr(err)
	}
	return c.wrap(ic), nil
}

// wrap prepares a new inner connection for the engine and wraps it.
func (c *connector) wrap(ic driver.Conn) *conn {
	if c.eng.setup != nil {
		c.eng.setup(ic)
	}
	return newConn(c, ic)
}

func (c *connector) holdKeeper(ctx context.Context) error {
	c.keepMu.Lock()
	defer c.keepMu.Unlock()
	if c.closed {
		return errors.New("ferro: connector is closed")
	}
	if c.keeper != nil {
		return nil
	}
	k, err := c.inner.Connect(ctx)
	if err != nil {
		return c.connectErr(err)
	}
	c.keeper = k
	return nil
}

// connectErr frees err of the DSN's secrets: the driver or the server may
// quote the DSN (a startup parameter it rejects, a SQLite pragma).
func (c *connector) connectErr(err error) error {
	if c.dsn == nil {
		return err
	}
	return c.dsn.Error("ferro: connect to "+c.name, err)
}

// viaProxy reports whether the connections of c reach the server through
// a proxy, asking the server once through ic or, when ic cannot ask now
// (a failed transaction), through a connection of its own; the answer holds
// for every connection of c, which all go to the same address.
func (c *connector) viaProxy(ctx context.Context, ic driver.Conn) (bool, error) {
	switch c.proxy.Load() {
	case proxyNone:
		return false, nil
	case proxyFound:
		return true, nil
	}
	if c.eng.proxied == nil {
		return false, nil
	}
	proxied, known, err := c.eng.proxied(ctx, ic)
	if err == nil && !known {
		var nc driver.Conn
		if nc, err = c.inner.Connect(ctx); err != nil {
			return false, c.connectErr(err)
		}
		defer nc.Close()
		proxied, known, err = c.eng.proxied(ctx, nc)
	}
	if err != nil || !known {
		return false, err
	}
	if proxied {
		c.proxy.Store(proxyFound)
	} else {
		c.proxy.Store(proxyNone)
	}
	return proxied, nil
}

// Driver returns a driver.Driver bound to this connector: (*sql.DB).Driver()
// reports it, and subpackages find the epoch through it.
func (c *connector) Driver() driver.Driver { return c.drv }

// Close stops the listener, if any, releases the in-memory keeper
// connection, if any, and closes the inner connector when it implements
// io.Closer.
func (c *connector) Close() error {
	c.keepMu.Lock()
	k := c.keeper
	c.keeper, c.closed = nil, true
	c.keepMu.Unlock()
	var errs []error
	if c.lst != nil {
		errs = append(errs, c.lst.close())
	}
	if k != nil {
		errs = append(errs, k.Close())
	}
	if cl, ok := c.inner.(io.Closer); ok {
		errs = append(errs, cl.Close())
	}
	return errors.Join(errs...)
}

// bump advances the epoch and logs why.
func (c *connector) bump(reason string) uint64 {
	v := c.ep.Bump()
	if c.log != nil {
		c.log.LogAttrs(context.Background(), slog.LevelDebug, "ferro: schema epoch bumped",
			slog.String("db", c.name), slog.String("dialect", string(c.eng.dialect)),
			slog.Uint64("epoch", v), slog.String("reason", reason))
	}
	return v
}

// connectorDriver is what (*sql.DB).Driver() returns for a ferro database.
type connectorDriver struct {
	c *connector
}

var (
	_ driver.Driver = (*connectorDriver)(nil)
	_ epoch.Source  = (*connectorDriver)(nil)
)

// Open opens a connection of the inner driver by name and wraps it with
// this connector's epoch. database/sql does not call it.
func (d *connectorDriver) Open(name string) (driver.Conn, error) {
	ic, err := d.c.inner.Driver().Open(name)
	if err != nil {
		return nil, err
	}
	return d.c.wrap(ic), nil
}

func (d *connectorDriver) SchemaEpoch() *epoch.Epoch { return &d.c.ep }

func (d *connectorDriver) BumpSchemaEpoch(reason string) uint64 { return d.c.bump(reason) }

func (d *connectorDriver) Dialect() string { return string(d.c.eng.dialect) }

// Announce implements epoch.Source: BumpSchemaEpoch and `ferro epoch bump`.
func (d *connectorDriver) Announce(ctx context.Context, db *sql.DB, reason string) (uint64, bool, error) {
	v := d.c.bump(reason)
	if d.c.eng.publish == nil || !d.c.eng.isDriver(d.c.inner.Driver()) {
		return v, false, nil
	}
	cn, err := db.Conn(ctx)
	if err != nil {
		return v, false, fmt.Errorf("ferro: get a connection of %s to publish the schema change: %w", d.c.name, err)
	}
	defer cn.Close()
	if err := cn.Raw(func(dc any) error { return dc.(*conn).publish(ctx) }); err != nil {
		return v, false, err
	}
	return v, true, nil
}
