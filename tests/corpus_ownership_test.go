package tests

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/dialect"
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
// foreign keys, indexes (but primary keys') and checks: no plan at any
// level drops one, but those named exactly as ferro names their
// definition (GORM's idx_<table>_<column>: without ferro's records, the
// rule for databases of earlier ferro releases makes them ferro's), and
// the database applied at the destructive level keeps every foreign key.
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
				nt.ForeignKeys, nt.Checks, nt.Dependents = nil, nil, nil
				nt.Indexes = nil
				for _, x := range lt.Indexes {
					if lt.PrimaryKey != nil && x.Name == lt.PrimaryKey.Name {
						nt.Indexes = append(nt.Indexes, x)
					}
				}
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
					if name, ok := dropsOthers(ch); ok {
						t.Errorf("the plan drops another tool's %s: %s\n%s", name, ch, p)
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

// dropsOthers reports whether c drops an index, foreign key or check
// whose name is not the one ferro generates for its definition (or
// rebuilds a table without a foreign key or check of such a name that it
// had), and names it.
func dropsOthers(c schema.Change) (string, bool) {
	switch c := c.(type) {
	case *schema.DropForeignKey:
		return "foreign key " + c.FK.Label(), !ferroKeyName(c.Table, c.FK)
	case *schema.DropIndex:
		return "index " + c.I.Name, !ferroIndexName(c.Table, c.I)
	case *schema.DropCheck:
		return "check " + c.Check.Label(), !ferroCheckName(c.Table, c.Check)
	case *schema.RebuildTable:
		for _, fk := range c.From.ForeignKeys {
			if !ferroKeyName(c.From.Name, fk) && !slices.ContainsFunc(c.To.ForeignKeys, fk.Is) {
				return "foreign key " + fk.Label(), true
			}
		}
		for _, ck := range c.From.Checks {
			if !ferroCheckName(c.From.Name, ck) && !slices.ContainsFunc(c.To.Checks, ck.Is) {
				return "check " + ck.Label(), true
			}
		}
	}
	return "", false
}

// ferroKeyName, ferroIndexName and ferroCheckName report whether an
// object's name is the one ferro generates for its definition.
func ferroKeyName(table string, fk *schema.ForeignKey) bool {
	return fk.Name == dialect.ConstraintName(dialect.PrefixForeignKey, table, fk.Columns...)
}

func ferroIndexName(table string, x *schema.Index) bool {
	if x.Where != "" || len(x.Include) > 0 || x.Extra != "" || slices.ContainsFunc(x.Columns, func(c string) bool { return strings.HasPrefix(c, "(") }) {
		return false
	}
	prefix := dialect.PrefixIndex
	if x.Unique {
		prefix = dialect.PrefixUnique
	}
	return x.Name == dialect.ConstraintName(prefix, table, x.Columns...)
}

func ferroCheckName(table string, ck *schema.Check) bool {
	return ck.Values != nil && ck.Name == dialect.ConstraintName(dialect.PrefixCheck, table, ck.Column)
}
