package dialect

import (
	"context"
	"slices"
	"testing"

	"github.com/ferrosql/ferro/schema"
)

// stub renders columns as `"name" <canonical type>`.
type stub struct{}

func (stub) Name() schema.Dialect                        { return "stub" }
func (stub) ColumnType(c *schema.Column) (string, error) { return c.Type.String(), nil }
func (stub) LiveType(s string) schema.Type               { return schema.Unknown(s) }
func (stub) ColumnDef(_ string, c *schema.Column) (string, error) {
	return Quote(c.Name) + " " + c.Type.String(), nil
}
func (d stub) CreateTable(t *schema.Table) ([]string, error) { return CreateTable(d, t, Quote) }
func (stub) Inspect(context.Context, schema.ExecQuerier) (*schema.Schema, error) {
	return &schema.Schema{}, nil
}
func (stub) QuoteRef(name string) string { return Quote(name) }

func TestRenderCommon(t *testing.T) {
	t.Parallel()
	tb := &schema.Table{Name: "t", Columns: []*schema.Column{{Name: "id", Type: schema.Type{Kind: schema.KindBigint}}},
		PrimaryKey:  &schema.PrimaryKey{Name: "pk_t", Columns: []string{"id"}},
		ForeignKeys: []*schema.ForeignKey{{Name: "fk_t_id", Columns: []string{"id"}, RefTable: "p", RefColumns: []string{"id"}, OnDelete: schema.ActionCascade}},
		Checks:      []*schema.Check{{Name: "ck_t_id", Expr: `"id" > 0`}},
		Indexes:     []*schema.Index{{Name: "uq_t_id", Unique: true, Columns: []string{"id"}}}}
	for _, tc := range []struct {
		c    schema.Change
		want []string
	}{
		{&schema.AddTable{T: tb}, []string{"CREATE TABLE \"t\" (\n\t\"id\" bigint,\n\tCONSTRAINT \"pk_t\" PRIMARY KEY (\"id\"),\n\tCONSTRAINT \"fk_t_id\" FOREIGN KEY (\"id\") REFERENCES \"p\" (\"id\") ON DELETE CASCADE,\n\tCONSTRAINT \"ck_t_id\" CHECK (\"id\" > 0)\n)", `CREATE UNIQUE INDEX "uq_t_id" ON "t" ("id")`}},
		{&schema.DropTable{T: tb}, []string{`DROP TABLE "t"`}},
		{&schema.RenameTable{From: "a", To: "b"}, []string{`ALTER TABLE "a" RENAME TO "b"`}},
		{&schema.AddColumn{Table: "t", C: &schema.Column{Name: "c", Type: schema.Type{Kind: schema.KindText}}}, []string{`ALTER TABLE "t" ADD COLUMN "c" text`}},
		{&schema.DropColumn{Table: "t", C: &schema.Column{Name: "c"}}, []string{`ALTER TABLE "t" DROP COLUMN "c"`}},
		{&schema.RenameColumn{Table: "t", From: "a", To: "b"}, []string{`ALTER TABLE "t" RENAME COLUMN "a" TO "b"`}},
		{&schema.AddIndex{Table: "t", I: &schema.Index{Name: "i", Columns: []string{"a", "b"}}}, []string{`CREATE INDEX "i" ON "t" ("a", "b")`}},
		{&schema.DropIndex{Table: "t", I: &schema.Index{Name: "i"}}, []string{`DROP INDEX "i"`}},
	} {
		got, ok, err := RenderCommon(stub{}, tc.c)
		if !ok || err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("RenderCommon(%s) = %q, %v, %v; want %q", tc.c, got, ok, err, tc.want)
		}
	}
	for _, c := range []schema.Change{&schema.DropIndex{Table: "t", I: &schema.Index{Name: "u", Constraint: true}}, &schema.SetDefault{Table: "t", Column: "c", To: "1"}} {
		if _, ok, _ := RenderCommon(stub{}, c); ok {
			t.Errorf("%s is not common to both dialects", c)
		}
	}
	// Expression parts and predicates as Inspect reads them are rendered
	// (the down migration of a plan that drops such an index needs them);
	// other live features are not.
	got, _, err := RenderCommon(stub{}, &schema.AddIndex{Table: "t", I: &schema.Index{Name: "p", Columns: []string{"a", "(lower(b))"}, Where: "a > 0", Extra: "expression"}})
	if want := `CREATE INDEX "p" ON "t" ("a", lower(b)) WHERE a > 0`; err != nil || len(got) != 1 || got[0] != want {
		t.Errorf("partial expression index = %q, %v; want %q", got, err, want)
	}
	for _, x := range []*schema.Index{
		{Name: "d", Columns: []string{"a"}, Extra: "desc a"},
		{Name: "e", Columns: []string{"(expression)"}, Extra: "expression"},
		{Name: "g", Columns: []string{"a"}, Extra: "using gin"},
	} {
		if _, _, err := RenderCommon(stub{}, &schema.AddIndex{Table: "t", I: x}); err == nil {
			t.Errorf("index %+v must not be rendered", *x)
		}
	}
}
