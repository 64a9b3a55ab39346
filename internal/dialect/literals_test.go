package dialect

import (
	"testing"

	"github.com/ferrosql/ferro/schema"
)

func TestNormalizeDefault(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		kind schema.Kind
		want string
	}{
		{"'draft'::text", schema.KindText, "'draft'"},
		{"('-1'::integer)", schema.KindInt, "-1"},
		{"'t'", schema.KindBoolean, "true"},
		{"current_timestamp", schema.KindTimestamp, "CURRENT_TIMESTAMP"},
		{"NULL", schema.KindText, ""},
		{"NOW()", schema.KindTimestamptz, "now()"},
		{"'it''s'", schema.KindText, "'it''s'"},
		{"1 + 2", schema.KindInt, "1 + 2"},
		{"'5'::character varying", schema.KindVarchar, "'5'"},
		// Issue 20 item 4: blanks in a call are normalised here, not by
		// SplitLiteral.
		{"now ()", schema.KindTimestamptz, "now()"},
		{"NOW(\n\t)", schema.KindTimestamptz, "now()"},
		{"(gen_random_uuid ( ))::uuid", schema.KindUUID, "gen_random_uuid()"},
	} {
		if got := NormalizeDefault(tc.in, schema.Type{Kind: tc.kind}); got != tc.want {
			t.Errorf("NormalizeDefault(%q, %s) = %q, want %q", tc.in, tc.kind, got, tc.want)
		}
	}
}

func TestSplitLiteral(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, lit, rest string }{
		{"'a' || 'b'", "'a'", "|| 'b'"},
		{"-1.5e3", "-1.5e3", ""},
		{"now() at time zone 'utc'", "now()", "at time zone 'utc'"},
		{"lower(x)", "", ""},
		{"('x')::text", "('x')", "::text"},
		// Issue 20 item 4: a cut of the input, never rebuilt text
		// (SplitLiteral("A ()") was "A()", "").
		{"A ()", "A ()", ""},
		{"now ( ) + 1", "now ( )", "+ 1"},
		{"now(\n) at time zone 'utc'", "now(\n)", "at time zone 'utc'"},
		{"now\u00a0()", "", ""}, // no blank to SQL: part of a name to PostgreSQL
		{"now (/**/)", "", ""},
		{"NULL  ", "NULL", ""},
	} {
		lit, rest := SplitLiteral(tc.in)
		if lit != tc.lit || rest != tc.rest {
			t.Errorf("SplitLiteral(%q) = %q, %q; want %q, %q", tc.in, lit, rest, tc.lit, tc.rest)
		}
	}
	if Quote(`a"b`) != `"a""b"` || QuoteString("it's") != `'it''s'` {
		t.Fatal("quoting")
	}
}

func FuzzNormalizeDefault(f *testing.F) {
	for _, s := range []string{"'x'::text", "((1))", "now()", "'t'", "-1e5", "(('a'))::x::y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, k := range []schema.Kind{schema.KindText, schema.KindInt, schema.KindBoolean} {
			n := NormalizeDefault(s, schema.Type{Kind: k})
			if again := NormalizeDefault(n, schema.Type{Kind: k}); again != n {
				t.Fatalf("not idempotent: %q -> %q -> %q", s, n, again)
			}
		}
	})
}
