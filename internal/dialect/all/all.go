// Package all registers every engine ferro supports (each dialect package
// registers itself from init); packages that look engines up in the
// dialect registry import it. A new engine is one new package under
// internal/dialect plus one import line here.
package all

import (
	_ "github.com/ferrosql/ferro/internal/dialect/postgres" // registers "postgres"
	_ "github.com/ferrosql/ferro/internal/dialect/sqlite"   // registers "sqlite"
)
