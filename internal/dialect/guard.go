package dialect

import (
	"strings"

	"github.com/ferrosql/ferro/schema"
)

// GuardQuery renders g as one query returning the number of offending rows
// (for GuardDuplicate, of duplicated groups), with tc's spellings. It
// returns "" when g selects nothing on this dialect (a type change that
// only widens here).
func GuardQuery(tc schema.TypeChangeSQL, g *schema.Guard) string {
	from := "SELECT count(*) FROM " + Quote(g.Table)
	switch g.Kind {
	case schema.GuardRows:
		return from
	case schema.GuardNull:
		return from + " WHERE " + Quote(g.Columns[0]) + " IS NULL"
	case schema.GuardType:
		q := Quote(g.Columns[0])
		kind, pred := schema.Convert(tc, q, g.From, g.To)
		if kind != schema.ConvCheck {
			return ""
		}
		return from + " WHERE " + q + " IS NOT NULL AND " + pred
	case schema.GuardDuplicate:
		return "SELECT count(*) FROM (SELECT 1 FROM " + Quote(g.Table) + " WHERE " + notNullAll("", g.Columns) + " GROUP BY " + strings.Join(quoteAll(g.Columns), ", ") + " HAVING count(*) > 1) AS dup"
	case schema.GuardOrphan:
		q := from + " AS c WHERE " + notNullAll("c.", g.Columns)
		if g.ParentCreated {
			return q
		}
		on := make([]string, len(g.FK.Columns))
		for i := range g.FK.Columns {
			on[i] = "r." + Quote(g.FK.RefColumns[i]) + " = c." + Quote(g.FK.Columns[i])
		}
		return q + " AND NOT EXISTS (SELECT 1 FROM " + Quote(g.FK.RefTable) + " AS r WHERE " + strings.Join(on, " AND ") + ")"
	case schema.GuardCheck:
		return from + " WHERE NOT (" + g.Check.Condition() + ")"
	}
	return ""
}

func quoteAll(names []string) []string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = Quote(n)
	}
	return q
}

func notNullAll(prefix string, cols []string) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		parts[i] = prefix + Quote(c) + " IS NOT NULL"
	}
	return strings.Join(parts, " AND ")
}

// GuardWriter is the optional capability of a ChangeRenderer that writes
// data checks as statements that fail when a row would not survive
// (internal/dialect/<name>/guard.go): what an exported migration runs in
// place of the checks Apply makes itself.
type GuardWriter interface {
	GuardSQL(table, column, count, reason string) []string
}

// RebuildGuarder is the optional capability of a ChangeRenderer whose
// engine rebuilds tables: the checks a file that rebuilds needs before and
// after the rebuild.
type RebuildGuarder interface {
	RebuildGuards(table string) (before, after []string)
}
