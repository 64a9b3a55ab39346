package engine

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"

	"github.com/ferrosql/ferro/internal/bind"
	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/dialect/sqlite"
	"github.com/ferrosql/ferro/internal/sqltext"
)

// This file registers the SQLite engine (modernc.org/sqlite).

func init() {
	dialect.Register(&dialect.Engine{
		Name:          "sqlite",
		Catalog:       sqlite.Dialect{},
		Migrator:      sqlite.Migrator{},
		Probe:         "SELECT sqlite_version()",
		QuestionMarks: true,
		Conn: dialect.ConnHooks{
			IsDriver:      IsDriver,
			OpenConnector: openConnector,
			CheckDSN:      CheckDSN,
			DSNForm:       sqltext.Guess,
			Renew:         RenewConn,
			InTx:          InTx,
			IsStalePlan:   IsStalePlan,
			SafeToRetry:   IsSafeToRetry,
			// SQLite stores times, UUIDs and arrays as text.
			Bind:         bind.Forms{TimeText: true, UUIDText: true, SliceJSON: true},
			CutTimeParam: CutTimeParam,
			Refused:      Refused,
			InstallNotifier: func(context.Context, *sql.DB) error {
				return errors.New("sqlite has no event triggers and needs none: processes sharing a database file see each other's DDL through SQLite itself")
			},
		},
	})
}

// openConnector applies ferro's DSN defaults (see PrepareDSN).
func openConnector(dsn string) (driver.Connector, bool, error) {
	prepared, memory, err := PrepareDSN(dsn)
	if err != nil {
		return nil, false, err
	}
	c, err := OpenConnector(prepared)
	return c, memory, err
}
