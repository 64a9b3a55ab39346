package migrate

import (
	"slices"
	"strconv"
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
	of:     func(d *schema.TableDiff) *schema.SetDiff[*schema.ForeignKey] { return &d.ForeignKeys },
	live:   func(t *schema.Table) []*schema.ForeignKey { return t.ForeignKeys },
	kind:   dialect.KindForeignKey,
	name:   func(fk *schema.ForeignKey) string { return fk.Name },
	define: (*schema.ForeignKey).Definition,
	same:   (*schema.ForeignKey).Is,
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
	noun:     func(*schema.ForeignKey) string { return "foreign key" },
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
		fix := versioned
		if live, model := pkCols(have), pkCols(want); len(live) > 0 && len(live) == len(model) && !slices.Equal(live, model) && sameSet(live, model) {
			// The same columns in another order: the model can say so.
			fix = "if the live order is the key's, list the columns in that order as the PrimaryKey of the model's Constraints() method (docs/models.md \"Names\"); else " + versioned
		}
		p.blocker(LevelUpdates, tp.name, "", "primary key ("+strings.Join(pkCols(have), ", ")+") would change to ("+strings.Join(pkCols(want), ", ")+"); ferro never changes primary keys: "+fix)
		return false
	}
	if d.PrimaryKeyDiffers && want.PrimaryKey != nil && have.PrimaryKey != nil && want.PrimaryKey.Name != "" {
		if p.own.has(tp.name, dialect.KindPrimaryKey, have.PrimaryKey.Name) {
			tp.put(phRename, LevelUpdates, &schema.RenameConstraint{Table: tp.name, From: have.PrimaryKey.Name, To: want.PrimaryKey.Name})
		} else if have.PrimaryKey.Name != "" { // an unnamed key (SQLite) is the models' whatever their name
			p.keep(KeptObject{Table: tp.want.Name, Kind: "primary key", Name: have.PrimaryKey.Name, Definition: pkDefinition(have.PrimaryKey),
				Why: "is the models' primary key under another name than theirs (" + strconv.Quote(want.PrimaryKey.Name) + "), and ferro did not create it: left under its name (to match, " + namingHint + ")"})
		}
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

// sameSet reports whether a and b hold the same names, in any order.
func sameSet(a, b []string) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}
