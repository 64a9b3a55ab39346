package engine

import (
	"strings"
	"testing"
)

// TestPrepareDSN_journalMode pins the WAL default: file databases get it
// unless the DSN chose a journal mode or cannot write; memory databases
// never do.
func TestPrepareDSN_journalMode(t *testing.T) {
	cases := []struct {
		dsn     string
		wantWAL bool
	}{
		{"file:app.db", true},
		{"app.db", true},
		{"file:app.db?_pragma=journal_mode(delete)", false},
		{"file:app.db?_pragma=JOURNAL_MODE(truncate)", false},
		{"file:app.db?mode=ro", false},
		{"file:app.db?immutable=1", false},
		{"file:app.db?vfs=unix-none", false},
		{":memory:", false},
		{"file::memory:", false},
		{"file:x?mode=memory&cache=shared", false},
		{"", false},
	}
	for _, tc := range cases {
		t.Run(tc.dsn, func(t *testing.T) {
			out, _, err := PrepareDSN(tc.dsn)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(out, "journal_mode%28wal%29"); got != tc.wantWAL {
				t.Errorf("PrepareDSN(%q) = %q: WAL added = %v, want %v", tc.dsn, out, got, tc.wantWAL)
			}
		})
	}
}
