// Package toy is a third engine, for tests only: SQLite (the registered
// "sqlite" engine, modernc.org/sqlite) under another name and another
// database/sql driver, without one capability: its ALTER TABLE drops no
// column in place (its migrator is no dialect.ColumnDropper). It proves
// that an engine plugs in with one package and its import, and that the
// planner follows the engine's capabilities rather than its name: the toy
// drops a column by rebuilding the table, where SQLite drops it with ALTER
// TABLE, and plans everything else alike (TestToy_followsItsCapabilities).
// Nothing but its own test imports it.
//
// The engine is built from the registry alone (it imports no engine
// package): every capability it keeps is forwarded by a method of its
// own, and a capability it does not forward is one it does not have.
package toy

import (
	"context"
	"database/sql"
	"database/sql/driver"

	"github.com/ferrosql/ferro/internal/dialect"
	_ "github.com/ferrosql/ferro/internal/dialect/all" // registers "sqlite", which this engine is built from
	"github.com/ferrosql/ferro/schema"
)

// Name is the engine's name.
const Name schema.Dialect = "toy"

// DriverName is the database/sql name of the engine's raw driver.
const DriverName = "toy"

func init() {
	base, ok := dialect.Lookup(schema.SQLite)
	if !ok {
		panic("toy: the sqlite engine is not registered")
	}
	cat := catalog{base.Catalog}
	hooks := base.Conn
	hooks.IsDriver = func(d driver.Driver) bool {
		_, ok := d.(Driver)
		return ok
	}
	hooks.OpenConnector = func(dsn string) (driver.Connector, bool, error) {
		c, keepAlive, err := base.Conn.OpenConnector(dsn)
		if err != nil {
			return nil, false, err
		}
		return connector{c}, keepAlive, nil
	}
	dialect.Register(&dialect.Engine{
		Name:          Name,
		Catalog:       cat,
		Migrator:      migrator{base.Migrator, cat},
		Conn:          hooks,
		Probe:         base.Probe,
		ProbeFirst:    base.ProbeFirst,
		QuestionMarks: base.QuestionMarks,
	})
	sql.Register(DriverName, Driver{})
}

// catalog is SQLite's catalog dialect under the toy's name, with the
// capabilities it keeps: identifier folding, the expression lexer, the
// fingerprint of an inspection.
type catalog struct{ dialect.Dialect }

func (catalog) Name() schema.Dialect { return Name }

func (c catalog) FoldIdent(name string) string {
	return c.Dialect.(dialect.IdentFolder).FoldIdent(name)
}

func (c catalog) Lexicon() dialect.Lexicon { return c.Dialect.(dialect.ExprLexer).Lexicon() }

func (c catalog) InspectFingerprint(ctx context.Context, q schema.ExecQuerier) (*schema.Schema, []byte, error) {
	return c.Dialect.(interface {
		InspectFingerprint(context.Context, schema.ExecQuerier) (*schema.Schema, []byte, error)
	}).InspectFingerprint(ctx, q)
}

// migrator is SQLite's migrator with the toy's catalog and the
// capabilities it keeps: tables rebuilt for what ALTER TABLE cannot do,
// columns added in place, the storage note, the parent keys found anew,
// the fingerprint read outside the migration's transaction. It has no
// CanDropColumn: every dropped column rebuilds its table.
type migrator struct {
	dialect.Migrator
	cat catalog
}

func (migrator) Name() schema.Dialect { return Name }

func (m migrator) Catalog() dialect.Dialect { return m.cat }

func (m migrator) NeedsRebuild(c schema.Change) bool {
	return m.Migrator.(dialect.TableRebuilder).NeedsRebuild(c)
}

func (m migrator) CanAddColumn(t *schema.Table, c *schema.Column) bool {
	return m.Migrator.(dialect.ColumnAdder).CanAddColumn(t, c)
}

func (m migrator) StorageNote(t schema.Type) string {
	return m.Migrator.(dialect.StorageNoter).StorageNote(t)
}

func (m migrator) ParentKey(tables []*schema.Table, fk *schema.ForeignKey) (*schema.Table, bool) {
	return m.Migrator.(dialect.ParentKeyFinder).ParentKey(tables, fk)
}

func (m migrator) Fingerprint(ctx context.Context, conn *sql.Conn) ([]byte, error) {
	return m.Migrator.(interface {
		Fingerprint(context.Context, *sql.Conn) ([]byte, error)
	}).Fingerprint(ctx, conn)
}

// Driver is the toy's raw database/sql driver (DriverName): modernc's,
// told apart from it by its type.
type Driver struct{}

// Open opens one connection with a connector of its own.
func (d Driver) Open(dsn string) (driver.Conn, error) {
	c, err := d.OpenConnector(dsn)
	if err != nil {
		return nil, err
	}
	return c.Connect(context.Background())
}

// OpenConnector opens modernc's connector for dsn (with ferro's SQLite
// DSN defaults), under the toy's driver.
func (Driver) OpenConnector(dsn string) (driver.Connector, error) {
	base, _ := dialect.Lookup(schema.SQLite)
	c, _, err := base.Conn.OpenConnector(dsn)
	if err != nil {
		return nil, err
	}
	return connector{c}, nil
}

// connector is modernc's connector reporting the toy's driver.
type connector struct{ driver.Connector }

func (connector) Driver() driver.Driver { return Driver{} }

var (
	_ driver.DriverContext    = Driver{}
	_ dialect.IdentFolder     = catalog{}
	_ dialect.ExprLexer       = catalog{}
	_ dialect.TableRebuilder  = migrator{}
	_ dialect.ColumnAdder     = migrator{}
	_ dialect.StorageNoter    = migrator{}
	_ dialect.ParentKeyFinder = migrator{}
)
