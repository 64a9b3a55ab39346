package dialect

import (
	"database/sql/driver"
	"reflect"
	"strings"
)

// OfDriver names the dialect of a database/sql driver without any query:
// "sqlite" for modernc.org/sqlite, "postgres" for pgx's stdlib driver, the
// answer of a `Dialect() string` method (ferro's wrapper drivers) when it is
// one of those two, else "". It imports neither driver, so packages that
// only need the name (catalog.Detect, package relation) stay free of them.
//
// Registered engines (see Register) are asked first, by their IsDriver
// hooks; the package-path test below answers only in programs that
// register no engine (package relation alone imports no dialect package).
func OfDriver(d driver.Driver) string {
	if n, ok := d.(interface{ Dialect() string }); ok {
		name := n.Dialect()
		if _, known := Lookup(name); known || name == "sqlite" || name == "postgres" {
			return name
		}
	}
	if e, ok := ForDriver(d); ok {
		return e.Name
	}
	t := reflect.TypeOf(d)
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil {
		return ""
	}
	switch pkg := t.PkgPath(); {
	case pkg == "modernc.org/sqlite" || strings.HasPrefix(pkg, "modernc.org/sqlite/"):
		return "sqlite"
	case pkg == "github.com/jackc/pgx/v5/stdlib":
		return "postgres"
	}
	return ""
}
