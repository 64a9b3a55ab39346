package sqlite

import (
	"context"
	"database/sql"
)

// Fingerprint reads the fingerprint of the live schema on conn (outside a
// transaction) in one statement, for the migrator's no-op check: what
// Dialect.InspectFingerprint would return as the fingerprint right now.
func (Migrator) Fingerprint(ctx context.Context, conn *sql.Conn) ([]byte, error) {
	return Dialect{}.Fingerprint(ctx, conn)
}
