//go:build go1.27

package ferro

import "database/sql/driver"

func init() {
	optionalRowsChecks = append(optionalRowsChecks,
		func(r driver.Rows) bool { _, ok := r.(driver.RowsColumnScanner); return ok })
}
