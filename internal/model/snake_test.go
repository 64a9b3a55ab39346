package model

import "testing"

func TestSnakeCase(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"", ""},
		{"ID", "id"},
		{"UserID", "user_id"},
		{"HTTPServerID", "http_server_id"},
		{"APIKey", "api_key"},
		{"CustomerID", "customer_id"},
		{"PaidAt", "paid_at"},
		{"Address2", "address2"},
		{"V2Name", "v2_name"},
		{"already_snake", "already_snake"},
		{"Mixed_Case", "mixed_case"},
		{"lowerCamel", "lower_camel"},
		{"A", "a"},
		{"ÉtéCount", "été_count"},
		{"Invoice", "invoice"},
		{"InvoiceLineItem", "invoice_line_item"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := SnakeCase(tc.in); got != tc.want {
				t.Fatalf("SnakeCase(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
