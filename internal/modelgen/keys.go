package modelgen

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/model"
	"github.com/ferrosql/ferro/schema"
)

// The keys, indexes and checks of a generated model: what ferro's
// defaults make is written as tag options; every other name and shape
// goes into the model's Constraints method (schema.Constraints), as the
// table has it. FromModels builds the same schema from either (predict).

// keys sets the primary key: pk fields, and in the Constraints method its
// name when it is not pk_<table> and its order when it is not the
// fields'; a table without one declares NoPrimaryKey.
func (g *generator) keys(gt *genTable) {
	t := gt.t
	if t.PrimaryKey == nil {
		gt.decl.NoPrimaryKey = true
		return
	}
	pk := t.PrimaryKey
	obj := "primary key " + named(pk.Name, "("+strings.Join(pk.Columns, ", ")+")")
	for _, c := range pk.Columns {
		if gt.byCol[c] == nil {
			g.problem(gt, "", obj, fmt.Sprintf("its column %q is not generated, so the model declares no primary key", c))
			gt.decl.NoPrimaryKey = true
			return
		}
	}
	def := dialect.ConstraintName(dialect.PrefixPrimaryKey, t.Name)
	name := def
	if pk.Name != "" && pk.Name != def {
		name = pk.Name
		gt.decl.PrimaryKey = &schema.PrimaryKey{Name: pk.Name}
	}
	if !slices.Equal(pk.Columns, fieldOrder(gt, pk.Columns)) {
		if gt.decl.PrimaryKey == nil {
			gt.decl.PrimaryKey = &schema.PrimaryKey{}
		}
		gt.decl.PrimaryKey.Columns = slices.Clone(pk.Columns)
	}
	for _, c := range pk.Columns {
		gt.byCol[c].tag.PK = true
	}
	gt.pk = &schema.PrimaryKey{Name: name, Columns: slices.Clone(pk.Columns)}
	if len(pk.Columns) == 1 {
		gt.unique[pk.Columns[0]] = true
	}
	if p := t.PartitionBy; p != nil {
		for _, c := range p.Columns {
			if gt.byCol[c] == nil {
				g.problem(gt, "", "partition key "+p.String(), "its part "+c+" is not a column the model has; the model describes an ordinary table")
				return
			}
		}
		gt.decl.PartitionBy = &schema.PartitionKey{Method: p.Method, Columns: slices.Clone(p.Columns)}
	}
}

// named is a constraint's name quoted, or def, what it is, when it has
// none (SQLite): "(customer_id) -> customer(id)".
func named(name, def string) string {
	if name == "" {
		return def
	}
	return strconv.Quote(name)
}

// indexes makes each index a tag option where ferro's default describes
// it (a plain index of its default name, columns in field order, no other
// of the same shape on its fields), else an entry of the Constraints
// method. An index the engine named itself (sqlite_autoindex_*) takes the
// default name, which the engine takes for its own.
func (g *generator) indexes(gt *genTable) {
	t := gt.t
	tagged := map[string]bool{} // "u"/"i" + columns of the indexes tags declare
	for _, x := range t.Indexes {
		kind, prefix := "index", dialect.PrefixIndex
		if x.Unique {
			kind, prefix = "unique index", dialect.PrefixUnique
		}
		obj := fmt.Sprintf("%s %q", kind, x.Name)
		col := ""
		if len(x.Columns) == 1 && !strings.HasPrefix(x.Columns[0], "(") {
			col = x.Columns[0]
		}
		if reason := g.indexProblem(gt, x); reason != "" {
			g.problem(gt, col, obj, reason)
			continue
		}
		def := dialect.ConstraintName(prefix, t.Name, x.Columns...)
		name := x.Name
		if x.EngineNamed {
			name = def
		}
		key := map[bool]string{true: "u", false: "i"}[x.Unique] + strings.Join(x.Columns, "\x00")
		composite := len(x.Columns) > 1
		if x.Plain() && name == def && inFieldOrder(gt, x.Columns) && !tagged[key] && tagFree(gt, x.Unique, composite, x.Columns) {
			tagged[key] = true
			for _, c := range x.Columns {
				f := gt.byCol[c]
				switch {
				case x.Unique && !composite:
					f.tag.Unique = true
				case x.Unique:
					f.tag.UniqueGroup = name
				case !composite:
					f.tag.Index = true
				default:
					f.tag.IndexGroup = name
				}
			}
		} else {
			gt.decl.Indexes = append(gt.decl.Indexes, &schema.Index{Name: name, Unique: x.Unique, Columns: slices.Clone(x.Columns),
				Include: slices.Clone(x.Include), Where: x.Where, Method: x.Method, Desc: slices.Clone(x.Desc), Collate: slices.Clone(x.Collate)})
		}
		gt.indexes = append(gt.indexes, &schema.Index{Name: name, Unique: x.Unique, Columns: slices.Clone(x.Columns),
			Include: slices.Clone(x.Include), Where: x.Where, Method: x.Method, Desc: slices.Clone(x.Desc), Collate: slices.Clone(x.Collate)})
		if x.Unique && !composite && x.Where == "" {
			gt.unique[x.Columns[0]] = true
		}
	}
}

// indexProblem says why a model cannot declare x, or "".
func (g *generator) indexProblem(gt *genTable, x *schema.Index) string {
	if x.Extra != "" {
		return "has features ferro does not model (" + x.Extra + ")"
	}
	for _, c := range append(slices.Clone(x.Columns), x.Include...) {
		if strings.HasPrefix(c, "(") {
			return "has an expression part " + c + ", which models do not declare"
		}
		if gt.byCol[c] == nil {
			return "covers column " + strconv.Quote(c) + ", which is not generated, so the index is left out"
		}
	}
	if x.Where != "" {
		if err := dialect.CheckExpression(x.Where); err != nil {
			return "its predicate cannot be declared: " + err.Error()
		}
	}
	return ""
}

// tagFree reports whether the fields of cols can take the tag option of
// an index of this shape: a field carries one single-column index
// (`index`), one `unique` and one group of each kind.
func tagFree(gt *genTable, unique, composite bool, cols []string) bool {
	for _, c := range cols {
		f := gt.byCol[c]
		switch {
		case unique && !composite && f.tag.Unique, unique && composite && f.tag.UniqueGroup != "",
			!unique && !composite && f.tag.Index, !unique && composite && f.tag.IndexGroup != "":
			return false
		}
	}
	return true
}

// isKey reports whether cols are, as a set, gt's primary key or the
// columns of one of its unique indexes without a predicate: what a
// foreign key may reference.
func (gt *genTable) isKey(cols []string) bool {
	same := func(a []string) bool {
		x, y := slices.Clone(a), slices.Clone(cols)
		slices.Sort(x)
		slices.Sort(y)
		return slices.Equal(x, y)
	}
	if gt.pk != nil && same(gt.pk.Columns) {
		return true
	}
	return slices.ContainsFunc(gt.indexes, func(x *schema.Index) bool { return x.Unique && x.Where == "" && same(x.Columns) })
}

// foreignKeys makes each foreign key fk= on its field where ferro's
// default describes it (one column, its default name or none, a target
// fk= may name), else an entry of the Constraints method.
func (g *generator) foreignKeys(gt *genTable) {
	t := gt.t
	for _, fk := range t.ForeignKeys {
		obj := "foreign key " + named(fk.Name, fk.Definition())
		col := ""
		if len(fk.Columns) == 1 {
			col = fk.Columns[0]
		}
		if reason := g.foreignKeyProblem(gt, fk); reason != "" {
			g.problem(gt, col, obj, reason)
			continue
		}
		def := dialect.ConstraintName(dialect.PrefixForeignKey, t.Name, fk.Columns...)
		name := fk.Name
		if name == "" {
			name = def
		}
		ref := g.byName[fk.RefTable]
		nfk := &schema.ForeignKey{Name: name, Columns: slices.Clone(fk.Columns), RefTable: fk.RefTable, RefColumns: slices.Clone(fk.RefColumns),
			OnDelete: fk.OnDelete, OnUpdate: fk.OnUpdate, Deferrable: fk.Deferrable || fk.InitiallyDeferred, InitiallyDeferred: fk.InitiallyDeferred}
		if f := gt.byCol[col]; col != "" && name == def && f.tag.FK == "" && ref.unique[fk.RefColumns[0]] {
			f.tag.FK = fk.RefTable + "." + fk.RefColumns[0]
			if fk.OnDelete != schema.ActionNoAction {
				f.tag.OnDelete = fk.OnDelete
			}
			if fk.OnUpdate != schema.ActionNoAction {
				f.tag.OnUpdate = fk.OnUpdate
			}
			f.tag.Deferrable, f.tag.InitiallyDeferred = nfk.Deferrable, nfk.InitiallyDeferred
		} else {
			d := *nfk
			if d.OnDelete == schema.ActionNoAction {
				d.OnDelete = ""
			}
			if d.OnUpdate == schema.ActionNoAction {
				d.OnUpdate = ""
			}
			gt.decl.ForeignKeys = append(gt.decl.ForeignKeys, &d)
		}
		gt.fks = append(gt.fks, nfk)
	}
}

// foreignKeyProblem says why a model cannot declare fk, or "".
func (g *generator) foreignKeyProblem(gt *genTable, fk *schema.ForeignKey) string {
	if fk.Extra != "" {
		return "has features ferro does not model (" + fk.Extra + ")"
	}
	ref := g.byName[fk.RefTable]
	if ref == nil {
		reason := "references table " + strconv.Quote(fk.RefTable) + ", which is not generated"
		if _, ok := g.live.Table(fk.RefTable); ok {
			reason += "; add it to -tables"
		}
		return reason
	}
	if len(fk.RefColumns) != len(fk.Columns) {
		return "references no columns ferro could read"
	}
	for i, c := range fk.Columns {
		f, rf := gt.byCol[c], ref.byCol[fk.RefColumns[i]]
		switch {
		case f == nil:
			return "its column " + strconv.Quote(c) + " is not generated, so neither is the key"
		case rf == nil:
			return "references column " + fk.RefTable + "." + fk.RefColumns[i] + ", which is not generated"
		case !keyTypes(f.col.Type, rf.col.Type):
			return fmt.Sprintf("column %s is %s but %s.%s is %s; models require the same type (or two integers)", c, f.col.Type, fk.RefTable, rf.col.Name, rf.col.Type)
		}
		for _, a := range []string{fk.OnDelete, fk.OnUpdate} {
			if a == schema.ActionSetNull && !f.col.Nullable || a == schema.ActionSetDefault && !f.col.Nullable && f.col.Default == "" {
				return fmt.Sprintf("its action %s cannot work on column %s (NOT NULL%s), and models refuse it", a, c, map[bool]string{true: ", no default"}[a == schema.ActionSetDefault])
			}
		}
	}
	if !ref.isKey(fk.RefColumns) {
		return fmt.Sprintf("references (%s), which is neither the primary key of %s nor one of its unique indexes (models require one)", strings.Join(fk.RefColumns, ", "), fk.RefTable)
	}
	return ""
}

// keyTypes is FromModels' rule for a foreign key column and the column it
// references: the same type, or two integers.
func keyTypes(col, ref schema.Type) bool {
	return col == ref || col.Kind.IsInteger() && ref.Kind.IsInteger() && !col.Array && !ref.Array && col.Raw == "" && ref.Raw == ""
}

// checks makes an enum check of its default name (or none) on a text
// column a Go enum type, and every other check an entry of the
// Constraints method with its expression as the engine prints it.
func (g *generator) checks(gt *genTable) {
	t := gt.t
	names := map[string]bool{}
	for _, ck := range t.Checks {
		names[ck.Name] = true
	}
	unnamed := 0
	for _, ck := range t.Checks {
		obj := "check " + named(ck.Name, ck.Definition())
		if ck.Values != nil && !ck.Ints && g.enumCheck(gt, ck) {
			continue
		}
		name := ck.Name
		for name == "" || name != ck.Name && names[name] {
			unnamed++
			name = dialect.ConstraintName(dialect.PrefixCheck, t.Name, strconv.Itoa(unnamed))
		}
		names[name] = true
		expr := ck.Condition()
		if err := dialect.CheckExpression(expr); err != nil {
			g.problem(gt, ck.Column, obj, "its expression cannot be declared: "+err.Error())
			continue
		}
		gt.decl.Checks = append(gt.decl.Checks, &schema.Check{Name: name, Expr: expr})
		gt.checks = append(gt.checks, &schema.Check{Name: name, Expr: expr})
	}
}

// enumCheck makes ck, an enum list of strings, the Go enum type of its
// column's field when FromModels would make the same check from it (its
// default name or none, a text column, one enum per field, a default among
// the values); false otherwise.
func (g *generator) enumCheck(gt *genTable, ck *schema.Check) bool {
	f := gt.byCol[ck.Column]
	if f == nil || f.enum != nil || f.col.Type.Array || f.col.Type.Kind != schema.KindText && f.col.Type.Kind != schema.KindVarchar && f.col.Type.Kind != schema.KindChar {
		return false
	}
	def := dialect.ConstraintName(dialect.PrefixCheck, gt.t.Name, ck.Column)
	if ck.Name != "" && ck.Name != def {
		return false
	}
	if d := f.col.Default; d != "" && (d[0] != '\'' || !slices.Contains(ck.Values, strings.ReplaceAll(d[1:len(d)-1], "''", "'"))) {
		return false
	}
	seen := map[string]bool{}
	for _, v := range ck.Values {
		if seen[v] || strings.ContainsRune(v, 0) {
			return false
		}
		seen[v] = true
	}
	f.enum = &genEnum{name: g.uniqueName(gt.goName + f.goName), values: ck.Values}
	gt.checks = append(gt.checks, &schema.Check{Name: def, Column: ck.Column, Values: ck.Values})
	return true
}

// autoIncrement writes the autoincrement option where the live column
// differs from FromModels' rule (a single bigint key without default and
// without fk= is generated): autoincrement for another generated column,
// autoincrement=false for such a key that is not, autoincrement=monotonic
// for SQLite's AUTOINCREMENT.
func (g *generator) autoIncrement(gt *genTable) {
	for _, f := range gt.fields {
		c := f.col
		rule := ruleAuto(gt, f)
		switch {
		case c.AutoIncrement && c.Monotonic:
			f.tag.AutoIncrement = model.AutoIncrementMonotonic
		case c.AutoIncrement && !rule:
			f.tag.AutoIncrement = model.AutoIncrementYes
		case !c.AutoIncrement && rule:
			f.tag.AutoIncrement = model.AutoIncrementNo
		}
		if c.AutoIncrement && (!c.Type.Kind.IsInteger() || c.Type.Array || c.Nullable || f.tag.HasDefault) {
			g.problem(gt, c.Name, "", "is generated by the database but is not an integer column without default, the only kind models declare generated")
		}
	}
}

// ruleAuto is FromModels' default: a single bigint primary key without a
// default, without fk= and not nullable is generated.
func ruleAuto(gt *genTable, f *genField) bool {
	return gt.pk != nil && len(gt.pk.Columns) == 1 && gt.pk.Columns[0] == f.col.Name && f.col.Type == schema.Type{Kind: schema.KindBigint} &&
		!f.tag.HasDefault && f.tag.FK == "" && !f.col.Nullable
}

func inFieldOrder(gt *genTable, cols []string) bool {
	return slices.Equal(cols, fieldOrder(gt, cols))
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
		t := &schema.Table{Name: gt.t.Name, PrimaryKey: gt.pk, PartitionBy: gt.decl.PartitionBy}
		if gt.decl.NoPrimaryKey {
			t.PrimaryKey = nil
		}
		for _, f := range gt.fields {
			a := f.tag.AutoIncrement
			auto := a == model.AutoIncrementYes || a == model.AutoIncrementMonotonic || a == "" && ruleAuto(gt, f)
			t.Columns = append(t.Columns, &schema.Column{Name: f.col.Name, Type: f.col.Type, Nullable: f.col.Nullable,
				Default: f.tag.Default, AutoIncrement: auto, Monotonic: a == model.AutoIncrementMonotonic})
		}
		t.Indexes = slices.Clone(gt.indexes)
		t.ForeignKeys = slices.Clone(gt.fks)
		t.Checks = slices.Clone(gt.checks)
		t.Sort()
		s.Tables = append(s.Tables, t)
	}
	for name, e := range g.native {
		s.Enums = append(s.Enums, &schema.Enum{Name: name, Values: e.values})
	}
	s.SortEnums()
	return s
}

// renderConstraints writes the Constraints method of gt.
func renderConstraints(b *strings.Builder, gt *genTable) {
	d := gt.decl
	fmt.Fprintf(b, "\n// Constraints declares the names and shapes of table %q that\n// ferro's defaults do not make (docs/models.md, \"Names\").\n", gt.t.Name)
	fmt.Fprintf(b, "func (%s) Constraints() schema.Constraints {\n\treturn schema.Constraints{\n", gt.goName)
	if d.NoPrimaryKey {
		b.WriteString("\t\tNoPrimaryKey: true,\n")
	}
	if pk := d.PrimaryKey; pk != nil {
		var parts []string
		if pk.Name != "" {
			parts = append(parts, "Name: "+strconv.Quote(pk.Name))
		}
		if pk.Columns != nil {
			parts = append(parts, "Columns: "+goStrings(pk.Columns))
		}
		fmt.Fprintf(b, "\t\tPrimaryKey: &schema.PrimaryKey{%s},\n", strings.Join(parts, ", "))
	}
	if len(d.Indexes) > 0 {
		b.WriteString("\t\tIndexes: []*schema.Index{\n")
		for _, x := range d.Indexes {
			parts := []string{"Name: " + strconv.Quote(x.Name)}
			if x.Unique {
				parts = append(parts, "Unique: true")
			}
			parts = append(parts, "Columns: "+goStrings(x.Columns))
			if len(x.Include) > 0 {
				parts = append(parts, "Include: "+goStrings(x.Include))
			}
			if x.Where != "" {
				parts = append(parts, "Where: "+strconv.Quote(x.Where))
			}
			if x.Method != "" {
				parts = append(parts, "Method: "+strconv.Quote(x.Method))
			}
			if x.Desc != nil {
				parts = append(parts, fmt.Sprintf("Desc: %#v", x.Desc))
			}
			if x.Collate != nil {
				parts = append(parts, "Collate: "+goStrings(x.Collate))
			}
			fmt.Fprintf(b, "\t\t\t{%s},\n", strings.Join(parts, ", "))
		}
		b.WriteString("\t\t},\n")
	}
	if len(d.ForeignKeys) > 0 {
		b.WriteString("\t\tForeignKeys: []*schema.ForeignKey{\n")
		for _, fk := range d.ForeignKeys {
			parts := []string{"Name: " + strconv.Quote(fk.Name), "Columns: " + goStrings(fk.Columns), "RefTable: " + strconv.Quote(fk.RefTable), "RefColumns: " + goStrings(fk.RefColumns)}
			if fk.OnDelete != "" {
				parts = append(parts, "OnDelete: "+strconv.Quote(fk.OnDelete))
			}
			if fk.OnUpdate != "" {
				parts = append(parts, "OnUpdate: "+strconv.Quote(fk.OnUpdate))
			}
			if fk.InitiallyDeferred {
				parts = append(parts, "InitiallyDeferred: true")
			} else if fk.Deferrable {
				parts = append(parts, "Deferrable: true")
			}
			fmt.Fprintf(b, "\t\t\t{%s},\n", strings.Join(parts, ", "))
		}
		b.WriteString("\t\t},\n")
	}
	if len(d.Checks) > 0 {
		b.WriteString("\t\tChecks: []*schema.Check{\n")
		for _, ck := range d.Checks {
			fmt.Fprintf(b, "\t\t\t{Name: %s, Expr: %s},\n", strconv.Quote(ck.Name), strconv.Quote(ck.Expr))
		}
		b.WriteString("\t\t},\n")
	}
	if p := d.PartitionBy; p != nil {
		fmt.Fprintf(b, "\t\tPartitionBy: &schema.PartitionKey{Method: %s, Columns: %s},\n", strconv.Quote(p.Method), goStrings(p.Columns))
	}
	b.WriteString("\t}\n}\n")
}

func goStrings(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return "[]string{" + strings.Join(q, ", ") + "}"
}
