package migrate

import (
	"slices"
	"strconv"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// The planner's part for indexes and uniques, planned by the one helper
// for named objects (plan_named.go).

// indexKind: indexes are told apart by name; one of ours is renamed when
// a rename changed its ferro name, in place of a drop and an add (a plain
// one only: no predicate, INCLUDE or live feature ferro does not model);
// dropping one no model declares destroys what it enforces (a unique), so
// it needs LevelDestructive.
var indexKind = namedKind[*schema.Index]{
	of:       func(d *schema.TableDiff) *schema.SetDiff[*schema.Index] { return &d.Indexes },
	live:     func(t *schema.Table) []*schema.Index { return t.Indexes },
	same:     func(a, b *schema.Index) bool { return a.Name == b.Name },
	ours:     func(x *schema.Index) bool { return ferroNamed(x.Name) },
	mentions: indexMentions,
	adopts: func(w, h *schema.Index) bool {
		return w.Unique == h.Unique && slices.Equal(w.Columns, h.Columns) && slices.Equal(w.Include, h.Include) && w.Where == h.Where && w.Extra == h.Extra
	},
	follows: func(w, y *schema.Index) bool {
		return y.Where == "" && y.Extra == "" && len(y.Include) == 0 && w.Unique == y.Unique && slices.Equal(w.Columns, y.Columns) && ferroNamed(w.Name)
	},
	rename: func(tn string, y, w *schema.Index) (int, schema.Change) {
		to := *w
		to.Constraint = y.Constraint
		return phAdd, &schema.RenameIndex{Table: tn, From: y.Name, To: &to}
	},
	add: func(_ *schema.Schema, tn string, have *schema.Table, x *schema.Index) schema.Change {
		return &schema.AddIndex{Table: tn, I: x, Guard: guardIf(liveColumns(have, x.Columns), schema.UniqueGuard(tn, x))}
	},
	drop:     func(tn string, x *schema.Index) schema.Change { return &schema.DropIndex{Table: tn, I: x} },
	addPhase: phAdd,
	dropNeed: LevelDestructive,
	owned:    isPKIndex,
	label:    func(x *schema.Index) string { return "index " + strconv.Quote(x.Name) },
}

// ferroNamed reports whether an index name is one ferro generates (and may
// therefore drop when the models no longer declare it).
func ferroNamed(name string) bool {
	return strings.HasPrefix(name, "idx_") || strings.HasPrefix(name, "uq_")
}

// isPKIndex reports whether x is the index of t's primary key.
func isPKIndex(t *schema.Table, x *schema.Index) bool {
	return x.Constraint && t.PrimaryKey != nil && x.Name == t.PrimaryKey.Name
}

// indexMentions reports whether index x uses any of columns: as a key or
// INCLUDE column, in an expression part or in its predicate, compared the
// way the engine compares identifiers (lx).
func indexMentions(lx dialect.Lexicon, x *schema.Index, columns ...string) bool {
	for _, part := range x.Columns {
		if strings.HasPrefix(part, "(") {
			if lx.Mentions(part, columns...) {
				return true
			}
		} else if slices.ContainsFunc(columns, func(c string) bool { return lx.Same(dialect.Ref{Name: part, Quoted: true}, c) }) {
			return true
		}
	}
	for _, c := range x.Include {
		if slices.ContainsFunc(columns, func(g string) bool { return lx.Same(dialect.Ref{Name: c, Quoted: true}, g) }) {
			return true
		}
	}
	return lx.Mentions(x.Where, columns...)
}
