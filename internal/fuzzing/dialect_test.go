package fuzzing

import (
	"strings"
	"testing"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// FuzzParseType: a type spelling that parses prints back as a spelling that
// parses to the same type.
func FuzzParseType(f *testing.F) {
	for _, s := range []string{"text", "varchar(32)", "numeric(12,2)", "numeric", "unknown(x)", "VARCHAR ( 1 )", "numeric(1000,1000)", "(", ")", "enum(mood)", "ENUM( Mood )", "enum()"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		typ, err := schema.ParseType(s)
		if err != nil {
			return
		}
		again, err := schema.ParseType(typ.String())
		if err != nil || again != typ {
			t.Fatalf("ParseType(%q) = %#v; reparse of %q = %#v, %v", s, typ, typ.String(), again, err)
		}
	})
}

// FuzzDefaultLiteral checks the default= literal grammar: SplitLiteral cuts
// the input into a literal and the rest without losing or inventing text; a
// whole-input literal (what catalog accepts as a default) carries no
// statement separator or comment outside its quotes, so a tag can never
// smuggle SQL into the DDL; and normalising is idempotent, so a default read
// back and normalised again never drifts.
func FuzzDefaultLiteral(f *testing.F) {
	for _, s := range []string{"'draft'::text", "'-1'::integer", "('x')", "NOW()", "CURRENT_TIMESTAMP", "1.5", "'t'", "NULL",
		"nextval('s'::regclass)", "(('a'))::text", "0; DROP TABLE x", "'a;b'", "1 -- c", "'it''s'", "-1.50", "1e5", "true", "x'00'"} {
		f.Add(s, uint8(schema.KindText))
	}
	f.Fuzz(func(t *testing.T, s string, k uint8) {
		lit, rest := dialect.SplitLiteral(s)
		trimmed := strings.TrimSpace(s)
		if lit != "" && (!strings.HasPrefix(trimmed, lit) || strings.TrimSpace(trimmed[len(lit):]) != rest) {
			t.Fatalf("SplitLiteral(%q) = %q, %q: not a cut of the input", s, lit, rest)
		}
		if lit != "" && rest == "" {
			if bad := unquoted(lit, ";", "--", "/*"); bad != "" {
				t.Fatalf("SplitLiteral(%q) accepts the whole input as a literal, with %q outside quotes", s, bad)
			}
		}
		typ := schema.Type{Kind: schema.Kind(k % 17)}
		once := dialect.NormalizeDefault(s, typ)
		if twice := dialect.NormalizeDefault(once, typ); twice != once {
			t.Fatalf("NormalizeDefault(%q) = %q, then %q", s, once, twice)
		}
	})
}

// unquoted returns the first of seps found in s outside single-quoted
// strings, or "".
func unquoted(s string, seps ...string) string {
	in := false
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' {
			in = !in // '' inside a string toggles twice
			continue
		}
		if in {
			continue
		}
		for _, sep := range seps {
			if strings.HasPrefix(s[i:], sep) {
				return sep
			}
		}
	}
	return ""
}
