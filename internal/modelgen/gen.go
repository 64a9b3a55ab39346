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
	// kept is the Go type of a column of a type outside the vocabulary,
	// which the model keeps as it is (type=unknown(...)).
	kept  string
	notes []string
	// comments are lines written above the field that are not problems.
	comments []string
}

type genTable struct {
	t      *schema.Table
	goName string
	fields []*genField
	byCol  map[string]*genField
	notes  []string
	// decl is what the model's Constraints method declares; its slices
	// and PrimaryKey stay nil when the tags say all.
	decl schema.Constraints
	// pk is the key the model gets (the default or decl's).
	pk *schema.PrimaryKey
	// indexes, fks and checks are the ones the model gets, from tags and
	// decl alike, as FromModels builds them.
	indexes []*schema.Index
	fks     []*schema.ForeignKey
	checks  []*schema.Check
	// unique are the columns fk= may reference: the single-column key and
	// single-column uniques without a predicate.
	unique map[string]bool
}

// declares reports whether the model needs a Constraints method.
func (gt *genTable) declares() bool {
	d := gt.decl
	return d.PrimaryKey != nil || d.NoPrimaryKey || d.Indexes != nil || d.ForeignKeys != nil || d.Checks != nil || d.PartitionBy != nil
}

type generator struct {
	opts     Options
	dialect  schema.Dialect
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
	if _, ok := dialect.Lookup(d); !ok {
		return nil, fmt.Errorf("ferro gen: unknown dialect %q: use %q or %q", d, schema.SQLite, schema.Postgres)
	}
	if opts.Package == "" {
		opts.Package = "models"
	}
	if !token.IsIdentifier(opts.Package) {
		return nil, fmt.Errorf("ferro gen: package name %q is not a Go identifier; pass -pkg with a name such as models", opts.Package)
	}
	g := &generator{opts: opts, dialect: d, live: live, byName: map[string]*genTable{}, imports: map[string]bool{}, goNames: map[string]bool{"Models": true}}
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
		gt := &genTable{t: t, byCol: map[string]*genField{}, unique: map[string]bool{}}
		gt.goName = g.uniqueName(goIdent(t.Name, "Table"))
		g.tables = append(g.tables, gt)
		g.byName[t.Name] = gt
	}
	if len(g.tables) == 0 {
		return nil, fmt.Errorf("ferro gen: the database has no tables to generate models for")
	}
	for _, gt := range g.tables {
		g.columns(gt)
		g.keys(gt)
		g.indexes(gt)
	}
	for _, gt := range g.tables {
		g.foreignKeys(gt)
		g.checks(gt)
		g.autoIncrement(gt)
	}
	if len(want) == 0 {
		for _, e := range live.Enums {
			if _, ok := g.native[e.Name]; !ok {
				g.problems = append(g.problems, Problem{Object: fmt.Sprintf("enum type %q", e.Name), Reason: "no column uses it, so no model names it (a model names an enum type through a field of its Go type); drop it with SQL or keep it with a versioned migration"})
			}
		}
	}
	sort.SliceStable(g.problems, func(i, j int) bool {
		a, b := g.problems[i].Table, g.problems[j].Table
		return a != "" && (b == "" || a < b)
	})
	predicted := g.predict()
	if len(g.problems) == 0 {
		liveSel := &schema.Schema{FoldNames: live.FoldNames}
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

// columns makes a field of every column: its type in the vocabulary, or
// kept as it is (type=unknown(<spelling>)).
func (g *generator) columns(gt *genTable) {
	t := gt.t
	if t.Extra != "" {
		g.problem(gt, "", "", "has features ferro does not model ("+t.Extra+"); the model describes an ordinary table")
	}
	// A field may not have the name of a method the model has.
	fieldNames := map[string]bool{"TableName": true, "Constraints": true}
	for _, c := range t.Columns {
		if err := checkTagName(c.Name); err != nil {
			g.problem(gt, c.Name, "", err.Error()+"; the column is left out of the model")
			continue
		}
		var native *genEnum
		if c.Type.Kind == schema.KindEnum {
			if err := model.CheckEnumName(c.Type.Raw); err != nil {
				g.problem(gt, c.Name, "", fmt.Sprintf("its enum type %q cannot be named by a model's EnumType() (%v); the column is left out of the model", c.Type.Raw, err))
				continue
			}
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
		case c.Type.Kind == schema.KindUnknown:
			if err := dialect.CheckTypeSpelling(c.Type.Raw); err != nil {
				g.problem(gt, c.Name, "", fmt.Sprintf("live type %q cannot be kept by a model: %v", c.Type.Raw, err))
			}
			f.tag.Type = c.Type.String()
			f.kept = keptGoType(c.Type.Raw)
			f.comments = append(f.comments, "type "+c.Type.Raw+" is outside ferro's vocabulary: the model keeps the column as it is (ferro never adds, changes or drops it)")
			if u, err := schema.ParseType(c.Type.Raw); err == nil && u.Kind == schema.KindUUID {
				f.comments = append(f.comments, "declared "+c.Type.Raw+" without ferro's uuid check, so SQLite holds any value in it; to adopt it as a uuid, declare the field uuid.UUID and migrate at the updates level, which adds the check once every value is UUID text (docs/migrations.md)")
			}
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
				f.tag.Type = c.Type.String()
				f.comments = append(f.comments, "declared "+d+": SQLite keeps its values as REAL or INTEGER (NUMERIC affinity), not exact decimals; the model keeps the declaration as it is (see docs/models.md)")
			}
		}
	}
}

// keptGoType is the Go type of a column of a type outside the vocabulary,
// by the type's name as SQLite gives an affinity to it: an integer for a
// name with INT, []byte for BLOB, a float64 for REAL, FLOA, DOUB; a string
// otherwise (PostgreSQL's tsvector, inet, domains ... scan as text).
func keptGoType(spelling string) string {
	up := strings.ToUpper(spelling)
	switch {
	case strings.Contains(up, "INT"):
		return "int64"
	case strings.Contains(up, "BLOB") || strings.Contains(up, "BYTEA"):
		return "[]byte"
	case strings.Contains(up, "REAL") || strings.Contains(up, "FLOA") || strings.Contains(up, "DOUB"):
		return "float64"
	}
	return "string"
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
	if f.kept != "" {
		base, sqlNull = f.kept, map[string]string{"int64": "sql.NullInt64", "float64": "sql.NullFloat64", "string": "sql.NullString"}[f.kept]
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
		models = append(models, gt.goName)
		fmt.Fprintf(&body, "// %s is a row of table %q.\n", gt.goName, gt.t.Name)
		if len(gt.t.Partitions) > 0 {
			fmt.Fprintf(&body, "//\n// The table is partitioned; its partitions, made by SQL or another tool and\n// never by ferro, are %s.\n", commentLine(strings.Join(gt.t.Partitions, ", ")))
		}
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
		if gt.declares() {
			var b strings.Builder
			renderConstraints(&b, gt)
			body.WriteString(b.String())
			g.imports["github.com/ferrosql/ferro/schema"] = true
		}
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
	if len(g.live.Views) > 0 && len(g.opts.Tables) == 0 {
		out.WriteString("// Views of the database, which models do not describe and ferro keeps as\n// they are:\n")
		for _, v := range g.live.Views {
			fmt.Fprintf(&out, "//   - %s\n", commentLine(v))
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
