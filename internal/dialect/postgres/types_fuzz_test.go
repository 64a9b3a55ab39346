package postgres

import (
	"testing"

	"github.com/ferrosql/ferro/schema"
)

// FuzzLiveType: a live spelling maps to a known type whose own spelling maps
// back to it, or to unknown(<the spelling>) — never to a guess.
//
// It lives with the dialect rather than in package catalog, whose test
// binary links both drivers and testdb: go test -fuzz scans every linked
// package's coverage counters on each input, so there it ran at a few
// thousand inputs a second (issue 13 item 13).
func FuzzLiveType(f *testing.F) {
	for _, s := range []string{"INTEGER", "DOUBLE", "BLOB", "DATETIME", "VARCHAR(20)", "NUMERIC(10,2)", "DECIMAL_TEXT(12,2)",
		"character varying(32)", "timestamp with time zone", "int8", "float8", "jsonb", "json", "mood", "text[]", ""} {
		f.Add(s)
	}
	d := Dialect{}
	f.Fuzz(func(t *testing.T, s string) {
		typ := d.LiveType(s)
		if typ.Kind == schema.KindUnknown {
			if typ.Raw != s {
				t.Fatalf("LiveType(%q) = unknown(%q), want the spelling kept", s, typ.Raw)
			}
			return
		}
		spelled, err := d.ColumnType(&schema.Column{Name: "c", Type: typ})
		if err != nil {
			t.Fatalf("LiveType(%q) = %s, which the dialect cannot spell: %v", s, typ, err)
		}
		if back := d.LiveType(spelled); back != typ {
			t.Fatalf("LiveType(%q) = %s, spelled %q, reads back as %s", s, typ, spelled, back)
		}
	})
}
