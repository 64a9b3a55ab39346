package coerce

import (
	"fmt"
	"reflect"
	"strconv"
	"unsafe"
)

// intEnum is the membership table of an integer-backed enum: a named
// integer type T with a method Values() []T. When T also implements
// fmt.Stringer, each member's String() is accepted as its text form, so a
// column that stores the names (a Postgres native enum, a TEXT column)
// reads back into the integer type.
type intEnum struct {
	members []int64
	names   map[string]int64 // String() -> value; nil without fmt.Stringer
	set     func(unsafe.Pointer, int64)
}

func (e *intEnum) has(n int64) bool {
	for _, m := range e.members {
		if m == n {
			return true
		}
	}
	return false
}

func (e *intEnum) notMember(v string) error {
	return failf(ErrNotMember, "%s is not one of %v", v, e.members)
}

func isIntKind(k reflect.Kind) bool {
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32:
		return true
	}
	return false
}

// intEnumOf reports whether t is an integer-backed enum.
func intEnumOf(t reflect.Type) (*intEnum, bool, error) {
	if !isIntKind(t.Kind()) || t.Name() == "" {
		return nil, false, nil
	}
	for _, rt := range []reflect.Type{t, reflect.PointerTo(t)} {
		m, ok := rt.MethodByName("Values")
		if !ok || m.Type.NumIn() != 1 || m.Type.NumOut() != 1 || m.Type.Out(0) != reflect.SliceOf(t) {
			continue
		}
		recv := reflect.New(t)
		if rt == t {
			recv = recv.Elem()
		}
		vals := m.Func.Call([]reflect.Value{recv})[0]
		e := &intEnum{set: intSetter(t.Kind())}
		if t.Kind() >= reflect.Uint {
			e.set = uintSetter(t.Kind())
		}
		stringer := t.Implements(reflect.TypeFor[fmt.Stringer]())
		if stringer {
			e.names = make(map[string]int64, vals.Len())
		}
		for i := 0; i < vals.Len(); i++ {
			v := vals.Index(i)
			n := intOf(v)
			e.members = append(e.members, n)
			if stringer {
				name := v.Interface().(fmt.Stringer).String()
				if prev, dup := e.names[name]; dup && prev != n {
					return nil, false, failf(ErrDestination, "enum %s: members %d and %d both have String() %q", t, prev, n, name)
				}
				e.names[name] = n
			}
		}
		return e, true, nil
	}
	return nil, false, nil
}

func intOf(v reflect.Value) int64 {
	if v.Kind() >= reflect.Uint && v.Kind() <= reflect.Uintptr {
		return int64(v.Uint())
	}
	return v.Int()
}

func uintSetter(k reflect.Kind) func(unsafe.Pointer, int64) {
	switch k {
	case reflect.Uint8:
		return func(p unsafe.Pointer, n int64) { *(*uint8)(p) = uint8(n) }
	case reflect.Uint16:
		return func(p unsafe.Pointer, n int64) { *(*uint16)(p) = uint16(n) }
	case reflect.Uint32:
		return func(p unsafe.Pointer, n int64) { *(*uint32)(p) = uint32(n) }
	default:
		return func(p unsafe.Pointer, n int64) { *(*uint)(p) = uint(n) }
	}
}

func intEnumDecoder(e *intEnum) decodeFunc { return e.decode }

func (e *intEnum) decode(p unsafe.Pointer, src any) error {
	{
		var n int64
		switch v := src.(type) {
		case string:
			if x, ok := e.names[v]; ok {
				n = x
				break
			}
			x, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				return e.notMember(strconv.Quote(v))
			}
			n = x
		case []byte:
			return e.decode(p, bstr(v))
		case nil:
			return ErrNull
		default:
			x, err := toInt64(src)
			if err != nil {
				return err
			}
			n = x
		}
		if !e.has(n) {
			return e.notMember(strconv.FormatInt(n, 10))
		}
		e.set(p, n)
		return nil
	}
}
