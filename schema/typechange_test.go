package schema

import "testing"

func TestConvert(t *testing.T) {
	t.Parallel()
	ty := func(s string) Type {
		x, err := ParseType(s)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	lite := TypeChangeSQL{CharLength: "length", NotInteger: func(c string) string { return c + " <> CAST(" + c + " AS INTEGER)" }}
	for _, tc := range []struct {
		tc       TypeChangeSQL
		from, to string
		kind     ConvKind
		pred     string
	}{
		{anyEngine, "int", "bigint", ConvWiden, ""},
		{anyEngine, "bigint", "int", ConvCheck, `"c" NOT BETWEEN -2147483648 AND 2147483647`},
		// Regression (issue 13, item 6): no abs(), which overflows on the
		// smallest bigint.
		{anyEngine, "bigint", "double", ConvCheck, `"c" NOT BETWEEN -9007199254740992 AND 9007199254740992`},
		{anyEngine, "int", "real", ConvCheck, `"c" NOT BETWEEN -16777216 AND 16777216`},
		{anyEngine, "bigint", "numeric(10,2)", ConvCheck, `("c" <= -1e8 OR "c" >= 1e8)`},
		{anyEngine, "varchar(16)", "varchar(4)", ConvCheck, `char_length("c") > 4`},
		{anyEngine, "varchar(4)", "text", ConvWiden, ""},
		{lite, "double", "real", ConvWiden, ""},
		{lite, "bigint", "numeric(10,2)", ConvRefused, ""},
		{lite, "timestamp", "timestamptz", ConvRefused, ""},
		{anyEngine, "text", "bigint", ConvRefused, ""},
		{anyEngine, "unknown(citext)", "text", ConvRefused, ""},
		// Issue 12: time precision, json and jsontext, arrays.
		{anyEngine, "timestamp(3)", "timestamp", ConvWiden, ""},
		{anyEngine, "timestamp(3)", "timestamp(0)", ConvCheck, `"c"`},
		{lite, "timestamp(3)", "timestamp(0)", ConvRefused, ""},
		{anyEngine, "timestamp", "timestamptz(3)", ConvRefused, ""},
		{anyEngine, "timestamp(3)", "timestamptz", ConvCheck, "true"},
		{anyEngine, "date", "timestamp(0)", ConvWiden, ""},
		{anyEngine, "json", "jsontext", ConvWiden, ""},
		{anyEngine, "jsontext", "json", ConvCheck, `"c"`},
		{lite, "jsontext", "json", ConvRefused, ""},
		{anyEngine, "int[]", "bigint[]", ConvWiden, ""},
		{anyEngine, "varchar(8)[]", "text[]", ConvWiden, ""},
		{anyEngine, "text[]", "varchar(8)[]", ConvRefused, ""},
		{anyEngine, "text[]", "text", ConvRefused, ""},
		{anyEngine, "json", "text[]", ConvRefused, ""},
		{anyEngine, "numeric(12,2) declared NUMERIC(12,2)", "numeric(12,2)", ConvRefused, ""},
	} {
		kind, pred := Convert(tc.tc, `"c"`, ty(tc.from), ty(tc.to))
		if kind != tc.kind || pred != tc.pred {
			t.Errorf("%s -> %s = %d %q, want %d %q", tc.from, tc.to, kind, pred, tc.kind, tc.pred)
		}
	}
}
