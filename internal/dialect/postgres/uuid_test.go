package postgres

import (
	"strings"
	"testing"

	"github.com/ferrosql/ferro/schema"
	"github.com/google/uuid"
)

// TestUUIDText pins the server's uuid input rule (string_to_uuid), which
// names the argument the server refused (issue 13 item 12).
func TestUUIDText(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", true},
		{"A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11", true},
		{"{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}", true},
		{"a0eebc999c0b4ef8bb6d6bb9bd380a11", true},
		{"a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11", true},
		{"{a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11}", true},
		{"", false},
		{"zz", false},
		{"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1", false},
		{"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11-", false},
		{"a0e-ebc99-9c0b-4ef8-bb6d-6bb9bd380a11", false},
		{"{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", false},
		{"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}", false},
		{"urn:uuid:a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", false},
	} {
		if got := UUIDText(tc.in); got != tc.ok {
			t.Errorf("UUIDText(%q) = %v, want %v", tc.in, got, tc.ok)
		}
	}
}

// FuzzUUIDText: every text the rule accepts is a UUID google/uuid reads the
// same way once braces and hyphens are taken out, and every canonical
// UUID is accepted.
func FuzzUUIDText(f *testing.F) {
	for _, s := range []string{"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "{A0EEBC999C0B4EF8BB6D6BB9BD380A11}", "a0ee-bc99", "-", "{}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !UUIDText(s) {
			if u, err := uuid.Parse(s); err == nil && s == u.String() {
				t.Fatalf("UUIDText(%q) = false for a canonical UUID", s)
			}
			return
		}
		bare := strings.Trim(strings.ReplaceAll(s, "-", ""), "{}")
		if _, err := uuid.Parse(bare); err != nil || len(bare) != 32 {
			t.Fatalf("UUIDText(%q) = true, but %q is not 32 hex digits: %v", s, bare, err)
		}
	})
}

// TestTypeChangeSQL_noCheckedUUID: PostgreSQL's uuid is a type of its own,
// so no column becomes uuid by a checked change (the migrator's
// text -> uuid conversion is SQLite's alone).
func TestTypeChangeSQL_noCheckedUUID(t *testing.T) {
	t.Parallel()
	tc := Migrator{}.TypeChangeSQL()
	for _, from := range []schema.Type{{Kind: schema.KindText}, {Kind: schema.KindChar, Length: 36}, schema.Unknown("UUID")} {
		if kind, _ := schema.Convert(tc, `"c"`, from, schema.Type{Kind: schema.KindUUID}); kind != schema.ConvRefused {
			t.Errorf("Convert(%s -> uuid) = %v, want refused", from, kind)
		}
	}
}
