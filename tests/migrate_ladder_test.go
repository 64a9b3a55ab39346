package tests

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"testing"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// The ladder of model versions (issue 4, behaviour 8): every step is one
// Migrate; after the last one the database inspects equal to a fresh one.

type Status string

func (Status) Values() []string { return []string{"new", "paid"} }

type Status2 string

func (Status2) Values() []string { return []string{"new", "paid", "shipped"} }

type cust1 struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (cust1) TableName() string { return "customer" }

type cust2 struct {
	ID    int64   `ferro:"id,pk"`
	Name  string  `ferro:"name"`
	Email *string `ferro:"email"`
}

func (cust2) TableName() string { return "customer" }

type order2 struct {
	ID         int64 `ferro:"id,pk"`
	CustomerID int64 `ferro:"customer_id,fk=customer.id,index"`
}

func (order2) TableName() string { return "orders" }

type cust3 struct {
	ID    int64   `ferro:"id,pk"`
	Name  string  `ferro:"name"`
	Email *string `ferro:"email"`
	Age   *int32  `ferro:"age"`
}

func (cust3) TableName() string { return "customer" }

type order3 struct {
	ID         int64  `ferro:"id,pk"`
	CustomerID int64  `ferro:"customer_id,fk=customer.id,index"`
	Status     Status `ferro:"status,default='new'"`
}

func (order3) TableName() string { return "orders" }

type cust4 struct {
	ID    int64   `ferro:"id,pk"`
	Name  string  `ferro:"name"`
	Email *string `ferro:"email,unique"`
	Age   *int64  `ferro:"age"`
}

func (cust4) TableName() string { return "customer" }

type cust5 struct {
	ID    int64   `ferro:"id,pk"`
	Name  string  `ferro:"name"`
	Email *string `ferro:"email,unique"`
	Age   int64   `ferro:"age,default=0"`
}

func (cust5) TableName() string { return "customer" }

type order6 struct {
	ID         int64   `ferro:"id,pk"`
	CustomerID int64   `ferro:"customer_id,fk=customer.id,index"`
	Status     Status2 `ferro:"status,default='new'"`
}

func (order6) TableName() string { return "orders" }

type cust7 struct {
	ID    int64   `ferro:"id,pk"`
	Name  string  `ferro:"name,type=varchar(100),index"`
	Email *string `ferro:"email,unique"`
	Age   int64   `ferro:"age,default=0"`
}

func (cust7) TableName() string { return "customer" }

type cust8 struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name,type=varchar(100),index"`
	Age  int64  `ferro:"age,default=0"`
	Note string `ferro:"note,default='-'"`
}

func (cust8) TableName() string { return "customer" }

var ladder = []struct {
	name   string
	models []any
	opts   []migrate.Option
	seed   []string
}{
	{"v1 create", []any{cust1{}}, nil, []string{`INSERT INTO customer (name) VALUES ('ann'), ('bob')`}},
	{"v2 nullable column, new table with fk", []any{cust2{}, order2{}}, []migrate.Option{migrate.AllowUpdates()}, []string{`INSERT INTO orders (customer_id) VALUES (1), (2)`}},
	{"v3 enum column with default, nullable int", []any{cust3{}, order3{}}, []migrate.Option{migrate.AllowUpdates()}, []string{`UPDATE customer SET age = 30 WHERE id = 1`}},
	{"v4 widen int to bigint, add unique", []any{cust4{}, order3{}}, []migrate.Option{migrate.AllowUpdates()}, []string{`UPDATE customer SET email = name || '@x.org'`}},
	{"v5 set not null with backfill", []any{cust5{}, order3{}}, []migrate.Option{migrate.AllowUpdates()}, nil},
	{"v6 enum values change", []any{cust5{}, order6{}}, []migrate.Option{migrate.AllowUpdates()}, []string{`UPDATE orders SET status = 'shipped' WHERE id = 1`}},
	{"v7 text to varchar checked, index", []any{cust7{}, order6{}}, []migrate.Option{migrate.AllowUpdates()}, nil},
	{"v8 drop column and its unique, add defaulted column", []any{cust8{}, order6{}}, []migrate.Option{migrate.AllowDestructive()}, nil},
}

func TestMigrate_ladderParity(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		for _, step := range ladder {
			if err := ferro.Migrate(db, step.models, step.opts...); err != nil {
				t.Fatalf("%s: %v", step.name, err)
			}
			p, err := migrate.NewPlan(ctx, db, step.models, step.opts...)
			if err != nil {
				t.Fatalf("%s: replan: %v", step.name, err)
			}
			if !p.Empty() {
				t.Fatalf("%s: second run is not empty:\n%s", step.name, p)
			}
			for _, s := range step.seed {
				if _, err := db.Exec(s); err != nil {
					t.Fatalf("%s: %s: %v", step.name, s, err)
				}
			}
		}
		fresh := testdb.Open(t, e.FerroDriver, freshDSN(t, e))
		last := ladder[len(ladder)-1].models
		if err := ferro.Migrate(fresh, last); err != nil {
			t.Fatal(err)
		}
		got, err := catalog.Inspect(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		want, err := catalog.Inspect(ctx, fresh)
		if err != nil {
			t.Fatal(err)
		}
		if m := schema.Mismatches(want, got); len(m) > 0 {
			t.Errorf("migrated database differs from a fresh one:\n%s", strings.Join(m, "\n"))
		}
		var rows, age int64
		db.QueryRow(`SELECT count(*), sum(age) FROM customer`).Scan(&rows, &age)
		if rows != 2 || age != 30 {
			t.Errorf("customer rows %d, sum(age) %d: data lost on the way", rows, age)
		}
	})
}

func freshDSN(t *testing.T, e testdb.Engine) string {
	if e.Name == "postgres" {
		return testdb.Postgres(t).DSN
	}
	return testdb.SQLite(t).DSN
}

type account1 struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (account1) TableName() string { return "account" }

type account2 struct {
	ID    int64  `ferro:"id,pk"`
	Name  string `ferro:"name"`
	Code  string `ferro:"code"`
	Level int32  `ferro:"level"`
	Plan  string `ferro:"plan,default='free'"`
}

func (account2) TableName() string { return "account" }

// A NOT NULL column without default on a non-empty table is a blocking
// problem, every one is listed, and nothing changes (behaviour 6).
func TestMigrate_notNullWithoutDefaultRefused(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		if err := ferro.Migrate(db, []any{account1{}}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO account (name) VALUES ('a'), ('b')`); err != nil {
			t.Fatal(err)
		}
		before, err := catalog.Inspect(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		err = ferro.Migrate(db, []any{account2{}}, migrate.AllowUpdates())
		want := "ferro/migrate: plan refused, nothing was executed (2 problems):\n" +
			"  - account.code: is NOT NULL without a default and the table has 2 rows; add a literal default= to the tag (it backfills existing rows) or make the field nullable\n" +
			"  - account.level: is NOT NULL without a default and the table has 2 rows; add a literal default= to the tag (it backfills existing rows) or make the field nullable"
		var pe *migrate.PlanError
		if !errors.As(err, &pe) || err.Error() != want {
			t.Fatalf("error:\n got %v\nwant %s", err, want)
		}
		after, err := catalog.Inspect(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		if m := schema.Mismatches(before, after); len(m) > 0 {
			t.Errorf("schema changed: %v", m)
		}
	})
}

func TestMigrate_rawDBRefused(t *testing.T) {
	t.Parallel()
	e := testdb.SQLite(t)
	db := testdb.Open(t, e.RawDriver, e.DSN)
	err := ferro.Migrate(db, []any{cust1{}})
	if !errors.Is(err, migrate.ErrNotFerro) {
		t.Fatalf("err = %v", err)
	}
	var n int
	db.QueryRow(`SELECT count(*) FROM sqlite_master`).Scan(&n)
	if n != 0 {
		t.Errorf("%d objects created", n)
	}
	_ = sql.ErrNoRows
}
