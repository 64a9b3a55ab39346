package migrate

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"slices"
	"sync"

	"github.com/ferrosql/ferro/internal/epoch"
	"github.com/ferrosql/ferro/schema"
)

// This file holds the no-op fast path of Run. A migration whose models
// already match the database is the common case (every process start), and
// without a shortcut it costs a locked transaction and a full inspection.
//
// The shortcut rests on a schema fingerprint: a SHA-256 of the catalog
// content that inspection reads (SQLite: every row of sqlite_schema;
// PostgreSQL: the catalog values the inspection is made of and the text of
// each of its deparses, hashed by the server: see
// internal/dialect/postgres/fingerprint.go), so equal fingerprints mean
// inspection returns equal schemas, up to what cannot change a plan that
// executes nothing (PostgreSQL leaves the dependents of tables out: they
// only refuse changes a plan executes; see pgInspectDependents).
// A plan is a function of the desired schema, the live schema and the
// options that steer planning (planKey); an empty plan reads nothing else
// (no data check runs without a change). So whenever the re-plan, under
// the migration lock, makes a plan that executes nothing (Plan.Empty),
// Run remembers in this process (fingerprint, desired schema, planKey)
// with that plan, whose residue (pending changes, columns of unknown
// type, deferred problems, kept objects, unmanaged tables, notes) is all
// that is left of it. The next Run with a deep-equal desired schema and
// equal planning options reads the live fingerprint (no lock; it covers
// ferro's records, which decide what a plan may drop, too), and when it is the remembered one does with the remembered plan
// exactly what the full path does with an empty plan (replay): the same
// log records, or the same *PendingError under RequireComplete; nothing
// executed, no epoch bump. Any change to the schema by anyone, this
// process or another, changes the fingerprint, and Run takes the full
// path. docs/planner.md ("The no-op fast path") states the invariant.

// fingerprinter is the engine capability behind the fast path.
type fingerprinter interface {
	// Fingerprint reads the fingerprint of the live schema on conn, which
	// is in no transaction, from one statement's view of the catalog, and
	// leaves conn in no transaction.
	Fingerprint(ctx context.Context, conn *sql.Conn) ([]byte, error)
}

// fingerprintInspector is the catalog dialect capability that records it.
type fingerprintInspector interface {
	// InspectFingerprint is Inspect that also returns the fingerprint of
	// exactly what it read.
	InspectFingerprint(ctx context.Context, q schema.ExecQuerier) (*schema.Schema, []byte, error)
}

// maxConverged bounds the remembered plans: one per (database schema,
// model set, planning options) a process migrates, so a handful in
// practice.
const maxConverged = 32

// converged is the process-wide memory of empty plans. It is keyed by
// content, not by *sql.DB: a fingerprint names a schema's content wherever
// it lives, so the memory is valid for every pool of the process and needs
// no invalidation.
var converged convergedSet

type convergedSet struct {
	mu      sync.Mutex
	entries []convergedEntry // oldest first
}

// convergedEntry is one remembered plan. Every field is owned by the entry
// and never modified.
type convergedEntry struct {
	dialect schema.Dialect
	fp      []byte
	desired *schema.Schema
	key     planKey
	plan    *Plan // empty; its cfg is cleared (replay supplies the caller's)
}

// planKey is the part of the options that the plan depends on. Every
// other field of config is named by TestPlanKey_coversConfig with the
// reason it does not change the plan: the logger and the lock timeout
// (how the plan is reported and waited for), AllowRawDB (checked before
// the fast path), RequireComplete (applied to the remembered plan by
// replay, as makePlan applies it to a new one).
type planKey struct {
	level      Level
	expandOnly bool
	naiveZone  string
	dropTables []string // compared in order: DropTables("a", "b") and ("b", "a") are remembered apart
}

// keyOf returns the planning options of cfg; dropTables is copied.
func keyOf(cfg config) planKey {
	return planKey{level: cfg.level, expandOnly: cfg.expandOnly, naiveZone: cfg.naiveZone, dropTables: slices.Clone(cfg.dropTables)}
}

func (k planKey) same(o planKey) bool {
	return k.level == o.level && k.expandOnly == o.expandOnly && k.naiveZone == o.naiveZone && slices.Equal(k.dropTables, o.dropTables)
}

// candidates returns the entries recorded for dialect name, a desired
// schema deep-equal to desired and planning options equal to key.
func (s *convergedSet) candidates(name schema.Dialect, desired *schema.Schema, key planKey) []convergedEntry {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []convergedEntry
	for _, e := range s.entries {
		if e.dialect == name && e.key.same(key) && sameSchema(e.desired, desired) {
			out = append(out, e)
		}
	}
	return out
}

// find returns the plan of the entry for dialect name with the
// fingerprint fp, a desired schema deep-equal to desired and planning
// options equal to key; nil when there is none.
func (s *convergedSet) find(name schema.Dialect, fp []byte, desired *schema.Schema, key planKey) *Plan {
	s.mu.Lock()
	defer s.mu.Unlock()
	if i := s.index(name, fp, desired, key); i >= 0 {
		return s.entries[i].plan
	}
	return nil
}

func (s *convergedSet) index(name schema.Dialect, fp []byte, desired *schema.Schema, key planKey) int {
	for i, e := range s.entries {
		if e.dialect == name && bytes.Equal(e.fp, fp) && e.key.same(key) && sameSchema(e.desired, desired) {
			return i
		}
	}
	return -1
}

// add remembers p, made at key against a live schema with fingerprint fp
// for desired. Only an empty plan is remembered: one with statements
// describes work that, once done, leaves another schema.
func (s *convergedSet) add(name schema.Dialect, fp []byte, desired *schema.Schema, key planKey, p *Plan) {
	if !p.Empty() {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.index(name, fp, desired, key) >= 0 {
		return
	}
	if len(s.entries) == maxConverged {
		s.entries = s.entries[1:]
	}
	kept := *p
	kept.cfg = config{} // the caller's logger is not kept alive; replay sets the next caller's
	s.entries = append(s.entries, convergedEntry{dialect: name, fp: fp, desired: desired, key: key, plan: &kept})
}

// sameSchema reports whether a and b are deep-equal (as reflect.DeepEqual
// would say, nil and empty slices apart), ten times faster: it is on the
// fast path, once per remembered schema. TestSameSchema_isDeepEqual
// perturbs every field of every type reachable from a Schema and fails when
// a field is added that this does not compare.
func sameSchema(a, b *schema.Schema) bool {
	if a == nil || b == nil {
		return a == b
	}
	return sameStrings(a.Views, b.Views) && a.FoldNames == b.FoldNames && sameAll(a.Tables, b.Tables, sameTable) && sameAll(a.Enums, b.Enums, sameEnum)
}

func sameEnum(a, b *schema.Enum) bool {
	return a.Name == b.Name && sameStrings(a.Values, b.Values) && a.UsedElsewhere == b.UsedElsewhere
}

func sameTable(a, b *schema.Table) bool {
	return a.Name == b.Name && a.Extra == b.Extra && sameStrings(a.RenamedFrom, b.RenamedFrom) &&
		samePtr(a.PartitionBy, b.PartitionBy, func(a, b *schema.PartitionKey) bool { return a.Method == b.Method && sameStrings(a.Columns, b.Columns) }) &&
		sameStrings(a.Partitions, b.Partitions) &&
		sameAll(a.Columns, b.Columns, sameColumn) &&
		samePtr(a.PrimaryKey, b.PrimaryKey, func(a, b *schema.PrimaryKey) bool { return a.Name == b.Name && sameStrings(a.Columns, b.Columns) }) &&
		sameAll(a.Indexes, b.Indexes, sameIndex) && sameAll(a.ForeignKeys, b.ForeignKeys, sameForeignKey) && sameAll(a.Checks, b.Checks, sameCheck) &&
		sameAll(a.Dependents, b.Dependents, sameDependent)
}

// sameDependent: models never have dependents (nil on both sides), but
// the comparison stays a deep one.
func sameDependent(a, b *schema.Dependent) bool {
	return a.Object == b.Object && a.Table == b.Table && a.Column == b.Column && a.Constraint == b.Constraint &&
		sameStrings(a.Columns, b.Columns) && a.Index == b.Index && a.RowType == b.RowType && a.LocksType == b.LocksType
}

func sameColumn(a, b *schema.Column) bool {
	return a.Name == b.Name && a.Type == b.Type && a.Nullable == b.Nullable && a.Default == b.Default &&
		a.AutoIncrement == b.AutoIncrement && a.Monotonic == b.Monotonic && a.Extra == b.Extra && a.Generated == b.Generated && sameStrings(a.RenamedFrom, b.RenamedFrom)
}

func sameIndex(a, b *schema.Index) bool {
	return a.Name == b.Name && a.Unique == b.Unique && sameStrings(a.Columns, b.Columns) && sameStrings(a.Include, b.Include) && a.Where == b.Where &&
		a.Constraint == b.Constraint && a.Method == b.Method && sameBools(a.Desc, b.Desc) && sameStrings(a.Collate, b.Collate) &&
		a.EngineNamed == b.EngineNamed && a.Extra == b.Extra
}

func sameForeignKey(a, b *schema.ForeignKey) bool {
	return a.Name == b.Name && sameStrings(a.Columns, b.Columns) && a.RefTable == b.RefTable && sameStrings(a.RefColumns, b.RefColumns) &&
		a.OnDelete == b.OnDelete && a.OnUpdate == b.OnUpdate && a.Deferrable == b.Deferrable && a.InitiallyDeferred == b.InitiallyDeferred && a.Extra == b.Extra
}

func sameCheck(a, b *schema.Check) bool {
	return a.Name == b.Name && a.Column == b.Column && sameStrings(a.Values, b.Values) && a.Ints == b.Ints && a.Expr == b.Expr
}

func sameStrings(a, b []string) bool { return (a == nil) == (b == nil) && slices.Equal(a, b) }

func sameBools(a, b []bool) bool { return (a == nil) == (b == nil) && slices.Equal(a, b) }

func samePtr[T any](a, b *T, same func(a, b *T) bool) bool {
	if a == nil || b == nil {
		return a == b
	}
	return same(a, b)
}

func sameAll[T any](a, b []*T, same func(a, b *T) bool) bool {
	if (a == nil) != (b == nil) || len(a) != len(b) {
		return false
	}
	for i := range a {
		if !samePtr(a[i], b[i], same) {
			return false
		}
	}
	return true
}

// fastNoop reports whether the live schema of db is one for which this
// process already made an empty plan for desired under the planning
// options of cfg; then it has done what Run does with that plan (replay)
// and returns its error. It sends nothing unless the process has
// remembered a plan for desired and these options; then one fingerprint
// read (see fingerprinter), outside any lock.
func fastNoop(ctx context.Context, db *sql.DB, eng engine, desired *schema.Schema, cfg config) (bool, error) {
	if _, isFerro := db.Driver().(epoch.Source); !isFerro && !cfg.allowRawDB {
		return false, nil // run refuses it with ErrNotFerro
	}
	f, ok := eng.(fingerprinter)
	if !ok {
		return false, nil
	}
	known := converged.candidates(eng.Name(), desired, keyOf(cfg))
	if len(known) == 0 {
		return false, nil // nothing to compare with: no query; the full path checks the input
	}
	// The names passed catalog.CheckNames on this engine when the entry
	// was recorded (makePlan checks them first), for a schema deep-equal
	// to desired, and CheckNames depends on nothing else: only the options
	// are left to check.
	if err := checkOptions(desired, cfg); err != nil {
		return false, err
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return false, fmt.Errorf("ferro/migrate: get a connection: %w", err)
	}
	defer conn.Close()
	fp, err := f.Fingerprint(ctx, conn)
	if err != nil {
		conn.Raw(func(any) error { return driver.ErrBadConn }) // it may be left inside a transaction
		return false, fmt.Errorf("ferro/migrate: read the schema fingerprint: %w", err)
	}
	i := slices.IndexFunc(known, func(e convergedEntry) bool { return bytes.Equal(e.fp, fp) })
	if i < 0 {
		return false, nil
	}
	return true, replay(ctx, known[i].plan, cfg)
}

// replay does with the remembered empty plan p what the full path (makePlan,
// then run) does with the plan it makes: under RequireComplete a
// *PendingError when p leaves anything pending; else p's residue logged
// (Plan.report) and nil. The plan the caller may see (PendingError.Plan)
// carries the caller's options, as a new one would.
func replay(ctx context.Context, p *Plan, cfg config) error {
	own := *p
	own.cfg = cfg
	if err := pendingError(&own, cfg); err != nil {
		return err
	}
	own.report(ctx, cfg.logger)
	return nil
}

// convergenceWatch wraps a re-plan's inspection to learn the fingerprint
// of the live schema it read.
type convergenceWatch struct {
	desired *schema.Schema
	fp      []byte
}

// inspectLive is makePlan's inspection. With a watch (Run's and Apply's
// re-plan) and a dialect that has InspectFingerprint, it notes the
// fingerprint of what it read.
func inspectLive(ctx context.Context, q schema.ExecQuerier, eng engine, w *convergenceWatch) (*schema.Schema, error) {
	d := eng.Catalog()
	fi, ok := d.(fingerprintInspector)
	if w == nil || !ok {
		return d.Inspect(ctx, q)
	}
	live, fp, err := fi.InspectFingerprint(ctx, q)
	if err != nil {
		return nil, err
	}
	w.fp = fp
	return live, nil
}

// record remembers p, made by the re-plan under the options of p.cfg,
// when it executes nothing.
func (w *convergenceWatch) record(name schema.Dialect, p *Plan) {
	if w.fp != nil {
		converged.add(name, w.fp, w.desired, keyOf(p.cfg), p)
	}
}
