package postgres

import (
	"slices"
	"testing"
)

// The forms Postgres prints for ferro's enum check (pg_get_constraintdef
// pretty output, PostgreSQL 15), and checks that must stay opaque.
func TestPgCheck(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, def, col string
		values         []string
		expr           string
	}{
		{"text", `CHECK (a = ANY (ARRAY['x'::text, 'y'::text]))`, "a", []string{"x", "y"}, ""},
		{"varchar", `CHECK (b::text = ANY (ARRAY['p'::character varying, 'q'::character varying]::text[]))`, "b", []string{"p", "q"}, ""},
		{"one value", `CHECK (c = 'only'::text)`, "c", []string{"only"}, ""},
		{"quoted column and quote", `CHECK ("Weird Col" = ANY (ARRAY['it''s'::text, 'b'::text]))`, "Weird Col", []string{"it's", "b"}, ""},
		{"comparison", `CHECK (age > 0)`, "", nil, "age > 0"},
		{"not equal", `CHECK (a <> ALL (ARRAY['x'::text]))`, "", nil, "a <> ALL (ARRAY['x'::text])"},
		{"or", `CHECK (a = 'x'::text OR a IS NULL)`, "", nil, "a = 'x'::text OR a IS NULL"},
		{"not valid", `CHECK (a = 'x'::text) NOT VALID`, "", nil, `CHECK (a = 'x'::text) NOT VALID`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ck := pgCheck("n", tc.def)
			if ck.Column != tc.col || !slices.Equal(ck.Values, tc.values) || ck.Expr != tc.expr || (tc.values == nil) != (ck.Values == nil) {
				t.Fatalf("pgCheck(%q) = %+v", tc.def, *ck)
			}
		})
	}
}

// The forms PostgreSQL 15 prints (pg_get_constraintdef pretty output) for
// the integer enum check `"col" IN (...)` (issue 12 item 5), on bigint, int
// and smallint columns; a text enum of digits stays a text enum.
func TestPgCheck_integerEnum(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, def, col string
		values         []string
		ints           bool
	}{
		{"bigint", `CHECK (a = ANY (ARRAY[1::bigint, 2::bigint, '-3'::integer::bigint]))`, "a", []string{"1", "2", "-3"}, true},
		{"smallint", `CHECK (b = ANY (ARRAY[0, 5]))`, "b", []string{"0", "5"}, true},
		{"one value", `CHECK (c = 7)`, "c", []string{"7"}, true},
		{"extremes", `CHECK (d = ANY (ARRAY['9223372036854775807'::bigint, '-1'::integer::bigint]))`, "d", []string{"9223372036854775807", "-1"}, true},
		{"one negative", `CHECK (c = '-1'::integer)`, "c", []string{"-1"}, true},
		{"text digits", `CHECK (s = '1'::text)`, "s", []string{"1"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ck := pgCheck("n", tc.def)
			if ck.Column != tc.col || !slices.Equal(ck.Values, tc.values) || ck.Ints != tc.ints || (ck.Expr == "") != (tc.values != nil) {
				t.Fatalf("pgCheck(%q) = %+v", tc.def, *ck)
			}
		})
	}
}

func FuzzPgCheck(f *testing.F) {
	f.Add(`CHECK (a = ANY (ARRAY['x'::text, 'y'::text]))`)
	f.Add(`CHECK ("a""b" = 'x'::text)`)
	f.Fuzz(func(t *testing.T, def string) {
		ck := pgCheck("n", def)
		switch {
		case ck.Values != nil && (ck.Column == "" || ck.Expr != ""):
			t.Fatalf("pgCheck(%q) = %+v: an enum check must have a column and no expression", def, *ck)
		case ck.Values == nil && ck.Column != "":
			t.Fatalf("pgCheck(%q) = %+v: an opaque check has no column", def, *ck)
		}
	})
}
