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
		`table "t": index "idx_t_a": want {Name:idx_t_a Unique:false Columns:[a] Include:[] Where: Constraint:false Method: Desc:[] Collate:[] EngineNamed:false Extra:}, got {Name:idx_t_a Unique:true Columns:[a] Include:[] Where: Constraint:false Method: Desc:[] Collate:[] EngineNamed:false Extra:}`,
		`table "t": index "mine": unexpected {Name:mine Unique:false Columns:[extra] Include:[] Where: Constraint:false Method: Desc:[] Collate:[] EngineNamed:false Extra:}`,
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

// Issue 17: the names an engine keeps for what a model names are equal to
// the model's: an unnamed SQLite primary key, foreign key or check is the
// model's of the same definition, an index the engine named itself
// (sqlite_autoindex_*) is the model's of the same definition, and names
// the engine takes for one (SQLite: ASCII case) are one name. Nothing
// else matches: another definition, or another name on an engine that
// compares names exactly.
func TestDiff_equalNames(t *testing.T) {
	t.Parallel()
	cols := []*Column{{Name: "id", Type: Type{Kind: KindBigint}}, {Name: "a", Type: Type{Kind: KindText}}}
	model := func() *Table {
		return &Table{Name: "t", Columns: cols,
			PrimaryKey:  &PrimaryKey{Name: "pk_t", Columns: []string{"id"}},
			Indexes:     []*Index{{Name: "uq_t_a", Unique: true, Columns: []string{"a"}}, {Name: "idx_t_id_a", Columns: []string{"id", "a"}}},
			ForeignKeys: []*ForeignKey{{Name: "fk_t_a", Columns: []string{"a"}, RefTable: "p", RefColumns: []string{"k"}, OnDelete: ActionNoAction, OnUpdate: ActionNoAction, Deferrable: true, InitiallyDeferred: true}},
			Checks:      []*Check{{Name: "ck_t_a", Expr: "length(a) > 1"}},
		}
	}
	live := func(fold bool, edit func(*Table)) *Schema {
		t := model()
		edit(t)
		return &Schema{Tables: []*Table{t}, FoldNames: fold}
	}
	want := &Schema{Tables: []*Table{model()}}
	for _, tc := range []struct {
		name  string
		fold  bool
		edit  func(*Table)
		equal bool
	}{
		{"unnamed primary key", false, func(t *Table) { t.PrimaryKey.Name = "" }, true},
		{"unnamed foreign key", false, func(t *Table) { t.ForeignKeys[0].Name = "" }, true},
		{"unnamed check", false, func(t *Table) { t.Checks[0].Name = "" }, true},
		{"engine-named unique index", true, func(t *Table) {
			t.Indexes[1] = &Index{Name: "sqlite_autoindex_t_1", Unique: true, Columns: []string{"a"}, Constraint: true, EngineNamed: true}
		}, false},
		{"engine-named unique index for the unique", true, func(t *Table) {
			t.Indexes[1] = &Index{Name: "sqlite_autoindex_t_1", Unique: true, Columns: []string{"a"}, Constraint: true, EngineNamed: true}
			t.Indexes[0] = &Index{Name: "idx_t_id_a", Columns: []string{"id", "a"}}
		}, true},
		{"names folded", true, func(t *Table) {
			t.PrimaryKey.Name, t.Indexes[0].Name, t.ForeignKeys[0].Name, t.Checks[0].Name = "PK_T", "UQ_t_A", "Fk_T_a", "CK_T_A"
		}, true},
		{"names not folded", false, func(t *Table) { t.Indexes[0].Name = "UQ_t_A" }, false},
		{"unnamed primary key of other columns", false, func(t *Table) { t.PrimaryKey = &PrimaryKey{Columns: []string{"a"}} }, false},
		{"unnamed foreign key not deferrable", false, func(t *Table) { t.ForeignKeys[0].Name, t.ForeignKeys[0].InitiallyDeferred = "", false }, false},
		{"unnamed check of another expression", false, func(t *Table) { t.Checks[0] = &Check{Expr: "length(a) > 2"} }, false},
		{"engine-named index of other columns", false, func(t *Table) {
			t.Indexes[0] = &Index{Name: "sqlite_autoindex_t_1", Unique: true, Columns: []string{"id"}, EngineNamed: true}
		}, false},
		{"views are kept", false, func(*Table) {}, true},
	} {
		have := live(tc.fold, tc.edit)
		if tc.name == "views are kept" {
			have.Views = []string{"v"}
		}
		m := Mismatches(want, have)
		if (len(m) == 0) != tc.equal || Diff(want, have).Empty() != tc.equal {
			t.Errorf("%s: equal = %v, want %v: %q", tc.name, len(m) == 0, tc.equal, m)
		}
	}
	// Views are compared when want lists them.
	if d := Diff(&Schema{Views: []string{"v"}}, &Schema{}); !d.ViewsDiffer {
		t.Error("views listed by want are compared")
	}
}
