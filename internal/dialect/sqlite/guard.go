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
func (Renderer) GuardSQL(table, column, count, reason string) []string {
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

// RebuildGuards renders the checks a migration file that rebuilds table
// needs when another tool runs it, as GuardSQL statements. before fails when
// foreign keys are on: inside the file's transaction PRAGMA foreign_keys
// cannot be switched off, and with them on the rebuild's DROP TABLE deletes
// the rows, cascading to (or failing on) the rows that reference them.
// after fails, like PRAGMA foreign_key_check, when a row references a
// missing parent; it goes at the end of the file, after every rebuild.
func (r Renderer) RebuildGuards(table string) (before, after []string) {
	before = r.GuardSQL(table, "", "SELECT foreign_keys FROM pragma_foreign_keys",
		"the migration rebuilds the table, which is only safe with foreign keys off, and PRAGMA foreign_keys is on; "+
			"run the file on a connection without foreign keys (golang-migrate's sqlite driver leaves them off unless the URL enables them)")
	after = r.GuardSQL(table, "", "SELECT count(*) FROM pragma_foreign_key_check",
		"after the rebuild, rows reference a missing parent row (PRAGMA foreign_key_check lists them); fix the data or the fk= tags")
	return before, after
}

var (
	_ dialect.GuardWriter    = Renderer{}
	_ dialect.RebuildGuarder = Renderer{}
)
