package engine

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/ferrosql/ferro/internal/testdb"
)

type byteString []byte

// myUUIDCodec stands for a uuid codec an application registers itself
// (pgx-gofrs-uuid and the like): it encodes a myUUID and hands the rest
// to pgx's own.
type myUUIDCodec struct{ pgtype.UUIDCodec }

type myUUID string

func (c myUUIDCodec) PlanEncode(m *pgtype.Map, oid uint32, format int16, value any) pgtype.EncodePlan {
	if _, ok := value.(myUUID); ok {
		return myUUIDPlan{}
	}
	return c.UUIDCodec.PlanEncode(m, oid, format, value)
}

type myUUIDPlan struct{}

func (myUUIDPlan) Encode(value any, buf []byte) ([]byte, error) {
	u, err := uuid.Parse(string(value.(myUUID)))
	if err != nil {
		return nil, err
	}
	return append(buf, u[:]...), nil
}

// TestSetup_uuidGuard: with the guard, a byte slice of any length but 16
// is refused for uuid and uuid[], in both formats pgx may try; every other
// value encodes to exactly the bytes pgx's own codec gives, and a codec
// registered before the guard keeps working (the silent corruption of
// 2026-11-30: pgx padded or cut such a slice to 16 bytes).
func TestSetup_uuidGuard(t *testing.T) {
	t.Parallel()
	u := uuid.MustParse("0f8fad5b-d9cb-469f-a165-70867728950e")
	plain := pgtype.NewMap()
	guarded := pgtype.NewMap()
	guardUUID(guarded)
	guardUUID(guarded) // idempotent: one guard
	typ, _ := guarded.TypeForOID(pgtype.UUIDOID)
	if _, ok := typ.Codec.(uuidGuard).Codec.(uuidGuard); ok {
		t.Fatal("guardUUID wrapped its own guard")
	}
	two := []byte{1, 2}
	for _, format := range []int16{pgtype.BinaryFormatCode, pgtype.TextFormatCode} {
		for _, v := range []any{[]byte("zz"), []byte{}, []byte(u.String()), json.RawMessage("zz"), byteString("zz"), &two} {
			if _, err := plain.Encode(pgtype.UUIDOID, format, v, nil); err != nil {
				t.Fatalf("pgx alone refuses %T (%v): the guard has nothing to do", v, err)
			}
			var be *UUIDBytesError
			if _, err := guarded.Encode(pgtype.UUIDOID, format, v, nil); !errors.As(err, &be) {
				t.Errorf("format %d: %T encoded (%v), want *UUIDBytesError", format, v, err)
			}
			if _, err := guarded.Encode(pgtype.UUIDArrayOID, format, []any{u, v}, nil); !errors.As(err, &be) {
				t.Errorf("format %d: uuid[] with a %T encoded (%v), want *UUIDBytesError", format, v, err)
			}
		}
		var nilBytes []byte
		for _, v := range []any{u, &u, [16]byte(u), u[:], byteString(u[:]), u.String(), pgtype.UUID{Bytes: u, Valid: true}, pgtype.UUID{}, nilBytes, nil, [][]byte{u[:]}} {
			oid := uint32(pgtype.UUIDOID)
			if _, ok := v.([][]byte); ok {
				oid = pgtype.UUIDArrayOID
			}
			want, werr := plain.Encode(oid, format, v, nil)
			got, err := guarded.Encode(oid, format, v, nil)
			if !slices.Equal(got, want) || (err == nil) != (werr == nil) {
				t.Errorf("format %d: %T encodes to %x, %v; pgx alone: %x, %v", format, v, got, err, want, werr)
			}
		}
	}

	own := pgtype.NewMap()
	own.RegisterType(&pgtype.Type{Name: "uuid", OID: pgtype.UUIDOID, Codec: myUUIDCodec{}})
	guardUUID(own)
	if got, err := own.Encode(pgtype.UUIDOID, pgtype.BinaryFormatCode, myUUID(u.String()), nil); err != nil || !slices.Equal(got, u[:]) {
		t.Errorf("the application's own codec: %x, %v", got, err)
	}
	var be *UUIDBytesError
	if _, err := own.Encode(pgtype.UUIDOID, pgtype.BinaryFormatCode, []byte("zz"), nil); !errors.As(err, &be) {
		t.Errorf("over the application's codec: []byte(\"zz\") encoded (%v)", err)
	}
}

// BenchmarkSetup_uuidGuard is the guard's cost per connection, beside the
// type map pgx makes for every connection.
func BenchmarkSetup_uuidGuard(b *testing.B) {
	b.Run("newmap", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			pgtype.NewMap()
		}
	})
	b.Run("newmap+guard", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			guardUUID(pgtype.NewMap())
		}
	})
}

// BenchmarkConnect opens and closes a real connection with pgx's stdlib
// connector, without and with Setup, alternating in each iteration so
// that both see the same server and machine load: ns/connect is without,
// ns/connect+setup with, and setup-ns the time Setup itself took.
func BenchmarkConnect(b *testing.B) {
	e := testdb.Postgres(b)
	c, err := OpenConnector(e.DSN)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var plain, guarded, setup time.Duration
	for i := 0; b.Loop(); i++ {
		for _, withSetup := range [2]bool{i%2 == 0, i%2 == 1} {
			start := time.Now()
			conn, err := c.Connect(ctx)
			if err != nil {
				b.Fatal(err)
			}
			if withSetup {
				s := time.Now()
				Setup(conn)
				setup += time.Since(s)
			}
			conn.Close()
			if withSetup {
				guarded += time.Since(start)
			} else {
				plain += time.Since(start)
			}
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(plain.Nanoseconds())/n, "ns/connect")
	b.ReportMetric(float64(guarded.Nanoseconds())/n, "ns/connect+setup")
	b.ReportMetric(float64(setup.Nanoseconds())/n, "setup-ns")
}

// BenchmarkEncodeUUID encodes a uuid parameter as pgx does for each query,
// with pgx's codec and with the guard: the guard adds nothing but to byte
// slices (a length check).
func BenchmarkEncodeUUID(b *testing.B) {
	u := uuid.MustParse("0f8fad5b-d9cb-469f-a165-70867728950e")
	plain := pgtype.NewMap()
	guarded := pgtype.NewMap()
	guardUUID(guarded)
	for _, v := range []struct {
		name string
		v    any
	}{{"uuid.UUID", u}, {"[16]byte", [16]byte(u)}, {"string", u.String()}, {"pgtype.UUID", pgtype.UUID{Bytes: u, Valid: true}}, {"[]byte", u[:]}} {
		for _, m := range []struct {
			name string
			m    *pgtype.Map
		}{{"pgx", plain}, {"guarded", guarded}} {
			b.Run(v.name+"/"+m.name, func(b *testing.B) {
				buf := make([]byte, 0, 64)
				format := m.m.FormatCodeForOID(pgtype.UUIDOID)
				if _, ok := v.v.(string); ok {
					format = pgtype.TextFormatCode // as pgx sends a string
				}
				b.ReportAllocs()
				for b.Loop() {
					if _, err := m.m.Encode(pgtype.UUIDOID, format, v.v, buf[:0]); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
