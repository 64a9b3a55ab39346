package postgres

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// ferro's records (internal/dialect/records.go) on PostgreSQL: the table
// lives in current_schema(), next to the tables it describes, and is read
// there by its qualified name (a bare name could find the table of
// another schema on the search_path).

var _ dialect.RecordReader = Migrator{}

// recordsWhereQuery returns the qualified name of the records table of
// current_schema(), NULL when it has none.
const recordsWhereQuery = `SELECT CASE WHEN pg_catalog.to_regclass(pg_catalog.format('%I.%I', current_schema(), '` + dialect.RecordsTable + `')) IS NOT NULL
	THEN pg_catalog.format('%I.%I', current_schema(), '` + dialect.RecordsTable + `') END`

// ReadRecords reads ferro's records in two statements (where the table
// is, then its rows), sent so that pgx caches nothing.
func (Migrator) ReadRecords(ctx context.Context, q schema.ExecQuerier) ([]dialect.Record, bool, error) {
	var where sql.NullString
	if err := pgRowsMode(ctx, q, recordsWhereQuery, execMode(), func(r *sql.Rows) error { return r.Scan(&where) }); err != nil {
		return nil, false, fmt.Errorf("ferro/migrate: postgres: read %s: %w", dialect.RecordsTable, err)
	}
	if !where.Valid {
		return nil, false, nil
	}
	var recs []dialect.Record
	err := pgRowsMode(ctx, q, dialect.RecordsSelect(where.String), execMode(), func(r *sql.Rows) error {
		var rec dialect.Record
		if err := r.Scan(&rec.Table, &rec.Kind, &rec.Name, &rec.Definition); err != nil {
			return err
		}
		recs = append(recs, rec)
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("ferro/migrate: postgres: read %s: %w", dialect.RecordsTable, err)
	}
	return recs, true, nil
}
