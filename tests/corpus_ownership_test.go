package tests

import (
	"context"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// Issue 17 item 1 on the corpus: with models that leave another tool's
// keys out (as ferro gen -partial wrote them), migrate.AllowUpdates()
// dropped all 13 foreign keys of GORM's PostgreSQL database and all 5 of
// Rails', and on SQLite rebuilt tables to drop them: a name prefix (GORM's
// fk_<table>_<field>, Rails' fk_rails_<hash>) made them ferro's. Here the
// desired schema is each corpus database as inspected, without its
// foreign keys; no plan at any level drops one, and the database applied
// at the destructive level keeps every foreign key.
func TestCorpus_keysOfOtherToolsKept(t *testing.T) {
	t.Parallel()
	for _, c := range corpus {
		t.Run(c.file, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			e := loadCorpusDB(t, c)
			db := testdb.Open(t, e.FerroDriver, e.DSN)
			live, err := catalog.Inspect(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			desired := &schema.Schema{Enums: live.Enums}
			for _, lt := range live.Tables {
				nt := *lt
				nt.ForeignKeys = nil
				nt.Dependents = nil
				desired.Tables = append(desired.Tables, &nt)
			}
			for _, lvl := range []migrate.Option{migrate.AllowUpdates(), migrate.AllowDestructive()} {
				p, err := migrate.NewPlanFromSchema(ctx, db, desired, lvl)
				if err != nil {
					// A plan refused for another reason changes nothing either;
					// it must not be one that would drop a key.
					if strings.Contains(err.Error(), "foreign key") {
						t.Fatalf("%v", err)
					}
					continue
				}
				for _, ch := range p.Changes() {
					if dropsKey(ch) {
						t.Errorf("the plan drops another tool's foreign key: %s\n%s", ch, p)
					}
				}
			}
			p, err := migrate.NewPlanFromSchema(ctx, db, desired, migrate.AllowDestructive())
			if err == nil {
				err = p.Apply(ctx, db)
			}
			if err != nil {
				t.Logf("not applied: %v", err)
			}
			if got := countSchema(t, e); got.fks != c.want.fks || got.rows != c.want.rows {
				t.Errorf("after the destructive level: %+v, want the %d foreign keys and %d rows loaded", got, c.want.fks, c.want.rows)
			}
		})
	}
}

// dropsKey reports whether c drops a foreign key (or rebuilds a table
// without one it had).
func dropsKey(c schema.Change) bool {
	switch c := c.(type) {
	case *schema.DropForeignKey:
		return true
	case *schema.RebuildTable:
		return len(c.To.ForeignKeys) < len(c.From.ForeignKeys)
	}
	return false
}
