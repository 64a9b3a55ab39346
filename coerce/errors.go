package coerce

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// Sentinel errors. Every error returned by this package for a value that
// cannot be coerced is an [*Error] wrapping exactly one of them, so callers
// can branch with errors.Is.
var (
	// ErrNull is wrapped when a SQL NULL meets a destination that cannot
	// represent it (a string, int, time.Time, enum, decimal ...). NULL never
	// becomes a zero value: scan into a pointer, sql.Null[T], a sql.Null*
	// type or decimal.NullDecimal instead.
	ErrNull = errors.New("NULL into a non-nullable destination")

	// ErrNotMember is wrapped when a value read for an enum type (see
	// [Enum]) is not one of the type's Values(), and by the ferro driver
	// when such a value is about to be written.
	ErrNotMember = errors.New("value is not a member of the enum's Values()")

	// ErrConvert is wrapped when a driver value cannot be converted to the
	// destination type: unsupported source type, unparseable text, or a
	// number out of the destination's range.
	ErrConvert = errors.New("cannot convert value")

	// ErrDestination is returned (wrapped) when a Go type cannot be a scan
	// destination at all, e.g. a chan or a struct without a coercion rule
	// and without sql.Scanner; it is detected when the plan is built, before
	// any row is read.
	ErrDestination = errors.New("unsupported destination type")

	// ErrUnknownColumn is wrapped by [ScanAll] and [ScanOne] under
	// [WithStrict] when a result column matches no field.
	ErrUnknownColumn = errors.New("result column matches no field")

	// ErrNoRows is returned by [ScanOne] and [ScanRow] when the result set
	// is empty. It wraps sql.ErrNoRows, so errors.Is(err, sql.ErrNoRows)
	// holds too.
	ErrNoRows = fmt.Errorf("ferro/coerce: no rows in result set: %w", sqlErrNoRows)
)

// Error describes one value that could not be coerced. It is returned (as
// *Error) by the Scanner from [Into], by [ScanAll], [ScanOne] and
// [ScanRow], and by the ferro driver for an argument it cannot write.
type Error struct {
	// Column is the result column name; empty for an [Into] scanner built
	// without [WithColumn].
	Column string
	// Arg names the statement argument the ferro driver could not write:
	// "1" for the first positional argument, or the name of a named one;
	// empty for an error of the read side.
	Arg string
	// Field is the Go struct field path ("Order.Amount") for ScanAll and
	// ScanOne; empty otherwise.
	Field string
	// Type is the Go destination type (for an argument: its type).
	Type reflect.Type
	// Value is the driver value that was read (for an argument: the Go
	// value).
	// A []byte is copied, so it stays valid after the row is gone.
	Value any
	// Err is one of the package sentinels, possibly joined with the
	// underlying parse error; use errors.Is.
	Err error
	// Hint says what to do about it.
	Hint string

	noValue bool // a plan error: no value was read
}

// Error implements error.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("ferro/coerce: ")
	if e.Column != "" {
		b.WriteString("column ")
		b.WriteString(strconv.Quote(e.Column))
		b.WriteString(" ")
	}
	if e.Arg != "" {
		b.WriteString("argument ")
		b.WriteString(e.Arg)
		b.WriteString(" ")
	}
	b.WriteString("(")
	if e.Field != "" {
		b.WriteString("field ")
		b.WriteString(e.Field)
		b.WriteString(", ")
	}
	b.WriteString("Go type ")
	b.WriteString(typeName(e.Type))
	b.WriteString("): ")
	if !e.noValue {
		b.WriteString(describe(e.Value))
		b.WriteString(": ")
	}
	b.WriteString(e.Err.Error())
	if e.Hint != "" {
		b.WriteString("; ")
		b.WriteString(e.Hint)
	}
	return b.String()
}

// Unwrap returns the wrapped sentinel (and cause).
func (e *Error) Unwrap() error { return e.Err }

func typeName(t reflect.Type) string {
	if t == nil {
		return "<nil>"
	}
	return t.String()
}

// describe renders a driver value with its Go type, truncating long text.
func describe(v any) string {
	const max = 64
	switch x := v.(type) {
	case nil:
		return "value NULL"
	case string:
		return "value " + quoteTrunc(x, max) + " (string)"
	case []byte:
		return "value " + quoteTrunc(string(x), max) + " ([]byte)"
	case time.Time:
		return "value " + x.Format(time.RFC3339Nano) + " (time.Time)"
	default:
		if rv := reflect.ValueOf(v); rv.Kind() == reflect.String {
			return "value " + quoteTrunc(rv.String(), max) + " (" + rv.Type().String() + ")"
		}
		return fmt.Sprintf("value %v (%T)", v, v)
	}
}

func quoteTrunc(s string, max int) string {
	if len(s) > max {
		return strconv.Quote(s[:max]) + "..."
	}
	return strconv.Quote(s)
}

// detach copies a driver []byte so an error can outlive the row buffer.
func detach(v any) any {
	if b, ok := v.([]byte); ok {
		return append([]byte(nil), b...)
	}
	return v
}

// cause is the reason a decoder gives for a failure; it is turned into an
// *Error (with column, field, type and value) by the caller that knows them.
type cause struct {
	err  error
	hint string
}

func (c *cause) Error() string { return c.err.Error() }
func (c *cause) Unwrap() error { return c.err }

func fail(sentinel error, hint string) error { return &cause{err: sentinel, hint: hint} }

func failf(sentinel error, format string, args ...any) error {
	return &cause{err: fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))}
}

// wrap turns a decoder failure into an *Error.
func wrap(err error, column, field string, t reflect.Type, src any) error {
	e := &Error{Column: column, Field: field, Type: t, Value: detach(src)}
	var c *cause
	if errors.As(err, &c) {
		e.Err, e.Hint = c.err, c.hint
	} else if errors.Is(err, ErrNull) || errors.Is(err, ErrNotMember) || errors.Is(err, ErrConvert) || errors.Is(err, ErrDestination) {
		e.Err = err
	} else {
		// An error from a user sql.Scanner or encoding.TextUnmarshaler.
		e.Err = fmt.Errorf("%w: %w", ErrConvert, err)
	}
	if e.Hint == "" && errors.Is(e.Err, ErrNull) {
		e.Hint = "scan into a pointer, sql.Null[T] or a Null* type to accept NULL"
	}
	return e
}
