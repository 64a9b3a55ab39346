package tests

import (
	"context"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

type addColV1 struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (addColV1) TableName() string { return "add_col" }

type addColV2 struct {
	ID     int64           `ferro:"id,pk"`
	Name   string          `ferro:"name"`
	Amount decimal.Decimal `ferro:"amount,type=numeric(12,2),default=0"`
	Note   *string         `ferro:"note,type=varchar(20)"`
}

func (addColV2) TableName() string { return "add_col" }

// TestMigrate_addedColumnsMatchFreshTables pins that a column added by the
// updates level is declared exactly as CREATE TABLE declares it (type,
// default, and on SQLite the numeric(p,s) CHECK): the database inspects equal
// to the models, with and without rows in the table.
func TestMigrate_addedColumnsMatchFreshTables(t *testing.T) {
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		require.NoError(t, ferro.Migrate(db, []any{addColV1{}}))
		_, err := db.Exec(`INSERT INTO add_col (name) VALUES ('a')`)
		require.NoError(t, err)
		require.NoError(t, ferro.Migrate(db, []any{addColV2{}}, migrate.AllowUpdates()))
		want, err := catalog.FromModels(addColV2{})
		require.NoError(t, err)
		got, err := catalog.Inspect(ctx, db)
		require.NoError(t, err)
		require.Empty(t, schema.Mismatches(want, got))
		// The numeric(12,2) limits hold on the added column.
		_, err = db.Exec(`UPDATE add_col SET amount = $1`, decimal.RequireFromString("12345678901.5"))
		require.Error(t, err, "11 integer digits do not fit numeric(12,2)")
	})
}
