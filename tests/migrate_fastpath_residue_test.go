package tests

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// The no-op fast path serves every plan that executes nothing, not only a
// live schema equal to the models (migrate/fingerprint.go; docs/planner.md,
// "The no-op fast path"): an adopted schema the models match by storage,
// columns of unknown type, other tools' indexes, tables no model
// describes, changes left pending at the chosen level, problems deferred
// to a higher one. These tests prove, on both engines and for each kind of
// residue, that the fast path does exactly what the full path does (the
// same log records, the same error under RequireComplete), that it is
// really taken, and that a change by another connection still takes the
// full path.
//
// How the path taken is told: the full path takes the migration lock, the
// fast path does not. With the lock held by another session, a Migrate
// that fails with ErrLockTimeout took the full path; one that returns
// anything else took the fast path (on PostgreSQL it is also counted: two
// statements). And a DropTables name that no table has changes nothing in
// a plan but is part of what the memory is keyed by: each variant below
// uses one of its own, so that it starts unremembered, which the lock
// shows too.

type frItem struct {
	ID   int64   `ferro:"id,pk"`
	Name string  `ferro:"name"`
	Note *string `ferro:"note"`
}

func (frItem) TableName() string { return "fr_item" }

// frItemNick adds a column: pending below AllowUpdates.
type frItemNick struct {
	ID   int64   `ferro:"id,pk"`
	Name string  `ferro:"name"`
	Note *string `ferro:"note"`
	Nick *string `ferro:"nick"`
}

func (frItemNick) TableName() string { return "fr_item" }

// frItemStrict makes note NOT NULL: pending under ExpandOnly.
type frItemStrict struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
	Note string `ferro:"note"`
}

func (frItemStrict) TableName() string { return "fr_item" }

// frItemLabel drops name and adds label: pending below the destructive
// level, with a note that it looks like a rename.
type frItemLabel struct {
	ID    int64   `ferro:"id,pk"`
	Label string  `ferro:"label"`
	Note  *string `ferro:"note"`
}

func (frItemLabel) TableName() string { return "fr_item" }

// frItemFlag declares a column that the DDL of the case gives a type ferro
// cannot read.
type frItemFlag struct {
	ID   int64   `ferro:"id,pk"`
	Name string  `ferro:"name"`
	Note *string `ferro:"note"`
	Flag *bool   `ferro:"flag"`
}

func (frItemFlag) TableName() string { return "fr_item" }

// frLegacy's primary key is not the live one: deferred below AllowUpdates.
type frLegacy struct {
	ID int64 `ferro:"id,pk"`
	A  int32 `ferro:"a"`
	B  int32 `ferro:"b"`
}

func (frLegacy) TableName() string { return "fr_legacy" }

// frMoney is matched by storage: on SQLite NUMERIC(12,2) is read as
// numeric(12,2) (kept, listed) and VARCHAR is stored as text; on
// PostgreSQL varchar -> text is a change left pending at the create level.
type frMoney struct {
	ID     int64  `ferro:"id,pk"`
	Amount string `ferro:"amount,type=numeric(12,2)"`
	Label  string `ferro:"label"`
}

func (frMoney) TableName() string { return "fr_money" }

// captureLog is a slog handler that keeps every record as one line.
type captureLog struct {
	mu      sync.Mutex
	records []string
}

func (h *captureLog) Enabled(context.Context, slog.Level) bool { return true }

func (h *captureLog) Handle(_ context.Context, r slog.Record) error {
	line := r.Level.String() + " " + r.Message
	r.Attrs(func(a slog.Attr) bool {
		line += " " + a.String()
		return true
	})
	h.mu.Lock()
	h.records = append(h.records, line)
	h.mu.Unlock()
	return nil
}

func (h *captureLog) WithAttrs([]slog.Attr) slog.Handler {
	panic("captureLog: WithAttrs is not expected from ferro/migrate")
}

func (h *captureLog) WithGroup(string) slog.Handler {
	panic("captureLog: WithGroup is not expected from ferro/migrate")
}

// outcome is what a Migrate did that a caller can see: its log records and
// its error.
type outcome struct {
	records []string
	err     error
}

func (o outcome) String() string {
	return fmt.Sprintf("error: %v\nrecords:\n  %s", o.err, strings.Join(o.records, "\n  "))
}

// migrateOutcome runs ferro.Migrate with a capturing logger.
func migrateOutcome(db *sql.DB, models []any, opts ...migrate.Option) outcome {
	h := &captureLog{}
	err := ferro.Migrate(db, models, append(slices.Clone(opts), migrate.WithLogger(slog.New(h)))...)
	return outcome{records: h.records, err: err}
}

// sameOutcome fails unless got is want: the same records in the same order
// at the same levels, the same error text, the same sentinel, and under
// RequireComplete a plan that prints the same.
func sameOutcome(t *testing.T, what string, want, got outcome) {
	t.Helper()
	same := slices.Equal(want.records, got.records) && fmt.Sprint(want.err) == fmt.Sprint(got.err) &&
		errors.Is(want.err, migrate.ErrPending) == errors.Is(got.err, migrate.ErrPending)
	var wp, gp *migrate.PendingError
	if errors.As(want.err, &wp) != errors.As(got.err, &gp) || (wp != nil && wp.Plan.String() != gp.Plan.String()) {
		same = false
	}
	if !same {
		t.Fatalf("%s:\n%s\nwant (the full path):\n%s", what, got, want)
	}
}

// whileLocked runs fn while another session holds the migration lock.
func whileLocked(t *testing.T, e testdb.Engine, fn func()) {
	t.Helper()
	release := holdMigrationLock(t, e)
	defer release()
	fn()
}

// residueCase is an adopted schema: base models migrated by ferro, then DDL
// by another tool, then models that match it with an empty plan at opts.
type residueCase struct {
	name   string
	base   []any
	ddl    map[string]string // by engine; run as one Exec
	corpus map[string]string // by engine: a file of testdata/adoption, instead of base and ddl
	models []any
	opts   []migrate.Option
	// has reports whether the plan has the residue the case is about.
	has func(engine string, p *migrate.Plan) bool
}

var residueCases = []residueCase{
	{name: "storage matched", models: []any{frMoney{}}, ddl: map[string]string{
		"sqlite":   `CREATE TABLE fr_money (id INTEGER PRIMARY KEY, amount NUMERIC(12,2) NOT NULL, label VARCHAR NOT NULL)`,
		"postgres": `CREATE TABLE fr_money (id bigint PRIMARY KEY, amount numeric(12,2) NOT NULL, label varchar NOT NULL)`,
	}, has: func(engine string, p *migrate.Plan) bool {
		if engine == "sqlite" {
			return len(p.Residue().Kept) == 1 && strings.Contains(p.Residue().Kept[0].String(), "declared NUMERIC(12,2)") && len(p.Residue().Pending) == 0
		}
		return len(p.Residue().Pending) == 1 && strings.Contains(p.Residue().Pending[0].String(), "varchar -> text")
	}},
	{name: "other tool's index kept", base: []any{frItem{}}, models: []any{frItem{}}, ddl: map[string]string{
		"sqlite":   `CREATE INDEX other_tool_name ON fr_item (name)`,
		"postgres": `CREATE INDEX other_tool_name ON fr_item (name)`,
	}, has: func(_ string, p *migrate.Plan) bool {
		return len(p.Residue().Kept) == 1 && strings.Contains(p.Residue().Kept[0].String(), "other_tool_name")
	}},
	{name: "unmanaged table", base: []any{frItem{}}, models: []any{frItem{}}, ddl: map[string]string{
		"sqlite":   `CREATE TABLE other_tool_log (id INTEGER PRIMARY KEY, line TEXT)`,
		"postgres": `CREATE TABLE other_tool_log (id bigint PRIMARY KEY, line text)`,
	}, has: func(_ string, p *migrate.Plan) bool {
		return slices.Equal(p.Residue().Unmanaged, []string{"other_tool_log"})
	}},
	{name: "unknown column type", base: []any{frItem{}}, models: []any{frItemFlag{}}, ddl: map[string]string{
		"sqlite":   `ALTER TABLE fr_item ADD COLUMN flag MEDIUMBLOB`,
		"postgres": `ALTER TABLE fr_item ADD COLUMN flag int4range`,
	}, has: func(_ string, p *migrate.Plan) bool {
		return len(p.Residue().Unknown) == 1 && p.Residue().Unknown[0].Column == "flag"
	}},
	{name: "pending at the create level", base: []any{frItem{}}, models: []any{frItemNick{}},
		has: func(_ string, p *migrate.Plan) bool {
			return len(p.Residue().Pending) == 1 && strings.Contains(p.Residue().Pending[0].String(), "fr_item.nick")
		}},
	{name: "pending under ExpandOnly", base: []any{frItem{}}, models: []any{frItemStrict{}},
		opts: []migrate.Option{migrate.AllowUpdates(), migrate.ExpandOnly()},
		has: func(_ string, p *migrate.Plan) bool {
			return len(p.Residue().Pending) == 1 && p.Residue().Pending[0].Contracts
		}},
	{name: "rename note", base: []any{frItem{}}, models: []any{frItemLabel{}},
		has: func(_ string, p *migrate.Plan) bool {
			return len(p.Residue().Pending) == 2 && len(p.Residue().Notes) == 1 && strings.Contains(p.Residue().Notes[0], "renamed_from=name")
		}},
	{name: "deferred problem", models: []any{frLegacy{}}, ddl: map[string]string{
		"sqlite":   `CREATE TABLE fr_legacy (id bigint NOT NULL, a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b))`,
		"postgres": `CREATE TABLE fr_legacy (id bigint NOT NULL, a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b))`,
	}, has: func(_ string, p *migrate.Plan) bool { return len(p.Residue().Deferred) == 1 }},
	{name: "adoption corpus", corpus: map[string]string{
		"sqlite":   "gorm.sqlite.sql",
		"postgres": "sqlalchemy.postgres.sql",
	}, opts: []migrate.Option{migrate.AllowDestructive()}, has: func(string, *migrate.Plan) bool { return true }},
}

// corpusModels are the full models of the corpus files residueCases use.
var corpusModels = map[string][]any{
	"gorm.sqlite.sql":         {gmProduct{}},
	"sqlalchemy.postgres.sql": {saUser{}, saAddress{}},
}

func TestMigrate_noopFastPathReplaysResidue(t *testing.T) {
	t.Parallel()
	for _, engine := range []string{"sqlite", "postgres"} {
		t.Run(engine, func(t *testing.T) {
			t.Parallel()
			for _, c := range residueCases {
				t.Run(strings.ReplaceAll(c.name, " ", "_"), func(t *testing.T) {
					t.Parallel()
					testResidue(t, engine, c)
				})
			}
		})
	}
}

func testResidue(t *testing.T, engine string, c residueCase) {
	ctx := context.Background()
	var e testdb.Engine
	var db *sql.DB
	var trace *sqlLog
	if engine == "postgres" {
		e = testdb.Postgres(t)
		db, trace = openTracedPostgres(t, e, nil)
	} else {
		e = testdb.SQLite(t)
		db = testdb.Open(t, e.FerroDriver, e.DSN)
	}
	raw := testdb.Open(t, e.RawDriver, e.DSN)
	models := c.models
	if file := c.corpus[engine]; file != "" {
		loadCorpus(t, raw, "testdata/adoption/"+file)
		models = corpusModels[file]
	}
	if c.base != nil {
		if err := ferro.Migrate(db, c.base, migrate.DropTables(testdb.UniqueName("fr_absent_"))); err != nil {
			t.Fatal(err)
		}
	}
	if ddl := c.ddl[engine]; ddl != "" {
		if _, err := raw.ExecContext(ctx, ddl); err != nil {
			t.Fatalf("%s: %v", ddl, err)
		}
	}
	p, err := migrate.NewPlan(ctx, db, models, c.opts...)
	if err != nil {
		t.Fatal(err)
	}
	if !p.Empty() || !c.has(engine, p) {
		t.Fatalf("the case does not make the plan it is about:\n%s", p)
	}
	// Each case is a schema the fast path did not serve before it
	// remembered plans: one that is not equal to the models.
	desired, err := catalog.FromModels(models...)
	if err != nil {
		t.Fatal(err)
	}
	if desired, err = catalog.ForDialect(desired, schema.Dialect(engine)); err != nil {
		t.Fatal(err)
	}
	if inspect(t, db).Equal(desired) {
		t.Fatal("the live schema equals the models: the case proves nothing the equal-schema fast path did not")
	}
	incomplete := !p.Residue().Complete()
	short := migrate.WithLockTimeout(100 * time.Millisecond)

	// fullThenFast runs Migrate with c.opts, a DropTables name of its own
	// and, when rc, RequireComplete, on the full path, then on the fast
	// path, and returns the options and the full path's outcome.
	fullThenFast := func(what string, rc bool) ([]migrate.Option, outcome) {
		t.Helper()
		opts := append(slices.Clone(c.opts), migrate.DropTables(testdb.UniqueName("fr_absent_")))
		if rc {
			opts = append(opts, migrate.RequireComplete())
		}
		whileLocked(t, e, func() {
			if o := migrateOutcome(db, models, append(opts, short)...); !errors.Is(o.err, migrate.ErrLockTimeout) || len(o.records) > 0 {
				t.Fatalf("%s, nothing remembered yet, lock held: %s\nwant ErrLockTimeout (the full path) and no record", what, o)
			}
		})
		full := migrateOutcome(db, models, opts...)
		if wantPending := incomplete && rc; wantPending != errors.Is(full.err, migrate.ErrPending) || (!wantPending && full.err != nil) {
			t.Fatalf("%s, full path: %s", what, full)
		}
		if (!rc || !incomplete) && c.corpus == nil {
			if len(full.records) == 0 {
				t.Fatalf("%s, full path: no record of the plan's residue", what)
			}
		}
		if trace != nil {
			trace.take()
		}
		whileLocked(t, e, func() {
			fast := migrateOutcome(db, models, append(opts, short)...)
			sameOutcome(t, what+", fast path with the lock held", full, fast)
		})
		if trace != nil {
			if got := trace.take(); len(got) != 2 {
				t.Fatalf("%s: the fast path sent %d statements, want 2:\n%s", what, len(got), strings.Join(got, "\n---\n"))
			}
		}
		return opts, full
	}
	plainOpts, fullPlain := fullThenFast("without RequireComplete", false)
	_, fullRC := fullThenFast("under RequireComplete", true)

	// RequireComplete does not steer planning: the plan remembered without
	// it serves it, with the error the full path returned.
	whileLocked(t, e, func() {
		sameOutcome(t, "RequireComplete served by the plan remembered without it", fullRC,
			migrateOutcome(db, models, append(slices.Clone(plainOpts), migrate.RequireComplete(), short)...))
	})

	// A change by another connection is never hidden: the next Migrate
	// takes the full path (and reports the new table), then the fast path
	// serves the new schema.
	if _, err := raw.ExecContext(ctx, `CREATE TABLE fr_other_change (id int)`); err != nil {
		t.Fatal(err)
	}
	whileLocked(t, e, func() {
		if o := migrateOutcome(db, models, append(slices.Clone(plainOpts), short)...); !errors.Is(o.err, migrate.ErrLockTimeout) {
			t.Fatalf("after another connection created a table, lock held: %s\nwant ErrLockTimeout (the full path)", o)
		}
	})
	after := migrateOutcome(db, models, plainOpts...)
	if after.err != nil || !slices.ContainsFunc(after.records, func(r string) bool { return strings.Contains(r, "fr_other_change") }) {
		t.Fatalf("after another connection created a table:\n%s", after)
	}
	if slices.Equal(after.records, fullPlain.records) {
		t.Fatalf("the records did not change with the schema:\n%s", after)
	}
	whileLocked(t, e, func() {
		sameOutcome(t, "the fast path after the change", after, migrateOutcome(db, models, append(slices.Clone(plainOpts), short)...))
	})
}

// What the plan depends on among the options is part of what the memory is
// keyed by: a plan remembered at the create level (a column left pending)
// never answers for another level, ExpandOnly, NaiveTimeZone or DropTables
// (each takes the full path, shown by the held lock), while the logger,
// the lock timeout and RequireComplete, which do not change the plan, are
// served from it. Without the key, AllowUpdates would be answered with the
// column still pending.
func TestMigrate_noopFastPathKeyedByPlanningOptions(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		if err := ferro.Migrate(db, []any{frItem{}}); err != nil {
			t.Fatal(err)
		}
		models := []any{frItemNick{}}
		if err := ferro.Migrate(db, models); err != nil { // the full path; remembers the plan
			t.Fatal(err)
		}
		short := migrate.WithLockTimeout(100 * time.Millisecond)
		whileLocked(t, e, func() {
			for _, tc := range []struct {
				name string
				opts []migrate.Option
				full bool
			}{
				{name: "same options", opts: nil},
				{name: "another logger", opts: []migrate.Option{migrate.WithLogger(slog.New(&captureLog{}))}},
				{name: "RequireComplete", opts: []migrate.Option{migrate.RequireComplete()}},
				{name: "AllowUpdates", opts: []migrate.Option{migrate.AllowUpdates()}, full: true},
				{name: "AllowDestructive", opts: []migrate.Option{migrate.AllowDestructive()}, full: true},
				{name: "ExpandOnly", opts: []migrate.Option{migrate.ExpandOnly()}, full: true},
				{name: "NaiveTimeZone", opts: []migrate.Option{migrate.NaiveTimeZone("UTC")}, full: true},
				{name: "DropTables", opts: []migrate.Option{migrate.DropTables("fr_absent")}, full: true},
			} {
				err := ferro.Migrate(db, models, append(tc.opts, short)...)
				if tc.full != errors.Is(err, migrate.ErrLockTimeout) {
					t.Errorf("%s, lock held: %v; want the full path (ErrLockTimeout) %v", tc.name, err, tc.full)
				}
				if !tc.full && tc.name != "RequireComplete" && err != nil {
					t.Errorf("%s: %v", tc.name, err)
				}
				if tc.name == "RequireComplete" && !errors.Is(err, migrate.ErrPending) {
					t.Errorf("RequireComplete: %v, want ErrPending", err)
				}
			}
		})
		if err := ferro.Migrate(db, models, migrate.AllowUpdates()); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`SELECT nick FROM fr_item`); err != nil {
			t.Fatalf("AllowUpdates did not add the pending column: %v", err)
		}
	})
}

// Only a plan that executes nothing is remembered. Here a Migrate creates
// a table (a plan with statements), another connection drops it, so the
// schema is the one that plan was made against (the same fingerprint):
// the next Migrate must take the full path and create the table again,
// where a remembered plan with statements would have answered nil.
func TestMigrate_noopFastPathNeverRemembersWork(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		raw := testdb.Open(t, e.RawDriver, e.DSN)
		before, err := dialectOf(e).Fingerprint(ctx, raw)
		if err != nil {
			t.Fatal(err)
		}
		models := []any{frItem{}}
		if err := ferro.Migrate(db, models); err != nil {
			t.Fatal(err)
		}
		// The table goes, and so do ferro's records of its objects (their
		// table too: the fingerprint covers the records).
		execAll(t, raw, `DROP TABLE fr_item`, `DROP TABLE ferro_objects`)
		if again, err := dialectOf(e).Fingerprint(ctx, raw); err != nil || !bytes.Equal(again, before) {
			t.Fatalf("the schema is not back to its fingerprint: %x (%v), want %x", again, err, before)
		}
		whileLocked(t, e, func() {
			if err := ferro.Migrate(db, models, migrate.WithLockTimeout(100*time.Millisecond)); !errors.Is(err, migrate.ErrLockTimeout) {
				t.Fatalf("lock held: %v, want ErrLockTimeout (the full path)", err)
			}
		})
		if err := ferro.Migrate(db, models); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`SELECT name FROM fr_item`); err != nil {
			t.Fatalf("the table was not created again: %v", err)
		}
	})
}

// frItemNoNote drops note: pending below the destructive level.
type frItemNoNote struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (frItemNoNote) TableName() string { return "fr_item" }

// The PostgreSQL fingerprint leaves the dependents of tables out (see
// pgInspectDependents in internal/dialect/postgres/inspect.go): they only
// refuse changes a plan executes. A remembered plan with residue relies on
// that too: here the plan leaves the drop of note pending, and a trigger
// and a policy that use note are created afterwards. The fingerprint does
// not move, the fast path replays the plan, and the full path, made with
// the dependents there, says exactly the same, with and without
// RequireComplete; only at the destructive level, where the drop would
// run, do they refuse the plan. (On SQLite a trigger is a row of
// sqlite_schema: the fingerprint changes, as the other tests show.)
func TestMigrate_fastPathResidueIgnoresDependents(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := testdb.Postgres(t)
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	if err := ferro.Migrate(db, []any{frItem{}}); err != nil {
		t.Fatal(err)
	}
	models := []any{frItemNoNote{}}
	short := migrate.WithLockTimeout(100 * time.Millisecond)
	remembered := migrate.DropTables(testdb.UniqueName("fr_absent_"))
	if o := migrateOutcome(db, models, remembered); o.err != nil || len(o.records) != 1 {
		t.Fatalf("the first Migrate: %s\nwant the drop of note left pending", o)
	}
	before, err := dialectOf(e).Fingerprint(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	execAll(t, db,
		`CREATE FUNCTION fr_trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$`,
		`CREATE TRIGGER fr_tr BEFORE UPDATE OF note ON fr_item FOR EACH ROW EXECUTE FUNCTION fr_trg()`,
		`CREATE POLICY fr_p ON fr_item USING (note IS NOT NULL)`)
	if after, err := dialectOf(e).Fingerprint(ctx, db); err != nil || !bytes.Equal(before, after) {
		t.Fatalf("the fingerprint moved with objects that only use the table: %x -> %x (%v)", before, after, err)
	}
	for _, rc := range []bool{false, true} {
		var extra []migrate.Option
		if rc {
			extra = []migrate.Option{migrate.RequireComplete()}
		}
		var fast outcome
		whileLocked(t, e, func() {
			fast = migrateOutcome(db, models, append([]migrate.Option{remembered, short}, extra...)...)
		})
		if errors.Is(fast.err, migrate.ErrLockTimeout) {
			t.Fatalf("RequireComplete %v: the fast path was not taken: %s", rc, fast)
		}
		fresh := migrate.DropTables(testdb.UniqueName("fr_absent_"))
		whileLocked(t, e, func() {
			if o := migrateOutcome(db, models, append([]migrate.Option{fresh, short}, extra...)...); !errors.Is(o.err, migrate.ErrLockTimeout) {
				t.Fatalf("RequireComplete %v, options never used, lock held: %s\nwant ErrLockTimeout (the full path)", rc, o)
			}
		})
		full := migrateOutcome(db, models, append([]migrate.Option{fresh}, extra...)...)
		sameOutcome(t, fmt.Sprintf("RequireComplete %v, fast path remembered before the dependents", rc), full, fast)
	}
	_, err = migrate.NewPlan(ctx, db, models, migrate.AllowDestructive())
	if !errors.Is(err, migrate.ErrRefused) || !strings.Contains(err.Error(), "trigger fr_tr on table fr_item") {
		t.Fatalf("NewPlan at the destructive level: %v, want the drop refused, naming the trigger", err)
	}
}
