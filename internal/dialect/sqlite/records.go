package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// ferro's records (internal/dialect/records.go) on SQLite: the table
// lives in the main database, next to the tables it describes.

var _ dialect.RecordReader = Migrator{}

// recordsExistQuery tells whether the records table exists in main.
const recordsExistQuery = `SELECT count(*) FROM main.sqlite_schema WHERE type = 'table' AND name = '` + dialect.RecordsTable + `'`

// ReadRecords reads ferro's records in two queries (whether the table
// exists, then its rows); inside the migration transaction, both see the
// same state.
func (Migrator) ReadRecords(ctx context.Context, q schema.ExecQuerier) ([]dialect.Record, bool, error) {
	var n int
	if err := inspectRows(ctx, q, recordsExistQuery, func(r *sql.Rows) error { return r.Scan(&n) }); err != nil {
		return nil, false, fmt.Errorf("ferro/migrate: sqlite: read %s: %w", dialect.RecordsTable, err)
	}
	if n == 0 {
		return nil, false, nil
	}
	recs, err := readRecords(ctx, q)
	return recs, true, err
}

// readRecords reads the rows of the records table, which exists.
func readRecords(ctx context.Context, q schema.ExecQuerier) ([]dialect.Record, error) {
	var recs []dialect.Record
	err := inspectRows(ctx, q, dialect.RecordsSelect("main."+Quote(dialect.RecordsTable)), func(r *sql.Rows) error {
		var rec dialect.Record
		if err := r.Scan(&rec.Table, &rec.Kind, &rec.Name, &rec.Definition); err != nil {
			return err
		}
		recs = append(recs, rec)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("ferro/migrate: sqlite: read %s: %w", dialect.RecordsTable, err)
	}
	return recs, nil
}
