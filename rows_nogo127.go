//go:build !go1.27

package ferro

import "database/sql/driver"

// wrapColumnScanner returns nil: driver.RowsColumnScanner exists from Go
// 1.27 on (see rows_go127.go).
func wrapColumnScanner(*connector, string, driver.Rows) driver.Rows { return nil }
