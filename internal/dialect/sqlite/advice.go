package sqlite

import (
	"fmt"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
)

// This file holds the words ferro's tools (ferro gen) use for SQLite.

// RenameAdvice: SQLite renames neither an index nor a constraint; an index
// is created again under the new name, a constraint needs a rebuild.
func (Dialect) RenameAdvice(_, kind, _, to string) string {
	if kind == "index" || kind == "unique index" {
		return fmt.Sprintf("rename it first (drop it and CREATE %s %s with the same columns)", strings.ToUpper(kind), dialect.Quote(to))
	}
	return fmt.Sprintf("SQLite cannot rename a constraint: rebuild the table with CONSTRAINT %s (ferro names constraints; naming them in tags is not supported)", dialect.Quote(to))
}

// AutoIncrement is the rowid alias CreateTable declares.
func (Dialect) AutoIncrement() string { return "SQLite INTEGER PRIMARY KEY (the rowid alias)" }
