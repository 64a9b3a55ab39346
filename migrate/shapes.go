package migrate

import (
	"slices"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// shapes follows the shape of every table while the changes of a migration
// file run, so that a down file can turn an inverse that ALTER TABLE cannot
// make (on a dialect that does not alter in place) into a rebuild of the
// table as it is at that point. A table is cloned before it changes: the
// schema objects of a plan are shared and never modified.
type shapes map[string]*schema.Table

func newShapes(s *schema.Schema) shapes {
	m := shapes{}
	if s != nil {
		for _, t := range s.Tables {
			m[t.Name] = t
		}
	}
	return m
}

// clone returns a copy that changes without changing m.
func (m shapes) clone() shapes {
	c := make(shapes, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// edit returns a clone of table name, stored in place of the original.
func (m shapes) edit(name string) *schema.Table {
	t, ok := m[name]
	if !ok {
		t = &schema.Table{Name: name}
	}
	t = cloneTable(t)
	m[name] = t
	return t
}

// apply makes c on the tables; lx rewrites the expressions that use a
// renamed column, as the engine does.
func (m shapes) apply(lx dialect.Lexicon, c schema.Change) {
	switch c := c.(type) {
	case *schema.AddTable:
		m[c.T.Name] = c.T
	case *schema.DropTable:
		delete(m, c.T.Name)
	case *schema.RenameTable:
		t := m.edit(c.From)
		delete(m, c.From)
		t.Name = c.To
		m[c.To] = t
		m.references(func(fk *schema.ForeignKey) bool { return fk.RefTable == c.From }, func(fk *schema.ForeignKey) {
			fk.RefTable = c.To
		})
	case *schema.RebuildTable:
		m[c.To.Name] = c.To
	case *schema.CreateEnum, *schema.DropEnum, *schema.AddEnumValue: // no table changes
	case *schema.RenameColumn:
		renameColumn(lx, m.edit(c.Table), c.From, c.To)
		m.references(func(fk *schema.ForeignKey) bool {
			return fk.RefTable == c.Table && slices.Contains(fk.RefColumns, c.From)
		}, func(fk *schema.ForeignKey) {
			fk.RefColumns = slices.Clone(fk.RefColumns)
			fk.RefColumns[slices.Index(fk.RefColumns, c.From)] = c.To
		})
	default:
		applyChange(m.edit(schema.TableOf(c)), c)
	}
}

// references changes, in copies, the foreign keys of every table that
// match, as the engines make references follow a renamed table or column.
func (m shapes) references(match func(*schema.ForeignKey) bool, change func(*schema.ForeignKey)) {
	for name, t := range m {
		if !slices.ContainsFunc(t.ForeignKeys, match) {
			continue
		}
		t = m.edit(name)
		for i, fk := range t.ForeignKeys {
			if match(fk) {
				nf := *fk
				change(&nf)
				t.ForeignKeys[i] = &nf
			}
		}
	}
}
