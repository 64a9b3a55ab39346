package catalog_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

// Models of the relations tests (docs/models.md, "Relations").
type relCustomer struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (relCustomer) TableName() string { return "customer" }

type relLabel struct {
	Code string `ferro:"code,pk,type=varchar(16)"`
}

func (relLabel) TableName() string { return "label" }

type relInvoice struct {
	ID       int64        `ferro:"id,pk"`
	Customer relCustomer  `ferro:"customer,on_delete=cascade,index"`
	Payer    *relCustomer `ferro:"payer,on_delete=set null"`
	Labels   []relLabel   `ferro:"m2m"`
}

func (relInvoice) TableName() string { return "invoice" }

type relExisting struct {
	ID         int64        `ferro:"id,pk"`
	CustomerID int64        `ferro:"customer_id"`
	Customer   *relCustomer // GORM's convention: CustomerID is its key
	BuyerRef   *int64       `ferro:"buyer_ref"`
	Buyer      relCustomer  `ferro:"buyer,fk_column=buyer_ref"`
}

func (relExisting) TableName() string { return "existing" }

type relUser struct {
	ID      int64     `ferro:"id,pk"`
	Friends []relUser `ferro:"m2m"`
}

func (relUser) TableName() string { return "users" }

// Composite keys: a belongs-to and a many-to-many to a two-column key.
type relTenantDoc struct {
	Tenant int32  `ferro:"tenant,pk"`
	Num    int64  `ferro:"num,pk"`
	Title  string `ferro:"title"`
}

func (relTenantDoc) TableName() string { return "doc" }

type relNote struct {
	ID   int64          `ferro:"id,pk"`
	Doc  relTenantDoc   `ferro:"doc"`
	Refs []relTenantDoc `ferro:"m2m=note_refs"`
}

func (relNote) TableName() string { return "note" }

// Both sides of one many-to-many relation.
type relArticle struct {
	ID     int64       `ferro:"id,pk"`
	Topics []*relTopic `ferro:"m2m=article_topics"`
}

func (relArticle) TableName() string { return "article" }

type relTopic struct {
	ID       int64        `ferro:"id,pk"`
	Articles []relArticle `ferro:"m2m=article_topics"`
}

func (relTopic) TableName() string { return "topic" }

func relModels() []any {
	return []any{relCustomer{}, relLabel{}, relInvoice{}, relExisting{}, relUser{}, relTenantDoc{}, relNote{}, relArticle{}, relTopic{}}
}

func TestFromModels_relations(t *testing.T) {
	t.Parallel()
	s, err := catalog.FromModels(relModels()...)
	if err != nil {
		t.Fatal(err)
	}
	table := func(name string) *schema.Table {
		tb, ok := s.Table(name)
		if !ok {
			t.Fatalf("no table %q", name)
		}
		return tb
	}
	col := func(tb *schema.Table, name string) *schema.Column {
		c, ok := tb.Column(name)
		if !ok {
			t.Fatalf("table %s: no column %q", tb.Name, name)
		}
		return c
	}
	inv := table("invoice")
	if got := colNames(inv); !slices.Equal(got, []string{"id", "customer_id", "payer_id"}) {
		t.Errorf("invoice columns %q: relation fields are not columns, added keys follow the model's columns", got)
	}
	if c := col(inv, "customer_id"); c.Nullable || c.Type.Kind != schema.KindBigint || c.AutoIncrement {
		t.Errorf("customer_id = %+v, want bigint NOT NULL", c)
	}
	if c := col(inv, "payer_id"); !c.Nullable {
		t.Errorf("payer_id of a pointer relation must be nullable")
	}
	wantFK(t, inv, "fk_invoice_customer_id", []string{"customer_id"}, "customer", []string{"id"}, schema.ActionCascade)
	wantFK(t, inv, "fk_invoice_payer_id", []string{"payer_id"}, "customer", []string{"id"}, schema.ActionSetNull)
	if !slices.ContainsFunc(inv.Indexes, func(x *schema.Index) bool { return x.Name == "idx_invoice_customer_id" }) {
		t.Errorf("index on the relation field must index its key column: %+v", inv.Indexes)
	}

	j := table("invoice_labels")
	if got := colNames(j); !slices.Equal(got, []string{"invoice_id", "label_code"}) {
		t.Errorf("join columns %q", got)
	}
	if c := col(j, "label_code"); c.Type != (schema.Type{Kind: schema.KindVarchar, Length: 16}) || c.Nullable {
		t.Errorf("join target key %+v: must be typed like the target key, NOT NULL", c)
	}
	if !slices.Equal(j.PrimaryKey.Columns, []string{"invoice_id", "label_code"}) {
		t.Errorf("join primary key %q", j.PrimaryKey.Columns)
	}
	if len(j.Indexes) != 1 || !slices.Equal(j.Indexes[0].Columns, []string{"label_code", "invoice_id"}) || j.Indexes[0].Unique {
		t.Errorf("join reverse index %+v", j.Indexes)
	}
	wantFK(t, j, "fk_invoice_labels_invoice_id", []string{"invoice_id"}, "invoice", []string{"id"}, schema.ActionCascade)
	wantFK(t, j, "fk_invoice_labels_label_code", []string{"label_code"}, "label", []string{"code"}, schema.ActionCascade)

	ex := table("existing")
	if got := colNames(ex); !slices.Equal(got, []string{"id", "customer_id", "buyer_ref"}) {
		t.Errorf("existing key fields must be used, not added: %q", got)
	}
	if c := col(ex, "customer_id"); c.Nullable {
		t.Errorf("customer_id: nullable only if its field is (int64 is not)")
	}
	if c := col(ex, "buyer_ref"); !c.Nullable {
		t.Errorf("buyer_ref: its field is a pointer")
	}
	wantFK(t, ex, "fk_existing_customer_id", []string{"customer_id"}, "customer", []string{"id"}, schema.ActionNoAction)
	wantFK(t, ex, "fk_existing_buyer_ref", []string{"buyer_ref"}, "customer", []string{"id"}, schema.ActionNoAction)

	f := table("users_friends")
	if got := colNames(f); !slices.Equal(got, []string{"user_id", "friend_id"}) {
		t.Errorf("self-referential join columns %q: the second is named after the field", got)
	}

	note := table("note")
	if got := colNames(note); !slices.Equal(got, []string{"id", "doc_tenant", "doc_num"}) {
		t.Errorf("composite belongs-to columns %q", got)
	}
	if c := col(note, "doc_tenant"); c.Type.Kind != schema.KindInt {
		t.Errorf("doc_tenant typed %s, want the target key's int", c.Type)
	}
	wantFK(t, note, "fk_note_doc_tenant_doc_num", []string{"doc_tenant", "doc_num"}, "doc", []string{"tenant", "num"}, schema.ActionNoAction)
	refs := table("note_refs")
	if !slices.Equal(refs.PrimaryKey.Columns, []string{"note_id", "doc_tenant", "doc_num"}) {
		t.Errorf("composite join key %q", refs.PrimaryKey.Columns)
	}

	n := 0
	for _, tb := range s.Tables {
		if tb.Name == "article_topics" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("both sides of one relation: %d tables article_topics, want 1", n)
	}
}

func colNames(t *schema.Table) []string {
	var out []string
	for _, c := range t.Columns {
		out = append(out, c.Name)
	}
	return out
}

func wantFK(t *testing.T, tb *schema.Table, name string, cols []string, ref string, refCols []string, onDelete string) {
	t.Helper()
	for _, fk := range tb.ForeignKeys {
		if fk.Name != name {
			continue
		}
		if !slices.Equal(fk.Columns, cols) || fk.RefTable != ref || !slices.Equal(fk.RefColumns, refCols) || fk.OnDelete != onDelete {
			t.Errorf("foreign key %s = %+v, want %q -> %s%q on delete %s", name, *fk, cols, ref, refCols, onDelete)
		}
		return
	}
	t.Errorf("table %s: no foreign key %s among %d", tb.Name, name, len(tb.ForeignKeys))
}

func TestRender_relationsGolden(t *testing.T) {
	t.Parallel()
	s, err := catalog.FromModels(relModels()...)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []schema.Dialect{schema.SQLite, schema.Postgres} {
		t.Run(string(d), func(t *testing.T) {
			stmts, err := catalog.Render(s, d)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, "relations."+string(d)+".golden", strings.Join(stmts, ";\n\n")+";\n")
		})
	}
}

// Parity (invariant 6) holds for relation columns and join tables.
func TestInspect_relationsParity(t *testing.T) {
	t.Parallel()
	want, err := catalog.FromModels(relModels()...)
	if err != nil {
		t.Fatal(err)
	}
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.RawDriver, e.DSN)
		stmts, err := catalog.Render(want, e.Name)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range stmts {
			if _, err := db.ExecContext(ctx, s); err != nil {
				t.Fatalf("%s: %v", s, err)
			}
		}
		got, err := catalog.Inspect(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		if m := schema.Mismatches(want, got); len(m) > 0 {
			t.Fatalf("Inspect differs from FromModels:\n%s", strings.Join(m, "\n"))
		}
	})
}

// Mistakes in relations are reported on the relation field.
type (
	relToUnknown struct {
		ID    int64 `ferro:"id,pk"`
		Owner relOwner
	}
	relOwner struct {
		ID int64 `ferro:"id,pk"`
	}
	relKeyless   struct{ Name string }
	relToKeyless struct {
		ID    int64 `ferro:"id,pk"`
		Thing relKeyless
	}
	relM2MKeyless struct {
		ID     int64        `ferro:"id,pk"`
		Things []relKeyless `ferro:"m2m"`
	}
	relSliceNoTag struct {
		ID     int64      `ferro:"id,pk"`
		Labels []relLabel `ferro:"labels"`
	}
	relSliceOfInts struct {
		ID   int64   `ferro:"id,pk"`
		Nums []int64 `ferro:"m2m"`
	}
	relFKTwice struct {
		ID         int64       `ferro:"id,pk"`
		CustomerID int64       `ferro:"customer_id,fk=customer.id"`
		Customer   relCustomer `ferro:"customer"`
	}
	relSameKey struct {
		ID int64       `ferro:"id,pk"`
		A  relCustomer `ferro:"a,fk_column=who"`
		B  relCustomer `ferro:"b,fk_column=who"`
	}
	relKeyType struct {
		ID         int64       `ferro:"id,pk"`
		CustomerID string      `ferro:"customer_id"`
		Customer   relCustomer `ferro:"customer"`
	}
	relMirrorA struct {
		ID int64        `ferro:"id,pk"`
		Bs []relMirrorB `ferro:"m2m=ab"`
	}
	relMirrorB struct {
		ID int64         `ferro:"id,pk"`
		Cs []relCustomer `ferro:"m2m=ab"`
	}
	relSetNull struct {
		ID       int64       `ferro:"id,pk"`
		Customer relCustomer `ferro:"customer,on_delete=set null"`
	}
	relCompositeFKColumn struct {
		ID  int64        `ferro:"id,pk"`
		Doc relTenantDoc `ferro:"doc,fk_column=d"`
	}
	relPK struct {
		ID       int64       `ferro:"id,pk"`
		Customer relCustomer `ferro:"customer,pk"`
	}
	relSelfSameName struct {
		ID    int64             `ferro:"id,pk"`
		Peers []relSelfSameName `ferro:"rel_self_same_names,m2m"`
	}
	relJoinIsTable struct {
		ID     int64      `ferro:"id,pk"`
		Labels []relLabel `ferro:"m2m=customer"`
	}
)

func TestFromModels_relationErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		models []any
		want   []string
	}{
		{"target not among the models", []any{relToUnknown{}}, []string{"relToUnknown", "field Owner", "not among the models", "type=json"}},
		{"m2m target not among the models", []any{relInvoice{}, relCustomer{}}, []string{"relInvoice, field Labels", "many-to-many relation to catalog_test.relLabel, which is not among the models"}},
		{"target without primary key", []any{relKeyless{}, relToKeyless{}}, []string{"relToKeyless", "field Thing", "no primary key"}},
		{"m2m target without primary key", []any{relM2MKeyless{}, relKeyless{}}, []string{"relM2MKeyless", "field Things", "no primary key"}},
		{"slice of models without m2m", []any{relSliceNoTag{}, relLabel{}}, []string{"relSliceNoTag", "field Labels", "m2m", "type=json"}},
		{"m2m of a non-model", []any{relSliceOfInts{}}, []string{"relSliceOfInts", "field Nums", "slice of a model type"}},
		{"fk= and relation on one key", []any{relCustomer{}, relFKTwice{}}, []string{"field Customer", "key field CustomerID also declares fk=customer.id"}},
		{"two relations on one key column", []any{relCustomer{}, relSameKey{}}, []string{"field B", `"who"`, "relation field A"}},
		{"key field of another type", []any{relCustomer{}, relKeyType{}}, []string{"field Customer", "key field CustomerID is text but customer.id is bigint"}},
		{"conflicting join declarations", []any{relCustomer{}, relMirrorA{}, relMirrorB{}}, []string{"relMirrorB, field Cs", `"ab"`, "relMirrorA.Bs"}},
		{"set null on a value relation", []any{relCustomer{}, relSetNull{}}, []string{"field Customer", "set null", "nullable"}},
		{"fk_column on a composite key", []any{relTenantDoc{}, relCompositeFKColumn{}}, []string{"field Doc", "composite primary key (tenant, num)", "doc_tenant, doc_num"}},
		{"pk on a relation", []any{relCustomer{}, relPK{}}, []string{"field Customer", "cannot be pk"}},
		{"self-referential columns would collide", []any{relSelfSameName{}}, []string{"field Peers", `two columns named "rel_self_same_name_id"`}},
		{"join table named like a model", []any{relCustomer{}, relLabel{}, relJoinIsTable{}}, []string{"field Labels", `join table "customer"`, "relCustomer"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := catalog.FromModels(tc.models...)
			if err == nil {
				t.Fatal("want an error")
			}
			var me *catalog.ModelError
			if !errors.As(err, &me) || !errors.Is(err, catalog.ErrModel) {
				t.Fatalf("%v: not a *ModelError wrapping ErrModel", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}
