package migrate

import (
	"slices"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// The planner's part for columns: renames (and what waits for a pending
// one), changes of type, default and nullability, additions and drops.

// renameColumns plans the column renames t declares and applies them to
// its live table h.
func (p *planner) renameColumns(t, h *schema.Table) {
	claimed := map[string]string{} // old name -> the field claiming it
	for _, c := range t.Columns {
		for _, old := range c.RenamedFrom {
			if prev, ok := claimed[old]; ok {
				p.blocker(LevelUpdates, t.Name, c.Name, "renamed_from="+old+" is also declared by column "+prev+"; one live column can only become one field")
				return
			}
			claimed[old] = c.Name
		}
	}
	for _, c := range t.Columns {
		var from []string
		for _, old := range c.RenamedFrom {
			if _, ok := h.Column(old); ok {
				from = append(from, old)
			}
		}
		if len(from) == 0 {
			continue
		}
		if _, ok := h.Column(c.Name); ok {
			p.blocker(LevelUpdates, t.Name, c.Name, "renamed_from="+strings.Join(from, "|")+" names a column that exists alongside "+c.Name+"; drop one of them (or copy the data) by hand, then remove the tag option")
			continue
		}
		if len(from) > 1 {
			p.blocker(LevelUpdates, t.Name, c.Name, "renamed_from names columns "+strings.Join(from, " and ")+", which both exist; only one can become "+c.Name)
			continue
		}
		if _, ok := t.Column(from[0]); ok {
			p.blocker(LevelUpdates, t.Name, c.Name, "renamed_from="+from[0]+" names a column the model still declares; remove it from the model or from the tag")
			continue
		}
		rc := &schema.RenameColumn{Table: t.Name, From: from[0], To: c.Name}
		if !p.allowed(LevelUpdates, rc) {
			p.hold(t.Name, from[0], c.Name)
			continue
		}
		p.phases[phRename] = append(p.phases[phRename], rc)
		p.renameLiveColumn(h, from[0], c.Name)
	}
}

// hold records the pending rename of column from of table tn to to (the
// last pending change): the changes that need either name wait with it.
func (p *planner) hold(tn, from, to string) {
	if p.held == nil {
		p.held = map[string]map[string]PendingChange{}
	}
	if p.held[tn] == nil {
		p.held[tn] = map[string]PendingChange{}
	}
	p.held[tn][to] = p.pending[len(p.pending)-1]
	p.held[tn][from] = p.pending[len(p.pending)-1]
}

// renameLiveColumn applies the rename of column from of live table h to
// p.have.
func (p *planner) renameLiveColumn(h *schema.Table, from, to string) {
	renameColumnIn(p.lex, p.have, h, from, to)
}

// renameColumnIn applies the rename of column from of table h of s to s.
func renameColumnIn(lx dialect.Lexicon, s *schema.Schema, h *schema.Table, from, to string) {
	renameDependentColumn(s.Tables, h, from, to)
	renameColumn(lx, h, from, to)
	for _, o := range s.Tables { // the engines follow the rename in references
		for i, fk := range o.ForeignKeys {
			if fk.RefTable == h.Name && slices.Contains(fk.RefColumns, from) {
				nf := *fk
				nf.RefColumns = slices.Clone(fk.RefColumns)
				nf.RefColumns[slices.Index(nf.RefColumns, from)] = to
				o.ForeignKeys[i] = &nf
			}
		}
	}
}

// renameColumn renames column from of t, in its indexes, keys and checks
// too, as the engine's RENAME COLUMN does: expressions (index parts and
// predicates, checks, generated columns) are rewritten token by token.
func renameColumn(lx dialect.Lexicon, t *schema.Table, from, to string) {
	ren := func(cols []string) []string {
		out := slices.Clone(cols)
		for i, c := range out {
			if c == from {
				out[i] = to
			}
		}
		return out
	}
	for i, c := range t.Columns {
		if c.Name == from || c.Generated != "" {
			nc := *c
			if c.Name == from {
				nc.Name = to
			}
			nc.Generated = lx.RenameColumn(c.Generated, from, to)
			t.Columns[i] = &nc
		}
	}
	if t.PrimaryKey != nil {
		pk := *t.PrimaryKey
		pk.Columns = ren(pk.Columns)
		t.PrimaryKey = &pk
	}
	for i, x := range t.Indexes {
		nx := *x
		nx.Columns = ren(x.Columns)
		for j, part := range nx.Columns {
			if strings.HasPrefix(part, "(") {
				nx.Columns[j] = "(" + lx.RenameColumn(part[1:len(part)-1], from, to) + ")"
			}
		}
		nx.Include = ren(x.Include)
		nx.Where = lx.RenameColumn(x.Where, from, to)
		t.Indexes[i] = &nx
	}
	for i, fk := range t.ForeignKeys {
		nf := *fk
		nf.Columns = ren(fk.Columns)
		t.ForeignKeys[i] = &nf
	}
	for i, ck := range t.Checks {
		nc := *ck
		if ck.Column == from {
			nc.Column = to
		}
		nc.Expr = lx.RenameColumn(ck.Expr, from, to)
		t.Checks[i] = &nc
	}
}

// heldBy reports whether c uses a column whose rename is pending (as a
// column, or in an index expression, predicate or check), and that
// rename.
func (p *planner) heldBy(held map[string]PendingChange, c schema.Change) (PendingChange, bool) {
	if len(held) == 0 {
		return PendingChange{}, false
	}
	var uses func(col string) bool
	in := func(cols []string) func(string) bool {
		return func(col string) bool { return slices.Contains(cols, col) }
	}
	switch c := c.(type) {
	case *schema.AddColumn:
		uses = in([]string{c.C.Name})
	case *schema.DropColumn:
		uses = in([]string{c.C.Name})
	case *schema.AddIndex:
		uses = func(col string) bool { return indexMentions(p.lex, c.I, col) }
	case *schema.DropIndex:
		uses = func(col string) bool { return indexMentions(p.lex, c.I, col) }
	case *schema.RenameIndex:
		uses = func(col string) bool { return indexMentions(p.lex, c.To, col) }
	case *schema.AddForeignKey:
		uses = in(c.FK.Columns)
	case *schema.DropForeignKey:
		uses = in(c.FK.Columns)
	case *schema.AddCheck:
		uses = func(col string) bool { return checkMentions(p.lex, c.Check, col) }
	case *schema.DropCheck:
		uses = func(col string) bool { return checkMentions(p.lex, c.Check, col) }
	default:
		return PendingChange{}, false
	}
	names := make([]string, 0, len(held))
	for col := range held {
		names = append(names, col)
	}
	slices.Sort(names) // the same answer every time
	for _, col := range names {
		if uses(col) {
			return held[col], true
		}
	}
	return PendingChange{}, false
}

// changedColumns plans the changes of the columns both sides have.
func (p *planner) changedColumns(tp *tablePlan) {
	for _, cd := range tp.d.Columns {
		p.column(tp, cd)
	}
}

// column plans the changes of one column present on both sides.
func (p *planner) column(tp *tablePlan, cd *schema.ColumnDiff) {
	want, have := cd.Want, cd.Have
	if want.Type.Kind == schema.KindUnknown {
		// A column the model keeps as it is (type=unknown(...)): never
		// altered, whatever differs; reported.
		if cd.Type || cd.Null || cd.Default || cd.Feature {
			p.unknown = append(p.unknown, UnknownColumn{Table: tp.name, Column: want.Name, Live: have.Type, Want: want.Type, Kept: true})
		}
		return
	}
	if cd.Feature {
		p.blocker(LevelUpdates, tp.name, want.Name, "the live column has features ferro does not model ("+have.Extra+"); declare it by hand or "+versioned)
		return
	}
	if cd.Type && !p.typeChange(tp, cd) {
		return
	}
	if cd.Default {
		if want.Default == "" {
			tp.put(phColumns, LevelUpdates, &schema.DropDefault{Table: tp.name, Column: want.Name, From: have.Default})
		} else {
			tp.put(phColumns, LevelUpdates, &schema.SetDefault{Table: tp.name, Column: want.Name, From: have.Default, To: want.Default})
		}
	}
	if !cd.Null {
		return
	}
	if want.Nullable {
		tp.put(phColumns, LevelUpdates, &schema.DropNotNull{Table: tp.name, Column: want.Name})
		return
	}
	sn := &schema.SetNotNull{Table: tp.name, Column: want.Name, Backfill: want.Default}
	if want.Default == "" {
		sn.Guard = schema.NullGuard(tp.name, want.Name)
	}
	tp.put(phColumns, LevelUpdates, sn)
}

// typeChange plans the type change of a column (cd.Type); false when the
// column is left as it is, unplanned (a blocker, or an unknown type).
func (p *planner) typeChange(tp *tablePlan, cd *schema.ColumnDiff) bool {
	tn, want, have := tp.name, cd.Want, cd.Have
	conv, _ := schema.Convert(p.tc, "", have.Type, want.Type)
	switch {
	case conv == schema.ConvSame:
		// Stored identically: nothing to change (the live spelling stays).
		cd.Type = false
		if have.Type.Declared() != "" {
			p.keptDeclaration(tn, want, have)
		}
	case conv != schema.ConvCheck && (want.Type.Kind == schema.KindUnknown || have.Type.Kind == schema.KindUnknown):
		// Unknown never blocks the rest: the column is reported and
		// nothing that changes it is planned. The exception is a change
		// the engine checks value by value (a SQLite column of text, or
		// declared UUID without ferro's check, becoming uuid:
		// TypeChangeSQL.ToUUID), planned like any checked type change.
		p.unknown = append(p.unknown, UnknownColumn{Table: tn, Column: want.Name, Live: have.Type, Want: want.Type})
		return false
	}
	if cd.Type && (want.Type.Kind == schema.KindEnum || have.Type.Kind == schema.KindEnum) {
		at, reason := p.enumColumn(tn, want, have)
		if at == nil {
			p.blocker(LevelUpdates, tn, want.Name, reason)
			return false
		}
		tp.put(phColumns, LevelUpdates, at)
		cd.Type, cd.Default = false, false // the change sets the default again
	}
	zone := cd.Type && schema.IsZoneChange(have.Type, want.Type) && p.tc.ZoneNotUTC != ""
	if zone && want.Type.FracDigits() < have.Type.FracDigits() {
		p.blocker(LevelUpdates, tn, want.Name, "changing the type from "+have.Type.String()+" to "+want.Type.String()+
			" moves values between time zones and rounds them to fewer digits; change the precision and the type in two steps (two releases of the model)"+orKeep(want.Type, have.Type))
		return false
	}
	if zone {
		// Naive values are wall-clock times of some zone only the user
		// knows: the session's is not assumed.
		if p.naiveZone == "" {
			p.blocker(LevelUpdates, tn, want.Name, "changing the type from "+have.Type.String()+" to "+want.Type.String()+
				" reads every naive value as a wall-clock time of some time zone; name it with migrate.NaiveTimeZone(\"UTC\") (or the zone the programs that wrote them used) to convert them"+
				orKeep(want.Type, have.Type))
			return false
		}
		tp.put(phColumns, LevelUpdates, &schema.AlterType{Table: tn, Column: want.Name, From: have.Type, To: want.Type, Zone: p.naiveZone})
		cd.Type = false
	}
	if cd.Type {
		at := schema.NewAlterType(tn, want.Name, have.Type, want.Type, p.tc)
		if at == nil {
			p.blocker(LevelUpdates, tn, want.Name, "changing the type from "+have.Type.String()+" to "+want.Type.String()+" has no safe conversion"+
				keepFirst(want.Type, have.Type)+versioned+", or add a new column and copy the data")
			return false
		}
		if at.Guard != nil && dialect.GuardQuery(p.tc, at.Guard) == "" {
			at.Guard = nil
		}
		tp.put(phColumns, LevelUpdates, at)
	}
	return true
}

// keepTag is the tag option that keeps a live column of type have as it
// is under a field whose model type is want, when the field's Go type may
// declare it (docs/models.md, "Types": the types of one family, e.g. a
// time.Time field's date, time, timestamp and timestamptz, each with a
// precision); "" when no tag does.
func keepTag(want, have schema.Type) string {
	if have.Kind == schema.KindUnknown || have.Kind == schema.KindEnum || have.Declared() != "" || have.Array != want.Array || family(want.Kind) != family(have.Kind) {
		return ""
	}
	return "type=" + have.String()
}

// family groups the kinds one Go type may declare with type=.
func family(k schema.Kind) string {
	switch {
	case k.IsTime() || k == schema.KindDate:
		return "time"
	case k.IsInteger():
		return "integer"
	case k == schema.KindReal || k == schema.KindDouble:
		return "float"
	case k == schema.KindText || k == schema.KindVarchar || k == schema.KindChar:
		return "string"
	}
	return k.String()
}

// orKeep is ", or tag the field type=X to keep the column as it is" when
// a tag keeps it (keepTag), else "".
func orKeep(want, have schema.Type) string {
	if tag := keepTag(want, have); tag != "" {
		return ", or tag the field " + tag + " to keep the column as it is"
	}
	return ""
}

// keepFirst is "; to keep the column as it is, tag the field type=X; else
// " when a tag keeps it (keepTag), else "; ".
func keepFirst(want, have schema.Type) string {
	if tag := keepTag(want, have); tag != "" {
		return "; to keep the column as it is, tag the field " + tag + "; to change it, "
	}
	return "; "
}

// keptDeclaration notes a live column declared in a spelling of other
// storage that the model's type matches without DDL, with what the engine
// says such a declaration keeps.
func (p *planner) keptDeclaration(tn string, want, have *schema.Column) {
	var sep, why string
	if sn, ok := p.eng.(dialect.StorageNoter); ok {
		if why = sn.StorageNote(have.Type); why != "" {
			sep = ": "
		}
	}
	p.keep(KeptObject{Table: tn, Kind: "column", Name: want.Name, Why: "is declared " + have.Type.Declared() + ", read as " + want.Type.String() + " and left as it is" + sep + why})
}

// addedColumns plans the columns the models add; a column whose type the
// model keeps outside the vocabulary (type=unknown(...)) is never added,
// only reported.
func (p *planner) addedColumns(tp *tablePlan) {
	for _, c := range tp.d.Added {
		if c.Type.Kind == schema.KindUnknown {
			p.unknown = append(p.unknown, UnknownColumn{Table: tp.name, Column: c.Name, Want: c.Type, Missing: true})
			continue
		}
		tp.put(phColumns, LevelUpdates, &schema.AddColumn{Table: tp.name, C: c, Guard: schema.AddColumnGuard(tp.name, c)})
	}
}

// goneColumns finds the live columns the plan drops (all the models no
// longer declare but primary key columns, which ferro never drops) and
// those no model declares.
func (p *planner) goneColumns(tp *tablePlan) {
	for _, h := range tp.d.Dropped {
		if isPK(tp.have, h.Name) {
			p.blocker(LevelDestructive, tp.name, h.Name, "is a primary key column absent from the models; ferro never drops primary key columns: "+versioned)
			continue
		}
		tp.gone = append(tp.gone, h.Name)
	}
	p.renameHint(tp.d, tp.gone)
	for _, h := range tp.have.Columns {
		if _, ok := tp.want.Column(h.Name); !ok {
			tp.absent = append(tp.absent, h.Name)
		}
	}
}

// dropColumns drops the gone columns, a generated column before the
// columns it is computed from.
func (p *planner) dropColumns(tp *tablePlan) {
	var retyped []string // columns whose type changes in place
	for _, tc := range tp.changes {
		if at, ok := tc.c.(*schema.AlterType); ok && !tc.rebuild {
			retyped = append(retyped, at.Column)
		}
	}
	for _, h := range p.dropOrder(tp.have, tp.gone) {
		ph := phDropCol
		if h.Generated != "" && len(retyped) > 0 && p.lex.Mentions(h.Generated, retyped...) {
			// An engine that changes a type in place may refuse to change
			// that of a column a generated column uses (PostgreSQL does):
			// the generated column goes first.
			ph = phDrop
		}
		tp.put(ph, LevelDestructive, &schema.DropColumn{Table: tp.name, C: h})
	}
}

// renameHint notes a dropped and an added column of compatible types in
// one table: it looks like a rename, which drop + add would lose.
func (p *planner) renameHint(d *schema.TableDiff, gone []string) {
	for _, h := range d.Dropped {
		if !slices.Contains(gone, h.Name) {
			continue
		}
		for _, a := range d.Added {
			if k, _ := schema.Convert(p.tc, "", h.Type, a.Type); k != schema.ConvRefused {
				p.notes = append(p.notes, d.Want.Name+"."+h.Name+" is dropped and "+d.Want.Name+"."+a.Name+" added with a compatible type: if this is a rename, tag the field `ferro:\""+a.Name+",renamed_from="+h.Name+"\"` to keep its data")
				break
			}
		}
	}
}

// dropOrder returns the columns of t to drop (gone), in table order except
// that a generated column computed from another dropped column is dropped
// before it: both engines refuse to drop a column a generated column still
// uses.
func (p *planner) dropOrder(t *schema.Table, gone []string) []*schema.Column {
	var left, out []*schema.Column
	for _, c := range t.Columns {
		if slices.Contains(gone, c.Name) {
			left = append(left, c)
		}
	}
	for len(left) > 0 {
		i := slices.IndexFunc(left, func(c *schema.Column) bool {
			return !slices.ContainsFunc(left, func(g *schema.Column) bool { return g != c && p.lex.Mentions(g.Generated, c.Name) })
		})
		if i < 0 { // a cycle, which no engine accepts: table order
			return append(out, left...)
		}
		out = append(out, left[i])
		left = slices.Delete(left, i, i+1)
	}
	return out
}
