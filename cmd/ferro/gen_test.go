package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
)

// checkReport is what the checker program prints for one generated
// package: FromModels of its Models against Inspect of the database, and
// the destructive-level plan of migrate.NewPlan.
type checkReport struct {
	Package    string   `json:"package"`
	ModelsErr  string   `json:"models_err"`
	Mismatches []string `json:"mismatches"`
	PlanErr    string   `json:"plan_err"`
	Plan       string   `json:"plan"`
	PlanEmpty  bool     `json:"plan_empty"`
}

const checkerMain = `package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"strings"

	_ "github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
%s)

type report struct {
	Package    string   ` + "`json:\"package\"`" + `
	ModelsErr  string   ` + "`json:\"models_err\"`" + `
	Mismatches []string ` + "`json:\"mismatches\"`" + `
	PlanErr    string   ` + "`json:\"plan_err\"`" + `
	Plan       string   ` + "`json:\"plan\"`" + `
	PlanEmpty  bool     ` + "`json:\"plan_empty\"`" + `
}

func main() {
	ctx := context.Background()
	drivers, dsns := map[string]string{}, map[string]string{}
	for _, a := range os.Args[1:] {
		p := strings.SplitN(a, "=", 3) // package=driver=dsn
		drivers[p[0]], dsns[p[0]] = p[1], p[2]
	}
	var out []report
	for _, p := range []struct {
		name   string
		models []any
	}{%s} {
		db, err := sql.Open(drivers[p.name], dsns[p.name])
		if err != nil {
			panic(err)
		}
		live, err := catalog.Inspect(ctx, db)
		if err != nil {
			panic(err)
		}
		r := report{Package: p.name}
		want, err := catalog.FromModels(p.models...)
		if err != nil {
			r.ModelsErr = err.Error()
		} else {
			r.Mismatches = schema.Mismatches(want, live)
			plan, err := migrate.NewPlan(ctx, db, p.models, migrate.AllowDestructive())
			if err != nil {
				r.PlanErr = err.Error()
			} else {
				r.Plan, r.PlanEmpty = plan.String(), plan.Empty()
			}
		}
		out = append(out, r)
		db.Close()
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
`

// generated is one generated file and the database it describes.
type generated struct {
	src string
	db  testdb.Engine
}

// checkGenerated compiles the generated files (by package name) in a
// module of their own that requires this repository, checks gofmt, and runs
// a program comparing FromModels of each with Inspect of its database (one
// build per call: linking the drivers dominates the test's time).
func checkGenerated(t *testing.T, pkgs map[string]generated) map[string]checkReport {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	gomod := fmt.Sprintf("module genparity\n\ngo 1.26\n\nrequire github.com/ferrosql/ferro v0.0.0\n\nreplace github.com/ferrosql/ferro => %s\n", root)
	write(t, filepath.Join(dir, "go.mod"), gomod)
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "go.sum"), string(sum))
	var names []string
	for n := range pkgs {
		names = append(names, n)
	}
	sort.Strings(names)
	var imports, list strings.Builder
	for _, n := range names {
		write(t, filepath.Join(dir, n, "models.go"), pkgs[n].src)
		fmt.Fprintf(&imports, "\t%q\n", "genparity/"+n)
		fmt.Fprintf(&list, "{%q, %s.Models}, ", n, n)
	}
	write(t, filepath.Join(dir, "main.go"), fmt.Sprintf(checkerMain, imports.String(), list.String()))
	for i, n := range names {
		names[i] = filepath.Join(dir, n)
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	gofmt := filepath.Join(strings.TrimSpace(string(goroot)), "bin", "gofmt")
	if out, err := exec.Command(gofmt, append([]string{"-l"}, names...)...).CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("gofmt -l: %s %v", out, err)
	}
	run := func(args ...string) []byte {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
		start := time.Now()
		out, err := cmd.CombinedOutput()
		t.Logf("go %s: %s", args[0], time.Since(start))
		if err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return out
	}
	run("build", "-o", "checker", ".")
	var args []string
	for n, g := range pkgs {
		args = append(args, n+"="+g.db.FerroDriver+"="+g.db.DSN)
	}
	out, err := exec.Command(filepath.Join(dir, "checker"), args...).Output()
	if err != nil {
		t.Fatalf("checker: %v", err)
	}
	var reports []checkReport
	if err := json.Unmarshal(out, &reports); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	m := map[string]checkReport{}
	for _, r := range reports {
		m[r.Package] = r
	}
	return m
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func exact(t *testing.T, r checkReport) {
	t.Helper()
	if r.ModelsErr != "" || len(r.Mismatches) > 0 || r.PlanErr != "" || !r.PlanEmpty {
		t.Errorf("package %s: FromModels(generated) != Inspect(db):\nmodels: %s\nmismatches:\n  %s\nplan error: %s\nplan:\n%s",
			r.Package, r.ModelsErr, strings.Join(r.Mismatches, "\n  "), r.PlanErr, r.Plan)
	}
}

// TestGen generates models on both engines for the vocabulary schema and
// for hand-written schemas (genParity, genHandWritten) and checks them all
// with one build of one checker program (linking the drivers dominates).
func TestGen(t *testing.T) {
	t.Parallel()
	pkgs := map[string]generated{}
	checks := map[string]func(checkReport){}
	for name, mk := range engines(t) {
		genParity(t, name, mk, pkgs, checks)
		genHandWritten(t, name, mk, pkgs, checks)
	}
	reports := checkGenerated(t, pkgs)
	for p, check := range checks {
		check(reports[p])
	}
}

// genParity generates models for the vocabulary schema (every type,
// composite keys and indexes, foreign keys with actions, enums) with both
// null styles, to be compiled and checked: FromModels(generated) ==
// Inspect(db) and a destructive-level plan is empty.
func genParity(t *testing.T, name string, mk func(*testing.T) testdb.Engine, pkgs map[string]generated, checks map[string]func(checkReport)) {
	e := mk(t)
	createVocabulary(t, e)
	dir := t.TempDir()
	ptrFile := filepath.Join(dir, "ptr.go")
	ptr, sqlnull := "ptr_"+name, "sqlnull_"+name
	if r := ferro(t, "", "gen", "-pkg", ptr, "-o", ptrFile, e.DSN); r.code != 0 {
		t.Fatalf("%s: gen: %+v", name, r)
	}
	r := ferro(t, "", "gen", e.DSN, "-pkg", sqlnull, "-null", "sql")
	if r.code != 0 {
		t.Fatalf("%s: gen -null sql: %+v", name, r)
	}
	ptrSrc, err := os.ReadFile(ptrFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"decimal.Decimal", "uuid.UUID", "json.RawMessage", "*time.Time", "[]decimal.Decimal", "type=numeric(12,2)[],nullable", "type=jsontext", "type=timestamptz(0)", `fk=account.id,on_delete=set null,on_update=cascade`, "func (EverythingMood) Values() []string", `"it's ok"`} {
		if !strings.Contains(string(ptrSrc), want) {
			t.Errorf("%s: generated code lacks %q:\n%s", name, want, ptrSrc)
		}
	}
	for _, want := range []string{"sql.NullString", "sql.Null[float32]", "decimal.NullDecimal", "uuid.NullUUID", "sql.Null[EverythingMood2]", "sql.NullTime"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("%s: generated code (-null sql) lacks %q", name, want)
		}
	}
	pkgs[ptr], pkgs[sqlnull] = generated{string(ptrSrc), e}, generated{r.stdout, e}
	checks[ptr] = func(r checkReport) { exact(t, r) }
	checks[sqlnull] = func(r checkReport) { exact(t, r) }
	// -check: up to date exits 0, stale exits 2.
	if r := ferro(t, "", "gen", "-pkg", ptr, "-o", ptrFile, "-check", e.DSN); r.code != 0 {
		t.Errorf("%s: gen -check on a fresh file: %+v", name, r)
	}
	write(t, ptrFile, string(ptrSrc)+"\n// edited\n")
	if r := ferro(t, "", "gen", "-pkg", ptr, "-o", ptrFile, "-check", e.DSN); r.code != 2 || !strings.Contains(r.stderr, "not up to date") {
		t.Errorf("%s: gen -check on a stale file: %+v", name, r)
	}
	// -tables: a subset closed under foreign keys generates; one that
	// leaves a referenced table out says which to add.
	if r := ferro(t, "", "gen", "-tables", "account,tag", e.DSN); r.code != 0 || strings.Contains(r.stdout, "type Tagging ") {
		t.Errorf("%s: gen -tables account,tag: %+v", name, r)
	}
	if r := ferro(t, "", "gen", "-tables", "tagging", e.DSN); r.code != 1 || !strings.Contains(r.stderr, `references table "tag", which is not generated; add it to -tables`) {
		t.Errorf("%s: gen -tables tagging: %+v", name, r)
	}
}

// handWritten is DDL written the way people write it, with ferro's
// constraint names, for each engine: the spellings of issue 11's adoption
// case (INTEGER PRIMARY KEY, TIMESTAMP, NUMERIC(12,2), VARCHAR(32), CHECK IN,
// composite unique, foreign keys with actions).
var handWritten = map[string][]string{
	"sqlite": {
		`CREATE TABLE customer (
			id INTEGER CONSTRAINT pk_customer PRIMARY KEY,
			email VARCHAR(32) NOT NULL,
			created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
		)`,
		`CREATE UNIQUE INDEX uq_customer_email ON customer (email)`,
		`CREATE TABLE orders (
			customer_id INTEGER NOT NULL CONSTRAINT fk_orders_customer_id REFERENCES customer (id) ON DELETE CASCADE,
			number INTEGER NOT NULL,
			status TEXT NOT NULL DEFAULT 'new' CONSTRAINT ck_orders_status CHECK (status IN ('new', 'paid')),
			note TEXT,
			CONSTRAINT pk_orders PRIMARY KEY (customer_id, number)
		)`,
		`CREATE UNIQUE INDEX uq_orders_number_status ON orders (number, status)`,
	},
	"postgres": {
		`CREATE TYPE mood AS ENUM ('happy', 'sad', 'it''s ok')`,
		`CREATE TABLE customer (
			id INTEGER CONSTRAINT pk_customer PRIMARY KEY,
			email VARCHAR(32) NOT NULL,
			mood mood NOT NULL DEFAULT 'sad',
			last_mood mood,
			balance NUMERIC(12,2),
			created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
		)`,
		`CREATE UNIQUE INDEX uq_customer_email ON customer (email)`,
		`CREATE TABLE orders (
			customer_id INTEGER NOT NULL CONSTRAINT fk_orders_customer_id REFERENCES customer (id) ON DELETE CASCADE ON UPDATE RESTRICT,
			number INTEGER NOT NULL,
			status TEXT NOT NULL DEFAULT 'new' CONSTRAINT ck_orders_status CHECK (status IN ('new', 'paid')),
			note TEXT,
			CONSTRAINT pk_orders PRIMARY KEY (customer_id, number)
		)`,
		`ALTER TABLE orders ADD CONSTRAINT uq_orders_number_status UNIQUE (number, status)`,
	},
}

// handWrittenDefaults is the same kind of schema with the names and
// spellings engines and people choose by default (issue 17): gen
// describes each (the Constraints method names them, autoincrement= and
// type=unknown(...) keep the keys and types as they are), so the models
// are exact.
var handWrittenDefaults = map[string][]string{
	"sqlite": {
		`CREATE TABLE customer (id INTEGER PRIMARY KEY, balance NUMERIC(12,2), code MONEY)`,
		`CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id BIGINT REFERENCES customer (id) ON UPDATE SET NULL, a TEXT CHECK (a IN ('x', 'y')), b INT, UNIQUE (a, b))`,
		`CREATE INDEX orders_b ON orders (b)`,
		`CREATE TABLE nokey (x TEXT)`,
	},
	"postgres": {
		`CREATE TYPE mood AS ENUM ('happy', 'sad')`,
		`CREATE TABLE customer (id bigserial PRIMARY KEY, m mood, v money, price numeric(12,2) CHECK (price > 0))`,
		`CREATE TABLE orders (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, customer_id bigint REFERENCES customer (id), a text, b int, UNIQUE (a, b))`,
		`CREATE INDEX orders_b_partial ON orders (b) WHERE b > 0`,
		`CREATE VIEW big_orders AS SELECT * FROM orders WHERE b > 100`,
	},
}

// handWrittenOther has what models cannot declare yet (expression
// indexes, generated columns, identity ALWAYS, MATCH FULL): gen fails
// naming each; -partial writes the rest when a plan of it at every level
// changes nothing (the objects left out are not ferro's), and refuses,
// writing nothing, when a plan would (an expression index ferro created,
// which the destructive level drops once no model describes it).
var handWrittenOther = map[string]struct {
	ddl, want []string
	// ferroNamed is a table and an expression index named like ferro's:
	// made by another tool, a plan keeps the index (it is not ferro's);
	// made by ferro (a plan from another database's schema, as ferro diff
	// writes), the destructive level drops it once no model describes it.
	ferroNamed []string
}{
	"sqlite": {
		ddl: []string{
			`CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, twice INT GENERATED ALWAYS AS (id * 2))`,
			`CREATE INDEX items_lower ON items (lower(name))`,
		},
		want: []string{
			`table "items", index "items_lower": has features ferro does not model (expression)`,
			`table "items", column "twice": has features ferro does not model (generated)`,
		},
		ferroNamed: []string{`CREATE TABLE other (id INTEGER PRIMARY KEY, name TEXT NOT NULL)`, `CREATE INDEX idx_other_upper ON other (upper(name))`},
	},
	"postgres": {
		ddl: []string{
			`CREATE TABLE items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, twice bigint GENERATED ALWAYS AS (id * 2) STORED)`,
			`CREATE INDEX items_lower ON items (lower(name))`,
			`CREATE TABLE tags (a int, b int, UNIQUE (a, b))`,
			`CREATE TABLE tagged (a int, b int, FOREIGN KEY (a, b) REFERENCES tags (a, b) MATCH FULL)`,
		},
		want: []string{
			`table "items", index "items_lower": has features ferro does not model (expression)`,
			`table "items", column "id": has features ferro does not model (identity always)`,
			`table "items", column "twice": has features ferro does not model (generated as (`,
			`table "tagged", foreign key "tagged_a_b_fkey": has features ferro does not model (match full)`,
		},
		ferroNamed: []string{`CREATE TABLE other (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name text NOT NULL)`, `CREATE INDEX idx_other_upper ON other (upper(name))`},
	},
}

// genHandWritten adopts databases ferro did not create: with ferro's
// names, and with the names and spellings other tools choose, the
// generated models describe the database exactly (FromModels == Inspect,
// empty destructive plan). What models cannot declare fails gen, naming
// each column or object, and -partial generates models that compile, load
// and change nothing, or writes nothing.
func genHandWritten(t *testing.T, name string, mk func(*testing.T) testdb.Engine, pkgs map[string]generated, checks map[string]func(checkReport)) {
	ex, def, part := "exact_"+name, "defaults_"+name, "partial_"+name
	for _, c := range []struct {
		pkg string
		ddl []string
	}{{ex, handWritten[name]}, {def, handWrittenDefaults[name]}} {
		e := mk(t)
		execAll(t, open(t, e), c.ddl)
		r := ferro(t, "", "gen", "-pkg", c.pkg, e.DSN)
		if r.code != 0 {
			t.Fatalf("%s: gen %s: %+v", name, c.pkg, r)
		}
		if name == "postgres" && !strings.Contains(r.stdout, `func (Mood) EnumType() string { return "mood" }`) {
			t.Errorf("postgres: the native enum mood is not a Go enum type with EnumType():\n%s", r.stdout)
		}
		pkgs[c.pkg] = generated{r.stdout, e}
		checks[c.pkg] = func(r checkReport) { exact(t, r) }
	}
	e2 := mk(t)
	hw := handWrittenOther[name]
	execAll(t, open(t, e2), hw.ddl)
	r := ferro(t, "", "gen", e2.DSN)
	if r.code != 1 || r.stdout != "" {
		t.Errorf("%s: gen on a schema it cannot describe: exit %d, stdout %q", name, r.code, r.stdout)
	}
	lines := strings.Split(r.stderr, "\n")
	for _, w := range hw.want {
		if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, w) }) {
			t.Errorf("%s: gen does not say %q; stderr:\n%s", name, w, r.stderr)
		}
	}
	partial := ferro(t, "", "gen", "-partial", "-pkg", part, e2.DSN)
	if partial.code != 0 || !strings.Contains(partial.stdout, "ferro gen: not described") {
		t.Fatalf("%s: gen -partial: %+v", name, partial)
	}
	pkgs[part] = generated{partial.stdout, e2}
	checks[part] = func(r checkReport) {
		if r.ModelsErr != "" || r.PlanErr == "" && !r.PlanEmpty {
			t.Errorf("%s: -partial models: FromModels %q, destructive plan error %q, plan:\n%s", name, r.ModelsErr, r.PlanErr, r.Plan)
		}
	}
	// An object left out that a plan would drop: -partial writes nothing.
	// Another tool's index named like ferro's is not ferro's (issue 17):
	// kept, it leaves -partial free to write.
	e3 := mk(t)
	execAll(t, open(t, e3), hw.ferroNamed)
	if kept := ferro(t, "", "gen", "-partial", "-pkg", part, e3.DSN); kept.code != 0 || !strings.Contains(kept.stdout, "idx_other_upper") {
		t.Errorf("%s: gen -partial with another tool's index named like ferro's: %+v", name, kept)
	}
	// Created by ferro, from another database's schema, it is ferro's.
	e4 := mk(t)
	db4 := open(t, e4)
	execAll(t, db4, hw.ferroNamed[:1])
	src, err := catalog.Inspect(context.Background(), open(t, e3))
	if err != nil {
		t.Fatal(err)
	}
	p, err := migrate.NewPlanFromSchema(context.Background(), db4, src, migrate.AllowUpdates())
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Apply(context.Background(), db4); err != nil {
		t.Fatalf("%v\n%s", err, p)
	}
	refused := ferro(t, "", "gen", "-partial", e4.DSN)
	if refused.code != 1 || refused.stdout != "" || !strings.Contains(refused.stderr, "a plan at the destructive level would then change") || !strings.Contains(refused.stderr, "idx_other_upper") {
		t.Errorf("%s: gen -partial with a left-out object a plan drops: %+v", name, refused)
	}
}

// Issue 17: a file FromModels would refuse is a gen error, never exit 0:
// a PostgreSQL enum type whose name has a double quote cannot be named by
// EnumType(), so gen fails, and -partial, whose models would then drop
// the column, writes nothing either.
func TestGen_neverWritesWhatFromModelsRefuses(t *testing.T) {
	t.Parallel()
	e := testdb.Postgres(t)
	execAll(t, open(t, e), []string{`CREATE TYPE "my""mood" AS ENUM ('a', 'b')`, `CREATE TABLE moods (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, m "my""mood")`})
	for _, args := range [][]string{{"gen", e.DSN}, {"gen", "-partial", e.DSN}} {
		r := ferro(t, "", args...)
		if r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, `enum type "my\"mood" cannot be named by a model's EnumType()`) {
			t.Errorf("ferro %s: %+v", strings.Join(args[:len(args)-1], " "), r)
		}
	}
}
