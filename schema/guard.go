package schema

import (
	"strconv"
	"strings"
)

// GuardKind says which rows a Guard selects.
type GuardKind uint8

// The guard kinds.
const (
	// GuardRows selects every row (a NOT NULL column without a default
	// cannot be added to a table with rows).
	GuardRows GuardKind = iota + 1
	// GuardNull selects the rows where Columns[0] is NULL.
	GuardNull
	// GuardType selects the non-null values of Columns[0] that would not
	// survive the change from type From to type To.
	GuardType
	// GuardDuplicate selects the groups of duplicated non-null values of
	// Columns (a unique index cannot be created over them).
	GuardDuplicate
	// GuardOrphan selects the rows whose non-null Columns have no parent
	// row for foreign key FK; every such row when ParentCreated (the
	// referenced table is created by the same plan, so it is empty).
	GuardOrphan
	// GuardCheck selects the rows that fail Check.
	GuardCheck
)

// Guard is a data check, as data: the rows of Table that would not survive
// a change. A migration runs it before the change (at plan time and again
// inside the transaction) and refuses the plan when it selects any row.
// Dialects render it with GuardQuery; an export can render it as an
// executable statement.
type Guard struct {
	Kind    GuardKind
	Table   string
	Columns []string
	// From and To are the types of a GuardType.
	From, To Type
	// FK and ParentCreated describe a GuardOrphan.
	FK            *ForeignKey
	ParentCreated bool
	// Check is the constraint of a GuardCheck.
	Check *Check
	// Reason is the problem, worded for table.column; "%d" is replaced by
	// the number of rows.
	Reason string
}

// Column returns the guarded columns, comma-separated.
func (g *Guard) Column() string { return strings.Join(g.Columns, ", ") }

// Problem words the guard for n offending rows.
func (g *Guard) Problem(n int64) string {
	return strings.ReplaceAll(g.Reason, "%d", strconv.FormatInt(n, 10))
}

// AddColumnGuard is the guard of adding c: a NOT NULL column without a
// default (and not generated) cannot be added to a table with rows.
func addColumnGuard(table string, c *Column) *Guard {
	if c.Nullable || c.Default != "" || c.AutoIncrement {
		return nil
	}
	return &Guard{Kind: GuardRows, Table: table, Columns: []string{c.Name},
		Reason: "is NOT NULL without a default and the table has %d rows; add a literal default= to the tag (it backfills existing rows) or make the field nullable"}
}

// AddColumnGuard returns the guard of adding c to table, nil when none.
func AddColumnGuard(table string, c *Column) *Guard { return addColumnGuard(table, c) }

// NullGuard selects the NULL rows of table.column.
func NullGuard(table, column string) *Guard {
	return &Guard{Kind: GuardNull, Table: table, Columns: []string{column},
		Reason: "has %d NULL rows and would become NOT NULL; add a literal default= to the tag to backfill them, or fill them first"}
}

// UniqueGuard selects duplicates for a unique index; nil for a plain one.
func UniqueGuard(table string, x *Index) *Guard {
	if !x.Unique {
		return nil
	}
	return &Guard{Kind: GuardDuplicate, Table: table, Columns: x.Columns,
		Reason: "has %d duplicated values, so unique " + x.Name + " cannot be created; remove the duplicates first"}
}

// ParentGuard selects the rows of table missing from fk's referenced table.
func ParentGuard(table string, fk *ForeignKey, parentCreated bool) *Guard {
	return &Guard{Kind: GuardOrphan, Table: table, Columns: fk.Columns, FK: fk, ParentCreated: parentCreated,
		Reason: "has %d rows whose value is missing from " + fk.RefTable + "; fix them before adding foreign key " + fk.Label()}
}

// CheckGuard selects the rows of table that fail ck.
func CheckGuard(table string, ck *Check) *Guard {
	g := &Guard{Kind: GuardCheck, Table: table, Check: ck,
		Reason: "has %d rows that fail check " + checkText(ck) + "; update them first (for an enum: to one of the new values)"}
	if ck.Column != "" {
		g.Columns = []string{ck.Column}
	}
	return g
}

// checkText is a check for a guard's reason: its name and expression, or
// only the expression when it has no name (SQLite).
func checkText(ck *Check) string {
	if ck.Name == "" {
		return ck.Definition()
	}
	return ck.Name + " " + ck.Condition()
}
