package migrate

import (
	"slices"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// The planner's part for native enum types (PostgreSQL): create the types
// the models name, add the labels they gain, refuse what PostgreSQL cannot
// do in place, and drop types nothing uses any more. On dialects without
// native enums the desired schema has none (dialect.ForDialect), so none of
// this plans anything there.

// enums plans CreateEnum and AddEnumValue for the desired enum types and
// returns, per existing type, the labels the models list and the live type
// lacks: true for those this plan adds, false for those it does not (left
// pending by the level, or refused).
func (p *planner) enums() map[string]map[string]bool {
	missing := map[string]map[string]bool{}
	for _, w := range p.want.Enums {
		if h, ok := p.have.Enum(w.Name); ok {
			for _, v := range w.Values {
				if !slices.Contains(h.Values, v) {
					if missing[w.Name] == nil {
						missing[w.Name] = map[string]bool{}
					}
					missing[w.Name][v] = false
				}
			}
		}
	}
	for _, w := range p.want.Enums {
		h, ok := p.have.Enum(w.Name)
		if !ok {
			p.add(phEnum, LevelCreate, &schema.CreateEnum{E: w})
			continue
		}
		if w.Equal(h) {
			continue
		}
		adds, ok := enumAdditions(w.Name, h.Values, w.Values)
		if !ok && p.expandOnly && isSubsequence(w.Values, h.Values) {
			// An older version of the models during a rollout: the newer
			// labels stay (they could not be removed anyway).
			p.kept = append(p.kept, "enum "+w.Name+" has labels the models do not list ("+dialect.EnumLabels(h.Values)+" live, "+
				dialect.EnumLabels(w.Values)+" in the models): left as they are under migrate.ExpandOnly()")
			continue
		}
		if !ok {
			table, column, uses := p.enumUser(w.Name)
			p.blocker(LevelUpdates, table, column, "enum "+w.Name+" would go from "+dialect.EnumLabels(h.Values)+" to "+dialect.EnumLabels(w.Values)+
				": PostgreSQL can only add labels to an enum type, not remove or reorder them ("+uses+"); keep every live label in Values(), in its order (new labels may go anywhere), "+
				"or "+versioned+" that creates a new type and converts the columns")
			continue
		}
		for _, a := range adds {
			if p.allowed(LevelUpdates, a) {
				p.phases[phEnum] = append(p.phases[phEnum], a)
				missing[w.Name][a.Value] = true
			}
		}
	}
	return missing
}

// enumAdditions returns the AddEnumValue changes that make labels have into
// want, in order, or false when have is not a subsequence of want (a label
// removed or moved).
func enumAdditions(name string, have, want []string) ([]*schema.AddEnumValue, bool) {
	last := -1
	for _, h := range have {
		i := slices.Index(want, h)
		if i <= last {
			return nil, false
		}
		last = i
	}
	var out []*schema.AddEnumValue
	for i, v := range want {
		if slices.Contains(have, v) {
			continue
		}
		a := &schema.AddEnumValue{Enum: name, Value: v}
		if i > 0 {
			a.After = want[i-1] // live, or added just before
		} else {
			a.Before = have[0]
		}
		out = append(out, a)
	}
	return out, true
}

// isSubsequence reports whether every label of a is in b, in a's order.
func isSubsequence(a, b []string) bool {
	i := 0
	for _, x := range b {
		if i < len(a) && a[i] == x {
			i++
		}
	}
	return i == len(a)
}

// enumUser names a column that uses enum name (live, else desired), for
// problems, and words all of them.
func (p *planner) enumUser(name string) (table, column, uses string) {
	cols := p.have.EnumColumns(name)
	if len(cols) == 0 {
		cols = p.want.EnumColumns(name)
	}
	if len(cols) == 0 {
		return "", "", "no column uses it"
	}
	table, column, _ = strings.Cut(cols[0], ".")
	return table, column, "used by " + strings.Join(cols, ", ")
}

// enumColumn plans a column's change to or from a native enum type: text
// or varchar to an enum, checked against its labels, and an enum back to
// text or varchar (every label survives). Anything else is refused, with
// the reason.
func (p *planner) enumColumn(tn string, want, have *schema.Column) (*schema.AlterType, string) {
	at := &schema.AlterType{Table: tn, Column: want.Name, From: have.Type, To: want.Type, FromDefault: have.Default, ToDefault: want.Default}
	textual := func(t schema.Type) bool {
		return t.Kind == schema.KindText || t.Kind == schema.KindVarchar && t.Length == 0
	}
	if ck := p.keptCheckOn(tn, want.Name); ck != nil && (textual(want.Type) || textual(have.Type) || have.Type.Kind == schema.KindVarchar) {
		return nil, "check " + ck.Name + " (" + ck.Condition() + ") stays on the column and would not survive the change from " + have.Type.String() + " to " + want.Type.String() +
			" (PostgreSQL re-checks it against the new type, whose operators differ); drop it first (ALTER TABLE " + dialect.Quote(tn) + " DROP CONSTRAINT " + dialect.Quote(ck.Name) + "), then migrate"
	}
	switch {
	case have.Type.Kind == schema.KindEnum && textual(want.Type):
		return at, ""
	case (textual(have.Type) || have.Type.Kind == schema.KindVarchar) && want.Type.Kind == schema.KindEnum:
		e, _ := p.want.Enum(want.Type.Raw)
		at.Guard = &schema.Guard{Kind: schema.GuardCheck, Table: tn, Columns: []string{want.Name}, Check: &schema.Check{Column: want.Name, Values: e.Values},
			Reason: "has %d rows whose value is not a label of enum " + e.Name + " " + dialect.EnumLabels(e.Values) + "; update them first, or add the values to the enum type's Values()"}
		return at, ""
	}
	return nil, "changing the type from " + have.Type.String() + " to " + want.Type.String() + " has no safe conversion (ferro converts between a native enum and text or varchar only); " +
		versioned + ", or add a new column and copy the data"
}

// keptCheckOn returns a live check of table tn that mentions column col
// and that the plan keeps: another tool's (never dropped), or one the
// models declare unchanged; nil when none.
func (p *planner) keptCheckOn(tn, col string) *schema.Check {
	h, ok := p.have.Table(tn)
	if !ok {
		return nil
	}
	w, _ := p.want.Table(tn)
	for _, ck := range h.Checks {
		if !checkMentions(p.lex, ck, col) {
			continue
		}
		if !ferroConstraint(ck.Name) {
			return ck
		}
		if w != nil {
			if wc, ok := w.Check(ck.Name); ok && wc.Equal(ck) {
				return ck
			}
		}
	}
	return nil
}

// unusedEnums drops, at the destructive level, each live enum type that no
// model names and that no column uses once the plan has run; a type still
// used (by a table no model describes, a view, a function ...) is left
// alone and said so.
func (p *planner) unusedEnums() {
	for _, h := range p.have.Enums {
		if _, ok := p.want.Enum(h.Name); ok {
			continue
		}
		var still []string
		for _, tc := range p.have.EnumColumns(h.Name) {
			table, column, _ := strings.Cut(tc, ".")
			if !p.plansAway(table, column) {
				still = append(still, tc)
			}
		}
		if len(still) > 0 {
			p.kept = append(p.kept, "enum "+h.Name+" is in the database but in no model, and used by "+strings.Join(still, ", ")+": left alone")
			continue
		}
		if h.UsedElsewhere {
			p.kept = append(p.kept, "enum "+h.Name+" is in the database but in no model, and used by objects ferro does not model (a view, a function, a table of another schema): left alone")
			continue
		}
		p.add(phDropEnum, LevelDestructive, &schema.DropEnum{E: h})
	}
}

// plansAway reports whether the plan (so far) drops table.column, changes
// its type, or drops its table.
func (p *planner) plansAway(table, column string) bool {
	for _, ph := range p.phases {
		for _, c := range ph {
			switch c := c.(type) {
			case *schema.DropTable:
				if c.T.Name == table {
					return true
				}
			case *schema.DropColumn:
				if c.Table == table && c.C.Name == column {
					return true
				}
			case *schema.AlterType:
				if c.Table == table && c.Column == column {
					return true
				}
			}
		}
	}
	return false
}

// newLabelsUsed refuses a plan whose defaults use a label the live enum
// type lacks: one this plan adds (PostgreSQL rejects any use of an enum
// value in the transaction that added it, "unsafe use of new value", and
// the plan is one transaction), or one it does not add at this level (the
// statement would fail). Converting a column to a type the plan adds
// labels to is refused for the same reason.
func (p *planner) newLabelsUsed(missing map[string]map[string]bool) {
	if len(missing) == 0 {
		return
	}
	check := func(table, column string, t schema.Type, dflt string) {
		if t.Kind != schema.KindEnum || len(dflt) < 2 || dflt[0] != '\'' {
			return
		}
		added, ok := missing[t.Raw][strings.ReplaceAll(dflt[1:len(dflt)-1], "''", "'")]
		switch {
		case !ok:
		case added:
			p.problem(table, column, "its default "+dflt+" uses a label that this plan adds to enum "+t.Raw+
				"; PostgreSQL cannot use an enum label in the transaction that adds it: first deploy the models with the new labels but without this use, run the migration, then add the use")
		default:
			p.problem(table, column, "its default "+dflt+" uses a label that enum "+t.Raw+" does not have yet and that this plan does not add (adding labels needs migrate.AllowUpdates()); add the label first")
		}
	}
	for _, ph := range p.phases {
		for _, c := range ph {
			switch c := c.(type) {
			case *schema.AddTable:
				for _, col := range c.T.Columns {
					check(c.T.Name, col.Name, col.Type, col.Default)
				}
			case *schema.AddColumn:
				check(c.Table, c.C.Name, c.C.Type, c.C.Default)
			case *schema.SetDefault:
				check(c.Table, c.Column, p.columnType(c.Table, c.Column), c.To)
			case *schema.AlterType:
				for _, added := range missing[c.To.Raw] {
					if c.To.Kind == schema.KindEnum && added {
						p.problem(c.Table, c.Column, "converting it to enum "+c.To.Raw+" uses labels that this plan adds to the type"+
							"; PostgreSQL cannot use an enum label in the transaction that adds it: first deploy the models with the new labels but without this change, run the migration, then change the column")
						break
					}
				}
			}
		}
	}
}

func (p *planner) columnType(table, column string) schema.Type {
	if t, ok := p.want.Table(table); ok {
		if c, ok := t.Column(column); ok {
			return c.Type
		}
	}
	return schema.Type{}
}

// subjectOf names what c changes, for messages: its table, or "enum
// <name>" for a change of a native enum type.
func subjectOf(c schema.Change) string {
	switch c := c.(type) {
	case *schema.CreateEnum:
		return "enum " + c.E.Name
	case *schema.DropEnum:
		return "enum " + c.E.Name
	case *schema.AddEnumValue:
		return "enum " + c.Enum
	}
	return schema.TableOf(c)
}
