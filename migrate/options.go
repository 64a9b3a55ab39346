package migrate

import (
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
	// LevelUpdates also adds and alters columns, indexes, uniques, foreign
	// keys and checks of existing tables. Set it with [AllowUpdates].
	LevelUpdates
	// LevelDestructive also drops live columns and ferro-named indexes the
	// models no longer declare. Set it with [AllowDestructive].
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
	level       Level
	lockTimeout time.Duration
	allowRawDB  bool
}

func newConfig(opts []Option) config {
	c := config{level: LevelCreate, lockTimeout: DefaultLockTimeout}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
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
// [AllowUpdates]. Tables and primary-key columns are never dropped and
// nothing is ever renamed.
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
