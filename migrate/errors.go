package migrate

import (
	"errors"
	"strconv"
	"strings"

	"github.com/ferrosql/ferro/internal/epoch"
	"github.com/ferrosql/ferro/schema"
)

// Sentinel errors. Test for them with errors.Is.
var (
	// ErrNotFerro is returned (wrapped) by [Plan.Apply] and ferro.Migrate
	// when the *sql.DB was not opened through ferro, unless [AllowRawDB]
	// is given. It is the same value as ferro.ErrNotFerro.
	ErrNotFerro = epoch.ErrNotFerro
	// ErrRefused is wrapped by every [*PlanError]: the plan has blocking
	// problems and nothing was executed.
	ErrRefused = errors.New("ferro/migrate: plan refused")
	// ErrLockTimeout is returned (wrapped) by [Plan.Apply] when another
	// migrator held the migration lock for longer than the lock timeout or
	// the context deadline.
	ErrLockTimeout = errors.New("ferro/migrate: timed out waiting for the migration lock")
	// ErrStale is returned by [Plan.Apply] when the database changed
	// between [NewPlan] and Apply, so the reviewed statements are no longer
	// the ones that would run. Make a new plan.
	ErrStale = errors.New("ferro/migrate: the database changed since the plan was made")
	// ErrUnsupportedDriver is returned by [NewPlan] for a *sql.DB whose
	// driver is neither ferro, modernc.org/sqlite nor pgx.
	ErrUnsupportedDriver = errors.New("ferro/migrate: unsupported driver")
	// ErrPending is wrapped by every [*PendingError]: under
	// [RequireComplete], the plan would leave changes pending and nothing
	// was executed.
	ErrPending = errors.New("ferro/migrate: changes would be left pending")
)

// notFerroError explains how to open the database through ferro.
func notFerroError() error {
	return &wrapped{
		msg: `ferro/migrate: the *sql.DB was not opened through ferro: open it with sql.Open("ferro-postgres", dsn) or sql.Open("ferro-sqlite", dsn), or sql.OpenDB(ferro.NewConnector(...)) around your connector, so that every pooled connection drops its caches after the DDL (the schema epoch); pass migrate.AllowRawDB() to apply anyway and discard the caches yourself`,
		err: ErrNotFerro,
	}
}

type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg }
func (w *wrapped) Unwrap() error { return w.err }

// Problem is one blocking problem found while planning.
type Problem struct {
	// Table is the table concerned.
	Table string
	// Column is the column concerned, empty for table-level problems.
	Column string
	// Reason says what is wrong and what to do.
	Reason string
}

// String returns "table.column: reason".
func (p Problem) String() string {
	if p.Column == "" {
		return p.Table + ": " + p.Reason
	}
	return p.Table + "." + p.Column + ": " + p.Reason
}

// UnknownColumn is a live column whose type ferro cannot read or compare
// with the model's (a PostgreSQL native enum, a domain, an array ...).
// Unknown never blocks the rest: the plan reports the column
// ([Residue.Unknown]), leaves it as it is, and plans nothing that
// changes it (its type, nullability or default); every other change of
// the plan goes ahead.
type UnknownColumn struct {
	Table, Column string
	// Live is the live type, unknown(<spelling>) when ferro cannot read
	// it.
	Live schema.Type
	// Want is the type the model declares.
	Want schema.Type
	// Kept is true when the model keeps the column with a type outside the
	// vocabulary (type=unknown(...)): ferro never changes such a column,
	// so anything of the live one that differs (type, nullability,
	// default) is reported, not planned.
	Kept bool
	// Missing is true when the live table lacks such a kept column: ferro
	// never adds a column of a type outside its vocabulary (Live is then
	// the zero Type).
	Missing bool
}

// String names the column, both types and what would describe it.
func (u UnknownColumn) String() string {
	switch {
	case u.Missing:
		return u.Table + "." + u.Column + ": the model keeps a column of type " + u.Want.String() + ", outside ferro's vocabulary, which the table lacks; ferro never adds one: add it with SQL (a versioned migration)"
	case u.Kept:
		return u.Table + "." + u.Column + ": the model keeps the column as it is (type " + u.Want.String() + ", outside ferro's vocabulary), and the live column differs (" + u.Live.String() + "); ferro never changes such a column: change it with SQL, or the model"
	}
	s := u.Table + "." + u.Column + ": live type " + u.Live.String() + " cannot be compared with the model's " + u.Want.String() + "; the column is left as it is"
	if u.Live.Kind == schema.KindUnknown {
		return s + " (no type= of ferro's vocabulary describes " + u.Live.Raw + " yet; see docs/models.md)"
	}
	return s + " (type=" + u.Live.String() + " describes it)"
}

// PlanError lists every blocking problem of a plan. Nothing was executed,
// unless it is the Err of an [*ApplyError]: then a data check inside the
// transaction refused the plan after some of its statements ran, and they
// were rolled back. It unwraps to [ErrRefused].
type PlanError struct {
	// Problems are in table order, then in the order the changes would run.
	Problems []Problem
	// Plan is the refused plan as it would have been (the changes that
	// could be planned), for printing or exporting a hand-written
	// migration; nil for a refusal inside the transaction.
	Plan *Plan
	// inTx: refused by a data check inside the transaction after statements
	// of the plan ran (the message must not say nothing was executed).
	inTx bool
}

// Error lists the problems, one per line.
func (e *PlanError) Error() string {
	var b strings.Builder
	if e.inTx {
		b.WriteString("ferro/migrate: plan refused by a data check inside the transaction (")
	} else {
		b.WriteString("ferro/migrate: plan refused, nothing was executed (")
	}
	b.WriteString(strconv.Itoa(len(e.Problems)))
	if len(e.Problems) == 1 {
		b.WriteString(" problem):")
	} else {
		b.WriteString(" problems):")
	}
	for _, p := range e.Problems {
		b.WriteString("\n  - ")
		b.WriteString(p.String())
	}
	return b.String()
}

// Unwrap returns [ErrRefused].
func (e *PlanError) Unwrap() error { return ErrRefused }

// ApplyError reports a statement (or a data check) that failed while a plan
// was applied. The transaction was rolled back: nothing of the plan remains.
// It unwraps to the driver's error.
type ApplyError struct {
	// Index is the 0-based position of Statement in the applied plan
	// (its Statements, then the statements that keep ferro's records of
	// what it created, see Plan.Statements).
	Index int
	// Total is the number of statements of the applied plan, those
	// records included when the failure is among them.
	Total int
	// Statement is the SQL that failed.
	Statement string
	// Err is the driver's error (or a *PlanError when a data check inside
	// the transaction found rows that would not survive).
	Err error
}

// Error names the statement and the driver's message.
func (e *ApplyError) Error() string {
	return "ferro/migrate: apply failed at statement " + strconv.Itoa(e.Index+1) + " of " + strconv.Itoa(e.Total) +
		", rolled back (nothing of the plan remains): " + e.Statement + ": " + e.Err.Error()
}

// Unwrap returns the driver's error.
func (e *ApplyError) Unwrap() error { return e.Err }

// PendingError is returned under [RequireComplete] when the plan's
// [Residue] is not [Residue.Complete]: it would leave changes pending,
// columns it cannot compare or problems deferred to a higher level.
// Nothing was executed. It unwraps to [ErrPending].
type PendingError struct {
	// Plan is the plan; Plan.Residue lists what is pending.
	Plan *Plan
}

// Error lists the pending changes, one per line.
func (e *PendingError) Error() string {
	var b strings.Builder
	r := e.Plan.residue()
	var pending []string
	for _, pc := range r.Pending {
		pending = append(pending, pc.String())
	}
	for _, u := range r.Unknown {
		pending = append(pending, u.String())
	}
	for _, d := range r.Deferred {
		pending = append(pending, d.String()+"    (refuses the plan at a higher level)")
	}
	b.WriteString("ferro/migrate: migrate.RequireComplete: " + plural(len(pending), "change") + " would be left pending, nothing was executed:")
	for _, p := range pending {
		b.WriteString("\n  - ")
		b.WriteString(p)
	}
	return b.String()
}

// Unwrap returns [ErrPending].
func (e *PendingError) Unwrap() error { return ErrPending }
