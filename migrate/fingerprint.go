package migrate

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"slices"
	"sync"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/epoch"
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
// inspection returns equal schemas.
// Whenever the re-plan, under the migration lock, inspects a live schema
// that equals the desired one (catalog equality: same tables, columns,
// keys, indexes, checks, no other tables or views) and plans nothing, Run
// remembers (fingerprint, desired schema) in this process. The next Run
// with a deep-equal desired schema reads the live fingerprint (one
// statement, no lock) and returns at once when it is one remembered for
// that schema. Any change to the schema by anyone, this process or
// another, changes the fingerprint, and Run takes the full path.
// docs/architecture.md ("The no-op fast path") states the invariant.

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
	InspectFingerprint(ctx context.Context, q dialect.Querier) (*dialect.Schema, []byte, error)
}

// maxConverged bounds the remembered schemas: one per (database schema,
// model set) a process migrates, so a handful in practice.
const maxConverged = 32

// converged is the process-wide memory of live schemas found equal to a
// desired schema. It is keyed by content, not by *sql.DB: a fingerprint
// names a schema's content wherever it lives, so the memory is valid for
// every pool of the process and needs no invalidation.
var converged convergedSet

type convergedSet struct {
	mu      sync.Mutex
	entries []convergedEntry // oldest first
}

type convergedEntry struct {
	dialect string
	fp      []byte
	desired *dialect.Schema // owned by the entry: never modified
}

// fingerprints returns the fingerprints recorded for dialect name and a
// desired schema deep-equal to desired.
func (s *convergedSet) fingerprints(name string, desired *dialect.Schema) [][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out [][]byte
	for _, e := range s.entries {
		if e.dialect == name && sameSchema(e.desired, desired) {
			out = append(out, e.fp)
		}
	}
	return out
}

// find returns whether some entry for dialect name has the fingerprint fp
// and a desired schema deep-equal to desired.
func (s *convergedSet) find(name string, fp []byte, desired *dialect.Schema) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.index(name, fp, desired) >= 0
}

func (s *convergedSet) index(name string, fp []byte, desired *dialect.Schema) int {
	for i, e := range s.entries {
		if e.dialect == name && bytes.Equal(e.fp, fp) && sameSchema(e.desired, desired) {
			return i
		}
	}
	return -1
}

func (s *convergedSet) add(name string, fp []byte, desired *dialect.Schema) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.index(name, fp, desired) >= 0 {
		return
	}
	if len(s.entries) == maxConverged {
		s.entries = s.entries[1:]
	}
	s.entries = append(s.entries, convergedEntry{dialect: name, fp: fp, desired: desired})
}

// sameSchema reports whether a and b are deep-equal (as reflect.DeepEqual
// would say, nil and empty slices apart), ten times faster: it is on the
// fast path, once per remembered schema. TestSameSchema_isDeepEqual
// perturbs every field of every type reachable from a Schema and fails when
// a field is added that this does not compare.
func sameSchema(a, b *dialect.Schema) bool {
	if a == nil || b == nil {
		return a == b
	}
	return sameStrings(a.Views, b.Views) && sameAll(a.Tables, b.Tables, sameTable) && sameAll(a.Enums, b.Enums, sameEnum)
}

func sameEnum(a, b *dialect.Enum) bool {
	return a.Name == b.Name && sameStrings(a.Values, b.Values) && a.UsedElsewhere == b.UsedElsewhere
}

func sameTable(a, b *dialect.Table) bool {
	return a.Name == b.Name && a.Extra == b.Extra && sameStrings(a.RenamedFrom, b.RenamedFrom) &&
		sameAll(a.Columns, b.Columns, sameColumn) &&
		samePtr(a.PrimaryKey, b.PrimaryKey, func(a, b *dialect.PrimaryKey) bool { return a.Name == b.Name && sameStrings(a.Columns, b.Columns) }) &&
		sameAll(a.Indexes, b.Indexes, sameIndex) && sameAll(a.ForeignKeys, b.ForeignKeys, sameForeignKey) && sameAll(a.Checks, b.Checks, sameCheck) &&
		sameAll(a.Dependents, b.Dependents, sameDependent)
}

// sameDependent: models never have dependents (nil on both sides), but
// the comparison stays a deep one.
func sameDependent(a, b *dialect.Dependent) bool {
	return a.Object == b.Object && a.Table == b.Table && a.Column == b.Column && a.Constraint == b.Constraint &&
		sameStrings(a.Columns, b.Columns) && a.Index == b.Index && a.RowType == b.RowType && a.LocksType == b.LocksType
}

func sameColumn(a, b *dialect.Column) bool {
	return a.Name == b.Name && a.Type == b.Type && a.Nullable == b.Nullable && a.Default == b.Default &&
		a.AutoIncrement == b.AutoIncrement && a.Extra == b.Extra && a.Generated == b.Generated && sameStrings(a.RenamedFrom, b.RenamedFrom)
}

func sameIndex(a, b *dialect.Index) bool {
	return a.Name == b.Name && a.Unique == b.Unique && sameStrings(a.Columns, b.Columns) && sameStrings(a.Include, b.Include) && a.Where == b.Where &&
		a.Constraint == b.Constraint && a.Extra == b.Extra
}

func sameForeignKey(a, b *dialect.ForeignKey) bool {
	return a.Name == b.Name && sameStrings(a.Columns, b.Columns) && a.RefTable == b.RefTable && sameStrings(a.RefColumns, b.RefColumns) &&
		a.OnDelete == b.OnDelete && a.OnUpdate == b.OnUpdate && a.Extra == b.Extra
}

func sameCheck(a, b *dialect.Check) bool {
	return a.Name == b.Name && a.Column == b.Column && sameStrings(a.Values, b.Values) && a.Ints == b.Ints && a.Expr == b.Expr
}

func sameStrings(a, b []string) bool { return (a == nil) == (b == nil) && slices.Equal(a, b) }

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

// fastNoop reports whether the live schema of db is one that this process
// already found equal to desired, in which case Run has nothing to do. It
// sends nothing unless the process has recorded a live schema for desired;
// then one fingerprint read (see fingerprinter), outside any lock.
func fastNoop(ctx context.Context, db *sql.DB, eng engine, desired *dialect.Schema, cfg config) (bool, error) {
	if _, isFerro := db.Driver().(epoch.Source); !isFerro && !cfg.allowRawDB {
		return false, nil // run refuses it with ErrNotFerro
	}
	f, ok := eng.(fingerprinter)
	if !ok {
		return false, nil
	}
	known := converged.fingerprints(eng.Name(), desired)
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
	return slices.ContainsFunc(known, func(k []byte) bool { return bytes.Equal(k, fp) }), nil
}

// convergenceWatch wraps a re-plan's inspection to learn whether the live
// schema equals desired, and with which fingerprint.
type convergenceWatch struct {
	desired *dialect.Schema
	fp      []byte // set only when the inspected schema equals desired
}

// inspectLive is makePlan's inspection. With a watch (Run's re-plan) and a
// dialect that has InspectFingerprint, it notes the fingerprint when the
// live schema equals the desired one.
func inspectLive(ctx context.Context, q dialect.Querier, eng engine, w *convergenceWatch) (*dialect.Schema, error) {
	d := eng.Catalog()
	fi, ok := d.(fingerprintInspector)
	if w == nil || !ok {
		return d.Inspect(ctx, q)
	}
	live, fp, err := fi.InspectFingerprint(ctx, q)
	if err != nil {
		return nil, err
	}
	if w.desired.Equal(live) {
		w.fp = fp
	}
	return live, nil
}

// record remembers the inspected schema as converged when it equalled
// desired and the plan made from it is empty.
func (w *convergenceWatch) record(name string, p *Plan) {
	if w.fp != nil && p.Empty() {
		converged.add(name, w.fp, w.desired)
	}
}
