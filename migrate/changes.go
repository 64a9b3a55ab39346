package migrate

import "github.com/ferrosql/ferro/internal/dialect"

// The typed changes a [Plan] is made of ([Plan.Changes]). They are
// dialect-neutral data in the style of atlas's sql/schema changes: the
// planner produces them, each dialect renders them into SQL, and printing,
// exporting and logging read them. Every change has an Inverse (nil where
// none exists) and says through Loss which data applying it destroys for
// good. Changes name tables and columns; the schema objects they carry
// (catalog.Table, catalog.Column, ...) are shared with the plan and must
// not be modified.
type (
	// Change is one schema change; the set of types below is closed.
	Change = dialect.Change
	// AddTable creates a table with its indexes, checks and foreign keys.
	AddTable = dialect.AddTable
	// DropTable drops a table and its rows (only tables named by
	// [DropTables], at [LevelDestructive]).
	DropTable = dialect.DropTable
	// RenameTable renames a table in place (model method RenamedFrom).
	RenameTable = dialect.RenameTable
	// AddColumn adds a column.
	AddColumn = dialect.AddColumn
	// DropColumn drops a column and its values.
	DropColumn = dialect.DropColumn
	// RenameColumn renames a column in place (tag renamed_from=).
	RenameColumn = dialect.RenameColumn
	// AlterType changes a column's type; Guard selects the values that
	// would not survive.
	AlterType = dialect.AlterType
	// SetNotNull makes a column NOT NULL, backfilling NULLs with the new
	// default when there is one.
	SetNotNull = dialect.SetNotNull
	// DropNotNull makes a column nullable.
	DropNotNull = dialect.DropNotNull
	// SetDefault sets a column default.
	SetDefault = dialect.SetDefault
	// DropDefault removes a column default.
	DropDefault = dialect.DropDefault
	// AddIndex creates an index or unique constraint.
	AddIndex = dialect.AddIndex
	// RenameIndex renames an index that followed a table or column rename.
	RenameIndex = dialect.RenameIndex
	// RenameConstraint renames a primary key, foreign key or check that
	// followed a table or column rename.
	RenameConstraint = dialect.RenameConstraint
	// DropIndex drops an index or unique constraint.
	DropIndex = dialect.DropIndex
	// AddForeignKey adds a foreign key to an existing table.
	AddForeignKey = dialect.AddForeignKey
	// DropForeignKey drops a foreign key.
	DropForeignKey = dialect.DropForeignKey
	// AddCheck adds a check constraint.
	AddCheck = dialect.AddCheck
	// DropCheck drops a check constraint.
	DropCheck = dialect.DropCheck
	// RebuildTable carries out, on SQLite, the changes ALTER TABLE cannot
	// make, by copying the table into a new one of the wanted shape.
	RebuildTable = dialect.RebuildTable
	// CreateEnum creates a native enum type (PostgreSQL), before the
	// tables that use it.
	CreateEnum = dialect.CreateEnum
	// DropEnum drops a native enum type no model names and no column
	// uses ([LevelDestructive]).
	DropEnum = dialect.DropEnum
	// AddEnumValue adds a label to a native enum type (ALTER TYPE ... ADD
	// VALUE); it has no inverse.
	AddEnumValue = dialect.AddEnumValue
	// Guard is a data check as data: which rows of a table would not
	// survive a change, and why.
	Guard = dialect.Guard
	// GuardKind says which rows a Guard selects.
	GuardKind = dialect.GuardKind
)

// The guard kinds.
const (
	GuardRows      = dialect.GuardRows
	GuardNull      = dialect.GuardNull
	GuardType      = dialect.GuardType
	GuardDuplicate = dialect.GuardDuplicate
	GuardOrphan    = dialect.GuardOrphan
	GuardCheck     = dialect.GuardCheck
)

// Guards returns the data checks of c (for a RebuildTable, those of the
// changes it carries).
func Guards(c Change) []*Guard { return dialect.Guards(c) }
