package dialect

import "github.com/ferrosql/ferro/schema"

// CreateOrder returns the tables of s so that each comes after the tables
// its foreign keys reference, keeping the schema's order otherwise (a
// depth-first walk in schema order; a cycle is broken where it is found).
// It is the one create order: catalog.Render and the migrator both use it.
// Native enum types (Schema.Enums) come before every table in both: Render
// writes their CREATE TYPE first, the planner's CreateEnum phase precedes
// table creation.
func CreateOrder(s *schema.Schema) []*schema.Table {
	state := map[string]int{} // 1 visiting, 2 done
	var out []*schema.Table
	var visit func(t *schema.Table)
	visit = func(t *schema.Table) {
		if state[t.Name] != 0 {
			return
		}
		state[t.Name] = 1
		for _, fk := range t.ForeignKeys {
			if rt, ok := s.Table(fk.RefTable); ok && rt != t {
				visit(rt)
			}
		}
		state[t.Name] = 2
		out = append(out, t)
	}
	for _, t := range s.Tables {
		visit(t)
	}
	return out
}
