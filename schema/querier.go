package schema

import (
	"context"
	"database/sql"
)

// ExecQuerier is what reading and changing a schema needs: *sql.DB,
// *sql.Conn and *sql.Tx all satisfy it. Packages catalog, migrate and
// relation take it where they do not need to pin a connection.
type ExecQuerier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}
