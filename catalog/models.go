package catalog

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/model"
	"github.com/ferrosql/ferro/schema"
)

// FromModels builds the schema the given models ask for. Each model is a
// struct value or a pointer to one (a nil pointer such as (*Invoice)(nil) is
// fine); tables keep the order of the arguments, columns the order of the
// fields. The rules (tag grammar, Go type mapping, names, enums) are in
// docs/models.md. Every mistake is a *ModelError naming the Go type, the
// field and its tag; nothing is guessed.
func FromModels(models ...any) (*schema.Schema, error) {
	b := builder{tables: map[string]*built{}}
	if len(models) == 0 {
		return nil, &ModelError{Type: "<none>", Reason: "no models given; pass struct values or pointers"}
	}
	if err := checkRelationTargets(models); err != nil {
		return nil, err
	}
	for _, m := range models {
		if err := b.add(m); err != nil {
			return nil, err
		}
	}
	if err := b.resolveRelations(); err != nil {
		return nil, err
	}
	if err := b.resolveForeignKeys(); err != nil {
		return nil, err
	}
	if err := b.resolveDeclared(); err != nil {
		return nil, err
	}
	if err := b.checkNames(); err != nil {
		return nil, err
	}
	s := &schema.Schema{Enums: b.enums}
	s.SortEnums()
	for _, bt := range b.order {
		bt.table.Sort()
		s.Tables = append(s.Tables, bt.table)
	}
	if err := Validate(s); err != nil {
		// The checks above refuse every model whose schema Validate
		// refuses; this one keeps the two from drifting apart.
		return nil, &ModelError{Type: "<models>", Reason: strings.TrimPrefix(err.Error(), ErrModel.Error()+": ") + " (please report: FromModels built a schema it would refuse)", Err: err}
	}
	return s, nil
}

type builder struct {
	order  []*built
	tables map[string]*built
	enums  []*schema.Enum
	// enumOf is the Go type that declared each native enum first.
	enumOf map[string]reflect.Type
}

// addEnum records the native enum name with labels, declared by field f;
// every Go type naming one native enum must give the same labels.
func (b *builder) addEnum(name string, labels []string, f *model.Field) error {
	if prev, ok := b.enumOf[name]; ok {
		e, _ := schema.FindEnum(b.enums, name)
		if !slices.Equal(e.Values, labels) {
			return fmt.Errorf("enum type %s names native enum %s with values %q, but %s names it with %q; one native enum has one list of values: use one Go type", f.ValueType, name, labels, prev, e.Values)
		}
		return nil
	}
	if b.enumOf == nil {
		b.enumOf = map[string]reflect.Type{}
	}
	b.enumOf[name] = f.ValueType
	b.enums = append(b.enums, &schema.Enum{Name: name, Values: slices.Clone(labels)})
	return nil
}

// built is one table with what FromModels needs to finish it.
type built struct {
	goType  reflect.Type
	model   *model.Struct
	table   *schema.Table
	unique  map[string]bool // columns that are alone a key (pk or single unique)
	pending []pendingFK
	// declared are the foreign keys of the model's Constraints method,
	// resolved once every table is built.
	declared []*schema.ForeignKey
}

type pendingFK struct {
	field  *model.Field
	column *schema.Column
}

func (b *builder) add(m any) error {
	t := reflect.TypeOf(m)
	if t == nil {
		return &ModelError{Type: "<nil>", Reason: "nil model; pass a struct value or a pointer such as (*T)(nil)"}
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	ms, err := model.Of(t)
	if err != nil {
		return fromModelError(err, t)
	}
	typeErr := func(reason string, args ...any) error {
		return &ModelError{Type: t.String(), Reason: fmt.Sprintf(reason, args...)}
	}
	if prev, ok := b.tables[ms.Table]; ok {
		if prev.goType == t {
			return typeErr("model given twice; pass each model once")
		}
		return typeErr("table %q is also the table of %s; give one of them another TableName()", ms.Table, prev.goType)
	}
	if err := checkIdent("table", ms.Table); err != nil {
		return typeErr("%v", err)
	}
	if strings.HasPrefix(strings.ToLower(ms.Table), dialect.ReservedPrefix) {
		return typeErr("table name %q starts with %q, which ferro reserves for its own tables; choose another TableName()", ms.Table, dialect.ReservedPrefix)
	}
	if len(ms.Fields) == 0 {
		return typeErr("no columns: the struct has no exported fields")
	}
	bt := &built{goType: t, model: ms, table: &schema.Table{Name: ms.Table, RenamedFrom: ms.RenamedFrom}, unique: map[string]bool{}}
	tb := bt.table
	var pk []string
	type group struct {
		unique bool
		name   string // the tag's group name; empty for a single column
		cols   []string
	}
	var groups []*group // unique and index groups in order of first field
	groupKey := map[string]*group{}
	addGroup := func(kind, name string, f *model.Field) {
		k := kind + "\x00" + name
		if name == "" {
			k = kind + "\x00\x00" + f.Column
		}
		g := groupKey[k]
		if g == nil {
			g = &group{unique: kind == "uq", name: name}
			groupKey[k] = g
			groups = append(groups, g)
		}
		g.cols = append(g.cols, f.Column)
	}
	for i := range ms.Fields {
		f := &ms.Fields[i]
		fail := func(reason string, args ...any) error {
			return &ModelError{Type: t.String(), Field: f.GoName, Tag: f.RawTag, Reason: fmt.Sprintf(reason, args...)}
		}
		if err := checkIdent("column", f.Column); err != nil {
			return fail("%v", err)
		}
		col := &schema.Column{Name: f.Column, Nullable: f.Nullable, RenamedFrom: f.Tag.RenamedFromNames()}
		typ, enum, intEnum, err := columnType(f)
		if err != nil {
			return fail("%v", err)
		}
		col.Type = typ
		if f.Tag.HasDefault {
			d, err := checkDefault(f.Tag.Default, typ, enum)
			if err != nil {
				return fail("%v", err)
			}
			col.Default = d
		}
		if f.Tag.PK {
			pk = append(pk, f.Column)
		}
		if a := f.Tag.AutoIncrement; a == model.AutoIncrementYes || a == model.AutoIncrementMonotonic {
			switch {
			case !typ.Kind.IsInteger() || typ.Array:
				return fail("autoincrement needs an integer column, and the column is %s; remove it", typ)
			case col.Default != "":
				return fail("autoincrement: the database generates the values, so the column takes no default; remove default=")
			case f.Nullable:
				return fail("autoincrement: a generated column is never NULL; use a non-pointer type and drop `nullable`")
			}
			col.AutoIncrement, col.Monotonic = true, a == model.AutoIncrementMonotonic
		}
		if typ.Kind == schema.KindEnum {
			if err := b.addEnum(typ.Raw, enum, f); err != nil {
				return fail("%v", err)
			}
		} else if enum != nil {
			tb.Checks = append(tb.Checks, &schema.Check{Name: dialect.ConstraintName(dialect.PrefixCheck, tb.Name, f.Column), Column: f.Column, Values: enum, Ints: intEnum})
		}
		if f.Tag.Unique {
			addGroup("uq", "", f)
		}
		if f.Tag.UniqueGroup != "" {
			addGroup("uq", f.Tag.UniqueGroup, f)
		}
		if f.Tag.Index {
			addGroup("idx", "", f)
		}
		if f.Tag.IndexGroup != "" {
			addGroup("idx", f.Tag.IndexGroup, f)
		}
		if f.Tag.FK != "" {
			bt.pending = append(bt.pending, pendingFK{field: f, column: col})
		}
		tb.Columns = append(tb.Columns, col)
	}
	if err := checkRenames(t, ms); err != nil {
		return err
	}
	decl, hasDecl := declaredConstraints(t)
	switch {
	case hasDecl && decl.NoPrimaryKey && len(pk) > 0:
		return typeErr("Constraints() declares NoPrimaryKey, but field(s) %s are tagged pk; drop one or the other", strings.Join(pk, ", "))
	case hasDecl && decl.NoPrimaryKey && decl.PrimaryKey != nil:
		return typeErr("Constraints() declares both NoPrimaryKey and a PrimaryKey; drop one")
	case hasDecl && decl.NoPrimaryKey:
	case len(pk) == 0:
		return typeErr("no primary key; mark the key field(s) with the pk option, e.g. `ferro:\"id,pk\"` (a table without one declares it: Constraints() returning schema.Constraints{NoPrimaryKey: true})")
	default:
		tb.PrimaryKey = &schema.PrimaryKey{Name: dialect.ConstraintName(dialect.PrefixPrimaryKey, tb.Name), Columns: pk}
	}
	if len(pk) == 1 {
		bt.unique[pk[0]] = true
		// A single bigint key is generated by the database, unless it has a
		// default, is itself a foreign key (a shared one-to-one key), or
		// its tag says autoincrement=false.
		c, _ := tb.Column(pk[0])
		f, _ := ms.Field(pk[0])
		if c.Type == (schema.Type{Kind: schema.KindBigint}) && c.Default == "" && f.Tag.AutoIncrement == "" && !c.Nullable &&
			!slices.ContainsFunc(bt.pending, func(p pendingFK) bool { return p.column == c }) {
			c.AutoIncrement = true
		}
	}
	for i, g := range groups {
		for _, h := range groups[:i] {
			if g.unique == h.unique && slices.Equal(g.cols, h.cols) {
				opt := func(g *group) string {
					o := map[bool]string{true: "unique", false: "index"}[g.unique]
					if g.name != "" {
						o += "=" + g.name
					}
					return o
				}
				return typeErr("%s and %s both give an index on (%s); drop one", opt(h), opt(g), strings.Join(g.cols, ", "))
			}
		}
		unique := g.unique
		prefix := dialect.PrefixIndex
		if unique {
			prefix = dialect.PrefixUnique
			if len(g.cols) == 1 {
				bt.unique[g.cols[0]] = true
			}
		}
		tb.Indexes = append(tb.Indexes, &schema.Index{Name: dialect.ConstraintName(prefix, tb.Name, g.cols...), Unique: unique, Columns: g.cols})
	}
	if hasDecl {
		if err := bt.declare(decl); err != nil {
			return err
		}
	}
	b.order = append(b.order, bt)
	b.tables[tb.Name] = bt
	return nil
}

func (b *builder) resolveForeignKeys() error {
	for _, bt := range b.order {
		for _, p := range bt.pending {
			f := p.field
			fail := func(reason string, args ...any) error {
				return &ModelError{Type: bt.goType.String(), Field: f.GoName, Tag: f.RawTag, Reason: fmt.Sprintf(reason, args...)}
			}
			rt, rc, _ := f.Tag.FKTarget()
			ref, ok := b.tables[rt]
			if !ok {
				return fail("fk=%s: table %q is not among the models; pass its model to FromModels too", f.Tag.FK, rt)
			}
			refCol, ok := ref.table.Column(rc)
			if !ok {
				return fail("fk=%s: table %q (%s) has no column %q", f.Tag.FK, rt, ref.goType, rc)
			}
			if !keyTypes(p.column.Type, refCol.Type) {
				return fail("fk=%s: column type %s differs from the referenced column's %s; use the same Go type or type=", f.Tag.FK, p.column.Type, refCol.Type)
			}
			if !ref.unique[rc] {
				return fail("fk=%s: the referenced column must be the single-column primary key or unique; mark %s.%s with pk or unique", f.Tag.FK, ref.goType, rc)
			}
			fk := &schema.ForeignKey{
				Name: dialect.ConstraintName(dialect.PrefixForeignKey, bt.table.Name, f.Column), Columns: []string{f.Column},
				RefTable: rt, RefColumns: []string{rc}, OnDelete: actionOr(f.Tag.OnDelete), OnUpdate: actionOr(f.Tag.OnUpdate),
				Deferrable: f.Tag.Deferrable, InitiallyDeferred: f.Tag.InitiallyDeferred,
			}
			if err := checkActions(fk, p.column); err != nil {
				return fail("%v", err)
			}
			bt.table.ForeignKeys = append(bt.table.ForeignKeys, fk)
		}
	}
	return nil
}

func actionOr(a string) string {
	if a == "" {
		return schema.ActionNoAction
	}
	return a
}

// checkNames makes sure no two names collide where the engines keep
// them apart: tables, indexes and primary keys share one namespace (an
// index's on PostgreSQL, where a primary key is an index of its name too),
// and a table's primary key, foreign keys and checks are named apart
// within the table.
func (b *builder) checkNames() error {
	seen := map[string]string{}
	for _, bt := range b.order {
		seen[bt.table.Name] = "table " + bt.table.Name
	}
	// On PostgreSQL a table's row type shares the namespace of types.
	for _, e := range b.enums {
		if bt, ok := b.tables[e.Name]; ok {
			return &ModelError{Type: b.enumOf[e.Name].String(), Reason: fmt.Sprintf("EnumType() %q is also the name of table %q (%s), and PostgreSQL gives every table a type of its name; name the enum type differently", e.Name, e.Name, bt.goType)}
		}
	}
	for _, bt := range b.order {
		t := bt.table
		var relations, constraints []string
		if t.PrimaryKey != nil {
			relations = append(relations, t.PrimaryKey.Name)
			constraints = append(constraints, t.PrimaryKey.Name)
		}
		for _, x := range t.Indexes {
			relations = append(relations, x.Name)
		}
		for _, x := range t.ForeignKeys {
			constraints = append(constraints, x.Name)
		}
		for _, x := range t.Checks {
			constraints = append(constraints, x.Name)
		}
		for _, n := range relations {
			if prev, ok := seen[n]; ok {
				return &ModelError{Type: bt.goType.String(), Reason: fmt.Sprintf("name %q of an index or key of table %q collides with %s; rename the table, the columns or the index", n, t.Name, prev)}
			}
			seen[n] = "an index or key of table " + t.Name
		}
		own := map[string]bool{}
		for _, n := range constraints {
			if own[n] {
				return &ModelError{Type: bt.goType.String(), Reason: fmt.Sprintf("constraint name %q is given twice in table %q; give each key and check its own name", n, t.Name)}
			}
			own[n] = true
		}
	}
	return nil
}

// checkIdent rejects identifiers that are empty, too long for Postgres, or
// contain NUL (which no engine stores).
func checkIdent(what, name string) error {
	switch {
	case name == "":
		return fmt.Errorf("empty %s name", what)
	case len(name) > dialect.MaxIdentLen:
		return fmt.Errorf("%s name %q is %d bytes, longer than the %d PostgreSQL allows; shorten it", what, name, len(name), dialect.MaxIdentLen)
	case strings.ContainsRune(name, 0) || !utf8.ValidString(name):
		return fmt.Errorf("%s name %q contains NUL or invalid UTF-8", what, name)
	}
	return nil
}

var (
	timeType    = reflect.TypeFor[time.Time]()
	rawJSONType = reflect.TypeFor[json.RawMessage]()
	valuerType  = reflect.TypeFor[driver.Valuer]()
)

func isNamed(t reflect.Type, pkg, name string) bool { return t.PkgPath() == pkg && t.Name() == name }

// goClass is how a Go value type may be stored: its default canonical type
// and the kinds a type= tag may choose instead.
func goClass(vt reflect.Type) (def schema.Type, allowed []schema.Kind, ok bool) {
	ints := []schema.Kind{schema.KindSmallint, schema.KindInt, schema.KindBigint, schema.KindNumeric}
	switch {
	case vt == timeType:
		return schema.Type{Kind: schema.KindTimestamptz}, []schema.Kind{schema.KindDate, schema.KindTime, schema.KindTimestamp, schema.KindTimestamptz}, true
	case isNamed(vt, "github.com/google/uuid", "UUID"):
		return schema.Type{Kind: schema.KindUUID}, []schema.Kind{schema.KindUUID}, true
	case isNamed(vt, "github.com/shopspring/decimal", "Decimal"):
		return schema.Type{Kind: schema.KindNumeric}, []schema.Kind{schema.KindNumeric}, true
	case vt == rawJSONType:
		return schema.Type{Kind: schema.KindJSON}, []schema.Kind{schema.KindJSON, schema.KindJSONText}, true
	}
	switch vt.Kind() {
	case reflect.Int64, reflect.Int, reflect.Uint32:
		return schema.Type{Kind: schema.KindBigint}, ints, true
	case reflect.Int32, reflect.Uint16:
		return schema.Type{Kind: schema.KindInt}, ints, true
	case reflect.Int16, reflect.Int8, reflect.Uint8:
		return schema.Type{Kind: schema.KindSmallint}, ints, true
	case reflect.Float64:
		return schema.Type{Kind: schema.KindDouble}, []schema.Kind{schema.KindReal, schema.KindDouble, schema.KindNumeric}, true
	case reflect.Float32:
		return schema.Type{Kind: schema.KindReal}, []schema.Kind{schema.KindReal, schema.KindDouble, schema.KindNumeric}, true
	case reflect.String:
		return schema.Type{Kind: schema.KindText}, []schema.Kind{schema.KindText, schema.KindVarchar, schema.KindChar, schema.KindJSON, schema.KindJSONText, schema.KindUUID, schema.KindNumeric}, true
	case reflect.Bool:
		return schema.Type{Kind: schema.KindBoolean}, []schema.Kind{schema.KindBoolean}, true
	case reflect.Slice:
		if vt.Elem().Kind() == reflect.Uint8 {
			return schema.Type{Kind: schema.KindBytes}, []schema.Kind{schema.KindBytes, schema.KindJSON, schema.KindJSONText}, true
		}
		return schema.Type{}, []schema.Kind{schema.KindJSON, schema.KindJSONText}, false
	case reflect.Map, reflect.Struct, reflect.Array:
		return schema.Type{}, []schema.Kind{schema.KindJSON, schema.KindJSONText}, false
	}
	return schema.Type{}, nil, false
}

// columnType returns the canonical type of f and, for an enum, its values
// (decimal text for an integer enum, reported by ints). A Go enum type
// with EnumType() is a native enum column (KindEnum); its values are then
// the labels, which the schema's Enums carry (see FromModels).
func columnType(f *model.Field) (typ schema.Type, enum []string, ints bool, err error) {
	vt := f.ValueType
	e, err := model.EnumOf(vt)
	if err != nil {
		return schema.Type{}, nil, false, err
	}
	if e != nil && e.Native != "" {
		if f.Tag.Type != "" {
			return schema.Type{}, nil, false, fmt.Errorf("type=%s: enum type %s is the native enum %s (its EnumType() method); remove type=", f.Tag.Type, vt, e.Native)
		}
		return schema.Type{Kind: schema.KindEnum, Raw: e.Native}, e.Labels, false, nil
	}
	if e != nil && e.Ints {
		typ, _, err = scalarType(f, vt, nil)
		return typ, e.Strings, true, err
	}
	typ, enum, err = scalarType(f, vt, e)
	return typ, enum, false, err
}

// scalarType is columnType without integer and native enums; e is the
// string enum vt is, or nil.
func scalarType(f *model.Field, vt reflect.Type, e *model.Enum) (schema.Type, []string, error) {
	var enum []string
	isEnum := e != nil && !e.Ints
	if isEnum {
		enum = e.Strings
	}
	def, allowed, ok := goClass(vt)
	custom := vt.Implements(valuerType) || reflect.PointerTo(vt).Implements(valuerType)
	if isEnum {
		def, allowed, ok = schema.Type{Kind: schema.KindText}, []schema.Kind{schema.KindText, schema.KindVarchar, schema.KindChar}, true
	}
	if f.Tag.Type == "" {
		if !ok {
			if custom {
				return schema.Type{}, nil, fmt.Errorf("its Go type %s implements driver.Valuer but has no default column type; add type=<%s>", vt, schema.Vocabulary)
			}
			if len(allowed) > 0 {
				if vt.Kind() == reflect.Slice && (model.IsModelType(vt.Elem()) || vt.Elem().Kind() == reflect.Pointer && model.IsModelType(vt.Elem().Elem())) {
					return schema.Type{}, nil, fmt.Errorf("its Go type %s has no column type of its own; tag it m2m for a many-to-many join table, or add type=json to store it as JSON", vt)
				}
				if vt.Kind() == reflect.Slice {
					return schema.Type{}, nil, fmt.Errorf("its Go type %s has no column type of its own; add type=json to store it as JSON, or an array type such as type=text[] (an array on PostgreSQL, a JSON array on SQLite)", vt)
				}
				return schema.Type{}, nil, fmt.Errorf("its Go type %s has no column type of its own; add type=json to store it as JSON", vt)
			}
			return schema.Type{}, nil, unstorable(vt)
		}
		return def, enum, nil
	}
	typ, err := schema.ParseType(f.Tag.Type)
	if err != nil {
		return schema.Type{}, nil, fmt.Errorf("type=%s: %w", f.Tag.Type, err)
	}
	if typ.Kind == schema.KindUnknown {
		return unknownType(f, vt, typ, ok || custom, isEnum)
	}
	if typ.Kind == schema.KindEnum {
		return schema.Type{}, nil, fmt.Errorf("type=%s: a native enum is named by its Go enum type, not by a tag: remove type= and give the field a string enum type with the methods Values() []string (the labels) and EnumType() string (returning %q)", f.Tag.Type, typ.Raw)
	}
	if d := typ.Declared(); d != "" {
		// A declaration of other storage the model keeps as the table has
		// it (SQLite's DECIMAL(8,2), read as numeric(8,2) declared so):
		// rendered verbatim where the engine keeps declarations.
		if err := dialect.CheckTypeSpelling(d); err != nil {
			return schema.Type{}, nil, fmt.Errorf("type=%s: %w", f.Tag.Type, err)
		}
	}
	if typ.Array {
		return arrayType(f, vt, typ, custom)
	}
	if !slices.Contains(allowed, typ.Kind) && !(custom && !isEnum && !ok) {
		names := make([]string, len(allowed))
		for i, k := range allowed {
			names[i] = k.String()
		}
		if len(names) == 0 {
			return schema.Type{}, nil, fmt.Errorf("type=%s: %w", f.Tag.Type, unstorable(vt))
		}
		return schema.Type{}, nil, fmt.Errorf("type=%s: its Go type %s cannot be stored as %s; allowed: %s", f.Tag.Type, vt, typ.Kind, strings.Join(names, ", "))
	}
	return typ, enum, nil
}

// unknownType checks type=unknown(<spelling>): a column of a type outside
// the vocabulary that the model keeps as it is. The spelling is rendered
// verbatim, so it must be a type name (dialect.CheckTypeSpelling); the
// field's Go type is what coerce scans the values into, any Go type that
// has a column type of its own (storable).
func unknownType(f *model.Field, vt reflect.Type, typ schema.Type, storable, isEnum bool) (schema.Type, []string, error) {
	if err := dialect.CheckTypeSpelling(typ.Raw); err != nil {
		return schema.Type{}, nil, fmt.Errorf("type=%s: %w", f.Tag.Type, err)
	}
	if isEnum {
		return schema.Type{}, nil, fmt.Errorf("type=%s: enum type %s is a text column with a CHECK of its values; declare the field a string (or another Go type) to keep a column of type %s", f.Tag.Type, vt, typ.Raw)
	}
	if !storable {
		return schema.Type{}, nil, fmt.Errorf("type=%s: its Go type %s has no column type of its own, so coerce could not read the column's values into it; use a string, an integer, []byte or another type of the vocabulary's", f.Tag.Type, vt)
	}
	return typ, nil, nil
}

// arrayType checks an array type= against the Go type: a slice (not
// []byte) whose elements (or pointers to them, for NULL elements) may be
// stored as the element type, or a custom driver.Valuer type.
func arrayType(f *model.Field, vt reflect.Type, typ schema.Type, custom bool) (schema.Type, []string, error) {
	if custom {
		return typ, nil, nil
	}
	if vt.Kind() != reflect.Slice || vt.Elem().Kind() == reflect.Uint8 {
		return schema.Type{}, nil, fmt.Errorf("type=%s: an array column holds a Go slice (e.g. []string for text[], []int64 for bigint[]), not %s", f.Tag.Type, vt)
	}
	et := vt.Elem()
	if et.Kind() == reflect.Pointer {
		et = et.Elem()
	}
	_, allowed, _ := goClass(et)
	if e, _ := model.EnumOf(et); e != nil && !e.Ints {
		allowed = []schema.Kind{schema.KindText, schema.KindVarchar, schema.KindChar}
	}
	if !slices.Contains(allowed, typ.Kind) || typ.Kind == schema.KindJSON || typ.Kind == schema.KindJSONText {
		return schema.Type{}, nil, fmt.Errorf("type=%s: the elements of %s cannot be stored as %s; arrays of %s may be of: %s", f.Tag.Type, vt, typ.Elem(), et, kindNames(allowed))
	}
	return typ, nil, nil
}

func kindNames(ks []schema.Kind) string {
	var out []string
	for _, k := range ks {
		if k != schema.KindJSON && k != schema.KindJSONText {
			out = append(out, k.String())
		}
	}
	if len(out) == 0 {
		return "none"
	}
	return strings.Join(out, ", ")
}

// unstorable explains why no column type holds a value of vt, a Go type
// goClass gives no class, and what to do instead.
func unstorable(vt reflect.Type) error {
	skip := "skip the field with `ferro:\"-\"`"
	switch vt.Kind() {
	case reflect.Chan:
		return fmt.Errorf("its Go type %s is a channel, which has no value a column can hold; %s", vt, skip)
	case reflect.Func:
		return fmt.Errorf("its Go type %s is a function, which has no value a column can hold; %s", vt, skip)
	case reflect.Complex64, reflect.Complex128:
		return fmt.Errorf("its Go type %s is a complex number, which no column type holds; store its real and imaginary parts in two float64 fields, or %s", vt, skip)
	case reflect.Interface:
		return fmt.Errorf("its Go type %s is an interface, whose values have no one column type; use a concrete type (type=json stores a map, slice or struct as JSON), or %s", vt, skip)
	case reflect.Uint64, reflect.Uint, reflect.Uintptr:
		return fmt.Errorf("its Go type %s cannot be stored: its values up to 18446744073709551615 exceed bigint, the widest integer column on both engines; use int64, or %s", vt, skip)
	case reflect.UnsafePointer:
		return fmt.Errorf("its Go type %s is a memory address, which has no meaning in a database; %s", vt, skip)
	}
	return fmt.Errorf("its Go type %s has no column type; use another Go type, or %s", vt, skip)
}

// checkDefault validates a default= literal and returns it normalised. Only
// literals are accepted (a quoted string, a number, true, false, null,
// CURRENT_TIMESTAMP/CURRENT_DATE/CURRENT_TIME, or a call without arguments
// such as now()), so a tag can never smuggle SQL into the DDL.
func checkDefault(lit string, t schema.Type, enum []string) (string, error) {
	norm := dialect.NormalizeDefault(lit, t)
	l, rest := splitDefault(lit)
	if l == "" || rest != "" || strings.HasPrefix(l, "(") {
		return "", fmt.Errorf("default=%s: not a SQL literal; use a quoted string ('draft'), a number, true, false, CURRENT_TIMESTAMP or a call like now()", lit)
	}
	if norm == "" {
		return "", fmt.Errorf("default=%s: a NULL default is the same as none; remove it", lit)
	}
	if strings.ContainsRune(lit, 0) || !utf8.ValidString(lit) {
		return "", fmt.Errorf("default=%s: contains NUL or invalid UTF-8", lit)
	}
	if t.Kind == schema.KindEnum && norm[0] != '\'' {
		return "", fmt.Errorf("default=%s: a native enum's default is one of its labels, quoted: one of %q", lit, enum)
	}
	if enum != nil && norm[0] == '\'' {
		v := strings.ReplaceAll(norm[1:len(norm)-1], "''", "'")
		if !slices.Contains(enum, v) {
			return "", fmt.Errorf("default=%s: %q is not one of the enum values %q", lit, v, enum)
		}
	}
	if enum != nil && t.Kind.IsInteger() {
		if n, err := strconv.ParseInt(norm, 10, 64); err != nil || !slices.Contains(enum, strconv.FormatInt(n, 10)) {
			return "", fmt.Errorf("default=%s: not one of the enum values %s", lit, strings.Join(enum, ", "))
		}
	}
	return norm, nil
}

// checkRenames refuses renamed_from= options that cannot mean one rename:
// two fields claiming the same earlier column, or an earlier name that is
// another field's column.
func checkRenames(t reflect.Type, ms *model.Struct) error {
	claimed := map[string]*model.Field{}
	for i := range ms.Fields {
		f := &ms.Fields[i]
		for _, old := range f.Tag.RenamedFromNames() {
			fail := func(reason string, args ...any) error {
				return &ModelError{Type: t.String(), Field: f.GoName, Tag: f.RawTag, Reason: fmt.Sprintf(reason, args...)}
			}
			if prev, ok := claimed[old]; ok {
				return fail("renamed_from=%s: field %s (column %s) is renamed from %s.%s too; one column can become only one field", old, prev.GoName, prev.Column, ms.Table, old)
			}
			if other, ok := ms.Field(old); ok {
				return fail("renamed_from=%s: %s.%s is the column of field %s; name an earlier column that no field still uses", old, ms.Table, old, other.GoName)
			}
			claimed[old] = f
		}
	}
	return nil
}
