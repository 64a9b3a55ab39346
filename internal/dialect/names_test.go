package dialect

import (
	"strings"
	"testing"
)

// Moved from catalog (TestConstraintName, ExampleConstraintName) when
// ConstraintName became internal: the names FromModels generates.
func TestConstraintName(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("x", 70)
	tests := []struct {
		name, prefix, table string
		cols                []string
		want                string
	}{
		{"pk", PrefixPrimaryKey, "invoices", nil, "pk_invoices"},
		{"index", PrefixIndex, "invoices", []string{"a", "b"}, "idx_invoices_a_b"},
		{"cut", PrefixUnique, long, []string{"c"}, "uq_" + strings.Repeat("x", 51) + "_"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ConstraintName(tc.prefix, tc.table, tc.cols...)
			if !strings.HasPrefix(got, tc.want) || len(got) > MaxIdentLen {
				t.Fatalf("got %q (%d bytes), want prefix %q", got, len(got), tc.want)
			}
			if got != ConstraintName(tc.prefix, tc.table, tc.cols...) {
				t.Fatal("not deterministic")
			}
		})
	}
	a := ConstraintName("idx", long, "a")
	b := ConstraintName("idx", long, "b")
	if a == b || len(a) != MaxIdentLen {
		t.Fatalf("cut names must differ by hash and be 63 bytes: %q %q", a, b)
	}
	// The exact spellings (the hash is FNV-1a of the full name).
	for _, c := range []struct{ got, want string }{
		{ConstraintName(PrefixIndex, "orders", "shopper_id", "placed_at"), "idx_orders_shopper_id_placed_at"},
		{ConstraintName(PrefixUnique, "accounting_period_closing_adjustment_entries", "reference_to_the_original_journal_entry"),
			"uq_accounting_period_closing_adjustment_entries_refere_3eacc76b"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
