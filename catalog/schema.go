package catalog

import "github.com/ferrosql/ferro/internal/dialect"

// The schema model. These are aliases of the types in internal/dialect,
// which the dialect packages share; see the package documentation.
type (
	// Schema is a set of tables, built by FromModels or read by Inspect.
	Schema = dialect.Schema
	// Table is one table: columns in declaration order; indexes, foreign
	// keys and checks sorted by name.
	Table = dialect.Table
	// Column is one column with its canonical Type.
	Column = dialect.Column
	// PrimaryKey is a table's primary key constraint.
	PrimaryKey = dialect.PrimaryKey
	// Index is an index; unique constraints of models are unique indexes.
	Index = dialect.Index
	// ForeignKey is a foreign key constraint with canonical actions.
	ForeignKey = dialect.ForeignKey
	// Check is a check constraint: an enum check or an opaque expression.
	Check = dialect.Check
	// Enum is a native enum type (PostgreSQL CREATE TYPE ... AS ENUM).
	Enum = dialect.Enum
	// Dependent is an object ferro does not manage (a view, rule,
	// trigger, policy, function ...) that uses a live table or its
	// columns (Table.Dependents, read by Inspect on PostgreSQL).
	Dependent = dialect.Dependent
	// Type is a canonical column type (comparable with ==).
	Type = dialect.Type
	// Kind is a Type without parameters.
	Kind = dialect.Kind
	// TypeError reports a type spelling outside the vocabulary.
	TypeError = dialect.TypeError
	// Querier is satisfied by *sql.DB, *sql.Conn and *sql.Tx.
	Querier = dialect.Querier
)

// The canonical kinds.
const (
	KindUnknown     = dialect.KindUnknown
	KindText        = dialect.KindText
	KindVarchar     = dialect.KindVarchar
	KindSmallint    = dialect.KindSmallint
	KindInt         = dialect.KindInt
	KindBigint      = dialect.KindBigint
	KindReal        = dialect.KindReal
	KindDouble      = dialect.KindDouble
	KindNumeric     = dialect.KindNumeric
	KindBoolean     = dialect.KindBoolean
	KindBytes       = dialect.KindBytes
	KindUUID        = dialect.KindUUID
	KindDate        = dialect.KindDate
	KindTime        = dialect.KindTime
	KindTimestamp   = dialect.KindTimestamp
	KindTimestamptz = dialect.KindTimestamptz
	KindJSON        = dialect.KindJSON
	KindJSONText    = dialect.KindJSONText
	KindChar        = dialect.KindChar
	KindEnum        = dialect.KindEnum
)

// Foreign key actions in canonical spelling.
const (
	ActionNoAction   = dialect.ActionNoAction
	ActionRestrict   = dialect.ActionRestrict
	ActionCascade    = dialect.ActionCascade
	ActionSetNull    = dialect.ActionSetNull
	ActionSetDefault = dialect.ActionSetDefault
)

// MaxIdentLen is the longest identifier ferro accepts or generates (63
// bytes, PostgreSQL's limit, on every dialect).
const MaxIdentLen = dialect.MaxIdentLen

// ReservedPrefix starts the names of ferro's bookkeeping tables ("ferro_"):
// models may not use it, and Inspect leaves such tables out.
const ReservedPrefix = dialect.ReservedPrefix

// ParseType parses a canonical type spelling such as "varchar(32)" or
// "numeric(12,2)" (case-insensitive); see the package documentation for the
// vocabulary. Errors are *TypeError.
func ParseType(s string) (Type, error) { return dialect.ParseType(s) }

// Unknown returns the type reported for a live spelling outside the
// vocabulary; it never equals a known type.
func Unknown(spelling string) Type { return dialect.Unknown(spelling) }

// Mismatches lists in words how got differs from want (empty when equal),
// in a stable order; for tests and error messages.
func Mismatches(want, got *Schema) []string { return dialect.Mismatches(want, got) }

// ForDialect returns s as the dialect named by name stores it: s itself on
// PostgreSQL; on SQLite, which has no native enum types, each native enum
// column becomes a text column with the enum CHECK a string enum gets.
// Compare a schema from FromModels with Inspect's through it.
func ForDialect(s *Schema, name string) (*Schema, error) {
	d, err := lookup(name)
	if err != nil {
		return nil, err
	}
	return dialect.ForDialect(d, s), nil
}

// NormalizeDefault puts a default expression in the model's canonical form
// for a column of type t (literals without casts or parentheses, keywords
// upper case ...), so tag defaults and live defaults compare equal.
func NormalizeDefault(expr string, t Type) string { return dialect.NormalizeDefault(expr, t) }
