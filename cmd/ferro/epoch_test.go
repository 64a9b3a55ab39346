package main

import (
	"database/sql"
	"strings"
	"testing"
	"time"

	ferrosql "github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
)

// TestEpochBump runs `ferro epoch bump` as a user would: a listening pool on
// the same Postgres database advances its epoch without running a statement.
// It uses a database of its own, since notifications are database-wide and
// other tests run DDL at the same time.
func TestEpochBump(t *testing.T) {
	e := testdb.PostgresDatabase(t)
	dsn := e.DSN + "?ferro_listen=on"
	if strings.Contains(e.DSN, "?") {
		dsn = e.DSN + "&ferro_listen=on"
	}
	db, err := sql.Open("ferro-postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Ping(); err != nil {
		t.Fatal(err)
	}
	before, err := ferrosql.SchemaEpoch(db)
	if err != nil {
		t.Fatal(err)
	}
	r := ferro(t, "", "epoch", "bump", e.DSN)
	if r.code != 0 || !strings.Contains(r.stdout, "published a schema change") {
		t.Fatalf("ferro epoch bump: %+v", r)
	}
	deadline := time.Now().Add(2 * time.Second)
	for {
		v, err := ferrosql.SchemaEpoch(db)
		if err != nil {
			t.Fatal(err)
		}
		if v > before {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the listening pool's epoch is still %d after ferro epoch bump", v)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestEpochBump_SQLiteAndUsage: SQLite has no fleet epoch, so the command
// fails saying so rather than doing nothing silently; usage errors exit 1.
func TestEpochBump_SQLiteAndUsage(t *testing.T) {
	e := testdb.SQLite(t)
	path := strings.TrimPrefix(e.DSN, "file:")
	db, err := sql.Open("ferro-sqlite", e.DSN)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE t (id integer)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if r := ferro(t, "", "epoch", "bump", path); r.code != 1 || !strings.Contains(r.stderr, "has no fleet epoch") {
		t.Errorf("epoch bump on sqlite: %+v", r)
	}
	if r := ferro(t, "", "epoch", "frob", path); r.code != 1 || !strings.Contains(r.stderr, "unknown action") {
		t.Errorf("epoch frob: %+v", r)
	}
	if r := ferro(t, "", "epoch", "-h"); r.code != 0 || !strings.Contains(r.stdout, "Usage: ferro epoch bump DSN") {
		t.Errorf("epoch -h: %+v", r)
	}
}
