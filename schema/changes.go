package schema

import (
	"strings"
)

// This file holds the typed changes a migration plan is made of (package
// migrate re-exports them). The planner produces them, dialect-neutral;
// each dialect's migrator renders them into SQL (ChangeRenderer), and
// everything downstream (printing, exporting, inverting, logging) reads
// them. They follow atlas's sql/schema changes.

// Change is one dialect-neutral schema change. The set is closed: the
// types in this file are all the changes there are. Values are plain data,
// safe to read concurrently; do not modify a change taken from a plan.
type Change interface {
	// String is the change in one line for people, e.g.
	// "+ column invoice.note text NULL".
	String() string
	// Inverse returns the change that undoes this one, or nil when there is
	// none (a type change that cannot be reversed without loss). The
	// inverse restores the shape, not lost data: see Loss.
	Inverse() Change
	// Loss says which data applying this change destroys for good, so that
	// its inverse cannot bring it back; empty when none.
	Loss() string
	change()
}

// AddTable creates a table with its indexes, checks and foreign keys.
type AddTable struct {
	T *Table
}

// DropTable drops a table and its rows.
type DropTable struct {
	T *Table
}

// RenameTable renames a table, keeping its rows, indexes and constraints.
type RenameTable struct {
	From, To string
}

// AddColumn adds a column to an existing table. Guard, when set, selects
// the rows that stop the change (a NOT NULL column without a default on a
// table with rows).
type AddColumn struct {
	Table string
	C     *Column
	Guard *Guard
}

// DropColumn drops a column and its values.
type DropColumn struct {
	Table string
	C     *Column
}

// RenameColumn renames a column in place, keeping its values, indexes and
// constraints.
type RenameColumn struct {
	Table    string
	From, To string
}

// AlterType changes the type of a column. Guard, when set, selects the
// rows whose value would not survive the conversion.
type AlterType struct {
	Table, Column string
	From, To      Type
	Guard         *Guard
	// Zone is the time zone naive values are in, for a change between
	// timestamp and timestamptz: timestamp values are read (or written)
	// as wall-clock times of Zone. Empty for other changes.
	Zone string
	// FromDefault and ToDefault are the column's defaults before and
	// after a change to or from a native enum type: PostgreSQL cannot cast
	// a default between text and an enum, so the renderer drops the
	// default, changes the type, then sets ToDefault. Empty for other
	// changes.
	FromDefault, ToDefault string
}

// IsEnumChange reports whether c changes a column to or from a native
// enum type.
func (c *AlterType) IsEnumChange() bool { return c.From.Kind == KindEnum || c.To.Kind == KindEnum }

// IsZoneChange reports whether a change from type a to type b moves values
// between timestamp and timestamptz, which needs the time zone of the
// naive values (AlterType.Zone).
func IsZoneChange(a, b Type) bool {
	if a.Array || b.Array {
		return false // refused: arrays change only when every element widens
	}
	return a.Kind == KindTimestamp && b.Kind == KindTimestamptz || a.Kind == KindTimestamptz && b.Kind == KindTimestamp
}

// SetNotNull makes a column NOT NULL. When Backfill (a SQL literal, the
// column's new default) is set, NULLs are first set to it; otherwise Guard
// selects the NULL rows that stop the change.
type SetNotNull struct {
	Table, Column string
	Backfill      string
	Guard         *Guard
}

// DropNotNull makes a column nullable.
type DropNotNull struct {
	Table, Column string
}

// SetDefault sets the default of a column to To (a normalised SQL
// expression); From is the previous default, empty for none.
type SetDefault struct {
	Table, Column string
	From, To      string
}

// DropDefault removes the default From of a column.
type DropDefault struct {
	Table, Column string
	From          string
}

// AddIndex creates an index (a unique constraint is a unique index). Guard
// selects duplicated rows when the index is unique.
type AddIndex struct {
	Table string
	I     *Index
	Guard *Guard
}

// RenameIndex renames index From of a table to To.Name; To is the index
// under its new name (same definition). The planner renames a ferro-named
// index whose name follows its table or column through a rename.
type RenameIndex struct {
	Table string
	From  string
	To    *Index
}

// RenameConstraint renames a primary key, foreign key or check constraint
// of a table whose ferro name followed a table or column rename (same
// definition, new name).
type RenameConstraint struct {
	Table    string
	From, To string
}

// DropIndex drops an index (or the unique constraint behind it).
type DropIndex struct {
	Table string
	I     *Index
}

// AddForeignKey adds a foreign key to an existing table. Guard selects the
// rows whose value is missing from the referenced table.
type AddForeignKey struct {
	Table string
	FK    *ForeignKey
	Guard *Guard
}

// DropForeignKey drops a foreign key.
type DropForeignKey struct {
	Table string
	FK    *ForeignKey
}

// AddCheck adds a check constraint. Guard selects the rows that fail it.
type AddCheck struct {
	Table string
	Check *Check
	Guard *Guard
}

// DropCheck drops a check constraint.
type DropCheck struct {
	Table string
	Check *Check
}

// RebuildTable makes the changes ALTER TABLE cannot make on a dialect that
// does not alter in place (SQLite): a new table of shape To is created, the
// rows of From copied (columns of both, NULLs backfilled as Changes say),
// the old table dropped and the new one renamed. Changes are the changes
// the rebuild carries out, in plan order; To.Indexes are exactly the
// indexes the rebuilt table gets.
type RebuildTable struct {
	From, To *Table
	Changes  []Change
}

func (*AddTable) change()         {}
func (*DropTable) change()        {}
func (*RenameTable) change()      {}
func (*AddColumn) change()        {}
func (*DropColumn) change()       {}
func (*RenameColumn) change()     {}
func (*AlterType) change()        {}
func (*SetNotNull) change()       {}
func (*DropNotNull) change()      {}
func (*SetDefault) change()       {}
func (*DropDefault) change()      {}
func (*AddIndex) change()         {}
func (*DropIndex) change()        {}
func (*RenameIndex) change()      {}
func (*RenameConstraint) change() {}
func (*AddForeignKey) change()    {}
func (*DropForeignKey) change()   {}
func (*AddCheck) change()         {}
func (*DropCheck) change()        {}
func (*RebuildTable) change()     {}

// Inverse returns DropTable.
func (c *AddTable) Inverse() Change { return &DropTable{T: c.T} }

// Inverse returns AddTable (empty).
func (c *DropTable) Inverse() Change { return &AddTable{T: c.T} }

// Inverse renames back.
func (c *RenameTable) Inverse() Change { return &RenameTable{From: c.To, To: c.From} }

// Inverse returns DropColumn.
func (c *AddColumn) Inverse() Change { return &DropColumn{Table: c.Table, C: c.C} }

// Inverse returns AddColumn: the column comes back with its default (or
// NULL), not its values; a NOT NULL column without a default comes back
// nullable with the inverse of a SetNotNull... see Loss.
func (c *DropColumn) Inverse() Change {
	return &AddColumn{Table: c.Table, C: c.C, Guard: addColumnGuard(c.Table, c.C)}
}

// Inverse renames back.
func (c *RenameColumn) Inverse() Change {
	return &RenameColumn{Table: c.Table, From: c.To, To: c.From}
}

// Inverse changes the type back, checked when that narrows; nil when no
// safe conversion exists back.
func (c *AlterType) Inverse() Change {
	if c.IsEnumChange() {
		// Back from text to the enum, the cast itself refuses a value
		// that is not a label, inside the transaction.
		return &AlterType{Table: c.Table, Column: c.Column, From: c.To, To: c.From, FromDefault: c.ToDefault, ToDefault: c.FromDefault}
	}
	if c.Zone != "" {
		return &AlterType{Table: c.Table, Column: c.Column, From: c.To, To: c.From, Zone: c.Zone}
	}
	if x := NewAlterType(c.Table, c.Column, c.To, c.From, anyEngine); x != nil {
		return x
	}
	return nil
}

// Inverse returns DropNotNull.
func (c *SetNotNull) Inverse() Change { return &DropNotNull{Table: c.Table, Column: c.Column} }

// Inverse returns SetNotNull, guarded by the NULL rows.
func (c *DropNotNull) Inverse() Change {
	return &SetNotNull{Table: c.Table, Column: c.Column, Guard: NullGuard(c.Table, c.Column)}
}

// Inverse restores the previous default.
func (c *SetDefault) Inverse() Change {
	if c.From == "" {
		return &DropDefault{Table: c.Table, Column: c.Column, From: c.To}
	}
	return &SetDefault{Table: c.Table, Column: c.Column, From: c.To, To: c.From}
}

// Inverse sets the default back.
func (c *DropDefault) Inverse() Change {
	return &SetDefault{Table: c.Table, Column: c.Column, To: c.From}
}

// Inverse returns DropIndex.
func (c *AddIndex) Inverse() Change { return &DropIndex{Table: c.Table, I: c.I} }

// Inverse renames back.
func (c *RenameIndex) Inverse() Change {
	back := *c.To
	back.Name = c.From
	return &RenameIndex{Table: c.Table, From: c.To.Name, To: &back}
}

// Loss: none.
func (c *RenameIndex) Loss() string { return "" }

func (c *RenameIndex) String() string {
	return "~ rename index " + c.Table + "." + c.From + " -> " + c.To.Name
}

// Inverse renames back.
func (c *RenameConstraint) Inverse() Change {
	return &RenameConstraint{Table: c.Table, From: c.To, To: c.From}
}

// Loss: none.
func (c *RenameConstraint) Loss() string { return "" }

func (c *RenameConstraint) String() string {
	return "~ rename constraint " + c.Table + "." + c.From + " -> " + c.To
}

// Inverse returns AddIndex (guarded when unique).
func (c *DropIndex) Inverse() Change {
	return &AddIndex{Table: c.Table, I: c.I, Guard: UniqueGuard(c.Table, c.I)}
}

// Inverse returns DropForeignKey.
func (c *AddForeignKey) Inverse() Change { return &DropForeignKey{Table: c.Table, FK: c.FK} }

// Inverse returns AddForeignKey, guarded by the orphan rows.
func (c *DropForeignKey) Inverse() Change {
	return &AddForeignKey{Table: c.Table, FK: c.FK, Guard: ParentGuard(c.Table, c.FK, false)}
}

// Inverse returns DropCheck.
func (c *AddCheck) Inverse() Change { return &DropCheck{Table: c.Table, Check: c.Check} }

// Inverse returns AddCheck, guarded by the failing rows.
func (c *DropCheck) Inverse() Change {
	return &AddCheck{Table: c.Table, Check: c.Check, Guard: CheckGuard(c.Table, c.Check)}
}

// Inverse rebuilds back, carrying the inverses of Changes in reverse
// order; nil when one of them has no inverse.
func (c *RebuildTable) Inverse() Change {
	inv := &RebuildTable{From: c.To, To: c.From}
	for i := len(c.Changes) - 1; i >= 0; i-- {
		x := c.Changes[i].Inverse()
		if x == nil {
			return nil
		}
		inv.Changes = append(inv.Changes, x)
	}
	return inv
}

// Loss: none.
func (c *AddTable) Loss() string { return "" }

// Loss: every row of the table.
func (c *DropTable) Loss() string { return "every row of table " + c.T.Name }

// Loss: none.
func (c *RenameTable) Loss() string { return "" }

// Loss: none.
func (c *AddColumn) Loss() string { return "" }

// Loss: the column's values.
func (c *DropColumn) Loss() string { return "the values of column " + c.Table + "." + c.C.Name }

// Loss: none.
func (c *RenameColumn) Loss() string { return "" }

// Loss: none (a conversion that would lose a value is refused by its guard).
func (c *AlterType) Loss() string { return "" }

// Loss: which rows were NULL, when they are backfilled.
func (c *SetNotNull) Loss() string {
	if c.Backfill == "" {
		return ""
	}
	return "which rows of " + c.Table + "." + c.Column + " were NULL (backfilled with " + c.Backfill + ")"
}

// Loss: none.
func (c *DropNotNull) Loss() string { return "" }

// Loss: none.
func (c *SetDefault) Loss() string { return "" }

// Loss: none.
func (c *DropDefault) Loss() string { return "" }

// Loss: none.
func (c *AddIndex) Loss() string { return "" }

// Loss: none.
func (c *DropIndex) Loss() string { return "" }

// Loss: none.
func (c *AddForeignKey) Loss() string { return "" }

// Loss: none.
func (c *DropForeignKey) Loss() string { return "" }

// Loss: none.
func (c *AddCheck) Loss() string { return "" }

// Loss: none.
func (c *DropCheck) Loss() string { return "" }

// Loss joins the losses of the carried changes.
func (c *RebuildTable) Loss() string {
	var out []string
	for _, x := range c.Changes {
		if l := x.Loss(); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "; ")
}

func (c *AddTable) String() string  { return "+ table " + c.T.Name }
func (c *DropTable) String() string { return "- table " + c.T.Name + " (its rows are lost)" }
func (c *RenameTable) String() string {
	return "~ rename table " + c.From + " -> " + c.To
}
func (c *AddColumn) String() string {
	return "+ column " + c.Table + "." + c.C.Name + " " + typeText(c.C) + nullText(c.C)
}
func (c *DropColumn) String() string {
	return "- column " + c.Table + "." + c.C.Name + " (its data is lost)"
}
func (c *RenameColumn) String() string {
	return "~ rename column " + c.Table + "." + c.From + " -> " + c.To
}
func (c *AlterType) String() string {
	s := "~ type " + c.Table + "." + c.Column + " " + c.From.String() + " -> " + c.To.String()
	if c.Guard != nil {
		s += " (every value checked)"
	}
	if c.Zone != "" {
		s += " (naive values are wall-clock times of time zone " + c.Zone + ")"
	}
	if c.From.Kind == KindJSONText && c.To.Kind == KindJSON {
		s += " (jsonb normalises each document: whitespace, key order and duplicate keys are not kept)"
	}
	return s
}
func (c *SetNotNull) String() string {
	s := "~ null " + c.Table + "." + c.Column + " NULL -> NOT NULL"
	if c.Backfill != "" {
		s += " (NULLs backfilled with " + c.Backfill + ")"
	}
	return s
}
func (c *DropNotNull) String() string {
	return "~ null " + c.Table + "." + c.Column + " NOT NULL -> NULL"
}
func (c *SetDefault) String() string {
	return "~ default " + c.Table + "." + c.Column + " " + orNone(c.From) + " -> " + c.To
}
func (c *DropDefault) String() string {
	return "~ default " + c.Table + "." + c.Column + " " + c.From + " -> (none)"
}
func (c *AddIndex) String() string {
	kind := "index"
	if c.I.Unique {
		kind = "unique"
	}
	return "+ " + kind + " " + c.Table + "." + c.I.Name + " (" + strings.Join(c.I.Columns, ", ") + ")"
}
func (c *DropIndex) String() string { return "- index " + c.Table + "." + c.I.Name }
func (c *AddForeignKey) String() string {
	if c.FK.Name == "" {
		return "+ foreign key " + c.Table + " " + c.FK.Definition()
	}
	return "+ foreign key " + c.Table + "." + c.FK.Name + " (" + strings.Join(c.FK.Columns, ", ") + ") -> " + c.FK.RefTable
}
func (c *DropForeignKey) String() string {
	if c.FK.Name == "" { // an unnamed key (SQLite) is told by what it is
		return "- foreign key " + c.Table + " " + c.FK.Definition()
	}
	return "- foreign key " + c.Table + "." + c.FK.Name
}
func (c *AddCheck) String() string {
	if c.Check.Name == "" {
		return "+ check " + c.Table + " " + c.Check.Definition()
	}
	return "+ check " + c.Table + "." + c.Check.Name + " " + c.Check.Condition()
}
func (c *DropCheck) String() string {
	if c.Check.Name == "" {
		return "- check " + c.Table + " " + c.Check.Definition()
	}
	return "- check " + c.Table + "." + c.Check.Name
}
func (c *RebuildTable) String() string {
	var b strings.Builder
	b.WriteString("~ rebuild " + c.To.Name + ":")
	for _, x := range c.Changes {
		b.WriteString("\n    ")
		b.WriteString(x.String())
	}
	return b.String()
}

func typeText(c *Column) string {
	if c.Extra != "" {
		return c.Type.String() + " [" + c.Extra + "]"
	}
	return c.Type.String()
}

func nullText(c *Column) string {
	s := " NOT NULL"
	if c.Nullable {
		s = " NULL"
	}
	if c.Default != "" {
		s += " DEFAULT " + c.Default
	}
	return s
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// Guards returns the guards of c, and of the changes a RebuildTable carries.
func Guards(c Change) []*Guard {
	var g *Guard
	switch c := c.(type) {
	case *AddColumn:
		g = c.Guard
	case *AlterType:
		g = c.Guard
	case *SetNotNull:
		g = c.Guard
	case *AddIndex:
		g = c.Guard
	case *AddForeignKey:
		g = c.Guard
	case *AddCheck:
		g = c.Guard
	case *RebuildTable:
		var out []*Guard
		for _, x := range c.Changes {
			out = append(out, Guards(x)...)
		}
		return out
	}
	if g == nil {
		return nil
	}
	return []*Guard{g}
}

// TableOf returns the table a change concerns (the new name for a
// rename); "" for the changes of native enum types, which concern none.
func TableOf(c Change) string {
	switch c := c.(type) {
	case *AddTable:
		return c.T.Name
	case *DropTable:
		return c.T.Name
	case *RenameTable:
		return c.To
	case *AddColumn:
		return c.Table
	case *DropColumn:
		return c.Table
	case *RenameColumn:
		return c.Table
	case *AlterType:
		return c.Table
	case *SetNotNull:
		return c.Table
	case *DropNotNull:
		return c.Table
	case *SetDefault:
		return c.Table
	case *DropDefault:
		return c.Table
	case *AddIndex:
		return c.Table
	case *DropIndex:
		return c.Table
	case *RenameIndex:
		return c.Table
	case *RenameConstraint:
		return c.Table
	case *AddForeignKey:
		return c.Table
	case *DropForeignKey:
		return c.Table
	case *AddCheck:
		return c.Table
	case *DropCheck:
		return c.Table
	case *RebuildTable:
		return c.To.Name
	}
	return ""
}

// CreateEnum creates a native enum type (PostgreSQL), before the tables
// and columns that use it.
type CreateEnum struct {
	E *Enum
}

// DropEnum drops a native enum type that no column uses and no model
// names.
type DropEnum struct {
	E *Enum
}

// AddEnumValue adds label Value to native enum Enum: before label Before,
// or after label After, or last when both are empty. PostgreSQL cannot use
// a value in the transaction that adds it, so a plan never both adds a
// value and uses it (in a default, or converting a column to the type).
type AddEnumValue struct {
	Enum          string
	Value         string
	Before, After string
}

func (*CreateEnum) change()   {}
func (*DropEnum) change()     {}
func (*AddEnumValue) change() {}

// Inverse returns DropEnum.
func (c *CreateEnum) Inverse() Change { return &DropEnum{E: c.E} }

// Inverse returns CreateEnum.
func (c *DropEnum) Inverse() Change { return &CreateEnum{E: c.E} }

// Inverse is nil: PostgreSQL cannot remove a label from an enum type (the
// type must be recreated and every column using it converted, by hand).
func (c *AddEnumValue) Inverse() Change { return nil }

// Loss: none.
func (c *CreateEnum) Loss() string { return "" }

// Loss: none (no column uses the type).
func (c *DropEnum) Loss() string { return "" }

// Loss: none.
func (c *AddEnumValue) Loss() string { return "" }

func (c *CreateEnum) String() string {
	return "+ enum " + c.E.Name + " " + enumLabels(c.E.Values)
}
func (c *DropEnum) String() string { return "- enum " + c.E.Name + " (no column uses it)" }
func (c *AddEnumValue) String() string {
	s := "+ enum value " + c.Enum + " " + quoteString(c.Value)
	switch {
	case c.Before != "":
		s += " before " + quoteString(c.Before)
	case c.After != "":
		s += " after " + quoteString(c.After)
	}
	return s
}
