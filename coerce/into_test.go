package coerce_test

import (
	"database/sql"
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/ferrosql/ferro/coerce"
)

func ptr[T any](v T) *T { return &v }

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// same compares coerced values: decimals by value and scale, times by
// instant and UTC location, the rest deeply.
func same(got, want any) bool {
	switch w := want.(type) {
	case decimal.Decimal:
		g, ok := got.(decimal.Decimal)
		return ok && g.Equal(w) && g.Exponent() == w.Exponent()
	case decimal.NullDecimal:
		g, ok := got.(decimal.NullDecimal)
		return ok && g.Valid == w.Valid && (!w.Valid || same(g.Decimal, w.Decimal))
	case time.Time:
		g, ok := got.(time.Time)
		return ok && g.Equal(w) && g.Location() == time.UTC
	case *time.Time:
		g, ok := got.(*time.Time)
		return ok && (g == nil) == (w == nil) && (w == nil || same(*g, *w))
	case sql.Null[time.Time]:
		g, ok := got.(sql.Null[time.Time])
		return ok && g.Valid == w.Valid && (!w.Valid || same(g.V, w.V))
	}
	return reflect.DeepEqual(got, want)
}

var (
	u1     = uuid.MustParse("0f8fad5b-d9cb-469f-a165-70867728950e")
	u1Raw  = func() []byte { b := u1; return b[:] }()
	t1     = time.Date(2024, 3, 9, 10, 11, 12, 123456789, time.UTC)
	t1Sec  = time.Date(2024, 3, 9, 10, 11, 12, 0, time.UTC)
	cest   = time.FixedZone("CEST", 2*3600)
	before = time.Date(1969, 7, 20, 20, 17, 40, 5, time.UTC)
)

func TestInto(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		dst     func() any // returns a pointer
		src     any
		want    any   // the value *dst must hold
		wantErr error // sentinel, when the scan must fail
		json    bool
	}{
		// string enum
		{name: "enum/text", dst: func() any { return new(Status) }, src: "paid", want: StatusPaid},
		{name: "enum/bytes", dst: func() any { return new(Status) }, src: []byte("shipped"), want: StatusShipped},
		{name: "enum/not-member", dst: func() any { return new(Status) }, src: "lost", wantErr: coerce.ErrNotMember},
		{name: "enum/empty-not-member", dst: func() any { return new(Status) }, src: "", wantErr: coerce.ErrNotMember},
		{name: "enum/int", dst: func() any { return new(Status) }, src: int64(1), wantErr: coerce.ErrConvert},
		{name: "enum/null", dst: func() any { return new(Status) }, src: nil, wantErr: coerce.ErrNull},
		{name: "enum/ptr-null", dst: func() any { return new(*Status) }, src: nil, want: (*Status)(nil)},
		{name: "enum/ptr", dst: func() any { return new(*Status) }, src: "new", want: ptr(StatusNew)},
		{name: "enum/null-generic", dst: func() any { return new(sql.Null[Status]) }, src: "new", want: sql.Null[Status]{V: StatusNew, Valid: true}},
		{name: "enum/null-generic-bad", dst: func() any { return new(sql.Null[Status]) }, src: "old", wantErr: coerce.ErrNotMember},
		// integer enum
		{name: "intenum/int", dst: func() any { return new(Priority) }, src: int64(3), want: High},
		{name: "intenum/name", dst: func() any { return new(Priority) }, src: "low", want: Low},
		{name: "intenum/digits", dst: func() any { return new(Priority) }, src: []byte("3"), want: High},
		{name: "intenum/not-member", dst: func() any { return new(Priority) }, src: int64(2), wantErr: coerce.ErrNotMember},
		{name: "intenum/bad-name", dst: func() any { return new(Priority) }, src: "medium", wantErr: coerce.ErrNotMember},
		// decimals
		{name: "decimal/int", dst: func() any { return new(decimal.Decimal) }, src: int64(10), want: dec("10")},
		{name: "decimal/real", dst: func() any { return new(decimal.Decimal) }, src: 1.5, want: dec("1.5")},
		{name: "decimal/real-0.1", dst: func() any { return new(decimal.Decimal) }, src: 0.1, want: dec("0.1")},
		{name: "decimal/real-shortest", dst: func() any { return new(decimal.Decimal) }, src: 1234.5678, want: dec("1234.5678")},
		{name: "decimal/real-big", dst: func() any { return new(decimal.Decimal) }, src: 1e21, want: dec("1e21")},
		{name: "decimal/text-scale", dst: func() any { return new(decimal.Decimal) }, src: "10.50", want: dec("10.50")},
		{name: "decimal/text-long", dst: func() any { return new(decimal.Decimal) }, src: "12345678901234567890.1234567890", want: dec("12345678901234567890.1234567890")},
		{name: "decimal/bytes", dst: func() any { return new(decimal.Decimal) }, src: []byte("-0.001"), want: dec("-0.001")},
		{name: "decimal/null", dst: func() any { return new(decimal.Decimal) }, src: nil, wantErr: coerce.ErrNull},
		{name: "decimal/garbage", dst: func() any { return new(decimal.Decimal) }, src: "12abc", wantErr: coerce.ErrConvert},
		{name: "decimal/nan", dst: func() any { return new(decimal.Decimal) }, src: math.NaN(), wantErr: coerce.ErrConvert},
		{name: "decimal/bool", dst: func() any { return new(decimal.Decimal) }, src: true, wantErr: coerce.ErrConvert},
		{name: "nulldecimal/null", dst: func() any { return new(decimal.NullDecimal) }, src: nil, want: decimal.NullDecimal{}},
		{name: "nulldecimal/int", dst: func() any { return new(decimal.NullDecimal) }, src: int64(7), want: decimal.NewNullDecimal(dec("7"))},
		{name: "nulldecimal/real", dst: func() any { return new(decimal.NullDecimal) }, src: 2.25, want: decimal.NewNullDecimal(dec("2.25"))},
		{name: "decimal/ptr-null", dst: func() any { return new(*decimal.Decimal) }, src: nil, want: (*decimal.Decimal)(nil)},
		// time
		{name: "time/time", dst: func() any { return new(time.Time) }, src: t1.In(cest), want: t1},
		{name: "time/canonical", dst: func() any { return new(time.Time) }, src: "2024-03-09 10:11:12.123456789Z", want: t1},
		{name: "time/modernc-sqlite", dst: func() any { return new(time.Time) }, src: "2024-03-09 12:11:12.123456789+02:00", want: t1},
		{name: "time/T-offset", dst: func() any { return new(time.Time) }, src: "2024-03-09T12:11:12.123456789+02:00", want: t1},
		{name: "time/rfc3339-Z", dst: func() any { return new(time.Time) }, src: "2024-03-09T10:11:12.123456789Z", want: t1},
		{name: "time/no-fraction", dst: func() any { return new(time.Time) }, src: "2024-03-09 10:11:12", want: t1Sec},
		{name: "time/minutes", dst: func() any { return new(time.Time) }, src: "2024-03-09 10:11", want: time.Date(2024, 3, 9, 10, 11, 0, 0, time.UTC)},
		{name: "time/millis", dst: func() any { return new(time.Time) }, src: "2024-03-09 10:11:12.123", want: time.Date(2024, 3, 9, 10, 11, 12, 123000000, time.UTC)},
		{name: "time/pg-short-offset", dst: func() any { return new(time.Time) }, src: "2024-03-09 05:11:12.123456789-05", want: t1},
		{name: "time/go-string", dst: func() any { return new(time.Time) }, src: "2024-03-09 12:11:12.123456789 +0200 CEST", want: t1},
		{name: "time/go-string-monotonic", dst: func() any { return new(time.Time) }, src: "2024-03-09 10:11:12.123456789 +0000 UTC m=+0.000012345", want: t1},
		{name: "time/date", dst: func() any { return new(time.Time) }, src: "2024-03-09", want: time.Date(2024, 3, 9, 0, 0, 0, 0, time.UTC)},
		{name: "time/time-of-day", dst: func() any { return new(time.Time) }, src: "10:11:12", want: time.Date(0, 1, 1, 10, 11, 12, 0, time.UTC)},
		{name: "time/time-of-day-tz", dst: func() any { return new(time.Time) }, src: "12:11:12+02", want: time.Date(0, 1, 1, 10, 11, 12, 0, time.UTC)},
		{name: "time/pre-1970", dst: func() any { return new(time.Time) }, src: "1969-07-20 20:17:40.000000005Z", want: before},
		{name: "time/unix", dst: func() any { return new(time.Time) }, src: t1Sec.Unix(), want: t1Sec},
		{name: "time/unix-negative", dst: func() any { return new(time.Time) }, src: int64(-1), want: time.Date(1969, 12, 31, 23, 59, 59, 0, time.UTC)},
		{name: "time/bytes", dst: func() any { return new(time.Time) }, src: []byte("2024-03-09T10:11:12Z"), want: t1Sec},
		{name: "time/real-ambiguous", dst: func() any { return new(time.Time) }, src: 2460378.5, wantErr: coerce.ErrConvert},
		{name: "time/bad-month", dst: func() any { return new(time.Time) }, src: "2024-13-09", wantErr: coerce.ErrConvert},
		{name: "time/bad-day", dst: func() any { return new(time.Time) }, src: "2023-02-29", wantErr: coerce.ErrConvert},
		{name: "time/garbage", dst: func() any { return new(time.Time) }, src: "yesterday", wantErr: coerce.ErrConvert},
		{name: "time/trailing", dst: func() any { return new(time.Time) }, src: "2024-03-09 10:11:12 xyz!", wantErr: coerce.ErrConvert},
		{name: "time/null", dst: func() any { return new(time.Time) }, src: nil, wantErr: coerce.ErrNull},
		{name: "time/ptr-null", dst: func() any { return new(*time.Time) }, src: nil, want: (*time.Time)(nil)},
		{name: "time/ptr", dst: func() any { return new(*time.Time) }, src: "2024-03-09 10:11:12Z", want: ptr(t1Sec)},
		{name: "time/nulltime-text", dst: func() any { return new(sql.NullTime) }, src: "2024-03-09 10:11:12Z", want: sql.NullTime{Time: t1Sec, Valid: true}},
		{name: "time/null-generic", dst: func() any { return new(sql.Null[time.Time]) }, src: nil, want: sql.Null[time.Time]{}},
		// bool
		{name: "bool/1", dst: func() any { return new(bool) }, src: int64(1), want: true},
		{name: "bool/0", dst: func() any { return new(bool) }, src: int64(0), want: false},
		{name: "bool/2", dst: func() any { return new(bool) }, src: int64(2), wantErr: coerce.ErrConvert},
		{name: "bool/bool", dst: func() any { return new(bool) }, src: true, want: true},
		{name: "bool/t", dst: func() any { return new(bool) }, src: "t", want: true},
		{name: "bool/TRUE", dst: func() any { return new(bool) }, src: "TRUE", want: true},
		{name: "bool/off", dst: func() any { return new(bool) }, src: []byte("off"), want: false},
		{name: "bool/yes", dst: func() any { return new(bool) }, src: "Yes", want: true},
		{name: "bool/maybe", dst: func() any { return new(bool) }, src: "maybe", wantErr: coerce.ErrConvert},
		{name: "bool/null", dst: func() any { return new(bool) }, src: nil, wantErr: coerce.ErrNull},
		{name: "bool/nullbool", dst: func() any { return new(sql.NullBool) }, src: int64(1), want: sql.NullBool{Bool: true, Valid: true}},
		// uuid
		{name: "uuid/36", dst: func() any { return new(uuid.UUID) }, src: "0f8fad5b-d9cb-469f-a165-70867728950e", want: u1},
		{name: "uuid/36-upper", dst: func() any { return new(uuid.UUID) }, src: "0F8FAD5B-D9CB-469F-A165-70867728950E", want: u1},
		{name: "uuid/32", dst: func() any { return new(uuid.UUID) }, src: "0f8fad5bd9cb469fa16570867728950e", want: u1},
		{name: "uuid/braced", dst: func() any { return new(uuid.UUID) }, src: "{0f8fad5b-d9cb-469f-a165-70867728950e}", want: u1},
		{name: "uuid/urn", dst: func() any { return new(uuid.UUID) }, src: "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e", want: u1},
		{name: "uuid/16-bytes", dst: func() any { return new(uuid.UUID) }, src: u1Raw, want: u1},
		{name: "uuid/36-bytes", dst: func() any { return new(uuid.UUID) }, src: []byte("0f8fad5b-d9cb-469f-a165-70867728950e"), want: u1},
		{name: "uuid/bad", dst: func() any { return new(uuid.UUID) }, src: "0f8fad5b-d9cb-469f-a165-70867728950g", wantErr: coerce.ErrConvert},
		{name: "uuid/short", dst: func() any { return new(uuid.UUID) }, src: "0f8fad5b", wantErr: coerce.ErrConvert},
		{name: "uuid/null", dst: func() any { return new(uuid.UUID) }, src: nil, wantErr: coerce.ErrNull},
		{name: "uuid/nulluuid", dst: func() any { return new(uuid.NullUUID) }, src: nil, want: uuid.NullUUID{}},
		{name: "uuid/nulluuid-32", dst: func() any { return new(uuid.NullUUID) }, src: "0f8fad5bd9cb469fa16570867728950e", want: uuid.NullUUID{UUID: u1, Valid: true}},
		// integers and floats
		{name: "int64/int", dst: func() any { return new(int64) }, src: int64(-5), want: int64(-5)},
		{name: "int64/text", dst: func() any { return new(int64) }, src: "42", want: int64(42)},
		{name: "int64/real-integral", dst: func() any { return new(int64) }, src: 3.0, want: int64(3)},
		{name: "int64/real-fraction", dst: func() any { return new(int64) }, src: 3.5, wantErr: coerce.ErrConvert},
		{name: "int64/null", dst: func() any { return new(int64) }, src: nil, wantErr: coerce.ErrNull},
		{name: "int8/overflow", dst: func() any { return new(int8) }, src: int64(300), wantErr: coerce.ErrConvert},
		{name: "int32/ok", dst: func() any { return new(int32) }, src: int64(-300), want: int32(-300)},
		{name: "uint16/negative", dst: func() any { return new(uint16) }, src: int64(-1), wantErr: coerce.ErrConvert},
		{name: "uint64/text", dst: func() any { return new(uint64) }, src: "18446744073709551615", want: uint64(math.MaxUint64)},
		{name: "nullint64/null", dst: func() any { return new(sql.NullInt64) }, src: nil, want: sql.NullInt64{}},
		{name: "nullint64/value", dst: func() any { return new(sql.NullInt64) }, src: int64(0), want: sql.NullInt64{Valid: true}},
		{name: "float64/real", dst: func() any { return new(float64) }, src: 1.25, want: 1.25},
		{name: "float64/int", dst: func() any { return new(float64) }, src: int64(7), want: 7.0},
		{name: "float64/int-inexact", dst: func() any { return new(float64) }, src: int64(1<<53 + 1), wantErr: coerce.ErrConvert},
		{name: "float64/text", dst: func() any { return new(float64) }, src: "12.5", want: 12.5},
		{name: "float32/real", dst: func() any { return new(float32) }, src: 0.5, want: float32(0.5)},
		// strings, bytes, any
		{name: "string/text", dst: func() any { return new(string) }, src: "hé", want: "hé"},
		{name: "string/bytes", dst: func() any { return new(string) }, src: []byte("x"), want: "x"},
		{name: "string/int", dst: func() any { return new(string) }, src: int64(12), want: "12"},
		{name: "string/empty", dst: func() any { return new(string) }, src: "", want: ""},
		{name: "string/null", dst: func() any { return new(string) }, src: nil, wantErr: coerce.ErrNull},
		{name: "string/ptr-null", dst: func() any { return new(*string) }, src: nil, want: (*string)(nil)},
		{name: "string/nullstring", dst: func() any { return new(sql.NullString) }, src: "", want: sql.NullString{Valid: true}},
		{name: "bytes/bytes", dst: func() any { return new([]byte) }, src: []byte{0, 1}, want: []byte{0, 1}},
		{name: "bytes/null", dst: func() any { return new([]byte) }, src: nil, want: []byte(nil)},
		{name: "any/int", dst: func() any { return new(any) }, src: int64(1), want: any(int64(1))},
		// json
		{name: "json/text", json: true, dst: func() any { return new(Meta) }, src: `{"tags":["a"],"score":2}`, want: Meta{Tags: []string{"a"}, Score: 2}},
		{name: "json/bytes", json: true, dst: func() any { return new(map[string]int) }, src: []byte(`{"a":1}`), want: map[string]int{"a": 1}},
		{name: "json/null-into-map", json: true, dst: func() any { return new(map[string]int) }, src: nil, want: map[string]int(nil)},
		{name: "json/null-into-struct", json: true, dst: func() any { return new(Meta) }, src: nil, wantErr: coerce.ErrNull},
		{name: "json/null-into-ptr", json: true, dst: func() any { return new(*Meta) }, src: nil, want: (*Meta)(nil)},
		{name: "json/invalid", json: true, dst: func() any { return new(Meta) }, src: `{"tags":`, wantErr: coerce.ErrConvert},
		{name: "json/int", json: true, dst: func() any { return new(Meta) }, src: int64(1), wantErr: coerce.ErrConvert},
		{name: "json/raw", json: true, dst: func() any { return new(json.RawMessage) }, src: `[1,2]`, want: json.RawMessage(`[1,2]`)},
		// user Scanner
		{name: "scanner/meta", dst: func() any { return new(Meta) }, src: `{"score":9}`, want: Meta{Score: 9}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dst := tc.dst()
			var opts []coerce.IntoOption
			opts = append(opts, coerce.WithColumn("c"))
			if tc.json {
				opts = append(opts, coerce.WithJSON())
			}
			err := coerce.Into(dst, opts...).Scan(tc.src)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("Scan(%#v) into %T: err = %v, want %v", tc.src, dst, err, tc.wantErr)
				}
				var e *coerce.Error
				if !errors.As(err, &e) || e.Column != "c" || e.Type != reflect.TypeOf(dst).Elem() {
					t.Fatalf("error %v: want *coerce.Error naming column c and type %T", err, dst)
				}
				if !strings.Contains(err.Error(), `column "c"`) || !strings.Contains(err.Error(), reflect.TypeOf(dst).Elem().String()) {
					t.Fatalf("error text %q must name the column and the Go type", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Scan(%#v) into %T: %v", tc.src, dst, err)
			}
			got := reflect.ValueOf(dst).Elem().Interface()
			if !same(got, tc.want) {
				t.Fatalf("Scan(%#v) into %T = %#v, want %#v", tc.src, dst, got, tc.want)
			}
		})
	}
}

// TestInto_bytesAreCopied pins that a driver []byte (reused by the driver
// for the next row) never leaks into the destination.
func TestInto_bytesAreCopied(t *testing.T) {
	t.Parallel()
	buf := []byte("paid")
	var s Status
	var b []byte
	var str string
	for _, sc := range []sql.Scanner{coerce.Into(&s), coerce.Into(&b), coerce.Into(&str)} {
		if err := sc.Scan(buf); err != nil {
			t.Fatal(err)
		}
	}
	copy(buf, "XXXX")
	if s != "paid" || string(b) != "paid" || str != "paid" {
		t.Fatalf("values alias the driver buffer: %q %q %q", s, b, str)
	}
}

func TestInto_errors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		dst     any
		src     any
		wantErr error
		text    []string
	}{
		{name: "nil-pointer", dst: (*int)(nil), src: int64(1), wantErr: coerce.ErrDestination, text: []string{"non-nil pointer"}},
		{name: "not-pointer", dst: 3, src: int64(1), wantErr: coerce.ErrDestination},
		{name: "chan", dst: new(chan int), src: int64(1), wantErr: coerce.ErrDestination, text: []string{"chan int", "type=json"}},
		{name: "plain-struct", dst: new(struct{ A int }), src: "x", wantErr: coerce.ErrDestination},
		{name: "enum-value-named", dst: new(Status), src: "lost", wantErr: coerce.ErrNotMember, text: []string{`"lost"`, "coerce_test.Status", `["new" "paid" "shipped"]`}},
		{name: "null-hint", dst: new(int64), src: nil, wantErr: coerce.ErrNull, text: []string{"NULL", "int64", "sql.Null[T]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			err := coerce.Into(tc.dst).Scan(tc.src)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if !strings.HasPrefix(err.Error(), "ferro/coerce: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
			for _, s := range tc.text {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %q", err, s)
				}
			}
		})
	}
}
