package coerce

import (
	"database/sql"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"unsafe"

	"github.com/ferrosql/ferro/internal/model"
)

// Option configures [ScanAll], [ScanOne] and [ScanGroups].
type Option func(*scanConfig)

type scanConfig struct {
	strict bool
}

// WithStrict makes a result column that matches no field an error wrapping
// [ErrUnknownColumn]; a key column that a relation field of the model adds
// (customer_id of `Customer Customer`, see docs/models.md) is declared by
// the model and stays ignored. Default: such columns are ignored, so a binary keeps
// working when a newer binary has added columns and it runs SELECT * (the
// expand phase of a rolling deploy).
func WithStrict() Option {
	return func(c *scanConfig) { c.strict = true }
}

// ScanAll reads every row of rows into a []T and closes rows.
//
// T is a struct (or pointer to struct) mapped with the same field rules as
// catalog.FromModels (internal/model): each result column fills the field of
// that column name (an exact match, else a case-insensitive one). Columns
// matching no field are ignored unless [WithStrict]; fields matching no
// column are left as they are (zero for new rows). A field tagged type=json
// (or type=jsonb) is decoded from JSON text unless its Go type is a string
// or []byte. Every other field gets its type's coercion rule (see the
// package documentation). T may also be a single-value type with a
// coercion rule (int64, string, time.Time, decimal.Decimal, an enum ...);
// then the result must have exactly one column.
//
// A value that cannot be coerced stops the scan with an [*Error] naming the
// column, the field, the Go type and the value. An empty result is an empty
// (nil) slice and no error.
//
// The mapping is planned once per (T, column list, options) and reused;
// because the key is the column list of each result set, a plan can never
// outlive a schema change. ScanAll is safe for concurrent use on different
// rows.
func ScanAll[T any](rows *sql.Rows, opts ...Option) ([]T, error) {
	defer rows.Close()
	s, err := newScanner(reflect.TypeFor[T](), rows, opts)
	if err != nil {
		return nil, err
	}
	var out []T
	for rows.Next() {
		out = append(out, *new(T))
		if err := s.scan(rows, unsafe.Pointer(&out[len(out)-1])); err != nil {
			return nil, err
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, rows.Close()
}

// ScanOne reads the first row of rows into a T (see [ScanAll] for the
// mapping) and closes rows; further rows are not read. An empty result
// returns [ErrNoRows], which wraps sql.ErrNoRows.
func ScanOne[T any](rows *sql.Rows, opts ...Option) (T, error) {
	defer rows.Close()
	var out T
	s, err := newScanner(reflect.TypeFor[T](), rows, opts)
	if err != nil {
		return out, err
	}
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return out, err
		}
		return out, ErrNoRows
	}
	if err := s.scan(rows, unsafe.Pointer(&out)); err != nil {
		var zero T
		return zero, err
	}
	return out, rows.Close()
}

// ScanRow reads the one column of row, the result of QueryRow or
// QueryRowContext, into a T with T's coercion rule (see the package
// documentation): an int64 count, a time.Time SQLite stores as text, a
// decimal, an enum, a pointer or sql.Null for a nullable column ...
//
//	n, err := coerce.ScanRow[int64](db.QueryRowContext(ctx, `SELECT count(*) FROM orders`))
//
// An empty result returns [ErrNoRows], which wraps sql.ErrNoRows, so
// errors.Is(err, sql.ErrNoRows) holds as for row.Scan; the query's own
// error is returned as row.Scan returns it. A value that cannot be coerced
// is an [*Error], wrapped by database/sql with the column's index and name;
// a result of more than one column is database/sql's error.
//
// A *sql.Row does not tell its column names, so T cannot be a struct
// mapped column by column as for [ScanOne]: such a T (and any type without
// a coercion rule) is an [*Error] wrapping [ErrDestination], returned
// before the row is read. Scan a struct with ScanOne of the rows of
// QueryContext, and several columns with
// row.Scan(coerce.Into(&a), coerce.Into(&b)). Whatever it returns, ScanRow
// has released the row (its connection goes back to the pool), as
// row.Scan does.
func ScanRow[T any](row *sql.Row) (T, error) {
	var out T
	t := reflect.TypeFor[T]()
	dec, err := decoderFor(t, false)
	if err != nil {
		_ = row.Scan() // only releases the row: the error is T's
		return out, rowTypeError(t, err)
	}
	err = row.Scan(&intoScanner{typ: t, ptr: unsafe.Pointer(&out), dec: dec})
	if err == sql.ErrNoRows { // row.Scan's own sentinel; a driver error that wraps one is left as it is
		return out, ErrNoRows
	}
	if err != nil {
		var zero T
		return zero, err
	}
	return out, nil
}

// rowTypeError explains why ScanRow cannot scan into t.
func rowTypeError(t reflect.Type, err error) error {
	st := t
	if st.Kind() == reflect.Pointer {
		st = st.Elem()
	}
	if st.Kind() != reflect.Struct {
		return wrapPlan(err, "", "", t)
	}
	return &Error{Type: t, noValue: true,
		Err:  fmt.Errorf("%w: ScanRow scans one column, and %s is a struct without a coercion rule, mapped by column names, which a *sql.Row does not tell", ErrDestination, t),
		Hint: "scan it with coerce.ScanOne[" + t.String() + "] of the rows of QueryContext, or list the columns: row.Scan(coerce.Into(&v.A), coerce.Into(&v.B))"}
}

// plan is the per-(type, columns, options) mapping, immutable once built.
type plan struct {
	typ    reflect.Type // T
	elem   reflect.Type // the struct (T, or *T's element); nil for a value T
	isPtr  bool         // T is a pointer to the struct
	cols   []colPlan
	nfield int
}

type colPlan struct {
	column string
	field  string       // Go field path; "" for an ignored column
	typ    reflect.Type // field type
	hops   []hop        // embedded pointers to follow (and allocate) first
	off    uintptr      // offset of the field after the hops
	dec    decodeFunc   // nil: column ignored
}

type hop struct {
	off  uintptr
	elem reflect.Type
}

type planKey struct {
	t      reflect.Type
	cols   string
	strict bool
}

var plans sync.Map // planKey -> *plan

func getPlan(t reflect.Type, cols []string, cfg scanConfig) (*plan, error) {
	k := planKey{t, strings.Join(cols, "\x00"), cfg.strict}
	if p, ok := plans.Load(k); ok {
		return p.(*plan), nil
	}
	p, err := buildPlan(t, cols, cfg)
	if err != nil {
		return nil, err // not cached: the next call reports it again
	}
	got, _ := plans.LoadOrStore(k, p)
	return got.(*plan), nil
}

func buildPlan(t reflect.Type, cols []string, cfg scanConfig) (*plan, error) {
	p := &plan{typ: t, cols: make([]colPlan, len(cols))}
	// A single-value type (anything with a coercion rule, including structs
	// such as time.Time or decimal.Decimal) takes exactly one column.
	if dec, err := decoderFor(t, false); err == nil {
		if len(cols) != 1 {
			return nil, &Error{Type: t, noValue: true,
				Err:  fmt.Errorf("%w: %s is a single-value type but the result has %d columns %q", ErrDestination, t, len(cols), cols),
				Hint: "select exactly one column, or scan into a struct"}
		}
		p.cols[0] = colPlan{column: cols[0], typ: t, dec: dec}
		return p, nil
	}
	st := t
	if st.Kind() == reflect.Pointer && st.Elem().Kind() == reflect.Struct {
		st, p.isPtr = st.Elem(), true
	}
	if st.Kind() != reflect.Struct {
		_, err := decoderFor(t, false)
		return nil, wrapPlan(err, "", "", t)
	}
	m, err := model.Of(st)
	if err != nil {
		return nil, fmt.Errorf("ferro/coerce: cannot scan into %s: %w", t, err)
	}
	p.elem = st
	used := make(map[string]string, len(cols)) // field path -> column
	for i, col := range cols {
		f, ok := m.Field(col)
		if !ok {
			for j := range m.Fields {
				if strings.EqualFold(m.Fields[j].Column, col) {
					f, ok = &m.Fields[j], true
					break
				}
			}
		}
		if !ok {
			// A struct field named like the column that cannot be a
			// relation (its type has no primary key) is most likely JSON
			// without type=json: an error, not a silently empty field.
			if r, ok := m.RelationNamed(col); ok && r.Kind == model.BelongsTo {
				if _, _, err := m.Keys(r); err != nil {
					return nil, &Error{Column: col, Field: st.Name() + "." + r.GoName, Type: r.Type, noValue: true,
						Err:  fmt.Errorf("%w: field %s of struct type %s is neither a column nor a relation (%s has no primary key)", ErrDestination, r.GoName, r.Type, r.Target),
						Hint: "add type=json to its ferro tag to decode the column as JSON, or mark the key of " + r.Target.Name() + " pk to make it a relation"}
				}
			}
			// A key column a relation field adds is declared by the model
			// but has no field: ignored even under WithStrict.
			if _, rel := m.KeyColumnOf(col); cfg.strict && !rel {
				return nil, &Error{Column: col, Type: t, noValue: true, Err: fmt.Errorf("%w: %s has no field for column %q", ErrUnknownColumn, st, col),
					Hint: "add a field for it, select only the columns you need, or drop WithStrict"}
			}
			p.cols[i] = colPlan{column: col}
			continue
		}
		if prev, dup := used[f.GoName]; dup {
			return nil, &Error{Column: col, Field: st.Name() + "." + f.GoName, Type: f.Type, noValue: true,
				Err:  fmt.Errorf("%w: columns %q and %q both map to field %s", ErrDestination, prev, col, f.GoName),
				Hint: "alias one of the columns (SELECT a.id AS a_id ...)"}
		}
		used[f.GoName] = col
		asJSON := isJSONTag(f.Tag.Type) && !isTextKind(f.Type)
		dec, err := decoderFor(f.Type, asJSON)
		if err != nil {
			return nil, wrapPlan(err, col, st.Name()+"."+f.GoName, f.Type)
		}
		hops, off := pathOf(st, f.Index)
		p.cols[i] = colPlan{column: col, field: st.Name() + "." + f.GoName, typ: f.Type, hops: hops, off: off, dec: dec}
		p.nfield++
	}
	return p, nil
}

func wrapPlan(err error, col, field string, t reflect.Type) error {
	e := &Error{Column: col, Field: field, Type: t, noValue: true}
	var c *cause
	if errors.As(err, &c) {
		e.Err, e.Hint = c.err, c.hint
	} else {
		e.Err = err
	}
	return e
}

func isJSONTag(typ string) bool {
	return strings.EqualFold(typ, "json") || strings.EqualFold(typ, "jsonb") || strings.EqualFold(typ, "jsontext")
}

// isTextKind: string and []byte fields hold JSON text verbatim.
func isTextKind(t reflect.Type) bool {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.String || t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8
}

// pathOf turns a reflect index path into offsets, with a hop at each
// embedded pointer.
func pathOf(t reflect.Type, index []int) ([]hop, uintptr) {
	var hops []hop
	var off uintptr
	for i, x := range index {
		f := t.Field(x)
		off += f.Offset
		t = f.Type
		if i < len(index)-1 && t.Kind() == reflect.Pointer {
			hops = append(hops, hop{off: off, elem: t.Elem()})
			off = 0
			t = t.Elem()
		}
	}
	return hops, off
}

// scanner is the per-call state: one sql.Scanner per result column, all
// writing into the row currently pointed to by base.
type scanner struct {
	p     *plan
	base  unsafe.Pointer
	cols  []colScanner
	dests []any
	err   error // the *Error of the failed column, undecorated
}

type colScanner struct {
	s *scanner
	c *colPlan
}

func newScanner(t reflect.Type, rows *sql.Rows, opts []Option) (*scanner, error) {
	var cfg scanConfig
	for _, o := range opts {
		o(&cfg)
	}
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	return newColumnsScanner(t, cols, cfg)
}

// newColumnsScanner is newScanner for the result columns cols (a suffix of
// the result's columns for ScanGroups).
func newColumnsScanner(t reflect.Type, cols []string, cfg scanConfig) (*scanner, error) {
	p, err := getPlan(t, cols, cfg)
	if err != nil {
		return nil, err
	}
	s := &scanner{p: p, cols: make([]colScanner, len(cols)), dests: make([]any, len(cols))}
	for i := range p.cols {
		if p.cols[i].dec == nil {
			s.dests[i] = discard{}
			continue
		}
		s.cols[i] = colScanner{s: s, c: &p.cols[i]}
		s.dests[i] = &s.cols[i]
	}
	return s, nil
}

// scan reads the current row into the T at dst.
func (s *scanner) scan(rows *sql.Rows, dst unsafe.Pointer) error {
	s.base = dst
	if s.p.isPtr {
		np := reflect.New(s.p.elem).UnsafePointer()
		*(*unsafe.Pointer)(dst) = np
		s.base = np
	}
	s.err = nil
	if err := rows.Scan(s.dests...); err != nil {
		if s.err != nil {
			return s.err // ours, without database/sql's "Scan error on column" prefix
		}
		return err
	}
	return nil
}

// Scan implements sql.Scanner for one column of the current row.
func (c *colScanner) Scan(src any) error {
	p := c.s.base
	for _, h := range c.c.hops {
		pp := (*unsafe.Pointer)(unsafe.Add(p, h.off))
		if *pp == nil {
			*pp = reflect.New(h.elem).UnsafePointer()
		}
		p = *pp
	}
	if err := c.c.dec(unsafe.Add(p, c.c.off), src); err != nil {
		c.s.err = wrap(err, c.c.column, c.c.field, c.c.typ, src)
		return c.s.err
	}
	return nil
}

// discard drops an ignored column without copying it.
type discard struct{}

func (discard) Scan(any) error { return nil }
