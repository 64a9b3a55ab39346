package modelgen

import (
	"errors"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/schema"
)

func TestGoIdent(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"user_id", "UserID"},
		{"http_server_url", "HTTPServerURL"},
		{"order items", "OrderItems"},
		{"2fa_code", "Col2faCode"},
		{"ünïcode_näme", "ÜnïcodeNäme"},
		{"___", "Col"},
		{"already", "Already"},
	} {
		if got := goIdent(tc.in, "Col"); got != tc.want {
			t.Errorf("goIdent(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestGenerate_Problems: a column of an unknown type is refused with a
// per-column Problem; with Partial the code leaves it out, parses, marks it,
// and the predicted schema lacks only that column.
func TestGenerate_Problems(t *testing.T) {
	live := &schema.Schema{Tables: []*schema.Table{{
		Name: "t",
		Columns: []*schema.Column{
			{Name: "id", Type: schema.Type{Kind: schema.KindBigint}, AutoIncrement: true},
			{Name: "mood", Type: schema.Unknown("mood"), Nullable: true},
		},
		PrimaryKey: &schema.PrimaryKey{Name: "pk_t", Columns: []string{"id"}},
	}}}
	_, err := Generate(live, schema.Postgres, Options{})
	var pe *ProblemsError
	if !errors.As(err, &pe) || len(pe.Problems) != 1 || pe.Problems[0].Table != "t" || pe.Problems[0].Column != "mood" ||
		!strings.Contains(pe.Problems[0].Reason, "live type mood is outside ferro's type vocabulary") {
		t.Fatalf("Generate: %v", err)
	}
	res, err := Generate(live, schema.Postgres, Options{Partial: true, Package: "m"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parser.ParseFile(token.NewFileSet(), "m.go", res.Source, 0); err != nil {
		t.Fatalf("generated code does not parse: %v\n%s", err, res.Source)
	}
	if !strings.Contains(string(res.Source), `ferro gen: not described: column "mood"`) || strings.Contains(string(res.Source), "Mood ") {
		t.Errorf("partial code:\n%s", res.Source)
	}
	if mm := schema.Mismatches(res.Schema, live); len(mm) != 1 || !strings.Contains(mm[0], `column "mood": unexpected`) {
		t.Errorf("predicted schema differs by %q, want only the missing column", mm)
	}
	if _, err := Generate(live, schema.Postgres, Options{Package: "not-ident"}); err == nil {
		t.Error("bad package name accepted")
	}
	if _, err := Generate(live, schema.Postgres, Options{Tables: []string{"nope"}}); err == nil || !strings.Contains(err.Error(), `table "nope" is not in the database`) {
		t.Errorf("unknown -tables: %v", err)
	}
}

// TestGenerate_uncheckedUUID: a SQLite column declared UUID without
// ferro's check reads as unknown(UUID) (issue 13 item 12); its problem says
// how to adopt it rather than calling uuid outside the vocabulary.
func TestGenerate_uncheckedUUID(t *testing.T) {
	live := &schema.Schema{Tables: []*schema.Table{{
		Name: "t",
		Columns: []*schema.Column{
			{Name: "id", Type: schema.Type{Kind: schema.KindBigint}, AutoIncrement: true},
			{Name: "owner", Type: schema.Unknown("UUID")},
		},
		PrimaryKey: &schema.PrimaryKey{Name: "pk_t", Columns: []string{"id"}},
	}}}
	_, err := Generate(live, schema.SQLite, Options{})
	var pe *ProblemsError
	if !errors.As(err, &pe) || len(pe.Problems) != 1 || pe.Problems[0].Column != "owner" ||
		!strings.Contains(pe.Problems[0].Reason, "is declared UUID without ferro's uuid check") ||
		!strings.Contains(pe.Problems[0].Reason, "declare the field uuid.UUID and migrate at the updates level") {
		t.Fatalf("Generate: %v", err)
	}
}
