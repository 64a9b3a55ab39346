package schema

import "testing"

func TestTable_lookupsAndSort(t *testing.T) {
	t.Parallel()
	tb := &Table{Name: "t",
		Columns: []*Column{{Name: "b"}, {Name: "a"}},
		Indexes: []*Index{{Name: "z"}, {Name: "a"}},
		Checks:  []*Check{{Name: "c2"}, {Name: "c1"}},
	}
	tb.Sort()
	if tb.Columns[0].Name != "b" {
		t.Fatal("Sort must keep column order")
	}
	if tb.Indexes[0].Name != "a" || tb.Checks[0].Name != "c1" {
		t.Fatal("Sort must order indexes and checks by name")
	}
	if _, ok := tb.Column("a"); !ok {
		t.Fatal("Column lookup")
	}
	if _, ok := tb.Index("nope"); ok {
		t.Fatal("Index lookup of a missing name")
	}
	s := &Schema{Tables: []*Table{tb}}
	if got, ok := s.Table("t"); !ok || got != tb {
		t.Fatal("Schema.Table")
	}
}

func TestEqual_ignoresHintsAndConstraintFlag(t *testing.T) {
	t.Parallel()
	a := &Column{Name: "c", Type: Type{Kind: KindText}, RenamedFrom: []string{"old"}}
	b := &Column{Name: "c", Type: Type{Kind: KindText}}
	if !a.Equal(b) {
		t.Fatal("RenamedFrom is a hint and must not make columns differ")
	}
	x := &Index{Name: "i", Columns: []string{"c"}, Constraint: true}
	y := &Index{Name: "i", Columns: []string{"c"}}
	if !x.Equal(y) {
		t.Fatal("Index.Equal must ignore Constraint")
	}
	enum := &Check{Name: "ck", Column: "s", Values: []string{"a", "b"}}
	opaque := &Check{Name: "ck", Expr: `"s" IN ('a', 'b')`}
	if !enum.Equal(opaque) {
		t.Fatal("an enum check equals the opaque check it renders to")
	}
	var nilPK *PrimaryKey
	if !nilPK.Equal(nil) || nilPK.Equal(&PrimaryKey{}) {
		t.Fatal("nil primary keys")
	}
}
