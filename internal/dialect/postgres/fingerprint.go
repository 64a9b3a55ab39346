package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Fingerprint reads the fingerprint of the live schema on conn (outside a
// transaction), for the migrator's no-op check: what
// Dialect.InspectFingerprint would return as the fingerprint right now. The
// query runs in a read-only transaction with JIT off (see txSettings: the
// server computes the whole inspection to hash it, and JIT compilation
// would cost far more than the query), three round trips in all.
func (Migrator) Fingerprint(ctx context.Context, conn *sql.Conn) (fp []byte, err error) {
	if _, err := conn.ExecContext(ctx, "BEGIN READ ONLY; SET LOCAL jit = off"); err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	defer func() {
		if _, rerr := conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK"); rerr != nil {
			err = errors.Join(err, fmt.Errorf("rollback: %w", rerr))
		}
	}()
	return Dialect{}.Fingerprint(ctx, conn)
}
