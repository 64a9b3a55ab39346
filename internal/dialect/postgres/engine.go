package postgres

import (
	"database/sql/driver"

	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/dialect"
)

// This file registers the PostgreSQL engine (pgx v5 stdlib).

func init() {
	dialect.Register(&dialect.Engine{
		Name:     "postgres",
		Catalog:  Dialect{},
		Migrator: Migrator{},
		Conn: dialect.ConnHooks{
			IsDriver: IsDriver,
			OpenConnector: func(dsn string) (driver.Connector, bool, error) {
				c, err := OpenConnector(dsn)
				return c, false, err
			},
			Renew:       RenewConn,
			InTx:        InTx,
			IsStalePlan: IsStalePlan,
			SafeToRetry: IsSafeToRetry,
			Reprepares:  true,
			BindAs:      coerce.Postgres,
		},
	})
}
