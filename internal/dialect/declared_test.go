package dialect_test

import (
	"strings"
	"testing"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/dialect/postgres"
	"github.com/ferrosql/ferro/internal/dialect/sqlite"
)

func TestCheckExpression(t *testing.T) {
	t.Parallel()
	for s, ok := range map[string]bool{
		"qty >= 0": true, `"action_flag" >= 0`: true, "name::text = lower(name::text)": true, "price >= 0::numeric": true,
		"a IN ('x', 'y;z')": true, "s = 'it''s'": true, `"we""ird" > 0`: true, "tags = ARRAY['a'::text]": false, "v::text[] <> '{}'": true,
		"x[1] > 0": true, "(a > 0) AND (b < 1)": true, "a = ANY (ARRAY[1, 2])": true,
		"": false, "  ": false, "a > 0); DROP TABLE t; --": false, "a > 0;": false, "a > 0 -- c": false, "a /* c */ > 0": false,
		"a > (0": false, "a > 0)": false, "a = 'open": false, `"open > 0`: false, "a = $1": false, "a = $$x$$": false,
		`a = E'\'' OR true`: false, "`a` > 0": false, "[a] > 0": false, "a = '\x00'": false,
		"x['] ; ( ['] = 1": false, "0[)": false,
	} {
		if err := dialect.CheckExpression(s); (err == nil) != ok {
			t.Errorf("CheckExpression(%q) = %v, want ok %t", s, err, ok)
		}
	}
}

func TestCheckTypeSpelling(t *testing.T) {
	t.Parallel()
	for s, ok := range map[string]bool{
		"tsvector": true, "inet": true, "smallint unsigned": true, "INTEGER UNSIGNED": true, "CLOB": true, "integer(8)": true,
		"character varying(20)[]": true, "numeric(12, 2)": true, `public."My Type"`: true, "timestamp(3) with time zone": true,
		"bit varying(8)": true, "": true, "tinyint": true,
		"int DEFAULT 1": false, "int NOT NULL": false, "int CHECK (x > 0)": false, "int REFERENCES t (id)": false, "int, x int": false,
		"int; DROP TABLE t": false, " int": false, "int  unsigned": false, "a(b)": false, "int[": false, "[]": false, ".int": false,
		"int COLLATE C": false, "x GENERATED ALWAYS AS (1)": false, "int -- c": false, `"open`: false,
	} {
		if err := dialect.CheckTypeSpelling(s); (err == nil) != ok {
			t.Errorf("CheckTypeSpelling(%q) = %v, want ok %t", s, err, ok)
		}
	}
}

// An expression CheckExpression accepts stays inside the parentheses it is
// rendered in, as each engine's lexer reads the DDL: the parenthesis
// after CHECK closes at the very end, and nothing between the tokens but
// blanks (no comment, no statement separator).
func FuzzCheckExpression(f *testing.F) {
	for _, s := range []string{"qty >= 0", "a IN ('x', 'y')", `"q""" = 1`, "a > 0); DROP TABLE t; --", "x[1] > ARRAY[1]", "E'\\'' = 'a'", "a /* */ = 1"} {
		f.Add(s)
	}
	lexicons := map[string]dialect.Lexicon{"sqlite": sqlite.Dialect{}.Lexicon(), "postgres": postgres.Dialect{}.Lexicon()}
	f.Fuzz(func(t *testing.T, s string) {
		if dialect.CheckExpression(s) != nil {
			return
		}
		ddl := "CHECK (" + s + ")"
		for name, lx := range lexicons {
			depth, last := 0, -1
			for i := 0; ; {
				tok, ok := lx.Next(ddl, i)
				if !ok {
					break
				}
				if strings.TrimSpace(ddl[i:tok.Start]) != "" {
					t.Fatalf("%s: %q: text between tokens: %q", name, ddl, ddl[i:tok.Start])
				}
				if tok.Open {
					t.Fatalf("%s: %q: an unterminated quote", name, ddl)
				}
				switch {
				case tok.Punct("("):
					depth++
				case tok.Punct(")"):
					depth--
					if depth == 0 && tok.End != len(ddl) {
						t.Fatalf("%s: %q: CHECK's parenthesis closes before the end, at %d", name, ddl, tok.Start)
					}
				case tok.Punct(";"):
					t.Fatalf("%s: %q: a statement separator", name, ddl)
				}
				i, last = tok.End, tok.End
			}
			if depth != 0 || last != len(ddl) {
				t.Fatalf("%s: %q: depth %d at the end", name, ddl, depth)
			}
		}
	})
}
