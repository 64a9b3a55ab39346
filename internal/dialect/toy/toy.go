// Package toy is a third engine, for tests only: PostgreSQL (the
// registered "postgres" engine, pgx) under another name and another
// database/sql driver, without one capability: native enum types (its
// catalog dialect is no dialect.EnumCreator). It proves that an engine
// plugs in with one package and its import, and that ferro follows the
// engine's capabilities rather than its name: a native enum of a model is
// stored as text with the enum CHECK, as on an engine that has none
// (TestToy_followsItsCapabilities). Nothing but its own test imports it.
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
	_ "github.com/ferrosql/ferro/internal/dialect/all" // registers "postgres", which this engine is built from
	"github.com/ferrosql/ferro/schema"
)

// Name is the engine's name.
const Name schema.Dialect = "toy"

// DriverName is the database/sql name of the engine's raw driver.
const DriverName = "toy"

func init() {
	base, ok := dialect.Lookup(schema.Postgres)
	if !ok {
		panic("toy: the postgres engine is not registered")
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

// catalog is PostgreSQL's catalog dialect under the toy's name, with the
// capabilities it keeps: identifier folding, the expression lexer, foreign
// keys added after the tables, the fingerprint of an inspection. It has no
// CreateEnum: the toy has no native enum types.
type catalog struct{ dialect.Dialect }

func (catalog) Name() schema.Dialect { return Name }

func (c catalog) FoldIdent(name string) string {
	return c.Dialect.(dialect.IdentFolder).FoldIdent(name)
}

func (c catalog) Lexicon() dialect.Lexicon { return c.Dialect.(dialect.ExprLexer).Lexicon() }

func (c catalog) AddForeignKey(table string, fk *schema.ForeignKey) string {
	return c.Dialect.(dialect.ForeignKeyAdder).AddForeignKey(table, fk)
}

func (c catalog) InspectFingerprint(ctx context.Context, q schema.ExecQuerier) (*schema.Schema, []byte, error) {
	return c.Dialect.(interface {
		InspectFingerprint(context.Context, schema.ExecQuerier) (*schema.Schema, []byte, error)
	}).InspectFingerprint(ctx, q)
}

// migrator is PostgreSQL's migrator with the toy's catalog, keeping the
// fingerprint read outside the migration's transaction.
type migrator struct {
	dialect.Migrator
	cat catalog
}

func (migrator) Name() schema.Dialect { return Name }

func (m migrator) Catalog() dialect.Dialect { return m.cat }

func (m migrator) Fingerprint(ctx context.Context, conn *sql.Conn) ([]byte, error) {
	return m.Migrator.(interface {
		Fingerprint(context.Context, *sql.Conn) ([]byte, error)
	}).Fingerprint(ctx, conn)
}

// Driver is the toy's raw database/sql driver (DriverName): pgx's, told
// apart from it by its type.
type Driver struct{}

// Open opens one connection with a connector of its own.
func (d Driver) Open(dsn string) (driver.Conn, error) {
	c, err := d.OpenConnector(dsn)
	if err != nil {
		return nil, err
	}
	return c.Connect(context.Background())
}

// OpenConnector opens pgx's connector for dsn, under the toy's driver.
func (Driver) OpenConnector(dsn string) (driver.Connector, error) {
	base, _ := dialect.Lookup(schema.Postgres)
	c, _, err := base.Conn.OpenConnector(dsn)
	if err != nil {
		return nil, err
	}
	return connector{c}, nil
}

// connector is pgx's connector reporting the toy's driver.
type connector struct{ driver.Connector }

func (connector) Driver() driver.Driver { return Driver{} }

var (
	_ driver.DriverContext = Driver{}
	_ dialect.IdentFolder  = catalog{}
	_ dialect.ExprLexer    = catalog{}
)
