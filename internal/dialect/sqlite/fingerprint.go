package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Fingerprint reads the fingerprint of the live schema on conn (outside a
// transaction), for the migrator's no-op check: what
// Dialect.InspectFingerprint would return as the fingerprint right now.
// It reads in one read transaction (BEGIN, one query of sqlite_schema, a
// second of ferro's records when their table exists, COMMIT), so that the
// schema and the records are of one state.
func (Migrator) Fingerprint(ctx context.Context, conn *sql.Conn) (fp []byte, err error) {
	if _, err := conn.ExecContext(ctx, "BEGIN"); err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	fp, err = Dialect{}.Fingerprint(ctx, conn)
	end := "COMMIT"
	if err != nil {
		end = "ROLLBACK"
	}
	if _, eerr := conn.ExecContext(context.WithoutCancel(ctx), end); eerr != nil {
		return nil, errors.Join(err, fmt.Errorf("%s: %w", end, eerr))
	}
	return fp, err
}
