package dialect

import (
	"testing"

	"github.com/ferrosql/ferro/schema"
)

func TestCreateOrder(t *testing.T) {
	t.Parallel()
	ref := func(name string, refs ...string) *schema.Table {
		tb := &schema.Table{Name: name}
		for _, r := range refs {
			tb.ForeignKeys = append(tb.ForeignKeys, &schema.ForeignKey{Name: "fk_" + name + "_" + r, RefTable: r})
		}
		return tb
	}
	s := &schema.Schema{Tables: []*schema.Table{ref("line", "invoice"), ref("invoice", "customer"), ref("customer"), ref("self", "self"), ref("a", "b"), ref("b", "a")}}
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
