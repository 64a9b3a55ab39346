package migrate

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/dialect/postgres"
	"github.com/ferrosql/ferro/internal/dialect/sqlite"
	"github.com/ferrosql/ferro/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

var engines = map[string]engine{"sqlite": sqlite.Migrator{}, "postgres": postgres.Migrator{}}

func typ(s string) schema.Type {
	t, err := schema.ParseType(s)
	if err != nil {
		panic(err)
	}
	return t
}

func col(name, t string, nullable bool, def string) *schema.Column {
	return &schema.Column{Name: name, Type: typ(t), Nullable: nullable, Default: def}
}

func idCol() *schema.Column {
	return &schema.Column{Name: "id", Type: typ("bigint"), AutoIncrement: true}
}

func pk(table string) *schema.PrimaryKey {
	return &schema.PrimaryKey{Name: "pk_" + table, Columns: []string{"id"}}
}

// base is version 1 of a small shop.
func base() *schema.Schema {
	return &schema.Schema{Tables: []*schema.Table{
		{Name: "customer", Columns: []*schema.Column{idCol(), col("name", "text", false, ""), col("age", "int", true, ""), col("legacy", "text", true, "")},
			PrimaryKey: pk("customer"),
			Indexes:    []*schema.Index{{Name: "idx_customer_legacy", Columns: []string{"legacy"}}}},
	}}
}

func clone(s *schema.Schema) *schema.Schema {
	out := &schema.Schema{}
	for _, t := range s.Tables {
		nt := *t
		nt.Columns = nil
		for _, c := range t.Columns {
			nc := *c
			nt.Columns = append(nt.Columns, &nc)
		}
		nt.Indexes = append([]*schema.Index(nil), t.Indexes...)
		nt.ForeignKeys = append([]*schema.ForeignKey(nil), t.ForeignKeys...)
		nt.Checks = append([]*schema.Check(nil), t.Checks...)
		out.Tables = append(out.Tables, &nt)
	}
	return out
}

// next is version 2: a new invoice table (with a foreign key, an enum
// check and a unique), and every kind of column change on customer.
func next() *schema.Schema {
	s := clone(base())
	c := s.Tables[0]
	c.Columns = []*schema.Column{idCol(), col("name", "varchar(80)", false, ""), col("age", "bigint", false, "0"), col("email", "text", true, ""), col("tier", "text", false, "'basic'")}
	c.Indexes = []*schema.Index{{Name: "uq_customer_email", Unique: true, Columns: []string{"email"}}}
	s.Tables = append([]*schema.Table{{
		Name:        "invoice",
		Columns:     []*schema.Column{idCol(), col("customer_id", "bigint", false, ""), col("status", "text", false, "'draft'")},
		PrimaryKey:  pk("invoice"),
		Indexes:     []*schema.Index{{Name: "idx_invoice_customer_id", Columns: []string{"customer_id"}}},
		ForeignKeys: []*schema.ForeignKey{{Name: "fk_invoice_customer_id", Columns: []string{"customer_id"}, RefTable: "customer", RefColumns: []string{"id"}, OnDelete: "cascade", OnUpdate: "no action"}},
		Checks:      []*schema.Check{{Name: "ck_invoice_status", Column: "status", Values: []string{"draft", "paid"}}},
	}}, s.Tables...)
	return s
}

// renamed is base with the table and a column renamed, declared.
func renamed() *schema.Schema {
	s := clone(base())
	c := s.Tables[0]
	c.Name, c.RenamedFrom = "client", []string{"customer"}
	c.PrimaryKey = pk("client")
	c.Columns[3] = col("notes", "text", true, "")
	c.Columns[3].RenamedFrom = []string{"remarks", "legacy"}
	c.Indexes = []*schema.Index{{Name: "idx_client_notes", Columns: []string{"notes"}}}
	return s
}

// Plan-level golden tests: catalog in, plan out, no database. The guards
// are printed with the statements.
func TestPlanner_golden(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name       string
		want, have *schema.Schema
		level      Level
	}{
		{"create", next(), &schema.Schema{}, LevelCreate},
		{"noop", base(), base(), LevelDestructive},
		{"create_level_leaves_changes_pending", next(), base(), LevelCreate},
		{"updates", next(), base(), LevelUpdates},
		{"destructive", next(), base(), LevelDestructive},
		{"rename", renamed(), base(), LevelUpdates},
	}
	for _, tc := range cases {
		for _, d := range []string{"sqlite", "postgres"} {
			t.Run(tc.name+"/"+d, func(t *testing.T) {
				t.Parallel()
				eng := engines[d]
				var r dialect.ChangeRenderer = postgres.Renderer{}
				if d == "sqlite" {
					r = sqlite.Renderer{Objects: []sqlite.Object{{Type: "index", Name: "idx_customer_legacy", Table: "customer", SQL: `CREATE INDEX "idx_customer_legacy" ON "customer" ("legacy")`}}}
				}
				p, problems := planOffline(t, eng, r, tc.want, tc.have, newConfig([]Option{func(c *config) { c.level = tc.level }}))
				var b strings.Builder
				b.WriteString(p.String())
				for _, pr := range problems {
					fmt.Fprintf(&b, "problem: %s\n", pr)
				}
				down, err := p.downFile()
				if err != nil {
					t.Fatal(err)
				}
				b.WriteString("-- down:\n")
				b.WriteString(down)
				golden(t, filepath.Join("testdata", tc.name+"."+d+".plan"), b.String())
			})
		}
	}
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs (run with -update to accept):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

// planOffline plans want against have with no database, through
// makePlan's own construction (planAgainst): what makePlan does minus
// introspection and the data checks' counts.
func planOffline(t *testing.T, eng engine, r dialect.ChangeRenderer, want, have *schema.Schema, cfg config) (*Plan, []Problem) {
	t.Helper()
	p, problems, err := planAgainst(eng, r, want, have, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return p, problems
}

func changeLines(cs []schema.Change) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.String())
	}
	return out
}

// ExpandOnly keeps exactly the changes old code can live with; renames,
// narrowing, tightening and drops stay pending and say why.
func TestPlanner_expandOnly(t *testing.T) {
	t.Parallel()
	have := base()
	want := clone(base())
	c := want.Tables[0]
	c.Columns = []*schema.Column{idCol(), col("full_name", "text", false, ""), col("age", "bigint", true, ""), col("legacy", "varchar(8)", true, ""), col("note", "text", true, "")}
	c.Columns[1].RenamedFrom = []string{"name"}
	c.Indexes = append(c.Indexes, &schema.Index{Name: "uq_customer_note", Unique: true, Columns: []string{"note"}})
	for _, d := range []string{"sqlite", "postgres"} {
		pl := newPlanner(engines[d], want, have, newConfig([]Option{AllowDestructive(), ExpandOnly()}))
		got := changeLines(pl.run())
		var pending []string
		for _, p := range pl.pending {
			if !p.Contracts {
				t.Errorf("%s: %s pending without being held back by ExpandOnly", d, p.Change)
			}
			pending = append(pending, p.Change.String())
		}
		wantDone := []string{"~ type customer.age int -> bigint", "+ column customer.note text NULL"}
		if d == "sqlite" {
			wantDone = []string{"~ rebuild customer:\n    ~ type customer.age int -> bigint\n    + column customer.note text NULL"}
		}
		if !slices.Equal(got, wantDone) {
			t.Errorf("%s: applied %q, want %q", d, got, wantDone)
		}
		wantPending := []string{"~ rename column customer.name -> full_name", "~ type customer.legacy text -> varchar(8) (every value checked)", "+ unique customer.uq_customer_note (note)"}
		if !slices.Equal(pending, wantPending) {
			t.Errorf("%s: pending %q, want %q", d, pending, wantPending)
		}
	}
}

// A dropped column takes its dependents with it, listed: a foreign key, a
// check and a user index on it. On SQLite the rebuild's new table has none
// of them.
func TestPlanner_dependentsOfDroppedColumn(t *testing.T) {
	t.Parallel()
	have := clone(base())
	h := have.Tables[0]
	h.Indexes = append(h.Indexes, &schema.Index{Name: "my_legacy", Columns: []string{"legacy"}})
	h.ForeignKeys = []*schema.ForeignKey{{Name: "fk_customer_legacy", Columns: []string{"legacy"}, RefTable: "customer", RefColumns: []string{"id"}, OnDelete: "no action", OnUpdate: "no action"}}
	h.Checks = []*schema.Check{{Name: "legacy_short", Expr: `length("legacy") < 10`}}
	h.Sort()
	want := clone(base())
	w := want.Tables[0]
	w.Columns = w.Columns[:3]
	w.Indexes = nil
	for _, d := range []string{"sqlite", "postgres"} {
		pl := newPlanner(engines[d], want, have, newConfig([]Option{AllowDestructive()}))
		cs := pl.run()
		if len(pl.problems) > 0 {
			t.Fatal(pl.problems)
		}
		got := changeLines(cs)
		deps := []string{"- index customer.idx_customer_legacy", "- index customer.my_legacy", "- foreign key customer.fk_customer_legacy", "- check customer.legacy_short", "- column customer.legacy (its data is lost)"}
		if d == "postgres" {
			// Foreign keys go first: one may rest on a unique index the
			// plan drops.
			deps := append([]string{deps[2]}, slices.Delete(slices.Clone(deps), 2, 3)...)
			if !slices.Equal(got, deps) {
				t.Errorf("postgres: %q, want %q", got, deps)
			}
			continue
		}
		rb, ok := cs[0].(*schema.RebuildTable)
		if len(cs) != 1 || !ok || !slices.Equal(changeLines(rb.Changes), deps) {
			t.Fatalf("sqlite: %q", got)
		}
		if len(rb.To.Indexes) != 0 || len(rb.To.ForeignKeys) != 0 || len(rb.To.Checks) != 0 {
			t.Fatalf("the rebuilt table keeps dependents of the dropped column: %+v", rb.To)
		}
		stmts, err := sqlite.Renderer{}.Render(rb)
		if err != nil {
			t.Fatal(err)
		}
		if s := strings.Join(stmts, "\n"); strings.Contains(s, "legacy") {
			t.Fatalf("the rebuild mentions the dropped column:\n%s", s)
		}
	}
}

// A table rename the level does not allow is pending, and the plan neither
// creates the new table nor lists the old one as unmanaged.
func TestPlanner_pendingTableRename(t *testing.T) {
	t.Parallel()
	want := clone(base())
	want.Tables[0].Name = "client"
	want.Tables[0].RenamedFrom = []string{"customer"}
	for _, d := range []string{"sqlite", "postgres"} {
		pl := newPlanner(engines[d], want, base(), newConfig(nil))
		if cs := pl.run(); len(cs) != 0 || len(pl.unmanaged) != 0 || len(pl.pending) != 1 || pl.pending[0].Change.String() != "~ rename table customer -> client" {
			t.Fatalf("%s: changes %q, unmanaged %q, pending %v", d, changeLines(cs), pl.unmanaged, pl.pending)
		}
	}
}

// sqliteWithout are SQLite's migrator with one ALTER capability removed:
// each struct lists the capabilities it has, so that a type assertion
// finds exactly those (the toy engine of issue 19 does the same).
type (
	sqliteWithoutAdd struct {
		dialect.Migrator
		dialect.TableRebuilder
		dialect.ColumnDropper
		dialect.ParentKeyFinder
	}
	sqliteWithoutDrop struct {
		dialect.Migrator
		dialect.TableRebuilder
		dialect.ColumnAdder
		dialect.ParentKeyFinder
	}
)

// The planner asks the engine's capabilities what ALTER TABLE makes in
// place, and the down file follows the same rule: an engine without
// ColumnAdder adds every column by a rebuild, one without ColumnDropper
// drops every column by a rebuild; the rest is planned as on SQLite.
func TestPlanner_followsAlterCapabilities(t *testing.T) {
	t.Parallel()
	m := sqlite.Migrator{}
	add := clone(base()) // + a nullable column, which SQLite's ALTER TABLE adds
	add.Tables[0].Columns = append(add.Tables[0].Columns, col("note", "text", true, ""))
	drop := clone(base()) // - legacy, which SQLite's ALTER TABLE drops (with its index)
	drop.Tables[0].Columns = drop.Tables[0].Columns[:3]
	drop.Tables[0].Indexes = nil
	const (
		addNote    = "+ column customer.note text NULL"
		dropIndex  = "- index customer.idx_customer_legacy"
		dropLegacy = "- column customer.legacy (its data is lost)"
		rebuild    = "~ rebuild customer:\n    "
	)
	for _, tc := range []struct {
		name    string
		eng     engine
		want    *schema.Schema
		changes []string
		// downRebuilds: the down file rebuilds the table to revert them.
		downRebuilds bool
	}{
		{"sqlite/add", m, add, []string{addNote}, false},
		{"sqlite/drop", m, drop, []string{dropIndex, dropLegacy}, false},
		{"withoutAdd/add", sqliteWithoutAdd{m, m, m, m}, add, []string{rebuild + addNote}, true},
		{"withoutAdd/drop", sqliteWithoutAdd{m, m, m, m}, drop, []string{dropIndex, dropLegacy}, true},
		{"withoutDrop/add", sqliteWithoutDrop{m, m, m, m}, add, []string{addNote}, true},
		{"withoutDrop/drop", sqliteWithoutDrop{m, m, m, m}, drop, []string{rebuild + dropIndex + "\n    " + dropLegacy}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := sqlite.Renderer{Objects: []sqlite.Object{{Type: "index", Name: "idx_customer_legacy", Table: "customer", SQL: `CREATE INDEX "idx_customer_legacy" ON "customer" ("legacy")`}}}
			p, problems := planOffline(t, tc.eng, r, tc.want, base(), newConfig([]Option{AllowDestructive()}))
			if len(problems) > 0 {
				t.Fatal(problems)
			}
			if got := changeLines(p.Changes()); !slices.Equal(got, tc.changes) {
				t.Errorf("changes %q, want %q", got, tc.changes)
			}
			down, err := p.downFile()
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(down, `CREATE TABLE "_ferro_new_customer"`); got != tc.downRebuilds {
				t.Errorf("the down file rebuilds: %v, want %v:\n%s", got, tc.downRebuilds, down)
			}
		})
	}
}
