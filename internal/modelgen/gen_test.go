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

// TestGenerate_Problems: an index models cannot declare (an expression)
// is refused with a Problem naming table and index; with Partial the code
// leaves it out, parses, marks it, and the predicted schema lacks only
// that index. A column of a type outside the vocabulary is no problem: the
// model keeps it (type=unknown(...)).
func TestGenerate_Problems(t *testing.T) {
	live := &schema.Schema{Tables: []*schema.Table{{
		Name: "t",
		Columns: []*schema.Column{
			{Name: "id", Type: schema.Type{Kind: schema.KindBigint}, AutoIncrement: true},
			{Name: "mood", Type: schema.Unknown("mood"), Nullable: true},
		},
		PrimaryKey: &schema.PrimaryKey{Name: "pk_t", Columns: []string{"id"}},
		Indexes:    []*schema.Index{{Name: "t_lower", Columns: []string{"(lower(mood))"}, Extra: "expression"}},
	}}}
	_, err := Generate(live, schema.Postgres, Options{})
	var pe *ProblemsError
	if !errors.As(err, &pe) || len(pe.Problems) != 1 || pe.Problems[0].Table != "t" || pe.Problems[0].Object != `index "t_lower"` ||
		!strings.Contains(pe.Problems[0].Reason, "has features ferro does not model (expression)") {
		t.Fatalf("Generate: %v", err)
	}
	res, err := Generate(live, schema.Postgres, Options{Partial: true, Package: "m"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parser.ParseFile(token.NewFileSet(), "m.go", res.Source, 0); err != nil {
		t.Fatalf("generated code does not parse: %v\n%s", err, res.Source)
	}
	if !strings.Contains(string(res.Source), `ferro gen: not described: index "t_lower"`) || !strings.Contains(string(res.Source), "Mood *string `ferro:\"mood,type=unknown(mood)\"`") {
		t.Errorf("partial code:\n%s", res.Source)
	}
	if mm := schema.Mismatches(res.Schema, live); len(mm) != 1 || !strings.Contains(mm[0], `index "t_lower": unexpected`) {
		t.Errorf("predicted schema differs by %q, want only the missing index", mm)
	}
	if _, err := Generate(live, schema.Postgres, Options{Package: "not-ident"}); err == nil {
		t.Error("bad package name accepted")
	}
	if _, err := Generate(live, schema.Postgres, Options{Tables: []string{"nope"}}); err == nil || !strings.Contains(err.Error(), `table "nope" is not in the database`) {
		t.Errorf("unknown -tables: %v", err)
	}
}

// TestGenerate_uncheckedUUID: a SQLite column declared UUID without
// ferro's check reads as unknown(UUID) (issue 13 item 12); the model keeps
// it as it is, and its comment says how to adopt it as a uuid.
func TestGenerate_uncheckedUUID(t *testing.T) {
	live := &schema.Schema{Tables: []*schema.Table{{
		Name: "t",
		Columns: []*schema.Column{
			{Name: "id", Type: schema.Type{Kind: schema.KindBigint}, AutoIncrement: true},
			{Name: "owner", Type: schema.Unknown("UUID")},
		},
		PrimaryKey: &schema.PrimaryKey{Name: "pk_t", Columns: []string{"id"}},
	}}}
	res, err := Generate(live, schema.SQLite, Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := string(res.Source)
	if !strings.Contains(src, "Owner string `ferro:\"owner,type=unknown(UUID)\"`") || !strings.Contains(src, "declare the field uuid.UUID and migrate at the updates level") {
		t.Fatalf("generated:\n%s", src)
	}
}

// A column named like a method of the generated model (TableName,
// Constraints) gets another field name, so the code compiles.
func TestGenerate_fieldsNotNamedLikeMethods(t *testing.T) {
	live := &schema.Schema{Tables: []*schema.Table{{
		Name: "t",
		Columns: []*schema.Column{
			{Name: "id", Type: schema.Type{Kind: schema.KindBigint}, AutoIncrement: true},
			{Name: "constraints", Type: schema.Type{Kind: schema.KindText}},
			{Name: "table_name", Type: schema.Type{Kind: schema.KindText}},
		},
		PrimaryKey: &schema.PrimaryKey{Name: "t_pkey", Columns: []string{"id"}},
	}}}
	res, err := Generate(live, schema.Postgres, Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := string(res.Source)
	if !strings.Contains(src, "Constraints2 string ") || !strings.Contains(src, "TableName2   string ") ||
		!strings.Contains(src, "func (T) Constraints() schema.Constraints") {
		t.Fatalf("generated:\n%s", src)
	}
}
