package sqlite

import (
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
)

// guardTable is the temporary table a guard inserts its count into.
const guardTable = `temp."_ferro_guard"`

// GuardSQL renders a data check for a migration file that another tool runs:
// statements that fail with "CHECK constraint failed: ferro/migrate:
// <table>.<column>: <reason>" when count, a query returning one integer (the
// rows that would not survive), returns more than zero, so the file's
// transaction aborts before the change runs (outside a transaction the
// temporary table stays until the next guard drops it). The count goes into a
// temporary table whose CHECK demands zero; the constraint's name is the
// message, since SQLite names the failing constraint in every version (a
// RAISE with a computed message needs SQLite 3.47). "%d" in reason is
// therefore written "one or more"; the count query is in the file next to
// the guard.
func (Migrator) GuardSQL(table, column, count, reason string) []string {
	where := table
	if column != "" {
		where += "." + column
	}
	msg := "ferro/migrate: " + where + ": " + strings.ReplaceAll(reason, "%d", "one or more")
	return []string{
		// A guard that failed outside a transaction leaves its table behind.
		"DROP TABLE IF EXISTS " + guardTable,
		"CREATE TEMP TABLE \"_ferro_guard\" (\"n\" INTEGER NOT NULL CONSTRAINT " + dialect.Quote(msg) + " CHECK (\"n\" = 0))",
		"INSERT INTO " + guardTable + " (\"n\") SELECT (" + count + ")",
		"DROP TABLE " + guardTable,
	}
}
