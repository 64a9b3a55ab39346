package command

import (
	"testing"

	"github.com/ferrosql/ferro/schema"
)

// Regression (issue 12): an array of times is a JSON array on SQLite, not
// a time; sqlite-rewrite-times must leave it alone.
func TestTimeColumns_skipsArrays(t *testing.T) {
	ty := func(s string) schema.Type {
		x, err := schema.ParseType(s)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	s := &schema.Schema{Tables: []*schema.Table{{Name: "t", Columns: []*schema.Column{
		{Name: "at", Type: ty("timestamp(3)")}, {Name: "seen", Type: ty("timestamptz[]")}, {Name: "day", Type: ty("date")},
	}}}}
	got := TimeColumns(s)
	if len(got) != 2 || got[0] != (TimeColumn{"t", "at"}) || got[1] != (TimeColumn{"t", "day"}) {
		t.Fatalf("TimeColumns = %v", got)
	}
}
