package tests

import (
	"context"
	"testing"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
)

type Prio int16

func (Prio) Values() []Prio { return []Prio{-1, 0, 5} }

type Prio2 int16

func (Prio2) Values() []Prio2 { return []Prio2{-1, 0, 5, 9} }

type ticket1 struct {
	ID   int64 `ferro:"id,pk"`
	Prio Prio  `ferro:"prio,default=0"`
}

func (ticket1) TableName() string { return "ticket" }

type ticket2 struct {
	ID   int64 `ferro:"id,pk"`
	Prio Prio2 `ferro:"prio,default=0"`
}

func (ticket2) TableName() string { return "ticket" }

// Issue 12 item 5: an integer enum (Values() of a named int type) got no
// CHECK while a string enum did. Now the engine refuses a non-member written
// by any program, a new member widens the check, and every plan converges.
func TestMigrate_integerEnumCheck(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		raw := testdb.Open(t, e.RawDriver, e.DSN)
		if err := ferro.Migrate(db, []any{ticket1{}}); err != nil {
			t.Fatal(err)
		}
		want, _ := catalog.FromModels(ticket1{})
		sameSchema(t, "after create", want, inspect(t, db))
		if _, err := raw.Exec(`INSERT INTO ticket (id, prio) VALUES (1, 5), (2, -1)`); err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Exec(`INSERT INTO ticket (id, prio) VALUES (3, 9)`); err == nil {
			t.Fatal("the engine stored 9, which is not a member of Prio")
		}
		for _, m := range []any{ticket1{}, ticket2{}} {
			if m == (ticket2{}) {
				if err := ferro.Migrate(db, []any{m}, migrate.AllowUpdates()); err != nil {
					t.Fatal(err)
				}
			}
			p, err := migrate.NewPlan(ctx, db, []any{m}, migrate.AllowDestructive())
			if err != nil {
				t.Fatal(err)
			}
			if !p.Empty() {
				t.Fatalf("%T: plan after migrating is not empty:\n%s", m, p)
			}
		}
		if _, err := raw.Exec(`INSERT INTO ticket (id, prio) VALUES (3, 9)`); err != nil {
			t.Fatalf("9 is a member of Prio2: %v", err)
		}
	})
}
