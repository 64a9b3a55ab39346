package migrate

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ferrosql/ferro/internal/dialect/sqlite"
	"github.com/ferrosql/ferro/schema"
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
	g := &schema.Guard{Table: "t", Columns: []string{"c"}, Reason: "has %d rows too long; shorten them"}
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

// shapes follows renames into the references of other tables, as the
// engines do, and never modifies the plan's schema objects.
func TestShapes_apply(t *testing.T) {
	t.Parallel()
	parent := &schema.Table{Name: "p", Columns: []*schema.Column{{Name: "id"}}}
	fk := &schema.ForeignKey{Name: "fk_c_pid", Columns: []string{"pid"}, RefTable: "p", RefColumns: []string{"id"}}
	child := &schema.Table{Name: "c", Columns: []*schema.Column{{Name: "pid", Nullable: true}}, ForeignKeys: []*schema.ForeignKey{fk}}
	m := newShapes(&schema.Schema{Tables: []*schema.Table{parent, child}})
	lx := sqlite.Dialect{}.Lexicon()
	m.apply(lx, &schema.RenameColumn{Table: "p", From: "id", To: "key"})
	m.apply(lx, &schema.RenameTable{From: "p", To: "q"})
	m.apply(lx, &schema.SetNotNull{Table: "c", Column: "pid"})
	got := m["c"].ForeignKeys[0]
	if got.RefTable != "q" || got.RefColumns[0] != "key" {
		t.Errorf("reference after the renames: %+v", *got)
	}
	if _, ok := m["q"].Column("key"); !ok || m["p"] != nil {
		t.Errorf("renamed table: %+v", m)
	}
	if c, _ := m["c"].Column("pid"); c.Nullable {
		t.Error("SetNotNull not applied")
	}
	if fk.RefTable != "p" || fk.RefColumns[0] != "id" || parent.Name != "p" || parent.Columns[0].Name != "id" || !child.Columns[0].Nullable {
		t.Error("the plan's schema objects were modified")
	}
}
