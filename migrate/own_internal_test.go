package migrate

import (
	"slices"
	"testing"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// ownTable is a live table with an object of every kind, named by ferro's
// rule for its definition or not.
func ownTable() *schema.Table {
	return &schema.Table{
		Name:       "orders",
		Columns:    []*schema.Column{{Name: "id"}, {Name: "customer_id"}, {Name: "status"}, {Name: "qty"}},
		PrimaryKey: &schema.PrimaryKey{Name: "pk_orders", Columns: []string{"id"}},
		Indexes: []*schema.Index{
			{Name: "idx_orders_customer_id", Columns: []string{"customer_id"}},               // ferro's rule
			{Name: "idx_orders_qty", Columns: []string{"qty"}, Where: "qty > 0"},             // partial: no rule names it
			{Name: "idx_orders_by_status", Columns: []string{"status"}},                      // another name
			{Name: "uq_orders_status_qty", Unique: true, Columns: []string{"qty", "status"}}, // columns in another order
			{Name: "uq_orders_qty", Unique: true, Columns: []string{"qty"}},                  // ferro's rule
		},
		ForeignKeys: []*schema.ForeignKey{
			{Name: "fk_orders_customer_id", Columns: []string{"customer_id"}, RefTable: "customers", RefColumns: []string{"id"}, OnDelete: "no action", OnUpdate: "no action"},
			{Name: "fk_orders_customer", Columns: []string{"customer_id"}, RefTable: "customers", RefColumns: []string{"id"}, OnDelete: "cascade", OnUpdate: "no action"},
		},
		Checks: []*schema.Check{
			{Name: "ck_orders_status", Column: "status", Values: []string{"new", "paid"}}, // ferro's rule
			{Name: "ck_orders_qty", Expr: "qty >= 0"},                                     // ferro's name, not an enum check
		},
	}
}

func ownedNames(o ownedSet) []string {
	var out []string
	for k := range o {
		out = append(out, k.kind+" "+k.name)
	}
	slices.Sort(out)
	return out
}

// Without records, an object is ferro's exactly when its name is the one
// ferro generates for its definition; with records, exactly when a record
// of its name holds its definition.
func TestOwned(t *testing.T) {
	t.Parallel()
	live := &schema.Schema{Tables: []*schema.Table{ownTable()}}
	got := ownedNames(owned(live, records{}))
	want := []string{"check ck_orders_status", "foreign key fk_orders_customer_id", "index idx_orders_customer_id", "index uq_orders_qty", "primary key pk_orders"}
	if !slices.Equal(got, want) {
		t.Errorf("legacy: %q, want %q", got, want)
	}
	recs := records{exists: true, rows: []dialect.Record{
		{Table: "orders", Kind: dialect.KindIndex, Name: "idx_orders_by_status", Definition: "(status)"},
		{Table: "orders", Kind: dialect.KindForeignKey, Name: "fk_orders_customer_id", Definition: "(customer_id) -> customers(id) on delete cascade"}, // replaced by hand
		{Table: "orders", Kind: dialect.KindCheck, Name: "ck_orders_qty", Definition: "(qty >= 0)"},
		{Table: "gone", Kind: dialect.KindIndex, Name: "idx_gone_a", Definition: "(a)"},
	}}
	got = ownedNames(owned(live, recs))
	want = []string{"check ck_orders_qty", "index idx_orders_by_status"}
	if !slices.Equal(got, want) {
		t.Errorf("records: %q, want %q", got, want)
	}
}

// The records after a plan follow its renames of tables, columns, indexes
// and constraints, drop what it drops (and what goes with a dropped
// column), add what it creates, and forget records of objects that are
// gone.
func TestRecordsAfter(t *testing.T) {
	t.Parallel()
	lx := lexicon(engines["postgres"])
	live := &schema.Schema{Tables: []*schema.Table{ownTable(), {Name: "customers", Columns: []*schema.Column{{Name: "id"}}, PrimaryKey: &schema.PrimaryKey{Name: "pk_customers", Columns: []string{"id"}}}}}
	own := owned(live, records{})
	renamedIndex := &schema.Index{Name: "idx_purchases_buyer_id", Columns: []string{"buyer_id"}}
	changes := []schema.Change{
		&schema.RenameTable{From: "orders", To: "purchases"},
		&schema.RenameColumn{Table: "purchases", From: "customer_id", To: "buyer_id"},
		&schema.RenameConstraint{Table: "purchases", From: "pk_orders", To: "pk_purchases"},
		&schema.RenameIndex{Table: "purchases", From: "idx_orders_customer_id", To: renamedIndex},
		&schema.DropIndex{Table: "purchases", I: &schema.Index{Name: "uq_orders_qty", Unique: true, Columns: []string{"qty"}}},
		&schema.DropColumn{Table: "purchases", C: &schema.Column{Name: "status"}},
		&schema.AddIndex{Table: "customers", I: &schema.Index{Name: "idx_customers_id", Columns: []string{"id"}}},
	}
	var got []string
	for _, r := range recordsAfter(lx, live, own, changes) {
		got = append(got, r.Table+" "+r.Kind+" "+r.Name+" "+r.Definition)
	}
	want := []string{
		"customers index idx_customers_id (id)",
		"customers primary key pk_customers (id)",
		"purchases foreign key fk_orders_customer_id (buyer_id) -> customers(id)",
		"purchases index idx_purchases_buyer_id (buyer_id)",
		"purchases primary key pk_purchases (id)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("records after:\n%q\nwant\n%q", got, want)
	}
	// Before (legacy: no table) to after: the table created, every record
	// written; back (a down file): the table dropped.
	ops := recordChanges(records{}, recordsAfter(lx, live, own, changes))
	if !ops.create || len(ops.put) != len(want) || len(ops.del) != 0 {
		t.Errorf("recordChanges: %+v", ops)
	}
	if undo := recordsUndo(records{}, nil); !undo.drop || undo.statements()[0] != `DROP TABLE "ferro_objects"` {
		t.Errorf("recordsUndo: %+v", undo)
	}
}
