package tests

import (
	"context"
	"database/sql"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
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
// schema; without the row it fails loudly. The application's pools run as
// the superuser, then as an ordinary role that owns the tables (issue 20
// item 0: such a role could neither run DDL nor read the row). It needs
// two clusters (testdb.Standby), which .ci/run sets up.
func TestFleet_standbyFollowsTheEpochRow(t *testing.T) {
	primaryDSN, standbyDSN := testdb.Standby(t)
	for _, asRole := range []bool{false, true} {
		t.Run(map[bool]string{false: "superuser", true: "ordinary role"}[asRole], func(t *testing.T) {
			standbyFollowsTheEpochRow(t, primaryDSN, standbyDSN, asRole)
		})
	}
}

func standbyFollowsTheEpochRow(t *testing.T, primaryDSN, standbyDSN string, asRole bool) {
	ctx := context.Background()
	admin, err := sql.Open("pgx", primaryDSN)
	require.NoError(t, err)
	defer admin.Close()
	name := testdb.UniqueName("ferro_sb_")
	_, err = admin.ExecContext(ctx, `CREATE DATABASE "`+name+`"`)
	require.NoError(t, err)
	t.Cleanup(func() { admin.Exec(`DROP DATABASE "` + name + `" WITH (FORCE)`) })
	superPrimary := dbDSN(t, primaryDSN, name)
	primary, standby := superPrimary, dbDSN(t, standbyDSN, name)
	if asRole {
		primary = testdb.AsRole(t, testdb.Engine{Name: "postgres", DSN: superPrimary}).DSN
		u, err := url.Parse(primary)
		require.NoError(t, err)
		standby = testdb.WithUser(standby, u.User.Username())
	}

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

	installer, err := sql.Open("ferro-postgres", superPrimary)
	require.NoError(t, err)
	defer installer.Close()
	require.NoError(t, ferro.InstallSchemaNotifier(ctx, installer))
	p, err := sql.Open("ferro-postgres", primary)
	require.NoError(t, err)
	defer p.Close()
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
