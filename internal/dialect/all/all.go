// Package all registers every engine ferro supports (each engine package
// registers itself from init); packages that look engines up in the
// dialect registry import it. A new engine is one new dialect package
// under internal/dialect, its engine package (the driver glue that
// registers it), and one import line here.
package all

import (
	_ "github.com/ferrosql/ferro/internal/dialect/postgres/engine" // registers "postgres"
	_ "github.com/ferrosql/ferro/internal/dialect/sqlite/engine"   // registers "sqlite"
)
