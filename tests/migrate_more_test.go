package tests

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/dialect/postgres"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// More migrate integration tests through the ferro drivers: data checks
// inside the transaction, Postgres foreign-key cycles, orphan rows, and the
// statements of a no-op Migrate.

// sqlLog records the SQL pgx sends, for one pool.
type sqlLog struct {
	mu   sync.Mutex
	sqls []string
}

func (l *sqlLog) TraceQueryStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceQueryStartData) context.Context {
	l.mu.Lock()
	l.sqls = append(l.sqls, d.SQL)
	l.mu.Unlock()
	return ctx
}

func (l *sqlLog) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

func (l *sqlLog) take() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := l.sqls
	l.sqls = nil
	return out
}

// openTracedPostgres opens e through ferro over a pgx config with the given
// runtime parameters, recording every statement.
func openTracedPostgres(t *testing.T, e testdb.Engine, params map[string]string) (*sql.DB, *sqlLog) {
	t.Helper()
	cfg, err := pgx.ParseConfig(e.DSN)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range params {
		cfg.RuntimeParams[k] = v
	}
	log := &sqlLog{}
	cfg.Tracer = log
	db := sql.OpenDB(ferro.MustConnector(stdlib.GetConnector(*cfg)))
	t.Cleanup(func() { db.Close() })
	return db, log
}

// jitCust and jitOrder belong to TestMigrate_postgresNoopStatementsJITOff
// alone: once another test has migrated a model set, the no-op fast path
// remembers it, and a later Migrate of the same models reads the schema
// fingerprint before taking the full path.
type jitCust struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (jitCust) TableName() string { return "jit_customer" }

type jitOrder struct {
	ID         int64 `ferro:"id,pk"`
	CustomerID int64 `ferro:"customer_id,fk=jit_customer.id,index"`
}

func (jitOrder) TableName() string { return "jit_orders" }

// Regression: on a catalog whose row estimates pass jit_above_cost (many
// relations, or many dropped ones: a shared test server), PostgreSQL
// JIT-compiled the re-plan's index query, and a no-op Migrate took 0.5-1.6 s
// instead of a few milliseconds. The migration transaction now switches JIT
// off. Here JIT is forced for every query of the session (all thresholds 0),
// so without the fix the inspection query compiles.
func TestMigrate_postgresNoopStatementsJITOff(t *testing.T) {
	t.Parallel()
	e := testdb.Postgres(t)
	db, log := openTracedPostgres(t, e, map[string]string{
		"jit": "on", "jit_above_cost": "0", "jit_inline_above_cost": "0", "jit_optimize_above_cost": "0",
	})
	models := []any{jitCust{}, jitOrder{}}
	if err := ferro.Migrate(db, models); err != nil {
		t.Fatal(err)
	}
	log.take()

	start := time.Now()
	if err := ferro.Migrate(db, models); err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	got := log.take()

	want := []string{
		"BEGIN",
		"SET LOCAL jit = off; SET LOCAL lock_timeout = 30000",
		"SELECT pg_try_advisory_xact_lock(1717924466, hashtext(current_schema()))",
	}
	if len(got) != len(want)+postgres.InspectQueries+1 || !slices.Equal(got[:len(want)], want) || got[len(got)-1] != "ROLLBACK" {
		t.Fatalf("no-op Migrate sent %d statements:\n%s\nwant %s, %d inspection queries, ROLLBACK",
			len(got), strings.Join(got, "\n---\n"), strings.Join(want, ", "), postgres.InspectQueries)
	}
	// Without the fix this takes several seconds (each query compiled with
	// inlining and optimisation); with it, tens of milliseconds.
	var jitAvailable bool
	if err := db.QueryRow(`SELECT pg_jit_available()`).Scan(&jitAvailable); err != nil {
		t.Fatal(err)
	}
	if jitAvailable && took > 3*time.Second {
		t.Errorf("no-op Migrate took %s with JIT forced on for the session: is JIT switched off in the migration transaction?", took)
	}
}

// inspect reads the live schema or fails the test.
func inspect(t *testing.T, db *sql.DB) *schema.Schema {
	t.Helper()
	s, err := catalog.Inspect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// pendingLines is the lines of the changes p leaves pending, one per line,
// each saying which option would apply it (as Plan.String shows them).
func pendingLines(p *migrate.Plan) string {
	var lines []string
	for _, pc := range p.Residue().Pending {
		lines = append(lines, pc.String())
	}
	return strings.Join(lines, "\n")
}

func sameSchema(t *testing.T, what string, want, got *schema.Schema) {
	t.Helper()
	if m := schema.Mismatches(want, got); len(m) > 0 {
		t.Errorf("%s:\n%s", what, strings.Join(m, "\n"))
	}
}

type Tier string

func (Tier) Values() []string { return []string{"free", "pro"} }

type member1 struct {
	ID   int64   `ferro:"id,pk"`
	Tier string  `ferro:"tier"`
	Code *string `ferro:"code"`
}

func (member1) TableName() string { return "member" }

type member2 struct {
	ID   int64   `ferro:"id,pk"`
	Tier Tier    `ferro:"tier"`
	Code *string `ferro:"code"`
}

func (member2) TableName() string { return "member" }

// A reviewed plan whose data check passed at NewPlan fails when Apply runs
// the check again inside the transaction, after the data changed: nothing
// is executed, the schema and the rows are unchanged, the epoch unmoved.
func TestMigrate_dataCheckInsideTransaction(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		if err := ferro.Migrate(db, []any{member1{}}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO member (tier) VALUES ('free'), ('pro')`); err != nil {
			t.Fatal(err)
		}
		plan, err := migrate.NewPlan(ctx, db, []any{member2{}}, migrate.AllowUpdates())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO member (tier) VALUES ('gold'), ('gold')`); err != nil {
			t.Fatal(err)
		}
		before := inspect(t, db)
		e0 := epochOf(t, db)

		want := "ferro/migrate: plan refused, nothing was executed (1 problem):\n" +
			`  - member.tier: has 2 rows that fail check ck_member_tier "tier" IN ('free', 'pro'); update them first (for an enum: to one of the new values)`
		for name, apply := range map[string]func() error{
			"Plan.Apply":    func() error { return plan.Apply(ctx, db) },
			"ferro.Migrate": func() error { return ferro.Migrate(db, []any{member2{}}, migrate.AllowUpdates()) },
		} {
			err := apply()
			var pe *migrate.PlanError
			if !errors.As(err, &pe) || !errors.Is(err, migrate.ErrRefused) || err.Error() != want {
				t.Errorf("%s: error:\n got %v\nwant %s", name, err, want)
			}
			sameSchema(t, name+" changed the schema", before, inspect(t, db))
			if got := epochOf(t, db); got != e0 {
				t.Errorf("%s: epoch moved from %d to %d though nothing ran", name, e0, got)
			}
		}
		var gold int
		if err := db.QueryRow(`SELECT count(*) FROM member WHERE tier = 'gold'`).Scan(&gold); err != nil || gold != 2 {
			t.Errorf("gold rows = %d (%v), want 2", gold, err)
		}
	})
}

type member3 struct {
	ID   int64  `ferro:"id,pk"`
	Tier string `ferro:"tier"`
	Code string `ferro:"code,default='none',unique"`
}

func (member3) TableName() string { return "member" }

// A data check that only fails part-way through the transaction: the
// backfill of NULL codes with the default 'none' (a statement of the plan)
// creates duplicates, so the unique on code cannot be created. Everything,
// the backfill included, is rolled back.
func TestMigrate_backfillThenUniqueRolledBack(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		if err := ferro.Migrate(db, []any{member1{}}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO member (tier, code) VALUES ('free', 'a'), ('pro', NULL), ('pro', NULL)`); err != nil {
			t.Fatal(err)
		}
		before := inspect(t, db)
		e0 := epochOf(t, db)
		err := ferro.Migrate(db, []any{member3{}}, migrate.AllowUpdates())
		// Postgres: the duplicate check runs again inside the transaction,
		// right before CREATE UNIQUE INDEX, after the backfill UPDATE; the
		// message must not claim that nothing was executed (regression: it
		// did, though three statements had run and been rolled back).
		// SQLite: the nullability change is a rebuild whose copy backfills
		// with COALESCE; the check ran before the rebuild, so SQLite's own
		// UNIQUE enforcement is what fails the plan.
		want := map[string]string{
			"postgres": `ferro/migrate: apply failed at statement 4 of 4, rolled back (nothing of the plan remains): ` +
				`SELECT count(*) FROM (SELECT 1 FROM "member" WHERE "code" IS NOT NULL GROUP BY "code" HAVING count(*) > 1) AS dup: ` +
				"ferro/migrate: plan refused by a data check inside the transaction (1 problem):\n" +
				"  - member.code: has 1 duplicated values, so unique uq_member_code cannot be created; remove the duplicates first",
			"sqlite": `ferro/migrate: apply failed at statement 5 of 5, rolled back (nothing of the plan remains): ` +
				`CREATE UNIQUE INDEX "uq_member_code" ON "member" ("code"): constraint failed: UNIQUE constraint failed: member.code (2067)`,
		}[string(e.Name)]
		var ae *migrate.ApplyError
		if !errors.As(err, &ae) || err.Error() != want {
			t.Fatalf("error:\n got %v (%T)\nwant %s", err, err, want)
		}
		if got := epochOf(t, db); got <= e0 {
			t.Errorf("epoch after the failed Migrate = %d, want > %d", got, e0)
		}
		sameSchema(t, "the failed Migrate changed the schema", before, inspect(t, db))
		var nulls int
		if err := db.QueryRow(`SELECT count(*) FROM member WHERE code IS NULL`).Scan(&nulls); err != nil || nulls != 2 {
			t.Errorf("NULL codes = %d (%v), want 2: the backfill was not rolled back", nulls, err)
		}
	})
}

type cycA struct {
	ID  int64  `ferro:"id,pk"`
	BID *int64 `ferro:"b_id,fk=cyc_b.id"`
}

func (cycA) TableName() string { return "cyc_a" }

type cycB struct {
	ID  int64  `ferro:"id,pk"`
	AID *int64 `ferro:"a_id,fk=cyc_a.id,on_delete=set null"`
}

func (cycB) TableName() string { return "cyc_b" }

// Two models referencing each other (behaviour 5): on Postgres the cycle is
// closed with ALTER TABLE after both tables exist; SQLite takes the forward
// reference. The result inspects equal to the models, both keys are
// enforced, and a second run plans nothing.
func TestMigrate_foreignKeyCycle(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		models := []any{cycA{}, cycB{}}
		plan, err := migrate.NewPlan(ctx, db, models)
		if err != nil {
			t.Fatal(err)
		}
		if e.Name == "postgres" {
			st := plan.Statements()
			wantLast := `ALTER TABLE "cyc_b" ADD CONSTRAINT "fk_cyc_b_a_id" FOREIGN KEY ("a_id") REFERENCES "cyc_a" ("id") ON DELETE SET NULL`
			if len(st) != 3 || st[2] != wantLast {
				t.Fatalf("the cycle is not closed after both tables exist:\n%s", plan)
			}
		}
		if err := plan.Apply(ctx, db); err != nil {
			t.Fatal(err)
		}
		want, err := catalog.FromModels(models...)
		if err != nil {
			t.Fatal(err)
		}
		got := inspect(t, db)
		sameSchema(t, "the created schema differs from the models", want, got)
		for _, tn := range []string{"cyc_a", "cyc_b"} {
			tbl, ok := got.Table(tn)
			if !ok || len(tbl.ForeignKeys) != 1 {
				t.Fatalf("%s: foreign keys %+v", tn, tbl)
			}
		}

		if _, err := db.Exec(`INSERT INTO cyc_a (id, b_id) VALUES (1, NULL)`); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO cyc_b (id, a_id) VALUES (1, 1)`); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`UPDATE cyc_a SET b_id = 1 WHERE id = 1`); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO cyc_a (id, b_id) VALUES (2, 99)`); err == nil {
			t.Error("cyc_a.b_id -> cyc_b.id is not enforced")
		}
		if _, err := db.Exec(`INSERT INTO cyc_b (id, a_id) VALUES (2, 99)`); err == nil {
			t.Error("cyc_b.a_id -> cyc_a.id is not enforced")
		}

		again, err := migrate.NewPlan(ctx, db, models, migrate.AllowDestructive())
		if err != nil || !again.Empty() {
			t.Fatalf("second plan: %v\n%v", err, again)
		}
	})
}

type parent1 struct {
	ID int64 `ferro:"id,pk"`
}

func (parent1) TableName() string { return "parent" }

type child1 struct {
	ID       int64  `ferro:"id,pk"`
	ParentID *int64 `ferro:"parent_id"`
}

func (child1) TableName() string { return "child" }

type child2 struct {
	ID       int64  `ferro:"id,pk"`
	ParentID *int64 `ferro:"parent_id,fk=parent.id"`
}

func (child2) TableName() string { return "child" }

// Adding a foreign key to a column with orphan rows is refused at plan
// time with their count, naming table.column; nothing changes.
func TestMigrate_foreignKeyOrphansRefused(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		if err := ferro.Migrate(db, []any{parent1{}, child1{}}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO parent (id) VALUES (1)`); err != nil {
			t.Fatal(err)
		}
		// Two orphans with parent 3, one with parent 2; NULL is no orphan.
		if _, err := db.Exec(`INSERT INTO child (parent_id) VALUES (1), (2), (3), (3), (NULL)`); err != nil {
			t.Fatal(err)
		}
		before := inspect(t, db)
		err := ferro.Migrate(db, []any{parent1{}, child2{}}, migrate.AllowUpdates())
		want := "ferro/migrate: plan refused, nothing was executed (1 problem):\n" +
			"  - child.parent_id: has 3 rows whose value is missing from parent; fix them before adding foreign key fk_child_parent_id"
		var pe *migrate.PlanError
		if !errors.As(err, &pe) || err.Error() != want {
			t.Fatalf("error:\n got %v\nwant %s", err, want)
		}
		if len(pe.Problems) != 1 || pe.Problems[0].Table != "child" || pe.Problems[0].Column != "parent_id" {
			t.Errorf("problems: %+v", pe.Problems)
		}
		sameSchema(t, "the refused Migrate changed the schema", before, inspect(t, db))

		if _, err := db.Exec(`DELETE FROM child WHERE parent_id > 1`); err != nil {
			t.Fatal(err)
		}
		if err := ferro.Migrate(db, []any{parent1{}, child2{}}, migrate.AllowUpdates()); err != nil {
			t.Fatalf("after removing the orphans: %v", err)
		}
		var n int
		if err := db.QueryRow(`SELECT count(*) FROM child`).Scan(&n); err != nil || n != 2 {
			t.Errorf("child rows = %d (%v), want 2", n, err)
		}
	})
}
