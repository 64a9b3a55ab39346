package tests

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"go/format"
	"os"
	osexec "os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/command"
	"github.com/ferrosql/ferro/internal/dialect/postgres"
	"github.com/ferrosql/ferro/internal/dialect/sqlite"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

// The acceptance test of issue 17: every database of the adoption corpus
// (testdata/corpus, made by other tools) is adopted as a new user would.
// `ferro gen` describes it without -partial; the generated code compiles
// in a module of its own; FromModels of it equals Inspect; Migrate at the
// create, updates and destructive levels executes nothing; a model with
// one field more plans exactly one added column; and the database's rows,
// foreign keys, tables and indexes are the same after each step.
//
// "Executes nothing" is proven outside ferro, by the engine: on SQLite an
// authorizer on every connection of the program that migrates
// (modernc.org/sqlite's RegisterAuthorizer, called by SQLite as it
// compiles each statement) records every action but reads, pragmas,
// functions and transactions, and none may be recorded; on PostgreSQL the
// corpus database is a database of its own with an event trigger that
// logs every DDL command any session runs in it (pg_stat_statements is
// not loaded on the test server, and would need a restart), and none may
// be logged. Both engines' schema fingerprints (ferro's, and one the test
// computes from the catalog: sqlite_schema and PRAGMA schema_version on
// SQLite; relations with their file nodes, columns, defaults, constraints,
// indexes, triggers, types and functions on PostgreSQL) stay the same.

// adoptChecker is the program run on the generated models, one step per
// run, against one database; it prints a JSON report.
const adoptChecker = `package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"sync"

	msqlite "modernc.org/sqlite"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
%s)

var packages = map[string][]any{
%s}

type report struct {
	Err        string   ` + "`json:\"err\"`" + `
	Mismatches []string ` + "`json:\"mismatches\"`" + `
	Writes     []string ` + "`json:\"writes\"`" + `
	Changes    []string ` + "`json:\"changes\"`" + `
	Plan       string   ` + "`json:\"plan\"`" + `
}

func main() {
	mode, pkg, drv, dsn := os.Args[1], os.Args[2], os.Args[3], os.Args[4]
	var mu sync.Mutex
	var r report
	if drv == "ferro-sqlite" {
		msqlite.RegisterConnectionHook(func(c msqlite.ExecQuerierContext, _ string) error {
			return c.(msqlite.AuthorizerRegisterer).RegisterAuthorizer(func(a msqlite.AuthorizerActionCode, a1, a2, db, trigger string) msqlite.AuthorizerReturnCode {
				switch a {
				case msqlite.AuthRead, msqlite.AuthSelect, msqlite.AuthPragma, msqlite.AuthFunction, msqlite.AuthTransaction, msqlite.AuthSavepoint, msqlite.AuthRecursive:
				default:
					mu.Lock()
					r.Writes = append(r.Writes, fmt.Sprintf("action %%d on %%s %%s", a, a1, a2))
					mu.Unlock()
				}
				return msqlite.AuthorizerOK
			})
		})
	}
	ctx := context.Background()
	db, err := sql.Open(drv, dsn)
	if err != nil {
		panic(err)
	}
	models := packages[pkg]
	var opts []migrate.Option
	switch mode {
	case "match":
		want, err := catalog.FromModels(models...)
		if err != nil {
			r.Err = err.Error()
			break
		}
		live, err := catalog.Inspect(ctx, db)
		if err != nil {
			r.Err = err.Error()
			break
		}
		stored, _ := catalog.ForDialect(want, schema.Dialect(map[string]string{"ferro-sqlite": "sqlite", "ferro-postgres": "postgres"}[drv]))
		r.Mismatches = schema.Mismatches(stored, live)
	case "destructive":
		opts = append(opts, migrate.AllowDestructive())
		fallthrough
	case "updates":
		opts = append(opts, migrate.AllowUpdates())
		fallthrough
	case "create":
		if p, err := migrate.NewPlan(ctx, db, models, opts...); err != nil {
			r.Err = err.Error()
		} else {
			r.Plan = p.String()
			for _, c := range p.Changes() {
				r.Changes = append(r.Changes, fmt.Sprintf("%%T %%s", c, c))
			}
		}
		mu.Lock()
		r.Writes = nil // planning reads only; what Migrate runs is what counts
		mu.Unlock()
		if err := ferro.Migrate(db, models, opts...); err != nil {
			r.Err = err.Error()
		}
	case "add":
		p, err := migrate.NewPlan(ctx, db, models, migrate.AllowUpdates())
		if err != nil {
			r.Err = err.Error()
			break
		}
		r.Plan = p.String()
		for _, c := range p.Changes() {
			r.Changes = append(r.Changes, fmt.Sprintf("%%T %%s", c, c))
		}
		mu.Lock()
		r.Writes = nil
		mu.Unlock()
		if err := p.Apply(ctx, db); err != nil {
			r.Err = err.Error()
		}
	}
	db.Close()
	mu.Lock()
	defer mu.Unlock()
	json.NewEncoder(os.Stdout).Encode(r)
}
`

type adoptReport struct {
	Err        string   `json:"err"`
	Mismatches []string `json:"mismatches"`
	Writes     []string `json:"writes"`
	Changes    []string `json:"changes"`
	Plan       string   `json:"plan"`
}

// adoptDB is one corpus database being adopted.
type adoptDB struct {
	c   corpusDB
	e   testdb.Engine
	pkg string // the generated package; pkg+"_add" has one field more
	src string
}

func TestCorpus_adopt(t *testing.T) {
	t.Parallel()
	// The databases are the parent test's, so that they outlive the
	// generation and serve every step after the one build.
	var dbs []*adoptDB
	for _, c := range corpus {
		a := &adoptDB{c: c, pkg: strings.ReplaceAll(strings.TrimSuffix(c.file, ".sql"), ".", "_")}
		a.e = loadAdoptDB(t, c)
		var out, errOut bytes.Buffer
		code := command.Run(context.Background(), command.Env{Stdout: &out, Stderr: &errOut}, []string{"gen", "-pkg", a.pkg, a.e.DSN})
		if code != command.ExitOK {
			t.Errorf("%s: ferro gen (no -partial): exit %d\n%s", c.file, code, errOut.String())
			continue
		}
		a.src = out.String()
		dbs = append(dbs, a)
	}
	if t.Failed() {
		return
	}
	checker := buildAdoptChecker(t, dbs)
	for _, a := range dbs {
		t.Run(a.c.file, func(t *testing.T) {
			t.Parallel()
			a.adopt(t, checker)
		})
	}
}

// loadAdoptDB loads c into a database of its own: on PostgreSQL a whole
// database, whose event trigger then logs every DDL command run in it.
func loadAdoptDB(t *testing.T, c corpusDB) testdb.Engine {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "corpus", c.file))
	if err != nil {
		t.Fatal(err)
	}
	var e testdb.Engine
	if c.engine() == "sqlite" {
		e = testdb.SQLite(t)
	} else {
		e = testdb.PostgresDatabase(t)
		e.Schema = "public"
	}
	loadSQL(t, e, c.file, string(b))
	if e.Name == schema.Postgres {
		db := testdb.Open(t, e.RawDriver, e.DSN)
		for _, s := range []string{
			`CREATE SCHEMA ferro_audit`,
			`CREATE TABLE ferro_audit.ddl (tag text NOT NULL, query text NOT NULL)`,
			`CREATE FUNCTION ferro_audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO ferro_audit.ddl VALUES (tg_tag, current_query());
END $$`,
			`CREATE EVENT TRIGGER ferro_audit_ddl ON ddl_command_start EXECUTE FUNCTION ferro_audit.log_ddl()`,
		} {
			if _, err := db.Exec(s); err != nil {
				t.Fatalf("%s: %v", s, err)
			}
		}
	}
	return e
}

// buildAdoptChecker writes every generated package, and each with one
// field more, in a module of its own that requires this repository, checks
// gofmt and builds the checker program (one build: linking the drivers
// dominates).
func buildAdoptChecker(t *testing.T, dbs []*adoptDB) string {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "go.mod"), fmt.Sprintf("module adopt\n\ngo 1.26\n\nrequire github.com/ferrosql/ferro v0.0.0\n\nreplace github.com/ferrosql/ferro => %s\n", root))
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "go.sum"), string(sum))
	var imports, list strings.Builder
	var dirs []string
	for _, a := range dbs {
		for _, p := range []struct{ name, src string }{{a.pkg, a.src}, {a.pkg + "_add", addField(t, a.src, a.pkg, a.pkg+"_add")}} {
			writeFile(t, filepath.Join(dir, p.name, "models.go"), p.src)
			dirs = append(dirs, filepath.Join(dir, p.name))
			fmt.Fprintf(&imports, "\t%q\n", "adopt/"+p.name)
			fmt.Fprintf(&list, "\t%q: %s.Models,\n", p.name, p.name)
		}
	}
	writeFile(t, filepath.Join(dir, "main.go"), fmt.Sprintf(adoptChecker, imports.String(), list.String()))
	goroot, err := osexec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	gofmt := filepath.Join(strings.TrimSpace(string(goroot)), "bin", "gofmt")
	if out, err := osexec.Command(gofmt, append([]string{"-l"}, dirs...)...).CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("gofmt -l of the generated code: %s %v", out, err)
	}
	build := osexec.Command("go", "build", "-o", "checker", ".")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	start := time.Now()
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("the generated code does not build: %v\n%s", err, out)
	}
	t.Logf("go build of %d generated packages and the checker: %s", len(dirs), time.Since(start).Round(time.Millisecond))
	return filepath.Join(dir, "checker")
}

// addField returns src, package from, as package to with one field more
// (a nullable text column ferro_added) in its first model.
func addField(t *testing.T, src, from, to string) string {
	t.Helper()
	i := strings.Index(src, " struct {\n")
	if i < 0 {
		t.Fatalf("package %s has no struct", from)
	}
	j := strings.Index(src[i:], "\n}\n")
	out := src[:i+j] + "\n\tFerroAdded *string `ferro:\"ferro_added\"`" + src[i+j:]
	b, err := format.Source([]byte(strings.Replace(out, "\npackage "+from+"\n", "\npackage "+to+"\n", 1)))
	if err != nil {
		t.Fatalf("package %s with a field more: %v", to, err)
	}
	return string(b)
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// run runs one step of the checker on a's database.
func (a *adoptDB) run(t *testing.T, checker, mode, pkg string) adoptReport {
	t.Helper()
	out, err := osexec.Command(checker, mode, pkg, a.e.FerroDriver, a.e.DSN).Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*osexec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("checker %s %s: %v\n%s", mode, pkg, err, stderr)
	}
	var r adoptReport
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("checker %s %s: %v: %s", mode, pkg, err, out)
	}
	return r
}

// state is what must not change while nothing is executed.
type adoptState struct {
	counts                 schemaCounts
	fingerprint, catalogFP string
}

func (a *adoptDB) state(t *testing.T) adoptState {
	t.Helper()
	ctx := context.Background()
	db := testdb.Open(t, a.e.RawDriver, a.e.DSN)
	s := adoptState{counts: countSchema(t, a.e)}
	var fp []byte
	var err error
	if a.e.Name == schema.SQLite {
		fp, err = sqlite.Dialect{}.Fingerprint(ctx, db)
		var version int64
		if err == nil {
			err = db.QueryRowContext(ctx, `PRAGMA schema_version`).Scan(&version)
		}
		s.catalogFP = fmt.Sprint("schema_version ", version)
	} else {
		fp, err = postgres.Dialect{}.Fingerprint(ctx, db)
		if err == nil {
			err = db.QueryRowContext(ctx, pgCatalogFingerprint).Scan(&s.catalogFP)
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	s.fingerprint = hex.EncodeToString(fp)
	return s
}

// pgCatalogFingerprint hashes, for the schema public, what any DDL
// changes: relations with their file nodes (a rewrite changes one),
// columns, defaults, constraints, indexes, triggers, types and functions.
const pgCatalogFingerprint = `SELECT md5(coalesce(string_agg(x, E'\n' ORDER BY x), '')) FROM (
	SELECT format('rel %s %s %s %s', c.relname, c.relkind, c.relfilenode, c.relnatts) AS x FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace
	UNION ALL SELECT format('att %s %s %s %s %s %s %s', c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity, a.attisdropped)
		FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relnamespace = 'public'::regnamespace AND a.attnum > 0
	UNION ALL SELECT format('def %s %s %s', c.relname, d.adnum, pg_get_expr(d.adbin, d.adrelid)) FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid WHERE c.relnamespace = 'public'::regnamespace
	UNION ALL SELECT format('con %s %s %s %s', c.relname, k.conname, pg_get_constraintdef(k.oid), k.convalidated) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE c.relnamespace = 'public'::regnamespace
	UNION ALL SELECT format('idx %s %s', pg_get_indexdef(x.indexrelid), x.indisvalid) FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid WHERE c.relnamespace = 'public'::regnamespace
	UNION ALL SELECT format('trg %s', pg_get_triggerdef(g.oid)) FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid WHERE c.relnamespace = 'public'::regnamespace
	UNION ALL SELECT format('typ %s %s', t.typname, t.typtype) FROM pg_type t WHERE t.typnamespace = 'public'::regnamespace
	UNION ALL SELECT format('fn %s', p.oid::regprocedure) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
) s`

// ddlLog is what the event trigger logged (PostgreSQL), emptied.
func (a *adoptDB) ddlLog(t *testing.T) []string {
	t.Helper()
	if a.e.Name != schema.Postgres {
		return nil
	}
	db := testdb.Open(t, a.e.RawDriver, a.e.DSN)
	rows, err := db.Query(`DELETE FROM ferro_audit.ddl RETURNING tag || ': ' || query`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

func (a *adoptDB) adopt(t *testing.T, checker string) {
	a.inspectJSON(t)
	before := a.state(t)
	if r := a.run(t, checker, "match", a.pkg); r.Err != "" || len(r.Mismatches) > 0 {
		t.Fatalf("FromModels(generated) != Inspect(db): %s\n  %s", r.Err, strings.Join(r.Mismatches, "\n  "))
	}
	for _, level := range []string{"create", "updates", "destructive"} {
		r := a.run(t, checker, level, a.pkg)
		if r.Err != "" || len(r.Changes) > 0 || len(r.Writes) > 0 {
			t.Errorf("Migrate at the %s level: error %q, changes %q, writes %q\n%s", level, r.Err, r.Changes, r.Writes, r.Plan)
		}
		if log := a.ddlLog(t); len(log) > 0 {
			t.Errorf("Migrate at the %s level ran DDL: %q", level, log)
		}
		if after := a.state(t); after != before {
			t.Errorf("after Migrate at the %s level: %+v, before %+v", level, after, before)
		}
	}
	r := a.run(t, checker, "add", a.pkg+"_add")
	if r.Err != "" || len(r.Changes) != 1 || !strings.HasPrefix(r.Changes[0], "*schema.AddColumn ") || !strings.Contains(r.Changes[0], "ferro_added") {
		t.Fatalf("one field more: error %q, changes %q\n%s", r.Err, r.Changes, r.Plan)
	}
	// The witnesses see what ferro runs: the event trigger one ALTER
	// TABLE, the authorizer an ALTER TABLE action (SQLITE_ALTER_TABLE);
	// besides, the first plan that executes something may create ferro's
	// bookkeeping table, to record what it owns (docs/migrations.md,
	// "Ownership": here the objects another tool named as ferro names
	// them, GORM's idx_<table>_<column>).
	log := slices.DeleteFunc(a.ddlLog(t), func(s string) bool { return strings.Contains(s, `"ferro_objects"`) })
	if a.e.Name == schema.Postgres && (len(log) != 1 || !strings.HasPrefix(log[0], "ALTER TABLE: ")) {
		t.Errorf("one field more ran DDL %q, want one ALTER TABLE", log)
	}
	if a.e.Name == schema.SQLite && !slices.ContainsFunc(r.Writes, func(w string) bool { return strings.HasPrefix(w, "action 26 ") }) {
		t.Errorf("one field more: the authorizer saw %q, no ALTER TABLE", r.Writes)
	}
	after := a.state(t)
	if after.counts != before.counts {
		t.Errorf("one field more: counts %+v, before %+v", after.counts, before.counts)
	}
	if after.fingerprint == before.fingerprint || after.catalogFP == before.catalogFP {
		t.Error("one field more: the schema fingerprints did not change")
	}
	if r := a.run(t, checker, "match", a.pkg+"_add"); r.Err != "" || len(r.Mismatches) > 0 {
		t.Errorf("after the added column, FromModels != Inspect: %s\n  %s", r.Err, strings.Join(r.Mismatches, "\n  "))
	}
	t.Logf("%s: %d tables, %d foreign keys, %d indexes, %d rows: generated, compiled, FromModels == Inspect, create/updates/destructive executed nothing, one field more added one column", a.c.file, before.counts.tables, before.counts.fks, before.counts.idx, before.counts.rows)
}

// inspectJSON checks that `ferro inspect -json` of the database reads back
// to catalog.Inspect, partitions and all.
func (a *adoptDB) inspectJSON(t *testing.T) {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := command.Run(context.Background(), command.Env{Stdout: &out, Stderr: &errOut}, []string{"inspect", "-json", a.e.DSN}); code != command.ExitOK {
		t.Fatalf("ferro inspect -json: exit %d\n%s", code, errOut.String())
	}
	var c command.Catalog
	if err := json.Unmarshal(out.Bytes(), &c); err != nil {
		t.Fatal(err)
	}
	got, err := c.Schema()
	if err != nil {
		t.Fatal(err)
	}
	live, err := catalog.Inspect(context.Background(), testdb.Open(t, a.e.RawDriver, a.e.DSN))
	if err != nil {
		t.Fatal(err)
	}
	if mm := schema.Mismatches(got, live); len(mm) > 0 {
		t.Errorf("ferro inspect -json differs from catalog.Inspect:\n  %s", strings.Join(mm, "\n  "))
	}
	partitions := 0
	for _, lt := range live.Tables {
		partitions += len(lt.Partitions)
		if jt, _ := got.Table(lt.Name); jt == nil || !slices.Equal(jt.Partitions, lt.Partitions) {
			t.Errorf("ferro inspect -json: table %s: partitions %v, want %v", lt.Name, jt, lt.Partitions)
		}
	}
	// Partitions are their parent's, never tables; views are listed, in
	// the generated file too.
	counts := countSchema(t, a.e)
	if len(live.Tables)+partitions != counts.tables || len(live.Views) != counts.views {
		t.Errorf("Inspect reads %d tables with %d partitions and %d views; the engine has %d tables (partitions included) and %d views", len(live.Tables), partitions, len(live.Views), counts.tables, counts.views)
	}
	for _, v := range live.Views {
		if !strings.Contains(a.src, "//   - "+v+"\n") {
			t.Errorf("the generated file does not list view %s", v)
		}
	}
	if a.c.file == "partman.postgres.sql" && partitions == 0 {
		t.Error("partman: Inspect read no partitions")
	}
}
