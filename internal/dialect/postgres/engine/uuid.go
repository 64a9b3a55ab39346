package engine

import (
	"database/sql/driver"
	"fmt"

	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/stdlib"
)

// This file makes pgx refuse a byte slice for a uuid parameter unless it
// holds exactly 16 bytes. pgx binds any byte slice to uuid through its
// builtin wrapper, whose UUIDValue copies the slice into 16 bytes: a
// shorter one is padded with zeros and a longer one (say UUID text as
// []byte) is cut, silently, in every query mode that knows the parameter
// types (cache statement, cache describe, describe exec, and statements
// prepared through database/sql). The guard refuses the text format too,
// which pgx tries when the binary one fails: a byte slice for a uuid is
// its 16 bytes, never text whose meaning would hang on its length. In the
// exec and simple-protocol modes pgx sends a []byte as bytea text (\x...),
// which the server's uuid input refuses: nothing to guard there (Refused
// names the argument).

// Setup prepares a new pgx connection for the wrapper: it registers, in
// the connection's own type map, a uuid type (and uuid[], whose elements
// it encodes) that refuses to encode a byte slice of any length but 16,
// wrapping whatever uuid codec is registered, so a codec the application
// registered in an AfterConnect hook keeps working. Every other value is
// encoded by that codec's own plan, unchanged. A connection that is not
// pgx's is left alone (pgx's encoder is not involved). Setup runs once per
// connection, before its first statement; it is not safe to call
// concurrently with the connection's use.
func Setup(c driver.Conn) {
	pc, ok := c.(*stdlib.Conn)
	if !ok {
		return
	}
	guardUUID(pc.Conn().TypeMap())
}

// guardUUID registers the guarded uuid and uuid[] types in m.
func guardUUID(m *pgtype.Map) {
	t, ok := m.TypeForOID(pgtype.UUIDOID)
	if !ok {
		return
	}
	if _, done := t.Codec.(uuidGuard); done {
		return
	}
	g := &pgtype.Type{Name: t.Name, OID: t.OID, Codec: uuidGuard{t.Codec}}
	m.RegisterType(g)
	if a, ok := m.TypeForOID(pgtype.UUIDArrayOID); ok {
		if ac, ok := a.Codec.(*pgtype.ArrayCodec); ok && ac.ElementType != nil && ac.ElementType.OID == pgtype.UUIDOID {
			c := *ac
			c.ElementType = g
			m.RegisterType(&pgtype.Type{Name: a.Name, OID: a.OID, Codec: &c})
		}
	}
}

// uuidGuard is a uuid codec that refuses a byte slice unless it holds 16
// bytes; everything else goes to the wrapped codec.
type uuidGuard struct{ pgtype.Codec }

// PlanEncode returns the wrapped codec's plan. Where it has none for a
// []byte, pgx would wrap the slice in its builtin wrapper (binary: the
// copy into 16 bytes; text, when binary fails: the bytes as text) and
// plan that: the guard builds the same plan, behind a length check.
// Named byte-slice types, pointers to slices and driver.Valuers reach it
// as []byte, through pgx's own unwrapping. Plans are made once per Go type
// and cached by pgx, so other values pay nothing per query.
func (g uuidGuard) PlanEncode(m *pgtype.Map, oid uint32, format int16, value any) pgtype.EncodePlan {
	if plan := g.Codec.PlanEncode(m, oid, format, value); plan != nil {
		return plan
	}
	if _, ok := value.([]byte); !ok {
		return nil
	}
	wrap, wrapped, ok := pgtype.TryWrapBuiltinTypeEncodePlan(value)
	if !ok {
		return nil
	}
	next := m.PlanEncode(oid, format, wrapped)
	if next == nil {
		return nil
	}
	wrap.SetNext(next)
	return uuidLengthPlan{wrap}
}

type uuidLengthPlan struct{ next pgtype.EncodePlan }

func (p uuidLengthPlan) Encode(value any, buf []byte) ([]byte, error) {
	if b := value.([]byte); b != nil && len(b) != 16 {
		return nil, &UUIDBytesError{Len: len(b)}
	}
	return p.next.Encode(value, buf) // nil: NULL, as pgx does
}

// UUIDBytesError is what pgx's encoder returns, through the guard Setup
// registers, for a byte slice bound to a uuid parameter whose length is
// not 16. pgx wraps it ("failed to encode args[i]: ..."); Refused names
// the argument.
type UUIDBytesError struct {
	// Len is the slice's length.
	Len int
}

func (e *UUIDBytesError) Error() string {
	return fmt.Sprintf("uuid: %d bytes, not 16", e.Len)
}
