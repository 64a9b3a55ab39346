package engine

import (
	"context"
	"database/sql"
	"fmt"
	"testing"

	"github.com/ferrosql/ferro/internal/dialect/sqlite"
	"github.com/ferrosql/ferro/internal/testdb"
)

// The rebuild keeps every row, rowid, index, trigger, view and the foreign
// keys pointing at the table (issue 4: rebuild at most once, data exact).
func TestRebuild_Statements_keepsRowsRowidsAndObjects(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := testdb.SQLite(t)
	db := testdb.Open(t, e.RawDriver, e.DSN)
	setup := []string{
		`CREATE TABLE "p" ("code" TEXT NOT NULL PRIMARY KEY, "n" INTEGER)`,
		`CREATE TABLE "c" ("id" INTEGER PRIMARY KEY, "p_code" TEXT REFERENCES "p" ("code"))`,
		`CREATE INDEX "idx_p_n" ON "p" ("n")`,
		`CREATE TABLE "log" ("msg" TEXT)`,
		`CREATE TRIGGER "tr_p" AFTER INSERT ON "p" BEGIN INSERT INTO "log" VALUES (NEW."code"); END`,
		`CREATE VIEW "v_p" AS SELECT "code" FROM "p"`,
		`INSERT INTO "p" VALUES ('a', 1), ('b', NULL), ('c', 3)`,
		`DELETE FROM "p" WHERE "code" = 'b'`,
		`INSERT INTO "p" VALUES ('d', 4)`,
		`INSERT INTO "c" VALUES (1, 'a'), (2, 'd')`,
	}
	for _, s := range setup {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	before := dump(t, db, `SELECT rowid, "code", "n" FROM "p" ORDER BY rowid`)
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	objs, err := sqlite.Objects(ctx, conn)
	if err != nil {
		t.Fatal(err)
	}
	r := sqlite.Rebuild{
		Table:     "p",
		CreateNew: `CREATE TABLE "_ferro_new_p" ("code" TEXT NOT NULL PRIMARY KEY, "n" INTEGER NOT NULL DEFAULT 0)`,
		Copy:      []sqlite.CopyColumn{{Name: "code", Expr: `"code"`}, {Name: "n", Expr: `COALESCE("n", 0)`}},
		KeepRowid: true,
	}
	for _, o := range objs {
		switch {
		case o.Type == "index" && o.Table == "p":
			r.Indexes = append(r.Indexes, o.SQL)
		case o.Type != "index" && o.Mentions("p"):
			r.Dependents = append(r.Dependents, o)
		}
	}
	if len(r.Indexes) != 1 || len(r.Dependents) != 2 {
		t.Fatalf("indexes %v, dependents %v", r.Indexes, r.Dependents)
	}
	m := sqlite.Migrator{}
	restore, err := m.Prepare(ctx, conn)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := m.TryBegin(ctx, conn, 0); !ok || err != nil {
		t.Fatal(ok, err)
	}
	for _, s := range r.Statements() {
		if _, err := conn.ExecContext(ctx, s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	if err := m.BeforeCommit(ctx, conn); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		t.Fatal(err)
	}
	if err := restore(ctx); err != nil {
		t.Fatal(err)
	}
	if after := dump(t, db, `SELECT rowid, "code", "n" FROM "p" ORDER BY rowid`); after != before {
		t.Errorf("rows changed:\n%s\n%s", before, after)
	}
	var n int
	db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name IN ('idx_p_n', 'tr_p', 'v_p')`).Scan(&n)
	if n != 3 {
		t.Errorf("%d of index, trigger, view survived", n)
	}
	if got := dump(t, db, `SELECT "table", "from", "to" FROM pragma_foreign_key_list('c')`); got != "p p_code code\n" {
		t.Errorf("fk of c = %q", got)
	}
	if _, err := db.Exec(`INSERT INTO "p" ("code") VALUES ('e')`); err != nil {
		t.Fatal(err)
	}
	if got := dump(t, db, `SELECT "msg" FROM "log"`); got != "a\nb\nc\nd\ne\n" { // the copy did not fire it
		t.Errorf("trigger log = %q", got)
	}
}

func dump(t *testing.T, db *sql.DB, q string) string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	out := ""
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		for i, v := range vals {
			if i > 0 {
				out += " "
			}
			switch v := v.(type) {
			case nil:
				out += "NULL"
			case []byte:
				out += string(v)
			default:
				out += fmtAny(v)
			}
		}
		out += "\n"
	}
	return out
}

func fmtAny(v any) string { return fmt.Sprint(v) }
