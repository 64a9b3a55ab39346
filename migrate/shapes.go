package migrate

import (
	"slices"

	"github.com/ferrosql/ferro/internal/dialect"
)

// shapes follows the shape of every table while the changes of a migration
// file run, so that a down file can turn an inverse that ALTER TABLE cannot
// make (on a dialect that does not alter in place) into a rebuild of the
// table as it is at that point. A table is cloned before it changes: the
// schema objects of a plan are shared and never modified.
type shapes map[string]*dialect.Table

func newShapes(s *dialect.Schema) shapes {
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
func (m shapes) edit(name string) *dialect.Table {
	t, ok := m[name]
	if !ok {
		t = &dialect.Table{Name: name}
	}
	t = cloneTable(t)
	m[name] = t
	return t
}

// apply makes c on the tables; lx rewrites the expressions that use a
// renamed column, as the engine does.
func (m shapes) apply(lx dialect.Lexicon, c Change) {
	switch c := c.(type) {
	case *AddTable:
		m[c.T.Name] = c.T
	case *DropTable:
		delete(m, c.T.Name)
	case *RenameTable:
		t := m.edit(c.From)
		delete(m, c.From)
		t.Name = c.To
		m[c.To] = t
		m.references(func(fk *dialect.ForeignKey) bool { return fk.RefTable == c.From }, func(fk *dialect.ForeignKey) {
			fk.RefTable = c.To
		})
	case *RebuildTable:
		m[c.To.Name] = c.To
	case *CreateEnum, *DropEnum, *AddEnumValue: // no table changes
	case *RenameColumn:
		renameColumn(lx, m.edit(c.Table), c.From, c.To)
		m.references(func(fk *dialect.ForeignKey) bool {
			return fk.RefTable == c.Table && slices.Contains(fk.RefColumns, c.From)
		}, func(fk *dialect.ForeignKey) {
			fk.RefColumns = slices.Clone(fk.RefColumns)
			fk.RefColumns[slices.Index(fk.RefColumns, c.From)] = c.To
		})
	default:
		applyChange(m.edit(dialect.TableOf(c)), c)
	}
}

// references changes, in copies, the foreign keys of every table that
// match, as the engines make references follow a renamed table or column.
func (m shapes) references(match func(*dialect.ForeignKey) bool, change func(*dialect.ForeignKey)) {
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
