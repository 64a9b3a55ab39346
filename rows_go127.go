//go:build go1.27

package ferro

import (
	"database/sql/driver"
	"io"
)

// columnScannerRows is rows for inner rows that implement Go 1.27's
// driver.RowsColumnScanner, which database/sql then uses instead of Next
// and its own conversions. It cannot be answered for on rows that lack it
// (database/sql would stop converting values itself), so it is a type of
// its own, picked by wrapColumnScanner.
type columnScannerRows struct{ rows }

var _ driver.RowsColumnScanner = (*columnScannerRows)(nil)

// wrapColumnScanner wraps inner in columnScannerRows when it implements
// driver.RowsColumnScanner, and returns nil otherwise.
func wrapColumnScanner(c *connector, query string, inner driver.Rows) driver.Rows {
	if _, ok := inner.(driver.RowsColumnScanner); !ok {
		return nil
	}
	return &columnScannerRows{rows{c: c, query: query, inner: inner}}
}

func (r *columnScannerRows) NextRow() error {
	err := r.inner.(driver.RowsColumnScanner).NextRow()
	if err != nil && err != io.EOF {
		return r.check(err)
	}
	return err
}

func (r *columnScannerRows) ScanColumn(scanCtx driver.ScanContext, index int, dest any) error {
	return r.inner.(driver.RowsColumnScanner).ScanColumn(scanCtx, index, dest)
}
