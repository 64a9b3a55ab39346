package onlinebench

import (
	"time"

	"github.com/ferrosql/ferro/migrate"
)

// Case is one model edit, measured twice on fresh copies of the same
// tables: applied by ferro.Migrate(db, After, Options...) and by Expert,
// the SQL a PostgreSQL expert writes by hand for it.
type Case struct {
	// Name names the case in benchmark names and in the results table.
	Name string
	// Before is the model set the tables are created from (then loaded);
	// After is the edited set that Migrate is given. Both must describe
	// tables "customers" and "orders" with the columns the workload
	// writes: id, customer_id, number, amount, code, ref, placed_at, note.
	Before, After []any
	// Options are the options Migrate is given (the level it needs), and
	// the plan that proves each run reached After is made with them.
	Options []migrate.Option
	// Expert is the hand-written form, run in order on one session.
	Expert []Step
	// IdleTx, when positive, is how long a transaction that has read
	// orders stays open, idle, from just before the change starts.
	IdleTx time.Duration
}

// Step is one statement (or several separated by semicolons, which then
// run as one implicit transaction) of a Case's expert form.
type Step struct {
	SQL string
	// Short marks a statement that takes a lock writers or readers wait
	// for (AccessExclusive, ShareRowExclusive ...) but holds it only
	// briefly: it runs with Config.ExpertLockTimeout and is retried on a
	// lock timeout (SQLSTATE 55P03) until Config.ExpertDeadline, sleeping
	// the timeout plus a growing jitter between tries, so that no writer
	// queues behind it for much longer than the timeout. Other steps run
	// without a lock timeout.
	Short bool
	// Batch, when positive, runs SQL, which has parameters $1 and $2, once
	// for each range (lo, lo+Batch] of orders.id up to the largest id at
	// the step's start, each range in its own transaction.
	Batch int64
}

// Cases are the changes of issue 18's table, each one model edit, in the
// order of the table, then the idle-transaction case.
var Cases = []Case{
	{
		Name: "index", Before: models(orderBase{}), After: models(orderIndexed{}),
		Options: updates(),
		Expert: []Step{
			{SQL: `CREATE INDEX CONCURRENTLY "idx_orders_customer_id" ON "orders" ("customer_id")`},
		},
	},
	{
		Name: "fk", Before: models(orderBase{}), After: models(orderFK{}),
		Options: updates(),
		Expert: []Step{
			{SQL: `ALTER TABLE "orders" ADD CONSTRAINT "fk_orders_customer_id" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") NOT VALID`, Short: true},
			{SQL: `ALTER TABLE "orders" VALIDATE CONSTRAINT "fk_orders_customer_id"`},
		},
	},
	{
		// text -> varchar(n) is not binary coercible: ALTER COLUMN TYPE
		// rewrites the table under AccessExclusive, whatever the USING
		// clause. The only online form is expand/contract: a new column
		// kept in step by a trigger, backfilled in batches, then swapped in
		// one short transaction. numeric(12,2) -> numeric(14,2) keeps the
		// scale: catalog-only. TestRewrites pins both facts.
		Name: "type", Before: models(orderBase{}), After: models(orderTyped{}),
		Options: updates(),
		Expert: []Step{
			{SQL: `ALTER TABLE "orders" ALTER COLUMN "amount" TYPE numeric(14,2)`, Short: true},
			{SQL: `ALTER TABLE "orders" ADD COLUMN "note_new" varchar(20)`, Short: true},
			{SQL: `CREATE FUNCTION "orders_note_sync"() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.note_new := NEW.note; RETURN NEW; END$$`},
			{SQL: `CREATE TRIGGER "orders_note_sync" BEFORE INSERT OR UPDATE ON "orders" FOR EACH ROW EXECUTE FUNCTION "orders_note_sync"()`, Short: true},
			{SQL: `UPDATE "orders" SET "note_new" = "note" WHERE "id" > $1 AND "id" <= $2`, Batch: 2000},
			{SQL: `ALTER TABLE "orders" DROP COLUMN "note"; ALTER TABLE "orders" RENAME COLUMN "note_new" TO "note"; DROP TRIGGER "orders_note_sync" ON "orders"`, Short: true},
			{SQL: `DROP FUNCTION "orders_note_sync"()`},
		},
	},
	{
		// Precision widening with the same scale and varchar lengthening
		// are binary coercible: no rewrite, no scan, a moment's lock.
		Name: "widen", Before: models(orderBase{}), After: models(orderWidened{}),
		Options: updates(),
		Expert: []Step{
			{SQL: `ALTER TABLE "orders" ALTER COLUMN "amount" TYPE numeric(14,2), ALTER COLUMN "code" TYPE varchar(40)`, Short: true},
		},
	},
	{
		// SET NOT NULL skips its scan when a valid CHECK (col IS NOT NULL)
		// proves it (PostgreSQL 12 and later).
		Name: "notnull", Before: models(orderBase{}), After: models(orderRefRequired{}),
		Options: updates(),
		Expert: []Step{
			{SQL: `ALTER TABLE "orders" ADD CONSTRAINT "orders_ref_not_null" CHECK ("ref" IS NOT NULL) NOT VALID`, Short: true},
			{SQL: `ALTER TABLE "orders" VALIDATE CONSTRAINT "orders_ref_not_null"`},
			{SQL: `ALTER TABLE "orders" ALTER COLUMN "ref" SET NOT NULL`, Short: true},
			{SQL: `ALTER TABLE "orders" DROP CONSTRAINT "orders_ref_not_null"`, Short: true},
		},
	},
	{
		// ferro models a unique as a unique index (not a constraint).
		Name: "unique", Before: models(orderBase{}), After: models(orderUniqueNumber{}),
		Options: updates(),
		Expert: []Step{
			{SQL: `CREATE UNIQUE INDEX CONCURRENTLY "uq_orders_number" ON "orders" ("number")`},
		},
	},
	{
		// A constant default is stored in the catalog (PostgreSQL 11 and
		// later): no rewrite.
		Name: "default", Before: models(orderBase{}), After: models(orderWithStatus{}),
		Options: updates(),
		Expert: []Step{
			{SQL: `ALTER TABLE "orders" ADD COLUMN "status" text NOT NULL DEFAULT 'new'`, Short: true},
		},
	},
	{
		// The same cheap change with a transaction that has read orders
		// left idle for 10 s: the ALTER waits for it, and whoever queues
		// behind the ALTER waits too.
		Name: "idle-tx", Before: models(orderBase{}), After: models(orderWithStatus{}),
		Options: updates(),
		IdleTx:  10 * time.Second,
		Expert: []Step{
			{SQL: `ALTER TABLE "orders" ADD COLUMN "status" text NOT NULL DEFAULT 'new'`, Short: true},
		},
	},
}

func models(order any) []any { return []any{customer{}, order} }

func updates() []migrate.Option { return []migrate.Option{migrate.AllowUpdates()} }
