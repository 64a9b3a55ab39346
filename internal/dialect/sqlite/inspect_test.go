package sqlite

import (
	"slices"
	"testing"

	"github.com/ferrosql/ferro/schema"
)

func TestParseCreateTable(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		sql     string
		pk      string
		checks  []schema.Check
		fkNames []string
	}{
		{"ferro form", `CREATE TABLE "t" ("s" TEXT NOT NULL, "p" BIGINT, CONSTRAINT "pk_t" PRIMARY KEY ("s"), CONSTRAINT "fk_t_p" FOREIGN KEY ("p") REFERENCES "u" ("id"), CONSTRAINT "ck_t_s" CHECK ("s" IN ('a', 'it''s')))`,
			"pk_t", []schema.Check{{Name: "ck_t_s", Column: "s", Values: []string{"a", "it's"}}}, []string{"fk_t_p"}},
		{"column constraints", "CREATE TABLE t (id INTEGER CONSTRAINT k PRIMARY KEY, x INT CONSTRAINT c1 CHECK (x > 0) CONSTRAINT f1 REFERENCES u(id), -- comment, with comma\n y /* (x */ TEXT CHECK (y IN ('p')))",
			"k", []schema.Check{{Name: "c1", Expr: "x > 0"}, {Name: "", Column: "y", Values: []string{"p"}}}, []string{"f1"}},
		{"not an enum", `CREATE TABLE t (a TEXT, CHECK (a NOT IN ('x')), CHECK (a IN ('x') OR a IS NULL), CHECK (a IN (1, 'x')), CHECK (a IN (1.5)), CHECK (a IN (- 'x')))`,
			"", []schema.Check{{Expr: "a NOT IN ('x')"}, {Expr: "a IN ('x') OR a IS NULL"}, {Expr: "a IN (1, 'x')"}, {Expr: "a IN (1.5)"}, {Expr: "a IN (- 'x')"}}, nil},
		// Issue 12 item 5: the check of an integer enum.
		{"integer enum", `CREATE TABLE t (a INTEGER CONSTRAINT "ck_t_a" CHECK ("a" IN (1, -2, 03)))`,
			"", []schema.Check{{Name: "ck_t_a", Column: "a", Values: []string{"1", "-2", "3"}, Ints: true}}, nil},
		{"as select", `CREATE TABLE t AS SELECT 1 AS a`, "", nil, nil},
	}
	// The expressions of generated columns, as written (the planner reads
	// the columns they use).
	ct := parseCreateTable("CREATE TABLE t (a TEXT, g TEXT GENERATED ALWAYS AS (upper(a) || ')') STORED, \"v w\" AS ( lower(g) ) CHECK (a <> ''))")
	if ct.generated["g"] != "upper(a) || ')'" || ct.generated["v w"] != "lower(g)" || len(ct.checks) != 1 {
		t.Errorf("generated = %q, checks %+v", ct.generated, ct.checks)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ct := parseCreateTable(tc.sql)
			if ct.pkName != tc.pk {
				t.Errorf("pk name %q, want %q", ct.pkName, tc.pk)
			}
			if len(ct.checks) != len(tc.checks) {
				t.Fatalf("checks %+v, want %+v", ct.checks, tc.checks)
			}
			for i, ck := range ct.checks {
				if !ck.Equal(&tc.checks[i]) {
					t.Errorf("check %d = %+v, want %+v", i, *ck, tc.checks[i])
				}
			}
			var names []string
			for _, f := range ct.fks {
				names = append(names, f.name)
			}
			if !slices.Equal(names, tc.fkNames) {
				t.Errorf("fk names %q, want %q", names, tc.fkNames)
			}
		})
	}
}

// FuzzParseCreateTable: the CREATE TABLE reader never panics, and a table
// rendered by CreateTable is read back with its names and enum checks.
func FuzzParseCreateTable(f *testing.F) {
	f.Add(`CREATE TABLE "t" ("a" TEXT, CONSTRAINT "ck" CHECK ("a" IN ('x')))`, "v")
	f.Add("CREATE TABLE t (a, [b c] `d`, CHECK (((a))))", "it's")
	f.Add("CREATE TABLE t (a /* unterminated", `"`)
	f.Fuzz(func(t *testing.T, src, value string) {
		parseCreateTable(src)
		indexWhere(src)
		indexParts(src)
		parseEnumCheck(src)
		tb := &schema.Table{Name: src, Columns: []*schema.Column{{Name: value, Type: schema.Type{Kind: schema.KindText}}},
			PrimaryKey: &schema.PrimaryKey{Name: "pk " + src, Columns: []string{value}},
			Checks:     []*schema.Check{{Name: value + "_ck", Column: value, Values: []string{value, src}}}}
		stmts, err := Dialect{}.CreateTable(tb)
		if err != nil {
			t.Fatal(err)
		}
		ct := parseCreateTable(stmts[0])
		if ct.pkName != "pk "+src || len(ct.checks) != 1 || !ct.checks[0].Equal(tb.Checks[0]) {
			t.Fatalf("rendered %q, read pk %q checks %+v", stmts[0], ct.pkName, ct.checks)
		}
	})
}

// ddlTokens reads with SQLite's lexicon (dialect.Lexicon): a blob literal
// is one token, strings are unquoted, quoted names are identifiers.
func TestDDLTokens(t *testing.T) {
	got := ddlTokens("\"a\"\"b\" IN ('it''s', x'00', -1.5e3, [c]) /* x */ -- y")
	want := []ddlTok{
		{ddlIdent, `a"b`, 0, 6}, {ddlWord, "IN", 7, 9}, {ddlPunct, "(", 10, 11},
		{ddlString, "it's", 11, 18}, {ddlPunct, ",", 18, 19}, {ddlBlob, "x'00'", 20, 25}, {ddlPunct, ",", 25, 26},
		{ddlPunct, "-", 27, 28}, {ddlNumber, "1.5e3", 28, 33}, {ddlPunct, ",", 33, 34},
		{ddlIdent, "c", 35, 38}, {ddlPunct, ")", 38, 39},
	}
	if !slices.Equal(got, want) {
		t.Fatalf("ddlTokens:\n got %v\nwant %v", got, want)
	}
	if got := ddlTokens("'open''"); len(got) != 1 || got[0].kind != ddlString || got[0].val != "open'" {
		t.Fatalf("unterminated string: %v", got)
	}
}
