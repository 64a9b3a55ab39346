package model

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"
)

// ErrBadModel is wrapped by every error of [Of]; test with errors.Is.
var ErrBadModel = errors.New("ferro/model: bad model")

// ModelError reports a struct type that cannot be used as a model. It
// unwraps to [ErrBadModel] and, for tag mistakes, to the [*TagError].
type ModelError struct {
	// Type is the Go struct type, e.g. "shop.Invoice".
	Type string
	// Field is the Go field path ("Base.ID"), empty for type-level problems.
	Field string
	// Tag is the field's raw `ferro` tag, if any.
	Tag string
	// Reason says what is wrong and what to do.
	Reason string
	// Err is an underlying cause (a *TagError), or nil.
	Err error
}

// Error implements error.
func (e *ModelError) Error() string {
	reason := e.Reason
	if e.Err != nil && reason == "" {
		reason = strings.TrimPrefix(e.Err.Error(), "ferro/model: ")
	}
	return FormatError("ferro/model", e.Type, e.Field, e.Tag, reason)
}

// FormatError renders a model mistake the one way ferro words them:
// "<pkg>: <type>[, field <field>][ (tag `ferro:"<tag>"`)]: <reason>".
func FormatError(pkg, typ, field, tag, reason string) string {
	var b strings.Builder
	b.WriteString(pkg)
	b.WriteString(": ")
	b.WriteString(typ)
	if field != "" {
		b.WriteString(", field ")
		b.WriteString(field)
	}
	if tag != "" {
		fmt.Fprintf(&b, " (tag `ferro:%q`)", tag)
	}
	b.WriteString(": ")
	b.WriteString(reason)
	return b.String()
}

// Unwrap returns ErrBadModel and the underlying cause.
func (e *ModelError) Unwrap() []error {
	if e.Err != nil {
		return []error{ErrBadModel, e.Err}
	}
	return []error{ErrBadModel}
}

// Field is one column of a model struct.
type Field struct {
	// GoName is the field path from the model struct: "Amount", or "Base.ID"
	// for a field promoted from an embedded struct.
	GoName string
	// Column is the resolved column name (see the package doc).
	Column string
	// Index is the reflect index path from the model struct, through
	// embedded structs (possibly through embedded pointers; see [Field.Value]).
	Index []int
	// Type is the field's declared Go type.
	Type reflect.Type
	// ValueType is the type of the value the column holds: Type itself, the
	// element of a pointer, or the value field of a nullable wrapper
	// (sql.NullInt64 -> int64, sql.Null[T] -> T, decimal.NullDecimal ->
	// decimal.Decimal).
	ValueType reflect.Type
	// Wrapper is true when Type is a nullable wrapper struct (sql.Null*,
	// decimal.NullDecimal, ...).
	Wrapper bool
	// Tag is the parsed `ferro` tag (zero when the field has none).
	Tag Tag
	// RawTag is the field's `ferro` tag text, for error messages.
	RawTag string
	// Nullable reports whether the column accepts NULL: Type is a pointer or
	// a nullable wrapper, or the tag has `nullable`.
	Nullable bool
	// ViaPointer is true when Index passes through an embedded pointer, so
	// reaching the field may need allocation (see [Field.Value]).
	ViaPointer bool
}

// Value returns the field of the struct value v (of the model type, not a
// pointer). When the path crosses a nil embedded pointer, Value allocates it
// if alloc is true (v must then be addressable) and otherwise returns ok
// false.
func (f *Field) Value(v reflect.Value, alloc bool) (fv reflect.Value, ok bool) {
	if !f.ViaPointer {
		return v.FieldByIndex(f.Index), true
	}
	for i, x := range f.Index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				if !alloc {
					return reflect.Value{}, false
				}
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, true
}

// Struct is the model view of one struct type.
type Struct struct {
	// Type is the struct type (never a pointer).
	Type reflect.Type
	// Table is the table name: TableName() or SnakeCase of the type name.
	Table string
	// HasTableName reports whether Table came from a TableName method.
	HasTableName bool
	// RenamedFrom are earlier table names, from a RenamedFrom() []string
	// method; nil without one.
	RenamedFrom []string
	// Fields are the columns in declaration order, embedded fields in place
	// of the embedding field.
	Fields []Field
	// Relations are the fields that refer to other models (see
	// [Relation]), in declaration order; they are not columns.
	Relations []Relation

	byColumn map[string]int
}

// Field returns the field mapped to column.
func (s *Struct) Field(column string) (*Field, bool) {
	i, ok := s.byColumn[column]
	if !ok {
		return nil, false
	}
	return &s.Fields[i], true
}

var cache sync.Map // reflect.Type -> *Struct (errors are not cached)

// Of returns the model view of t, a struct type or a pointer to one. The
// result is cached per type and shared: do not modify it. Errors are
// [*ModelError] naming the Go type, field and tag.
func Of(t reflect.Type) (*Struct, error) {
	if t == nil {
		return nil, &ModelError{Type: "<nil>", Reason: "want a struct type or a pointer to one, got nil"}
	}
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if s, ok := cache.Load(t); ok {
		return s.(*Struct), nil
	}
	s, err := build(t)
	if err != nil {
		return nil, err
	}
	got, _ := cache.LoadOrStore(t, s)
	return got.(*Struct), nil
}

type tableNamer interface{ TableName() string }

// tableRenamer is implemented by models whose table had other names.
type tableRenamer interface{ RenamedFrom() []string }

func build(t reflect.Type) (*Struct, error) {
	if t.Kind() != reflect.Struct {
		return nil, &ModelError{Type: t.String(), Reason: fmt.Sprintf("want a struct type or a pointer to one, got %s", t.Kind())}
	}
	if t.Name() == "" {
		return nil, &ModelError{Type: t.String(), Reason: "anonymous struct types have no table name; declare a named type"}
	}
	s := &Struct{Type: t}
	if tn, ok := reflect.New(t).Interface().(tableNamer); ok {
		s.Table, s.HasTableName = tn.TableName(), true
	} else {
		s.Table = SnakeCase(t.Name())
	}
	if s.Table == "" {
		return nil, &ModelError{Type: t.String(), Reason: "TableName() returned an empty name; return a table name"}
	}
	if tr, ok := reflect.New(t).Interface().(tableRenamer); ok {
		for _, old := range tr.RenamedFrom() {
			if old == "" || old == s.Table || slices.Contains(s.RenamedFrom, old) {
				return nil, &ModelError{Type: t.String(), Reason: fmt.Sprintf("RenamedFrom() returned %q: return the table's earlier names, each once, none empty or equal to %q", old, s.Table)}
			}
			s.RenamedFrom = append(s.RenamedFrom, old)
		}
	}
	var cands []candidate
	if err := walk(t, t, nil, "", 0, false, []reflect.Type{t}, &cands); err != nil {
		return nil, err
	}
	// Resolve collisions: the shallowest depth wins; a tie is an error.
	best := map[string]int{} // column -> index into cands
	for i, c := range cands {
		if c.rel != nil {
			s.Relations = append(s.Relations, *c.rel)
			continue
		}
		j, ok := best[c.f.Column]
		switch {
		case !ok || c.depth < cands[j].depth:
			best[c.f.Column] = i
		case c.depth == cands[j].depth:
			return nil, &ModelError{Type: t.String(), Field: c.f.GoName, Tag: c.f.RawTag,
				Reason: fmt.Sprintf("column %q is also the column of field %s at the same depth; rename one with a ferro tag or skip it with `ferro:\"-\"`", c.f.Column, cands[j].f.GoName)}
		}
	}
	s.byColumn = make(map[string]int, len(best))
	for i, c := range cands {
		if c.rel != nil || best[c.f.Column] != i {
			continue
		}
		s.byColumn[c.f.Column] = len(s.Fields)
		s.Fields = append(s.Fields, c.f)
	}
	return s, nil
}

type candidate struct {
	f     Field
	rel   *Relation // a relation field instead of a column
	depth int
}

func walk(root, t reflect.Type, index []int, prefix string, depth int, viaPtr bool, chain []reflect.Type, out *[]candidate) error {
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		goName := prefix + sf.Name
		raw, hasTag := sf.Tag.Lookup("ferro")
		fail := func(reason string, err error) error {
			return &ModelError{Type: root.String(), Field: goName, Tag: raw, Reason: reason, Err: err}
		}
		var tag Tag
		if hasTag {
			var err error
			if tag, err = ParseTag(raw); err != nil {
				return fail("", err)
			}
			if tag.Skip {
				continue
			}
		}
		name := tag.Name
		if name == "" {
			if db, ok := sf.Tag.Lookup("db"); ok {
				db, _, _ = strings.Cut(db, ",")
				if db == "-" && !hasTag {
					continue
				}
				if db != "-" {
					name = db
				}
			}
		}
		ft := sf.Type
		idx := append(append([]int(nil), index...), i)

		if sf.Anonymous && name == "" {
			et := ft
			isPtr := et.Kind() == reflect.Pointer
			if isPtr {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct && !IsLeaf(et) && !isNullWrapper(et) {
				if tag != (Tag{}) {
					return fail("an embedded struct is flattened into the outer table and takes no options; move them to its fields, or give it a column name to store it as one column", nil)
				}
				if !sf.IsExported() && isPtr {
					return fail(fmt.Sprintf("embedded pointer to unexported struct type %s cannot be allocated; export the type or embed it by value", et), nil)
				}
				for _, c := range chain {
					if c == et {
						return fail(fmt.Sprintf("embedded struct %s embeds itself; break the cycle", et), nil)
					}
				}
				if err := walk(root, et, idx, goName+".", depth+1, viaPtr || isPtr, append(chain, et), out); err != nil {
					return err
				}
				continue
			}
		}
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = SnakeCase(sf.Name)
		}
		if !sf.Anonymous {
			kind, target, optional, reason := relationOf(ft, tag)
			if reason != "" {
				return fail(reason, nil)
			}
			if kind != 0 {
				*out = append(*out, candidate{rel: &Relation{Kind: kind, GoName: goName, Name: name, Index: idx, Type: ft,
					Target: target, Optional: optional, Tag: tag, RawTag: raw, ViaPointer: viaPtr}, depth: depth})
				continue
			}
		}
		if err := actionWithoutFK(raw, tag); err != nil {
			return fail("", err)
		}
		f := Field{GoName: goName, Column: name, Index: idx, Type: ft, Tag: tag, RawTag: raw, ViaPointer: viaPtr}
		vt := ft
		if vt.Kind() == reflect.Pointer {
			vt = vt.Elem()
			f.Nullable = true
			if vt.Kind() == reflect.Pointer {
				return fail(fmt.Sprintf("pointer to pointer (%s) is not supported; use a single pointer", ft), nil)
			}
		}
		if isNullWrapper(vt) {
			if vt != ft {
				return fail(fmt.Sprintf("pointer to nullable wrapper (%s) is ambiguous; use %s or *%s", ft, vt, vt.Field(0).Type), nil)
			}
			f.Wrapper = true
			f.Nullable = true
			vt = vt.Field(0).Type
		}
		f.ValueType = vt
		if tag.Nullable {
			f.Nullable = true
		}
		*out = append(*out, candidate{f: f, depth: depth})
	}
	return nil
}

var (
	timeType    = reflect.TypeFor[time.Time]()
	scannerType = reflect.TypeFor[sql.Scanner]()
	valuerType  = reflect.TypeFor[driver.Valuer]()
)

// IsLeaf reports whether t is a value type stored in one column and never
// flattened: time.Time, or a type whose pointer implements sql.Scanner, or
// which implements driver.Valuer (decimal.Decimal, uuid.UUID, sql.Null*...).
func IsLeaf(t reflect.Type) bool {
	if t == timeType {
		return true
	}
	return reflect.PointerTo(t).Implements(scannerType) || t.Implements(valuerType) || reflect.PointerTo(t).Implements(valuerType)
}

// IsUUID reports whether t is a UUID type: any 16-byte array
// (google/uuid.UUID, gofrs/uuid.UUID, ...), which coerce scans from text
// and binding writes as text where the engine stores UUIDs so.
func IsUUID(t reflect.Type) bool {
	return t.Kind() == reflect.Array && t.Len() == 16 && t.Elem().Kind() == reflect.Uint8
}

// IsNullWrapper reports whether t is a nullable wrapper struct (see the
// package doc); its value type is t.Field(0).Type.
func IsNullWrapper(t reflect.Type) bool { return isNullWrapper(t) }

func isNullWrapper(t reflect.Type) bool {
	if t.Kind() != reflect.Struct || t.NumField() != 2 {
		return false
	}
	v := t.Field(1)
	if v.Name != "Valid" || v.Type.Kind() != reflect.Bool || !t.Field(0).IsExported() {
		return false
	}
	return reflect.PointerTo(t).Implements(scannerType)
}
