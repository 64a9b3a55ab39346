package catalog

import (
	"fmt"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// Render returns the statements that create s in an empty database of the
// dialect d (schema.SQLite or schema.Postgres): on Postgres first each native
// enum type (CREATE TYPE ... AS ENUM, by name), then per table, CREATE
// TABLE then its CREATE INDEX statements; SQLite stores a native enum
// column as text with an enum CHECK (see [ForDialect]). Tables come in the schema's order, except that a
// table is moved after the tables its foreign keys reference. On Postgres,
// keys that still point forward (a cycle) are added by ALTER TABLE after all
// tables; SQLite does not need that. Names the dialect takes for one (see
// [CheckNames]) are an error. The output is deterministic and every
// identifier is quoted.
func Render(s *schema.Schema, dialectName schema.Dialect) ([]string, error) {
	d, err := lookup(dialectName)
	if err != nil {
		return nil, err
	}
	if err := CheckNames(s, dialectName); err != nil {
		return nil, err
	}
	s = dialect.ForDialect(d, s)
	adder, deferFKs := d.(dialect.ForeignKeyAdder)
	var out, late []string
	if ec, ok := d.(dialect.EnumCreator); ok {
		for _, e := range s.Enums {
			out = append(out, ec.CreateEnum(e))
		}
	}
	created := map[string]bool{}
	for _, t := range dialect.CreateOrder(s) {
		tt := t
		if deferFKs {
			var now []*schema.ForeignKey
			for _, fk := range t.ForeignKeys {
				if fk.RefTable == t.Name || created[fk.RefTable] {
					now = append(now, fk)
				} else {
					late = append(late, adder.AddForeignKey(t.Name, fk))
				}
			}
			if len(now) != len(t.ForeignKeys) {
				cp := *t
				cp.ForeignKeys = now
				tt = &cp
			}
		}
		stmts, err := d.CreateTable(tt)
		if err != nil {
			return nil, fmt.Errorf("ferro/catalog: render table %q for %s: %w", t.Name, dialectName, err)
		}
		out = append(out, stmts...)
		created[t.Name] = true
	}
	return append(out, late...), nil
}
