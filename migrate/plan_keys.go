package migrate

import (
	"slices"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// The planner's part for keys: the primary key, which ferro never
// changes, and foreign keys, planned by the one helper for named objects
// (plan_named.go).

// keyKind: foreign keys are told apart as the engine does
// ([schema.ForeignKey.Is]: by name, or by definition when unnamed); one of
// ours whose name followed a rename is renamed when it is otherwise equal.
var keyKind = namedKind[*schema.ForeignKey]{
	of:   func(d *schema.TableDiff) *schema.SetDiff[*schema.ForeignKey] { return &d.ForeignKeys },
	live: func(t *schema.Table) []*schema.ForeignKey { return t.ForeignKeys },
	same: (*schema.ForeignKey).Is,
	ours: func(fk *schema.ForeignKey) bool { return ferroConstraint(fk.Name) },
	mentions: func(_ dialect.Lexicon, fk *schema.ForeignKey, columns ...string) bool {
		return slices.ContainsFunc(fk.Columns, func(c string) bool { return slices.Contains(columns, c) })
	},
	adopts:  func(w, h *schema.ForeignKey) bool { nw := *w; nw.Name = h.Name; return nw.Equal(h) },
	follows: func(w, y *schema.ForeignKey) bool { nw := *w; nw.Name = y.Name; return nw.Equal(y) },
	rename: func(tn string, y, w *schema.ForeignKey) (int, schema.Change) {
		return phRename, &schema.RenameConstraint{Table: tn, From: y.Name, To: w.Name}
	},
	add: func(s *schema.Schema, tn string, have *schema.Table, fk *schema.ForeignKey) schema.Change {
		return &schema.AddForeignKey{Table: tn, FK: fk, Guard: keyGuard(s, tn, have, fk)}
	},
	drop:     func(tn string, fk *schema.ForeignKey) schema.Change { return &schema.DropForeignKey{Table: tn, FK: fk} },
	addPhase: phFK,
	dropNeed: LevelUpdates,
	label:    func(fk *schema.ForeignKey) string { return "foreign key " + quoteOr(fk.Name, fk.Definition()) },
}

// ferroConstraint reports whether a constraint name is one ferro generates
// (pk_, fk_, ck_), so a rename of its table or column may rename it.
func ferroConstraint(name string) bool {
	return strings.HasPrefix(name, "pk_") || strings.HasPrefix(name, "fk_") || strings.HasPrefix(name, "ck_")
}

// keyGuard is the data check of adding fk to table tn (have: the live
// table, s the live schema): every row has its parent (none when a column
// of fk is new: it is filled with its default).
func keyGuard(s *schema.Schema, tn string, have *schema.Table, fk *schema.ForeignKey) *schema.Guard {
	if !liveColumns(have, fk.Columns) {
		return nil
	}
	_, exists := s.Table(fk.RefTable)
	return schema.ParentGuard(tn, fk, !exists)
}

// primaryKey refuses a change of the primary key's columns, and renames a
// key whose ferro name followed a table rename; false when the table is
// left as it is.
func (p *planner) primaryKey(tp *tablePlan) bool {
	d, want, have := tp.d, tp.want, tp.have
	if d.PrimaryKeyDiffers && !samePK(want.PrimaryKey, have.PrimaryKey) {
		p.blocker(LevelUpdates, tp.name, "", "primary key ("+strings.Join(pkCols(have), ", ")+") would change to ("+strings.Join(pkCols(want), ", ")+"); ferro never changes primary keys: "+versioned)
		return false
	}
	if d.PrimaryKeyDiffers && want.PrimaryKey != nil && have.PrimaryKey != nil && ferroConstraint(have.PrimaryKey.Name) && want.PrimaryKey.Name != "" {
		tp.put(phRename, LevelUpdates, &schema.RenameConstraint{Table: tp.name, From: have.PrimaryKey.Name, To: want.PrimaryKey.Name})
	}
	return true
}

func isPK(t *schema.Table, col string) bool {
	return t.PrimaryKey != nil && slices.Contains(t.PrimaryKey.Columns, col)
}

func pkCols(t *schema.Table) []string {
	if t.PrimaryKey == nil {
		return nil
	}
	return t.PrimaryKey.Columns
}

func samePK(a, b *schema.PrimaryKey) bool {
	if a == nil || b == nil {
		return a == b
	}
	return slices.Equal(a.Columns, b.Columns)
}
