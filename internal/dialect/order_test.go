package dialect

import "testing"

func TestCreateOrder(t *testing.T) {
	t.Parallel()
	ref := func(name string, refs ...string) *Table {
		tb := &Table{Name: name}
		for _, r := range refs {
			tb.ForeignKeys = append(tb.ForeignKeys, &ForeignKey{Name: "fk_" + name + "_" + r, RefTable: r})
		}
		return tb
	}
	s := &Schema{Tables: []*Table{ref("line", "invoice"), ref("invoice", "customer"), ref("customer"), ref("self", "self"), ref("a", "b"), ref("b", "a")}}
	var got []string
	for _, tb := range CreateOrder(s) {
		got = append(got, tb.Name)
	}
	want := "customer invoice line self b a"
	if g := join(got); g != want {
		t.Fatalf("CreateOrder = %s, want %s", g, want)
	}
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out
}
