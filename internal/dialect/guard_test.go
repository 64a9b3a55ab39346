package dialect

import (
	"testing"

	"github.com/ferrosql/ferro/schema"
)

// guardEngine has every ability, as schema's rules assume for inverses.
var guardEngine = schema.TypeChangeSQL{
	CharLength: "char_length", NotInteger: func(c string) string { return c },
	LosesAsReal: func(c string) string { return c }, ExactNumeric: true, ZoneNotUTC: "true",
	Rounds: func(c string, _ schema.Type) string { return c }, NotJSONB: func(c string) string { return c },
}

func TestGuardQuery(t *testing.T) {
	t.Parallel()
	fk := &schema.ForeignKey{Name: "fk", Columns: []string{"p"}, RefTable: "parent", RefColumns: []string{"id"}}
	for _, tc := range []struct {
		g    *schema.Guard
		want string
	}{
		{schema.AddColumnGuard("t", &schema.Column{Name: "c"}), `SELECT count(*) FROM "t"`},
		{schema.NullGuard("t", "c"), `SELECT count(*) FROM "t" WHERE "c" IS NULL`},
		{schema.UniqueGuard("t", &schema.Index{Name: "u", Unique: true, Columns: []string{"a", "b"}}), `SELECT count(*) FROM (SELECT 1 FROM "t" WHERE "a" IS NOT NULL AND "b" IS NOT NULL GROUP BY "a", "b" HAVING count(*) > 1) AS dup`},
		{schema.ParentGuard("t", fk, false), `SELECT count(*) FROM "t" AS c WHERE c."p" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "parent" AS r WHERE r."id" = c."p")`},
		{schema.ParentGuard("t", fk, true), `SELECT count(*) FROM "t" AS c WHERE c."p" IS NOT NULL`},
		{schema.CheckGuard("t", &schema.Check{Name: "ck", Column: "s", Values: []string{"a"}}), `SELECT count(*) FROM "t" WHERE NOT ("s" IN ('a'))`},
		{schema.NewAlterType("t", "c", schema.Type{Kind: schema.KindBigint}, schema.Type{Kind: schema.KindInt}, guardEngine).Guard, `SELECT count(*) FROM "t" WHERE "c" IS NOT NULL AND "c" NOT BETWEEN -2147483648 AND 2147483647`},
	} {
		if got := GuardQuery(guardEngine, tc.g); got != tc.want {
			t.Errorf("GuardQuery(%v) =\n%s\nwant\n%s", tc.g.Kind, got, tc.want)
		}
	}
	if schema.UniqueGuard("t", &schema.Index{Name: "i"}) != nil || schema.AddColumnGuard("t", &schema.Column{Name: "c", Nullable: true}) != nil {
		t.Fatal("guards without rows to select must be nil")
	}
	g := schema.NullGuard("t", "c")
	if g.Problem(3) != "has 3 NULL rows and would become NOT NULL; add a literal default= to the tag to backfill them, or fill them first" {
		t.Fatal(g.Problem(3))
	}
}
