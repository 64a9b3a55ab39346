package tests

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
)

type cacheProbeStatus string

func (cacheProbeStatus) Values() []string { return []string{"new", "done"} }

type cacheProbeParent struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name,unique"`
}

type cacheProbeChild struct {
	ID       int64            `ferro:"id,pk"`
	ParentID int64            `ferro:"parent_id,fk=cache_probe_parent.id,index"`
	Status   cacheProbeStatus `ferro:"status,default='new'"`
	At       *time.Time       `ferro:"at"`
}

type cacheProbeChildV2 struct {
	ID       int64            `ferro:"id,pk"`
	ParentID int64            `ferro:"parent_id,fk=cache_probe_parent.id,index"`
	Status   cacheProbeStatus `ferro:"status,default='new'"`
	At       *time.Time       `ferro:"at"`
	Note     string           `ferro:"note,default=''"`
}

func (cacheProbeChildV2) TableName() string { return "cache_probe_child" }

// TestIntrospectionAndMigrationLeaveNoPreparedStatements pins that ferro's
// own queries (catalog introspection, migration planning, locking, data
// checks and DDL) never populate pgx's statement cache: after them, the one
// pooled connection has no prepared statement on the server.
func TestIntrospectionAndMigrationLeaveNoPreparedStatements(t *testing.T) {
	e := testdb.Postgres(t)
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	db.SetMaxOpenConns(1)
	ctx := context.Background()

	require.NoError(t, ferro.Migrate(db, []any{cacheProbeParent{}, cacheProbeChild{}}))
	_, err := db.Exec(`INSERT INTO cache_probe_parent (name) VALUES ('p')`)
	require.NoError(t, err)
	_, err = db.Exec(`INSERT INTO cache_probe_child (parent_id) VALUES (1)`)
	require.NoError(t, err)
	_, err = catalog.Inspect(ctx, db)
	require.NoError(t, err)
	plan, err := migrate.NewPlan(ctx, db, []any{cacheProbeParent{}, cacheProbeChildV2{}}, migrate.AllowUpdates())
	require.NoError(t, err)
	require.False(t, plan.Empty())
	require.NoError(t, ferro.Migrate(db, []any{cacheProbeParent{}, cacheProbeChildV2{}}, migrate.AllowUpdates()))

	// pgx stdlib prepares every Query (it passes result formats), so the
	// probe sees itself; it is excluded by its text.
	const probe = `SELECT statement FROM pg_prepared_statements WHERE statement <> 'probe'`
	rows, err := db.Query(probe)
	require.NoError(t, err)
	var left []string
	for rows.Next() {
		var s string
		require.NoError(t, rows.Scan(&s))
		if s != probe {
			left = append(left, s)
		}
	}
	require.NoError(t, rows.Err())
	assert.Empty(t, left, "statements prepared by ferro's own queries")
}
