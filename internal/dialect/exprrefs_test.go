package dialect

import (
	"slices"
	"testing"
)

var (
	sqliteLex   = Lexicon{FoldQuoted: true, Backticks: true, Brackets: true}
	postgresLex = Lexicon{DollarQuotes: true, EscapeStrings: true, NestedComments: true}
)

func refNames(lx Lexicon, expr string) []string {
	var out []string
	for _, r := range lx.ColumnRefs(expr) {
		out = append(out, r.Name)
	}
	return out
}

// Regression (issue 8): column references in index expressions, partial
// index predicates and checks were found by a regular expression that took
// words inside string literals for columns and missed names spelled in
// another case.
func TestLexicon_ColumnRefs(t *testing.T) {
	for _, tc := range []struct {
		name string
		lx   Lexicon
		expr string
		want []string
	}{
		{"call", sqliteLex, `lower(legacy)`, []string{"legacy"}},
		{"string literal", sqliteLex, `name <> 'legacy' AND 'it''s legacy' <> ''`, []string{"name", "AND"}},
		{"quoted", sqliteLex, `"Leg""acy" IS NOT NULL`, []string{`Leg"acy`, "IS", "NOT", "NULL"}},
		{"backtick bracket", sqliteLex, "`a` + [b c]", []string{"a", "b c"}},
		{"blob", sqliteLex, `x = X'00ff'`, []string{"x"}},
		{"comments", sqliteLex, "a /* legacy */ + b -- legacy\n", []string{"a", "b"}},
		{"qualifier", sqliteLex, `things.legacy > 0`, []string{"legacy"}},
		{"cast", sqliteLex, `CAST(legacy AS numeric(10, 2)) > 0`, []string{"legacy"}},
		{"collate", sqliteLex, `legacy COLLATE nocase`, []string{"legacy"}},
		{"number", sqliteLex, `a > 1e-5 AND b < 0x1F`, []string{"a", "AND", "b"}},
		{"pg cast", postgresLex, `(legacy)::text = 'x'::character varying`, []string{"legacy"}},
		{"pg multiword cast", postgresLex, `a::timestamp(3) with time zone < b::double precision`, []string{"a", "b"}},
		{"pg array cast", postgresLex, `a::integer[] && b`, []string{"a", "b"}},
		{"pg qualified cast", postgresLex, `a::pg_catalog.text`, []string{"a"}},
		{"pg e string", postgresLex, `a = E'it\'s legacy'`, []string{"a"}},
		{"pg dollar", postgresLex, `a = $q$legacy$q$ OR b = $$x$$`, []string{"a", "OR", "b"}},
		{"pg nested comment", postgresLex, `a /* x /* legacy */ y */ + b`, []string{"a", "b"}},
		{"pg quoted", postgresLex, `"Legacy" > 0`, []string{"Legacy"}},
		{"brackets are arrays on postgres", postgresLex, `a[1] + b`, []string{"a", "b"}},
		{"unterminated", sqliteLex, `a = "legacy`, []string{"a", "legacy"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := refNames(tc.lx, tc.expr); !slices.Equal(got, tc.want) {
				t.Fatalf("ColumnRefs(%q) = %q, want %q", tc.expr, got, tc.want)
			}
		})
	}
}

// The engines compare identifiers differently: SQLite ASCII-case-
// insensitively, quoted or not; PostgreSQL folds unquoted names to lower
// case and compares quoted ones exactly.
func TestLexicon_Mentions(t *testing.T) {
	for _, tc := range []struct {
		lx     Lexicon
		expr   string
		column string
		want   bool
	}{
		{sqliteLex, `lower(LEGACY)`, "legacy", true},
		{sqliteLex, `"LEGACY" > 0`, "legacy", true},
		{sqliteLex, `[Legacy] > 0`, "legacy", true},
		{sqliteLex, `name <> 'legacy'`, "legacy", false},
		{sqliteLex, `legacy(name)`, "legacy", false},
		{sqliteLex, `legacy_id > 0`, "legacy", false},
		{sqliteLex, `lower(légacy)`, "LÉGACY", false}, // only ASCII letters fold
		{postgresLex, `lower(legacy)`, "legacy", true},
		{postgresLex, `LEGACY > 0`, "legacy", true},
		{postgresLex, `"LEGACY" > 0`, "legacy", false},
		{postgresLex, `"Legacy" > 0`, "Legacy", true},
		{postgresLex, `Legacy > 0`, "Legacy", false},
	} {
		if got := tc.lx.Mentions(tc.expr, tc.column); got != tc.want {
			t.Errorf("Mentions(%q, %q) = %v, want %v", tc.expr, tc.column, got, tc.want)
		}
	}
}

// ColumnRefs never panics and its offsets always point at the reference.
func FuzzLexicon_ColumnRefs(f *testing.F) {
	for _, s := range []string{`lower("a""b")`, "`x` + [y", `a::numeric(1,`, `E'\`, `$a$`, `/* /*`, `x'`, `CAST(a AS`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lx := range []Lexicon{sqliteLex, postgresLex} {
			for _, r := range lx.ColumnRefs(s) {
				if r.Start < 0 || r.End > len(s) || r.Start >= r.End {
					t.Fatalf("ColumnRefs(%q): bad offsets %+v", s, r)
				}
				if !r.Quoted && s[r.Start:r.End] != r.Name {
					t.Fatalf("ColumnRefs(%q): %+v does not point at its name", s, r)
				}
			}
		}
	})
}

// RenameColumn rewrites references token by token, never a substring: a
// longer name, a string, a function or another table's qualifier stay.
func TestLexicon_RenameColumn(t *testing.T) {
	for _, tc := range []struct {
		lx         Lexicon
		expr, want string
	}{
		{sqliteLex, `lower(MAIL) <> 'mail' AND mail_old IS NULL AND mail(x)`, `lower("email") <> 'mail' AND mail_old IS NULL AND mail(x)`},
		{sqliteLex, `[Mail] || "mail" || t.mail`, `"email" || "email" || t."email"`},
		{postgresLex, `(mail)::text <> ''::text AND "Mail" IS NULL`, `("email")::text <> ''::text AND "Mail" IS NULL`},
		{postgresLex, `name IS NULL`, `name IS NULL`},
	} {
		if got := tc.lx.RenameColumn(tc.expr, "mail", "email"); got != tc.want {
			t.Errorf("RenameColumn(%q) = %q, want %q", tc.expr, got, tc.want)
		}
	}
}

// RenameColumn never panics, leaves no reference to the old name and
// changes nothing else: renaming back gives the references of the input.
func FuzzLexicon_RenameColumn(f *testing.F) {
	for _, s := range []string{`lower(a) <> 'a'`, `"A" + [a] + t.a`, `a::a`, `CAST(a AS a)`, `a COLLATE a`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lx := range []Lexicon{sqliteLex, postgresLex} {
			out := lx.RenameColumn(s, "a", "zz")
			if lx.Mentions(out, "a") {
				t.Fatalf("RenameColumn(%q) = %q still mentions a", s, out)
			}
			if len(lx.ColumnRefs(out)) != len(lx.ColumnRefs(s)) {
				t.Fatalf("RenameColumn(%q) = %q: references %d, want %d", s, out, len(lx.ColumnRefs(out)), len(lx.ColumnRefs(s)))
			}
		}
	})
}
