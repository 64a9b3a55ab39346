package model

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Enum is a Go enum type, as both the catalog (column type and CHECK) and
// coerce (binding and scanning) read it. The one rule:
//
//   - a string enum is a named string type with a method Values() []string
//     or Values() []T (ent's convention);
//   - an integer enum is a named integer type T (not uintptr) with a method
//     Values() []T.
//
// Values() is called once per type, on the zero value (value or pointer
// receiver). Optionally the type names a native enum type (PostgreSQL's
// CREATE TYPE ... AS ENUM) with a method EnumType() string; its labels are
// then the string values, or for an integer enum the String() of each
// member, in Values() order.
type Enum struct {
	Type reflect.Type
	// Ints is true for an integer enum.
	Ints bool
	// Strings are the values of a string enum; for an integer enum the
	// members in decimal.
	Strings []string
	// Members are the values of an integer enum (uint members as their
	// int64 bit pattern); nil for a string enum.
	Members []int64
	// Names maps String() of each integer member to it when T implements
	// fmt.Stringer; nil otherwise.
	Names map[string]int64
	// Native is the name EnumType() returns; empty without the method.
	Native string
	// Labels are the native enum's labels in order (Strings for a string
	// enum, the String() names for an integer enum); nil without Native.
	Labels []string

	set map[string]struct{} // Strings of a string enum with more than 8 values
}

// Has reports whether s is a value of string enum e, the membership test
// both scanning and binding apply. It allocates nothing.
func (e *Enum) Has(s string) bool {
	if e.set != nil {
		_, ok := e.set[s]
		return ok
	}
	return slices.Contains(e.Strings, s)
}

// HasMember reports whether n is a member of integer enum e.
func (e *Enum) HasMember(n int64) bool { return slices.Contains(e.Members, n) }

// nativeNamer is the method that maps a Go enum type to a native enum type.
type nativeNamer interface{ EnumType() string }

var enumCache sync.Map // reflect.Type -> enumResult

type enumResult struct {
	e   *Enum
	err error
}

// EnumOf reports whether t is an enum type and describes it: (nil, nil)
// when t is not one; an error when it is one whose methods cannot be used
// (no values, duplicates, NUL or invalid UTF-8, a bad EnumType name). The
// result is cached per type; callers must not modify it.
func EnumOf(t reflect.Type) (*Enum, error) {
	if r, ok := enumCache.Load(t); ok {
		r := r.(enumResult)
		return r.e, r.err
	}
	e, err := enumOf(t)
	enumCache.Store(t, enumResult{e, err})
	return e, err
}

func enumOf(t reflect.Type) (*Enum, error) {
	if t.Name() == "" || t.PkgPath() == "" {
		return nil, nil
	}
	ints := false
	switch t.Kind() {
	case reflect.String:
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		ints = true
	default:
		return nil, nil
	}
	for _, rt := range []reflect.Type{t, reflect.PointerTo(t)} {
		m, ok := rt.MethodByName("Values")
		if !ok || m.Type.NumIn() != 1 || m.Type.NumOut() != 1 {
			continue
		}
		out := m.Type.Out(0)
		if out.Kind() != reflect.Slice || (ints && out.Elem() != t) || (!ints && out.Elem().Kind() != reflect.String) {
			continue
		}
		recv := reflect.New(t)
		if rt == t {
			recv = recv.Elem()
		}
		vals := m.Func.Call([]reflect.Value{recv})[0]
		if vals.Len() == 0 {
			return nil, fmt.Errorf("enum type %s: Values() returned no values; return at least one", t)
		}
		e := &Enum{Type: t, Ints: ints, Strings: make([]string, vals.Len())}
		if ints {
			if err := e.readInts(vals); err != nil {
				return nil, err
			}
		} else {
			for i := range e.Strings {
				v := vals.Index(i).String()
				if strings.ContainsRune(v, 0) || !utf8.ValidString(v) {
					return nil, fmt.Errorf("enum type %s: value %q contains NUL or invalid UTF-8", t, v)
				}
				if slices.Contains(e.Strings[:i], v) {
					return nil, fmt.Errorf("enum type %s: value %q is listed twice in Values()", t, v)
				}
				e.Strings[i] = v
			}
			if len(e.Strings) > 8 {
				e.set = make(map[string]struct{}, len(e.Strings))
				for _, v := range e.Strings {
					e.set[v] = struct{}{}
				}
			}
		}
		if err := e.readNative(); err != nil {
			return nil, err
		}
		return e, nil
	}
	if t.Implements(nativeNamerType) || reflect.PointerTo(t).Implements(nativeNamerType) {
		return nil, fmt.Errorf("type %s has EnumType() but no usable Values() method; add `func (%s) Values() []%s` listing the labels", t, t.Name(), map[bool]string{true: t.Name(), false: "string"}[ints])
	}
	return nil, nil
}

var nativeNamerType = reflect.TypeFor[nativeNamer]()

func (e *Enum) readInts(vals reflect.Value) error {
	t := e.Type
	stringer := t.Implements(reflect.TypeFor[fmt.Stringer]())
	if stringer {
		e.Names = make(map[string]int64, vals.Len())
	}
	e.Members = make([]int64, vals.Len())
	for i := range e.Members {
		v := vals.Index(i)
		var n int64
		if v.CanUint() {
			e.Strings[i] = strconv.FormatUint(v.Uint(), 10)
			n = int64(v.Uint())
		} else {
			n = v.Int()
			e.Strings[i] = strconv.FormatInt(n, 10)
		}
		if slices.Contains(e.Strings[:i], e.Strings[i]) {
			return fmt.Errorf("enum type %s: value %s is listed twice in Values()", t, e.Strings[i])
		}
		e.Members[i] = n
		if stringer {
			name := v.Interface().(fmt.Stringer).String()
			if prev, dup := e.Names[name]; dup {
				return fmt.Errorf("enum type %s: members %d and %d both have String() %q; give each member its own name", t, prev, n, name)
			}
			e.Names[name] = n
		}
	}
	return nil
}

// readNative reads EnumType() and the labels it implies.
func (e *Enum) readNative() error {
	t := e.Type
	nn, ok := reflect.Zero(t).Interface().(nativeNamer)
	if !ok {
		if p, pok := reflect.New(t).Interface().(nativeNamer); pok {
			nn, ok = p, true
		}
	}
	if !ok {
		return nil
	}
	name := nn.EnumType()
	if err := CheckEnumName(name); err != nil {
		return fmt.Errorf("enum type %s: EnumType() %w", t, err)
	}
	e.Native = name
	if !e.Ints {
		e.Labels = e.Strings
		return nil
	}
	if e.Names == nil {
		return fmt.Errorf("enum type %s: EnumType() names a native enum, whose labels are the members' names, but %s has no String() method; add one (each member's label), or use a string enum type", t, t)
	}
	e.Labels = make([]string, len(e.Members))
	for name, n := range e.Names {
		e.Labels[slices.Index(e.Members, n)] = name
	}
	for _, l := range e.Labels {
		if l == "" || strings.ContainsRune(l, 0) || !utf8.ValidString(l) {
			return fmt.Errorf("enum type %s: String() label %q is empty, or contains NUL or invalid UTF-8", t, l)
		}
	}
	return nil
}

// CheckEnumName checks the name of a native enum type: not empty, at most
// 63 bytes (PostgreSQL's limit), without '.', '"' or NUL. The type lives in
// the schema of the tables, so the name is never schema-qualified.
func CheckEnumName(name string) error {
	switch {
	case name == "":
		return fmt.Errorf("returned an empty name; return the PostgreSQL type name, e.g. \"mood\"")
	case len(name) > 63:
		return fmt.Errorf("name %q is %d bytes, longer than the 63 PostgreSQL allows", name, len(name))
	case strings.ContainsAny(name, ".\"\x00") || !utf8.ValidString(name):
		return fmt.Errorf("name %q contains '.', '\"', NUL or invalid UTF-8; name a type of the tables' own schema without quotes", name)
	}
	return nil
}

// Label returns the native enum label of integer member n, and whether n
// is a member.
func (e *Enum) Label(n int64) (string, bool) {
	i := slices.Index(e.Members, n)
	if i < 0 || e.Labels == nil {
		return "", false
	}
	return e.Labels[i], true
}
