package relation

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/model"
	"github.com/ferrosql/ferro/schema"
)

// ErrRelation is wrapped by every error of this package about the models
// themselves (no such relation, an ambiguous one, a key that cannot be
// read); test with errors.Is. Database errors are returned as they come.
var ErrRelation = errors.New("ferro/relation: bad relation")

// MaxParams bounds the bind parameters of one statement (SQLite's default
// limit is 32766, PostgreSQL's 65535): a Link, Unlink or Load needing more
// is split into several statements of at most MaxParams parameters each.
const MaxParams = 30000

// M2M names one many-to-many relation field of S whose elements are T
// models; build it with [Via]. The zero M2M means "the only many-to-many
// field of S with elements of type T". It is a small value, safe to copy
// and to use concurrently.
type M2M[S, T any] struct {
	field string
}

// Via names the many-to-many field of S to use, by its Go name ("Tags"),
// when S has several fields with elements of type T.
func Via[S, T any](field string) M2M[S, T] { return M2M[S, T]{field: field} }

// Link records that source is related to each target through the
// relation's join table, in one statement (INSERT ... ON CONFLICT DO
// NOTHING, on both engines): a pair that is already linked is left as it
// is, so Link is idempotent. Only the key fields of source and targets are
// read; they must already be rows of their tables. No targets is a no-op.
func (r M2M[S, T]) Link(ctx context.Context, db schema.ExecQuerier, source S, targets ...T) error {
	p, err := planFor[S, T](r.field)
	if err != nil {
		return err
	}
	return p.link(ctx, db, reflect.ValueOf(&source).Elem(), reflect.ValueOf(targets))
}

// Unlink removes the join rows between source and each target, in one
// statement; pairs that are not linked are ignored. The rows of source and
// targets themselves are untouched. No targets is a no-op.
func (r M2M[S, T]) Unlink(ctx context.Context, db schema.ExecQuerier, source S, targets ...T) error {
	p, err := planFor[S, T](r.field)
	if err != nil {
		return err
	}
	return p.unlink(ctx, db, reflect.ValueOf(&source).Elem(), reflect.ValueOf(targets))
}

// Link is Via[S, T]("").Link: it links source to targets through the only
// many-to-many field of S with elements of type T.
func Link[S, T any](ctx context.Context, db schema.ExecQuerier, source S, targets ...T) error {
	return M2M[S, T]{}.Link(ctx, db, source, targets...)
}

// Unlink is Via[S, T]("").Unlink.
func Unlink[S, T any](ctx context.Context, db schema.ExecQuerier, source S, targets ...T) error {
	return M2M[S, T]{}.Unlink(ctx, db, source, targets...)
}

// Load returns the targets of every source, keyed by the source's primary
// key, through the only many-to-many field of S with elements of type T
// (see [LoadVia] to name the field). It runs one query, whatever the number
// of sources (one per [MaxParams] distinct keys beyond that):
//
//	SELECT j.<source key>, t.<columns of T> FROM <T's table> t
//	JOIN <join table> j ON j.<target key> = t.<key> WHERE j.<source key> IN (...)
//
// and scans it with coerce.ScanGroups, so every column of T gets its
// coercion rule. K is the Go type of the source's key (int64 for an int64
// id); a source without targets has no entry. Targets of one source come
// in no particular order. S must have a single-column primary key.
func Load[K comparable, S, T any](ctx context.Context, db schema.ExecQuerier, sources []S) (map[K][]T, error) {
	return LoadVia[K](ctx, db, M2M[S, T]{}, sources)
}

// LoadVia is [Load] through the relation r.
func LoadVia[K comparable, S, T any](ctx context.Context, db schema.ExecQuerier, r M2M[S, T], sources []S) (map[K][]T, error) {
	p, err := planFor[S, T](r.field)
	if err != nil {
		return nil, err
	}
	if len(p.srcKey) != 1 {
		return nil, p.errorf("Load needs a single-column primary key on %s, which has %d key columns; query the join table %q directly", p.src.Type, len(p.srcKey), p.join.Table)
	}
	out := map[K][]T{}
	if len(sources) == 0 {
		return out, nil
	}
	keys := make([]any, 0, len(sources))
	var seen map[any]struct{} // nil when the key type is not comparable ([]byte)
	if p.srcKey[0].Type.Comparable() {
		seen = make(map[any]struct{}, len(sources))
	}
	sv := reflect.ValueOf(sources)
	for i := range sources {
		k, err := p.keyOf(p.src, p.srcKey, sv.Index(i), "source")
		if err != nil {
			return nil, err
		}
		if seen != nil {
			if _, dup := seen[k[0]]; dup {
				continue
			}
			seen[k[0]] = struct{}{}
		}
		keys = append(keys, k[0])
	}
	positional := usesQuestionMarks(db)
	for len(keys) > 0 {
		n := min(len(keys), MaxParams)
		rows, err := db.QueryContext(ctx, p.loadSQL(n, positional), keys[:n]...)
		if err != nil {
			return nil, fmt.Errorf("ferro/relation: load %s.%s: %w", p.src.Type.Name(), p.rel.GoName, err)
		}
		got, err := coerce.ScanGroups[K, T](rows)
		if err != nil {
			return nil, fmt.Errorf("ferro/relation: load %s.%s: %w", p.src.Type.Name(), p.rel.GoName, err)
		}
		if len(keys) == n && len(out) == 0 {
			return got, nil
		}
		for k, v := range got {
			out[k] = append(out[k], v...)
		}
		keys = keys[n:]
	}
	return out, nil
}

// plan is what one (S, T, field) needs, resolved once.
type plan struct {
	src, tgt       *model.Struct
	rel            *model.Relation
	join           *model.Join
	srcKey, tgtKey []*model.Field
	cols           string // "j"."source key", "t"."col", ... of Load
	from           string // FROM ... JOIN ... WHERE "j"."source key" IN (
}

type planKey struct {
	s, t  reflect.Type
	field string
}

var plans sync.Map // planKey -> *plan

func planFor[S, T any](field string) (*plan, error) {
	k := planKey{reflect.TypeFor[S](), reflect.TypeFor[T](), field}
	if p, ok := plans.Load(k); ok {
		return p.(*plan), nil
	}
	p, err := buildPlan(k.s, k.t, field)
	if err != nil {
		return nil, err
	}
	got, _ := plans.LoadOrStore(k, p)
	return got.(*plan), nil
}

func buildPlan(st, tt reflect.Type, field string) (*plan, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrRelation, fmt.Sprintf(format, args...))
	}
	se, te := deref(st), deref(tt)
	src, err := model.Of(se)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRelation, err)
	}
	var found []*model.Relation
	var names []string
	for i := range src.Relations {
		r := &src.Relations[i]
		if r.Kind != model.ManyToMany || r.Target != te {
			continue
		}
		names = append(names, r.GoName)
		if field == "" || r.GoName == field {
			found = append(found, r)
		}
	}
	switch {
	case len(found) == 0 && field != "":
		return nil, bad("%s has no many-to-many field %s of %s (its fields of %s: %q); pass one of those to Via", se, field, te, te, names)
	case len(found) == 0:
		return nil, bad("%s has no many-to-many field of %s; declare one, e.g. `%ss []%s `ferro:\"m2m\"``", se, te, te.Name(), te.Name())
	case len(found) > 1:
		return nil, bad("%s has several many-to-many fields of %s (%s); name one with relation.Via[%s, %s](%q)", se, te, strings.Join(names, ", "), st, tt, names[0])
	}
	r := found[0]
	j, err := src.Join(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRelation, err)
	}
	p := &plan{src: src, tgt: j.Target, rel: r, join: j, srcKey: j.SourceKey, tgtKey: j.TargetKey}
	var b strings.Builder
	b.WriteString("SELECT j.")
	b.WriteString(quote(j.SourceColumns[0]))
	for _, f := range j.Target.Fields {
		b.WriteString(", t.")
		b.WriteString(quote(f.Column))
	}
	p.cols = b.String()
	b.Reset()
	b.WriteString(" FROM ")
	b.WriteString(quote(j.Target.Table))
	b.WriteString(" t JOIN ")
	b.WriteString(quote(j.Table))
	b.WriteString(" j ON ")
	for i, c := range j.TargetColumns {
		if i > 0 {
			b.WriteString(" AND ")
		}
		b.WriteString("j." + quote(c) + " = t." + quote(j.TargetKey[i].Column))
	}
	b.WriteString(" WHERE j.")
	b.WriteString(quote(j.SourceColumns[0]))
	b.WriteString(" IN (")
	p.from = b.String()
	return p, nil
}

func deref(t reflect.Type) reflect.Type {
	if t.Kind() == reflect.Pointer {
		return t.Elem()
	}
	return t
}

func (p *plan) errorf(format string, args ...any) error {
	return fmt.Errorf("%w: %s.%s: %s", ErrRelation, p.src.Type, p.rel.GoName, fmt.Sprintf(format, args...))
}

// keyOf reads the key fields of the model value v (a struct or a pointer).
func (p *plan) keyOf(m *model.Struct, key []*model.Field, v reflect.Value, role string) ([]any, error) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil, p.errorf("a nil *%s %s has no key", m.Type.Name(), role)
		}
		v = v.Elem()
	}
	out := make([]any, len(key))
	for i, f := range key {
		fv, ok := f.Value(v, false)
		if !ok {
			return nil, p.errorf("the %s's key field %s is behind a nil embedded pointer", role, f.GoName)
		}
		out[i] = fv.Interface()
	}
	return out, nil
}

// loadSQL renders the Load query for n keys, with ? placeholders when
// positional (SQLite) and $1, $2 ... otherwise.
func (p *plan) loadSQL(n int, positional bool) string {
	var b strings.Builder
	b.Grow(len(p.cols) + len(p.from) + n*7)
	b.WriteString(p.cols)
	b.WriteString(p.from)
	for i := 1; i <= n; i++ {
		if i > 1 {
			b.WriteByte(',')
		}
		if positional {
			b.WriteByte('?')
			continue
		}
		b.WriteByte('$')
		b.WriteString(strconv.Itoa(i))
	}
	b.WriteByte(')')
	return b.String()
}

// usesQuestionMarks reports whether db is known, without any query, to be
// a database of an engine that binds ? faster than $N (QuestionMarks:
// SQLite resolves each $N as a named parameter, a lookup that grows with
// the number of parameters, so a long IN list is cheaper with plain ?): a
// *sql.DB (anything with Driver()) whose driver's engine dialect.EngineOf
// finds (as catalog.Detect does). Others (*sql.Tx, *sql.Conn) get
// $N, which both engines accept.
func usesQuestionMarks(db any) bool {
	d, ok := db.(interface{ Driver() driver.Driver })
	if !ok {
		return false
	}
	e, ok := dialect.EngineOf(d.Driver())
	return ok && e.QuestionMarks
}

func (p *plan) link(ctx context.Context, db schema.ExecQuerier, source, targets reflect.Value) error {
	skey, err := p.keyOf(p.src, p.srcKey, source, "source")
	if err != nil {
		return err
	}
	head := "INSERT INTO " + quote(p.join.Table) + " (" +
		columnList(append(append([]string(nil), p.join.SourceColumns...), p.join.TargetColumns...)) + ") VALUES "
	return p.execBatches(ctx, db, targets, batchSQL{
		verb: "link",
		per:  max(1, MaxParams/(len(skey)+len(p.tgtKey))),
		open: func(b *strings.Builder, _ *placeholders) { b.WriteString(head) },
		row: func(b *strings.Builder, ph *placeholders, tkey []any) {
			ph.list(b, skey)
			b.WriteString(", ")
			ph.list(b, tkey)
		},
		close: " ON CONFLICT DO NOTHING",
	})
}

func (p *plan) unlink(ctx context.Context, db schema.ExecQuerier, source, targets reflect.Value) error {
	skey, err := p.keyOf(p.src, p.srcKey, source, "source")
	if err != nil {
		return err
	}
	return p.execBatches(ctx, db, targets, batchSQL{
		verb: "unlink",
		per:  max(1, (MaxParams-len(skey))/len(p.tgtKey)),
		open: func(b *strings.Builder, ph *placeholders) {
			b.WriteString("DELETE FROM " + quote(p.join.Table) + " WHERE (" + columnList(p.join.SourceColumns) + ") = (")
			ph.list(b, skey)
			b.WriteString(") AND (" + columnList(p.join.TargetColumns) + ") IN (")
		},
		row:   func(b *strings.Builder, ph *placeholders, tkey []any) { ph.list(b, tkey) },
		close: ")",
	})
}

// batchSQL describes one join-table statement written per batch of
// targets: open starts it, row writes the inside of one target's
// parenthesised tuple, close ends it.
type batchSQL struct {
	verb  string // "link" or "unlink", for errors
	per   int    // targets per statement, so arguments stay within MaxParams
	open  func(b *strings.Builder, ph *placeholders)
	row   func(b *strings.Builder, ph *placeholders, tkey []any)
	close string
}

// execBatches runs s once per batch of at most s.per targets, each
// statement with its own arguments.
func (p *plan) execBatches(ctx context.Context, db schema.ExecQuerier, targets reflect.Value, s batchSQL) error {
	ph := placeholders{positional: usesQuestionMarks(db)}
	for start := 0; start < targets.Len(); start += s.per {
		end := min(targets.Len(), start+s.per)
		var b strings.Builder
		ph.args = ph.args[:0]
		s.open(&b, &ph)
		for i := start; i < end; i++ {
			tkey, err := p.keyOf(p.tgt, p.tgtKey, targets.Index(i), "target")
			if err != nil {
				return err
			}
			if i > start {
				b.WriteString(", ")
			}
			b.WriteByte('(')
			s.row(&b, &ph, tkey)
			b.WriteByte(')')
		}
		b.WriteString(s.close)
		if _, err := db.ExecContext(ctx, b.String(), ph.args...); err != nil {
			return fmt.Errorf("ferro/relation: %s %s.%s: %w", s.verb, p.src.Type.Name(), p.rel.GoName, err)
		}
	}
	return nil
}

// placeholders collects the arguments of one statement and writes their
// placeholders: ? when positional, else $1, $2 ...
type placeholders struct {
	positional bool
	args       []any
}

// list appends vals to the arguments and writes their placeholders,
// separated by commas.
func (ph *placeholders) list(b *strings.Builder, vals []any) {
	for i, v := range vals {
		if i > 0 {
			b.WriteString(", ")
		}
		ph.args = append(ph.args, v)
		if ph.positional {
			b.WriteByte('?')
		} else {
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(len(ph.args)))
		}
	}
}

func columnList(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = quote(c)
	}
	return strings.Join(q, ", ")
}

func quote(s string) string { return dialect.Quote(s) }
