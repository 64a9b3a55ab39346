//go:build go1.27

package ferro

import (
	"database/sql/driver"
	"io"
)

// nextRow is Next for rows whose inner rows implement Go 1.27's
// driver.RowsColumnScanner, which database/sql then uses instead of Next.
func (r *rows) nextRow() error {
	err := r.inner.(driver.RowsColumnScanner).NextRow()
	if err != nil && err != io.EOF {
		return r.check(err)
	}
	return err
}
