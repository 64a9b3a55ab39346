package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
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

var vocabulary = []any{Account{}, Everything{}, Tag{}, Tagging{}}

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
	for _, sub := range []string{"inspect", "gen"} {
		r := ferro(t, "", sub, "-h")
		if r.code != 0 || !strings.Contains(r.stdout, "Usage: ferro "+sub) {
			t.Errorf("ferro %s -h: %+v", sub, r)
		}
		if r := ferro(t, "", "help", sub); r.code != 0 || !strings.Contains(r.stdout, "Usage: ferro "+sub) {
			t.Errorf("ferro help %s: %+v", sub, r)
		}
		if r := ferro(t, "", sub); r.code != 1 || !strings.Contains(r.stderr, "want 1 argument") {
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
			if mm := catalog.Mismatches(want, got); len(mm) > 0 {
				t.Errorf("inspect -json differs from catalog.Inspect:\n%s", strings.Join(mm, "\n"))
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
			if mm := catalog.Mismatches(want, got2); len(mm) > 0 {
				t.Errorf("schema from replayed inspect output differs:\n%s", strings.Join(mm, "\n"))
			}
		})
	}
}
