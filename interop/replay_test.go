package interop_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
)

// A small billing service evolved through model versions (issue 8, "Exports
// that replay"): each version's plan is exported with Plan.WriteMigration,
// applied to a reference database with ferro.Migrate, and the exported files
// are replayed by golang-migrate on a second database.

type customerV1 struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (customerV1) TableName() string { return "customer" }

type invoiceV1 struct {
	ID         int64   `ferro:"id,pk"`
	CustomerID int64   `ferro:"customer_id,fk=customer.id,index"`
	Amount     int32   `ferro:"amount"`
	Note       *string `ferro:"note,type=varchar(16)"`
}

func (invoiceV1) TableName() string { return "invoice" }

// v2: a nullable column with an index.
type invoiceV2 struct {
	ID         int64   `ferro:"id,pk"`
	CustomerID int64   `ferro:"customer_id,fk=customer.id,index"`
	Amount     int32   `ferro:"amount"`
	Note       *string `ferro:"note,type=varchar(16)"`
	Status     *string `ferro:"status,index"`
}

func (invoiceV2) TableName() string { return "invoice" }

// v3: status becomes NOT NULL with a default (NULLs backfilled; a SQLite
// rebuild), and customer gets an email.
type customerV3 struct {
	ID    int64   `ferro:"id,pk"`
	Name  string  `ferro:"name"`
	Email *string `ferro:"email"`
}

func (customerV3) TableName() string { return "customer" }

type invoiceV3 struct {
	ID         int64   `ferro:"id,pk"`
	CustomerID int64   `ferro:"customer_id,fk=customer.id,index"`
	Amount     int32   `ferro:"amount"`
	Note       *string `ferro:"note,type=varchar(16)"`
	Status     string  `ferro:"status,index,default='draft'"`
}

func (invoiceV3) TableName() string { return "invoice" }

// v4: amount widens to bigint (a SQLite rebuild), note widens.
type invoiceV4 struct {
	ID         int64   `ferro:"id,pk"`
	CustomerID int64   `ferro:"customer_id,fk=customer.id,index"`
	Amount     int64   `ferro:"amount"`
	Note       *string `ferro:"note,type=varchar(32)"`
	Status     string  `ferro:"status,index,default='draft'"`
}

func (invoiceV4) TableName() string { return "invoice" }

// v5: note is no longer declared, at the updates level: its drop is
// pending, so neither the up file nor the down file touch it, while amount
// gets a default (a SQLite rebuild that keeps note).
type invoiceV5 struct {
	ID         int64  `ferro:"id,pk"`
	CustomerID int64  `ferro:"customer_id,fk=customer.id,index"`
	Amount     int64  `ferro:"amount,default=0"`
	Status     string `ferro:"status,index,default='draft'"`
}

func (invoiceV5) TableName() string { return "invoice" }

// replayStep is one model version.
type replayStep struct {
	name   string
	models []any
	opts   []migrate.Option
	// seed runs on both databases after the step.
	seed []string
}

var billing = []replayStep{
	{"v1 create tables", []any{customerV1{}, invoiceV1{}}, nil, []string{
		`INSERT INTO customer (id, name) VALUES (1, 'ada'), (2, 'bob')`,
		`INSERT INTO invoice (id, customer_id, amount, note) VALUES (1, 1, 100, 'first'), (2, 2, 250, NULL)`,
	}},
	{"v2 add column and index", []any{customerV1{}, invoiceV2{}}, []migrate.Option{migrate.AllowUpdates()}, []string{
		`UPDATE invoice SET status = 'paid' WHERE id = 1`,
	}},
	{"v3 not null with default, add column", []any{customerV3{}, invoiceV3{}}, []migrate.Option{migrate.AllowUpdates()}, nil},
	{"v4 widen types", []any{customerV3{}, invoiceV4{}}, []migrate.Option{migrate.AllowUpdates()}, []string{
		`INSERT INTO invoice (id, customer_id, amount, note) VALUES (3, 1, 5000000000, 'a longer note here')`,
	}},
	{"v5 column drop left pending", []any{customerV3{}, invoiceV5{}}, []migrate.Option{migrate.AllowUpdates()}, nil},
	{"v6 drop column", []any{customerV3{}, invoiceV5{}}, []migrate.Option{migrate.AllowDestructive()}, nil},
}

// Replayed exports equal ferro.Migrate through every model version, and
// each down file returns to the previous version's schema (issue 8: SQLite
// rebuild detail lines broke golang-migrate with `near "~"`; a Postgres down
// re-added a column its up never dropped).
func TestWriteMigration_replayedByGolangMigrate(t *testing.T) {
	t.Parallel()
	engines(t, func(t *testing.T, engine string) {
		replay(t, engine, billing)
	})
}

func replay(t *testing.T, engine string, steps []replayStep) {
	ctx := context.Background()
	var refEngine testdb.Engine
	if engine == "sqlite" {
		refEngine = testdb.SQLite(t)
	} else {
		refEngine = testdb.Postgres(t)
	}
	ref := testdb.Open(t, refEngine.FerroDriver, refEngine.DSN)
	g := newTarget(t, engine)
	dir := t.TempDir()
	prev := inspect(t, ref)
	for i, s := range steps {
		p, err := migrate.NewPlan(ctx, ref, s.models, append(s.opts, quiet)...)
		if err != nil {
			t.Fatalf("%s: NewPlan: %v", s.name, err)
		}
		if _, _, err := p.WriteMigration(dir, fmt.Sprintf("v%d", i+1)); err != nil {
			t.Fatalf("%s: WriteMigration: %v", s.name, err)
		}
		if err := ferro.Migrate(ref, s.models, append(s.opts, quiet)...); err != nil {
			t.Fatalf("%s: ferro.Migrate: %v", s.name, err)
		}
		want := inspect(t, ref)

		if err := g.migrateSteps(t, dir, 1); err != nil {
			t.Fatalf("%s: golang-migrate up: %v\n%s", s.name, err, files(dir))
		}
		sameSchema(t, s.name+": up", want, inspect(t, g.db), dir)
		if err := g.migrateSteps(t, dir, -1); err != nil {
			t.Fatalf("%s: golang-migrate down: %v\n%s", s.name, err, files(dir))
		}
		sameSchema(t, s.name+": down", columnsByName(prev), columnsByName(inspect(t, g.db)), dir)
		if err := g.migrateSteps(t, dir, 1); err != nil {
			t.Fatalf("%s: golang-migrate up after down: %v\n%s", s.name, err, files(dir))
		}
		sameSchema(t, s.name+": up after down", want, inspect(t, g.db), dir)

		exec(t, ref, s.seed...)
		exec(t, g.db, s.seed...)
		prev = want
	}
	if v, dirty := g.version(t, dir); int(v) == 0 || dirty {
		t.Errorf("golang-migrate version %d dirty %v", v, dirty)
	}
}
