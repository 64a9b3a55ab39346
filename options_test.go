package ferro_test

import (
	"bytes"
	"context"
	"database/sql"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
)

// lockedBuffer is a bytes.Buffer safe for the logger's concurrent writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestWithLogger_BumpsAndRecoveriesWithoutSecrets(t *testing.T) {
	e := testdb.Postgres(t)
	// Trust authentication accepts any password: put one in the DSN and
	// make sure it never reaches a log line.
	const secret = "hunter2-never-logged"
	dsn := strings.Replace(e.DSN, "postgres://postgres@", "postgres://postgres:"+secret+"@", 1)
	require.Contains(t, dsn, secret)
	cfg, err := pgx.ParseConfig(dsn)
	require.NoError(t, err)

	var logs lockedBuffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	db := sql.OpenDB(ferro.MustConnector(stdlib.GetConnector(*cfg), ferro.WithLogger(logger), ferro.WithName(ferro.Redact(dsn))))
	defer db.Close()
	db.SetMaxOpenConns(1)
	other := testdb.Open(t, "pgx", e.DSN)

	mustExec(t, db, "CREATE TABLE t (id bigint)")
	columns(t, db, "SELECT * FROM t WHERE id = $1", 1)
	mustExec(t, other, "ALTER TABLE t ADD COLUMN extra text")
	assert.Equal(t, []string{"id", "extra"}, columns(t, db, "SELECT * FROM t WHERE id = $1", 1))

	out := logs.String()
	assert.Contains(t, out, `msg="ferro: schema epoch bumped"`)
	assert.Contains(t, out, "reason=ddl")
	assert.Contains(t, out, `reason="stale plan reported by server"`)
	assert.Contains(t, out, `msg="ferro: recovered from stale cached plan; retrying statement"`)
	assert.Contains(t, out, "level=DEBUG")
	assert.NotContains(t, out, secret)
}

func TestOpen_ErrorsRedactDSN(t *testing.T) {
	const secret = "s3cr3t-pass"
	db, err := sql.Open("ferro-postgres", "postgres://u:"+secret+"@127.0.0.1:1/db?sslmode=disable&connect_timeout=1")
	require.NoError(t, err)
	defer db.Close()
	err = db.PingContext(context.Background())
	require.Error(t, err)
	assert.NotContains(t, err.Error(), secret)

	// ferro-postgres parses the DSN when it is opened (pgx would at
	// connect time); the parse error quotes no secret.
	_, err = sql.Open("ferro-postgres", "postgres://u:"+secret+"@host:notaport/db")
	require.Error(t, err)
	assert.NotContains(t, err.Error(), secret)
	assert.Contains(t, err.Error(), "invalid port")

	// ferro's own errors carry the redacted DSN.
	_, err = sql.Open("ferro-sqlite", "file:x.db?_pragma=key('"+secret+"')&%zz")
	require.Error(t, err)
	assert.NotContains(t, err.Error(), secret)
	assert.True(t, strings.HasPrefix(err.Error(), "ferro: open sqlite connector for "), err.Error())
}
