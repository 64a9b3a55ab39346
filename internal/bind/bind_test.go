package bind_test

import (
	"database/sql"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	_ "github.com/ferrosql/ferro" // registers ferro-sqlite: TestBind_sqliteTimeOrder writes through it
	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/bind"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

type email string // a named string that is not an enum

func TestBind(t *testing.T) {
	t.Parallel()
	var nilDec *decimal.Decimal
	tests := []struct {
		name    string
		d       schema.Dialect
		v       any
		want    any
		ok      bool
		wantErr error
	}{
		{name: "nil", d: schema.SQLite, v: nil},
		{name: "int64", d: schema.SQLite, v: int64(1)},
		{name: "string", d: schema.Postgres, v: "x"},
		{name: "named-string", d: schema.SQLite, v: email("a@b")},
		{name: "time/sqlite", d: schema.SQLite, v: time.Date(2024, 3, 9, 12, 11, 12, 5, cest), want: "2024-03-09 10:11:12.000000005Z", ok: true},
		{name: "time/sqlite-zero", d: schema.SQLite, v: time.Time{}, want: "0001-01-01 00:00:00.000000000Z", ok: true},
		{name: "time/sqlite-pre-1970", d: schema.SQLite, v: before, want: "1969-07-20 20:17:40.000000005Z", ok: true},
		{name: "time/sqlite-year-10000", d: schema.SQLite, v: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), wantErr: coerce.ErrConvert},
		{name: "time/postgres", d: schema.Postgres, v: t1},
		{name: "time/ptr-sqlite", d: schema.SQLite, v: &t1, want: "2024-03-09 10:11:12.123456789Z", ok: true},
		{name: "time/nil-ptr-sqlite", d: schema.SQLite, v: (*time.Time)(nil), want: nil, ok: true},
		{name: "time/null-generic-sqlite", d: schema.SQLite, v: sql.Null[time.Time]{V: t1, Valid: true}, want: "2024-03-09 10:11:12.123456789Z", ok: true},
		{name: "time/null-generic-invalid", d: schema.SQLite, v: sql.Null[time.Time]{V: t1}, want: nil, ok: true},
		{name: "time/nulltime-sqlite", d: schema.SQLite, v: sql.NullTime{Time: t1, Valid: true}, want: "2024-03-09 10:11:12.123456789Z", ok: true},
		{name: "time/null-generic-postgres", d: schema.Postgres, v: sql.Null[time.Time]{V: t1, Valid: true}},
		{name: "uuid/sqlite", d: schema.SQLite, v: u1, want: "0f8fad5b-d9cb-469f-a165-70867728950e", ok: true},
		{name: "uuid/postgres", d: schema.Postgres, v: u1},
		{name: "uuid/nulluuid-sqlite", d: schema.SQLite, v: uuid.NullUUID{UUID: u1, Valid: true}, want: "0f8fad5b-d9cb-469f-a165-70867728950e", ok: true},
		{name: "uuid/ptr-sqlite", d: schema.SQLite, v: &u1, want: "0f8fad5b-d9cb-469f-a165-70867728950e", ok: true},
		{name: "enum/member", d: schema.Postgres, v: StatusShipped, want: "shipped", ok: true},
		{name: "enum/not-member", d: schema.SQLite, v: Status("lost"), wantErr: coerce.ErrNotMember},
		{name: "enum/zero", d: schema.SQLite, v: Status(""), wantErr: coerce.ErrNotMember},
		{name: "enum/ptr", d: schema.SQLite, v: ptr(StatusNew), want: "new", ok: true},
		{name: "enum/null-generic-bad", d: schema.SQLite, v: sql.Null[Status]{V: "bad", Valid: true}, wantErr: coerce.ErrNotMember},
		{name: "intenum/member", d: schema.SQLite, v: High, want: int64(3), ok: true},
		{name: "intenum/not-member", d: schema.Postgres, v: Priority(2), wantErr: coerce.ErrNotMember},
		{name: "decimal/text", d: schema.SQLite, v: dec("12345678901234567890.1234567890"), want: "12345678901234567890.1234567890", ok: true},
		{name: "decimal/scale-kept", d: schema.Postgres, v: dec("12.50"), want: "12.50", ok: true},
		{name: "decimal/zero", d: schema.SQLite, v: decimal.Decimal{}, want: "0", ok: true},
		{name: "decimal/ptr", d: schema.SQLite, v: ptr(dec("1.5")), want: "1.5", ok: true},
		{name: "decimal/nil-ptr", d: schema.SQLite, v: nilDec, want: nil, ok: true},
		{name: "decimal/null", d: schema.SQLite, v: decimal.NullDecimal{}, want: nil, ok: true},
		{name: "decimal/nulldecimal", d: schema.Postgres, v: decimal.NewNullDecimal(dec("-0.001")), want: "-0.001", ok: true},
		{name: "nullstring-passthrough", d: schema.SQLite, v: sql.NullString{String: "x", Valid: true}},
		{name: "ptr-int-passthrough", d: schema.SQLite, v: ptr(int64(1))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			out, ok, err := forms(tc.d).Bind(tc.v)
			if tc.wantErr != nil {
				var e *coerce.Error
				if !errors.Is(err, tc.wantErr) || !errors.As(err, &e) || e.Type == nil {
					t.Fatalf("Bind(%#v) err = %v, want *coerce.Error wrapping %v", tc.v, err, tc.wantErr)
				}
				if !strings.HasPrefix(err.Error(), "ferro/coerce: ") || !strings.Contains(err.Error(), e.Type.String()) {
					t.Fatalf("error %q must be prefixed and name the Go type", err)
				}
				return
			}
			if err != nil || ok != tc.ok || out != tc.want {
				t.Fatalf("Bind(%s, %#v) = %#v, %v, %v; want %#v, %v", tc.d, tc.v, out, ok, err, tc.want, tc.ok)
			}
		})
	}
}

// TestBind_allocs pins the hot path: every argument of every query passes
// through Bind, and the common driver types must cost nothing.
func TestBind_allocs(t *testing.T) {
	vals := []struct {
		d schema.Dialect
		v any
	}{
		{schema.SQLite, int64(1)}, {schema.SQLite, 1}, {schema.SQLite, "s"}, {schema.SQLite, []byte("b")},
		{schema.SQLite, 1.5}, {schema.SQLite, true}, {schema.SQLite, nil}, {schema.Postgres, t1},
		{schema.Postgres, int64(1)}, {schema.Postgres, "s"}, {schema.SQLite, email("x")}, {schema.Postgres, u1},
	}
	for _, v := range vals {
		f := forms(v.d)
		allocs := testing.AllocsPerRun(200, func() {
			if _, ok, _ := f.Bind(v.v); ok {
				t.Fatalf("Bind(%T) canonicalised a pass-through type", v.v)
			}
		})
		if allocs != 0 {
			t.Errorf("Bind(%s, %T) allocates %.1f times, want 0", v.d, v.v, allocs)
		}
	}
}

// TestBind_sqliteTimeOrder proves the canonical SQLite time text sorts like
// the times (pre-1970, nanoseconds, mixed zones), that SQLite's own date
// functions read it, and that what ferro stores is exactly that text.
func TestBind_sqliteTimeOrder(t *testing.T) {
	t.Parallel()
	e := testdb.SQLite(t)
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	raw := testdb.Open(t, e.RawDriver, e.DSN)
	exec(t, db, "CREATE TABLE ts (id INTEGER PRIMARY KEY, at TIMESTAMP, at_text TEXT)")
	r := rand.New(rand.NewPCG(1, 2))
	zones := []*time.Location{time.UTC, cest, time.FixedZone("NST", -(3*3600 + 1800)), time.FixedZone("X", 14*3600)}
	var times []time.Time
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 200; i++ {
		sec := r.Int64N(int64(300*365*24*3600)) - int64(150*365*24*3600) // 1820..2120
		tm := time.Unix(sec, r.Int64N(1e9)).In(zones[i%len(zones)])
		if i%10 == 0 && i > 0 {
			tm = times[i-1].Add(time.Nanosecond) // neighbours 1ns apart
		}
		times = append(times, tm)
		if _, err := tx.Exec("INSERT INTO ts (id, at, at_text) VALUES (?, ?, ?)", i, tm, tm); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	sorted := slices.Clone(times)
	slices.SortFunc(sorted, func(a, b time.Time) int { return a.Compare(b) })

	for _, col := range []string{"at", "at_text"} {
		rows, err := raw.Query("SELECT CAST(" + col + " AS TEXT), typeof(" + col + "), datetime(" + col + ") FROM ts ORDER BY " + col)
		if err != nil {
			t.Fatal(err)
		}
		i := 0
		for rows.Next() {
			var text, typ string
			var fn sql.NullString
			if err := rows.Scan(&text, &typ, &fn); err != nil {
				t.Fatal(err)
			}
			want, _ := bind.FormatTime(sorted[i])
			if typ != "text" || text != want || len(text) != 30 {
				t.Fatalf("%s row %d in text order: stored %s %q, want text %q", col, i, typ, text, want)
			}
			if fn.String != sorted[i].UTC().Format(time.DateTime) {
				t.Fatalf("%s: SQLite datetime(%q) = %q, want %q", col, text, fn.String, sorted[i].UTC().Format(time.DateTime))
			}
			i++
		}
		if err := rows.Err(); err != nil || i != len(times) {
			t.Fatalf("%s: %d rows, %v", col, i, err)
		}
	}
	// modernc's own default (time.Time.String) is not sortable: this is why
	// ferro binds the canonical form instead.
	a, b := time.Date(2024, 1, 1, 9, 0, 0, 0, cest), time.Date(2024, 1, 1, 8, 30, 0, 0, time.UTC)
	if (a.String() < b.String()) == a.Before(b) {
		t.Fatalf("expected modernc's default form to misorder %v and %v", a, b)
	}
}
