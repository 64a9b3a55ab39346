package fuzzing

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/ferrosql/ferro/coerce"
)

// FuzzDecimalText checks coerce's decimal text reading (its allocation-free
// fast path and the fallback) against shopspring's own parser: same value,
// same scale, and no input accepted that the library rejects.
func FuzzDecimalText(f *testing.F) {
	for _, s := range []string{"0", "1.50", "-0.001", "+7", ".5", "5.", "-", "", "1e5", "123456789012345678", "1234567890123456789", "00.10", "1.2.3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got decimal.Decimal
		err := coerce.Into(&got).Scan(s)
		want, werr := decimal.NewFromString(s)
		switch {
		case err == nil && werr != nil:
			t.Fatalf("read %q, which shopspring rejects: %v", s, werr)
		case err != nil && werr == nil:
			t.Fatalf("refused %q (%v), which shopspring reads as %s", s, err, want)
		case err == nil && (!got.Equal(want) || got.Exponent() != want.Exponent()):
			t.Fatalf("read %q as %s (exp %d), want %s (exp %d)", s, got, got.Exponent(), want, want.Exponent())
		}
	})
}

// FuzzDecimalFloat checks that a REAL reads as the decimal of its shortest
// round-trip form (strconv 'g', -1), never 1.50000000001.
func FuzzDecimalFloat(f *testing.F) {
	for _, v := range []float64{0, 1.5, 0.1, -0.3, 1234.5678, 999999.999999, 0.0001, 1e-5, 1e6, 123456.7890123, 1.0 / 3, 2.675} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v float64) {
		var got decimal.Decimal
		if err := coerce.Into(&got).Scan(v); err != nil {
			return // NaN and infinities have no decimal
		}
		want := decimal.RequireFromString(strconv.FormatFloat(v, 'g', -1, 64))
		if !got.Equal(want) || got.Exponent() != want.Exponent() {
			t.Fatalf("read %v as %s (exp %d), want %s (exp %d)", v, got, got.Exponent(), want, want.Exponent())
		}
	})
}

// FuzzTimeText checks coerce's time text parser against time.Parse on the
// layouts it claims, with its two documented departures (a time of day
// alone is its UTC clock time on 0000-01-01, the offset taken modulo 24
// hours; 24:00:00 is the end of the day), and that it never accepts what
// none of the layouts does.
func FuzzTimeText(f *testing.F) {
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
	const day = 24 * time.Hour
	zero := time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		var got time.Time
		if err := coerce.Into(&got).Scan(s); err != nil {
			return
		}
		if got.Location() != time.UTC {
			t.Fatalf("read %q as %v, not UTC", s, got)
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
			want, err := time.Parse(l, in)
			if err != nil {
				continue
			}
			if strings.HasSuffix(l, "MST") && (strings.HasSuffix(in, "UTC") || strings.HasSuffix(in, "GMT")) {
				return // time.Parse lets a UTC/GMT abbreviation override the numeric offset; ferro trusts the number
			}
			if endOfDay {
				want = want.Add(day)
			}
			if _, off := want.Zone(); timeOfDay && off != 0 {
				want = zero.Add((want.Sub(zero)%day + day) % day)
			}
			if !got.Equal(want) {
				t.Fatalf("read %q as %v, time.Parse(%q) = %v", s, got, l, want)
			}
			return
		}
		// Forms time.Parse has no single layout for (zone abbreviations
		// other than the reference one) contain a blank.
		if !strings.Contains(s, " ") {
			t.Fatalf("read %q, which no claimed layout parses", s)
		}
	})
}

// FuzzUUIDText checks coerce's UUID text parser against google/uuid.
func FuzzUUIDText(f *testing.F) {
	for _, s := range []string{"0f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5bd9cb469fa16570867728950e", "{0f8fad5b-d9cb-469f-a165-70867728950e}",
		"urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5b-d9cb-469f-a165-70867728950", "zz",
		"000000000-0000-0000-0000-0000000000000", // found by fuzzing
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) == 16 {
			return // 16 bytes are a raw UUID, not text
		}
		var got uuid.UUID
		err := coerce.Into(&got).Scan(s)
		want, werr := uuid.Parse(s)
		if err == nil && werr != nil {
			t.Fatalf("read %q, which uuid.Parse rejects: %v", s, werr)
		}
		// uuid.Parse is laxer about the 38-char form: it drops the first and
		// last character without checking for braces.
		if err != nil && werr == nil && !(len(s) == 38 && (s[0] != '{' || s[37] != '}')) {
			t.Fatalf("refused %q (%v), which uuid.Parse accepts", s, err)
		}
		if err == nil && got != want {
			t.Fatalf("read %q as %s, want %s", s, got, want)
		}
	})
}
