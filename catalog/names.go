package catalog

import (
	"fmt"
	"github.com/ferrosql/ferro/internal/dialect"
	"hash/fnv"
	"strings"
	"unicode/utf8"
)

// Name prefixes of generated constraint and index names.
const (
	PrefixIndex      = "idx"
	PrefixUnique     = "uq"
	PrefixForeignKey = "fk"
	PrefixCheck      = "ck"
	PrefixPrimaryKey = "pk"
)

// ConstraintName returns the deterministic name of an index or constraint:
// prefix_table_col1_col2... (pk_table for a primary key: pass no columns).
// A name longer than MaxIdentLen bytes is cut, on a UTF-8 boundary, to 54
// bytes and suffixed with "_" and 8 hex digits of the FNV-1a hash of the full
// name, so it stays unique and is the same on every run and machine.
func ConstraintName(prefix, table string, cols ...string) string {
	var b strings.Builder
	b.WriteString(prefix)
	b.WriteByte('_')
	b.WriteString(table)
	for _, c := range cols {
		b.WriteByte('_')
		b.WriteString(c)
	}
	return fitName(b.String())
}

func fitName(full string) string {
	if len(full) <= MaxIdentLen {
		return full
	}
	h := fnv.New32a()
	h.Write([]byte(full))
	cut := MaxIdentLen - 9
	for cut > 0 && !utf8.RuneStart(full[cut]) {
		cut--
	}
	return fmt.Sprintf("%s_%08x", full[:cut], h.Sum32())
}

func splitDefault(s string) (string, string) { return dialect.SplitLiteral(s) }
