package coerce_test

import (
	"testing"
	"time"

	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
)

// TestTimeOfDay pins issue 13 item 4 on both engines: Postgres
// '24:00:00'::time (which pgx returns as text) failed with "time of day out
// of range", and '01:00:00+02'::timetz read as -0001-12-31 23:00:00 UTC
// although docs/coercion.md promises a clock time on 0000-01-01 UTC. The
// rule: a time of day reads as its UTC clock time on 0000-01-01, an offset
// subtracted modulo 24 hours; 24:00:00 (the end of the day) reads as
// 0000-01-02 00:00:00 UTC, so it sorts after 23:59:59.
func TestTimeOfDay(t *testing.T) {
	t.Parallel()
	day := func(d, h, m, s int) time.Time { return time.Date(0, 1, d, h, m, s, 0, time.UTC) }
	tests := []struct {
		name, pg, sqlite string
		want             time.Time
	}{
		{"plain", `'10:11:12'::time`, `'10:11:12'`, day(1, 10, 11, 12)},
		{"end of day", `'24:00:00'::time`, `'24:00:00'`, day(2, 0, 0, 0)},
		{"midnight", `'00:00:00'::time`, `'00:00:00'`, day(1, 0, 0, 0)},
		{"offset east wraps", `'01:00:00+02'::timetz`, `'01:00:00+02'`, day(1, 23, 0, 0)},
		{"offset west wraps", `'23:30:00-02'::timetz`, `'23:30:00-02'`, day(1, 1, 30, 0)},
		{"offset within the day", `'10:00:00+02'::timetz`, `'10:00:00+02'`, day(1, 8, 0, 0)},
		{"end of day with offset", `'24:00:00+02'::timetz`, `'24:00:00+02'`, day(1, 22, 0, 0)},
		{"UTC offset", `'10:00:00+00'::timetz`, `'10:00:00+00'`, day(1, 10, 0, 0)},
	}
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				q := "SELECT " + tc.sqlite
				if e.Name == "postgres" {
					q = "SELECT " + tc.pg
				}
				var got time.Time
				if err := db.QueryRow(q).Scan(coerce.Into(&got)); err != nil {
					t.Fatalf("%s: %v", q, err)
				}
				if !got.Equal(tc.want) || got.Location() != time.UTC {
					t.Fatalf("%s: got %v, want %v", q, got, tc.want)
				}
			})
		}
	})
}

// Hours past 24 and 24:00 with minutes, seconds or a fraction are not a
// time of day: an error, never a wrapped value.
func TestTimeOfDay_outOfRange(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"24:00:01", "24:01:00", "24:00:00.5", "25:00:00", "23:60:00", "2024-03-09 24:00:01"} {
		var got time.Time
		if err := coerce.Into(&got).Scan(s); err == nil {
			t.Errorf("%q read as %v, want an error", s, got)
		}
	}
}
