package dialect

import "strings"

// Name prefixes of the index and constraint names ferro generates.
const (
	PrefixIndex      = "idx"
	PrefixUnique     = "uq"
	PrefixForeignKey = "fk"
	PrefixCheck      = "ck"
	PrefixPrimaryKey = "pk"
)

// ConstraintName returns the deterministic name of an index or constraint:
// prefix_table_col1_col2... (pk_table for a primary key: pass no columns),
// fitted to MaxIdentLen by [FitName]: a longer name is cut, on a UTF-8
// boundary, to 54 bytes and suffixed with "_" and 8 hex digits of the
// FNV-1a hash of the full name, so it stays unique and is the same on every
// run and machine. docs/models.md ("Names") describes it for users.
func ConstraintName(prefix, table string, cols ...string) string {
	var b strings.Builder
	b.WriteString(prefix)
	b.WriteByte('_')
	b.WriteString(table)
	for _, c := range cols {
		b.WriteByte('_')
		b.WriteString(c)
	}
	return FitName(b.String())
}
