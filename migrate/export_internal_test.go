package migrate

import (
	"os"
	"path/filepath"
	"testing"
)

// WriteMigration never overwrites a file: the file is created exclusively,
// so a migration written at the same time by another process with the same
// version fails instead of replacing it.
func TestWriteNew_neverOverwrites(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "1_x.up.sql")
	if err := writeNew(path, "first"); err != nil {
		t.Fatal(err)
	}
	if err := writeNew(path, "second"); err == nil {
		t.Fatal("second write succeeded")
	}
	if b, _ := os.ReadFile(path); string(b) != "first" {
		t.Fatalf("file now holds %q", b)
	}
}

// refusedBy matches a problem to the guard that found it (the count filled
// into the reason), and nothing else.
func TestRefusedBy(t *testing.T) {
	t.Parallel()
	g := &Guard{Table: "t", Columns: []string{"c"}, Reason: "has %d rows too long; shorten them"}
	for _, tc := range []struct {
		pr   Problem
		want bool
	}{
		{Problem{Table: "t", Column: "c", Reason: "has 12 rows too long; shorten them"}, true},
		{Problem{Table: "t", Column: "c", Reason: "has x rows too long; shorten them"}, false},
		{Problem{Table: "t", Column: "d", Reason: "has 12 rows too long; shorten them"}, false},
		{Problem{Table: "u", Column: "c", Reason: "has 12 rows too long; shorten them"}, false},
		{Problem{Table: "t", Column: "c", Reason: "has 12 rows too long"}, false},
	} {
		if got := refusedBy(g, tc.pr); got != tc.want {
			t.Errorf("refusedBy(%q) = %v", tc.pr, got)
		}
	}
}
