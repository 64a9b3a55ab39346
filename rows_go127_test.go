//go:build go1.27

package ferro_test

import (
	"database/sql/driver"
	"fmt"
)

// ColumnScannerM is Go 1.27's driver.RowsColumnScanner narrowed to its own
// methods.
type ColumnScannerM interface {
	NextRow() error
	ScanColumn(driver.ScanContext, int, any) error
}

func (f *fakeRows) NextRow() error {
	f.call("NextRow")
	_, err := f.advance()
	return err
}

func (f *fakeRows) ScanColumn(_ driver.ScanContext, i int, dest any) error {
	f.call("ScanColumn(%d)", i)
	d, ok := dest.(*any)
	if !ok {
		return fmt.Errorf("fakeRows: cannot scan into %T", dest)
	}
	*d = fmt.Sprintf("scanned %v", f.cur[i])
	return nil
}

// sN is kN that also implements driver.RowsColumnScanner.
type (
	s0 struct {
		driver.Rows
		ColumnScannerM
	}
	s1 struct {
		driver.Rows
		ScanTypeM
		ColumnScannerM
	}
	s2 struct {
		driver.Rows
		DBTypeM
		ColumnScannerM
	}
	s3 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		ColumnScannerM
	}
	s4 struct {
		driver.Rows
		LengthM
		ColumnScannerM
	}
	s5 struct {
		driver.Rows
		ScanTypeM
		LengthM
		ColumnScannerM
	}
	s6 struct {
		driver.Rows
		DBTypeM
		LengthM
		ColumnScannerM
	}
	s7 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		LengthM
		ColumnScannerM
	}
	s8 struct {
		driver.Rows
		NullableM
		ColumnScannerM
	}
	s9 struct {
		driver.Rows
		ScanTypeM
		NullableM
		ColumnScannerM
	}
	s10 struct {
		driver.Rows
		DBTypeM
		NullableM
		ColumnScannerM
	}
	s11 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		NullableM
		ColumnScannerM
	}
	s12 struct {
		driver.Rows
		LengthM
		NullableM
		ColumnScannerM
	}
	s13 struct {
		driver.Rows
		ScanTypeM
		LengthM
		NullableM
		ColumnScannerM
	}
	s14 struct {
		driver.Rows
		DBTypeM
		LengthM
		NullableM
		ColumnScannerM
	}
	s15 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		LengthM
		NullableM
		ColumnScannerM
	}
	s16 struct {
		driver.Rows
		PrecisionM
		ColumnScannerM
	}
	s17 struct {
		driver.Rows
		ScanTypeM
		PrecisionM
		ColumnScannerM
	}
	s18 struct {
		driver.Rows
		DBTypeM
		PrecisionM
		ColumnScannerM
	}
	s19 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		PrecisionM
		ColumnScannerM
	}
	s20 struct {
		driver.Rows
		LengthM
		PrecisionM
		ColumnScannerM
	}
	s21 struct {
		driver.Rows
		ScanTypeM
		LengthM
		PrecisionM
		ColumnScannerM
	}
	s22 struct {
		driver.Rows
		DBTypeM
		LengthM
		PrecisionM
		ColumnScannerM
	}
	s23 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		LengthM
		PrecisionM
		ColumnScannerM
	}
	s24 struct {
		driver.Rows
		NullableM
		PrecisionM
		ColumnScannerM
	}
	s25 struct {
		driver.Rows
		ScanTypeM
		NullableM
		PrecisionM
		ColumnScannerM
	}
	s26 struct {
		driver.Rows
		DBTypeM
		NullableM
		PrecisionM
		ColumnScannerM
	}
	s27 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		NullableM
		PrecisionM
		ColumnScannerM
	}
	s28 struct {
		driver.Rows
		LengthM
		NullableM
		PrecisionM
		ColumnScannerM
	}
	s29 struct {
		driver.Rows
		ScanTypeM
		LengthM
		NullableM
		PrecisionM
		ColumnScannerM
	}
	s30 struct {
		driver.Rows
		DBTypeM
		LengthM
		NullableM
		PrecisionM
		ColumnScannerM
	}
	s31 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		LengthM
		NullableM
		PrecisionM
		ColumnScannerM
	}
	s32 struct {
		driver.Rows
		ResultSetsM
		ColumnScannerM
	}
	s33 struct {
		driver.Rows
		ScanTypeM
		ResultSetsM
		ColumnScannerM
	}
	s34 struct {
		driver.Rows
		DBTypeM
		ResultSetsM
		ColumnScannerM
	}
	s35 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		ResultSetsM
		ColumnScannerM
	}
	s36 struct {
		driver.Rows
		LengthM
		ResultSetsM
		ColumnScannerM
	}
	s37 struct {
		driver.Rows
		ScanTypeM
		LengthM
		ResultSetsM
		ColumnScannerM
	}
	s38 struct {
		driver.Rows
		DBTypeM
		LengthM
		ResultSetsM
		ColumnScannerM
	}
	s39 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		LengthM
		ResultSetsM
		ColumnScannerM
	}
	s40 struct {
		driver.Rows
		NullableM
		ResultSetsM
		ColumnScannerM
	}
	s41 struct {
		driver.Rows
		ScanTypeM
		NullableM
		ResultSetsM
		ColumnScannerM
	}
	s42 struct {
		driver.Rows
		DBTypeM
		NullableM
		ResultSetsM
		ColumnScannerM
	}
	s43 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		NullableM
		ResultSetsM
		ColumnScannerM
	}
	s44 struct {
		driver.Rows
		LengthM
		NullableM
		ResultSetsM
		ColumnScannerM
	}
	s45 struct {
		driver.Rows
		ScanTypeM
		LengthM
		NullableM
		ResultSetsM
		ColumnScannerM
	}
	s46 struct {
		driver.Rows
		DBTypeM
		LengthM
		NullableM
		ResultSetsM
		ColumnScannerM
	}
	s47 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		LengthM
		NullableM
		ResultSetsM
		ColumnScannerM
	}
	s48 struct {
		driver.Rows
		PrecisionM
		ResultSetsM
		ColumnScannerM
	}
	s49 struct {
		driver.Rows
		ScanTypeM
		PrecisionM
		ResultSetsM
		ColumnScannerM
	}
	s50 struct {
		driver.Rows
		DBTypeM
		PrecisionM
		ResultSetsM
		ColumnScannerM
	}
	s51 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		PrecisionM
		ResultSetsM
		ColumnScannerM
	}
	s52 struct {
		driver.Rows
		LengthM
		PrecisionM
		ResultSetsM
		ColumnScannerM
	}
	s53 struct {
		driver.Rows
		ScanTypeM
		LengthM
		PrecisionM
		ResultSetsM
		ColumnScannerM
	}
	s54 struct {
		driver.Rows
		DBTypeM
		LengthM
		PrecisionM
		ResultSetsM
		ColumnScannerM
	}
	s55 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		LengthM
		PrecisionM
		ResultSetsM
		ColumnScannerM
	}
	s56 struct {
		driver.Rows
		NullableM
		PrecisionM
		ResultSetsM
		ColumnScannerM
	}
	s57 struct {
		driver.Rows
		ScanTypeM
		NullableM
		PrecisionM
		ResultSetsM
		ColumnScannerM
	}
	s58 struct {
		driver.Rows
		DBTypeM
		NullableM
		PrecisionM
		ResultSetsM
		ColumnScannerM
	}
	s59 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		NullableM
		PrecisionM
		ResultSetsM
		ColumnScannerM
	}
	s60 struct {
		driver.Rows
		LengthM
		NullableM
		PrecisionM
		ResultSetsM
		ColumnScannerM
	}
	s61 struct {
		driver.Rows
		ScanTypeM
		LengthM
		NullableM
		PrecisionM
		ResultSetsM
		ColumnScannerM
	}
	s62 struct {
		driver.Rows
		DBTypeM
		LengthM
		NullableM
		PrecisionM
		ResultSetsM
		ColumnScannerM
	}
	s63 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		LengthM
		NullableM
		PrecisionM
		ResultSetsM
		ColumnScannerM
	}
)

func init() {
	rowsCombos = append(rowsCombos,
		s0{}, s1{}, s2{}, s3{}, s4{}, s5{}, s6{}, s7{}, s8{}, s9{}, s10{}, s11{}, s12{}, s13{}, s14{}, s15{},
		s16{}, s17{}, s18{}, s19{}, s20{}, s21{}, s22{}, s23{}, s24{}, s25{}, s26{}, s27{}, s28{}, s29{}, s30{}, s31{},
		s32{}, s33{}, s34{}, s35{}, s36{}, s37{}, s38{}, s39{}, s40{}, s41{}, s42{}, s43{}, s44{}, s45{}, s46{}, s47{},
		s48{}, s49{}, s50{}, s51{}, s52{}, s53{}, s54{}, s55{}, s56{}, s57{}, s58{}, s59{}, s60{}, s61{}, s62{}, s63{},
	)
	optionalRows = append(optionalRows,
		func(r driver.Rows) bool { _, ok := r.(driver.RowsColumnScanner); return ok })
}
