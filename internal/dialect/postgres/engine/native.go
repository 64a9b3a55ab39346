package engine

import (
	"database/sql/driver"

	"github.com/jackc/pgx/v5/stdlib"
)

// This file tells the wrapper which maps and structs pgx encodes with a
// codec of its own on a connection, so that ferro does not write them as
// JSON text (bind.Forms.BindNative).

// Native returns the predicate for pgx connection c: true for a value
// whose Go type c's type map resolves to a PostgreSQL type
// (pgtype.Map.TypeForValue), which, for the maps and structs the
// predicate is asked about, means the application registered the Go type
// on the connection (Map.RegisterDefaultPgType, typically in an
// AfterConnect hook, e.g. a struct for a composite type): pgx's defaults
// register no map or struct outside its own packages, which ferro leaves
// to pgx anyway. pgx's generic fallbacks are not consulted: the JSON
// codec, which encodes any value for a json or jsonb parameter, and the
// struct wrapper, which encodes a struct for a composite parameter whose
// type the statement knows. The map is read when the predicate runs, so a
// type registered later on the connection counts too. nil for a connection
// that is not pgx's. The predicate must be used as c is, by one goroutine
// at a time (pgx builds its type lookup lazily).
func Native(c driver.Conn) func(v any) bool {
	pc, ok := c.(*stdlib.Conn)
	if !ok {
		return nil
	}
	m := pc.Conn().TypeMap()
	return func(v any) bool {
		_, ok := m.TypeForValue(v)
		return ok
	}
}
