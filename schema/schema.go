package schema

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Schema is a set of tables: built from models, or read from a database.
type Schema struct {
	// Tables in declaration order (FromModels) or by name (Inspect).
	Tables []*Table
	// Views lists views (and materialized views) found by Inspect, sorted.
	// Their definitions are not modelled; they are reported so that callers
	// can refuse to create a table of the same name. Always nil from models,
	// and Diff compares views only when want lists them: models keep the
	// views a database has.
	Views []string
	// Enums are the native enum types (PostgreSQL), sorted by name: from
	// models, those their enum types name (EnumType()); from Inspect, every
	// enum type of the schema. Always nil on dialects without native enums.
	Enums []*Enum
	// FoldNames is true for a schema read from an engine that takes two
	// names differing only in the case of ASCII letters for one (SQLite;
	// Inspect sets it). Diff then compares the names of primary keys,
	// indexes, foreign keys and checks so, when the live side (have) sets
	// it. Models leave it false.
	FoldNames bool
}

// Table returns the table named name.
func (s *Schema) Table(name string) (*Table, bool) {
	for _, t := range s.Tables {
		if t.Name == name {
			return t, true
		}
	}
	return nil, false
}

// Table is one table.
type Table struct {
	Name string
	// Columns in declaration order.
	Columns []*Column
	// PrimaryKey is nil when the table has none.
	PrimaryKey *PrimaryKey
	// Indexes, sorted by name. A model's unique constraints are unique
	// indexes.
	Indexes []*Index
	// ForeignKeys, sorted by name.
	ForeignKeys []*ForeignKey
	// Checks, sorted by name.
	Checks []*Check
	// Extra describes live table features ferro does not model (e.g.
	// "without rowid", "unlogged"); always empty from models.
	Extra string
	// PartitionBy is the partition key of a partitioned table (PostgreSQL
	// PARTITION BY); nil for an ordinary table.
	PartitionBy *PartitionKey
	// Partitions are the names of the partitions of a partitioned table,
	// sorted (live only: a partition is not a table of the schema, and
	// comparisons ignore the list; a partition of a partition is listed
	// with its own parent's).
	Partitions []string
	// RenamedFrom lists earlier names of the table (from the model's
	// RenamedFrom method): the migrator renames a live table of such a name
	// instead of creating this one. Never set by Inspect; comparisons
	// ignore it.
	RenamedFrom []string
	// Dependents are the objects ferro does not manage that use the table
	// or its columns and that the engine refuses to leave broken: it
	// refuses to drop what they use (and some, LocksType, to change the
	// type of the columns they use) while they exist. Live only, read on
	// PostgreSQL from pg_depend; nil from models and on SQLite, whose
	// migrator reads views and triggers itself. Comparisons ignore it.
	Dependents []*Dependent
}

// Dependent is an object that uses a table, as the engine records it:
// a view or materialized view (of any schema), a rule, a trigger, a
// row-level security policy, a function with a SQL-standard body, a
// publication, a generated column, a foreign key of another table; or
// that uses its row type (a function's argument or result, a domain, a
// composite type, an operator), which stops only the table's drop.
type Dependent struct {
	// Object names it as the engine does ("view v", "materialized view
	// other.m", "rule r on table u", "column g of table t", "constraint
	// fk on table u", "function f()").
	Object string
	// Table is the table of the inspected schema the object belongs to
	// (a rule's, trigger's, policy's, foreign key's or generated column's
	// table): dropping that table drops the object. Empty for an object
	// of no such table (a view, a function, a table of another schema).
	Table string
	// Column is set when the object is a generated column of Table: its
	// name. Constraint is set when it is a constraint of Table: its name.
	Column, Constraint string
	// Columns are the columns of the table it uses, in table order; empty
	// when it uses the table only as a whole (SELECT count(*), a
	// whole-row reference).
	Columns []string
	// Index is the index of the table it rests on (a foreign key of
	// another table on a unique index): the engine refuses to drop that
	// index while the object exists.
	Index string
	// RowType is true when the object stores the table's row type (a
	// column of another table of that type, or of an array, domain or
	// composite type over it): the engine then refuses to change the type
	// of any of the table's columns, or to add one with a default, while
	// it exists.
	RowType bool
	// LocksType is true when the engine also refuses to change the type
	// of Columns while the object exists (PostgreSQL: views and rules,
	// triggers, policies, functions, publications and generated columns;
	// not foreign keys, which it checks again).
	LocksType bool
}

// Uses reports whether d uses column (a name as the catalog spells it).
func (d *Dependent) Uses(column string) bool {
	for _, c := range d.Columns {
		if c == column {
			return true
		}
	}
	return false
}

// Column returns the column named name.
func (t *Table) Column(name string) (*Column, bool) { return find(t.Columns, name, (*Column).name) }

// Index returns the index named name.
func (t *Table) Index(name string) (*Index, bool) { return find(t.Indexes, name, (*Index).name) }

// ForeignKey returns the foreign key named name.
func (t *Table) ForeignKey(name string) (*ForeignKey, bool) {
	return find(t.ForeignKeys, name, (*ForeignKey).name)
}

// Check returns the check constraint named name.
func (t *Table) Check(name string) (*Check, bool) { return find(t.Checks, name, (*Check).name) }

// Sort puts indexes, foreign keys and checks in name order (the model's
// invariant); builders call it after filling the table.
func (t *Table) Sort() {
	slices.SortStableFunc(t.Indexes, func(a, b *Index) int { return cmp.Compare(a.Name, b.Name) })
	slices.SortStableFunc(t.ForeignKeys, func(a, b *ForeignKey) int { return cmp.Compare(a.Name, b.Name) })
	slices.SortStableFunc(t.Checks, func(a, b *Check) int { return cmp.Compare(a.Name, b.Name) })
}

func find[T any](xs []T, name string, key func(T) string) (T, bool) {
	for _, x := range xs {
		if key(x) == name {
			return x, true
		}
	}
	var zero T
	return zero, false
}

// Column is one column.
type Column struct {
	Name string
	Type Type
	// Nullable is false for NOT NULL columns.
	Nullable bool
	// Default is the column default as a normalised SQL expression
	// (see NormalizeDefault); empty when the column has none.
	Default string
	// AutoIncrement marks the database-generated key: a Postgres identity
	// column (GENERATED BY DEFAULT) or serial, or a SQLite rowid alias.
	AutoIncrement bool
	// Monotonic is SQLite's AUTOINCREMENT keyword on an AutoIncrement
	// key: the ids of deleted rows are never given again (SQLite keeps the
	// highest in its sqlite_sequence table). PostgreSQL's identity and
	// serial columns take their ids from a sequence, which never gives one
	// twice, and its catalog has no such keyword: Inspect never sets it
	// there, and the schema a PostgreSQL database stores (ForDialect)
	// drops it.
	Monotonic bool
	// Extra describes live column features ferro does not model (generated
	// columns, identity ALWAYS, collations ...); always empty from models.
	Extra string
	// Generated is the expression of a generated column as the engine
	// prints it (live only; Extra says "generated ..."). The planner reads
	// it for the columns it uses; comparisons look at Extra.
	Generated string
	// RenamedFrom lists earlier names of the column (tag renamed_from=):
	// the migrator renames a live column of such a name instead of adding
	// this one. Never set by Inspect; comparisons ignore it.
	RenamedFrom []string
}

func (c *Column) name() string { return c.Name }

// Equal reports whether c and o describe the same column.
// RenamedFrom is a hint, not a property of the column, and is ignored.
func (c *Column) Equal(o *Column) bool {
	return c.Name == o.Name && c.Type == o.Type && c.Nullable == o.Nullable && c.Default == o.Default &&
		c.AutoIncrement == o.AutoIncrement && c.Monotonic == o.Monotonic && c.Extra == o.Extra
}

// PartitionKey is how a partitioned table splits its rows: the method and
// the key columns of PostgreSQL's PARTITION BY.
type PartitionKey struct {
	// Method is "range", "list" or "hash".
	Method string
	// Columns are the key columns in order; an expression part is
	// "(expression)" (live only).
	Columns []string
}

// Equal reports whether p and o are the same key; nil equals only nil.
func (p *PartitionKey) Equal(o *PartitionKey) bool {
	if p == nil || o == nil {
		return p == o
	}
	return p.Method == o.Method && slices.Equal(p.Columns, o.Columns)
}

// String is the key as SQL writes it, for people: "range (id)".
func (p *PartitionKey) String() string {
	if p == nil {
		return "none"
	}
	return p.Method + " (" + strings.Join(p.Columns, ", ") + ")"
}

// PrimaryKey is a table's primary key constraint.
type PrimaryKey struct {
	// Name is the constraint name; empty when the live constraint has none
	// (an unnamed SQLite key).
	Name    string
	Columns []string
}

// Equal reports whether p and o are the same key; nil equals only nil.
func (p *PrimaryKey) Equal(o *PrimaryKey) bool {
	if p == nil || o == nil {
		return p == o
	}
	return p.Name == o.Name && slices.Equal(p.Columns, o.Columns)
}

// Index is an index; a model's unique constraint is a unique index.
type Index struct {
	Name   string
	Unique bool
	// Columns in key order. An expression part is reported as "(<expr>)"
	// (on SQLite, whose catalog does not expose it, as "(expression)").
	Columns []string
	// Include are the columns the index carries without keying on them
	// (PostgreSQL INCLUDE; live only).
	Include []string
	// Where is the predicate of a partial index (live only).
	Where string
	// Constraint is true when the index backs a UNIQUE or PRIMARY KEY
	// constraint declared in the table (live only). It says how the index
	// must be dropped, not what it does, so Equal ignores it.
	Constraint bool
	// Method is the index's access method when it is not the engine's
	// default (PostgreSQL: gin, gist, hash, brin ...; empty for btree and
	// on SQLite).
	Method string
	// Desc, when not nil, says for each key part (as Columns) whether it
	// is sorted descending; nil when none is.
	Desc []bool
	// Collate, when not nil, names for each key part (as Columns) the
	// collation the index uses where it is not the column's own (SQLite
	// reports NOCASE, RTRIM ...; "" for the column's); nil when none is
	// named.
	Collate []string
	// EngineNamed is true when the engine chose Name and no statement can
	// give or change it (SQLite's sqlite_autoindex_<table>_<n> behind a
	// UNIQUE written in its CREATE TABLE; live only). Such an index is the
	// one a model declares with the same definition, whatever the model's
	// name for it. Equal ignores it.
	EngineNamed bool
	// Extra describes other live features ferro does not model
	// (expression parts, an invalid index ...).
	Extra string
}

func (i *Index) name() string { return i.Name }

// Equal reports whether i and o are the same index (Constraint and
// EngineNamed aside).
func (i *Index) Equal(o *Index) bool {
	return i.Name == o.Name && i.EqualDefinition(o)
}

// EqualDefinition reports whether i and o index the same way, whatever
// their names (Constraint and EngineNamed aside).
func (i *Index) EqualDefinition(o *Index) bool {
	return i.Unique == o.Unique && slices.Equal(i.Columns, o.Columns) && slices.Equal(i.Include, o.Include) &&
		i.Where == o.Where && i.Method == o.Method && slices.Equal(i.Desc, o.Desc) && slices.Equal(i.Collate, o.Collate) && i.Extra == o.Extra
}

// Plain reports whether i is a plain index of columns: no predicate, no
// INCLUDE columns, the default method, no descending part, no collation
// and nothing else ferro does not model.
func (i *Index) Plain() bool {
	return i.Where == "" && len(i.Include) == 0 && i.Method == "" && i.Desc == nil && i.Collate == nil && i.Extra == ""
}

// Foreign key actions, canonical spelling; "no action" is the default on
// both engines and is always spelled out in the model.
const (
	ActionNoAction   = "no action"
	ActionRestrict   = "restrict"
	ActionCascade    = "cascade"
	ActionSetNull    = "set null"
	ActionSetDefault = "set default"
)

// ForeignKey is a foreign key constraint.
type ForeignKey struct {
	Name    string
	Columns []string
	// RefTable is the referenced table; schema-qualified ("other.t") when it
	// lives outside the inspected schema.
	RefTable   string
	RefColumns []string
	// OnDelete and OnUpdate are canonical actions (never empty).
	OnDelete, OnUpdate string
	// Deferrable says the key may be checked at commit instead of at each
	// statement (SET CONSTRAINTS ... DEFERRED); InitiallyDeferred that it
	// is, unless a transaction says otherwise (DEFERRABLE INITIALLY
	// DEFERRED; it implies Deferrable).
	Deferrable, InitiallyDeferred bool
	// Extra describes live features ferro does not model (match full,
	// not valid ...).
	Extra string
}

func (f *ForeignKey) name() string { return f.Name }

// Is reports whether f and o are the same constraint of a table, as the
// engine tells them apart: by name, or, when both have none (SQLite), by
// definition. The planner's bookkeeping (what a plan drops, renames or
// leaves alone) identifies foreign keys with it, so that one unnamed key
// never stands for another.
func (f *ForeignKey) Is(o *ForeignKey) bool {
	return f.Name == o.Name && (f.Name != "" || f.Equal(o))
}

// Definition is what f is, for people: "(customer_id) -> customer(id)",
// then its actions other than no action and its Extra.
func (f *ForeignKey) Definition() string {
	s := "(" + strings.Join(f.Columns, ", ") + ") -> " + f.RefTable + "(" + strings.Join(f.RefColumns, ", ") + ")"
	if f.OnDelete != "" && f.OnDelete != ActionNoAction {
		s += " on delete " + f.OnDelete
	}
	if f.OnUpdate != "" && f.OnUpdate != ActionNoAction {
		s += " on update " + f.OnUpdate
	}
	switch {
	case f.InitiallyDeferred:
		s += " deferrable initially deferred"
	case f.Deferrable:
		s += " deferrable"
	}
	if f.Extra != "" {
		s += " [" + f.Extra + "]"
	}
	return s
}

// Label names f for people: its name, or, when it has none (SQLite), its
// Definition.
func (f *ForeignKey) Label() string {
	if f.Name == "" {
		return f.Definition()
	}
	return f.Name
}

// Equal reports whether f and o are the same foreign key.
func (f *ForeignKey) Equal(o *ForeignKey) bool {
	return f.Name == o.Name && f.EqualDefinition(o)
}

// EqualDefinition reports whether f and o are the same foreign key,
// whatever their names.
func (f *ForeignKey) EqualDefinition(o *ForeignKey) bool {
	return slices.Equal(f.Columns, o.Columns) && f.RefTable == o.RefTable &&
		slices.Equal(f.RefColumns, o.RefColumns) && f.OnDelete == o.OnDelete && f.OnUpdate == o.OnUpdate &&
		f.Deferrable == o.Deferrable && f.InitiallyDeferred == o.InitiallyDeferred && f.Extra == o.Extra
}

// Check is a check constraint: the enum check "column IN (values)", of
// strings or of integers, or any other expression (Expr). Inspect
// recognises exactly the enum forms ferro renders and reports every other
// check as an opaque expression, as the engine prints it.
type Check struct {
	Name string
	// Column and Values describe an enum check; Values is nil otherwise.
	// Ints says the values are integers (decimal text, rendered unquoted):
	// the check of an integer enum.
	Column string
	Values []string
	Ints   bool
	// Expr is the live expression of a check that is not an enum check.
	Expr string
}

func (c *Check) name() string { return c.Name }

// Is reports whether c and o are the same constraint of a table, as the
// engine tells them apart: by name, or, when both have none (SQLite), by
// expression (see [ForeignKey.Is]).
func (c *Check) Is(o *Check) bool {
	return c.Name == o.Name && (c.Name != "" || c.Equal(o))
}

// Definition is what c is, for people: "(qty > 0)".
func (c *Check) Definition() string { return "(" + c.Condition() + ")" }

// Label names c for people: its name, or, when it has none (SQLite), its
// Definition.
func (c *Check) Label() string {
	if c.Name == "" {
		return c.Definition()
	}
	return c.Name
}

// Equal reports whether c and o are the same check: same name and the
// same expression (an enum check equals the opaque check it renders to).
func (c *Check) Equal(o *Check) bool {
	return c.Name == o.Name && c.Condition() == o.Condition()
}

// Enum is a native enum type (PostgreSQL CREATE TYPE ... AS ENUM): its name
// and labels in their sort order. Columns of Type{Kind: KindEnum, Raw:
// Name} hold one of Values.
type Enum struct {
	Name   string
	Values []string
	// UsedElsewhere is true when objects other than the columns, defaults
	// and checks of the schema's tables use the type (a view, a function,
	// a table of another schema): the migrator never drops it (live only;
	// Equal ignores it).
	UsedElsewhere bool
}

func (e *Enum) name() string { return e.Name }

// Equal reports whether e and o are the same type with the same labels in
// the same order (UsedElsewhere aside).
func (e *Enum) Equal(o *Enum) bool { return e.Name == o.Name && slices.Equal(e.Values, o.Values) }

// Enum returns the native enum type named name.
func (s *Schema) Enum(name string) (*Enum, bool) { return FindEnum(s.Enums, name) }

// FindEnum returns the enum named name in es.
func FindEnum(es []*Enum, name string) (*Enum, bool) { return find(es, name, (*Enum).name) }

// SortEnums puts s.Enums in name order (the model's invariant).
func (s *Schema) SortEnums() {
	slices.SortStableFunc(s.Enums, func(a, b *Enum) int { return cmp.Compare(a.Name, b.Name) })
}

// EnumColumns lists the columns of s whose type is the native enum name, as
// "table.column".
func (s *Schema) EnumColumns(name string) []string {
	var out []string
	for _, t := range s.Tables {
		for _, c := range t.Columns {
			if c.Type.Kind == KindEnum && c.Type.Raw == name {
				out = append(out, t.Name+"."+c.Name)
			}
		}
	}
	return out
}

// Condition is c's boolean expression as SQL: `"col" IN ('a', 'b')` for an
// enum check (`"col" IN (1, 2)` for an integer one), else the check's live
// expression unchanged.
func (c *Check) Condition() string {
	if c.Values == nil {
		return c.Expr
	}
	vals := make([]string, len(c.Values))
	for i, v := range c.Values {
		if _, err := strconv.ParseInt(v, 10, 64); c.Ints && err == nil {
			vals[i] = v
		} else {
			vals[i] = quoteString(v)
		}
	}
	return quote(c.Column) + " IN (" + strings.Join(vals, ", ") + ")"
}

// quote and quoteString are the SQL quoting of identifiers and string
// literals, for the words of String methods and check conditions.
func quote(ident string) string { return `"` + strings.ReplaceAll(ident, `"`, `""`) + `"` }

func quoteString(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// enumLabels renders labels as a SQL list: ('a', 'b').
func enumLabels(labels []string) string {
	q := make([]string, len(labels))
	for i, l := range labels {
		q[i] = quoteString(l)
	}
	return "(" + strings.Join(q, ", ") + ")"
}

// Constraints is what a model declares about its table beyond its
// fields' tags, with one method that catalog.FromModels reads:
//
//	func (Invoice) Constraints() schema.Constraints
//
// It gives the names and shapes ferro's defaults do not make: a primary
// key named otherwise or with its columns in another order than the
// fields', a table without one, indexes and uniques of any name and
// column order (partial, of another method, with descending or collated
// parts), foreign keys of any name (composite, several on one column,
// deferrable), checks of any expression, and a partitioned table's key.
// Everything it declares is added to what the tags declare. docs/models.md
// ("Names") has the rules.
type Constraints struct {
	// PrimaryKey names the primary key and orders its columns: Name (empty
	// keeps pk_<table>) and Columns, which are the fields tagged pk in
	// the key's order (nil keeps field order). Nil keeps the default.
	PrimaryKey *PrimaryKey
	// NoPrimaryKey declares a table without a primary key (one another
	// tool made); no field may then be tagged pk.
	NoPrimaryKey bool
	// Indexes are named indexes and uniques: Name, Unique, Columns (the
	// model's columns, in the index's order), and optionally Include,
	// Where (a predicate in the engine's SQL), Method, Desc and Collate.
	Indexes []*Index
	// ForeignKeys are named foreign keys: Name, Columns, RefTable (a table
	// of the models), RefColumns (its primary key or a unique index's
	// columns), OnDelete and OnUpdate (empty: no action), Deferrable and
	// InitiallyDeferred.
	ForeignKeys []*ForeignKey
	// Checks are named checks of any expression: Name and Expr, in the
	// engine's SQL as the engine prints it back (ferro gen writes it so),
	// since the plan compares the printed text.
	Checks []*Check
	// PartitionBy makes the table a partitioned one (PostgreSQL): its
	// method and key columns. Its partitions are made by SQL or a tool
	// such as pg_partman, never by ferro, and are not tables of the
	// schema.
	PartitionBy *PartitionKey
}
