// Package dialect holds ferro's dialect-neutral schema model (the types
// package catalog re-exports as catalog.Schema, catalog.Table, ...) and the
// small interface each SQL dialect implements so that the shared catalog code
// never branches on the dialect's name.
//
// # Why the model lives here
//
// Package catalog calls the dialect packages (internal/dialect/sqlite,
// internal/dialect/postgres) to render and inspect, and the dialect packages
// need the model types; so the model sits below both. Code inside
// internal/dialect/... uses the names of this package (dialect.Table, ...)
// and must not import package catalog (that would be an import cycle);
// everything else should use the catalog aliases.
//
// # Conventions
//
// Tables keep their columns in declaration (live: ordinal) order. Indexes,
// foreign keys and checks are kept sorted by name, so two schemas describing
// the same database compare equal whatever order they were built in. The
// model is plain data: values are not safe for concurrent mutation, but may
// be read concurrently.
package dialect

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// MaxIdentLen is the longest identifier, in bytes, that ferro accepts or
// generates: PostgreSQL's limit (NAMEDATALEN-1), applied on every dialect so
// a schema is portable.
const MaxIdentLen = 63

// ReservedPrefix starts the names of ferro's own bookkeeping tables. Models
// may not use it and Inspect leaves such tables out.
const ReservedPrefix = "ferro_"

// Querier is what introspection needs: *sql.DB, *sql.Conn and *sql.Tx all
// satisfy it (like atlas schema.ExecQuerier).
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// Dialect is implemented by each supported SQL dialect. Values are stateless
// and safe for concurrent use. Optional capabilities (for example ALTER
// rendering for the migrator) are separate interfaces found by type
// assertion.
type Dialect interface {
	// Name is "sqlite" or "postgres".
	Name() string
	// ColumnType returns the type name the dialect declares for c. It errors
	// when the dialect cannot store c.Type faithfully.
	ColumnType(c *Column) (string, error)
	// LiveType maps a live type spelling, as the dialect's catalog reports
	// it, to the canonical vocabulary; a spelling outside it is returned as
	// KindUnknown with Raw set, never guessed.
	LiveType(spelling string) Type
	// ColumnDef renders c's definition exactly as CREATE TABLE declares it
	// and ALTER TABLE ... ADD COLUMN must: quoted name, type, NOT NULL,
	// DEFAULT and any per-column clause the dialect needs (identity,
	// SQLite's numeric(p,s) CHECK).
	ColumnDef(c *Column) (string, error)
	// CreateTable renders t as one CREATE TABLE statement followed by one
	// CREATE INDEX statement per index, in a deterministic order, every
	// identifier quoted. Statements carry no trailing semicolon.
	CreateTable(t *Table) ([]string, error)
	// Inspect reads the tables of the current schema (Postgres
	// current_schema(), SQLite main) with a constant number of queries.
	Inspect(ctx context.Context, q Querier) (*Schema, error)
}

// Kind is a canonical column type without its parameters.
type Kind uint8

// The canonical type kinds; see Type.String for their spellings.
const (
	KindUnknown Kind = iota
	KindText
	KindVarchar
	KindSmallint
	KindInt
	KindBigint
	KindReal
	KindDouble
	KindNumeric
	KindBoolean
	KindBytes
	KindUUID
	KindDate
	KindTime
	KindTimestamp
	KindTimestamptz
	KindJSON
)

var kindNames = [...]string{
	KindUnknown: "unknown", KindText: "text", KindVarchar: "varchar", KindSmallint: "smallint", KindInt: "int",
	KindBigint: "bigint", KindReal: "real", KindDouble: "double", KindNumeric: "numeric", KindBoolean: "boolean",
	KindBytes: "bytes", KindUUID: "uuid", KindDate: "date", KindTime: "time", KindTimestamp: "timestamp",
	KindTimestamptz: "timestamptz", KindJSON: "json",
}

// String returns the kind's canonical name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// IsInteger reports whether k is smallint, int or bigint.
func (k Kind) IsInteger() bool { return k == KindSmallint || k == KindInt || k == KindBigint }

// Limits of the parameterised types (PostgreSQL's).
const (
	MaxVarcharLength    = 10485760
	MaxNumericPrecision = 1000
)

// Type is a canonical column type. The zero Type is not valid. Types are
// comparable with ==: an unknown type equals only an unknown type with the
// same live spelling.
type Type struct {
	Kind Kind
	// Length is n of varchar(n).
	Length int
	// Precision and Scale are p and s of numeric(p,s); both 0 means
	// unconstrained numeric.
	Precision, Scale int
	// Raw is the live spelling of a KindUnknown type.
	Raw string
}

// Unknown returns the type for a live spelling outside the vocabulary.
func Unknown(spelling string) Type { return Type{Kind: KindUnknown, Raw: spelling} }

// String returns the canonical spelling: text, varchar(32), numeric(12,2),
// numeric, unknown(citext) ...
func (t Type) String() string {
	switch t.Kind {
	case KindVarchar:
		return "varchar(" + strconv.Itoa(t.Length) + ")"
	case KindNumeric:
		if t.Precision == 0 {
			return "numeric"
		}
		return "numeric(" + strconv.Itoa(t.Precision) + "," + strconv.Itoa(t.Scale) + ")"
	case KindUnknown:
		return "unknown(" + t.Raw + ")"
	}
	return t.Kind.String()
}

// Equal reports whether t and o are the same type; unknown types never equal
// known ones.
func (t Type) Equal(o Type) bool { return t == o }

// TypeError reports a type string outside the canonical vocabulary.
type TypeError struct {
	Input  string
	Reason string
}

// Error implements error.
func (e *TypeError) Error() string {
	return fmt.Sprintf("ferro/catalog: bad type %q: %s", e.Input, e.Reason)
}

// Vocabulary lists the canonical type spellings, for error messages.
const Vocabulary = "text, varchar(n), smallint, int, bigint, real, double, numeric, numeric(p,s), boolean, bytes, uuid, date, time, timestamp, timestamptz, json"

// ParseType parses a canonical type spelling (case-insensitive, blanks
// allowed around parameters): one of [Vocabulary], numeric(p) meaning
// numeric(p,0), or unknown(<spelling>) as printed by Type.String.
func ParseType(s string) (Type, error) {
	in := s
	s = strings.TrimSpace(s)
	bad := func(reason string) (Type, error) { return Type{}, &TypeError{Input: in, Reason: reason} }
	name, params, hasParams := s, "", false
	if i := strings.IndexByte(s, '('); i >= 0 {
		if !strings.HasSuffix(s, ")") {
			return bad("missing ')'")
		}
		name, params, hasParams = strings.TrimSpace(s[:i]), s[i+1:len(s)-1], true
	}
	lname := strings.ToLower(name)
	if lname == "unknown" && hasParams {
		if params == "" {
			return bad("unknown() needs the live spelling")
		}
		return Unknown(params), nil
	}
	var k Kind
	for i, n := range kindNames {
		if n == lname && Kind(i) != KindUnknown {
			k = Kind(i)
		}
	}
	if k == KindUnknown {
		return bad("not in the vocabulary; use one of " + Vocabulary)
	}
	if !hasParams {
		if k == KindVarchar {
			return bad("varchar needs a length, e.g. varchar(32); use text for unbounded strings")
		}
		return Type{Kind: k}, nil
	}
	nums, err := parseInts(params)
	if err != nil {
		return bad(err.Error())
	}
	switch k {
	case KindVarchar:
		if len(nums) != 1 {
			return bad("want varchar(n)")
		}
		if nums[0] < 1 || nums[0] > MaxVarcharLength {
			return bad(fmt.Sprintf("length must be 1..%d", MaxVarcharLength))
		}
		return Type{Kind: k, Length: nums[0]}, nil
	case KindNumeric:
		if len(nums) == 1 {
			nums = append(nums, 0)
		}
		if len(nums) != 2 {
			return bad("want numeric(p,s)")
		}
		if nums[0] < 1 || nums[0] > MaxNumericPrecision {
			return bad(fmt.Sprintf("precision must be 1..%d", MaxNumericPrecision))
		}
		if nums[1] < 0 || nums[1] > nums[0] {
			return bad("scale must be 0..precision")
		}
		return Type{Kind: k, Precision: nums[0], Scale: nums[1]}, nil
	}
	return bad(lname + " takes no parameters")
}

func parseInts(s string) ([]int, error) {
	var out []int
	for p := range strings.SplitSeq(s, ",") {
		p = strings.TrimSpace(p)
		if p == "" || len(p) > 8 || strings.TrimLeft(p, "0123456789") != "" {
			return nil, fmt.Errorf("parameter %q is not a number", p)
		}
		n, _ := strconv.Atoi(p)
		out = append(out, n)
	}
	return out, nil
}

// Schema is a set of tables: built from models, or read from a database.
type Schema struct {
	// Tables in declaration order (FromModels) or by name (Inspect).
	Tables []*Table
	// Views lists views (and materialized views) found by Inspect, sorted.
	// Their definitions are not modelled; they are reported so that callers
	// can refuse to create a table of the same name. Always nil from models.
	Views []string
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
	// "without rowid", "partitioned"); always empty from models.
	Extra string
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
	// column (GENERATED BY DEFAULT) or a SQLite rowid alias.
	AutoIncrement bool
	// Extra describes live column features ferro does not model (generated
	// columns, identity ALWAYS, collations ...); always empty from models.
	Extra string
}

func (c *Column) name() string { return c.Name }

// Equal reports whether c and o describe the same column.
func (c *Column) Equal(o *Column) bool { return *c == *o }

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
	// Where is the predicate of a partial index (live only).
	Where string
	// Constraint is true when the index backs a UNIQUE or PRIMARY KEY
	// constraint declared in the table (live only). It says how the index
	// must be dropped, not what it does, so Equal ignores it.
	Constraint bool
	// Extra describes other live features ferro does not model
	// (descending parts, expression parts, non-btree methods ...).
	Extra string
}

func (i *Index) name() string { return i.Name }

// Equal reports whether i and o are the same index (Constraint aside).
func (i *Index) Equal(o *Index) bool {
	return i.Name == o.Name && i.Unique == o.Unique && slices.Equal(i.Columns, o.Columns) && i.Where == o.Where && i.Extra == o.Extra
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
	// Extra describes live features ferro does not model (deferrable, match
	// full ...).
	Extra string
}

func (f *ForeignKey) name() string { return f.Name }

// Equal reports whether f and o are the same foreign key.
func (f *ForeignKey) Equal(o *ForeignKey) bool {
	return f.Name == o.Name && slices.Equal(f.Columns, o.Columns) && f.RefTable == o.RefTable &&
		slices.Equal(f.RefColumns, o.RefColumns) && f.OnDelete == o.OnDelete && f.OnUpdate == o.OnUpdate && f.Extra == o.Extra
}

// Check is a check constraint. ferro creates one kind: the enum check
// "column IN (values)", of strings or of integers. Inspect recognises
// exactly the forms ferro renders and reports every other check as an
// opaque expression.
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

// Equal reports whether c and o are the same check.
func (c *Check) Equal(o *Check) bool {
	return c.Name == o.Name && c.Column == o.Column && slices.Equal(c.Values, o.Values) && (c.Values == nil) == (o.Values == nil) && c.Ints == o.Ints && c.Expr == o.Expr
}

// Equal reports whether t and o are the same table: same name, the same
// columns in the same order, and the same keys, indexes and checks.
func (t *Table) Equal(o *Table) bool { return len(t.mismatches(o, nil)) == 0 }

// Equal reports whether s and o hold the same tables (in any order) and the
// same views.
func (s *Schema) Equal(o *Schema) bool { return len(Mismatches(s, o)) == 0 }

// Mismatches lists, in a stable order and in words, how got differs from
// want; it is empty when they are equal. Meant for test failures and error
// messages, not for planning (that is the migrator's job).
func Mismatches(want, got *Schema) []string {
	var out []string
	for _, w := range want.Tables {
		g, ok := got.Table(w.Name)
		if !ok {
			out = append(out, fmt.Sprintf("table %q: missing", w.Name))
			continue
		}
		out = w.mismatches(g, out)
	}
	for _, g := range got.Tables {
		if _, ok := want.Table(g.Name); !ok {
			out = append(out, fmt.Sprintf("table %q: unexpected", g.Name))
		}
	}
	if !slices.Equal(want.Views, got.Views) {
		out = append(out, fmt.Sprintf("views: want %q, got %q", want.Views, got.Views))
	}
	return out
}

func (t *Table) mismatches(o *Table, out []string) []string {
	add := func(format string, args ...any) {
		out = append(out, fmt.Sprintf("table %q: ", t.Name)+fmt.Sprintf(format, args...))
	}
	if t.Name != o.Name {
		add("name differs: %q", o.Name)
	}
	if t.Extra != o.Extra {
		add("extra: want %q, got %q", t.Extra, o.Extra)
	}
	for i, c := range t.Columns {
		g, ok := o.Column(c.Name)
		switch {
		case !ok:
			add("column %q: missing", c.Name)
		case !c.Equal(g):
			add("column %q: want %s, got %s", c.Name, c.describe(), g.describe())
		case i >= len(o.Columns) || o.Columns[i] != g:
			add("column %q: not at position %d", c.Name, i+1)
		}
	}
	for _, g := range o.Columns {
		if _, ok := t.Column(g.Name); !ok {
			add("column %q: unexpected", g.Name)
		}
	}
	if !t.PrimaryKey.Equal(o.PrimaryKey) {
		add("primary key: want %s, got %s", t.PrimaryKey.describe(), o.PrimaryKey.describe())
	}
	out = mismatchSet(out, t.Name, "index", t.Indexes, o.Indexes, (*Index).name, (*Index).Equal, func(i *Index) string { return fmt.Sprintf("%+v", *i) })
	out = mismatchSet(out, t.Name, "foreign key", t.ForeignKeys, o.ForeignKeys, (*ForeignKey).name, (*ForeignKey).Equal, func(f *ForeignKey) string { return fmt.Sprintf("%+v", *f) })
	out = mismatchSet(out, t.Name, "check", t.Checks, o.Checks, (*Check).name, (*Check).Equal, func(c *Check) string { return fmt.Sprintf("%+v", *c) })
	return out
}

func mismatchSet[T any](out []string, table, what string, want, got []T, name func(T) string, eq func(T, T) bool, desc func(T) string) []string {
	for _, w := range want {
		g, ok := find(got, name(w), name)
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("table %q: %s %q: missing", table, what, name(w)))
		case !eq(w, g):
			out = append(out, fmt.Sprintf("table %q: %s %q: want %s, got %s", table, what, name(w), desc(w), desc(g)))
		}
	}
	for _, g := range got {
		if _, ok := find(want, name(g), name); !ok {
			out = append(out, fmt.Sprintf("table %q: %s %q: unexpected %s", table, what, name(g), desc(g)))
		}
	}
	return out
}

func (c *Column) describe() string {
	var b strings.Builder
	b.WriteString(c.Type.String())
	if !c.Nullable {
		b.WriteString(" not null")
	}
	if c.Default != "" {
		b.WriteString(" default " + c.Default)
	}
	if c.AutoIncrement {
		b.WriteString(" autoincrement")
	}
	if c.Extra != "" {
		b.WriteString(" [" + c.Extra + "]")
	}
	return b.String()
}

func (p *PrimaryKey) describe() string {
	if p == nil {
		return "none"
	}
	return fmt.Sprintf("%q %q", p.Name, p.Columns)
}

// Quote quotes an identifier for both dialects: wrapped in double quotes,
// embedded double quotes doubled. Any string is safe to splice into SQL
// after Quote.
func Quote(ident string) string {
	return `"` + strings.ReplaceAll(ident, `"`, `""`) + `"`
}

// QuoteString renders s as a SQL string literal (” for embedded quotes).
func QuoteString(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// NormalizeDefault puts a column default in the form the model stores, so a
// default written in a tag and the same default read back from either engine
// compare equal. For a literal, optionally wrapped in parentheses and
// followed by Postgres casts ('draft'::text, '-1'::integer, ('x')), it
// returns the bare literal: a quoted number becomes the number on numeric
// columns, 't'/'true' becomes true on boolean columns, keywords are upper
// case (CURRENT_TIMESTAMP), boolean words lower case (true), NULL becomes ""
// (no default), and a call without arguments has a lower-case name (now()).
// Anything else is returned trimmed and otherwise verbatim.
func NormalizeDefault(expr string, t Type) string {
	s := strings.TrimSpace(expr)
	for len(s) >= 2 && s[0] == '(' && matchingParen(s) == len(s)-1 {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	lit, rest := splitLiteral(s)
	if lit == "" {
		return s
	}
	for rest != "" {
		if !strings.HasPrefix(rest, "::") {
			return s
		}
		rest = strings.TrimSpace(rest[2:])
		i := castEnd(rest)
		if i == 0 {
			return s
		}
		rest = strings.TrimSpace(rest[i:])
	}
	for len(lit) >= 2 && lit[0] == '(' && matchingParen(lit) == len(lit)-1 {
		lit = strings.TrimSpace(lit[1 : len(lit)-1])
	}
	switch up := strings.ToUpper(lit); {
	case up == "NULL":
		return ""
	case up == "TRUE" || up == "FALSE":
		return strings.ToLower(lit)
	case up == "CURRENT_TIMESTAMP" || up == "CURRENT_DATE" || up == "CURRENT_TIME" || up == "LOCALTIMESTAMP" || up == "LOCALTIME":
		return up
	case strings.HasSuffix(lit, "()"):
		return strings.ToLower(lit)
	case lit[0] == '\'':
		inner := strings.ReplaceAll(lit[1:len(lit)-1], "''", "'")
		switch {
		case t.Kind.IsInteger() || t.Kind == KindNumeric || t.Kind == KindReal || t.Kind == KindDouble:
			if isNumber(inner) {
				return inner
			}
		case t.Kind == KindBoolean:
			switch strings.ToLower(strings.TrimSpace(inner)) {
			case "t", "true", "y", "yes", "on", "1":
				return "true"
			case "f", "false", "n", "no", "off", "0":
				return "false"
			}
		}
	}
	return lit
}

// splitLiteral splits s into a leading literal (string, number, keyword,
// zero-argument call, or parenthesised literal) and the rest; lit is empty
// when s does not start with one.
func splitLiteral(s string) (lit, rest string) {
	if s == "" {
		return "", ""
	}
	switch c := s[0]; {
	case c == '\'':
		for i := 1; i < len(s); i++ {
			if s[i] == '\'' {
				if i+1 < len(s) && s[i+1] == '\'' {
					i++
					continue
				}
				return s[:i+1], strings.TrimSpace(s[i+1:])
			}
		}
		return "", ""
	case c == '(':
		j := matchingParen(s)
		if j < 0 {
			return "", ""
		}
		inner, r := splitLiteral(strings.TrimSpace(s[1:j]))
		if inner == "" || r != "" {
			return "", ""
		}
		return s[:j+1], strings.TrimSpace(s[j+1:])
	case c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'):
		i := 1
		for i < len(s) {
			d := s[i]
			if (d >= '0' && d <= '9') || d == '.' || d == 'e' || d == 'E' ||
				((d == '-' || d == '+') && (s[i-1] == 'e' || s[i-1] == 'E')) {
				i++
				continue
			}
			break
		}
		if !isNumber(s[:i]) {
			return "", ""
		}
		return s[:i], strings.TrimSpace(s[i:])
	case isIdentStart(c):
		i := 1
		for i < len(s) && (isIdentStart(s[i]) || (s[i] >= '0' && s[i] <= '9')) {
			i++
		}
		word := s[:i]
		r := strings.TrimSpace(s[i:])
		if strings.HasPrefix(r, "(") {
			r2 := strings.TrimSpace(r[1:])
			if !strings.HasPrefix(r2, ")") {
				return "", ""
			}
			return word + "()", strings.TrimSpace(r2[1:])
		}
		switch strings.ToUpper(word) {
		case "NULL", "TRUE", "FALSE", "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIMESTAMP", "LOCALTIME":
			return word, r
		}
	}
	return "", ""
}

// castEnd returns the length of a Postgres type name at the start of s
// (letters, digits, blanks, underscores, dots, a parameter list and []),
// stopping before the next "::".
func castEnd(s string) int {
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case isIdentStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '"' || c == '[' || c == ']':
			i++
		case c == ' ':
			if strings.HasPrefix(s[i:], " ::") {
				return i
			}
			i++
		case c == '(':
			j := matchingParen(s[i:])
			if j < 0 {
				return 0
			}
			i += j + 1
		case c == ':':
			return i
		default:
			return 0
		}
	}
	return i
}

func isIdentStart(c byte) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

// matchingParen returns the index of the ')' closing the '(' at s[0],
// skipping quoted strings, or -1.
func matchingParen(s string) int {
	depth := 0
	inQuote := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inQuote:
			if c == '\'' {
				inQuote = false
			}
		case c == '\'':
			inQuote = true
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// isNumber reports whether s is a plain SQL numeric literal: optional sign,
// digits with an optional fraction, optional exponent.
func isNumber(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	if s == "" {
		return false
	}
	mant, exp, hasExp := strings.Cut(strings.ToLower(s), "e")
	ip, fp, _ := strings.Cut(mant, ".")
	if ip == "" && fp == "" || !digits(ip) || !digits(fp) {
		return false
	}
	if hasExp {
		exp = strings.TrimPrefix(strings.TrimPrefix(exp, "-"), "+")
		return exp != "" && digits(exp)
	}
	return true
}

func digits(s string) bool { return strings.Trim(s, "0123456789") == "" }

// SplitLiteral splits expr into a leading SQL literal (a quoted string, a
// number, NULL/TRUE/FALSE, a CURRENT_* keyword, a call without arguments,
// or one of these in parentheses) and the trimmed rest; lit is empty when
// expr does not start with one.
func SplitLiteral(expr string) (lit, rest string) { return splitLiteral(strings.TrimSpace(expr)) }

// ForeignKeyAdder is implemented by dialects that check a foreign key's
// referenced table when the key is created (Postgres) and can add a key to an
// existing table. Rendering a schema whose foreign keys form a cycle then
// creates such keys after all tables. Dialects without it (SQLite) keep every
// key inside CREATE TABLE.
type ForeignKeyAdder interface {
	AddForeignKey(table string, fk *ForeignKey) string
}
