package dialect

import (
	"context"
	"slices"
	"strings"

	"github.com/ferrosql/ferro/schema"
)

// ferro's records of what it created: the bookkeeping behind ownership.
// The migrator drops, alters or renames an index or constraint only when a
// model describes it or ferro created it; what it created it writes, in
// the migration's own transaction, to the table RecordsTable (one row per
// primary key, index, foreign key and check: its table, kind, name and
// definition). The table is created by the first migration that has
// something to record, so a database that needs nothing stays untouched;
// Inspect leaves it out (ReservedPrefix). The statements are spelled
// alike on every engine (RecordsCreate, RecordUpsert, RecordDelete); what
// differs is how an engine tells whether the table exists, which its
// migrator's ReadRecords answers.

// RecordsTable is the table of ferro's records.
const RecordsTable = ReservedPrefix + "objects"

// The kinds of object a Record describes.
const (
	KindPrimaryKey = "primary key"
	KindIndex      = "index"
	KindForeignKey = "foreign key"
	KindCheck      = "check"
)

// Record is one index or constraint ferro created and still maintains.
type Record struct {
	// Table is the table the object belongs to, under its current name.
	Table string
	// Kind is one of KindPrimaryKey, KindIndex (plain or unique),
	// KindForeignKey, KindCheck.
	Kind string
	// Name is the object's name (ferro names every object it creates).
	Name string
	// Definition is what the object is (see migrate's definition): an
	// object of the record's name whose definition differs is not the one
	// ferro created.
	Definition string
}

// Key is the record's identity in its table: table, kind and name.
func (r Record) Key() [3]string { return [3]string{r.Table, r.Kind, r.Name} }

// CompareRecords orders records by table, kind and name (then
// definition), byte by byte.
func CompareRecords(a, b Record) int {
	if c := strings.Compare(a.Table, b.Table); c != 0 {
		return c
	}
	if c := strings.Compare(a.Kind, b.Kind); c != 0 {
		return c
	}
	if c := strings.Compare(a.Name, b.Name); c != 0 {
		return c
	}
	return strings.Compare(a.Definition, b.Definition)
}

// RecordReader reads ferro's records; every engine's migrator is one.
type RecordReader interface {
	// ReadRecords reads the rows of RecordsTable in the schema the
	// migrator inspects (PostgreSQL current_schema(), SQLite main), in no
	// particular order; exists is false (and recs nil) when the table
	// does not exist there.
	ReadRecords(ctx context.Context, q schema.ExecQuerier) (recs []Record, exists bool, err error)
}

// RecordsColumns are the columns of RecordsTable, in order.
var RecordsColumns = []string{"table_name", "kind", "name", "definition"}

// RecordsCreate is the statement that creates RecordsTable when it does
// not exist yet.
func RecordsCreate() string {
	return "CREATE TABLE IF NOT EXISTS " + Quote(RecordsTable) + " (" +
		Quote("table_name") + " text NOT NULL, " +
		Quote("kind") + " text NOT NULL, " +
		Quote("name") + " text NOT NULL, " +
		Quote("definition") + " text NOT NULL, " +
		"PRIMARY KEY " + QuoteList(RecordsColumns[:3]) + ")"
}

// RecordsSelect is the query of every record, in RecordsColumns order;
// table is RecordsTable as the engine must name it (qualified with its
// schema where a bare name could resolve elsewhere).
func RecordsSelect(table string) string {
	return "SELECT " + quoteNames(RecordsColumns) + " FROM " + table
}

// RecordUpsert is the statement that records r, replacing the
// definition of a record of the same table, kind and name (both engines
// spell INSERT ... ON CONFLICT alike).
func RecordUpsert(r Record) string {
	return "INSERT INTO " + Quote(RecordsTable) + " " + QuoteList(RecordsColumns) + " VALUES (" +
		QuoteString(r.Table) + ", " + QuoteString(r.Kind) + ", " + QuoteString(r.Name) + ", " + QuoteString(r.Definition) + ")" +
		" ON CONFLICT " + QuoteList(RecordsColumns[:3]) + " DO UPDATE SET " + Quote("definition") + " = excluded." + Quote("definition")
}

// RecordDelete is the statement that forgets the record of r's table,
// kind and name.
func RecordDelete(r Record) string {
	return "DELETE FROM " + Quote(RecordsTable) + " WHERE " + Quote("table_name") + " = " + QuoteString(r.Table) +
		" AND " + Quote("kind") + " = " + QuoteString(r.Kind) + " AND " + Quote("name") + " = " + QuoteString(r.Name)
}

// SortRecords sorts recs in CompareRecords order.
func SortRecords(recs []Record) { slices.SortFunc(recs, CompareRecords) }

// quoteNames returns the quoted names, comma-separated.
func quoteNames(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = Quote(n)
	}
	return strings.Join(q, ", ")
}
