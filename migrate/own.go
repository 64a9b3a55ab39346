package migrate

import (
	"slices"
	"strconv"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// Ownership: ferro drops, alters or renames a live index or constraint
// only when a model describes it or ferro created it; everything else is
// kept and listed (Residue.Kept). What ferro created it records in its
// bookkeeping table (dialect.RecordsTable), in the transaction of the
// migration that creates, renames or drops the object, so a name is never
// taken for a record: another tool's fk_orders_customers is not ferro's
// because of its prefix.
//
// A live object is ferro's when
//   - the records table exists and holds a record of the object's table,
//     kind and name whose definition is the live object's (one of that
//     name that someone replaced by another definition is not the one
//     ferro created); or
//   - the records table does not exist (a database migrated by a ferro
//     release before the records, or by the migration files ferro
//     exports, which run without them) and the object's name is exactly
//     the name ferro generates for that very definition (legacyName):
//     pk_<table>, idx_/uq_<table>_<columns> of a plain index, fk_<table>_
//     <columns>, ck_<table>_<column> of an enum check.
//
// The first migration that executes something writes the records of
// every ferro object it leaves (records of the legacy objects included:
// from then on only records count) and creates the table if it has to.

// records is what the planner read of ferro's records.
type records struct {
	// exists is true when the records table exists (the rows are then
	// the only proof of ownership; else the legacy rule applies).
	exists bool
	rows   []dialect.Record
}

// objKey names one object: its table, kind (dialect.Kind*) and name.
type objKey struct{ table, kind, name string }

// ownedSet is the set of live objects that are ferro's, by the names of
// their tables in the planner's view of the live schema (renames of
// tables applied: rename).
type ownedSet map[objKey]bool

// owned returns the objects of live that are ferro's under recs.
func owned(live *schema.Schema, recs records) ownedSet {
	out := ownedSet{}
	byKey := map[objKey]string{}
	for _, r := range recs.rows {
		byKey[objKey{r.Table, r.Kind, r.Name}] = r.Definition
	}
	mark := func(t *schema.Table, kind, name, def, legacy string) {
		if name == "" {
			return
		}
		k := objKey{t.Name, kind, name}
		if recs.exists {
			if d, ok := byKey[k]; ok && d == def {
				out[k] = true
			}
		} else if name == legacy {
			out[k] = true
		}
	}
	for _, t := range live.Tables {
		if t.PrimaryKey != nil {
			mark(t, dialect.KindPrimaryKey, t.PrimaryKey.Name, pkDefinition(t.PrimaryKey), legacyName(t.Name, t.PrimaryKey))
		}
		for _, x := range t.Indexes {
			if !isPKIndex(t, x) {
				mark(t, dialect.KindIndex, x.Name, indexDefinition(x), legacyName(t.Name, x))
			}
		}
		for _, fk := range t.ForeignKeys {
			mark(t, dialect.KindForeignKey, fk.Name, fk.Definition(), legacyName(t.Name, fk))
		}
		for _, ck := range t.Checks {
			mark(t, dialect.KindCheck, ck.Name, ck.Definition(), legacyName(t.Name, ck))
		}
	}
	return out
}

// has reports whether the object of table tn of kind and name is ferro's.
func (o ownedSet) has(tn, kind, name string) bool { return name != "" && o[objKey{tn, kind, name}] }

// renameTable follows a rename of table from to to.
func (o ownedSet) renameTable(from, to string) {
	for k := range o {
		if k.table == from {
			delete(o, k)
			o[objKey{to, k.kind, k.name}] = true
		}
	}
}

// legacyName is the name ferro generates for object x of table tn (a
// *schema.PrimaryKey, *schema.Index, *schema.ForeignKey or *schema.Check)
// by its definition alone; "" for a definition ferro never generates (a
// partial, expression or INCLUDE index, a check that is no enum check).
func legacyName(tn string, x any) string {
	switch x := x.(type) {
	case *schema.PrimaryKey:
		return dialect.ConstraintName(dialect.PrefixPrimaryKey, tn)
	case *schema.Index:
		if x.Where != "" || len(x.Include) > 0 || x.Extra != "" || slices.ContainsFunc(x.Columns, func(c string) bool { return strings.HasPrefix(c, "(") }) {
			return ""
		}
		if x.Unique {
			return dialect.ConstraintName(dialect.PrefixUnique, tn, x.Columns...)
		}
		return dialect.ConstraintName(dialect.PrefixIndex, tn, x.Columns...)
	case *schema.ForeignKey:
		return dialect.ConstraintName(dialect.PrefixForeignKey, tn, x.Columns...)
	case *schema.Check:
		if x.Values == nil || x.Column == "" {
			return ""
		}
		return dialect.ConstraintName(dialect.PrefixCheck, tn, x.Column)
	}
	return ""
}

// pkDefinition, indexDefinition (and ForeignKey.Definition,
// Check.Definition) are what a record says an object is: every property
// its Equal compares but the name.
func pkDefinition(pk *schema.PrimaryKey) string { return "(" + strings.Join(pk.Columns, ", ") + ")" }

func indexDefinition(x *schema.Index) string {
	var b strings.Builder
	if x.Unique {
		b.WriteString("unique ")
	}
	b.WriteString("(" + strings.Join(x.Columns, ", ") + ")")
	if len(x.Include) > 0 {
		b.WriteString(" include (" + strings.Join(x.Include, ", ") + ")")
	}
	if x.Where != "" {
		b.WriteString(" where " + x.Where)
	}
	if x.Extra != "" {
		b.WriteString(" [" + x.Extra + "]")
	}
	return b.String()
}

// recordsOf returns the records of the objects of t that keep says are
// ferro's (keep takes the kind and name).
func recordsOf(t *schema.Table, keep func(kind, name string) bool) []dialect.Record {
	var out []dialect.Record
	add := func(kind, name, def string) {
		if name != "" && keep(kind, name) {
			out = append(out, dialect.Record{Table: t.Name, Kind: kind, Name: name, Definition: def})
		}
	}
	if t.PrimaryKey != nil {
		add(dialect.KindPrimaryKey, t.PrimaryKey.Name, pkDefinition(t.PrimaryKey))
	}
	for _, x := range t.Indexes {
		if !isPKIndex(t, x) {
			add(dialect.KindIndex, x.Name, indexDefinition(x))
		}
	}
	for _, fk := range t.ForeignKeys {
		add(dialect.KindForeignKey, fk.Name, fk.Definition())
	}
	for _, ck := range t.Checks {
		add(dialect.KindCheck, ck.Name, ck.Definition())
	}
	return out
}

// recordsAfter returns ferro's records once changes (a plan's, in
// execution order) have run on live, whose objects own says are ferro's:
// the objects ferro owned that are still there (under the names and
// definitions the changes gave them) and those the changes created.
func recordsAfter(lx dialect.Lexicon, live *schema.Schema, own ownedSet, changes []schema.Change) []dialect.Record {
	s := cloneSchema(live)
	keys := ownedSet{}
	for k := range own {
		keys[k] = true
	}
	for _, c := range changes {
		simulate(lx, s, keys, c)
	}
	var out []dialect.Record
	for _, t := range s.Tables {
		out = append(out, recordsOf(t, func(kind, name string) bool { return keys.has(t.Name, kind, name) })...)
	}
	dialect.SortRecords(out)
	return out
}

// simulate applies change c to s, and to keys, the objects of s that are
// ferro's: what a change creates is ferro's, what it drops goes, what it
// renames keeps its owner.
func simulate(lx dialect.Lexicon, s *schema.Schema, keys ownedSet, c schema.Change) {
	switch c := c.(type) {
	case *schema.RenameTable:
		renameTableIn(s, c.From, c.To)
		keys.renameTable(c.From, c.To)
		return
	case *schema.RenameColumn:
		if t, ok := s.Table(c.Table); ok {
			renameColumnIn(lx, s, t, c.From, c.To)
		}
		return
	case *schema.AddTable:
		t := cloneTable(c.T)
		s.Tables = append(s.Tables, t)
		for _, r := range recordsOf(t, func(string, string) bool { return true }) {
			keys[objKey{r.Table, r.Kind, r.Name}] = true
		}
		return
	case *schema.DropTable:
		s.Tables = slices.DeleteFunc(s.Tables, func(t *schema.Table) bool { return t.Name == c.T.Name })
		for k := range keys {
			if k.table == c.T.Name {
				delete(keys, k)
			}
		}
		return
	case *schema.CreateEnum, *schema.DropEnum, *schema.AddEnumValue:
		return
	}
	t, ok := s.Table(schema.TableOf(c))
	if !ok {
		return
	}
	if rb, ok := c.(*schema.RebuildTable); ok {
		for _, x := range rb.Changes {
			simulateKeys(t, keys, x)
		}
		nt := cloneTable(rb.To)
		s.Tables[slices.Index(s.Tables, t)] = nt
		return
	}
	simulateKeys(t, keys, c)
	applyChange(t, c)
	if dc, ok := c.(*schema.DropColumn); ok { // what uses the column goes with it
		t.Indexes = slices.DeleteFunc(t.Indexes, func(x *schema.Index) bool { return indexMentions(lx, x, dc.C.Name) })
		t.ForeignKeys = slices.DeleteFunc(t.ForeignKeys, func(fk *schema.ForeignKey) bool { return slices.Contains(fk.Columns, dc.C.Name) })
		t.Checks = slices.DeleteFunc(t.Checks, func(ck *schema.Check) bool { return checkMentions(lx, ck, dc.C.Name) })
	}
}

// simulateKeys applies the effect of c, a change of table t, on keys.
func simulateKeys(t *schema.Table, keys ownedSet, c schema.Change) {
	tn := t.Name
	rekey := func(kind, from, to string) {
		if keys.has(tn, kind, from) {
			delete(keys, objKey{tn, kind, from})
			keys[objKey{tn, kind, to}] = true
		}
	}
	switch c := c.(type) {
	case *schema.AddIndex:
		keys[objKey{tn, dialect.KindIndex, c.I.Name}] = true
	case *schema.DropIndex:
		delete(keys, objKey{tn, dialect.KindIndex, c.I.Name})
	case *schema.RenameIndex:
		rekey(dialect.KindIndex, c.From, c.To.Name)
	case *schema.RenameConstraint:
		for _, kind := range []string{dialect.KindPrimaryKey, dialect.KindForeignKey, dialect.KindCheck} {
			rekey(kind, c.From, c.To)
		}
	case *schema.AddForeignKey:
		if c.FK.Name != "" {
			keys[objKey{tn, dialect.KindForeignKey, c.FK.Name}] = true
		}
	case *schema.DropForeignKey:
		delete(keys, objKey{tn, dialect.KindForeignKey, c.FK.Name})
	case *schema.AddCheck:
		if c.Check.Name != "" {
			keys[objKey{tn, dialect.KindCheck, c.Check.Name}] = true
		}
	case *schema.DropCheck:
		delete(keys, objKey{tn, dialect.KindCheck, c.Check.Name})
	}
}

// recordOps are the changes of ferro's records a plan makes, as data:
// the table created first (or, for a down file, dropped), records written
// (new, or with a new definition) and records forgotten.
type recordOps struct {
	create, drop bool
	put, del     []dialect.Record
}

func (o recordOps) empty() bool { return !o.create && !o.drop && len(o.put) == 0 && len(o.del) == 0 }

// statements renders o: the same SQL on every engine.
func (o recordOps) statements() []string {
	if o.drop {
		return []string{"DROP TABLE " + dialect.Quote(dialect.RecordsTable)}
	}
	var out []string
	if o.create {
		out = append(out, dialect.RecordsCreate())
	}
	for _, r := range o.put {
		out = append(out, dialect.RecordUpsert(r))
	}
	for _, r := range o.del {
		out = append(out, dialect.RecordDelete(r))
	}
	return out
}

// String says what o does, in one line.
func (o recordOps) String() string {
	if o.drop {
		return "ferro's records: " + dialect.RecordsTable + " dropped"
	}
	s := "ferro's records in " + dialect.RecordsTable
	if o.create {
		s += " (created by this plan)"
	}
	return s + ": " + plural(len(o.put), "object") + " recorded, " + strconv.Itoa(len(o.del)) + " forgotten"
}

// recordChanges are the changes that bring the records rows (before) to
// after; empty when after is before.
func recordChanges(before records, after []dialect.Record) recordOps {
	old := map[[3]string]string{}
	for _, r := range before.rows {
		old[r.Key()] = r.Definition
	}
	var o recordOps
	seen := map[[3]string]bool{}
	for _, r := range after {
		seen[r.Key()] = true
		if d, ok := old[r.Key()]; !ok || d != r.Definition {
			o.put = append(o.put, r)
		}
	}
	gone := slices.Clone(before.rows)
	dialect.SortRecords(gone)
	for _, r := range gone {
		if !seen[r.Key()] {
			o.del = append(o.del, r)
		}
	}
	o.create = !before.exists && (len(o.put) > 0 || len(o.del) > 0)
	return o
}

// recordsUndo are the changes that bring the records back from after to
// before (a down file): the table dropped when before had none.
func recordsUndo(before records, after []dialect.Record) recordOps {
	if !before.exists {
		return recordOps{drop: true}
	}
	rows := slices.Clone(before.rows)
	dialect.SortRecords(rows)
	return recordChanges(records{exists: true, rows: after}, rows)
}
