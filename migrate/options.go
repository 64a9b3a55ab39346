package migrate

import (
	"log/slog"
	"strconv"
	"time"
)

// Level is how far a plan may go: each level includes the ones before it.
type Level int

// The levels of the migration ladder.
const (
	// LevelCreate creates missing tables (with their indexes, uniques,
	// checks and foreign keys) and nothing else. It is the default.
	LevelCreate Level = iota
	// LevelUpdates also adds, alters and renames (when declared) columns,
	// renames tables (when declared) and adds and alters indexes, uniques,
	// foreign keys and checks of existing tables. Set it with
	// [AllowUpdates].
	LevelUpdates
	// LevelDestructive also drops live columns and ferro-named indexes the
	// models no longer declare, and tables named by [DropTables]. Set it
	// with [AllowDestructive].
	LevelDestructive
)

// String returns "create", "updates" or "destructive".
func (l Level) String() string {
	switch l {
	case LevelCreate:
		return "create"
	case LevelUpdates:
		return "updates"
	case LevelDestructive:
		return "destructive"
	}
	return "level(" + strconv.Itoa(int(l)) + ")"
}

// Default values of the options.
const (
	DefaultLockTimeout = 30 * time.Second
)

// Option configures [NewPlan], [Plan.Apply] and ferro.Migrate.
type Option func(*config)

type config struct {
	level           Level
	lockTimeout     time.Duration
	allowRawDB      bool
	expandOnly      bool
	requireComplete bool
	naiveZone       string
	dropTables      []string
	logger          *slog.Logger
	watch           *convergenceWatch // set by Run's re-plan only (fingerprint.go)
}

func newConfig(opts []Option) config {
	c := config{level: LevelCreate, lockTimeout: DefaultLockTimeout}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.logger == nil {
		c.logger = slog.Default()
	}
	return c
}

// AllowUpdates lets the plan add and alter columns, indexes, uniques,
// foreign keys and checks of existing tables (see [LevelUpdates]). Default:
// only missing tables are created.
func AllowUpdates() Option {
	return func(c *config) {
		if c.level < LevelUpdates {
			c.level = LevelUpdates
		}
	}
}

// AllowDestructive lets the plan drop live columns and ferro-named indexes
// that the models no longer declare (see [LevelDestructive]). It implies
// [AllowUpdates]. Primary-key columns are never dropped, tables only when
// named by [DropTables]; the indexes, foreign keys and checks on a dropped
// column are dropped with it, each listed in the plan.
func AllowDestructive() Option {
	return func(c *config) { c.level = LevelDestructive }
}

// WithLockTimeout bounds how long [Plan.Apply] waits for another migrator
// to finish before failing with [ErrLockTimeout]. The context deadline, when
// sooner, wins. Default: [DefaultLockTimeout] (30s). Zero or negative means
// try once.
func WithLockTimeout(d time.Duration) Option {
	return func(c *config) { c.lockTimeout = d }
}

// AllowRawDB lets [Plan.Apply] run on a *sql.DB that was not opened through
// ferro. Without it Apply returns [ErrNotFerro], because the schema epoch
// (which makes every pooled connection drop statement caches and column
// metadata after DDL) can only be bumped on a ferro database. With it, the
// caller is responsible for discarding such caches (for example by closing
// the pool). [NewPlan] is read-only and works on any *sql.DB without it.
func AllowRawDB() Option {
	return func(c *config) { c.allowRawDB = true }
}

// ExpandOnly applies only the changes that code written for the current
// schema can live with, for rolling deploys where old and new instances
// run side by side: creating tables, adding nullable or defaulted
// columns, adding non-unique indexes, widening types, dropping NOT NULL
// and setting defaults. Everything else (narrowing types, NOT NULL, unique
// indexes, foreign keys and checks, renames, drops) stays pending, is
// listed in the plan's [Residue] and logged; run without ExpandOnly once
// no instance runs the old code. Default: off.
func ExpandOnly() Option {
	return func(c *config) { c.expandOnly = true }
}

// DropTables names live tables that no model describes and that the plan
// may drop, at [LevelDestructive] only (below it the drops are pending).
// Tables not named are never dropped, only listed ([Residue.Unmanaged]).
// Naming a table a model describes is an error; naming a table that does
// not exist is not (it is already gone). Repeated options add up. Tables
// are dropped last, in the order named; a foreign key of a named table
// that rests on an index the plan also drops (PostgreSQL refuses to drop
// the index while the key exists) is dropped first, as a change of its
// own, and the table without it.
func DropTables(names ...string) Option {
	return func(c *config) { c.dropTables = append(c.dropTables, names...) }
}

// WithLogger sets where [Run] (ferro.Migrate) and [Plan.Apply] report:
// each change left pending at warn level, tables no model describes at
// info, each statement with its duration at debug, and the rows copied by
// a SQLite table rebuild at info. Default: slog.Default().
func WithLogger(l *slog.Logger) Option {
	return func(c *config) { c.logger = l }
}

// RequireComplete makes changes the plan would leave pending an error:
// [NewPlan], [Plan.Apply] and [Run] return a [*PendingError] (errors.Is
// [ErrPending]) listing them, and execute nothing. Default: pending changes
// are logged and left alone.
func RequireComplete() Option {
	return func(c *config) { c.requireComplete = true }
}

// NaiveTimeZone names the time zone whose wall-clock times the naive
// (timestamp, without time zone) values of the database are, for changes
// between timestamp and timestamptz on PostgreSQL: timestamp values are
// read as times of zone (USING col AT TIME ZONE zone), and timestamptz
// values are written as times of zone. The plan line names the zone.
// Default: none, and such a change is refused, because the session time
// zone says nothing about what other programs wrote. zone is an IANA name
// ("UTC", "Europe/Paris") that PostgreSQL knows.
func NaiveTimeZone(zone string) Option {
	return func(c *config) { c.naiveZone = zone }
}
