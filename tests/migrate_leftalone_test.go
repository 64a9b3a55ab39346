package tests

import (
	"context"
	"strings"
	"testing"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
)

type aloneParent struct {
	ID int64 `ferro:"id,pk"`
}

func (aloneParent) TableName() string { return "alone_parent" }

type aloneChild struct {
	ID       int64  `ferro:"id,pk"`
	Name     string `ferro:"name"`
	ParentID int64  `ferro:"parent_id"`
	Qty      int64  `ferro:"qty"`
}

func (aloneChild) TableName() string { return "alone_child" }

// TestMigrate_foreignObjectsListedNeverDropped pins "nothing silent" for
// another tool's indexes and constraints (issue 8 item 3, and adoption's
// matching by definition): an index, a foreign key and a check that no model
// declares and that ferro did not name are never dropped, at any level, and
// every plan says that it leaves them alone.
func TestMigrate_foreignObjectsListedNeverDropped(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		ctx := context.Background()
		models := []any{aloneParent{}, aloneChild{}}
		if err := ferro.Migrate(db, models); err != nil {
			t.Fatal(err)
		}
		stmts := []string{`CREATE INDEX their_name ON alone_child (name)`}
		want := []string{`alone_child: index "their_name"`}
		if e.Name == "postgres" { // SQLite cannot add constraints to a table
			stmts = append(stmts,
				`ALTER TABLE alone_child ADD CONSTRAINT their_fk FOREIGN KEY (parent_id) REFERENCES alone_parent (id)`,
				`ALTER TABLE alone_child ADD CONSTRAINT their_ck CHECK (qty >= 0)`)
			want = append(want, `alone_child: foreign key "their_fk"`, `alone_child: check "their_ck"`)
		}
		execAll(t, db, stmts...)
		for _, lvl := range []migrate.Option{migrate.AllowUpdates(), migrate.AllowDestructive()} {
			p, err := migrate.NewPlan(ctx, db, models, lvl)
			if err != nil {
				t.Fatal(err)
			}
			if !p.Empty() {
				t.Fatalf("the plan changes another tool's objects:\n%s", p)
			}
			kept := strings.Join(p.Residue().Kept, "\n")
			for _, w := range want {
				if !strings.Contains(kept, w) || !strings.Contains(p.String(), w) {
					t.Errorf("the plan does not say it leaves %s alone:\n%s", w, p)
				}
			}
		}
		if err := ferro.Migrate(db, models, migrate.AllowDestructive()); err != nil {
			t.Fatal(err)
		}
		live, err := catalog.Inspect(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		tb, _ := live.Table("alone_child")
		if _, ok := tb.Index("their_name"); !ok {
			t.Error("their_name was dropped")
		}
		if e.Name == "postgres" {
			if _, ok := tb.ForeignKey("their_fk"); !ok {
				t.Error("their_fk was dropped")
			}
			if _, ok := tb.Check("their_ck"); !ok {
				t.Error("their_ck was dropped")
			}
		}
	})
}
