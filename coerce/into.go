package coerce

import (
	"database/sql"
	"reflect"
	"unsafe"
)

// IntoOption configures a Scanner returned by [Into].
type IntoOption func(*intoScanner)

// WithColumn names the column being scanned, so that errors say which
// column failed. Default: errors name no column (database/sql still adds the
// column index and name to a Scan error).
func WithColumn(name string) IntoOption {
	return func(s *intoScanner) { s.column = name }
}

// WithJSON decodes the column as JSON (text or bytes) into the destination,
// the rule a type=json struct field gets. Default: the destination's own
// type rule (see the package documentation).
func WithJSON() IntoOption {
	return func(s *intoScanner) { s.json = true }
}

// Into returns an sql.Scanner that coerces one column into *dst with ferro's
// rules, for hand-written scans:
//
//	rows.Scan(&id, coerce.Into(&amount), coerce.Into(&status, coerce.WithColumn("status")))
//
// dst must be a non-nil pointer. An unsupported destination type, NULL into
// a non-nullable destination, a non-member enum value, or any value that
// cannot be converted makes Scan return an [*Error]. The Scanner may be
// reused for many rows (it writes through the same pointer); it must not be
// used by two goroutines at once.
func Into(dst any, opts ...IntoOption) sql.Scanner {
	s := &intoScanner{}
	for _, o := range opts {
		o(s)
	}
	rv := reflect.ValueOf(dst)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		s.err = failf(ErrDestination, "coerce.Into needs a non-nil pointer, got %T", dst)
		if dst != nil {
			s.typ = reflect.TypeOf(dst)
		}
		return s
	}
	s.typ = rv.Type().Elem()
	s.ptr = rv.UnsafePointer()
	s.dec, s.err = decoderFor(s.typ, s.json)
	return s
}

type intoScanner struct {
	typ    reflect.Type
	ptr    unsafe.Pointer
	dec    decodeFunc
	err    error
	column string
	json   bool
}

// Scan implements sql.Scanner.
func (s *intoScanner) Scan(src any) error {
	if s.err != nil {
		return wrap(s.err, s.column, "", s.typ, src)
	}
	if err := s.dec(s.ptr, src); err != nil {
		return wrap(err, s.column, "", s.typ, src)
	}
	return nil
}
