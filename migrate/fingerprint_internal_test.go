package migrate

import (
	"bytes"
	"testing"

	"github.com/ferrosql/ferro/internal/dialect"
)

func fpSchema(col string) *dialect.Schema {
	return &dialect.Schema{Tables: []*dialect.Table{{
		Name:       "t",
		Columns:    []*dialect.Column{{Name: "id", Type: dialect.Type{Kind: dialect.KindBigint}}, {Name: col, Type: dialect.Type{Kind: dialect.KindText}}},
		PrimaryKey: &dialect.PrimaryKey{Name: "pk_t", Columns: []string{"id"}},
	}}}
}

// The memory answers only for the same engine, the same fingerprint and a
// deep-equal desired schema (a fresh value built the same way).
func TestConvergedSet_find(t *testing.T) {
	t.Parallel()
	var s convergedSet
	fp := bytes.Repeat([]byte{1}, 32)
	s.add("sqlite", fp, fpSchema("a"))
	if got := s.fingerprints("sqlite", fpSchema("a")); len(got) != 1 || !bytes.Equal(got[0], fp) {
		t.Fatalf("fingerprints(sqlite, a) = %x", got)
	}
	if got := s.fingerprints("sqlite", fpSchema("b")); len(got) != 0 {
		t.Fatalf("fingerprints(sqlite, b) = %x", got)
	}
	if got := s.fingerprints("postgres", fpSchema("a")); len(got) != 0 {
		t.Fatalf("fingerprints(postgres, a) = %x", got)
	}
	tests := []struct {
		name    string
		dialect string
		fp      []byte
		desired *dialect.Schema
		want    bool
	}{
		{"same", "sqlite", bytes.Repeat([]byte{1}, 32), fpSchema("a"), true},
		{"other fingerprint", "sqlite", bytes.Repeat([]byte{2}, 32), fpSchema("a"), false},
		{"other models", "sqlite", fp, fpSchema("b"), false},
		{"other engine", "postgres", fp, fpSchema("a"), false},
		{"no fingerprint", "sqlite", nil, fpSchema("a"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := s.find(tc.dialect, tc.fp, tc.desired); got != tc.want {
				t.Fatalf("find = %v, want %v", got, tc.want)
			}
		})
	}
}

// The memory is bounded: the oldest entry goes first, and adding an entry
// that is already there keeps one copy.
func TestConvergedSet_bounded(t *testing.T) {
	t.Parallel()
	var s convergedSet
	for i := range maxConverged + 5 {
		s.add("sqlite", bytes.Repeat([]byte{byte(i)}, 32), fpSchema("a"))
		s.add("sqlite", bytes.Repeat([]byte{byte(i)}, 32), fpSchema("a"))
	}
	if len(s.entries) != maxConverged {
		t.Fatalf("%d entries, want %d", len(s.entries), maxConverged)
	}
	if s.find("sqlite", bytes.Repeat([]byte{0}, 32), fpSchema("a")) {
		t.Error("the oldest entry was kept")
	}
	if !s.find("sqlite", bytes.Repeat([]byte{maxConverged + 4}, 32), fpSchema("a")) {
		t.Error("the newest entry is missing")
	}
}
