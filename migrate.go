package ferro

import (
	"context"
	"database/sql"

	"github.com/ferrosql/ferro/migrate"
)

// Migrate brings the schema of db in line with models (struct values or
// pointers, see package catalog for the tags) at the level the options
// allow: by default it only creates missing tables; [migrate.AllowUpdates]
// also adds and alters columns, indexes and constraints;
// [migrate.AllowDestructive] also drops removed columns and indexes. The
// whole plan is validated before anything runs, then applied in one
// transaction under a migration lock, and the schema epoch is bumped so
// every pooled connection serves the new shape. db must have been opened
// through ferro (errors.Is(err, ErrNotFerro) otherwise). It is
// safe to call concurrently from many processes. See docs/migrations.md.
func Migrate(db *sql.DB, models []any, opts ...migrate.Option) error {
	return migrate.Run(context.Background(), db, models, opts...)
}

// MigrateContext is [Migrate] with a context, which bounds the wait for the
// migration lock and the statements.
func MigrateContext(ctx context.Context, db *sql.DB, models []any, opts ...migrate.Option) error {
	return migrate.Run(ctx, db, models, opts...)
}
