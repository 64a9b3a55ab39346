package ferro

import (
	"database/sql/driver"
	"io"
	"reflect"
)

//go:generate go run ./internal/gen/rowspicker

// rows wraps an inner driver.Rows. The generated pickRows embeds it in the
// type that has exactly the inner rows' optional interfaces (ColumnType*,
// NextResultSet). Its only job beyond forwarding is to turn a stale-plan
// error met while reading into a schema-epoch bump and ErrSchemaChanged.
type rows struct {
	c     *connector
	query string
	inner driver.Rows
}

var _ driver.Rows = (*rows)(nil)

// wrapRows picks the wrapper type for inner. The picked kind is cached per
// connection by the inner rows' dynamic type, so the type assertions run
// once per connection and rows type.
func (c *conn) wrapRows(query string, inner driver.Rows) driver.Rows {
	t := reflect.TypeOf(inner)
	if t != c.rowsType {
		c.rowsType, c.rowsKind = t, rowsKind(inner)
	}
	return pickRows(c.rowsKind, rows{c: c.c, query: query, inner: inner})
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

func (r *rows) nextResultSet() error {
	err := r.inner.(driver.RowsNextResultSet).NextResultSet()
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
