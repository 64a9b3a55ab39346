package sqlite

import (
	"testing"

	"github.com/ferrosql/ferro/schema"
)

// TestFailedUUIDCheck reads table and column back from the text SQLite
// reports for a failed UUIDCheck (issue 13 item 12), and nothing from any
// other check's text.
func TestFailedUUIDCheck(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ table, column string }{{"t", "u"}, {`we"ird`, "col umn"}, {"a.b", `"`}, {"", ""}} {
		msg := UUIDCheck(tc.table, tc.column) + " (275)"
		table, column, ok := FailedUUIDCheck(msg)
		if !ok || table != tc.table || column != tc.column {
			t.Errorf("FailedUUIDCheck(%q) = %q, %q, %v", msg, table, column, ok)
		}
	}
	for _, msg := range []string{"", "t", `typeof("t"."u") = 'text'`, DecimalCheck("amount", 10, 2), `typeof("t"."u") = 'null' OR typeof("t"."v") = 'text'`,
		UUIDCheck("t", "u")[:40]} {
		if table, column, ok := FailedUUIDCheck(msg); ok {
			t.Errorf("FailedUUIDCheck(%q) = %q, %q, true", msg, table, column)
		}
	}
}

// TestToUUID pins which SQLite columns become uuid by a checked rebuild:
// text storage and a UUID declaration without the check, nothing else.
func TestToUUID(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		from schema.Type
		ok   bool
	}{
		{schema.Type{Kind: schema.KindText}, true},
		{schema.Type{Kind: schema.KindChar, Length: 36}, true},
		{schema.Type{Kind: schema.KindVarchar, Length: 36}, true},
		{schema.Unknown("NVARCHAR(36)"), true},
		{schema.Unknown("UUID"), true},
		{schema.Unknown(" uuid "), true},
		{schema.Type{Kind: schema.KindBytes}, false},
		{schema.Unknown("BLOB(16)"), false},
		{schema.Type{Kind: schema.KindBigint}, false},
		{schema.Unknown("GUID"), false},
	} {
		kind, pred := schema.Convert(Migrator{}.TypeChangeSQL(), `"c"`, tc.from, schema.Type{Kind: schema.KindUUID})
		if got := kind == schema.ConvCheck; got != tc.ok || (got && pred == "") {
			t.Errorf("Convert(%s -> uuid) = %v, %q; want checked: %v", tc.from, kind, pred, tc.ok)
		}
	}
}

// FuzzFailedUUIDCheck: the reader never panics, and reads back exactly the
// table and column of any check it renders.
func FuzzFailedUUIDCheck(f *testing.F) {
	f.Add("t", "u", " (275)")
	f.Add(`we"ird`, "", "")
	f.Add("a.b", `"."`, `"`)
	f.Fuzz(func(t *testing.T, table, column, tail string) {
		FailedUUIDCheck(table + column + tail)
		FailedUUIDCheck(tail)
		got, gotCol, ok := FailedUUIDCheck(UUIDCheck(table, column) + tail)
		if !ok || got != table || gotCol != column {
			t.Fatalf("FailedUUIDCheck(UUIDCheck(%q, %q) + %q) = %q, %q, %v", table, column, tail, got, gotCol, ok)
		}
	})
}
