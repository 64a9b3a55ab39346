package coerce

import (
	"slices"
	"strings"
	"testing"
)

func TestParsePGArray(t *testing.T) {
	t.Parallel()
	s := func(v string) *string { return &v }
	for _, tc := range []struct {
		in   string
		want []*string
		err  string
	}{
		{in: "{}", want: []*string{}},
		{in: "{a,b}", want: []*string{s("a"), s("b")}},
		{in: `{"a,b","x \"y\" \\z",NULL,"NULL",""}`, want: []*string{s("a,b"), s(`x "y" \z`), nil, s("NULL"), s("")}},
		{in: "{1,-2}", want: []*string{s("1"), s("-2")}},
		{in: "{{1,2},{3,4}}", err: "nested"},
		{in: "[0:1]={1,2}", err: "want {...}"},
		{in: `{"a}`, err: "unterminated quote"},
		{in: `{"a"b}`, err: "want , between"},
		{in: "", err: "want {...}"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := parsePGArray(tc.in)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("parsePGArray(%q) = %v, %v; want an error with %q", tc.in, got, err, tc.err)
				}
				return
			}
			if err != nil || !slices.EqualFunc(got, tc.want, func(a, b *string) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }) {
				t.Fatalf("parsePGArray(%q) = %v, %v", tc.in, got, err)
			}
		})
	}
}

// pgArrayLiteral writes elems as PostgreSQL writes a text[] value, every
// element quoted.
func pgArrayLiteral(elems []string) string {
	var b strings.Builder
	b.WriteByte('{')
	for i, e := range elems {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(e) + `"`)
	}
	return b.String() + "}"
}

func FuzzParsePGArray(f *testing.F) {
	for _, s := range []string{"{}", "{a,b}", `{"a\"b",NULL}`, "{{1}}", `{"`} {
		f.Add(s, "x", "y")
	}
	f.Fuzz(func(t *testing.T, lit, a, b string) {
		parsePGArray(lit) // never panics
		got, err := parsePGArray(pgArrayLiteral([]string{a, b}))
		if err != nil || len(got) != 2 || got[0] == nil || *got[0] != a || got[1] == nil || *got[1] != b {
			t.Fatalf("round trip of %q, %q: %v, %v", a, b, got, err)
		}
	})
}
