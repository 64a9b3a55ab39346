package coerce

import (
	"reflect"
	"strconv"
	"unsafe"

	"github.com/ferrosql/ferro/internal/model"
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

// newIntEnum is the membership table of integer enum e (internal/model's
// rule, shared with the catalog).
func newIntEnum(e *model.Enum) *intEnum {
	ie := &intEnum{members: e.Members, names: e.Names, set: intSetter(e.Type.Kind())}
	if k := e.Type.Kind(); k >= reflect.Uint && k <= reflect.Uint64 {
		ie.set = uintSetter(k)
	}
	return ie
}

func uintSetter(k reflect.Kind) func(unsafe.Pointer, int64) {
	switch k {
	case reflect.Uint8:
		return func(p unsafe.Pointer, n int64) { *(*uint8)(p) = uint8(n) }
	case reflect.Uint16:
		return func(p unsafe.Pointer, n int64) { *(*uint16)(p) = uint16(n) }
	case reflect.Uint32:
		return func(p unsafe.Pointer, n int64) { *(*uint32)(p) = uint32(n) }
	case reflect.Uint64:
		return func(p unsafe.Pointer, n int64) { *(*uint64)(p) = uint64(n) }
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
