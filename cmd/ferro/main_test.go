package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	_ "github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/command"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

// The binary under test, built once by TestMain as a user would build it.
var ferroBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "ferro-cmd-")
	if err != nil {
		panic(err)
	}
	ferroBin = filepath.Join(dir, "ferro")
	if runtime.GOOS == "windows" {
		ferroBin += ".exe"
	}
	build := exec.Command("go", "build", "-o", ferroBin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		panic("go build ./cmd/ferro: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type result struct {
	code           int
	stdout, stderr string
}

// ferro runs the built command with args, in dir when not empty.
func ferro(t *testing.T, dir string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, ferroBin, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String()}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	default:
		t.Fatalf("run ferro %q: %v", args, err)
	}
	return r
}

// engines returns a fresh database on each engine (Postgres skipped when
// FERRO_TEST_POSTGRES_DSN is unset, failing under FERRO_REQUIRE_POSTGRES=1).
func engines(t *testing.T) map[string]func(t *testing.T) testdb.Engine {
	return map[string]func(t *testing.T) testdb.Engine{
		"sqlite": func(t *testing.T) testdb.Engine {
			e := testdb.SQLite(t)
			e.DSN = strings.TrimPrefix(e.DSN, "file:")
			return e
		},
		"postgres": func(t *testing.T) testdb.Engine { return testdb.Postgres(t) },
	}
}

func open(t *testing.T, e testdb.Engine) *sql.DB {
	t.Helper()
	db, err := sql.Open(e.FerroDriver, e.DSN)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func execAll(t *testing.T, db *sql.DB, stmts []string) {
	t.Helper()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s\n%v", s, err)
		}
	}
}

// The vocabulary schema: every type, composite keys and indexes, foreign
// keys with actions, enums, defaults, nullable variants.

type Mood string

func (Mood) Values() []string { return []string{"happy", "sad", "it's ok"} }

type Account struct {
	ID      int64     `ferro:"id,pk"`
	Email   string    `ferro:"email,type=varchar(120),unique"`
	Ext     uuid.UUID `ferro:"ext,unique"`
	Created time.Time `ferro:"created,default=CURRENT_TIMESTAMP"`
}

type Everything struct {
	AccountID int64            `ferro:"account_id,pk,fk=account.id,on_delete=cascade"`
	Seq       int32            `ferro:"seq,pk"`
	T         string           `ferro:"t,default='x,y'"`
	V         *string          `ferro:"v,type=varchar(32),index=vi"`
	S         int16            `ferro:"s,default=-1"`
	I         *int32           `ferro:"i,index=vi"`
	B         int64            `ferro:"b,index"`
	R         float32          `ferro:"r"`
	R2        *float32         `ferro:"r2"`
	D         *float64         `ferro:"d"`
	N         decimal.Decimal  `ferro:"n"`
	NP        *decimal.Decimal `ferro:"np,type=numeric(12,2)"`
	Ok        bool             `ferro:"ok,default=true"`
	Blob      []byte           `ferro:"blob,nullable"`
	U         *uuid.UUID       `ferro:"u"`
	Day       time.Time        `ferro:"day,type=date"`
	Clock     *time.Time       `ferro:"clock,type=time"`
	At        time.Time        `ferro:"at,type=timestamp"`
	AtTZ      *time.Time       `ferro:"at_tz"`
	Doc       json.RawMessage  `ferro:"doc,nullable"`
	Mood      Mood             `ferro:"mood,default='sad',unique=mu"`
	Mood2     *Mood            `ferro:"mood2,unique=mu"`
	Owner     *int64           `ferro:"owner,fk=account.id,on_delete=set null,on_update=cascade"`
}

type Tag struct {
	Name string `ferro:"name,pk,type=varchar(40)"`
	Note string `ferro:"note"`
}

type Tagging struct {
	AccountID int64  `ferro:"account_id,pk,fk=account.id"`
	TagName   string `ferro:"tag_name,pk,type=varchar(40),fk=tag.name,on_delete=restrict"`
}

// Extended holds the types adopted from other tools' schemas (issue 12):
// PostgreSQL json, time precisions, arrays.
type Extended struct {
	ID     int64             `ferro:"id,pk"`
	Doc    json.RawMessage   `ferro:"doc,type=jsontext"`
	Ms     time.Time         `ferro:"ms,type=timestamp(3)"`
	MsTZ   *time.Time        `ferro:"ms_tz,type=timestamptz(0)"`
	Clock  time.Time         `ferro:"clock,type=time(2)"`
	Tags   []string          `ferro:"tags,type=text[]"`
	Names  []string          `ferro:"names,type=varchar(20)[],nullable"`
	Big    []int64           `ferro:"big,type=bigint[],nullable"`
	Small  []int32           `ferro:"small,type=int[]"`
	Flags  []bool            `ferro:"flags,type=boolean[],nullable"`
	IDs    []uuid.UUID       `ferro:"ids,type=uuid[],nullable"`
	Prices []decimal.Decimal `ferro:"prices,type=numeric(12,2)[],nullable"`
	Seen   []time.Time       `ferro:"seen,type=timestamptz(3)[],nullable"`
}

var vocabulary = []any{Account{}, Everything{}, Tag{}, Tagging{}, Extended{}}

func createVocabulary(t *testing.T, e testdb.Engine) *sql.DB {
	t.Helper()
	s, err := catalog.FromModels(vocabulary...)
	if err != nil {
		t.Fatal(err)
	}
	stmts, err := catalog.Render(s, e.Name)
	if err != nil {
		t.Fatal(err)
	}
	db := open(t, e)
	execAll(t, db, stmts)
	return db
}

func TestHelpAndExitCodes(t *testing.T) {
	r := ferro(t, "", "-h")
	if r.code != 0 || !strings.Contains(r.stdout, "ferro inspect") || !strings.Contains(r.stdout, "ferro gen") {
		t.Fatalf("ferro -h: %+v", r)
	}
	for _, sub := range []string{"inspect", "gen", "diff", "epoch", "sqlite-rewrite-times"} {
		r := ferro(t, "", sub, "-h")
		if r.code != 0 || !strings.Contains(r.stdout, "Usage: ferro "+sub) {
			t.Errorf("ferro %s -h: %+v", sub, r)
		}
		if r := ferro(t, "", "help", sub); r.code != 0 || !strings.Contains(r.stdout, "Usage: ferro "+sub) {
			t.Errorf("ferro help %s: %+v", sub, r)
		}
		if r := ferro(t, "", sub); r.code != 1 || !strings.Contains(r.stderr, "argument(s), got 0") {
			t.Errorf("ferro %s without DSN: %+v", sub, r)
		}
		if r := ferro(t, "", sub, "-nosuchflag", "x.db"); r.code != 1 {
			t.Errorf("ferro %s -nosuchflag: %+v", sub, r)
		}
	}
	if r := ferro(t, "", "frobnicate"); r.code != 1 || !strings.Contains(r.stderr, `unknown command "frobnicate"`) {
		t.Errorf("unknown command: %+v", r)
	}
	if r := ferro(t, ""); r.code != 1 {
		t.Errorf("no command: %+v", r)
	}
	missing := filepath.Join(t.TempDir(), "missing.db")
	if r := ferro(t, "", "inspect", missing); r.code != 1 || !strings.Contains(r.stderr, "give the path of an existing database file") {
		t.Errorf("missing sqlite file: %+v", r)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("inspect created %s", missing)
	}
	if r := ferro(t, "", "inspect", "mysql://u@h/db"); r.code != 1 || !strings.Contains(r.stderr, `scheme "mysql" is not supported`) {
		t.Errorf("mysql DSN: %+v", r)
	}
}

// TestPasswordsNeverPrinted pins the promise of docs/command.md: neither
// output nor errors show a DSN's password.
func TestPasswordsNeverPrinted(t *testing.T) {
	t.Parallel()
	const pw = "s3cr3t-Pa55"
	r := ferro(t, "", "inspect", "postgres://someone:"+pw+"@127.0.0.1:1/db?sslmode=disable&password="+pw)
	if r.code != 1 || strings.Contains(r.stdout+r.stderr, pw) || !strings.Contains(r.stderr, "xxxxx") {
		t.Errorf("unreachable server: %+v", r)
	}
	e := testdb.Postgres(t)
	dsn := strings.Replace(e.DSN, "postgres://postgres@", "postgres://postgres:"+pw+"@", 1)
	if dsn == e.DSN {
		t.Fatalf("cannot add a password to %s", e.DSN)
	}
	execAll(t, open(t, e), []string{`CREATE TABLE "t" ("id" bigint PRIMARY KEY)`})
	for _, args := range [][]string{{"inspect", dsn}, {"inspect", "-json", dsn}, {"gen", "-partial", dsn}} {
		r := ferro(t, "", args...)
		if r.code != 0 || strings.Contains(r.stdout+r.stderr, pw) {
			t.Errorf("ferro %s: %+v", args[0], r)
		}
	}
}

// TestInspect runs `ferro inspect` on the vocabulary schema: the JSON
// reads back to exactly catalog.Inspect, and the DDL, executed on an empty
// database of the same engine, recreates the same schema.
func TestInspect(t *testing.T) {
	t.Parallel()
	for name, mk := range engines(t) {
		t.Run(name, func(t *testing.T) {
			e := mk(t)
			db := createVocabulary(t, e)
			want, err := catalog.Inspect(context.Background(), db)
			if err != nil {
				t.Fatal(err)
			}
			r := ferro(t, "", "inspect", "-json", e.DSN)
			if r.code != 0 {
				t.Fatalf("inspect -json: %+v", r)
			}
			var c command.Catalog
			if err := json.Unmarshal([]byte(r.stdout), &c); err != nil {
				t.Fatal(err)
			}
			if c.Format != command.JSONFormat || c.Dialect != e.Name {
				t.Errorf("format %d dialect %q", c.Format, c.Dialect)
			}
			got, err := c.Schema()
			if err != nil {
				t.Fatal(err)
			}
			if mm := schema.Mismatches(want, got); len(mm) > 0 {
				t.Errorf("inspect -json differs from catalog.Inspect:\n%s", strings.Join(mm, "\n"))
			}
			if strings.Contains(r.stdout, ": null") {
				t.Errorf("inspect -json printed a null: %s", r.stdout)
			}
			r = ferro(t, "", "inspect", e.DSN)
			if r.code != 0 || !strings.Contains(r.stdout, `CREATE TABLE "everything"`) {
				t.Fatalf("inspect: %+v", r)
			}
			var e2 testdb.Engine
			if name == "sqlite" {
				e2 = mk(t)
			} else {
				e2 = testdb.Postgres(t)
			}
			db2 := open(t, e2)
			if _, err := db2.Exec(r.stdout); err != nil {
				t.Fatalf("replaying inspect output: %v\n%s", err, r.stdout)
			}
			got2, err := catalog.Inspect(context.Background(), db2)
			if err != nil {
				t.Fatal(err)
			}
			if mm := schema.Mismatches(want, got2); len(mm) > 0 {
				t.Errorf("schema from replayed inspect output differs:\n%s", strings.Join(mm, "\n"))
			}
		})
	}
}

// TestInspect_RoundTrips measures `ferro inspect` of 200 tables on
// PostgreSQL against catalog.Inspect through a fresh ferro *sql.DB, in a
// database of its own, counting transactions the server saw
// (pg_stat_database.xact_commit; every autocommit statement is one). The
// command adds only its connection check to the same handful.
func TestInspect_RoundTrips(t *testing.T) {
	t.Parallel()
	admin := testdb.PostgresAdminDSN(t)
	adb, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer adb.Close()
	name := testdb.UniqueName("ferro_rt_")
	if _, err := adb.Exec(`CREATE DATABASE "` + name + `"`); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { adb.Exec(`DROP DATABASE "` + name + `" WITH (FORCE)`) })
	dsn := strings.Replace(admin, "/test?", "/"+name+"?", 1)
	if dsn == admin {
		t.Fatalf("cannot point %s at database %s", admin, name)
	}
	setup, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	var ddl strings.Builder
	for i := range 200 {
		fmt.Fprintf(&ddl, `CREATE TABLE t%03d (id bigint PRIMARY KEY, name text NOT NULL, ref bigint REFERENCES t000 (id), at timestamptz DEFAULT now());
CREATE INDEX t%03d_name ON t%03d (name);
`, i, i, i)
	}
	if _, err := setup.Exec(ddl.String()); err != nil {
		t.Fatal(err)
	}
	setup.Close()
	commits := func() int64 {
		// Backends flush their statistics when they end; wait for the
		// count to settle.
		var last int64 = -1
		for range 50 {
			var n int64
			adb.Exec(`SELECT pg_stat_clear_snapshot()`)
			if err := adb.QueryRow(`SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = $1`, name).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if n == last {
				return n
			}
			last = n
			time.Sleep(200 * time.Millisecond)
		}
		return last
	}
	before := commits()
	start := time.Now()
	db, err := sql.Open("ferro-postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Ping(); err != nil {
		t.Fatal(err)
	}
	s, err := catalog.Inspect(context.Background(), db)
	if err != nil || len(s.Tables) != 200 {
		t.Fatalf("catalog.Inspect: %d tables, %v", len(s.Tables), err)
	}
	lib := time.Since(start)
	db.Close()
	mid := commits()
	start = time.Now()
	r := ferro(t, "", "inspect", "-json", dsn)
	cmdTime := time.Since(start)
	if r.code != 0 {
		t.Fatalf("inspect: %+v", r)
	}
	after := commits()
	libN, cmdN := mid-before, after-mid
	t.Logf("200 tables: catalog.Inspect (with Ping) %d server transactions in %s; ferro inspect -json %d in %s (whole process)", libN, lib.Round(time.Millisecond), cmdN, cmdTime.Round(time.Millisecond))
	if cmdN > libN || cmdN > 8 {
		t.Errorf("ferro inspect used %d server transactions, catalog.Inspect %d", cmdN, libN)
	}
}

// TestRewriteTimes_Command runs `ferro sqlite-rewrite-times` as a user
// would: -check exits 2 while a value is in raw modernc's form, the rewrite
// exits 0, and -check afterwards exits 0.
func TestRewriteTimes_Command(t *testing.T) {
	t.Parallel()
	e := testdb.SQLite(t)
	raw := testdb.Open(t, e.RawDriver, e.DSN)
	at := time.Date(2024, 5, 6, 7, 8, 9, 123000000, time.UTC)
	execAll(t, raw, []string{`CREATE TABLE ev (id INTEGER PRIMARY KEY, ts TIMESTAMP, note TEXT)`})
	if _, err := raw.Exec(`INSERT INTO ev VALUES (1, ?, ?), (2, NULL, ?)`, at, at, at); err != nil {
		t.Fatal(err)
	}
	path := strings.TrimPrefix(e.DSN, "file:")
	if r := ferro(t, "", "sqlite-rewrite-times", "-check", path); r.code != 2 || !strings.Contains(r.stdout, "ev.ts: would rewrite 1 of 1 value(s)") {
		t.Fatalf("-check before: %+v", r)
	}
	if r := ferro(t, "", "sqlite-rewrite-times", "-columns", "ev.ts,ev.note", path); r.code != 0 || !strings.Contains(r.stdout, "ev.note: rewrote 2 of 2 value(s)") {
		t.Fatalf("rewrite: %+v", r)
	}
	if r := ferro(t, "", "sqlite-rewrite-times", "-check", "-columns", "ev.ts,ev.note", path); r.code != 0 {
		t.Fatalf("-check after: %+v", r)
	}
	var s string
	if err := raw.QueryRow(`SELECT CAST(ts AS TEXT) FROM ev WHERE id = 1`).Scan(&s); err != nil || s != "2024-05-06 07:08:09.123000000Z" {
		t.Errorf("stored %q %v", s, err)
	}
	if r := ferro(t, "", "sqlite-rewrite-times", "postgres://u@127.0.0.1:1/db"); r.code != 1 || !strings.Contains(r.stderr, "is not a SQLite database") {
		t.Errorf("postgres DSN: %+v", r)
	}
}

// TestDiff runs `ferro diff` from the vocabulary database to an empty one
// on each engine (and across engines): -check exits 2 and prints the plan;
// -write exports a golang-migrate pair whose up file, executed on the empty
// database, leaves nothing to do (exit 0).
func TestDiff(t *testing.T) {
	t.Parallel()
	for name, mk := range engines(t) {
		t.Run(name, func(t *testing.T) {
			from := mk(t)
			createVocabulary(t, from)
			to := mk(t)
			open(t, to) // the SQLite file must exist
			execAll(t, open(t, to), []string{`CREATE TABLE unrelated (id bigint PRIMARY KEY)`})
			dir := t.TempDir()
			r := ferro(t, "", "diff", "-check", "-write", dir, "-name", "init", from.DSN, to.DSN)
			if r.code != 2 || !strings.Contains(r.stdout, "-- ferro/migrate plan ("+name) || !strings.Contains(r.stdout, "+ table everything") {
				t.Fatalf("diff -check: %+v", r)
			}
			ups, _ := filepath.Glob(filepath.Join(dir, "*_init.up.sql"))
			downs, _ := filepath.Glob(filepath.Join(dir, "*_init.down.sql"))
			if len(ups) != 1 || len(downs) != 1 {
				t.Fatalf("exported %v %v", ups, downs)
			}
			up, err := os.ReadFile(ups[0])
			if err != nil {
				t.Fatal(err)
			}
			if _, err := open(t, to).Exec(string(up)); err != nil {
				t.Fatalf("executing the exported up file: %v\n%s", err, up)
			}
			if r := ferro(t, "", "diff", "-check", "-destructive", from.DSN, to.DSN); r.code != 0 || !strings.Contains(r.stdout, "nothing to do") {
				t.Errorf("diff after the up file: %+v", r)
			}
		})
	}
	t.Run("sqlite to postgres", func(t *testing.T) {
		from := testdb.SQLite(t)
		from.DSN = strings.TrimPrefix(from.DSN, "file:")
		createVocabulary(t, from)
		to := testdb.Postgres(t)
		if r := ferro(t, "", "diff", "-check", from.DSN, to.DSN); r.code != 2 || !strings.Contains(r.stdout, "-- ferro/migrate plan (postgres") {
			t.Errorf("diff across engines: %+v", r)
		}
	})
	if r := ferro(t, "", "diff", "-write", t.TempDir(), "a.db", "b.db"); r.code != 1 || !strings.Contains(r.stderr, "-write and -name go together") {
		t.Errorf("-write without -name: %+v", r)
	}
}
