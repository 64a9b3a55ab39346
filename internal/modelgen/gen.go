package modelgen

import (
	"bytes"
	"fmt"
	"go/format"
	"go/token"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/ferrosql/ferro/internal/dialect"
	_ "github.com/ferrosql/ferro/internal/dialect/all" // registers the engines whose advice Generate asks
	"github.com/ferrosql/ferro/internal/model"
	"github.com/ferrosql/ferro/schema"
)

// NullStyle chooses the Go type of nullable columns.
type NullStyle int

const (
	// NullPointer makes nullable columns pointers (*string, *time.Time).
	// []byte and json.RawMessage columns keep their type and get the
	// nullable tag option. It is the default.
	NullPointer NullStyle = iota
	// NullSQL makes nullable columns database/sql null types
	// (sql.NullString, sql.NullInt64, sql.Null[float32], decimal.NullDecimal,
	// uuid.NullUUID, sql.Null[Enum]).
	NullSQL
)

// Options configure Generate. The zero value generates package "models"
// for every table with pointer nulls and refuses on any problem.
type Options struct {
	// Package is the Go package name; default "models".
	Package string
	// Tables restricts generation to these tables; empty means all.
	Tables []string
	// Nulls chooses how nullable columns are typed.
	Nulls NullStyle
	// Partial generates what can be expressed even when some things cannot:
	// the Problems are returned with the code and marked in it.
	Partial bool
	// Source names the database in the header comment (a redacted DSN).
	Source string
}

// Problem is one thing of the live schema the generated models cannot
// describe.
type Problem struct {
	Table string
	// Column is the column concerned, or empty.
	Column string
	// Object names a constraint, index or view ("index \"x\""), or empty.
	Object string
	// Reason says what cannot be expressed and what to do.
	Reason string
}

// String renders the problem on one line.
func (p Problem) String() string {
	var b strings.Builder
	if p.Table != "" {
		fmt.Fprintf(&b, "table %q", p.Table)
	}
	if p.Column != "" {
		fmt.Fprintf(&b, ", column %q", p.Column)
	}
	if p.Object != "" {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p.Object)
	}
	return b.String() + ": " + p.Reason
}

// ProblemsError is returned by Generate, without code, when the schema
// cannot be described exactly and Options.Partial is false.
type ProblemsError struct {
	Problems []Problem
}

// Error lists every problem, one per line.
func (e *ProblemsError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "ferro gen: %d thing(s) in the database cannot be described by ferro models (use -partial to generate the rest, marked in comments):", len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

// Result is what Generate produced.
type Result struct {
	// Source is the gofmt-formatted Go file.
	Source []byte
	// Problems lists what the code leaves out (only with Options.Partial).
	Problems []Problem
	// Schema is the schema the generated models describe, as FromModels
	// builds it.
	Schema *schema.Schema
}

type genEnum struct {
	name   string
	values []string
	// native is the PostgreSQL enum type the Go type names (EnumType());
	// empty for an enum read from a CHECK.
	native string
}

type genField struct {
	col    *schema.Column
	goName string
	goType string
	tag    model.Tag
	enum   *genEnum
	notes  []string
	// comments are lines written above the field that are not problems.
	comments []string
}

type genTable struct {
	t       *schema.Table
	goName  string
	fields  []*genField
	byCol   map[string]*genField
	notes   []string
	skipped bool
	pkName  string
	pk      []string
	indexes []*schema.Index
	fks     []*schema.ForeignKey
	checks  []*schema.Check
}

type generator struct {
	opts     Options
	dialect  schema.Dialect
	engine   dialect.Dialect // the dialect's advice (RenameAdvice, AutoIncrement)
	live     *schema.Schema
	tables   []*genTable
	byName   map[string]*genTable
	problems []Problem
	imports  map[string]bool
	goNames  map[string]bool
	// native are the Go types of the native enum types, by type name.
	native map[string]*genEnum
}

func (g *generator) problem(gt *genTable, column, object, reason string) {
	g.problems = append(g.problems, Problem{Table: gt.t.Name, Column: column, Object: object, Reason: reason})
	note := reason
	if object != "" {
		note = object + ": " + reason
	}
	if f := gt.byCol[column]; f != nil && column != "" {
		f.notes = append(f.notes, note)
		return
	}
	if column != "" {
		note = fmt.Sprintf("column %q: %s", column, note)
	}
	gt.notes = append(gt.notes, note)
}

// Generate writes models for live, a schema read by catalog.Inspect from a
// database of dialect d.
func Generate(live *schema.Schema, d schema.Dialect, opts Options) (*Result, error) {
	e, ok := dialect.Lookup(d)
	if !ok {
		return nil, fmt.Errorf("ferro gen: unknown dialect %q: use %q or %q", d, schema.SQLite, schema.Postgres)
	}
	if opts.Package == "" {
		opts.Package = "models"
	}
	if !token.IsIdentifier(opts.Package) {
		return nil, fmt.Errorf("ferro gen: package name %q is not a Go identifier; pass -pkg with a name such as models", opts.Package)
	}
	g := &generator{opts: opts, dialect: d, engine: e.Catalog, live: live, byName: map[string]*genTable{}, imports: map[string]bool{}, goNames: map[string]bool{"Models": true}}
	want := map[string]bool{}
	for _, n := range opts.Tables {
		if _, ok := live.Table(n); !ok {
			return nil, fmt.Errorf("ferro gen: table %q is not in the database; -tables takes names from `ferro inspect`", n)
		}
		want[n] = true
	}
	for _, t := range live.Tables {
		if len(want) > 0 && !want[t.Name] {
			continue
		}
		gt := &genTable{t: t, byCol: map[string]*genField{}}
		gt.goName = g.uniqueName(goIdent(t.Name, "Table"))
		g.tables = append(g.tables, gt)
		g.byName[t.Name] = gt
	}
	if len(g.tables) == 0 {
		return nil, fmt.Errorf("ferro gen: the database has no tables to generate models for")
	}
	for _, gt := range g.tables {
		g.columns(gt)
	}
	for _, gt := range g.tables {
		g.keys(gt)
	}
	for _, gt := range g.tables {
		g.foreignKeys(gt)
	}
	for _, gt := range g.tables {
		g.indexes(gt)
		g.checks(gt)
		g.autoIncrement(gt)
	}
	if len(want) == 0 {
		for _, e := range live.Enums {
			if _, ok := g.native[e.Name]; !ok {
				g.problems = append(g.problems, Problem{Object: fmt.Sprintf("enum type %q", e.Name), Reason: "no column uses it, so no model names it (a model names an enum type through a field of its Go type); drop it with SQL or keep it with a versioned migration"})
			}
		}
		for _, v := range live.Views {
			g.problems = append(g.problems, Problem{Object: fmt.Sprintf("view %q", v), Reason: "views are not modelled; keep creating it with SQL (a versioned migration)"})
		}
	}
	sort.SliceStable(g.problems, func(i, j int) bool {
		a, b := g.problems[i].Table, g.problems[j].Table
		return a != "" && (b == "" || a < b)
	})
	predicted := g.predict()
	if len(g.problems) == 0 {
		liveSel := &schema.Schema{Views: live.Views}
		for _, e := range live.Enums {
			if _, ok := g.native[e.Name]; ok {
				liveSel.Enums = append(liveSel.Enums, e)
			}
		}
		for _, gt := range g.tables {
			liveSel.Tables = append(liveSel.Tables, gt.t)
		}
		if mm := schema.Mismatches(predicted, liveSel); len(mm) > 0 {
			return nil, fmt.Errorf("ferro gen: internal error: the generated models would differ from the database in ways not explained (please report):\n  %s", strings.Join(mm, "\n  "))
		}
	}
	if len(g.problems) > 0 && !opts.Partial {
		return nil, &ProblemsError{Problems: g.problems}
	}
	src, err := g.render()
	if err != nil {
		return nil, err
	}
	return &Result{Source: src, Problems: g.problems, Schema: predicted}, nil
}

func (g *generator) uniqueName(n string) string {
	out := n
	for i := 2; g.goNames[out]; i++ {
		out = n + strconv.Itoa(i)
	}
	g.goNames[out] = true
	return out
}

// columns types every column.
func (g *generator) columns(gt *genTable) {
	t := gt.t
	if t.Extra != "" {
		g.problem(gt, "", "", "has features ferro does not model ("+t.Extra+"); the models describe an ordinary table")
	}
	if err := checkTagName(t.Name); err != nil {
		g.problem(gt, "", "", err.Error())
	}
	fieldNames := map[string]bool{}
	for _, c := range t.Columns {
		if err := checkTagName(c.Name); err != nil {
			g.problem(gt, c.Name, "", err.Error())
			continue
		}
		if c.Type.Kind == schema.KindUnknown {
			if t, err := schema.ParseType(c.Type.Raw); err == nil && t.Kind == schema.KindUUID {
				g.problem(gt, c.Name, "", "is declared "+c.Type.Raw+" without ferro's uuid check, so SQLite holds any value in it and ferro reads it as unknown("+c.Type.Raw+"); no tag describes it as it is, so the column is left out of the model; to adopt it, declare the field uuid.UUID and migrate at the updates level, which adds the check once every value is UUID text (docs/migrations.md)")
				continue
			}
			g.problem(gt, c.Name, "", fmt.Sprintf("live type %s is outside ferro's type vocabulary (%s), so no tag describes it; the column is left out of the model; keep it with SQL (a versioned migration) or change it to a type in the vocabulary", c.Type.Raw, schema.Vocabulary))
			continue
		}
		var native *genEnum
		if c.Type.Kind == schema.KindEnum {
			if native = g.nativeEnum(c.Type.Raw); native == nil {
				g.problem(gt, c.Name, "", "enum type "+c.Type.Raw+" was not read with the schema; the column is left out of the model")
				continue
			}
		}
		name := goIdent(c.Name, "Col")
		for i := 2; fieldNames[name]; i++ {
			name = goIdent(c.Name, "Col") + strconv.Itoa(i)
		}
		fieldNames[name] = true
		f := &genField{col: c, goName: name, tag: model.Tag{Name: c.Name}, enum: native}
		gt.fields = append(gt.fields, f)
		gt.byCol[c.Name] = f
		if c.Extra != "" {
			g.problem(gt, c.Name, "", "has features ferro does not model ("+c.Extra+"); the model describes a plain column")
		}
		if c.Default != "" {
			if lit, rest := dialect.SplitLiteral(c.Default); lit == "" || rest != "" || strings.HasPrefix(lit, "(") {
				g.problem(gt, c.Name, "", fmt.Sprintf("default %s is not a SQL literal, and ferro tags take only literals; the model has no default", c.Default))
			} else {
				f.tag.Default, f.tag.HasDefault = c.Default, true
			}
		}
		plain := c.Type
		plain.Raw = ""
		switch {
		case c.Type.Array:
			f.tag.Type = plain.String()
		case c.Type.Kind == schema.KindVarchar, c.Type.Kind == schema.KindChar, c.Type.Kind == schema.KindDate, c.Type.Kind == schema.KindTime,
			c.Type.Kind == schema.KindTimestamp, c.Type.Kind == schema.KindJSONText:
			f.tag.Type = plain.String()
		case c.Type.Kind == schema.KindTimestamptz && c.Type.FracDigits() < schema.MaxTimePrecision:
			f.tag.Type = plain.String()
		case c.Type.Kind == schema.KindNumeric:
			if c.Type.Precision > 0 {
				f.tag.Type = plain.String()
			}
			if d := c.Type.Declared(); d != "" {
				f.comments = append(f.comments, "declared "+d+": SQLite keeps its values as REAL or INTEGER (NUMERIC affinity), not exact decimals; the model matches it without DDL (see docs/models.md)")
			}
		}
	}
}

// nativeEnum returns the Go enum type of native enum type name, made on
// first use; nil when the schema has no such type.
func (g *generator) nativeEnum(name string) *genEnum {
	if e, ok := g.native[name]; ok {
		return e
	}
	le, ok := g.live.Enum(name)
	if !ok {
		return nil
	}
	if g.native == nil {
		g.native = map[string]*genEnum{}
	}
	e := &genEnum{name: g.uniqueName(goIdent(name, "Enum")), values: le.Values, native: name}
	g.native[name] = e
	return e
}

// keys sets the primary key.
func (g *generator) keys(gt *genTable) {
	t := gt.t
	if t.PrimaryKey == nil {
		g.problem(gt, "", "", "has no primary key, and ferro models need one; add one to the table (ALTER TABLE ... ADD PRIMARY KEY) and run gen again; the table is left out")
		gt.skipped = true
		return
	}
	want := dialect.ConstraintName(dialect.PrefixPrimaryKey, t.Name)
	for _, c := range t.PrimaryKey.Columns {
		if gt.byCol[c] == nil {
			g.problem(gt, "", "primary key "+named(t.PrimaryKey.Name, "("+strings.Join(t.PrimaryKey.Columns, ", ")+")"), fmt.Sprintf("column %q of the key cannot be generated, so the table is left out", c))
			gt.skipped = true
			return
		}
	}
	if !inFieldOrder(gt, t.PrimaryKey.Columns) {
		g.problem(gt, "", "primary key "+named(t.PrimaryKey.Name, "("+strings.Join(t.PrimaryKey.Columns, ", ")+")"), fmt.Sprintf("its columns (%s) are not in the table's column order, and a model's key columns follow field order; the model's key is in column order", strings.Join(t.PrimaryKey.Columns, ", ")))
	}
	if t.PrimaryKey.Name != want {
		g.problem(gt, "", "primary key "+named(t.PrimaryKey.Name, "("+strings.Join(t.PrimaryKey.Columns, ", ")+")"), "models name it "+strconv.Quote(want)+"; "+g.renameAdvice(t.Name, "constraint", t.PrimaryKey.Name, want))
	}
	gt.pkName = want
	for _, c := range t.PrimaryKey.Columns {
		gt.byCol[c].tag.PK = true
		if gt.byCol[c].col.Nullable {
			g.problem(gt, c, "", "is a nullable primary key column, which models cannot declare")
		}
	}
	gt.pk = fieldOrder(gt, t.PrimaryKey.Columns)
}

// named is a constraint's name quoted, or def, what it is, when it has
// none (SQLite): "(customer_id) -> customer(id)".
func named(name, def string) string {
	if name == "" {
		return def
	}
	return strconv.Quote(name)
}

func (g *generator) renameAdvice(table, kind, from, to string) string {
	if from == "" {
		from = "(unnamed)"
	}
	return g.engine.RenameAdvice(table, kind, from, to)
}

func (g *generator) foreignKeys(gt *genTable) {
	if gt.skipped {
		return
	}
	t := gt.t
	for _, fk := range t.ForeignKeys {
		obj := "foreign key " + named(fk.Name, fk.Definition())
		col := ""
		if len(fk.Columns) == 1 {
			col = fk.Columns[0]
		}
		if len(fk.Columns) != 1 {
			g.problem(gt, "", obj, fmt.Sprintf("has %d columns (%s); model foreign keys have one column", len(fk.Columns), strings.Join(fk.Columns, ", ")))
			continue
		}
		f := gt.byCol[col]
		if f == nil {
			g.problem(gt, col, obj, "its column is not generated, so neither is the key")
			continue
		}
		if fk.Extra != "" {
			g.problem(gt, col, obj, "has features ferro does not model ("+fk.Extra+")")
			continue
		}
		if f.tag.FK != "" {
			g.problem(gt, col, obj, "is a second foreign key on the column; a field has one fk= option")
			continue
		}
		ref := g.byName[fk.RefTable]
		if ref == nil || ref.skipped {
			reason := "references table " + strconv.Quote(fk.RefTable) + ", which is not generated"
			if _, ok := g.live.Table(fk.RefTable); ok && ref == nil {
				reason += "; add it to -tables"
			}
			g.problem(gt, col, obj, reason)
			continue
		}
		rc := fk.RefColumns[0]
		rf := ref.byCol[rc]
		if rf == nil || !g.singleKey(ref, rc) {
			g.problem(gt, col, obj, fmt.Sprintf("references %s.%s, which is not its table's single-column primary key or unique column (models require one)", fk.RefTable, rc))
			continue
		}
		if rf.col.Type != f.col.Type {
			g.problem(gt, col, obj, fmt.Sprintf("column type %s differs from the referenced %s.%s's %s; models require the same type", f.col.Type, fk.RefTable, rc, rf.col.Type))
			continue
		}
		bad := false
		for _, a := range []string{fk.OnDelete, fk.OnUpdate} {
			if a == schema.ActionSetNull && !f.col.Nullable || a == schema.ActionSetDefault && !f.col.Nullable && !f.tag.HasDefault {
				g.problem(gt, col, obj, fmt.Sprintf("action %q needs a nullable column (or a default) in a model", a))
				bad = true
			}
		}
		if bad {
			continue
		}
		want := dialect.ConstraintName(dialect.PrefixForeignKey, t.Name, col)
		if fk.Name != want {
			g.problem(gt, col, obj, "models name it "+strconv.Quote(want)+"; "+g.renameAdvice(t.Name, "constraint", fk.Name, want))
			continue
		}
		f.tag.FK = fk.RefTable + "." + rc
		if fk.OnDelete != schema.ActionNoAction {
			f.tag.OnDelete = fk.OnDelete
		}
		if fk.OnUpdate != schema.ActionNoAction {
			f.tag.OnUpdate = fk.OnUpdate
		}
		gt.fks = append(gt.fks, fk)
	}
}

// singleKey reports whether column c of gt is, in the live table, the
// single-column primary key or a single-column unique index (what fk=
// needs of its target).
func (g *generator) singleKey(gt *genTable, c string) bool {
	t := gt.t
	if t.PrimaryKey != nil && len(t.PrimaryKey.Columns) == 1 && t.PrimaryKey.Columns[0] == c {
		return true
	}
	for _, x := range t.Indexes {
		if x.Unique && len(x.Columns) == 1 && x.Columns[0] == c && x.Where == "" && x.Extra == "" &&
			x.Name == dialect.ConstraintName(dialect.PrefixUnique, t.Name, c) {
			return true
		}
	}
	return false
}

func (g *generator) indexes(gt *genTable) {
	if gt.skipped {
		return
	}
	t := gt.t
	for _, x := range t.Indexes {
		kind := "index"
		prefix := dialect.PrefixIndex
		if x.Unique {
			kind, prefix = "unique index", dialect.PrefixUnique
		}
		obj := fmt.Sprintf("%s %q", kind, x.Name)
		col := ""
		if len(x.Columns) == 1 {
			col = x.Columns[0]
		}
		switch {
		case x.Where != "":
			g.problem(gt, col, obj, "is partial (WHERE "+x.Where+"); model indexes are plain")
			continue
		case x.Extra != "":
			g.problem(gt, col, obj, "has features ferro does not model ("+x.Extra+")")
			continue
		}
		missing := false
		for _, c := range x.Columns {
			if gt.byCol[c] == nil {
				missing = true
			}
		}
		if missing {
			g.problem(gt, col, obj, "covers a column that is not generated, so the index is left out")
			continue
		}
		if !inFieldOrder(gt, x.Columns) {
			g.problem(gt, col, obj, fmt.Sprintf("its columns (%s) are not in the table's column order, and a model's composite index follows field order", strings.Join(x.Columns, ", ")))
			continue
		}
		want := dialect.ConstraintName(prefix, t.Name, x.Columns...)
		if x.Name != want {
			how := kind
			if x.Constraint {
				how = "constraint" // a UNIQUE in the table definition
			}
			g.problem(gt, col, obj, "models name it "+strconv.Quote(want)+"; "+g.renameAdvice(t.Name, how, x.Name, want))
			continue
		}
		// A field carries at most one single-column index (`index`,
		// `unique`) and one composite group (`index=g`, `unique=g`) of each
		// kind.
		composite := len(x.Columns) > 1
		taken := false
		for _, c := range x.Columns {
			f := gt.byCol[c]
			switch {
			case x.Unique && !composite:
				taken = taken || f.tag.Unique
			case x.Unique:
				taken = taken || f.tag.UniqueGroup != ""
			case !composite:
				taken = taken || f.tag.Index
			default:
				taken = taken || f.tag.IndexGroup != ""
			}
		}
		if taken {
			g.problem(gt, col, obj, "a column of it is already in another "+kind+" of the same shape, and a field takes one such option")
			continue
		}
		for _, c := range x.Columns {
			f := gt.byCol[c]
			switch {
			case x.Unique && !composite:
				f.tag.Unique = true
			case x.Unique:
				f.tag.UniqueGroup = x.Name
			case !composite:
				f.tag.Index = true
			default:
				f.tag.IndexGroup = x.Name
			}
		}
		gt.indexes = append(gt.indexes, x)
	}
}

func (g *generator) checks(gt *genTable) {
	if gt.skipped {
		return
	}
	t := gt.t
	for _, ck := range t.Checks {
		obj := "check " + named(ck.Name, ck.Definition())
		if ck.Values == nil {
			g.problem(gt, "", obj, "CHECK ("+ck.Expr+") is not an enum list (column IN ('a', 'b')), the only check models declare")
			continue
		}
		f := gt.byCol[ck.Column]
		switch {
		case f == nil:
			g.problem(gt, ck.Column, obj, "its column is not generated, so neither is the enum")
			continue
		case f.col.Type.Array || f.col.Type.Kind != schema.KindText && f.col.Type.Kind != schema.KindVarchar && f.col.Type.Kind != schema.KindChar:
			g.problem(gt, ck.Column, obj, "is an enum list on a "+f.col.Type.String()+" column; model enums are text, varchar(n), varchar or char(n)")
			continue
		case f.enum != nil:
			g.problem(gt, ck.Column, obj, "is a second enum check on the column")
			continue
		}
		if want := dialect.ConstraintName(dialect.PrefixCheck, t.Name, ck.Column); ck.Name != want {
			g.problem(gt, ck.Column, obj, "models name it "+strconv.Quote(want)+"; "+g.renameAdvice(t.Name, "constraint", ck.Name, want))
			continue
		}
		if d := f.col.Default; d != "" && d[0] == '\'' && !slices.Contains(ck.Values, strings.ReplaceAll(d[1:len(d)-1], "''", "'")) {
			g.problem(gt, ck.Column, obj, "the default "+d+" is not one of the values, which models refuse")
			continue
		}
		f.enum = &genEnum{name: g.uniqueName(gt.goName + f.goName), values: ck.Values}
		gt.checks = append(gt.checks, ck)
	}
}

// autoIncrement compares the live auto-increment flag with the rule of
// FromModels: a single bigint key without default and without fk.
func (g *generator) autoIncrement(gt *genTable) {
	if gt.skipped {
		return
	}
	for _, f := range gt.fields {
		pred := predictedAuto(gt, f)
		if pred == f.col.AutoIncrement {
			continue
		}
		if pred {
			g.problem(gt, f.col.Name, "", "a single bigint primary key without a default is generated by the database in models ("+g.engine.AutoIncrement()+"), but the live column is not")
		} else {
			g.problem(gt, f.col.Name, "", "the live column is generated by the database ("+f.col.Type.String()+"), which models declare only for a single bigint primary key without default or fk")
		}
	}
}

func predictedAuto(gt *genTable, f *genField) bool {
	return len(gt.pk) == 1 && gt.pk[0] == f.col.Name && f.col.Type == schema.Type{Kind: schema.KindBigint} && !f.tag.HasDefault && f.tag.FK == ""
}

func inFieldOrder(gt *genTable, cols []string) bool {
	last := -1
	for _, c := range cols {
		i := slices.IndexFunc(gt.fields, func(f *genField) bool { return f.col.Name == c })
		if i <= last {
			return false
		}
		last = i
	}
	return true
}

func fieldOrder(gt *genTable, cols []string) []string {
	var out []string
	for _, f := range gt.fields {
		if slices.Contains(cols, f.col.Name) {
			out = append(out, f.col.Name)
		}
	}
	return out
}

// predict builds the schema the generated models describe, by FromModels'
// rules (docs/models.md); the tests prove it equals FromModels of the
// compiled code.
func (g *generator) predict() *schema.Schema {
	s := &schema.Schema{}
	for _, gt := range g.tables {
		if gt.skipped {
			continue
		}
		t := &schema.Table{Name: gt.t.Name, PrimaryKey: &schema.PrimaryKey{Name: gt.pkName, Columns: gt.pk}}
		for _, f := range gt.fields {
			t.Columns = append(t.Columns, &schema.Column{Name: f.col.Name, Type: f.col.Type, Nullable: f.col.Nullable,
				Default: f.tag.Default, AutoIncrement: predictedAuto(gt, f)})
		}
		for _, x := range gt.indexes {
			t.Indexes = append(t.Indexes, &schema.Index{Name: x.Name, Unique: x.Unique, Columns: x.Columns})
		}
		for _, fk := range gt.fks {
			cp := *fk
			t.ForeignKeys = append(t.ForeignKeys, &cp)
		}
		for _, ck := range gt.checks {
			t.Checks = append(t.Checks, &schema.Check{Name: ck.Name, Column: ck.Column, Values: ck.Values})
		}
		t.Sort()
		s.Tables = append(s.Tables, t)
	}
	for name, e := range g.native {
		s.Enums = append(s.Enums, &schema.Enum{Name: name, Values: e.values})
	}
	s.SortEnums()
	return s
}

// checkTagName reports a name the tag grammar cannot carry.
func checkTagName(name string) error {
	if strings.TrimSpace(name) != name || name == "" || name == "-" {
		return fmt.Errorf("name %q cannot be written in a ferro tag (blank at either end); rename it", name)
	}
	if _, err := model.ParseTag(name); err != nil {
		return fmt.Errorf("name %q cannot be written in a ferro tag (%v); rename it", name, strings.TrimPrefix(err.Error(), "ferro/model: "))
	}
	return nil
}

var initialisms = map[string]string{
	"id": "ID", "uuid": "UUID", "url": "URL", "uri": "URI", "api": "API", "http": "HTTP", "https": "HTTPS",
	"json": "JSON", "sql": "SQL", "ip": "IP", "db": "DB", "html": "HTML", "xml": "XML", "utc": "UTC", "ttl": "TTL",
	"cpu": "CPU", "tls": "TLS", "ssl": "SSL", "os": "OS", "ui": "UI", "sku": "SKU",
}

// goIdent turns a SQL name into an exported Go identifier: words split at
// anything that is not a letter or digit, each capitalised (initialisms
// upper case); a leading digit gets prefix.
func goIdent(name, prefix string) string {
	words := strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var b strings.Builder
	for _, w := range words {
		if up, ok := initialisms[strings.ToLower(w)]; ok {
			b.WriteString(up)
			continue
		}
		rs := []rune(w)
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	out := b.String()
	if out == "" || !unicode.IsLetter([]rune(out)[0]) || !unicode.IsUpper([]rune(out)[0]) {
		out = prefix + out
	}
	return out
}

func (g *generator) goType(f *genField) string {
	c := f.col
	var base, sqlNull string
	if c.Type.Array {
		base, _ = g.scalarGoType(c.Type.Kind)
		if c.Nullable { // nil is NULL
			f.tag.Nullable = true
		}
		return "[]" + base
	}
	base, sqlNull = g.scalarGoType(c.Type.Kind)
	if f.enum != nil {
		base, sqlNull = f.enum.name, "sql.Null["+f.enum.name+"]"
	}
	if !c.Nullable {
		return base
	}
	if sqlNull == "" { // []byte, json.RawMessage: nil is NULL
		f.tag.Nullable = true
		return base
	}
	if g.opts.Nulls == NullSQL {
		if strings.HasPrefix(sqlNull, "sql.") {
			g.imports["database/sql"] = true
		}
		return sqlNull
	}
	return "*" + base
}

// scalarGoType is the Go type of a value of kind k, and its nullable
// wrapper ("" when nil is NULL).
func (g *generator) scalarGoType(k schema.Kind) (base, sqlNull string) {
	switch k {
	case schema.KindText, schema.KindVarchar, schema.KindChar:
		base, sqlNull = "string", "sql.NullString"
	case schema.KindSmallint:
		base, sqlNull = "int16", "sql.NullInt16"
	case schema.KindInt:
		base, sqlNull = "int32", "sql.NullInt32"
	case schema.KindBigint:
		base, sqlNull = "int64", "sql.NullInt64"
	case schema.KindReal:
		base, sqlNull = "float32", "sql.Null[float32]"
	case schema.KindDouble:
		base, sqlNull = "float64", "sql.NullFloat64"
	case schema.KindNumeric:
		base, sqlNull = "decimal.Decimal", "decimal.NullDecimal"
		g.imports["github.com/shopspring/decimal"] = true
	case schema.KindBoolean:
		base, sqlNull = "bool", "sql.NullBool"
	case schema.KindBytes:
		base = "[]byte"
	case schema.KindUUID:
		base, sqlNull = "uuid.UUID", "uuid.NullUUID"
		g.imports["github.com/google/uuid"] = true
	case schema.KindDate, schema.KindTime, schema.KindTimestamp, schema.KindTimestamptz:
		base, sqlNull = "time.Time", "sql.NullTime"
		g.imports["time"] = true
	case schema.KindJSON, schema.KindJSONText:
		base = "json.RawMessage"
		g.imports["encoding/json"] = true
	}
	return base, sqlNull
}

func (g *generator) render() ([]byte, error) {
	var body bytes.Buffer
	var enums []*genEnum
	for _, gt := range g.tables {
		for _, f := range gt.fields {
			f.goType = g.goType(f)
			if f.enum != nil && !slices.Contains(enums, f.enum) {
				enums = append(enums, f.enum)
			}
		}
	}
	var models []string
	for _, gt := range g.tables {
		body.WriteString("\n")
		if gt.skipped {
			fmt.Fprintf(&body, "// Table %q is not generated:\n", gt.t.Name)
			for _, n := range gt.notes {
				fmt.Fprintf(&body, "//   - %s\n", commentLine(n))
			}
			continue
		}
		models = append(models, gt.goName)
		fmt.Fprintf(&body, "// %s is a row of table %q.\n", gt.goName, gt.t.Name)
		for _, n := range gt.notes {
			fmt.Fprintf(&body, "//\n// ferro gen: not described: %s\n", commentLine(n))
		}
		fmt.Fprintf(&body, "type %s struct {\n", gt.goName)
		for _, f := range gt.fields {
			for _, n := range f.notes {
				fmt.Fprintf(&body, "\t// ferro gen: not described: %s\n", commentLine(n))
			}
			for _, n := range f.comments {
				fmt.Fprintf(&body, "\t// %s\n", commentLine(n))
			}
			tag := "ferro:" + strconv.Quote(f.tag.String())
			if strings.Contains(tag, "`") {
				tag = strconv.Quote(tag)
			} else {
				tag = "`" + tag + "`"
			}
			fmt.Fprintf(&body, "\t%s %s %s\n", f.goName, f.goType, tag)
		}
		body.WriteString("}\n\n")
		fmt.Fprintf(&body, "// TableName returns %q.\nfunc (%s) TableName() string { return %s }\n", gt.t.Name, gt.goName, strconv.Quote(gt.t.Name))
	}
	for _, e := range enums {
		if e.native != "" {
			fmt.Fprintf(&body, "\n// %s is the PostgreSQL enum type %q.\ntype %s string\n\n", e.name, e.native, e.name)
			fmt.Fprintf(&body, "// EnumType names the PostgreSQL enum type.\nfunc (%s) EnumType() string { return %s }\n\n", e.name, strconv.Quote(e.native))
			fmt.Fprintf(&body, "// Values returns the enum type's labels, in their order.\nfunc (%s) Values() []string {\n\treturn []string{", e.name)
		} else {
			fmt.Fprintf(&body, "\n// %s is an enum: the column's CHECK lists its values.\ntype %s string\n\n", e.name, e.name)
			fmt.Fprintf(&body, "// Values returns the values the CHECK allows, in its order.\nfunc (%s) Values() []string {\n\treturn []string{", e.name)
		}
		for i, v := range e.values {
			if i > 0 {
				body.WriteString(", ")
			}
			body.WriteString(strconv.Quote(v))
		}
		body.WriteString("}\n}\n")
	}
	body.WriteString("\n// Models lists every generated model, for catalog.FromModels and migrate.Run.\nvar Models = []any{\n")
	for _, m := range models {
		fmt.Fprintf(&body, "\t(*%s)(nil),\n", m)
	}
	body.WriteString("}\n")

	var out bytes.Buffer
	src := g.opts.Source
	if src == "" {
		src = "a " + string(g.dialect) + " database"
	}
	fmt.Fprintf(&out, "// Code generated by ferro gen from %s; DO NOT EDIT.\n\n", commentLine(src))
	if len(g.problems) > 0 {
		fmt.Fprintf(&out, "// ferro gen -partial: %d thing(s) of the database are not described by these\n// models; each is marked \"ferro gen: not described\" where it belongs:\n", len(g.problems))
		for _, p := range g.problems {
			fmt.Fprintf(&out, "//   - %s\n", commentLine(p.String()))
		}
		out.WriteString("\n")
	}
	fmt.Fprintf(&out, "package %s\n\n", g.opts.Package)
	var imps []string
	for p := range g.imports {
		imps = append(imps, p)
	}
	sort.Strings(imps)
	if len(imps) > 0 {
		out.WriteString("import (\n")
		for _, p := range imps {
			fmt.Fprintf(&out, "\t%q\n", p)
		}
		out.WriteString(")\n")
	}
	out.Write(body.Bytes())
	formatted, err := format.Source(out.Bytes())
	if err != nil {
		return nil, fmt.Errorf("ferro gen: internal error: generated code does not parse (please report): %w", err)
	}
	return formatted, nil
}

// commentLine keeps s on one comment line.
func commentLine(s string) string {
	return strings.NewReplacer("\n", " ", "\r", " ", "*/", "* /").Replace(s)
}
