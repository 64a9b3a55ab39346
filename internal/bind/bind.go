// Package bind is ferro's write side: the one canonical form in which the
// driver wrapper (the root package) writes each statement argument before
// the inner driver's own conversion. Enum values are checked, decimals
// written as exact text, maps and structs as JSON text; times, UUIDs and
// slices as each engine's [Forms] say. Each engine states its forms in its
// registration (dialect.ConnHooks.Bind); nothing here knows an engine.
// Errors are [*coerce.Error] values, as on the read side.
package bind

import (
	"database/sql/driver"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/model"
)

// Forms are the canonical forms an engine writes where ferro's differ from
// its driver's own. The zero Forms leaves times, UUIDs and slices to the
// driver. Forms are read-only once registered.
type Forms struct {
	// TimeText writes a time.Time as [FormatTime] text (an engine that
	// stores times as text: SQLite); false leaves times to the driver
	// (pgx binds timestamptz).
	TimeText bool
	// UUIDText writes a 16-byte array UUID (google/uuid, gofrs/uuid) as
	// its 36-character lowercase text; false leaves it to the driver (pgx
	// binds uuid).
	UUIDText bool
	// SliceJSON writes a slice other than bytes as its JSON array text,
	// nil as NULL (an engine without arrays stores an array column so);
	// false leaves slices to the driver (pgx binds an array, or JSON for a
	// json/jsonb parameter).
	SliceJSON bool
}

// TimeLayout is the one text form ferro writes a time.Time in where the
// engine stores times as text ([Forms.TimeText]): UTC, nanoseconds always
// present, so every value has the same width (30 bytes) and text order
// equals time order, including before 1970. SQLite's date and time
// functions read it, and so does modernc's own parser for
// DATE/DATETIME/TIMESTAMP columns. (modernc's default, Go's
// time.Time.String form, is neither fixed-width nor UTC and does not sort.)
const TimeLayout = "2006-01-02 15:04:05.000000000Z07:00"

var (
	timeType          = reflect.TypeFor[time.Time]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// FormatTime returns t in [TimeLayout], converted to UTC. Years outside
// 0000-9999 have no fixed-width form and are an error.
func FormatTime(t time.Time) (string, error) {
	t = t.UTC()
	y := t.Year()
	if y < 0 || y > 9999 {
		return "", &coerce.Error{Type: timeType, Value: t, Err: fmt.Errorf("%w: year %d is outside 0000-9999", coerce.ErrConvert, y),
			Hint: "SQLite stores times as fixed-width text; clamp or validate the time before writing"}
	}
	mo, d := t.Month(), t.Day()
	h, mi, s := t.Clock()
	ns := t.Nanosecond()
	var b [30]byte
	put := func(i, v, n int) {
		for k := i + n - 1; k >= i; k-- {
			b[k] = byte('0' + v%10)
			v /= 10
		}
	}
	put(0, y, 4)
	b[4] = '-'
	put(5, int(mo), 2)
	b[7] = '-'
	put(8, d, 2)
	b[10] = ' '
	put(11, h, 2)
	b[13] = ':'
	put(14, mi, 2)
	b[16] = ':'
	put(17, s, 2)
	b[19] = '.'
	put(20, ns, 9)
	b[29] = 'Z'
	return string(b[:]), nil
}

// Bind converts v to the canonical form ferro writes with forms f. ok=false:
// v is not a type ferro canonicalises; the caller passes v unchanged to the
// inner driver's own conversion. err: v can never be written (e.g. an enum
// value not in Values()), naming the value and Go type; err is a
// [*coerce.Error].
//
// The canonical forms:
//
//   - string enum (named string type with Values() []string): validated,
//     then bound as a plain string; integer enum (named integer type with
//     Values() []T): validated, then bound as int64, or as its String()
//     label when the type names a native enum (EnumType() string);
//   - decimal (a struct type named Decimal implementing
//     encoding.TextMarshaler, e.g. shopspring/decimal, cockroachdb/apd):
//     its exact text, never a float64;
//   - time.Time with TimeText (SQLite): [FormatTime] text; without it
//     ok=false (pgx binds timestamptz natively);
//   - 16-byte array UUID (google/uuid, gofrs/uuid) with UUIDText (SQLite):
//     36-char lowercase text; without it ok=false (pgx binds uuid
//     natively);
//   - map or struct that is not a driver.Valuer or encoding.TextMarshaler
//     (the Go side of a `type=json` field): its encoding/json text, with
//     any forms; a slice (other than bytes): its JSON array text with
//     SliceJSON (nil is NULL), which is how SQLite stores an array column
//     (type=text[] ...) as well as a slice in a json column, and without
//     it ok=false (pgx binds it to an array or json/jsonb parameter, nil
//     as NULL); a slice of enum values has every element checked first,
//     with any forms;
//   - chan, func, complex64/128 and unsafe.Pointer: an error wrapping
//     [coerce.ErrConvert] with any forms, since no column holds them;
//   - pointers to, and sql.Null-style wrappers ({V T; Valid bool} with
//     sql.Scanner, e.g. sql.Null[time.Time], decimal.NullDecimal,
//     uuid.NullUUID) of, the types above: nil / invalid binds NULL,
//     otherwise the inner value's canonical form.
//
// Bind is safe for concurrent use. For the common driver types (nil, bool,
// int, int64, float64, string, []byte, and time.Time without TimeText) it
// returns ok=false without allocating.
func (f *Forms) Bind(v any) (out any, ok bool, err error) {
	return f.BindNative(v, nil)
}

// BindNative is [Forms.Bind], except that a map or struct Bind would write as
// JSON text (directly, through a pointer, or inside a sql.Null-style
// wrapper) is left to the inner driver (ok=false) when native reports true
// for it: the driver has a codec of its own for the value's Go type (on
// PostgreSQL, a type the application registered in pgx's type map, such as
// a struct for a composite type). native is called with that map or
// struct, only for values on the JSON path, never for the common driver
// types; a nil native is [Forms.Bind]. Everything else, enum checks included,
// is as Bind does it. BindNative is safe for concurrent use when native
// is.
func (f *Forms) BindNative(v any, native func(v any) bool) (out any, ok bool, err error) {
	switch x := v.(type) {
	case nil, int64, int, string, []byte, float64, bool, int32, float32, uint32, int16, int8, uint8, uint16:
		return nil, false, nil
	case time.Time:
		if !f.TimeText {
			return nil, false, nil
		}
		s, err := FormatTime(x)
		if err != nil {
			return nil, false, err
		}
		return s, true, nil
	}
	b := binderFor(reflect.TypeOf(v))
	if b == nil {
		return nil, false, nil
	}
	out, ok, err = b(f, v, native)
	if err != nil {
		var e *coerce.Error
		if !errors.As(err, &e) {
			err = convertError(err, v)
		}
		return nil, false, err
	}
	return out, ok, nil
}

// convertError is a binder's failure that is not a *coerce.Error yet (a
// decimal's MarshalText error) as one, as coerce reports a failure it did
// not describe itself: a sentinel of coerce's as it is, anything else
// wrapped in coerce.ErrConvert.
func convertError(err error, v any) error {
	e := &coerce.Error{Type: reflect.TypeOf(v), Value: v, Err: err}
	if !errors.Is(err, coerce.ErrNull) && !errors.Is(err, coerce.ErrNotMember) && !errors.Is(err, coerce.ErrConvert) && !errors.Is(err, coerce.ErrDestination) {
		e.Err = fmt.Errorf("%w: %w", coerce.ErrConvert, err)
	}
	if errors.Is(e.Err, coerce.ErrNull) {
		e.Hint = "scan into a pointer, sql.Null[T] or a Null* type to accept NULL"
	}
	return e
}

// fixedDecimal is shopspring/decimal's way to print a value with its scale.
type fixedDecimal interface {
	Exponent() int32
	StringFixed(places int32) string
}

type binder func(f *Forms, v any, native func(any) bool) (any, bool, error)

type binderEntry struct{ fn binder }

var binders sync.Map // reflect.Type -> *binderEntry

func binderFor(t reflect.Type) binder {
	if e, ok := binders.Load(t); ok {
		return e.(*binderEntry).fn
	}
	e, _ := binders.LoadOrStore(t, &binderEntry{buildBinder(t)})
	return e.(*binderEntry).fn
}

// buildBinder returns nil for types ferro does not canonicalise.
func buildBinder(t reflect.Type) binder {
	switch {
	case t == timeType:
		return func(f *Forms, v any, native func(any) bool) (any, bool, error) { return f.Bind(v) }
	case model.IsUUID(t):
		return func(f *Forms, v any, native func(any) bool) (any, bool, error) {
			if !f.UUIDText {
				return nil, false, nil
			}
			var u [16]byte
			reflect.Copy(reflect.ValueOf(u[:]), reflect.ValueOf(v))
			return formatUUID(&u), true, nil
		}
	case model.IsNullWrapper(t):
		inner := binderFor(t.Field(0).Type)
		if inner == nil {
			return nil
		}
		return func(f *Forms, v any, native func(any) bool) (any, bool, error) {
			rv := reflect.ValueOf(v)
			if !rv.Field(1).Bool() {
				return nil, true, nil
			}
			out, ok, err := inner(f, rv.Field(0).Interface(), native)
			if err != nil || ok {
				return out, ok, err
			}
			return nil, false, nil
		}
	case t.Kind() == reflect.Pointer:
		inner := binderFor(t.Elem())
		if inner == nil {
			return nil
		}
		return func(f *Forms, v any, native func(any) bool) (any, bool, error) {
			rv := reflect.ValueOf(v)
			if rv.IsNil() {
				return nil, true, nil
			}
			return inner(f, rv.Elem().Interface(), native)
		}
	case t.Kind() == reflect.Struct && t.Name() == "Decimal" && t.Implements(textMarshalerType):
		return func(f *Forms, v any, native func(any) bool) (any, bool, error) {
			if f, ok := v.(fixedDecimal); ok {
				// shopspring's MarshalText drops trailing zeros ("12.50" ->
				// "12.5"); keep the scale the value carries.
				if exp := f.Exponent(); exp < 0 {
					return f.StringFixed(-exp), true, nil
				}
			}
			text, err := v.(encoding.TextMarshaler).MarshalText()
			if err != nil {
				return nil, false, err
			}
			return string(text), true, nil
		}
	}
	if e, err := model.EnumOf(t); err != nil {
		return func(f *Forms, v any, native func(any) bool) (any, bool, error) {
			return nil, false, &coerce.Error{Type: t, Value: v, Err: fmt.Errorf("%w: %w", coerce.ErrDestination, err)}
		}
	} else if e != nil && !e.Ints {
		return func(f *Forms, v any, native func(any) bool) (any, bool, error) {
			s := reflect.ValueOf(v).String()
			if !e.Has(s) {
				return nil, false, &coerce.Error{Type: t, Value: v, Err: fmt.Errorf("%w: %q is not one of %q", coerce.ErrNotMember, s, e.Strings),
					Hint: "only members of Values() can be written; fix the value or add it to the enum"}
			}
			return s, true, nil
		}
	} else if e != nil {
		return func(f *Forms, v any, native func(any) bool) (any, bool, error) {
			n := intOf(reflect.ValueOf(v))
			if !e.HasMember(n) {
				return nil, false, &coerce.Error{Type: t, Value: v, Err: fmt.Errorf("%w: %d is not one of %v", coerce.ErrNotMember, n, e.Members),
					Hint: "only members of Values() can be written; fix the value or add it to the enum"}
			}
			if e.Native != "" { // a native enum stores the labels (String())
				l, _ := e.Label(n)
				return l, true, nil
			}
			return n, true, nil
		}
	}
	switch t.Kind() {
	case reflect.Chan, reflect.Func, reflect.Complex64, reflect.Complex128, reflect.UnsafePointer:
		return func(f *Forms, v any, native func(any) bool) (any, bool, error) {
			return nil, false, &coerce.Error{Type: t, Value: v, Err: fmt.Errorf("%w: a %s has no SQL value", coerce.ErrConvert, kindNoun(t.Kind())),
				Hint: "pass a value a column can hold (a complex number as two float64 arguments)"}
		}
	}
	if jsonBindable(t) {
		members := enumElems(t)
		return func(f *Forms, v any, native func(any) bool) (any, bool, error) {
			if members != nil {
				if err := members(v); err != nil {
					return nil, false, err
				}
			}
			if !f.SliceJSON && t.Kind() == reflect.Slice {
				return nil, false, nil // pgx binds it to an array (or json/jsonb) parameter
			}
			if native != nil && native(v) {
				return nil, false, nil // the driver has a codec for t
			}
			if t.Kind() == reflect.Slice && reflect.ValueOf(v).IsNil() {
				return nil, true, nil // NULL, as pgx binds a nil slice
			}
			b, err := json.Marshal(v)
			if err != nil {
				return nil, false, &coerce.Error{Type: t, Value: v, Err: fmt.Errorf("%w: %w", coerce.ErrConvert, err),
					Hint: "a map or struct (and on SQLite a slice) is written as JSON text; make the value JSON-encodable or implement driver.Valuer"}
			}
			return string(b), true, nil
		}
	}
	return nil
}

// enumElems returns, for a slice of enum values (or of pointers to them),
// the check that every element is a member, as Bind checks a single enum
// value: an array column has no CHECK of its own. nil for other types. The
// element binders are enum binders, which read no forms.
func enumElems(t reflect.Type) func(v any) error {
	if t.Kind() != reflect.Slice {
		return nil
	}
	et := t.Elem()
	if et.Kind() == reflect.Pointer {
		et = et.Elem()
	}
	if e, err := model.EnumOf(et); e == nil && err == nil {
		return nil // not an enum; a bad enum fails in the element's binder
	}
	b := binderFor(t.Elem())
	return func(v any) error {
		rv := reflect.ValueOf(v)
		for i := range rv.Len() {
			if _, _, err := b(&noForms, rv.Index(i).Interface(), nil); err != nil {
				var e *coerce.Error
				if errors.As(err, &e) {
					e.Err = fmt.Errorf("element %d: %w", i+1, e.Err)
					e.Type = t
				}
				return err
			}
		}
		return nil
	}
}

var (
	valuerType = reflect.TypeFor[driver.Valuer]()
	noForms    Forms
)

func intOf(v reflect.Value) int64 {
	if v.Kind() >= reflect.Uint && v.Kind() <= reflect.Uintptr {
		return int64(v.Uint())
	}
	return v.Int()
}

// formatUUID writes the canonical lowercase hyphenated form.
func formatUUID(u *[16]byte) string {
	const hexd = "0123456789abcdef"
	var b [36]byte
	j := 0
	for i, x := range u {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			b[j] = '-'
			j++
		}
		b[j], b[j+1] = hexd[x>>4], hexd[x&15]
		j += 2
	}
	return string(b[:])
}

func kindNoun(k reflect.Kind) string {
	switch k {
	case reflect.Chan:
		return "channel"
	case reflect.Func:
		return "function"
	case reflect.UnsafePointer:
		return "memory address"
	}
	return "complex number"
}

// jsonBindable reports whether t is a value only a JSON column can hold: a
// map, a slice other than bytes, or a struct, none of them a driver.Valuer,
// an encoding.TextMarshaler (netip.Addr & co, which pgx binds natively) or a
// type of pgx's own packages. A map or struct is written as its JSON text on
// both engines, so it reads back the same from a json, jsonb or text column
// (pgx alone refuses a struct for a text parameter). A slice is JSON text on
// SQLite, which has no arrays, and left to pgx on Postgres, which binds it
// to an array parameter (`= ANY($1)`, text[]) or encodes it as JSON for a
// json/jsonb one.
func jsonBindable(t reflect.Type) bool {
	if t.Implements(valuerType) || reflect.PointerTo(t).Implements(valuerType) ||
		t.Implements(textMarshalerType) || reflect.PointerTo(t).Implements(textMarshalerType) ||
		strings.HasPrefix(t.PkgPath(), "github.com/jackc/pgx/") {
		return false
	}
	switch t.Kind() {
	case reflect.Map, reflect.Struct:
		return true
	case reflect.Slice:
		return t.Elem().Kind() != reflect.Uint8
	}
	return false
}
