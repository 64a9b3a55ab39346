// Package migrate plans and applies the schema changes that bring a
// database to the shape of a set of Go models, atomically, on a ladder of
// three levels: create (default), updates ([AllowUpdates]) and destructive
// ([AllowDestructive]).
//
// # Plan first, then act
//
// [NewPlan] reads the live schema (catalog introspection) and the models
// (catalog.FromModels), diffs them and validates the result; every blocking
// problem is returned at once in a [*PlanError]. It executes nothing. The
// [Plan] prints for people ("+ table", "~ type", "- column" ...), gives its
// exact SQL ([Plan.Statements]) and exports as a golang-migrate up/down pair
// ([Plan.WriteMigration]).
//
// # A plan is data
//
// The planner compares the desired and the live schema (one comparison,
// the catalog's) and produces typed, dialect-neutral changes
// ([Plan.Changes]: [schema.AddTable], [schema.AddColumn], [schema.RenameColumn],
// [schema.AlterType], [schema.RebuildTable] ...), each with its [schema.Guard] data checks, its Inverse and
// the data it loses. The database's dialect renders them into SQL; nothing
// parses the SQL back. [NewPlanFromSchema] plans against a schema instead
// of models.
//
// # Renames, unmanaged tables, pending changes
//
// A tag renamed_from=old (and a model method RenamedFrom() []string for
// tables) renames in place instead of dropping and adding; indexes,
// checks and views that use the old name keep working (on SQLite, table
// rebuilds run before the renames so that SQLite's RENAME rewrites what
// they recreate). A dropped column takes with it, each listed as a change,
// every index, foreign key, check and generated column that uses it, in an
// expression or a partial-index predicate too (found by reading the
// expressions as the engine does, never by substring). Views, triggers
// and other objects no model describes are never dropped: a plan that
// would drop a column or table they use, or (PostgreSQL) change the type
// of a column a view, rule, trigger, policy, function or generated column
// uses, is refused when it is made, naming the table, the column and the
// object (docs/migrations.md, Dependents of a dropped column); so is a
// plan that drops a unique index another table's foreign key needs (on
// SQLite: the last primary key or unique index over the columns it
// references). Live tables no
// model describes are listed ([Residue.Unmanaged]) and dropped only when named
// by [DropTables]. Changes the level leaves pending are logged at warn
// ([WithLogger]), or refused with [ErrPending] under [RequireComplete].
// [ExpandOnly] applies only what code written for the previous schema can
// live with, for rolling deploys.
//
// # Atomic and serialized
//
// [Plan.Apply] (and ferro.Migrate, which calls [Run]) pins one connection,
// takes the migration lock (PostgreSQL: a transaction-scoped advisory lock
// keyed by the current schema; SQLite: BEGIN IMMEDIATE; both retried with
// backoff up to [WithLockTimeout]), re-plans under the lock, runs the data
// checks and every statement in that one transaction, and commits. Any
// failure rolls back everything and is reported as an [*ApplyError].
//
// # Schema epoch
//
// After any DDL ran, Apply bumps the schema epoch of the ferro *sql.DB so
// that every pooled connection drops its caches. Apply therefore requires a
// database opened through ferro ([ErrNotFerro]) unless [AllowRawDB] is given.
//
// # SQLite
//
// Changes SQLite's ALTER TABLE cannot make are done with its documented
// table rebuild, once per table per plan, keeping rows, rowids, indexes,
// triggers, views and foreign keys; see docs/migrations.md.
//
// # Concurrency
//
// A Plan is immutable and safe for concurrent use. Any number of migrators,
// in one process or many, may run against one database: they serialize on
// the lock.
package migrate
