package interop_test

import (
	"context"
	"fmt"
	"slices"
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

// audit lives until v8 drops it.
type auditV1 struct {
	ID  int64  `ferro:"id,pk"`
	Msg string `ferro:"msg"`
}

func (auditV1) TableName() string { return "audit" }

// v7: customer.email is renamed contact (tag renamed_from=), table audit
// is renamed audit_log (method RenamedFrom).
type customerV7 struct {
	ID      int64   `ferro:"id,pk"`
	Name    string  `ferro:"name"`
	Contact *string `ferro:"contact,renamed_from=email"`
}

func (customerV7) TableName() string { return "customer" }

// invoice.status, indexed, is renamed state: its index follows
// (idx_invoice_status -> idx_invoice_state).
type invoiceV7 struct {
	ID         int64  `ferro:"id,pk"`
	CustomerID int64  `ferro:"customer_id,fk=customer.id,index"`
	Amount     int64  `ferro:"amount,default=0"`
	State      string `ferro:"state,index,default='draft',renamed_from=status"`
}

func (invoiceV7) TableName() string { return "invoice" }

type auditLogV7 struct {
	ID  int64  `ferro:"id,pk"`
	Msg string `ferro:"msg"`
}

func (auditLogV7) TableName() string     { return "audit_log" }
func (auditLogV7) RenamedFrom() []string { return []string{"audit"} }

// invoiceKind is a native enum type on PostgreSQL (text with a CHECK on
// SQLite).
type invoiceKind string

func (invoiceKind) Values() []string { return []string{"standard", "credit"} }
func (invoiceKind) EnumType() string { return "invoice_kind" }

type invoiceV9 struct {
	ID         int64       `ferro:"id,pk"`
	CustomerID int64       `ferro:"customer_id,fk=customer.id,index"`
	Amount     int64       `ferro:"amount,default=0"`
	State      string      `ferro:"state,index,default='draft'"`
	Kind       invoiceKind `ferro:"kind,default='standard'"`
}

func (invoiceV9) TableName() string { return "invoice" }

// replayStep is one model version.
type replayStep struct {
	name   string
	models []any
	opts   []migrate.Option
	// seed runs on both databases after the step.
	seed []string
	// same are queries whose rows must be equal on both databases after the
	// step (the data survived the replay as it survived ferro.Migrate).
	same []string
}

var (
	updates     = []migrate.Option{migrate.AllowUpdates()}
	destructive = []migrate.Option{migrate.AllowDestructive()}
)

var billing = []replayStep{
	{name: "v1 create tables", models: []any{customerV1{}, invoiceV1{}, auditV1{}}, seed: []string{
		`INSERT INTO customer (id, name) VALUES (1, 'ada'), (2, 'bob')`,
		`INSERT INTO invoice (id, customer_id, amount, note) VALUES (1, 1, 100, 'first'), (2, 2, 250, NULL)`,
		`INSERT INTO audit (id, msg) VALUES (1, 'created')`,
	}},
	{name: "v2 add column and index", models: []any{customerV1{}, invoiceV2{}, auditV1{}}, opts: updates, seed: []string{
		`UPDATE invoice SET status = 'paid' WHERE id = 1`,
	}},
	{name: "v3 not null with default, add column", models: []any{customerV3{}, invoiceV3{}, auditV1{}}, opts: updates, seed: []string{
		`UPDATE customer SET email = 'ada@example.com' WHERE id = 1`,
	}, same: []string{`SELECT id, status FROM invoice ORDER BY id`}},
	{name: "v4 widen types", models: []any{customerV3{}, invoiceV4{}, auditV1{}}, opts: updates, seed: []string{
		`INSERT INTO invoice (id, customer_id, amount, note) VALUES (3, 1, 5000000000, 'a longer note here')`,
	}},
	{name: "v5 column drop left pending", models: []any{customerV3{}, invoiceV5{}, auditV1{}}, opts: updates,
		same: []string{`SELECT id, amount, note FROM invoice ORDER BY id`}},
	{name: "v6 drop column", models: []any{customerV3{}, invoiceV5{}, auditV1{}}, opts: destructive},
	{name: "v7 rename columns and a table", models: []any{customerV7{}, invoiceV7{}, auditLogV7{}}, opts: updates,
		same: []string{`SELECT id, contact FROM customer ORDER BY id`, `SELECT id, state FROM invoice ORDER BY id`, `SELECT id, msg FROM audit_log ORDER BY id`}},
	{name: "v8 drop table", models: []any{customerV7{}, invoiceV7{}}, opts: append(destructive, migrate.DropTables("audit_log"))},
	{name: "v9 add a native enum column", models: []any{customerV7{}, invoiceV9{}}, opts: updates,
		same: []string{`SELECT id, kind FROM invoice ORDER BY id`}},
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
	prev, prevRecords := inspect(t, ref), records(t, ref)
	for i, s := range steps {
		opts := append(slices.Clone(s.opts), quiet)
		p, err := migrate.NewPlan(ctx, ref, s.models, opts...)
		if err != nil {
			t.Fatalf("%s: NewPlan: %v", s.name, err)
		}
		if _, _, err := p.WriteMigration(dir, fmt.Sprintf("v%d", i+1)); err != nil {
			t.Fatalf("%s: WriteMigration: %v", s.name, err)
		}
		if err := ferro.Migrate(ref, s.models, opts...); err != nil {
			t.Fatalf("%s: ferro.Migrate: %v", s.name, err)
		}
		want := inspect(t, ref)

		if err := g.migrateSteps(t, dir, 1); err != nil {
			t.Fatalf("%s: golang-migrate up: %v\n%s", s.name, err, files(dir))
		}
		sameSchema(t, s.name+": up", want, inspect(t, g.db), dir)
		wantRecords := records(t, ref)
		if got := records(t, g.db); got != wantRecords {
			t.Errorf("%s: up: ferro's records after golang-migrate:\n%s\nafter ferro.Migrate:\n%s", s.name, got, wantRecords)
		}
		if err := g.migrateSteps(t, dir, -1); err != nil {
			t.Fatalf("%s: golang-migrate down: %v\n%s", s.name, err, files(dir))
		}
		sameSchema(t, s.name+": down", columnsByName(prev), columnsByName(inspect(t, g.db)), dir)
		if got := records(t, g.db); got != prevRecords {
			t.Errorf("%s: down: ferro's records after golang-migrate:\n%s\nbefore the up file:\n%s", s.name, got, prevRecords)
		}
		if err := g.migrateSteps(t, dir, 1); err != nil {
			t.Fatalf("%s: golang-migrate up after down: %v\n%s", s.name, err, files(dir))
		}
		sameSchema(t, s.name+": up after down", want, inspect(t, g.db), dir)

		for _, q := range s.same {
			if want, got := rows(t, ref, q), rows(t, g.db, q); want != got {
				t.Errorf("%s: %s: golang-migrate's database has\n%s\nferro's has\n%s", s.name, q, got, want)
			}
		}
		exec(t, ref, s.seed...)
		exec(t, g.db, s.seed...)
		prev, prevRecords = inspect(t, ref), wantRecords // a seed may create objects no model declares
	}
	if v, dirty := g.version(t, dir); int(v) == 0 || dirty {
		t.Errorf("golang-migrate version %d dirty %v", v, dirty)
	}
}

type parentV1 struct {
	ID int64 `ferro:"id,pk"`
}

func (parentV1) TableName() string { return "parent" }

type childV1 struct {
	ID       int64   `ferro:"id,pk"`
	ParentID *int64  `ferro:"parent_id,fk=parent.id,index"`
	Code     *string `ferro:"code,unique"`
	Kind     Kind    `ferro:"kind,default='a'"`
}

func (childV1) TableName() string { return "child" }

type childV2 struct {
	ID int64 `ferro:"id,pk"`
}

func (childV2) TableName() string { return "child" }

// Kind is an enum: a check constraint on its column.
type Kind string

// Values lists the kinds.
func (Kind) Values() []string { return []string{"a", "b"} }

// Dropped columns take their index, unique, foreign key and check with
// them, and the down file brings all of them back (issue 8).
func TestWriteMigration_replayedDropWithDependents(t *testing.T) {
	t.Parallel()
	engines(t, func(t *testing.T, engine string) {
		replay(t, engine, []replayStep{
			{name: "v1 tables with dependents", models: []any{parentV1{}, childV1{}}, seed: []string{
				`INSERT INTO parent (id) VALUES (1)`,
				`INSERT INTO child (id, parent_id, code, kind) VALUES (1, 1, 'x', 'b'), (2, NULL, 'y', 'a')`,
			}},
			{name: "v2 drop the columns", models: []any{parentV1{}, childV2{}}, opts: destructive,
				same: []string{`SELECT id FROM child ORDER BY id`}},
		})
	})
}

type thingV1 struct {
	ID     int64   `ferro:"id,pk"`
	Name   string  `ferro:"name"`
	Legacy *string `ferro:"legacy"`
}

func (thingV1) TableName() string { return "thing" }

type thingV2 struct {
	ID    int64  `ferro:"id,pk"`
	Title string `ferro:"title,renamed_from=name"`
}

func (thingV2) TableName() string { return "thing" }

type acctV1 struct {
	ID   int64   `ferro:"id,pk"`
	Mail string  `ferro:"mail"`
	Name string  `ferro:"name"`
	Old  *string `ferro:"old"`
}

func (acctV1) TableName() string { return "acct" }

type acctV2 struct {
	ID    int64  `ferro:"id,pk"`
	Email string `ferro:"email,renamed_from=mail"`
	Name  string `ferro:"name,type=varchar(40)"`
}

func (acctV2) TableName() string { return "acct" }

// Indexes that use a column only through an expression or a predicate,
// written by hand: the export drops those on a dropped column first (and
// its down file creates them again, under the names columns have at that
// point of the file), keeps the one that names the column only in a
// string, and renames a column under the indexes that use it, in place and
// with a SQLite rebuild in the same file (issue 8: the export failed on
// SQLite at "no such column", and the down file could not be written).
func TestWriteMigration_replayedExpressionDependents(t *testing.T) {
	t.Parallel()
	engines(t, func(t *testing.T, engine string) {
		replay(t, engine, []replayStep{
			{name: "v1 tables and hand-made indexes", models: []any{thingV1{}, acctV1{}}, seed: []string{
				`CREATE INDEX ix_expr ON thing (lower(LEGACY))`,
				`CREATE INDEX ix_part ON thing (name) WHERE Legacy IS NOT NULL`,
				// SQLite's RENAME COLUMN writes the names it rewrites
				// quoted, so a rename and its revert leave "name" where
				// the text said name: the seeds quote the renamed column
				// for the down file to restore the text byte for byte.
				`CREATE INDEX ix_lit ON thing (name) WHERE "name" <> 'legacy'`,
				`CREATE INDEX ix_both ON thing (id) WHERE "name" <> '' AND legacy IS NOT NULL`,
				`CREATE INDEX ax_both ON acct (id) WHERE lower(mail) <> '' AND old IS NOT NULL`,
				`CREATE UNIQUE INDEX ax_expr ON acct (lower(MAIL))`,
				`CREATE INDEX ax_part ON acct (name) WHERE mail <> 'none'`,
				`INSERT INTO thing (id, name, legacy) VALUES (1, 'a', 'x'), (2, 'b', NULL)`,
				`INSERT INTO acct (id, mail, name) VALUES (1, 'a@x', 'Ann'), (2, 'b@x', 'Bob')`,
			}},
			{name: "v2 drop a column, rename another", models: []any{thingV2{}, acctV2{}}, opts: destructive,
				same: []string{`SELECT id, title FROM thing ORDER BY id`, `SELECT id, email, name FROM acct ORDER BY id`}},
		})
	})
}

// An index that only INCLUDEs a dropped column (PostgreSQL) is dropped
// visibly with it, and the down file creates it again.
func TestWriteMigration_replayedIncludeIndexPostgres(t *testing.T) {
	t.Parallel()
	replay(t, "postgres", []replayStep{
		{name: "v1 table and an INCLUDE index", models: []any{thingV1{}}, seed: []string{
			`CREATE INDEX ix_inc ON thing (name) INCLUDE (legacy)`,
			`INSERT INTO thing (id, name, legacy) VALUES (1, 'a', 'x')`,
		}},
		{name: "v2 drop the column", models: []any{thingV2{}}, opts: destructive,
			same: []string{`SELECT id, title FROM thing ORDER BY id`}},
	})
}

// The same without a SQLite rebuild in the plan: the renames run first
// and the index drops under the new names; the down file creates the
// indexes again before it renames back.
func TestWriteMigration_replayedRenameAndDropInPlace(t *testing.T) {
	t.Parallel()
	engines(t, func(t *testing.T, engine string) {
		replay(t, engine, []replayStep{
			{name: "v1 table and hand-made indexes", models: []any{thingV1{}}, seed: []string{
				`CREATE INDEX ix_expr ON thing (lower(LEGACY))`,
				`CREATE INDEX ix_both ON thing (id) WHERE "name" <> '' AND legacy IS NOT NULL`,
				`INSERT INTO thing (id, name, legacy) VALUES (1, 'a', 'x')`,
			}},
			{name: "v2 rename a column, drop another", models: []any{thingV2{}}, opts: destructive,
				same: []string{`SELECT id, title FROM thing ORDER BY id`}},
		})
	})
}

type keyParentV1 struct {
	ID   int64  `ferro:"id,pk"`
	Code string `ferro:"code,unique"`
}

func (keyParentV1) TableName() string { return "key_parent" }

type keyRawV1 struct {
	ID   int64   `ferro:"id,pk"`
	Code *string `ferro:"code,fk=key_parent.code"`
}

func (keyRawV1) TableName() string { return "key_raw" }

type keyParentV2 struct {
	ID   int64  `ferro:"id,pk"`
	Code string `ferro:"code"`
}

func (keyParentV2) TableName() string { return "key_parent" }

// A plan that drops (migrate.DropTables) a table whose foreign key rests
// on a unique index it also drops: the key goes first, then the index,
// then the table, and the down file creates the table, the index, then
// the key (issue 8: PostgreSQL dropped the index first, which it refuses,
// so the plan was refused).
func TestWriteMigration_replayedDropTableAndTheKeyItReferences(t *testing.T) {
	t.Parallel()
	engines(t, func(t *testing.T, engine string) {
		replay(t, engine, []replayStep{
			{name: "v1 a table referencing a unique column", models: []any{keyParentV1{}, keyRawV1{}}, seed: []string{
				`INSERT INTO key_parent (id, code) VALUES (1, 'a'), (2, 'b')`,
				`INSERT INTO key_raw (id, code) VALUES (1, 'a')`,
			}},
			{name: "v2 drop the unique and the referencing table", models: []any{keyParentV2{}}, opts: append(destructive, migrate.DropTables("key_raw")),
				same: []string{`SELECT id, code FROM key_parent ORDER BY id`}},
		})
	})
}

type unnamedPa struct {
	ID int64 `ferro:"id,pk"`
}

func (unnamedPa) TableName() string { return "un_pa" }

type unnamedPb struct {
	ID int64 `ferro:"id,pk"`
}

func (unnamedPb) TableName() string { return "un_pb" }

type unnamedKidV2 struct {
	ID int64  `ferro:"id,pk"`
	B  *int64 `ferro:"b"`
}

func (unnamedKidV2) TableName() string { return "un_kid" }

// A hand-made table with a foreign key and a check written without names
// (SQLite keeps none) on a column the models drop, and another pair on a
// kept column: the export drops exactly the first pair, each told by what
// it is, keeps the others, and the down file brings the dropped pair back
// (issue 8: an unnamed constraint printed as "- foreign key un_kid.").
func TestWriteMigration_replayedUnnamedConstraints(t *testing.T) {
	t.Parallel()
	engines(t, func(t *testing.T, engine string) {
		id := `id INTEGER NOT NULL`
		if engine == "postgres" {
			id = `id bigint NOT NULL`
		}
		replay(t, engine, []replayStep{
			{name: "v1 parents and a hand-made table", models: []any{unnamedPa{}, unnamedPb{}}, seed: []string{
				`CREATE TABLE un_kid (` + id + `, a bigint REFERENCES un_pa (id) CHECK (a > 0), b bigint REFERENCES un_pb (id) CHECK (b > 0),
					CONSTRAINT pk_un_kid PRIMARY KEY (id))`,
				`INSERT INTO un_pa (id) VALUES (1)`, `INSERT INTO un_pb (id) VALUES (1)`,
				`INSERT INTO un_kid (id, a, b) VALUES (1, 1, 1)`,
			}},
			{name: "v2 drop the column a", models: []any{unnamedPa{}, unnamedPb{}, unnamedKidV2{}}, opts: destructive,
				same: []string{`SELECT id, b FROM un_kid ORDER BY id`}},
		})
	})
}
