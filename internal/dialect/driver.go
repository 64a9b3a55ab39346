package dialect

import (
	"database/sql/driver"

	"github.com/ferrosql/ferro/schema"
)

// OfDriver names the dialect of a database/sql driver without any query,
// from the registry alone: the answer of a `Dialect() string` method
// (ferro's wrapper drivers, or any driver that names its dialect) when an
// engine is registered under it, else the registered engine whose IsDriver
// hook recognises d, else "". It links no driver, so packages that only
// need the name (catalog.Detect, package relation) stay free of them; in a
// program that registers no engine (package relation alone imports none)
// it names nothing.
func OfDriver(d driver.Driver) schema.Dialect {
	if e, ok := EngineOf(d); ok {
		return e.Name
	}
	return ""
}

// EngineOf is [OfDriver]'s engine.
func EngineOf(d driver.Driver) (*Engine, bool) {
	if n, ok := d.(interface{ Dialect() string }); ok {
		if e, known := Lookup(schema.Dialect(n.Dialect())); known {
			return e, true
		}
	}
	return ForDriver(d)
}
