package coerce

import (
	"database/sql"
	"encoding"
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"sync"
	"time"
	"unsafe"

	"github.com/ferrosql/ferro/internal/model"
)

// decodeFunc stores the driver value src into the destination of its type at
// p. Failures are returned bare (a *cause or a sentinel); the caller wraps
// them into an *Error naming column, field, type and value.
type decodeFunc func(p unsafe.Pointer, src any) error

var sqlErrNoRows = sql.ErrNoRows

var (
	timeType            = reflect.TypeFor[time.Time]()
	scannerType         = reflect.TypeFor[sql.Scanner]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

type decoderKey struct {
	t    reflect.Type
	json bool
}

type decoderEntry struct {
	fn  decodeFunc
	err error
}

// decoders caches one decodeFunc per (type, json) for the life of the
// process: a Go type's rule never changes.
var decoders sync.Map // decoderKey -> *decoderEntry

// decoderFor returns the decodeFunc for destination type t; asJSON selects
// the type=json rule.
func decoderFor(t reflect.Type, asJSON bool) (decodeFunc, error) {
	k := decoderKey{t, asJSON}
	if e, ok := decoders.Load(k); ok {
		e := e.(*decoderEntry)
		return e.fn, e.err
	}
	fn, err := buildDecoder(t, asJSON)
	e, _ := decoders.LoadOrStore(k, &decoderEntry{fn, err})
	return e.(*decoderEntry).fn, e.(*decoderEntry).err
}

// buildDecoder chooses the coercion rule for t. The order is the documented
// precedence (see doc.go, "Destination rules").
func buildDecoder(t reflect.Type, asJSON bool) (decodeFunc, error) {
	if asJSON {
		return jsonDecoder(t), nil
	}
	switch {
	case t == timeType:
		return decodeTime, nil
	case model.IsUUID(t):
		return decodeUUID, nil
	case isNullWrapper(t):
		return nullWrapperDecoder(t)
	case t.Kind() == reflect.Pointer:
		return pointerDecoder(t)
	case t == shopspringType:
		return decodeShopspring, nil
	case isDecimalType(t):
		return textDecoder(t), nil
	case reflect.PointerTo(t).Implements(scannerType):
		return scannerDecoder(t), nil
	}
	if e, err := model.EnumOf(t); err != nil {
		return nil, failf(ErrDestination, "%v", err)
	} else if e != nil && !e.Ints {
		return enumDecoder(e), nil
	} else if e != nil {
		return intEnumDecoder(newIntEnum(e)), nil
	}
	if reflect.PointerTo(t).Implements(textUnmarshalerType) {
		return textDecoder(t), nil
	}
	switch t.Kind() {
	case reflect.String:
		return decodeString, nil
	case reflect.Bool:
		return decodeBool, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intDecoder(t), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return uintDecoder(t), nil
	case reflect.Float32:
		return decodeFloat32, nil
	case reflect.Float64:
		return decodeFloat64, nil
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return decodeBytes, nil
		}
		return arrayDecoder(t)
	case reflect.Interface:
		if t.NumMethod() == 0 {
			return decodeAny, nil
		}
	}
	return nil, failf(ErrDestination, "%s has no coercion rule: use a supported type, implement sql.Scanner, or tag the field type=json", t)
}

// isNullWrapper: a struct {V T; Valid bool} whose pointer implements
// sql.Scanner (sql.Null[T], sql.NullString & co, decimal.NullDecimal,
// uuid.NullUUID). The rule is internal/model's, shared with the catalog.
func isNullWrapper(t reflect.Type) bool { return model.IsNullWrapper(t) }

// isDecimalType: a struct type named Decimal (shopspring/decimal,
// cockroachdb/apd, govalues/decimal ...) whose pointer implements
// encoding.TextUnmarshaler. It gets the text rule (exact, shortest float
// form) even when it also implements sql.Scanner.
func isDecimalType(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.Name() == "Decimal" && reflect.PointerTo(t).Implements(textUnmarshalerType)
}

// notMember is the failure of a string enum's membership test.
func notMember(e *model.Enum, v string) error {
	return failf(ErrNotMember, "%s is not one of %q", strconv.Quote(v), e.Strings)
}

func bstr(b []byte) string   { return unsafe.String(unsafe.SliceData(b), len(b)) }
func sbytes(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

func unsupported(src any) error {
	return fail(ErrConvert, "no conversion from the driver type "+typeOf(src))
}

func typeOf(v any) string {
	if v == nil {
		return "NULL"
	}
	return reflect.TypeOf(v).String()
}

func decodeString(p unsafe.Pointer, src any) error {
	switch v := src.(type) {
	case string:
		*(*string)(p) = v
	case []byte:
		*(*string)(p) = string(v)
	case int64:
		*(*string)(p) = strconv.FormatInt(v, 10)
	case float64:
		*(*string)(p) = strconv.FormatFloat(v, 'g', -1, 64)
	case bool:
		*(*string)(p) = strconv.FormatBool(v)
	case time.Time:
		*(*string)(p) = v.Format(time.RFC3339Nano)
	case nil:
		return ErrNull
	default:
		return unsupported(src)
	}
	return nil
}

func enumDecoder(e *model.Enum) decodeFunc {
	return func(p unsafe.Pointer, src any) error {
		switch v := src.(type) {
		case string:
			if !e.Has(v) {
				return notMember(e, v)
			}
			*(*string)(p) = v
		case []byte:
			if !e.Has(bstr(v)) {
				return notMember(e, string(v))
			}
			*(*string)(p) = string(v)
		case nil:
			return ErrNull
		default:
			return fail(ErrConvert, "a string enum is read from text only, not "+typeOf(src))
		}
		return nil
	}
}

func decodeBool(p unsafe.Pointer, src any) error {
	switch v := src.(type) {
	case bool:
		*(*bool)(p) = v
	case int64:
		if v != 0 && v != 1 {
			return fail(ErrConvert, "a boolean integer must be 0 or 1")
		}
		*(*bool)(p) = v == 1
	case float64:
		if v != 0 && v != 1 {
			return fail(ErrConvert, "a boolean number must be 0 or 1")
		}
		*(*bool)(p) = v == 1
	case string:
		b, ok := parseBool(v)
		if !ok {
			return fail(ErrConvert, "boolean text must be one of 1/0, t/f, true/false, y/n, yes/no, on/off")
		}
		*(*bool)(p) = b
	case []byte:
		return decodeBool(p, bstr(v))
	case nil:
		return ErrNull
	default:
		return unsupported(src)
	}
	return nil
}

// toInt64 converts src to an int64 exactly or fails.
func toInt64(src any) (int64, error) {
	switch v := src.(type) {
	case int64:
		return v, nil
	case float64:
		if v != math.Trunc(v) || v < -(1<<63) || v >= 1<<63 {
			return 0, fail(ErrConvert, "the number is not an integer in the int64 range")
		}
		return int64(v), nil
	case string:
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return 0, fail(ErrConvert, "the text is not a base-10 integer in range")
		}
		return n, nil
	case []byte:
		return toInt64(bstr(v))
	case nil:
		return 0, ErrNull
	}
	return 0, unsupported(src)
}

func intDecoder(t reflect.Type) decodeFunc {
	bits := t.Bits()
	lo, hi := int64(-1)<<(bits-1), int64(1)<<(bits-1)-1
	if bits == 64 {
		lo, hi = math.MinInt64, math.MaxInt64
	}
	set := intSetter(t.Kind())
	name := t.String()
	return func(p unsafe.Pointer, src any) error {
		n, err := toInt64(src)
		if err != nil {
			return err
		}
		if n < lo || n > hi {
			return fail(ErrConvert, "out of range for "+name)
		}
		set(p, n)
		return nil
	}
}

func intSetter(k reflect.Kind) func(unsafe.Pointer, int64) {
	switch k {
	case reflect.Int8:
		return func(p unsafe.Pointer, n int64) { *(*int8)(p) = int8(n) }
	case reflect.Int16:
		return func(p unsafe.Pointer, n int64) { *(*int16)(p) = int16(n) }
	case reflect.Int32:
		return func(p unsafe.Pointer, n int64) { *(*int32)(p) = int32(n) }
	case reflect.Int:
		return func(p unsafe.Pointer, n int64) { *(*int)(p) = int(n) }
	default:
		return func(p unsafe.Pointer, n int64) { *(*int64)(p) = n }
	}
}

func uintDecoder(t reflect.Type) decodeFunc {
	bits := t.Bits()
	hi := uint64(1)<<bits - 1
	if bits == 64 {
		hi = math.MaxUint64
	}
	k := t.Kind()
	name := t.String()
	return func(p unsafe.Pointer, src any) error {
		var n uint64
		switch v := src.(type) {
		case int64:
			if v < 0 {
				return fail(ErrConvert, "negative value for "+name)
			}
			n = uint64(v)
		case float64:
			if v != math.Trunc(v) || v < 0 || v >= 1<<64 {
				return fail(ErrConvert, "the number is not an integer in the "+name+" range")
			}
			n = uint64(v)
		case string:
			x, err := strconv.ParseUint(v, 10, 64)
			if err != nil {
				return fail(ErrConvert, "the text is not a base-10 unsigned integer in range")
			}
			n = x
		case []byte:
			x, err := strconv.ParseUint(bstr(v), 10, 64)
			if err != nil {
				return fail(ErrConvert, "the text is not a base-10 unsigned integer in range")
			}
			n = x
		case nil:
			return ErrNull
		default:
			return unsupported(src)
		}
		if n > hi {
			return fail(ErrConvert, "out of range for "+name)
		}
		switch k {
		case reflect.Uint8:
			*(*uint8)(p) = uint8(n)
		case reflect.Uint16:
			*(*uint16)(p) = uint16(n)
		case reflect.Uint32:
			*(*uint32)(p) = uint32(n)
		case reflect.Uint, reflect.Uintptr:
			*(*uint)(p) = uint(n)
		default:
			*(*uint64)(p) = n
		}
		return nil
	}
}

func toFloat64(src any) (float64, error) {
	switch v := src.(type) {
	case float64:
		return v, nil
	case float32:
		return float64(v), nil
	case int64:
		f := float64(v)
		if f >= 1<<63 || int64(f) != v {
			return 0, fail(ErrConvert, "the integer is not exactly representable as a float64; use int64 or a decimal type")
		}
		return f, nil
	case string:
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return 0, fail(ErrConvert, "the text is not a floating-point number in range")
		}
		return f, nil
	case []byte:
		return toFloat64(bstr(v))
	case nil:
		return 0, ErrNull
	}
	return 0, unsupported(src)
}

func decodeFloat64(p unsafe.Pointer, src any) error {
	f, err := toFloat64(src)
	if err != nil {
		return err
	}
	*(*float64)(p) = f
	return nil
}

func decodeFloat32(p unsafe.Pointer, src any) error {
	f, err := toFloat64(src)
	if err != nil {
		return err
	}
	if math.Abs(f) > math.MaxFloat32 && !math.IsInf(f, 0) {
		return fail(ErrConvert, "out of range for float32")
	}
	*(*float32)(p) = float32(f)
	return nil
}

func decodeBytes(p unsafe.Pointer, src any) error {
	switch v := src.(type) {
	case []byte:
		// The driver reuses its buffer: copy. An empty value (modernc
		// returns a nil []byte for a zero-length BLOB) is empty, not NULL.
		*(*[]byte)(p) = append(make([]byte, 0, len(v)), v...)
	case string:
		*(*[]byte)(p) = []byte(v)
	case nil:
		*(*[]byte)(p) = nil
	default:
		return unsupported(src)
	}
	return nil
}

func decodeAny(p unsafe.Pointer, src any) error {
	if b, ok := src.([]byte); ok {
		src = append([]byte(nil), b...)
	}
	*(*any)(p) = src
	return nil
}

func decodeTime(p unsafe.Pointer, src any) error {
	switch v := src.(type) {
	case time.Time:
		*(*time.Time)(p) = v.UTC()
	case string:
		t, err := parseTime(v)
		if err != nil {
			return failf(ErrConvert, "%v; want e.g. 2006-01-02 15:04:05.999999999+07:00, RFC 3339, a date or a time of day", err)
		}
		*(*time.Time)(p) = t
	case []byte:
		return decodeTime(p, bstr(v))
	case int64:
		*(*time.Time)(p) = time.Unix(v, 0).UTC()
	case float64:
		return fail(ErrConvert, "a floating-point time is ambiguous (Julian day or Unix seconds); store canonical text or integer Unix seconds")
	case nil:
		return ErrNull
	default:
		return unsupported(src)
	}
	return nil
}

func decodeUUID(p unsafe.Pointer, src any) error {
	u := (*[16]byte)(p)
	switch v := src.(type) {
	case string:
		var tmp [16]byte
		if err := parseUUID(v, &tmp); err != nil {
			return fail(ErrConvert, err.Error())
		}
		*u = tmp
	case []byte:
		if len(v) == 16 {
			copy(u[:], v)
			return nil
		}
		return decodeUUID(p, bstr(v))
	case [16]byte:
		*u = v
	case nil:
		return ErrNull
	default:
		return unsupported(src)
	}
	return nil
}

func nullWrapperDecoder(t reflect.Type) (decodeFunc, error) {
	vf, valid := t.Field(0), t.Field(1)
	inner, err := decoderFor(vf.Type, false)
	if err != nil {
		return nil, err
	}
	voff, validOff := vf.Offset, valid.Offset
	return func(p unsafe.Pointer, src any) error {
		if src == nil {
			typedClear(t, p)
			return nil
		}
		if err := inner(unsafe.Add(p, voff), src); err != nil {
			return err
		}
		*(*bool)(unsafe.Add(p, validOff)) = true
		return nil
	}, nil
}

func pointerDecoder(t reflect.Type) (decodeFunc, error) {
	elem := t.Elem()
	inner, err := decoderFor(elem, false)
	if err != nil {
		return nil, err
	}
	return func(p unsafe.Pointer, src any) error {
		if src == nil {
			*(*unsafe.Pointer)(p) = nil
			return nil
		}
		np := reflect.New(elem).UnsafePointer()
		if err := inner(np, src); err != nil {
			return err
		}
		*(*unsafe.Pointer)(p) = np
		return nil
	}, nil
}

func scannerDecoder(t reflect.Type) decodeFunc {
	return func(p unsafe.Pointer, src any) error {
		return reflect.NewAt(t, p).Interface().(sql.Scanner).Scan(src)
	}
}

// textDecoder feeds the value as text to encoding.TextUnmarshaler: numbers
// in their exact shortest form (strconv 'g', -1), so a REAL 1.5 is "1.5"
// and never 1.50000000001.
func textDecoder(t reflect.Type) decodeFunc {
	return func(p unsafe.Pointer, src any) error {
		var text []byte
		switch v := src.(type) {
		case string:
			text = sbytes(v)
		case []byte:
			text = v
		case int64:
			text = strconv.AppendInt(nil, v, 10)
		case float64:
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fail(ErrConvert, "NaN and infinities have no exact text form")
			}
			text = strconv.AppendFloat(nil, v, 'g', -1, 64)
		case nil:
			return ErrNull
		default:
			return unsupported(src)
		}
		return reflect.NewAt(t, p).Interface().(encoding.TextUnmarshaler).UnmarshalText(text)
	}
}

func jsonDecoder(t reflect.Type) decodeFunc {
	nilable := false
	switch t.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Interface:
		nilable = true
	}
	return func(p unsafe.Pointer, src any) error {
		var text []byte
		switch v := src.(type) {
		case string:
			text = sbytes(v)
		case []byte:
			text = v
		case nil:
			if !nilable {
				return ErrNull
			}
			typedClear(t, p)
			return nil
		default:
			return fail(ErrConvert, "a type=json column is read from text or bytes only, not "+typeOf(src))
		}
		dst := reflect.NewAt(t, p)
		dst.Elem().SetZero()
		if err := json.Unmarshal(text, dst.Interface()); err != nil {
			return failf(ErrConvert, "invalid JSON for %s: %v", t, err)
		}
		return nil
	}
}

func typedClear(t reflect.Type, p unsafe.Pointer) {
	reflect.NewAt(t, p).Elem().SetZero()
}
