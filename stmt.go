package ferro

import (
	"context"
	"database/sql/driver"
	"fmt"

	"github.com/ferrosql/ferro/internal/sqltext"
)

// stmt wraps a prepared statement. When the connection renews its caches
// (after DDL), the inner statement is closed and prepared again on next use,
// so a *sql.Stmt prepared before the DDL keeps working and returns the new
// shape. database/sql serialises use of a driver.Stmt with its connection.
type stmt struct {
	c        *conn
	query    string
	inner    driver.Stmt // nil after a renewal until prepared again
	numInput int
	isDDL    bool
	// innerChecks: the inner statement implements driver.NamedValueChecker.
	innerChecks bool
	// deferCheck: CheckNamedValue ran while the inner statement was dropped;
	// its checks run once it is prepared again (see checkDeferred).
	deferCheck bool
}

// stmtCC is a stmt whose inner statement implements the deprecated
// driver.ColumnConverter; database/sql consults it after NamedValueChecker
// returns driver.ErrSkip, so it must stay visible.
type stmtCC struct {
	*stmt
}

var (
	_ driver.Stmt              = (*stmt)(nil)
	_ driver.StmtExecContext   = (*stmt)(nil)
	_ driver.StmtQueryContext  = (*stmt)(nil)
	_ driver.NamedValueChecker = (*stmt)(nil)
	//lint:ignore SA1019 database/sql still calls ColumnConverter; stmtCC forwards the inner statement's
	_ driver.ColumnConverter = stmtCC{}
)

func newStmt(c *conn, query string, si driver.Stmt) driver.Stmt {
	s := &stmt{c: c, query: query, inner: si, numInput: si.NumInput(), isDDL: sqltext.IsDDL(query)}
	_, s.innerChecks = si.(driver.NamedValueChecker)
	if c.c.eng.reprepares {
		if c.stmts == nil {
			c.stmts = make(map[*stmt]struct{})
		}
		c.stmts[s] = struct{}{}
	}
	//lint:ignore SA1019 database/sql still calls ColumnConverter; ferro offers it exactly when the inner statement does
	if _, ok := si.(driver.ColumnConverter); ok {
		return stmtCC{s}
	}
	return s
}

// ColumnConverter forwards to the inner statement.
func (s stmtCC) ColumnConverter(idx int) driver.ValueConverter {
	//lint:ignore SA1019 forwarded to the inner statement, which implements it
	return s.inner.(driver.ColumnConverter).ColumnConverter(idx)
}

// dropInner closes the inner statement; the next use prepares it again.
func (s *stmt) dropInner() {
	if s.inner != nil {
		s.inner.Close() // the server-side statement is gone or going: nothing to report
		s.inner = nil
	}
}

// ready renews the connection if the epoch moved and prepares the inner
// statement if a renewal dropped it.
func (s *stmt) ready(ctx context.Context) error {
	if err := s.c.sync(ctx); err != nil {
		return err
	}
	if s.inner != nil {
		return nil
	}
	si, err := s.c.prepareInner(ctx, s.query)
	if err != nil {
		return err
	}
	s.inner = si
	return nil
}

// Close implements driver.Stmt.
func (s *stmt) Close() error {
	delete(s.c.stmts, s)
	if s.inner == nil {
		return nil
	}
	err := s.inner.Close()
	s.inner = nil
	return err
}

// NumInput implements driver.Stmt. The count is the one the inner driver
// reported at prepare time; a schema change does not change it.
func (s *stmt) NumInput() int { return s.numInput }

// Exec implements driver.Stmt.
func (s *stmt) Exec(args []driver.Value) (driver.Result, error) {
	return s.ExecContext(context.Background(), valuesToNamed(args))
}

// Query implements driver.Stmt.
func (s *stmt) Query(args []driver.Value) (driver.Rows, error) {
	return s.QueryContext(context.Background(), valuesToNamed(args))
}

// ExecContext implements driver.StmtExecContext.
func (s *stmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	res, _, err := s.c.run(ctx, s, s.query, s.isDDL, opExec, args)
	return res, err
}

// QueryContext implements driver.StmtQueryContext.
func (s *stmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	_, rows, err := s.c.run(ctx, s, s.query, s.isDDL, opQuery, args)
	return rows, err
}

// CheckNamedValue implements driver.NamedValueChecker: ferro's binding, then
// the inner statement's check, else the inner connection's, else
// driver.ErrSkip (database/sql's own conversion), the order database/sql
// itself follows. When a renewal dropped the inner statement, the inner
// check waits until ExecContext or QueryContext have prepared it again with
// the caller's context (CheckNamedValue has none to bound a prepare).
func (s *stmt) CheckNamedValue(nv *driver.NamedValue) error {
	if err := s.c.bind(nv); err != nil {
		return err
	}
	if s.innerChecks {
		if s.inner == nil {
			s.deferCheck = true
			return nil
		}
		return s.inner.(driver.NamedValueChecker).CheckNamedValue(nv)
	}
	return s.c.checkInner(nv)
}

// checkDeferred runs the inner statement's checks that CheckNamedValue
// deferred, doing with each result what database/sql does: ErrSkip falls
// back to the inner statement's ColumnConverter, else to the default
// conversion; ErrRemoveArgument drops the argument.
func (s *stmt) checkDeferred(args []driver.NamedValue) ([]driver.NamedValue, error) {
	s.deferCheck = false
	nvc, ok := s.inner.(driver.NamedValueChecker)
	if !ok {
		return args, nil
	}
	//lint:ignore SA1019 the inner statement's converter, as database/sql would use it
	cc, _ := s.inner.(driver.ColumnConverter)
	out := args[:0]
	for _, nv := range args {
		err := nvc.CheckNamedValue(&nv)
		if err == driver.ErrSkip {
			var conv driver.ValueConverter = driver.DefaultParameterConverter
			if cc != nil {
				conv = cc.ColumnConverter(nv.Ordinal - 1)
			}
			nv.Value, err = conv.ConvertValue(nv.Value)
		}
		switch err {
		case nil:
			out = append(out, nv)
		case driver.ErrRemoveArgument:
		default:
			return nil, fmt.Errorf("sql: converting argument %s type: %w", describeArg(nv), err)
		}
	}
	return out, nil
}

// describeArg names an argument as database/sql does in its errors.
func describeArg(nv driver.NamedValue) string {
	if nv.Name != "" {
		return "$" + nv.Name
	}
	return fmt.Sprintf("$%d", nv.Ordinal)
}

// stmtExec and stmtQuery are what database/sql does with a driver.Stmt.
func stmtExec(ctx context.Context, si driver.Stmt, args []driver.NamedValue) (driver.Result, error) {
	if sc, ok := si.(driver.StmtExecContext); ok {
		return sc.ExecContext(ctx, args)
	}
	dargs, err := namedValueToValue(args)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	//lint:ignore SA1019 the inner statement has no StmtExecContext
	return si.Exec(dargs)
}

func stmtQuery(ctx context.Context, si driver.Stmt, args []driver.NamedValue) (driver.Rows, error) {
	if sc, ok := si.(driver.StmtQueryContext); ok {
		return sc.QueryContext(ctx, args)
	}
	dargs, err := namedValueToValue(args)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	//lint:ignore SA1019 the inner statement has no StmtQueryContext
	return si.Query(dargs)
}

func valuesToNamed(args []driver.Value) []driver.NamedValue {
	named := make([]driver.NamedValue, len(args))
	for i, v := range args {
		named[i] = driver.NamedValue{Ordinal: i + 1, Value: v}
	}
	return named
}
