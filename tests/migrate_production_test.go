package tests

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"log/slog"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// Production behaviours of the migrator (issue 8): renames, dependents of
// dropped columns, tables no model describes, ExpandOnly, RequireComplete
// and logging, on both engines.

func execAll(t *testing.T, db *sql.DB, stmts ...string) {
	t.Helper()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

// sameAs fails unless the live schema is exactly FromModels(models).
func sameAs(t *testing.T, db *sql.DB, models ...any) {
	t.Helper()
	want, err := catalog.FromModels(models...)
	if err != nil {
		t.Fatal(err)
	}
	got, err := catalog.Inspect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	if m := schema.Mismatches(want, got); len(m) > 0 {
		t.Fatalf("live schema differs from the models:\n%s", strings.Join(m, "\n"))
	}
}

func changeStrings(p *migrate.Plan) []string {
	var out []string
	for _, c := range p.Changes() {
		out = append(out, c.String())
	}
	return out
}

type acctV1 struct {
	ID   int64  `ferro:"id,pk"`
	Mail string `ferro:"mail,unique"`
	Name string `ferro:"name"`
}

func (acctV1) TableName() string { return "accts" }

type acctV2 struct {
	ID       int64  `ferro:"id,pk"`
	Email    string `ferro:"email,renamed_from=mail,unique"`
	FullName string `ferro:"full_name,renamed_from=name|nom"`
}

func (acctV2) TableName() string     { return "accounts" }
func (acctV2) RenamedFrom() []string { return []string{"accts"} }

// A declared rename keeps the data (and the unique index on the column)
// on both engines, at the updates level; once renamed, it is a no-op.
func TestMigrate_renameKeepsData(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		ctx := context.Background()
		if err := ferro.Migrate(db, []any{acctV1{}}); err != nil {
			t.Fatal(err)
		}
		execAll(t, db, `INSERT INTO accts (mail, name) VALUES ('a@x', 'Ann'), ('b@x', 'Bob')`)
		p, err := migrate.NewPlan(ctx, db, []any{acctV2{}}, migrate.AllowUpdates())
		if err != nil {
			t.Fatal(err)
		}
		// On SQLite the renames follow the rebuild that renames the key
		// constraint (SQLite rewrites what uses a renamed name; the rebuild
		// copies live SQL): on Postgres they come first.
		var got []string
		for _, c := range changeStrings(p) {
			if strings.HasPrefix(c, "~ rename table") || strings.HasPrefix(c, "~ rename column") {
				got = append(got, c)
			}
		}
		want := []string{"~ rename table accts -> accounts", "~ rename column accounts.mail -> email", "~ rename column accounts.name -> full_name"}
		if !slices.Equal(got, want) {
			t.Fatalf("renames = %q, want %q\n%s", got, want, p)
		}
		if err := p.Apply(ctx, db); err != nil {
			t.Fatal(err)
		}
		var names []string
		rows, err := db.Query(`SELECT email || ' ' || full_name FROM accounts ORDER BY id`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				t.Fatal(err)
			}
			names = append(names, s)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(names, []string{"a@x Ann", "b@x Bob"}) {
			t.Fatalf("rows after the rename = %q", names)
		}
		// The unique index came along with the column.
		if _, err := db.Exec(`INSERT INTO accounts (email, full_name) VALUES ('a@x', 'Dup')`); err == nil {
			t.Fatal("the unique index on the renamed column was lost")
		}
		// Constraint and index names followed: the database equals a fresh
		// one, and a second plan has nothing to do.
		sameAs(t, db, acctV2{})
		again, err := migrate.NewPlan(ctx, db, []any{acctV2{}}, migrate.AllowDestructive())
		if err != nil || !again.Empty() {
			t.Fatalf("a second plan is not empty: %v\n%s", err, again)
		}
	})
}

type renameBoth struct {
	ID    int64  `ferro:"id,pk"`
	Email string `ferro:"email,renamed_from=mail"`
	Mail  string `ferro:"mail2"`
}

func (renameBoth) TableName() string { return "accts" }

type renameAlongside struct {
	ID    int64  `ferro:"id,pk"`
	Mail  string `ferro:"mail,unique"`
	Name  string `ferro:"name"`
	Email string `ferro:"email,renamed_from=mail_old"`
}

func (renameAlongside) TableName() string { return "accts" }

type renameTwice struct {
	ID int64  `ferro:"id,pk"`
	A  string `ferro:"a,renamed_from=mail"`
	B  string `ferro:"b,renamed_from=mail"`
}

func (renameTwice) TableName() string { return "accts" }

// Bad rename declarations are refused with an error naming table and
// column.
func TestMigrate_renameErrors(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		ctx := context.Background()
		if err := ferro.Migrate(db, []any{acctV1{}}); err != nil {
			t.Fatal(err)
		}
		// Two fields renamed from the same column: a model error.
		_, err := migrate.NewPlan(ctx, db, []any{renameTwice{}}, migrate.AllowUpdates())
		if err == nil || !strings.Contains(err.Error(), "accts.mail") || !strings.Contains(err.Error(), "one column can become only one field") {
			t.Fatalf("two fields renamed from one column: %v", err)
		}
		// The old name is still another field's column: a model error.
		_, err = migrate.NewPlan(ctx, db, []any{renameBoth{}}, migrate.AllowUpdates())
		if err != nil {
			t.Fatalf("renamed_from=mail with mail2 declared: %v", err)
		}
		// A column renamed_from an existing one that still exists next to
		// the new one: a plan problem naming table.column.
		execAll(t, db, `ALTER TABLE accts ADD COLUMN email text`, `ALTER TABLE accts ADD COLUMN mail_old text`)
		_, err = migrate.NewPlan(ctx, db, []any{renameAlongside{}}, migrate.AllowUpdates())
		var pe *migrate.PlanError
		if !errors.As(err, &pe) || !strings.Contains(err.Error(), "accts.email: renamed_from=mail_old names a column that exists alongside email") {
			t.Fatalf("rename alongside: %v", err)
		}
		if pe.Plan == nil {
			t.Fatal("a refused plan carries no Plan")
		}
	})
}

type legacyV1 struct {
	ID     int64   `ferro:"id,pk"`
	Name   string  `ferro:"name"`
	Legacy *string `ferro:"legacy"`
}

func (legacyV1) TableName() string { return "things" }

type legacyV2 struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (legacyV2) TableName() string { return "things" }

type legacyV2Rebuild struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name,type=varchar(40)"`
}

func (legacyV2Rebuild) TableName() string { return "things" }

// Regression (issue 8): a user index on a column the models drop made
// Apply fail on SQLite with "no such column: legacy" (the rebuild recreated
// it from its live SQL) and vanished silently on Postgres. The index is now
// a typed DropIndex in the plan, dropped on both engines, with or without a
// SQLite rebuild.
func TestMigrate_userIndexOnDroppedColumn(t *testing.T) {
	t.Parallel()
	forEachDropVersion(t, func(t *testing.T, e testdb.Engine, db *sql.DB, v2 any) {
		ctx := context.Background()
		if err := ferro.Migrate(db, []any{legacyV1{}}); err != nil {
			t.Fatal(err)
		}
		execAll(t, db, `CREATE INDEX my_legacy ON things (legacy)`, `CREATE INDEX my_name ON things (name)`,
			`INSERT INTO things (name, legacy) VALUES ('a', 'x'), ('b', NULL)`)
		p, err := migrate.NewPlan(ctx, db, []any{v2}, migrate.AllowDestructive())
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(p.String(), "- index things.my_legacy") {
			t.Fatalf("the plan does not list the dependent index:\n%s", p)
		}
		if err := p.Apply(ctx, db); err != nil {
			t.Fatalf("%v\nplan:\n%s", err, p)
		}
		live, err := catalog.Inspect(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		tb, _ := live.Table("things")
		if _, ok := tb.Index("my_legacy"); ok {
			t.Error("my_legacy survived")
		}
		if _, ok := tb.Index("my_name"); !ok {
			t.Error("the user index on a kept column was lost")
		}
		var n int
		if err := db.QueryRow(`SELECT count(*) FROM things`).Scan(&n); err != nil || n != 2 {
			t.Fatalf("rows = %d, %v", n, err)
		}
	})
}

type shopV1 struct {
	ID   int64  `ferro:"id,pk"`
	Code string `ferro:"code,type=varchar(16)"`
	Qty  int32  `ferro:"qty"`
}

func (shopV1) TableName() string { return "shop" }

type shopV2 struct {
	ID   int64   `ferro:"id,pk"`
	Code string  `ferro:"code,type=varchar(32)"`
	Qty  int64   `ferro:"qty"`
	Note *string `ferro:"note"`
}

func (shopV2) TableName() string { return "shop" }

type shopLog struct {
	ID  int64  `ferro:"id,pk"`
	Msg string `ferro:"msg"`
}

// A rolling deploy: new instances (v2) and old ones (v1) both run
// Migrate(AllowDestructive(), ExpandOnly()) at start-up, interleaved. The
// schema converges on v2 and is never narrowed back; what v1 would undo
// stays pending.
func TestMigrate_expandOnlyRollingDeploy(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		ctx := context.Background()
		opts := []migrate.Option{migrate.AllowDestructive(), migrate.ExpandOnly()}
		if err := ferro.Migrate(db, []any{shopV1{}}, opts...); err != nil {
			t.Fatal(err)
		}
		execAll(t, db, `INSERT INTO shop (code, qty) VALUES ('abc', 1)`)
		for round := range 3 {
			if err := ferro.Migrate(db, []any{shopV2{}, shopLog{}}, opts...); err != nil {
				t.Fatalf("round %d, new: %v", round, err)
			}
			sameAs(t, db, shopV2{}, shopLog{})
			p, err := migrate.NewPlan(ctx, db, []any{shopV1{}}, opts...)
			if err != nil {
				t.Fatalf("round %d, old: %v", round, err)
			}
			if !p.Empty() {
				t.Fatalf("round %d: the old models would change the schema:\n%s", round, p)
			}
			pending := pendingLines(p)
			for _, want := range []string{"~ type shop.code varchar(32) -> varchar(16)", "~ type shop.qty bigint -> int", "- column shop.note", "migrate.ExpandOnly()"} {
				if !strings.Contains(pending, want) {
					t.Fatalf("round %d: pending lacks %q:\n%s", round, want, pending)
				}
			}
			if !slices.Equal(p.Residue().Unmanaged, []string{"shop_log"}) {
				t.Fatalf("unmanaged = %q", p.Residue().Unmanaged)
			}
			if err := ferro.Migrate(db, []any{shopV1{}}, opts...); err != nil {
				t.Fatalf("round %d, old: %v", round, err)
			}
			sameAs(t, db, shopV2{}, shopLog{})
		}
		// The contract step, once no old instance runs: nothing is left.
		p, err := migrate.NewPlan(ctx, db, []any{shopV2{}, shopLog{}}, migrate.AllowDestructive(), migrate.RequireComplete())
		if err != nil || !p.Empty() {
			t.Fatalf("after the rollout: %v\n%s", err, p)
		}
	})
}

// Tables no model describes are listed in every plan and dropped only at
// the destructive level, only when named by DropTables; naming a modelled
// table is an error.
func TestMigrate_unmanagedTablesAndDropTables(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		ctx := context.Background()
		if err := ferro.Migrate(db, []any{shopV1{}}); err != nil {
			t.Fatal(err)
		}
		execAll(t, db, `CREATE TABLE old_stuff (id integer PRIMARY KEY)`, `INSERT INTO old_stuff VALUES (1)`)
		p, err := migrate.NewPlan(ctx, db, []any{shopV1{}}, migrate.AllowDestructive())
		if err != nil {
			t.Fatal(err)
		}
		if !p.Empty() || !slices.Equal(p.Residue().Unmanaged, []string{"old_stuff"}) || !strings.Contains(p.String(), "tables no model describes (kept; migrate.DropTables drops them at the destructive level): old_stuff") {
			t.Fatalf("unmanaged not listed:\n%s", p)
		}
		p, err = migrate.NewPlan(ctx, db, []any{shopV1{}}, migrate.AllowUpdates(), migrate.DropTables("old_stuff", "never_existed"))
		if err != nil {
			t.Fatal(err)
		}
		if !p.Empty() || !strings.Contains(pendingLines(p), "- table old_stuff (its rows are lost)    (needs migrate.AllowDestructive())") {
			t.Fatalf("below destructive, the drop must be pending:\n%s", p)
		}
		_, err = migrate.NewPlan(ctx, db, []any{shopV1{}}, migrate.AllowDestructive(), migrate.DropTables("shop"))
		if err == nil || !strings.Contains(err.Error(), "DropTables names table shop, which a model describes") {
			t.Fatalf("DropTables of a modelled table: %v", err)
		}
		if err := ferro.Migrate(db, []any{shopV1{}}, migrate.AllowDestructive(), migrate.DropTables("old_stuff")); err != nil {
			t.Fatal(err)
		}
		sameAs(t, db, shopV1{})
	})
}

// Under RequireComplete, pending changes are an error (errors.Is
// ErrPending) that lists them, and nothing runs; without it, Migrate logs
// each at warn. Statements are logged with their duration at debug, and a
// SQLite rebuild logs the rows it copied.
func TestMigrate_requireCompleteAndLogging(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		if err := ferro.Migrate(db, []any{shopV1{}}); err != nil {
			t.Fatal(err)
		}
		execAll(t, db, `INSERT INTO shop (code, qty) VALUES ('a', 1), ('b', 2), ('c', 3)`)
		err := ferro.Migrate(db, []any{shopV2{}}, migrate.RequireComplete())
		if !errors.Is(err, migrate.ErrPending) || !strings.Contains(err.Error(), "+ column shop.note") || !strings.Contains(err.Error(), "nothing was executed") {
			t.Fatalf("RequireComplete: %v", err)
		}
		sameAs(t, db, shopV1{})

		var buf bytes.Buffer
		log := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
		execAll(t, db, `CREATE TABLE audit_2019 (id integer PRIMARY KEY)`)
		if err := ferro.Migrate(db, []any{shopV2{}}, migrate.WithLogger(log)); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if !strings.Contains(out, "level=WARN") || !strings.Contains(out, `change="+ column shop.note text NULL    (needs migrate.AllowUpdates())"`) {
			t.Fatalf("pending changes not logged at warn:\n%s", out)
		}
		if !strings.Contains(out, `level=INFO msg="ferro/migrate: tables no model describes are kept" tables=[audit_2019]`) {
			t.Fatalf("unmanaged tables not logged:\n%s", out)
		}
		execAll(t, db, `DROP TABLE audit_2019`)
		buf.Reset()
		if err := ferro.Migrate(db, []any{shopV2{}}, migrate.WithLogger(log), migrate.AllowUpdates()); err != nil {
			t.Fatal(err)
		}
		out = buf.String()
		if !strings.Contains(out, "level=DEBUG msg=\"ferro/migrate: statement\"") || !strings.Contains(out, "duration=") {
			t.Fatalf("statements not logged at debug:\n%s", out)
		}
		if e.Name == "sqlite" && !strings.Contains(out, "msg=\"ferro/migrate: table rebuilt\" table=shop rows_copied=3") {
			t.Fatalf("the rebuild did not log its rows:\n%s", out)
		}
		sameAs(t, db, shopV2{})
	})
}

type bigV1 struct {
	ID int64 `ferro:"id,pk"`
	V  int64 `ferro:"v"`
}

func (bigV1) TableName() string { return "big" }

type bigV2 struct {
	ID int64   `ferro:"id,pk"`
	V  float64 `ferro:"v"`
}

func (bigV2) TableName() string { return "big" }

// Regression (issue 13, item 6): the bigint -> double data check used
// abs(col), which overflows on the smallest bigint on both engines, so the
// plan failed with an engine error instead of a clean problem.
func TestMigrate_bigintToDoubleGuardMinInt(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		if err := ferro.Migrate(db, []any{bigV1{}}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO big (v) VALUES ($1), ($2)`, int64(math.MinInt64), int64(1)); err != nil {
			t.Fatal(err)
		}
		_, err := migrate.NewPlan(context.Background(), db, []any{bigV2{}}, migrate.AllowUpdates())
		var pe *migrate.PlanError
		if !errors.As(err, &pe) || len(pe.Problems) != 1 || !strings.Contains(pe.Problems[0].String(), "big.v: has 1 rows whose value would not survive the type change from bigint to double") {
			t.Fatalf("err = %v", err)
		}
	})
}

type handMadeV2 struct {
	ID   int64  `ferro:"id,pk"`
	Code string `ferro:"code,type=varchar(8)"`
}

func (handMadeV2) TableName() string { return "hand_made" }

// A SQLite rebuild keeps a UNIQUE constraint written inside a hand-made
// CREATE TABLE: the new table declares it again (SQLite enforces it with
// an automatic index no statement can create), with the collation its
// index uses, and it comes back under the same name. (Issue 17: every such
// rebuild was refused, so Django's SQLite tables with unique=True fields
// could take no change needing one.)
func TestMigrate_sqliteRebuildKeepsInlineUnique(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := testdb.SQLite(t)
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	execAll(t, db, `CREATE TABLE hand_made (id INTEGER NOT NULL, code TEXT NOT NULL UNIQUE, CONSTRAINT pk_hand_made PRIMARY KEY (id))`,
		`INSERT INTO hand_made (id, code) VALUES (1, 'a'), (2, 'b')`)
	if err := ferro.Migrate(db, []any{handMadeV2{}}, migrate.AllowUpdates()); err != nil {
		t.Fatal(err)
	}
	var name string
	if err := db.QueryRow(`SELECT name FROM pragma_index_list('hand_made') WHERE origin = 'u'`).Scan(&name); err != nil || name != "sqlite_autoindex_hand_made_1" {
		t.Fatalf("the UNIQUE constraint's index is %q (%v) after the rebuild", name, err)
	}
	if _, err := db.Exec(`INSERT INTO hand_made (id, code) VALUES (3, 'a')`); err == nil {
		t.Fatal("a duplicate code was accepted: the rebuild lost the UNIQUE constraint")
	}
	if p, err := migrate.NewPlan(ctx, db, []any{handMadeV2{}}, migrate.AllowDestructive()); err != nil || !p.Empty() {
		t.Fatalf("not converged: %v\n%s", err, p)
	}

	e2 := testdb.SQLite(t)
	db2 := testdb.Open(t, e2.FerroDriver, e2.DSN)
	execAll(t, db2, `CREATE TABLE hand_made (id INTEGER NOT NULL, code TEXT NOT NULL UNIQUE COLLATE NOCASE, CONSTRAINT pk_hand_made PRIMARY KEY (id))`,
		`INSERT INTO hand_made (id, code) VALUES (1, 'a')`)
	if err := ferro.Migrate(db2, []any{handMadeV2{}}, migrate.AllowUpdates()); err != nil {
		t.Fatal(err)
	}
	if _, err := db2.Exec(`INSERT INTO hand_made (id, code) VALUES (2, 'A')`); err == nil {
		t.Fatal("'A' beside 'a' was accepted: the rebuild lost the UNIQUE constraint's collation")
	}
}

type noteV1 struct {
	ID     int64  `ferro:"id,pk"`
	AcctID int64  `ferro:"acct_id,fk=accts.id,index"`
	Body   string `ferro:"body"`
}

func (noteV1) TableName() string { return "notes" }

type noteV2 struct {
	ID        int64  `ferro:"id,pk"`
	AccountID int64  `ferro:"account_id,fk=accounts.id,index,renamed_from=acct_id"`
	Body      string `ferro:"body"`
}

func (noteV2) TableName() string { return "notes" }

// Renaming a referenced table and the referencing column keeps the foreign
// key and its rows; every ferro name follows, so the result equals a fresh
// database.
func TestMigrate_renameReferencedTable(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		if err := ferro.Migrate(db, []any{acctV1{}, noteV1{}}); err != nil {
			t.Fatal(err)
		}
		execAll(t, db, `INSERT INTO accts (mail, name) VALUES ('a@x', 'Ann')`, `INSERT INTO notes (acct_id, body) VALUES (1, 'hi')`)
		if err := ferro.Migrate(db, []any{acctV2{}, noteV2{}}, migrate.AllowUpdates()); err != nil {
			t.Fatal(err)
		}
		sameAs(t, db, acctV2{}, noteV2{})
		var body string
		if err := db.QueryRow(`SELECT n.body FROM notes n JOIN accounts a ON a.id = n.account_id`).Scan(&body); err != nil || body != "hi" {
			t.Fatalf("body = %q, %v", body, err)
		}
		if _, err := db.Exec(`INSERT INTO notes (account_id, body) VALUES (99, 'orphan')`); err == nil {
			t.Fatal("the foreign key was lost")
		}
	})
}

// forEachDropVersion runs f, in parallel, for each engine and for each of
// the two models that drop things.legacy from legacyV1 (in place, and with
// a change that forces a SQLite rebuild), on a fresh database.
func forEachDropVersion(t *testing.T, f func(t *testing.T, e testdb.Engine, db *sql.DB, v2 any)) {
	for name, v2 := range map[string]any{"in_place": legacyV2{}, "sqlite_rebuild": legacyV2Rebuild{}} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			testdb.Each(t, func(t *testing.T, e testdb.Engine) {
				t.Parallel()
				f(t, e, testdb.Open(t, e.FerroDriver, e.DSN), v2)
			})
		})
	}
}
