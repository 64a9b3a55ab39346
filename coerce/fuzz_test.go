package coerce

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
)

// FuzzSmallDecimal checks the shopspring fast path against the library's
// own parser: same value, same scale, and no input accepted that the
// library rejects.
func FuzzSmallDecimal(f *testing.F) {
	for _, s := range []string{"0", "1.50", "-0.001", "+7", ".5", "5.", "-", "", "1e5", "123456789012345678", "1234567890123456789", "00.10", "1.2.3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		coef, exp, ok := smallDecimal(s)
		if !ok {
			return
		}
		want, err := decimal.NewFromString(s)
		if err != nil {
			t.Fatalf("smallDecimal accepted %q, which shopspring rejects: %v", s, err)
		}
		got := decimal.New(coef, exp)
		if !got.Equal(want) || got.Exponent() != want.Exponent() {
			t.Fatalf("smallDecimal(%q) = %s (exp %d), want %s (exp %d)", s, got, got.Exponent(), want, want.Exponent())
		}
	})
}

// FuzzShortFloat checks the float fast path against the definition: the
// decimal strconv's shortest 'g' form parses to.
func FuzzShortFloat(f *testing.F) {
	for _, v := range []float64{0, 1.5, 0.1, -0.3, 1234.5678, 999999.999999, 0.0001, 1e-5, 1e6, 123456.7890123, 1.0 / 3, 2.675} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v float64) {
		coef, exp, ok := shortFloat(v)
		if !ok {
			return
		}
		want := decimal.RequireFromString(strconv.FormatFloat(v, 'g', -1, 64))
		got := decimal.New(coef, exp)
		if !got.Equal(want) || got.Exponent() != want.Exponent() {
			t.Fatalf("shortFloat(%v) = %s (exp %d), want %s (exp %d)", v, got, got.Exponent(), want, want.Exponent())
		}
	})
}

// FuzzParseTime checks the hand-written time parser against time.Parse on
// the layouts it claims, and that it never accepts what none of them does.
func FuzzParseTime(f *testing.F) {
	for _, s := range []string{
		"2024-03-09", "2024-03-09 10:11:12", "2024-03-09T10:11:12.123456789Z", "2024-03-09 10:11:12.5+02:00",
		"2024-03-09 10:11:12-0530", "2024-03-09 10:11:12+02", "10:11:12", "10:11", "2024-02-30", "2024-03-09 24:00:00",
		"2024-03-09 10:11:12.123456789 +0200 CEST", "2024-03-09 10:11:12 +0000 UTC m=+0.1", "0000-01-01 00:00:00Z",
		"00:00+00", "00:00 +0001 UTC", // found by fuzzing
		"24:00:00", "24:00:00+02", "01:00:00+02", "23:30-02", "2024-03-09 24:00:00Z", "24:00:00.5", // issue 13 item 4
	} {
		f.Add(s)
	}
	var layouts []string
	for _, clock := range []string{"15:04", "15:04:05.999999999"} {
		for _, zone := range []string{"", "Z07:00", "Z0700", "Z07", " Z07:00", " Z0700", " Z07", " -0700 MST"} {
			layouts = append(layouts, "2006-01-02 "+clock+zone, "2006-01-02T"+clock+zone, clock+zone)
		}
	}
	layouts = append(layouts, "2006-01-02")
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseTime(s)
		if err != nil {
			return
		}
		if got.Location() != time.UTC {
			t.Fatalf("parseTime(%q) is not UTC", s)
		}
		in := s
		if i := strings.Index(in, " m="); i > 0 {
			in = in[:i]
		}
		in = strings.Replace(in, "t", "T", 1)
		in = strings.Replace(in, "z", "Z", 1)
		in = strings.Replace(in, ",", ".", 1)
		// 24:00 is the end of the day (time.Parse refuses hour 24): parse
		// 00:00 and add a day.
		clock, timeOfDay := 11, !strings.HasPrefix(in[min(len(in), 4):], "-")
		if timeOfDay {
			clock = 0
		}
		endOfDay := len(in) >= clock+2 && in[clock:clock+2] == "24"
		if endOfDay {
			in = in[:clock] + "00" + in[clock+2:]
		}
		for _, l := range layouts {
			if want, err := time.Parse(l, in); err == nil {
				if endOfDay {
					want = want.Add(24 * time.Hour)
				}
				// A time of day alone is its UTC clock time on 0000-01-01,
				// the offset taken modulo 24 hours.
				if _, off := want.Zone(); timeOfDay && off != 0 {
					zero := time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC)
					want = zero.Add((want.Sub(zero)%(24*time.Hour) + 24*time.Hour) % (24 * time.Hour))
				}
				if strings.HasSuffix(l, "MST") && (strings.HasSuffix(in, "UTC") || strings.HasSuffix(in, "GMT")) {
					return // time.Parse lets a UTC/GMT abbreviation override the numeric offset; ferro trusts the number
				}
				if !got.Equal(want) {
					t.Fatalf("parseTime(%q) = %v, time.Parse(%q) = %v", s, got, l, want)
				}
				return
			}
		}
		// Forms time.Parse has no single layout for (zone abbreviations
		// other than the reference one) must at least round-trip.
		if !strings.Contains(s, " ") {
			t.Fatalf("parseTime accepted %q, which no claimed layout parses", s)
		}
	})
}

// FuzzParseUUID checks the UUID parser against google/uuid.
func FuzzParseUUID(f *testing.F) {
	for _, s := range []string{"0f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5bd9cb469fa16570867728950e", "{0f8fad5b-d9cb-469f-a165-70867728950e}",
		"urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5b-d9cb-469f-a165-70867728950", "zz",
		"000000000-0000-0000-0000-0000000000000", // found by fuzzing
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got [16]byte
		err := parseUUID(s, &got)
		want, werr := uuid.Parse(s)
		if err == nil && werr != nil {
			t.Fatalf("parseUUID accepted %q, which uuid.Parse rejects: %v", s, werr)
		}
		// uuid.Parse is laxer about the 38-char form: it drops the first and
		// last character without checking for braces.
		if err != nil && werr == nil && !(len(s) == 38 && (s[0] != '{' || s[37] != '}')) {
			t.Fatalf("parseUUID(%q) err = %v, uuid.Parse accepts it", s, err)
		}
		if err == nil && got != want {
			t.Fatalf("parseUUID(%q) = %x, want %x", s, got, want)
		}
		if err == nil && formatUUID(&got) != want.String() {
			t.Fatalf("formatUUID = %s, want %s", formatUUID(&got), want)
		}
	})
}

// TestShortFloat_random drives shortFloat through the range it serves:
// short decimals (typical money and scores) and arbitrary doubles.
func TestShortFloat_random(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(3, 4))
	hits := 0
	for i := 0; i < 300000; i++ {
		var v float64
		if i%2 == 0 {
			v = float64(r.Int64N(2e9)-1e9) / pow10[r.IntN(len(pow10))]
		} else {
			v = (r.Float64()*2 - 1) * math.Pow(10, float64(r.IntN(11)-5))
		}
		coef, exp, ok := shortFloat(v)
		if !ok {
			continue
		}
		hits++
		want := decimal.RequireFromString(strconv.FormatFloat(v, 'g', -1, 64))
		if got := decimal.New(coef, exp); !got.Equal(want) || got.Exponent() != want.Exponent() {
			t.Fatalf("shortFloat(%v) = %s (exp %d), want %s (exp %d)", v, got, got.Exponent(), want, want.Exponent())
		}
	}
	if hits < 100000 {
		t.Fatalf("only %d values took the fast path", hits)
	}
}
