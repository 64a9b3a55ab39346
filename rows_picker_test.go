package ferro

import (
	"database/sql/driver"
	"testing"
)

// optionalRowsChecks has one check per optional driver.Rows interface, in
// the generator's bit order; a go1.27 file appends RowsColumnScanner.
var optionalRowsChecks = []func(driver.Rows) bool{
	func(r driver.Rows) bool { _, ok := r.(driver.RowsColumnTypeScanType); return ok },
	func(r driver.Rows) bool { _, ok := r.(driver.RowsColumnTypeDatabaseTypeName); return ok },
	func(r driver.Rows) bool { _, ok := r.(driver.RowsColumnTypeLength); return ok },
	func(r driver.Rows) bool { _, ok := r.(driver.RowsColumnTypeNullable); return ok },
	func(r driver.Rows) bool { _, ok := r.(driver.RowsColumnTypePrecisionScale); return ok },
	func(r driver.Rows) bool { _, ok := r.(driver.RowsNextResultSet); return ok },
}

// TestPickRows_ExactInterfaces checks every generated combination: a wrapped
// rows value implements an optional interface if and only if its kind says
// the inner rows did.
func TestPickRows_ExactInterfaces(t *testing.T) {
	if len(optionalRowsChecks) != optionalRowsInterfaces {
		t.Fatalf("%d checks for %d generated interfaces", len(optionalRowsChecks), optionalRowsInterfaces)
	}
	for k := 0; k < 1<<len(optionalRowsChecks); k++ {
		r := pickRows(uint8(k), rows{})
		for i, has := range optionalRowsChecks {
			if want := k&(1<<i) != 0; has(r) != want {
				t.Errorf("kind %07b: interface %d present=%v, want %v", k, i, has(r), want)
			}
		}
	}
}
