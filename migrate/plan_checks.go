package migrate

import (
	"slices"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// The planner's part for checks, planned by the one helper for named
// objects (plan_named.go).

// checkKind: checks are told apart as the engine does
// ([schema.Check.Is]: by name, or by expression when unnamed); one of
// ours whose name followed a rename is renamed when its condition is the
// same.
var checkKind = namedKind[*schema.Check]{
	of:       func(d *schema.TableDiff) *schema.SetDiff[*schema.Check] { return &d.Checks },
	live:     func(t *schema.Table) []*schema.Check { return t.Checks },
	same:     (*schema.Check).Is,
	ours:     func(ck *schema.Check) bool { return ferroConstraint(ck.Name) },
	mentions: checkMentions,
	adopts:   func(w, h *schema.Check) bool { return w.Condition() == h.Condition() },
	follows:  func(w, y *schema.Check) bool { return w.Condition() == y.Condition() },
	rename: func(tn string, y, w *schema.Check) (int, schema.Change) {
		return phRename, &schema.RenameConstraint{Table: tn, From: y.Name, To: w.Name}
	},
	add: func(_ *schema.Schema, tn string, have *schema.Table, ck *schema.Check) schema.Change {
		return &schema.AddCheck{Table: tn, Check: ck, Guard: guardIf(ck.Column == "" || liveColumns(have, []string{ck.Column}), schema.CheckGuard(tn, ck))}
	},
	drop:     func(tn string, ck *schema.Check) schema.Change { return &schema.DropCheck{Table: tn, Check: ck} },
	addPhase: phAdd,
	dropNeed: LevelUpdates,
	label:    func(ck *schema.Check) string { return "check " + quoteOr(ck.Name, ck.Definition()) },
}

// checkMentions reports whether check ck uses any of columns (lx: how the
// engine reads its expression).
func checkMentions(lx dialect.Lexicon, ck *schema.Check, columns ...string) bool {
	if ck.Column != "" && slices.Contains(columns, ck.Column) {
		return true
	}
	return lx.Mentions(ck.Expr, columns...)
}
