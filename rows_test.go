package ferro_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/schema"
)

// The optional driver.Rows interfaces, narrowed to their own methods so that
// a struct can embed any subset of them next to driver.Rows.
type (
	ScanTypeM  interface{ ColumnTypeScanType(int) reflect.Type }
	DBTypeM    interface{ ColumnTypeDatabaseTypeName(int) string }
	LengthM    interface{ ColumnTypeLength(int) (int64, bool) }
	NullableM  interface{ ColumnTypeNullable(int) (bool, bool) }
	PrecisionM interface {
		ColumnTypePrecisionScale(int) (int64, int64, bool)
	}
	ResultSetsM interface {
		HasNextResultSet() bool
		NextResultSet() error
	}
)

// kN is an inner rows type with the optional interfaces of bit set N (bit
// order as in optionalRows); every field holds the same *fakeRows.
type (
	k0 struct{ driver.Rows }
	k1 struct {
		driver.Rows
		ScanTypeM
	}
	k2 struct {
		driver.Rows
		DBTypeM
	}
	k3 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
	}
	k4 struct {
		driver.Rows
		LengthM
	}
	k5 struct {
		driver.Rows
		ScanTypeM
		LengthM
	}
	k6 struct {
		driver.Rows
		DBTypeM
		LengthM
	}
	k7 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		LengthM
	}
	k8 struct {
		driver.Rows
		NullableM
	}
	k9 struct {
		driver.Rows
		ScanTypeM
		NullableM
	}
	k10 struct {
		driver.Rows
		DBTypeM
		NullableM
	}
	k11 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		NullableM
	}
	k12 struct {
		driver.Rows
		LengthM
		NullableM
	}
	k13 struct {
		driver.Rows
		ScanTypeM
		LengthM
		NullableM
	}
	k14 struct {
		driver.Rows
		DBTypeM
		LengthM
		NullableM
	}
	k15 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		LengthM
		NullableM
	}
	k16 struct {
		driver.Rows
		PrecisionM
	}
	k17 struct {
		driver.Rows
		ScanTypeM
		PrecisionM
	}
	k18 struct {
		driver.Rows
		DBTypeM
		PrecisionM
	}
	k19 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		PrecisionM
	}
	k20 struct {
		driver.Rows
		LengthM
		PrecisionM
	}
	k21 struct {
		driver.Rows
		ScanTypeM
		LengthM
		PrecisionM
	}
	k22 struct {
		driver.Rows
		DBTypeM
		LengthM
		PrecisionM
	}
	k23 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		LengthM
		PrecisionM
	}
	k24 struct {
		driver.Rows
		NullableM
		PrecisionM
	}
	k25 struct {
		driver.Rows
		ScanTypeM
		NullableM
		PrecisionM
	}
	k26 struct {
		driver.Rows
		DBTypeM
		NullableM
		PrecisionM
	}
	k27 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		NullableM
		PrecisionM
	}
	k28 struct {
		driver.Rows
		LengthM
		NullableM
		PrecisionM
	}
	k29 struct {
		driver.Rows
		ScanTypeM
		LengthM
		NullableM
		PrecisionM
	}
	k30 struct {
		driver.Rows
		DBTypeM
		LengthM
		NullableM
		PrecisionM
	}
	k31 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		LengthM
		NullableM
		PrecisionM
	}
	k32 struct {
		driver.Rows
		ResultSetsM
	}
	k33 struct {
		driver.Rows
		ScanTypeM
		ResultSetsM
	}
	k34 struct {
		driver.Rows
		DBTypeM
		ResultSetsM
	}
	k35 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		ResultSetsM
	}
	k36 struct {
		driver.Rows
		LengthM
		ResultSetsM
	}
	k37 struct {
		driver.Rows
		ScanTypeM
		LengthM
		ResultSetsM
	}
	k38 struct {
		driver.Rows
		DBTypeM
		LengthM
		ResultSetsM
	}
	k39 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		LengthM
		ResultSetsM
	}
	k40 struct {
		driver.Rows
		NullableM
		ResultSetsM
	}
	k41 struct {
		driver.Rows
		ScanTypeM
		NullableM
		ResultSetsM
	}
	k42 struct {
		driver.Rows
		DBTypeM
		NullableM
		ResultSetsM
	}
	k43 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		NullableM
		ResultSetsM
	}
	k44 struct {
		driver.Rows
		LengthM
		NullableM
		ResultSetsM
	}
	k45 struct {
		driver.Rows
		ScanTypeM
		LengthM
		NullableM
		ResultSetsM
	}
	k46 struct {
		driver.Rows
		DBTypeM
		LengthM
		NullableM
		ResultSetsM
	}
	k47 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		LengthM
		NullableM
		ResultSetsM
	}
	k48 struct {
		driver.Rows
		PrecisionM
		ResultSetsM
	}
	k49 struct {
		driver.Rows
		ScanTypeM
		PrecisionM
		ResultSetsM
	}
	k50 struct {
		driver.Rows
		DBTypeM
		PrecisionM
		ResultSetsM
	}
	k51 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		PrecisionM
		ResultSetsM
	}
	k52 struct {
		driver.Rows
		LengthM
		PrecisionM
		ResultSetsM
	}
	k53 struct {
		driver.Rows
		ScanTypeM
		LengthM
		PrecisionM
		ResultSetsM
	}
	k54 struct {
		driver.Rows
		DBTypeM
		LengthM
		PrecisionM
		ResultSetsM
	}
	k55 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		LengthM
		PrecisionM
		ResultSetsM
	}
	k56 struct {
		driver.Rows
		NullableM
		PrecisionM
		ResultSetsM
	}
	k57 struct {
		driver.Rows
		ScanTypeM
		NullableM
		PrecisionM
		ResultSetsM
	}
	k58 struct {
		driver.Rows
		DBTypeM
		NullableM
		PrecisionM
		ResultSetsM
	}
	k59 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		NullableM
		PrecisionM
		ResultSetsM
	}
	k60 struct {
		driver.Rows
		LengthM
		NullableM
		PrecisionM
		ResultSetsM
	}
	k61 struct {
		driver.Rows
		ScanTypeM
		LengthM
		NullableM
		PrecisionM
		ResultSetsM
	}
	k62 struct {
		driver.Rows
		DBTypeM
		LengthM
		NullableM
		PrecisionM
		ResultSetsM
	}
	k63 struct {
		driver.Rows
		ScanTypeM
		DBTypeM
		LengthM
		NullableM
		PrecisionM
		ResultSetsM
	}
)

// rowsCombos has one zero value per kN, index N; a go1.27 test file appends
// the combinations that also implement driver.RowsColumnScanner.
var rowsCombos = []any{
	k0{}, k1{}, k2{}, k3{}, k4{}, k5{}, k6{}, k7{}, k8{}, k9{}, k10{}, k11{}, k12{}, k13{}, k14{}, k15{},
	k16{}, k17{}, k18{}, k19{}, k20{}, k21{}, k22{}, k23{}, k24{}, k25{}, k26{}, k27{}, k28{}, k29{}, k30{}, k31{},
	k32{}, k33{}, k34{}, k35{}, k36{}, k37{}, k38{}, k39{}, k40{}, k41{}, k42{}, k43{}, k44{}, k45{}, k46{}, k47{},
	k48{}, k49{}, k50{}, k51{}, k52{}, k53{}, k54{}, k55{}, k56{}, k57{}, k58{}, k59{}, k60{}, k61{}, k62{}, k63{},
}

// optionalRows checks each optional driver.Rows interface, in the bit order
// of rowsCombos; a go1.27 test file appends driver.RowsColumnScanner.
var optionalRows = []func(driver.Rows) bool{
	func(r driver.Rows) bool { _, ok := r.(driver.RowsColumnTypeScanType); return ok },
	func(r driver.Rows) bool { _, ok := r.(driver.RowsColumnTypeDatabaseTypeName); return ok },
	func(r driver.Rows) bool { _, ok := r.(driver.RowsColumnTypeLength); return ok },
	func(r driver.Rows) bool { _, ok := r.(driver.RowsColumnTypeNullable); return ok },
	func(r driver.Rows) bool { _, ok := r.(driver.RowsColumnTypePrecisionScale); return ok },
	func(r driver.Rows) bool { _, ok := r.(driver.RowsNextResultSet); return ok },
}

// comboRows returns the rows type of combination k around f.
func comboRows(k int, f *fakeRows) driver.Rows {
	v := reflect.New(reflect.TypeOf(rowsCombos[k])).Elem()
	for i := range v.NumField() {
		v.Field(i).Set(reflect.ValueOf(f))
	}
	return v.Interface().(driver.Rows)
}

// fakeRows implements every optional rows interface with answers that
// differ from what database/sql assumes without it, and logs every call
// database/sql makes, so that a wrapper that answers for a missing interface
// wrongly, or calls the inner rows differently, shows in the transcript.
type fakeRows struct {
	log    *[]string
	sets   [][][]driver.Value // result sets, each a list of rows
	cols   [][]string
	set    int
	row    int
	cur    []driver.Value // the current row, for RowsColumnScanner
	nextAt error          // returned instead of the second row of the first set
	setErr error          // returned by NextResultSet
}

func (f *fakeRows) call(format string, a ...any) { *f.log = append(*f.log, fmt.Sprintf(format, a...)) }

func (f *fakeRows) Columns() []string { f.call("Columns"); return f.cols[f.set] }
func (f *fakeRows) Close() error      { f.call("Close"); return nil }

func (f *fakeRows) advance() ([]driver.Value, error) {
	if f.nextAt != nil && f.set == 0 && f.row == 1 {
		return nil, f.nextAt
	}
	if f.row >= len(f.sets[f.set]) {
		return nil, io.EOF
	}
	f.row++
	f.cur = f.sets[f.set][f.row-1]
	return f.cur, nil
}

func (f *fakeRows) Next(dest []driver.Value) error {
	f.call("Next")
	r, err := f.advance()
	copy(dest, r)
	return err
}

func (f *fakeRows) ColumnTypeScanType(i int) reflect.Type {
	f.call("ScanType(%d)", i)
	return reflect.TypeFor[int32]()
}

func (f *fakeRows) ColumnTypeDatabaseTypeName(i int) string {
	f.call("DatabaseTypeName(%d)", i)
	return fmt.Sprintf("INT%d", 4+i)
}

func (f *fakeRows) ColumnTypeLength(i int) (int64, bool) {
	f.call("Length(%d)", i)
	return int64(10 + i), true
}

func (f *fakeRows) ColumnTypeNullable(i int) (bool, bool) {
	f.call("Nullable(%d)", i)
	return true, true
}

func (f *fakeRows) ColumnTypePrecisionScale(i int) (int64, int64, bool) {
	f.call("PrecisionScale(%d)", i)
	return 12, int64(2 + i), true
}

func (f *fakeRows) HasNextResultSet() bool {
	f.call("HasNextResultSet")
	return f.set+1 < len(f.sets)
}

func (f *fakeRows) NextResultSet() error {
	f.call("NextResultSet")
	if f.setErr != nil {
		return f.setErr
	}
	if f.set+1 >= len(f.sets) {
		return io.EOF
	}
	f.set, f.row = f.set+1, 0
	return nil
}

// rowsDriver returns the rows mk makes from every query, through a
// connection's QueryContext or a prepared statement.
type rowsDriver struct{ mk func() driver.Rows }

func (d rowsDriver) Open(string) (driver.Conn, error) { return rowsConn(d), nil }

type rowsConn rowsDriver

func (c rowsConn) Prepare(string) (driver.Stmt, error) { return rowsStmt(c), nil }
func (c rowsConn) Close() error                        { return nil }
func (c rowsConn) Begin() (driver.Tx, error)           { return nil, errors.New("unused") }
func (c rowsConn) QueryContext(context.Context, string, []driver.NamedValue) (driver.Rows, error) {
	return c.mk(), nil
}

type rowsStmt rowsConn

func (s rowsStmt) Close() error                               { return nil }
func (s rowsStmt) NumInput() int                              { return 0 }
func (s rowsStmt) Exec([]driver.Value) (driver.Result, error) { return nil, errors.New("unused") }
func (s rowsStmt) Query([]driver.Value) (driver.Rows, error)  { return s.mk(), nil }

// rowsScenario configures a fakeRows for one way of reading it.
type rowsScenario struct {
	name     string
	prepared bool // query through a *sql.Stmt, not the connection
	oneRow   bool // read one row of each result set, then move to the next
	nextAt   error
	setErr   error
}

var rowsScenarios = []rowsScenario{
	{name: "query"},
	{name: "prepared", prepared: true},
	{name: "one_row_per_set", oneRow: true},
	{name: "next_error", nextAt: errors.New("row 2 failed")},
	{name: "result_set_error", setErr: errors.New("next result set failed")},
}

// readAll reads every result set of query through database/sql the way an
// application would, and writes down everything database/sql reports.
func readAll(t *testing.T, db *sql.DB, sc rowsScenario) string {
	var b strings.Builder
	say := func(format string, a ...any) { fmt.Fprintf(&b, format+"\n", a...) }
	var (
		rows *sql.Rows
		err  error
	)
	if sc.prepared {
		st, perr := db.Prepare("SELECT a, b FROM t")
		require.NoError(t, perr)
		defer st.Close()
		rows, err = st.Query()
	} else {
		rows, err = db.Query("SELECT a, b FROM t")
	}
	require.NoError(t, err)
	for set := 0; set < 4; set++ {
		cols, err := rows.Columns()
		say("set %d: columns %q %v", set, cols, err)
		cts, err := rows.ColumnTypes()
		say("column types: %v", err)
		for _, ct := range cts {
			l, lok := ct.Length()
			n, nok := ct.Nullable()
			p, s, pok := ct.DecimalSize()
			say("  %s: name=%q scan=%v length=%d,%v nullable=%v,%v decimal=%d,%d,%v", ct.Name(), ct.DatabaseTypeName(),
				ct.ScanType(), l, lok, n, nok, p, s, pok)
		}
		for rows.Next() {
			vals := make([]any, len(cols))
			dest := make([]any, len(cols))
			for i := range vals {
				dest[i] = &vals[i]
			}
			err := rows.Scan(dest...)
			say("  row %v %v", vals, err)
			if sc.oneRow {
				break
			}
		}
		say("err after rows: %v, connections in use %d", rows.Err(), db.Stats().InUse)
		more := rows.NextResultSet()
		say("next result set: %v, err %v", more, rows.Err())
		if !more {
			break
		}
	}
	var x any
	say("scan after end: %v", rows.Scan(&x))
	say("next after end: %v", rows.Next())
	say("close: %v, err %v", rows.Close(), rows.Err())
	return b.String()
}

// TestRows_SameAsInnerThroughDatabaseSQL pins invariant 2 (drop-in) for
// rows: for every combination of optional interfaces the inner rows may
// implement, and every way of reading them, database/sql reports the same
// things (column types, values, result sets, errors) and makes the same
// calls on the inner rows, with and without ferro in between.
func TestRows_SameAsInnerThroughDatabaseSQL(t *testing.T) {
	for k := range rowsCombos {
		for i, has := range optionalRows {
			if want := k&(1<<i) != 0; has(comboRows(k, &fakeRows{})) != want {
				t.Fatalf("fixture k%d: interface %d present=%v, want %v", k, i, !want, want)
			}
		}
	}
	for k := range rowsCombos {
		for _, sc := range rowsScenarios {
			t.Run(fmt.Sprintf("%07b/%s", k, sc.name), func(t *testing.T) {
				var got [2]string
				for w, wrapped := range []bool{false, true} {
					var calls []string
					mk := func() driver.Rows {
						return comboRows(k, &fakeRows{
							log:    &calls,
							cols:   [][]string{{"a", "b"}, {"c"}, {}},
							sets:   [][][]driver.Value{{{int64(1), "x"}, {int64(2), "y"}}, {{int64(3)}}, {}},
							nextAt: sc.nextAt,
							setErr: sc.setErr,
						})
					}
					var c driver.Connector = driverConnector{d: rowsDriver{mk: mk}}
					if wrapped {
						c = ferro.MustConnector(c, ferro.WithDialect(schema.SQLite))
					}
					db := sql.OpenDB(c)
					got[w] = readAll(t, db, sc)
					require.NoError(t, db.Close())
					got[w] += "inner calls: " + strings.Join(calls, " ")
				}
				assert.Equal(t, got[0], got[1], "raw (expected) vs ferro (actual)")
			})
		}
	}
}
