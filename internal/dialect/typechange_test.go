package dialect

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

func TestGuardQuery(t *testing.T) {
	t.Parallel()
	fk := &ForeignKey{Name: "fk", Columns: []string{"p"}, RefTable: "parent", RefColumns: []string{"id"}}
	for _, tc := range []struct {
		g    *Guard
		want string
	}{
		{AddColumnGuard("t", &Column{Name: "c"}), `SELECT count(*) FROM "t"`},
		{NullGuard("t", "c"), `SELECT count(*) FROM "t" WHERE "c" IS NULL`},
		{UniqueGuard("t", &Index{Name: "u", Unique: true, Columns: []string{"a", "b"}}), `SELECT count(*) FROM (SELECT 1 FROM "t" WHERE "a" IS NOT NULL AND "b" IS NOT NULL GROUP BY "a", "b" HAVING count(*) > 1) AS dup`},
		{ParentGuard("t", fk, false), `SELECT count(*) FROM "t" AS c WHERE c."p" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "parent" AS r WHERE r."id" = c."p")`},
		{ParentGuard("t", fk, true), `SELECT count(*) FROM "t" AS c WHERE c."p" IS NOT NULL`},
		{CheckGuard("t", &Check{Name: "ck", Column: "s", Values: []string{"a"}}), `SELECT count(*) FROM "t" WHERE NOT ("s" IN ('a'))`},
		{NewAlterType("t", "c", Type{Kind: KindBigint}, Type{Kind: KindInt}, anyEngine).Guard, `SELECT count(*) FROM "t" WHERE "c" IS NOT NULL AND "c" NOT BETWEEN -2147483648 AND 2147483647`},
	} {
		if got := GuardQuery(anyEngine, tc.g); got != tc.want {
			t.Errorf("GuardQuery(%v) =\n%s\nwant\n%s", tc.g.Kind, got, tc.want)
		}
	}
	if UniqueGuard("t", &Index{Name: "i"}) != nil || AddColumnGuard("t", &Column{Name: "c", Nullable: true}) != nil {
		t.Fatal("guards without rows to select must be nil")
	}
	g := NullGuard("t", "c")
	if g.Problem(3) != "has 3 NULL rows and would become NOT NULL; add a literal default= to the tag to backfill them, or fill them first" {
		t.Fatal(g.Problem(3))
	}
}
