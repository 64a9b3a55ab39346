package tests

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
)

// Two Migrate calls racing from separate pools both succeed; the second
// re-plans under the lock and finds nothing to do (behaviour 3).
func TestMigrate_racingPools(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		models := []any{cust2{}, order2{}}
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i := range errs {
			db := testdb.Open(t, e.FerroDriver, e.DSN)
			wg.Go(func() { errs[i] = ferro.Migrate(db, models) })
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("migrator %d: %v", i, err)
			}
		}
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		p, err := migrate.NewPlan(context.Background(), db, models)
		if err != nil || !p.Empty() {
			t.Fatalf("after the race: %v\n%v", err, p)
		}
	})
}

type narrow1 struct {
	ID  int64 `ferro:"id,pk"`
	Qty int64 `ferro:"qty"`
}

func (narrow1) TableName() string { return "stock" }

type narrow2 struct {
	ID  int64 `ferro:"id,pk"`
	Qty int32 `ferro:"qty"`
}

func (narrow2) TableName() string { return "stock" }

// A lossy type change is refused while a value would not survive, with the
// count; once the data fits it applies, checked inside the transaction.
func TestMigrate_lossyTypeChangeChecked(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		if err := ferro.Migrate(db, []any{narrow1{}}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO stock (qty) VALUES (1), (5000000000), (-5000000000)`); err != nil {
			t.Fatal(err)
		}
		err := ferro.Migrate(db, []any{narrow2{}}, migrate.AllowUpdates())
		want := "ferro/migrate: plan refused, nothing was executed (1 problem):\n" +
			"  - stock.qty: has 2 rows whose value would not survive the type change from bigint to int; fix those rows or keep the type"
		if !errors.Is(err, migrate.ErrRefused) || err.Error() != want {
			t.Fatalf("error:\n got %v\nwant %s", err, want)
		}
		if _, err := db.Exec(`DELETE FROM stock WHERE qty > 10`); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`UPDATE stock SET qty = 7 WHERE qty < 0`); err != nil {
			t.Fatal(err)
		}
		if err := ferro.Migrate(db, []any{narrow2{}}, migrate.AllowUpdates()); err != nil {
			t.Fatal(err)
		}
		var sum int64
		db.QueryRow(`SELECT sum(qty) FROM stock`).Scan(&sum)
		if sum != 8 {
			t.Errorf("sum(qty) = %d, want 8", sum)
		}
	})
}
