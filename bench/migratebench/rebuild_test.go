package migratebench

import (
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// The SQLite rebuild benchmark: a 1,000,000-row table gets an enum CHECK on
// an existing column, which SQLite's ALTER TABLE cannot add, so ferro
// rebuilds the table (new table, copy, drop, rename, foreign_key_check) in
// one transaction. The baselines do the same copy by hand on the same file.

// rebuildRows is the size of the rebuilt table.
const rebuildRows = 1_000_000

type bigV1 struct {
	ID     int64   `ferro:"id,pk"`
	Name   string  `ferro:"name"`
	Qty    int64   `ferro:"qty"`
	Status string  `ferro:"status"`
	Note   *string `ferro:"note"`
}

func (bigV1) TableName() string { return "big" }

type bigStatus string

func (bigStatus) Values() []string { return []string{"new", "paid", "shipped"} }

type bigV2 struct {
	ID     int64     `ferro:"id,pk"`
	Name   string    `ferro:"name"`
	Qty    int64     `ferro:"qty"`
	Status bigStatus `ferro:"status"`
	Note   *string   `ferro:"note"`
}

func (bigV2) TableName() string { return "big" }

// templateDir holds the 1M-row template, built once per process (building
// it takes seconds) and copied before each iteration.
var (
	templateOnce sync.Once
	templatePath string
	templateErr  error
	templateDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if templateDir != "" {
		os.RemoveAll(templateDir)
	}
	os.Exit(code)
}

func rebuildTemplate(b *testing.B) string {
	b.Helper()
	templateOnce.Do(func() {
		templateDir, templateErr = os.MkdirTemp("", "ferro-rebuild-bench-")
		if templateErr != nil {
			return
		}
		templatePath = filepath.Join(templateDir, "template.db")
		db, err := sql.Open("ferro-sqlite", "file:"+templatePath)
		if err != nil {
			templateErr = err
			return
		}
		defer db.Close()
		if templateErr = ferro.Migrate(db, []any{bigV1{}}); templateErr != nil {
			return
		}
		_, templateErr = db.Exec(fmt.Sprintf(`INSERT INTO big (name, qty, status, note)
WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < %d)
SELECT 'customer-' || x, x * 7, CASE x %% 3 WHEN 0 THEN 'new' WHEN 1 THEN 'paid' ELSE 'shipped' END,
	CASE WHEN x %% 5 = 0 THEN NULL ELSE 'note ' || x END
FROM s`, rebuildRows))
	})
	if templateErr != nil {
		b.Fatalf("build the %d-row template: %v", rebuildRows, templateErr)
	}
	return templatePath
}

func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// bigV2Create is the CREATE TABLE ferro renders for bigV2, under another
// name: the bare baselines copy into exactly the table ferro builds.
func bigV2Create(b *testing.B, name string) string {
	b.Helper()
	s, err := catalog.FromModels(bigV2{})
	if err != nil {
		b.Fatal(err)
	}
	stmts, err := catalog.Render(s, schema.SQLite)
	if err != nil {
		b.Fatal(err)
	}
	if len(stmts) != 1 || !strings.HasPrefix(stmts[0], `CREATE TABLE "big" (`) {
		b.Fatalf("unexpected rendering of bigV2: %q", stmts)
	}
	return `CREATE TABLE "` + name + `" (` + strings.TrimPrefix(stmts[0], `CREATE TABLE "big" (`)
}

func BenchmarkMigrateRebuild1M(b *testing.B) {
	bare := func(b *testing.B, db *sql.DB, withSwap bool) error {
		stmts := []string{"BEGIN IMMEDIATE", bigV2Create(b, "big_new"), `INSERT INTO "big_new" SELECT * FROM "big"`}
		if withSwap {
			stmts = append(stmts, `DROP TABLE "big"`, `ALTER TABLE "big_new" RENAME TO "big"`)
		}
		stmts = append(stmts, "COMMIT")
		conn, err := db.Conn(b.Context())
		if err != nil {
			return err
		}
		defer conn.Close()
		for _, s := range stmts {
			if _, err := conn.ExecContext(b.Context(), s); err != nil {
				return fmt.Errorf("%s: %w", s, err)
			}
		}
		return nil
	}
	cases := []struct {
		tool string
		op   func(b *testing.B, db *sql.DB) error
	}{
		{"ferro", func(b *testing.B, db *sql.DB) error { return ferro.Migrate(db, []any{bigV2{}}, migrate.AllowUpdates()) }},
		// The brief's baseline: CREATE TABLE new; INSERT INTO new SELECT * FROM old.
		{"bare-copy", func(b *testing.B, db *sql.DB) error { return bare(b, db, false) }},
		// The copy plus the DROP and RENAME that complete a rebuild.
		{"bare-rebuild", func(b *testing.B, db *sql.DB) error { return bare(b, db, true) }},
	}
	for _, tc := range cases {
		b.Run("engine=sqlite/rows=1M/tool="+tc.tool, func(b *testing.B) {
			tmpl := rebuildTemplate(b)
			dir := b.TempDir()
			var total = struct{ rt, ddl int64 }{}
			b.ResetTimer()
			for i := range b.N {
				b.StopTimer()
				path := filepath.Join(dir, fmt.Sprintf("rebuild%d.db", i))
				if err := copyFile(path, tmpl); err != nil {
					b.Fatal(err)
				}
				db, cc := openFerroSQLite(b, sqliteDSN(path))
				c0 := cc.Counts()
				b.StartTimer()
				if err := tc.op(b, db); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				d := cc.Counts().Sub(c0)
				total.rt += d.RoundTrips
				total.ddl += d.DDL
				var n int64
				if err := db.QueryRow(`SELECT count(*) FROM big`).Scan(&n); err != nil || n != rebuildRows {
					b.Fatalf("after %s: %d rows (%v)", tc.tool, n, err)
				}
				db.Close()
				os.Remove(path)
			}
			b.ReportMetric(float64(total.rt)/float64(b.N), "roundtrips/op")
			b.ReportMetric(float64(total.ddl)/float64(b.N), "ddl/op")
		})
	}
}
