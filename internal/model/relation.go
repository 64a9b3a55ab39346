package model

import (
	"fmt"
	"reflect"
	"strings"
)

// RelationKind tells the kinds of relation fields apart.
type RelationKind uint8

// The relation kinds.
const (
	// BelongsTo is a field whose type is another model (Customer, or
	// *Customer for an optional relation): a foreign key from this table to
	// the target's primary key.
	BelongsTo RelationKind = iota + 1
	// ManyToMany is a slice of another model tagged m2m ([]Tag, []*Tag): a
	// join table holding the key pairs.
	ManyToMany
)

// String returns "belongs-to" or "many-to-many".
func (k RelationKind) String() string {
	switch k {
	case BelongsTo:
		return "belongs-to"
	case ManyToMany:
		return "many-to-many"
	}
	return fmt.Sprintf("relation(%d)", uint8(k))
}

// Relation is a struct field that refers to other models instead of holding
// a column. It is not among [Struct.Fields], so the scanner never fills it.
type Relation struct {
	Kind RelationKind
	// GoName is the field path from the model struct, as in [Field.GoName].
	GoName string
	// Name is the tag's name, else the db tag's name, else SnakeCase of the
	// field name: the prefix of the key columns a belongs-to relation adds
	// (<name>_<target key column>) and the suffix of a default join table
	// name (<table>_<name>).
	Name string
	// Index is the reflect index path from the model struct.
	Index []int
	// Type is the field's declared Go type.
	Type reflect.Type
	// Target is the struct type referred to (never a pointer).
	Target reflect.Type
	// Optional is true for a belongs-to relation through a pointer (*T): the
	// key columns the relation adds are nullable.
	Optional bool
	// Tag is the parsed tag and RawTag its text, for error messages.
	Tag    Tag
	RawTag string
	// ViaPointer is true when Index passes through an embedded pointer.
	ViaPointer bool
}

// IsModelType reports whether t can be the target of a relation: a named
// struct type that is not a leaf value type (time.Time, Scanner/Valuer
// types) nor a nullable wrapper.
func IsModelType(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.Name() != "" && !IsLeaf(t) && !isNullWrapper(t)
}

// relationOf classifies a non-embedded field of type ft with tag: a
// relation (kind != 0), a column (kind 0, reason ""), or a mistake (reason).
func relationOf(ft reflect.Type, tag Tag) (kind RelationKind, target reflect.Type, optional bool, reason string) {
	if tag.M2M {
		e := ft
		if e.Kind() == reflect.Slice {
			e = e.Elem()
			if e.Kind() == reflect.Pointer {
				e = e.Elem()
			}
		}
		switch {
		case ft.Kind() != reflect.Slice || !IsModelType(e):
			return 0, nil, false, fmt.Sprintf("m2m needs a slice of a model type such as []Tag or []*Tag, got %s", ft)
		case tag.Type != "":
			return 0, nil, false, "m2m declares a join table, not a column; remove type="
		case tag.PK || tag.Unique || tag.Index || tag.HasDefault || tag.FK != "" || tag.OnDelete != "" || tag.OnUpdate != "" || tag.Nullable || tag.FKColumn != "" ||
			tag.AutoIncrement != "" || tag.Deferrable:
			return 0, nil, false, "m2m takes only a name and m2m=<table>: the join table's primary key, reverse index and cascading foreign keys are fixed"
		}
		return ManyToMany, e, false, ""
	}
	t := ft
	if t.Kind() == reflect.Pointer {
		t, optional = t.Elem(), true
	}
	if tag.Type != "" || !IsModelType(t) {
		if tag.FKColumn != "" {
			return 0, nil, false, fmt.Sprintf("fk_column= is for a field whose type is a model (a relation); %s is stored as a column", ft)
		}
		return 0, nil, false, ""
	}
	bad := ""
	switch {
	case tag.PK:
		bad = "a relation field is not a column and cannot be pk; mark the key field (e.g. CustomerID) pk instead"
	case tag.AutoIncrement != "":
		bad = "a relation field is not a column and cannot be autoincrement; put it on the key field"
	case tag.Unique:
		bad = "unique is not supported on a relation field; put it on the key field (e.g. CustomerID)"
	case tag.Index && tag.IndexGroup != "":
		bad = "index=<group> is not supported on a relation field; use index, or put the group on the key field"
	case tag.Nullable:
		bad = fmt.Sprintf("nullable does not apply to a relation field; use a pointer (*%s) for an optional relation", t.Name())
	case tag.FK != "":
		bad = "a relation field declares its foreign key itself; remove fk= (name the key column with fk_column= if needed)"
	}
	if bad != "" {
		return 0, nil, false, bad
	}
	return BelongsTo, t, optional, ""
}

// PrimaryKey returns the fields marked pk, in field order.
func (s *Struct) PrimaryKey() []*Field {
	var pk []*Field
	for i := range s.Fields {
		if s.Fields[i].Tag.PK {
			pk = append(pk, &s.Fields[i])
		}
	}
	return pk
}

// Relation returns the relation field named goName (a [Relation.GoName]).
func (s *Struct) Relation(goName string) (*Relation, bool) {
	for i := range s.Relations {
		if s.Relations[i].GoName == goName {
			return &s.Relations[i], true
		}
	}
	return nil, false
}

func (s *Struct) relErr(r *Relation, reason string, args ...any) error {
	return &ModelError{Type: s.Type.String(), Field: r.GoName, Tag: r.RawTag, Reason: fmt.Sprintf(reason, args...)}
}

// target returns the model view of r's target and its primary key.
func (s *Struct) target(r *Relation) (*Struct, []*Field, error) {
	ts, err := Of(r.Target)
	if err != nil {
		return nil, nil, &ModelError{Type: s.Type.String(), Field: r.GoName, Tag: r.RawTag,
			Reason: fmt.Sprintf("relation to %s, which is not a valid model: %s", r.Target, strings.TrimPrefix(err.Error(), "ferro/model: ")), Err: err}
	}
	pk := ts.PrimaryKey()
	if len(pk) == 0 {
		return nil, nil, s.relErr(r, "relation to %s, which has no primary key; mark its key field(s) with pk, e.g. `ferro:\"id,pk\"`", r.Target)
	}
	return ts, pk, nil
}

// KeyColumn is one column of a belongs-to foreign key.
type KeyColumn struct {
	// Column is the key column of the source table.
	Column string
	// Field is the source's field holding the column, or nil when the
	// relation adds the column.
	Field *Field
	// Ref is the target's primary-key field the column references.
	Ref *Field
}

// Keys resolves the foreign key of the belongs-to relation r of s: one key
// column per primary-key field of the target, in key order. A key column
// is, in this order of preference: the column named by fk_column= (single
// keys only); the field named <relation field><target key field> (GORM's
// convention: CustomerID beside Customer); the field whose column is
// <name>_<target key column>; else a column the relation adds under that
// name (Field nil).
func (s *Struct) Keys(r *Relation) (*Struct, []KeyColumn, error) {
	if r.Kind != BelongsTo {
		return nil, nil, s.relErr(r, "is a %s relation, not belongs-to", r.Kind)
	}
	ts, pk, err := s.target(r)
	if err != nil {
		return nil, nil, err
	}
	if r.Tag.FKColumn != "" && len(pk) > 1 {
		return nil, nil, s.relErr(r, "fk_column= names one column but %s has a composite primary key (%s); remove fk_column= to use the columns %s, or declare fields named %s<key field>",
			r.Target, columnsOf(pk), strings.Join(addedNames(r, pk), ", "), r.GoName)
	}
	keys := make([]KeyColumn, len(pk))
	for i, p := range pk {
		k := KeyColumn{Ref: p}
		switch {
		case r.Tag.FKColumn != "":
			k.Column = r.Tag.FKColumn
			k.Field, _ = s.Field(k.Column)
		default:
			for j := range s.Fields {
				if s.Fields[j].GoName == r.GoName+p.GoName {
					k.Field = &s.Fields[j]
				}
			}
			if k.Field == nil {
				k.Field, _ = s.Field(r.Name + "_" + p.Column)
			}
			k.Column = r.Name + "_" + p.Column
		}
		if k.Field != nil {
			k.Column = k.Field.Column
		}
		for _, o := range keys[:i] {
			if o.Column == k.Column {
				return nil, nil, s.relErr(r, "key columns for %s and %s are both %q; name the key fields apart", o.Ref.GoName, p.GoName, k.Column)
			}
		}
		keys[i] = k
	}
	return ts, keys, nil
}

func addedNames(r *Relation, pk []*Field) []string {
	out := make([]string, len(pk))
	for i, p := range pk {
		out[i] = r.Name + "_" + p.Column
	}
	return out
}

func columnsOf(fs []*Field) string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Column
	}
	return strings.Join(out, ", ")
}

// Join describes the join table of a many-to-many relation.
type Join struct {
	// Table is m2m=<table>, else <source table>_<relation name>.
	Table string
	// Source and Target are the two models; SourceKey and TargetKey their
	// primary keys, in key order.
	Source, Target       *Struct
	SourceKey, TargetKey []*Field
	// SourceColumns and TargetColumns are the join table's key columns,
	// parallel to SourceKey and TargetKey: <source table>_<key column> and
	// <target table>_<key column> with each table name made singular
	// (invoices -> invoice_id); for a self-referential relation the
	// target's prefix is the singular of the relation name (Friends ->
	// friend_id).
	SourceColumns, TargetColumns []string
}

// Join resolves the join table of the many-to-many relation r of s.
func (s *Struct) Join(r *Relation) (*Join, error) {
	if r.Kind != ManyToMany {
		return nil, s.relErr(r, "is a %s relation, not many-to-many", r.Kind)
	}
	sk := s.PrimaryKey()
	if len(sk) == 0 {
		return nil, s.relErr(r, "a many-to-many relation needs a primary key on %s; mark its key field(s) with pk", s.Type)
	}
	ts, tk, err := s.target(r)
	if err != nil {
		return nil, err
	}
	j := &Join{Table: r.Tag.JoinTable, Source: s, Target: ts, SourceKey: sk, TargetKey: tk}
	if j.Table == "" {
		j.Table = s.Table + "_" + r.Name
	}
	sp, tp := singular(s.Table), singular(ts.Table)
	if ts.Type == s.Type {
		tp = singular(r.Name)
	}
	for _, f := range sk {
		j.SourceColumns = append(j.SourceColumns, sp+"_"+f.Column)
	}
	for _, f := range tk {
		j.TargetColumns = append(j.TargetColumns, tp+"_"+f.Column)
	}
	seen := map[string]bool{}
	for _, c := range append(append([]string(nil), j.SourceColumns...), j.TargetColumns...) {
		if seen[c] {
			return nil, s.relErr(r, "join table %q would have two columns named %q; rename the field (a self-referential relation names the second column after it) or the model types", j.Table, c)
		}
		seen[c] = true
	}
	return j, nil
}

// singular turns a plural snake_case name into its singular the simple
// way: friends -> friend, categories -> category; other names unchanged.
func singular(s string) string {
	switch {
	case strings.HasSuffix(s, "ies") && len(s) > 3:
		return s[:len(s)-3] + "y"
	case strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss") && len(s) > 1:
		return s[:len(s)-1]
	}
	return s
}

// KeyColumnOf returns the belongs-to relation of s that adds column (a key
// column without a field of its own), so that a scanner can tell such a
// column, which the model declares but has nowhere to store, from one the
// model does not know.
func (s *Struct) KeyColumnOf(column string) (*Relation, bool) {
	for i := range s.Relations {
		r := &s.Relations[i]
		if r.Kind != BelongsTo {
			continue
		}
		_, keys, err := s.Keys(r)
		if err != nil {
			continue
		}
		for _, k := range keys {
			if k.Field == nil && k.Column == column {
				return r, true
			}
		}
	}
	return nil, false
}

// RelationNamed returns the relation whose [Relation.Name] is name.
func (s *Struct) RelationNamed(name string) (*Relation, bool) {
	for i := range s.Relations {
		if s.Relations[i].Name == name {
			return &s.Relations[i], true
		}
	}
	return nil, false
}
