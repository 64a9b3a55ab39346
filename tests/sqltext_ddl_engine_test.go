package tests

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"github.com/ferrosql/ferro/internal/sqltext"
	"github.com/ferrosql/ferro/internal/testdb"
)

// These tests prove internal/sqltext's DDL classifier against the engines.
// They live here, not in internal/sqltext, so that package's test binary
// links no database driver: its fuzz targets (FuzzIsDDL, FuzzRedact) then
// pay for coverage of sqltext alone on every input (issue 13 item 13).

// engineStep is one statement run against a real engine, in order, on one
// connection. changes is what the engine really does to the schema (as seen
// by the fingerprint queries below); ddl is what IsDDL must answer. A
// statement that changes the schema must be classified DDL (ddl without
// changes is allowed: it costs only a needless epoch bump).
type engineStep struct {
	query   string
	changes bool
	ddl     bool
}

// sqliteFingerprint captures the schema as ferro sees it on SQLite: the
// main and temp schema tables and the list of attached databases. (Not
// PRAGMA schema_version: VACUUM bumps it without changing any shape.)
const sqliteFingerprint = `SELECT
	coalesce((SELECT group_concat(type || ':' || name || ':' || coalesce(sql, ''), ';') FROM (SELECT * FROM main.sqlite_schema ORDER BY name)), '') || '|' ||
	coalesce((SELECT group_concat(type || ':' || name || ':' || coalesce(sql, ''), ';') FROM (SELECT * FROM temp.sqlite_schema ORDER BY name)), '') || '|' ||
	coalesce((SELECT group_concat(name || '=' || file, ';') FROM pragma_database_list), '')`

// postgresFingerprint captures relations (with storage, so TRUNCATE and
// REINDEX show), their columns and comments, and functions, in the test's
// schema and the session's temp schema.
const postgresFingerprint = `SELECT coalesce((
	SELECT string_agg(format('%s:%s:%s:%s:%s', c.relname, c.relkind, c.relfilenode,
		coalesce(obj_description(c.oid, 'pg_class'), ''),
		(SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || coalesce(' ' || col_description(c.oid, a.attnum), ''), ',' ORDER BY a.attnum)
		 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped)), ';' ORDER BY c.relname)
	FROM pg_class c
	WHERE c.relnamespace = current_schema()::regnamespace OR c.relnamespace = pg_my_temp_schema()), '') || '|' ||
	coalesce((SELECT string_agg(p.proname, ';' ORDER BY p.proname) FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace), '')`

func TestIsDDL_SQLite(t *testing.T) {
	t.Parallel()
	e := testdb.SQLite(t)
	other := filepath.Join(t.TempDir(), "other.db")
	runEngineSteps(t, e, sqliteFingerprint, []engineStep{
		{"CREATE TABLE t (a int, b text)", true, true},
		{"INSERT INTO t VALUES (1, 'x'), (2, 'y')", false, false},
		{"SELECT a, b FROM t WHERE a = 1", false, false},
		{"SELECT 'a;b'; CREATE TABLE t2 (a int)", true, true},
		{"ALTER TABLE t ADD COLUMN c int", true, true},
		{"alter table t rename to t3", true, true},
		{"CREATE INDEX i ON t3 (a)", true, true},
		{"REINDEX i", false, true}, // rebuilds storage only; classified DDL anyway
		{"ATTACH DATABASE '" + other + "' AS other", true, true},
		{"DETACH DATABASE other", true, true},
		{"EXPLAIN CREATE TABLE t4 (a int)", false, false},
		{"EXPLAIN QUERY PLAN SELECT * FROM t3", false, false},
		{"/* x */ -- y\n DROP TABLE t2", true, true},
		{"SELECT [a;b] FROM (SELECT 1 AS [a;b])", false, false},
		{"SELECT `c;d` FROM (SELECT 1 AS `c;d`)", false, false},
		{`SELECT "create" FROM (SELECT 1 AS "create")`, false, false},
		{"SELECT 'DROP TABLE t3'", false, false},
		{"BEGIN; CREATE TABLE t5 (a int); COMMIT", true, true},
		{"CREATE TEMP TABLE tt (a int)", true, true},
		{"CREATE TRIGGER tr AFTER INSERT ON t3 BEGIN UPDATE t3 SET b = 'y'; END", true, true},
		{"WITH c AS (SELECT 1 AS x) SELECT x FROM c", false, false},
		{"PRAGMA user_version = 5", false, false},
		{"UPDATE t3 SET b = 'z' WHERE a = 2", false, false},
		{"DROP TRIGGER tr", true, true},
		{"VACUUM", false, false},
	})
}

func TestIsDDL_Postgres(t *testing.T) {
	t.Parallel()
	e := testdb.Postgres(t)
	runEngineSteps(t, e, postgresFingerprint, []engineStep{
		{"CREATE TABLE t (a int, b text)", true, true},
		{"INSERT INTO t VALUES (1, 'x'), (2, 'y')", false, false},
		{"SELECT a, b FROM t WHERE a = 1", false, false},
		{"SELECT * INTO t2 FROM t", true, true},
		{"SELECT 1 AS into FROM t", false, false},
		{"SELECT a IS DISTINCT FROM 1 INTO t2b FROM t", true, true},
		{"WITH c AS (SELECT a FROM t) SELECT * INTO t3 FROM c", true, true},
		{"WITH c AS (SELECT a FROM t) SELECT * FROM c", false, false},
		{"EXPLAIN SELECT * FROM t", false, false},
		{"EXPLAIN CREATE TABLE t4 AS SELECT * FROM t", false, false},
		{"EXPLAIN ANALYZE CREATE TABLE t4 AS SELECT * FROM t", true, true},
		{"EXPLAIN (ANALYZE false, COSTS off) CREATE TABLE t4b AS SELECT * FROM t", false, false},
		{"EXPLAIN (ANALYZE, BUFFERS) SELECT * INTO t4c FROM t", true, true},
		{"ALTER TABLE t ADD COLUMN c int", true, true},
		{"COMMENT ON TABLE t IS 'hello'", true, true},
		{"TRUNCATE t2", true, true},
		{"CREATE INDEX t_a ON t (a)", true, true},
		{"REINDEX INDEX t_a", true, true},
		{"SELECT 1; ALTER TABLE t ADD COLUMN d int", true, true},
		{"BEGIN; CREATE TABLE t5 (a int); COMMIT", true, true},
		{"UPDATE t SET b = 'z' WHERE a = 2", false, false},
		{"DO $$ BEGIN PERFORM 1; END $$", false, false},
		{"SELECT $q$ ; $q$, E'it\\'s; x'", false, false},
		{"DROP TABLE t5", true, true},
		{"ALTER TABLE t RENAME TO t6", true, true},
		{"SELECT 'DROP TABLE t6'", false, false},
		{"/* ALTER /* nested */ */ SELECT 1", false, false},
		{"-- c\nCREATE VIEW v AS SELECT 1 AS x", true, true},
		{"CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$", true, true},
		{"CREATE TEMP TABLE tt (a int)", true, true},
		{"DELETE FROM t6", false, false},
		// PostgreSQL reads a dollar quote here; IsDDL also reads the text
		// as SQLite would, where this DROP is a statement. Over-report.
		{"SELECT $$a; DROP TABLE t6$$", false, true},
	})
}

// runEngineSteps runs steps in order on one connection of e (ATTACH and
// temp tables are per connection) and checks each against the schema
// fingerprint taken before and after it.
func runEngineSteps(t *testing.T, e testdb.Engine, fingerprint string, steps []engineStep) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	db := testdb.Open(t, e.RawDriver, e.DSN)
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatalf("%s: get connection: %v", e.Name, err)
	}
	defer conn.Close()
	fp := func() string {
		t.Helper()
		var s sql.NullString
		if err := conn.QueryRowContext(ctx, fingerprint).Scan(&s); err != nil {
			t.Fatalf("%s: schema fingerprint: %v", e.Name, err)
		}
		return s.String
	}
	for _, st := range steps {
		if st.changes && !st.ddl {
			t.Fatalf("bad step %q: a schema change must be expected as DDL", st.query)
		}
		before := fp()
		if _, err := conn.ExecContext(ctx, st.query); err != nil {
			t.Fatalf("%s: exec %q: %v", e.Name, st.query, err)
		}
		changed := fp() != before
		if changed != st.changes {
			t.Errorf("%s: %q changed the schema: %v, want %v", e.Name, st.query, changed, st.changes)
		}
		if got := sqltext.IsDDL(st.query); got != st.ddl {
			t.Errorf("%s: IsDDL(%q) = %v, want %v (schema changed: %v)", e.Name, st.query, got, st.ddl, changed)
		}
	}
}
