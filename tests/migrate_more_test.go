package tests

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/dialect/postgres"
	"github.com/ferrosql/ferro/internal/testdb"
)

// More migrate integration tests through the ferro drivers: data checks
// inside the transaction, Postgres foreign-key cycles, orphan rows, and the
// statements of a no-op Migrate.

// sqlLog records the SQL pgx sends, for one pool.
type sqlLog struct {
	mu   sync.Mutex
	sqls []string
}

func (l *sqlLog) TraceQueryStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceQueryStartData) context.Context {
	l.mu.Lock()
	l.sqls = append(l.sqls, d.SQL)
	l.mu.Unlock()
	return ctx
}

func (l *sqlLog) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

func (l *sqlLog) take() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := l.sqls
	l.sqls = nil
	return out
}

// openTracedPostgres opens e through ferro over a pgx config with the given
// runtime parameters, recording every statement.
func openTracedPostgres(t *testing.T, e testdb.Engine, params map[string]string) (*sql.DB, *sqlLog) {
	t.Helper()
	cfg, err := pgx.ParseConfig(e.DSN)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range params {
		cfg.RuntimeParams[k] = v
	}
	log := &sqlLog{}
	cfg.Tracer = log
	db := sql.OpenDB(ferro.MustConnector(stdlib.GetConnector(*cfg)))
	t.Cleanup(func() { db.Close() })
	return db, log
}

// Regression: on a catalog whose row estimates pass jit_above_cost (many
// relations, or many dropped ones: a shared test server), PostgreSQL
// JIT-compiled the re-plan's index query, and a no-op Migrate took 0.5-1.6 s
// instead of a few milliseconds. The migration transaction now switches JIT
// off. Here JIT is forced for every query of the session (all thresholds 0),
// so without the fix each of the four inspection queries compiles.
func TestMigrate_postgresNoopStatementsJITOff(t *testing.T) {
	t.Parallel()
	e := testdb.Postgres(t)
	db, log := openTracedPostgres(t, e, map[string]string{
		"jit": "on", "jit_above_cost": "0", "jit_inline_above_cost": "0", "jit_optimize_above_cost": "0",
	})
	models := []any{cust2{}, order2{}}
	if err := ferro.Migrate(db, models); err != nil {
		t.Fatal(err)
	}
	log.take()

	start := time.Now()
	if err := ferro.Migrate(db, models); err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	got := log.take()

	want := []string{
		"BEGIN",
		"SET LOCAL jit = off; SET LOCAL lock_timeout = 30000",
		"SELECT pg_try_advisory_xact_lock(1717924466, hashtext(current_schema()))",
	}
	if len(got) != len(want)+postgres.InspectQueries+1 || !slices.Equal(got[:len(want)], want) || got[len(got)-1] != "ROLLBACK" {
		t.Fatalf("no-op Migrate sent %d statements:\n%s\nwant %s, %d inspection queries, ROLLBACK",
			len(got), strings.Join(got, "\n---\n"), strings.Join(want, ", "), postgres.InspectQueries)
	}
	// Without the fix this takes several seconds (each query compiled with
	// inlining and optimisation); with it, tens of milliseconds.
	var jitAvailable bool
	if err := db.QueryRow(`SELECT pg_jit_available()`).Scan(&jitAvailable); err != nil {
		t.Fatal(err)
	}
	if jitAvailable && took > 3*time.Second {
		t.Errorf("no-op Migrate took %s with JIT forced on for the session: is JIT switched off in the migration transaction?", took)
	}
}
