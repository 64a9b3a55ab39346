package coerce

import (
	"database/sql"
	"fmt"
	"reflect"
	"unsafe"
)

// ScanGroups reads rows whose first column is a group key into a map from
// each key to the rows of that key, and closes rows. The key column is
// coerced into K by K's own rule (int64, string, uuid.UUID, an enum ...);
// the remaining columns fill a T exactly as [ScanAll] fills it (options
// included). Within a group, rows keep the order of the result.
//
// It is the scan half of loading the children of many parents in one query
// (package relation's Load): SELECT parent_key, child.* ... WHERE
// parent_key IN (...). A NULL key is an error wrapping [ErrNull]; K may
// not be a pointer. An empty result is an empty (non-nil) map.
func ScanGroups[K comparable, T any](rows *sql.Rows, opts ...Option) (map[K][]T, error) {
	defer rows.Close()
	kt := reflect.TypeFor[K]()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	if len(cols) < 2 {
		return nil, &Error{Type: kt, noValue: true,
			Err:  fmt.Errorf("%w: ScanGroups needs a key column and at least one value column, the result has %d", ErrDestination, len(cols)),
			Hint: "select the group key first, then the columns of T"}
	}
	if kt.Kind() == reflect.Pointer {
		return nil, &Error{Column: cols[0], Type: kt, noValue: true,
			Err: fmt.Errorf("%w: a map key of pointer type %s groups by address, not by value", ErrDestination, kt), Hint: "use the key's value type"}
	}
	dec, err := decoderFor(kt, false)
	if err != nil {
		return nil, wrapPlan(err, cols[0], "", kt)
	}
	var cfg scanConfig
	for _, o := range opts {
		o(&cfg)
	}
	s, err := newColumnsScanner(reflect.TypeFor[T](), cols[1:], cfg)
	if err != nil {
		return nil, err
	}
	var key K
	ks := &keyScanner{dec: dec, dst: unsafe.Pointer(&key), column: cols[0], typ: kt}
	dests := append([]any{ks}, s.dests...)
	out := map[K][]T{}
	for rows.Next() {
		var v T
		s.base = unsafe.Pointer(&v)
		if s.p.isPtr {
			np := reflect.New(s.p.elem).UnsafePointer()
			*(*unsafe.Pointer)(s.base) = np
			s.base = np
		}
		s.err, ks.err = nil, nil
		if err := rows.Scan(dests...); err != nil {
			switch {
			case ks.err != nil:
				return nil, ks.err
			case s.err != nil:
				return nil, s.err
			}
			return nil, err
		}
		out[key] = append(out[key], v)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, rows.Close()
}

// keyScanner decodes the group key column.
type keyScanner struct {
	dec    decodeFunc
	dst    unsafe.Pointer
	column string
	typ    reflect.Type
	err    error
}

// Scan implements sql.Scanner.
func (k *keyScanner) Scan(src any) error {
	if err := k.dec(k.dst, src); err != nil {
		k.err = wrap(err, k.column, "", k.typ, src)
		return k.err
	}
	return nil
}
