package dialect

import (
	"fmt"
	"hash/fnv"
	"strings"
	"unicode/utf8"

	"github.com/ferrosql/ferro/schema"
)

// EnumCreator is implemented by dialects with native enum types
// (PostgreSQL): it renders the CREATE TYPE of e. A dialect without it
// stores a native enum column as text with an enum CHECK (ForDialect).
type EnumCreator interface {
	CreateEnum(e *schema.Enum) string
}

// ForDialect returns s as dialect d stores it. A dialect with native enums
// (an EnumCreator) stores s as it is. On one without them, each column of a
// native enum type becomes a text column with the enum CHECK a string enum
// gets (named ck_<table>_<column>, values the enum's labels), and Enums is
// nil: one model, both engines. s is not modified; the result shares the
// parts that do not change.
func ForDialect(d Dialect, s *schema.Schema) *schema.Schema {
	if _, native := d.(EnumCreator); native || !usesEnums(s) {
		return s
	}
	out := &schema.Schema{Views: s.Views}
	for _, t := range s.Tables {
		nt := t
		for i, c := range t.Columns {
			if c.Type.Kind != schema.KindEnum {
				continue
			}
			if nt == t {
				cp := *t
				cp.Columns = append([]*schema.Column(nil), t.Columns...)
				cp.Checks = append([]*schema.Check(nil), t.Checks...)
				nt = &cp
			}
			nc := *c
			nc.Type = schema.Type{Kind: schema.KindText}
			nt.Columns[i] = &nc
			var vals []string
			if e, ok := s.Enum(c.Type.Raw); ok {
				vals = e.Values
			}
			nt.Checks = append(nt.Checks, &schema.Check{Name: enumCheckName(t.Name, c.Name), Column: c.Name, Values: vals})
		}
		if nt != t {
			nt.Sort()
		}
		out.Tables = append(out.Tables, nt)
	}
	return out
}

// enumCheckName is the name FromModels gives a string enum's CHECK.
func enumCheckName(table, column string) string { return ConstraintName(PrefixCheck, table, column) }

// FitName returns a generated name that fits MaxIdentLen: full when it
// fits, else its start and an FNV-32a hash of it ([ConstraintName]).
func FitName(full string) string {
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

func usesEnums(s *schema.Schema) bool {
	if len(s.Enums) > 0 {
		return true
	}
	for _, t := range s.Tables {
		for _, c := range t.Columns {
			if c.Type.Kind == schema.KindEnum {
				return true
			}
		}
	}
	return false
}

// EnumLabels renders labels as a SQL list: ('a', 'b').
func EnumLabels(labels []string) string {
	q := make([]string, len(labels))
	for i, l := range labels {
		q[i] = QuoteString(l)
	}
	return "(" + strings.Join(q, ", ") + ")"
}
