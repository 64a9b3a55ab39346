package ferro

import (
	"database/sql/driver"
	"testing"
)

// TestPickRows_ExactInterfaces checks every generated combination: a wrapped
// rows value implements an optional interface if and only if its kind says
// the inner rows did.
func TestPickRows_ExactInterfaces(t *testing.T) {
	checks := []func(driver.Rows) bool{
		func(r driver.Rows) bool { _, ok := r.(driver.RowsColumnTypeScanType); return ok },
		func(r driver.Rows) bool { _, ok := r.(driver.RowsColumnTypeDatabaseTypeName); return ok },
		func(r driver.Rows) bool { _, ok := r.(driver.RowsColumnTypeLength); return ok },
		func(r driver.Rows) bool { _, ok := r.(driver.RowsColumnTypeNullable); return ok },
		func(r driver.Rows) bool { _, ok := r.(driver.RowsColumnTypePrecisionScale); return ok },
		func(r driver.Rows) bool { _, ok := r.(driver.RowsNextResultSet); return ok },
	}
	for k := 0; k < 1<<len(checks); k++ {
		r := pickRows(uint8(k), rows{})
		for i, has := range checks {
			if want := k&(1<<i) != 0; has(r) != want {
				t.Errorf("kind %06b: interface %d present=%v, want %v", k, i, has(r), want)
			}
		}
	}
}
