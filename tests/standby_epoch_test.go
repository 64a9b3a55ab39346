package tests

import (
	"context"
	"database/sql"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
)

// Environment variables naming a primary and its streaming hot standby
// (see docs/performance.md, "Replica pools", for the two-cluster setup).
const (
	envPrimaryDSN = "FERRO_TEST_POSTGRES_PRIMARY_DSN"
	envStandbyDSN = "FERRO_TEST_POSTGRES_STANDBY_DSN"
)

func dbDSN(t *testing.T, dsn, name string) string {
	u, err := url.Parse(dsn)
	require.NoError(t, err)
	u.Path = "/" + name
	return u.String()
}

// TestFleet_standbyFollowsTheEpochRow pins issue 10 item 5 on a real
// primary + hot standby: a listening pool on the standby (where LISTEN is
// refused) follows the epoch row the notifier writes in each DDL
// transaction, so it renews exactly when the standby has replayed the new
// schema; without the row it fails loudly. It needs two clusters, so it
// runs only when both DSNs are set.
func TestFleet_standbyFollowsTheEpochRow(t *testing.T) {
	primaryDSN, standbyDSN := os.Getenv(envPrimaryDSN), os.Getenv(envStandbyDSN)
	if primaryDSN == "" || standbyDSN == "" {
		t.Skipf("set %s and %s (a primary and its hot standby) to run this test", envPrimaryDSN, envStandbyDSN)
	}
	ctx := context.Background()
	admin, err := sql.Open("pgx", primaryDSN)
	require.NoError(t, err)
	defer admin.Close()
	name := testdb.UniqueName("ferro_sb_")
	_, err = admin.ExecContext(ctx, `CREATE DATABASE "`+name+`"`)
	require.NoError(t, err)
	t.Cleanup(func() { admin.Exec(`DROP DATABASE "` + name + `" WITH (FORCE)`) })
	primary := dbDSN(t, primaryDSN, name)
	standby := dbDSN(t, standbyDSN, name)

	eventually := func(what string, f func() bool) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for !f() {
			require.True(t, time.Now().Before(deadline), what)
			time.Sleep(5 * time.Millisecond)
		}
	}
	rawStandby, err := sql.Open("pgx", standby)
	require.NoError(t, err)
	defer rawStandby.Close()
	eventually("the standby replays CREATE DATABASE", func() bool { return rawStandby.Ping() == nil })

	t.Run("no epoch table: fails loudly", func(t *testing.T) {
		db, err := sql.Open("ferro-postgres", standby+"&ferro_listen=on")
		require.NoError(t, err)
		defer db.Close()
		err = db.Ping()
		require.Error(t, err)
		assert.Contains(t, err.Error(), "standby")
		assert.Contains(t, err.Error(), "InstallSchemaNotifier")
	})

	p, err := sql.Open("ferro-postgres", primary)
	require.NoError(t, err)
	defer p.Close()
	require.NoError(t, ferro.InstallSchemaNotifier(ctx, p))
	_, err = p.Exec("CREATE TABLE t (id bigint PRIMARY KEY, a integer)")
	require.NoError(t, err)
	_, err = p.Exec("INSERT INTO t VALUES (1, 1)")
	require.NoError(t, err)
	eventually("the standby replays the table", func() bool {
		var n int
		return rawStandby.QueryRow("SELECT count(*) FROM t").Scan(&n) == nil && n == 1
	})

	s, err := sql.Open("ferro-postgres", standby+"&ferro_listen=on")
	require.NoError(t, err)
	defer s.Close()
	s.SetMaxOpenConns(4)
	require.NoError(t, s.Ping())
	cols := func() []string {
		rows, err := s.Query("SELECT * FROM t WHERE id = $1", 1)
		require.NoError(t, err)
		defer rows.Close()
		c, err := rows.Columns()
		require.NoError(t, err)
		for rows.Next() {
		}
		require.NoError(t, rows.Err())
		return c
	}
	assert.Equal(t, []string{"id", "a"}, cols())
	before, err := ferro.SchemaEpoch(s)
	require.NoError(t, err)

	_, err = p.Exec("ALTER TABLE t ADD COLUMN b text")
	require.NoError(t, err)
	start := time.Now()
	eventually("the standby pool's epoch moves", func() bool {
		v, _ := ferro.SchemaEpoch(s)
		return v > before
	})
	t.Logf("standby pool renewed %s after the primary's ALTER returned", time.Since(start).Round(time.Millisecond))
	assert.Less(t, time.Since(start), time.Second)
	// The row travelled with the DDL: once the epoch moved, the standby has
	// the new schema, and the renewed pool reads it.
	assert.Equal(t, []string{"id", "a", "b"}, cols())
	assert.True(t, strings.HasPrefix(standby, "postgres"))
}
