package engine

import (
	"context"
	"database/sql/driver"

	"github.com/jackc/pgx/v5"

	"github.com/ferrosql/ferro/internal/bind"
	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/dialect/postgres"
	"github.com/ferrosql/ferro/internal/sqltext"
)

// This file registers the PostgreSQL engine (pgx v5 stdlib).

func init() {
	postgres.SetQueryModes(pgx.QueryExecModeExec, pgx.QueryExecModeSimpleProtocol)
	dialect.Register(&dialect.Engine{
		Name:     "postgres",
		Catalog:  postgres.Dialect{},
		Migrator: postgres.Migrator{},
		// An Exec without arguments goes over pgx's simple protocol: no
		// statement is prepared or cached.
		Probe:      "SELECT current_schema()",
		ProbeFirst: true,
		Conn: dialect.ConnHooks{
			IsDriver: IsDriver,
			OpenConnector: func(dsn string) (driver.Connector, bool, error) {
				c, err := OpenConnector(dsn)
				return c, false, err
			},
			CheckDSN:      CheckDSN,
			DSNForm:       sqltext.Pgx,
			Renew:         RenewConn,
			InTx:          InTx,
			IsStalePlan:   IsStalePlan,
			LostStatement: LostStatement,
			Proxied:       Proxied,
			SafeToRetry:   IsSafeToRetry,
			Reprepares:    true,
			Bind:          bind.Forms{}, // pgx binds times, UUIDs and slices natively
			Native:        Native,
			Refused:       Refused,
			Setup:         Setup,
			Publish:       Publish,
			Watch: func(ctx context.Context, c driver.Conn, probe func(context.Context, string) error) (dialect.Watcher, error) {
				w, err := Watch(ctx, c, probe)
				if err != nil {
					return nil, err
				}
				return w, nil
			},
			Probe:           Probe,
			InstallNotifier: InstallNotifier,
			CutListenParam:  CutListenParam,
		},
	})
}
