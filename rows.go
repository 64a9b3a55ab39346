package ferro

import (
	"database/sql/driver"
	"io"
	"reflect"
)

// rows wraps an inner driver.Rows. Its only job beyond forwarding is to
// turn a stale-plan error met while reading into a schema-epoch bump and
// ErrSchemaChanged.
//
// It implements every optional rows interface database/sql asks for (the
// five ColumnType* interfaces and RowsNextResultSet) whatever the inner rows
// implement: where the inner rows lack one, it returns the answer
// database/sql assumes without it (scan type any, "", ok=false, no next
// result set, io.EOF), so database/sql cannot tell the difference.
// TestRows_SameAsInnerThroughDatabaseSQL proves that for every combination.
// Go 1.27's RowsColumnScanner is the exception: database/sql reads such rows
// differently, so it is implemented by columnScannerRows (rows_go127.go)
// only for inner rows that have it.
type rows struct {
	c     *connector
	query string
	inner driver.Rows
}

var (
	_ driver.Rows                           = (*rows)(nil)
	_ driver.RowsColumnTypeScanType         = (*rows)(nil)
	_ driver.RowsColumnTypeDatabaseTypeName = (*rows)(nil)
	_ driver.RowsColumnTypeLength           = (*rows)(nil)
	_ driver.RowsColumnTypeNullable         = (*rows)(nil)
	_ driver.RowsColumnTypePrecisionScale   = (*rows)(nil)
	_ driver.RowsNextResultSet              = (*rows)(nil)
)

// wrapRows wraps the rows a query on c returned.
func (c *conn) wrapRows(query string, inner driver.Rows) driver.Rows {
	if r := wrapColumnScanner(c.c, query, inner); r != nil {
		return r
	}
	return &rows{c: c.c, query: query, inner: inner}
}

func (r *rows) Columns() []string { return r.inner.Columns() }

func (r *rows) Close() error { return r.inner.Close() }

func (r *rows) Next(dest []driver.Value) error {
	err := r.inner.Next(dest)
	if err != nil && err != io.EOF {
		return r.check(err)
	}
	return err
}

// anyType is the scan type database/sql reports for rows without
// RowsColumnTypeScanType.
var anyType = reflect.TypeFor[any]()

func (r *rows) ColumnTypeScanType(index int) reflect.Type {
	if p, ok := r.inner.(driver.RowsColumnTypeScanType); ok {
		return p.ColumnTypeScanType(index)
	}
	return anyType
}

func (r *rows) ColumnTypeDatabaseTypeName(index int) string {
	if p, ok := r.inner.(driver.RowsColumnTypeDatabaseTypeName); ok {
		return p.ColumnTypeDatabaseTypeName(index)
	}
	return ""
}

func (r *rows) ColumnTypeLength(index int) (length int64, ok bool) {
	if p, ok := r.inner.(driver.RowsColumnTypeLength); ok {
		return p.ColumnTypeLength(index)
	}
	return 0, false
}

func (r *rows) ColumnTypeNullable(index int) (nullable, ok bool) {
	if p, ok := r.inner.(driver.RowsColumnTypeNullable); ok {
		return p.ColumnTypeNullable(index)
	}
	return false, false
}

func (r *rows) ColumnTypePrecisionScale(index int) (precision, scale int64, ok bool) {
	if p, ok := r.inner.(driver.RowsColumnTypePrecisionScale); ok {
		return p.ColumnTypePrecisionScale(index)
	}
	return 0, 0, false
}

func (r *rows) HasNextResultSet() bool {
	if p, ok := r.inner.(driver.RowsNextResultSet); ok {
		return p.HasNextResultSet()
	}
	return false
}

func (r *rows) NextResultSet() error {
	p, ok := r.inner.(driver.RowsNextResultSet)
	if !ok {
		return io.EOF
	}
	err := p.NextResultSet()
	if err != nil && err != io.EOF {
		return r.check(err)
	}
	return err
}

// check turns a stale-plan error into ErrSchemaChanged after bumping the
// epoch; a result set half read cannot be run again.
func (r *rows) check(err error) error {
	if !r.c.eng.isStalePlan(err) {
		return err
	}
	r.c.bump("stale plan reported while reading rows")
	return &SchemaChangedError{Query: r.query, Err: err}
}
