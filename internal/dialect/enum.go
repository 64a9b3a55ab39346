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

// MonotonicKeys is implemented by dialects with a keyword that keeps a
// generated key from giving an id twice (SQLite's AUTOINCREMENT). A
// dialect without it stores a Monotonic key as a plain generated one
// (ForDialect): PostgreSQL's sequences never give an id twice anyway.
type MonotonicKeys interface{ MonotonicKeys() }

// DeclaredTypes is implemented by dialects that keep a column's declared
// type as it is written (SQLite: NUMERIC(8,2) is read as numeric(8,2)
// declared so). A dialect without it stores a model's declared type as
// the canonical type (ForDialect).
type DeclaredTypes interface{ DeclaredTypes() }

// ForDialect returns s as dialect d stores it. A dialect with native enums
// (an EnumCreator) stores s's enums as they are. On one without them, each
// column of a native enum type becomes a text column with the enum CHECK a
// string enum gets (named ck_<table>_<column>, values the enum's labels),
// and Enums is nil: one model, both engines. A dialect without
// MonotonicKeys stores a Monotonic key as a plain generated key (Monotonic
// false). s is not modified; the result shares the parts that do not
// change.
func ForDialect(d Dialect, s *schema.Schema) *schema.Schema {
	_, native := d.(EnumCreator)
	_, monotonic := d.(MonotonicKeys)
	_, declared := d.(DeclaredTypes)
	enums := !native && usesEnums(s)
	if !enums && (monotonic || !usesMonotonic(s)) && (declared || !usesDeclared(s)) {
		return s
	}
	out := *s
	out.Tables = nil
	if enums {
		out.Enums = nil
	}
	for _, t := range s.Tables {
		nt := t
		own := func() {
			if nt == t {
				cp := *t
				cp.Columns = append([]*schema.Column(nil), t.Columns...)
				cp.Checks = append([]*schema.Check(nil), t.Checks...)
				nt = &cp
			}
		}
		for i, c := range t.Columns {
			switch {
			case enums && c.Type.Kind == schema.KindEnum:
				own()
				nc := *c
				nc.Type = schema.Type{Kind: schema.KindText}
				nt.Columns[i] = &nc
				var vals []string
				if e, ok := s.Enum(c.Type.Raw); ok {
					vals = e.Values
				}
				nt.Checks = append(nt.Checks, &schema.Check{Name: enumCheckName(t.Name, c.Name), Column: c.Name, Values: vals})
			case !monotonic && c.Monotonic || !declared && c.Type.Declared() != "":
				own()
				nc := *c
				if !monotonic {
					nc.Monotonic = false
				}
				if !declared && c.Type.Declared() != "" {
					nc.Type.Raw = ""
				}
				nt.Columns[i] = &nc
			}
		}
		if nt != t {
			nt.Sort()
		}
		out.Tables = append(out.Tables, nt)
	}
	return &out
}

func usesDeclared(s *schema.Schema) bool {
	for _, t := range s.Tables {
		for _, c := range t.Columns {
			if c.Type.Declared() != "" {
				return true
			}
		}
	}
	return false
}

func usesMonotonic(s *schema.Schema) bool {
	for _, t := range s.Tables {
		for _, c := range t.Columns {
			if c.Monotonic {
				return true
			}
		}
	}
	return false
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
