package schema

import (
	"slices"
	"strings"
	"testing"
)

func cmpSchema() *Schema {
	return &Schema{Tables: []*Table{{
		Name:       "t",
		Columns:    []*Column{{Name: "id", Type: Type{Kind: KindBigint}}, {Name: "a", Type: Type{Kind: KindText}, Nullable: true}},
		PrimaryKey: &PrimaryKey{Name: "pk_t", Columns: []string{"id"}},
		Indexes:    []*Index{{Name: "idx_t_a", Columns: []string{"a"}}},
	}}}
}

// One comparison: Diff's data and Mismatches' words agree.
func TestDiff_andMismatches(t *testing.T) {
	t.Parallel()
	want, got := cmpSchema(), cmpSchema()
	if d := Diff(want, got); !d.Empty() || !want.Equal(got) || len(Mismatches(want, got)) != 0 {
		t.Fatal("equal schemas differ")
	}
	g := got.Tables[0]
	g.Columns[1] = &Column{Name: "a", Type: Type{Kind: KindVarchar, Length: 3}}
	g.Columns = append(g.Columns, &Column{Name: "extra", Type: Type{Kind: KindInt}, Nullable: true})
	g.Indexes = []*Index{{Name: "idx_t_a", Columns: []string{"a"}, Unique: true}, {Name: "mine", Columns: []string{"extra"}}}
	got.Tables = append(got.Tables, &Table{Name: "other"})
	d := Diff(want, got)
	if len(d.Unexpected) != 1 || d.Unexpected[0].Name != "other" || len(d.Changed) != 1 {
		t.Fatalf("diff = %+v", d)
	}
	td := d.Changed[0]
	if len(td.Columns) != 1 || !td.Columns[0].Type || !td.Columns[0].Null || td.Columns[0].Default {
		t.Fatalf("column diff = %+v", td.Columns)
	}
	if len(td.Dropped) != 1 || td.Dropped[0].Name != "extra" || len(td.Indexes.Changed) != 1 || len(td.Indexes.Dropped) != 1 {
		t.Fatalf("table diff = %+v", td)
	}
	wantWords := []string{
		`table "t": column "a": want text, got varchar(3) not null`,
		`table "t": column "extra": unexpected`,
		`table "t": index "idx_t_a": want {Name:idx_t_a Unique:false Columns:[a] Include:[] Where: Constraint:false Extra:}, got {Name:idx_t_a Unique:true Columns:[a] Include:[] Where: Constraint:false Extra:}`,
		`table "t": index "mine": unexpected {Name:mine Unique:false Columns:[extra] Include:[] Where: Constraint:false Extra:}`,
		`table "other": unexpected`,
	}
	if m := Mismatches(want, got); !slices.Equal(m, wantWords) {
		t.Fatalf("Mismatches:\n%q\nwant\n%q", m, wantWords)
	}
	if want.Equal(got) {
		t.Fatal("Equal disagrees with Diff")
	}
}

func TestDiffTable_moved(t *testing.T) {
	t.Parallel()
	a, b := cmpSchema().Tables[0], cmpSchema().Tables[0]
	b.Columns[0], b.Columns[1] = b.Columns[1], b.Columns[0]
	d := DiffTable(a, b)
	if d == nil || !slices.Equal(d.Moved, []string{"id", "a"}) {
		t.Fatalf("moved = %+v", d)
	}
}

// Regression: unnamed foreign keys and checks (SQLite) were matched by
// their empty name, so the first of one side stood for every one of the
// other: the same two keys in another order differed, and a missing one
// could go unseen. They are matched by definition, in any order.
func TestDiffTable_unnamedConstraintsByDefinition(t *testing.T) {
	t.Parallel()
	fa := &ForeignKey{Columns: []string{"a"}, RefTable: "pa", RefColumns: []string{"id"}, OnDelete: ActionNoAction, OnUpdate: ActionNoAction}
	fb := &ForeignKey{Columns: []string{"b"}, RefTable: "pb", RefColumns: []string{"id"}, OnDelete: ActionNoAction, OnUpdate: ActionNoAction}
	ca, cb := &Check{Expr: "a > 0"}, &Check{Expr: "b > 0"}
	cols := []*Column{{Name: "a"}, {Name: "b"}}
	w := &Table{Name: "t", Columns: cols, ForeignKeys: []*ForeignKey{fa, fb}, Checks: []*Check{ca, cb}}
	h := &Table{Name: "t", Columns: cols, ForeignKeys: []*ForeignKey{fb, fa}, Checks: []*Check{cb, ca}}
	if d := DiffTable(w, h); d != nil {
		t.Fatalf("the same unnamed constraints in another order differ: %+v", d)
	}
	h = &Table{Name: "t", Columns: cols, ForeignKeys: []*ForeignKey{fa}, Checks: []*Check{ca}}
	d := DiffTable(w, h)
	if d == nil || len(d.ForeignKeys.Added) != 1 || d.ForeignKeys.Added[0] != fb || len(d.ForeignKeys.Dropped) != 0 ||
		len(d.Checks.Added) != 1 || d.Checks.Added[0] != cb || len(d.Checks.Dropped) != 0 {
		t.Fatalf("a missing unnamed key and check: %+v", d)
	}
	if got := Mismatches(&Schema{Tables: []*Table{w}}, &Schema{Tables: []*Table{h}}); len(got) != 2 || !strings.Contains(got[0], `foreign key "(b) -> pb(id)": missing`) {
		t.Fatalf("Mismatches = %q", got)
	}
}
