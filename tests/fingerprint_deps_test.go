package tests

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/dialect/postgres"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// The PostgreSQL fingerprint hashes catalog values and the text of each
// deparse (format_type, pg_get_expr, pg_get_indexdef,
// pg_get_constraintdef) instead of the inspection's rows
// (internal/dialect/postgres/fingerprint.go). These tests pin its promise
// for everything a deparse depends on beyond the values hashed: an object
// renamed or moved that an expression or a column type refers to, an
// object that shadows another on the search_path, the session's
// search_path and settings, and a foreign key's target in another schema.
// Each case changes one thing; the inspection must see it, and then so must
// the fingerprint (Fingerprint agreeing with InspectFingerprint).

// fpDepCase is one dependency class: setup builds the schema, change alters
// one thing it depends on. In both, {s} is the inspected schema and {o}
// another one, both on the pools' search_path ({s}, {o}), and {x} a schema
// outside it that the change may create; all quoted.
type fpDepCase struct {
	name, setup, change string
}

var fpDepCases = []fpDepCase{
	{name: "function in a default renamed",
		setup:  `CREATE FUNCTION {s}.fp_f() RETURNS int LANGUAGE sql AS 'SELECT 1'; CREATE TABLE {s}.t (a int DEFAULT {s}.fp_f())`,
		change: `ALTER FUNCTION {s}.fp_f() RENAME TO fp_g`},
	{name: "function in a default moved out of the search_path",
		setup:  `CREATE FUNCTION {s}.fp_f() RETURNS int LANGUAGE sql AS 'SELECT 1'; CREATE TABLE {s}.t (a int DEFAULT {s}.fp_f())`,
		change: `CREATE SCHEMA {x}; ALTER FUNCTION {s}.fp_f() SET SCHEMA {x}`},
	{name: "function in a default shadowed on the search_path",
		// The pool's search_path is {s}, {o}: the default prints fp_f()
		// until a function of the same name and arguments appears in {s}.
		setup:  `CREATE FUNCTION {o}.fp_f() RETURNS int LANGUAGE sql AS 'SELECT 1'; CREATE TABLE {s}.t (a int DEFAULT {o}.fp_f())`,
		change: `CREATE FUNCTION {s}.fp_f() RETURNS int LANGUAGE sql AS 'SELECT 2'`},
	{name: "function in a check renamed",
		setup:  `CREATE FUNCTION {s}.fp_pos(int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 > 0'; CREATE TABLE {s}.t (a int CHECK ({s}.fp_pos(a)))`,
		change: `ALTER FUNCTION {s}.fp_pos(int) RENAME TO fp_positive`},
	{name: "function in an index expression renamed",
		setup:  `CREATE FUNCTION {s}.fp_neg(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT -$1'; CREATE TABLE {s}.t (a int); CREATE INDEX t_neg ON {s}.t ({s}.fp_neg(a))`,
		change: `ALTER FUNCTION {s}.fp_neg(int) RENAME TO fp_negate`},
	{name: "function in a partial index predicate renamed",
		setup:  `CREATE FUNCTION {s}.fp_pos(int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 > 0'; CREATE TABLE {s}.t (a int); CREATE INDEX t_a ON {s}.t (a) WHERE {s}.fp_pos(a)`,
		change: `ALTER FUNCTION {s}.fp_pos(int) RENAME TO fp_positive`},
	{name: "operator in a check moved out of the search_path",
		setup: `CREATE FUNCTION {s}.fp_eq(int, int) RETURNS bool LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
			CREATE OPERATOR {s}.=== (LEFTARG = int, RIGHTARG = int, FUNCTION = {s}.fp_eq);
			CREATE TABLE {s}.t (a int CHECK (a OPERATOR({s}.===) 1))`,
		change: `CREATE SCHEMA {x}; ALTER OPERATOR {s}.=== (int, int) SET SCHEMA {x}`},
	{name: "column type renamed",
		setup:  `CREATE TYPE {s}.mood AS ENUM ('ok'); CREATE TABLE {s}.t (m {s}.mood)`,
		change: `ALTER TYPE {s}.mood RENAME TO feeling`},
	{name: "column type moved out of the search_path",
		setup:  `CREATE TYPE {s}.mood AS ENUM ('ok'); CREATE TABLE {s}.t (m {s}.mood)`,
		change: `CREATE SCHEMA {x}; ALTER TYPE {s}.mood SET SCHEMA {x}`},
	{name: "column type shadowed on the search_path",
		setup:  `CREATE TYPE {o}.mood AS ENUM ('ok'); CREATE TABLE {s}.t (m {o}.mood)`,
		change: `CREATE TYPE {s}.mood AS ENUM ('ok')`},
	{name: "domain of a column renamed",
		setup:  `CREATE DOMAIN {s}.posint AS int CHECK (VALUE > 0); CREATE TABLE {s}.t (a {s}.posint)`,
		change: `ALTER DOMAIN {s}.posint RENAME TO positive`},
	{name: "enum value added",
		setup:  `CREATE TYPE {s}.mood AS ENUM ('ok'); CREATE TABLE {s}.t (m {s}.mood)`,
		change: `ALTER TYPE {s}.mood ADD VALUE 'meh'`},
	{name: "enum value renamed",
		setup:  `CREATE TYPE {s}.mood AS ENUM ('ok', 'meh'); CREATE TABLE {s}.t (m {s}.mood)`,
		change: `ALTER TYPE {s}.mood RENAME VALUE 'meh' TO 'bad'`},
	{name: "enum no column uses added",
		setup:  `CREATE TABLE {s}.t (a int)`,
		change: `CREATE TYPE {s}.mood AS ENUM ('ok')`},
	{name: "enum used by a view of another schema",
		// Only the dependency changes: the type is now used elsewhere.
		setup:  `CREATE TYPE {s}.mood AS ENUM ('ok'); CREATE TABLE {s}.t (m {s}.mood)`,
		change: `CREATE VIEW {o}.v AS SELECT 'ok'::{s}.mood AS m`},
	{name: "column type's default label in a default",
		// A default's constant of an enum type prints its label.
		setup:  `CREATE TYPE {s}.mood AS ENUM ('ok', 'meh'); CREATE TABLE {s}.t (m {s}.mood DEFAULT 'meh')`,
		change: `ALTER TYPE {s}.mood RENAME VALUE 'meh' TO 'bad'`},
	{name: "primary key renamed",
		// The fingerprint reads a primary key from its constraint, not its
		// index; renaming either renames both.
		setup:  `CREATE TABLE {s}.t (id int CONSTRAINT t_pk PRIMARY KEY)`,
		change: `ALTER INDEX {s}.t_pk RENAME TO t_pkey2`},
	{name: "unique constraint's index renamed",
		setup:  `CREATE TABLE {s}.t (a int CONSTRAINT t_uq UNIQUE)`,
		change: `ALTER INDEX {s}.t_uq RENAME TO t_uq2`},
	{name: "alter column type",
		setup:  `CREATE TABLE {s}.t (a int)`,
		change: `ALTER TABLE {s}.t ALTER COLUMN a TYPE bigint`},
	{name: "varchar length",
		setup:  `CREATE TABLE {s}.t (a varchar(10))`,
		change: `ALTER TABLE {s}.t ALTER COLUMN a TYPE varchar(20)`},
	{name: "column collation changed",
		setup:  `CREATE TABLE {s}.t (a text)`,
		change: `ALTER TABLE {s}.t ALTER COLUMN a TYPE text COLLATE "C"`},
	{name: "column collation renamed",
		setup:  `CREATE COLLATION {s}.fp_coll FROM "C"; CREATE TABLE {s}.t (a text COLLATE {s}.fp_coll)`,
		change: `ALTER COLLATION {s}.fp_coll RENAME TO fp_coll2`},
	{name: "foreign key target in another schema renamed",
		setup:  `CREATE TABLE {o}.p (id int PRIMARY KEY); CREATE TABLE {s}.c (pid int REFERENCES {o}.p (id))`,
		change: `ALTER TABLE {o}.p RENAME TO p2`},
	{name: "foreign key target moved to another schema",
		setup:  `CREATE TABLE {s}.p (id int PRIMARY KEY); CREATE TABLE {s}.c (pid int REFERENCES {s}.p (id))`,
		change: `ALTER TABLE {s}.p SET SCHEMA {o}`},
	{name: "foreign key target column in another schema renamed",
		setup:  `CREATE TABLE {o}.p (id int PRIMARY KEY); CREATE TABLE {s}.c (pid int REFERENCES {o}.p (id))`,
		change: `ALTER TABLE {o}.p RENAME COLUMN id TO pid`},
}

// fpDepQuote replaces {s} and {o} by the quoted schema names.
func fpDepQuote(sql, s, o string) string {
	return strings.NewReplacer("{s}", `"`+s+`"`, "{o}", `"`+o+`"`, "{x}", `"`+s+`_x"`).Replace(sql)
}

// fpDepPool opens e through ferro with search_path set to e's schema, then
// other, and the given runtime parameters.
func fpDepPool(t *testing.T, e testdb.Engine, other string, params map[string]string) *sql.DB {
	t.Helper()
	p := map[string]string{"search_path": fmt.Sprintf(`"%s", "%s"`, e.Schema, other)}
	for k, v := range params {
		p[k] = v
	}
	db, _ := openTracedPostgres(t, e, p)
	return db
}

// fpDepRead reads the fingerprint both ways and the inspected schema; the
// two fingerprints must agree.
func fpDepRead(t *testing.T, db *sql.DB) (*schema.Schema, []byte) {
	t.Helper()
	ctx := context.Background()
	s, fp, err := postgres.Dialect{}.InspectFingerprint(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	live, err := postgres.Dialect{}.Fingerprint(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fp, live) {
		t.Fatalf("Fingerprint %x differs from InspectFingerprint %x", live, fp)
	}
	return s, fp
}

func TestInspect_fingerprintSeesDeparseDependencies(t *testing.T) {
	t.Parallel()
	for _, c := range fpDepCases {
		t.Run(strings.ReplaceAll(c.name, " ", "_"), func(t *testing.T) {
			t.Parallel()
			e, o := testdb.Postgres(t), testdb.Postgres(t)
			db := fpDepPool(t, e, o.Schema, nil)
			ctx := context.Background()
			if _, err := db.ExecContext(ctx, fpDepQuote(c.setup, e.Schema, o.Schema)); err != nil {
				t.Fatalf("setup: %v", err)
			}
			before, fpBefore := fpDepRead(t, db)
			// The change comes from another pool, as from another process.
			other := fpDepPool(t, e, o.Schema, nil)
			change := fpDepQuote(c.change, e.Schema, o.Schema)
			if _, err := other.ExecContext(ctx, change); err != nil {
				t.Fatalf("change: %v", err)
			}
			t.Cleanup(func() { // a schema made by the change goes with it
				if strings.Contains(c.change, "{x}") {
					other.ExecContext(context.Background(), fpDepQuote(`DROP SCHEMA {x} CASCADE`, e.Schema, o.Schema))
				}
			})
			after, fpAfter := fpDepRead(t, db)
			if reflect.DeepEqual(before, after) {
				t.Fatalf("after %s the inspection is the same: the case proves nothing\n%s", change, fpDepDump(after))
			}
			if bytes.Equal(fpBefore, fpAfter) {
				t.Fatalf("after %s the inspection changed but the fingerprint did not\nbefore: %s\nafter:  %s", change, fpDepDump(before), fpDepDump(after))
			}
		})
	}
}

// Session settings are part of what a deparse prints, so two pools that
// differ only in them may see two inspections of one schema: each has the
// fingerprint of its own.
func TestInspect_fingerprintSeesSessionSettings(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, setup string
		params      map[string]string
	}{
		{"search_path", `CREATE FUNCTION {o}.fp_f() RETURNS int LANGUAGE sql AS 'SELECT 1'; CREATE TABLE {s}.t (a int DEFAULT {o}.fp_f())`,
			map[string]string{"search_path": "{s}"}},
		{"quote_all_identifiers", `CREATE TABLE {s}.t (a text DEFAULT 'x', b int CHECK (b > 0))`,
			map[string]string{"quote_all_identifiers": "on"}},
		{"TimeZone", `CREATE TABLE {s}.t (a timestamptz DEFAULT '2020-01-01 00:00:00+00')`,
			map[string]string{"TimeZone": "Asia/Tokyo"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			e, o := testdb.Postgres(t), testdb.Postgres(t)
			db := fpDepPool(t, e, o.Schema, map[string]string{"TimeZone": "UTC"})
			if _, err := db.ExecContext(context.Background(), fpDepQuote(c.setup, e.Schema, o.Schema)); err != nil {
				t.Fatalf("setup: %v", err)
			}
			params := map[string]string{}
			for k, v := range c.params {
				params[k] = strings.ReplaceAll(v, "{s}", `"`+e.Schema+`"`)
			}
			other := fpDepPool(t, e, o.Schema, params)
			s1, fp1 := fpDepRead(t, db)
			s2, fp2 := fpDepRead(t, other)
			if reflect.DeepEqual(s1, s2) {
				t.Fatalf("%v: the inspection is the same: %s", c.params, fpDepDump(s1))
			}
			if bytes.Equal(fp1, fp2) {
				t.Fatalf("%v: the inspections differ, the fingerprints do not\n%s\n%s", c.params, fpDepDump(s1), fpDepDump(s2))
			}
		})
	}
}

// fpDepDump prints a schema for a failure message.
func fpDepDump(s *schema.Schema) string {
	var b strings.Builder
	for _, e := range s.Enums {
		fmt.Fprintf(&b, "enum %s %v elsewhere %v; ", e.Name, e.Values, e.UsedElsewhere)
	}
	for _, t := range s.Tables {
		fmt.Fprintf(&b, "%s: ", t.Name)
		for _, c := range t.Columns {
			fmt.Fprintf(&b, "%s %s default %q extra %q; ", c.Name, c.Type, c.Default, c.Extra)
		}
		for _, x := range t.Indexes {
			fmt.Fprintf(&b, "index %s %v where %q extra %q; ", x.Name, x.Columns, x.Where, x.Extra)
		}
		for _, f := range t.ForeignKeys {
			fmt.Fprintf(&b, "fk %s -> %s %v; ", f.Name, f.RefTable, f.RefColumns)
		}
		for _, k := range t.Checks {
			fmt.Fprintf(&b, "check %s %q; ", k.Name, k.Expr)
		}
	}
	return b.String()
}

// fpDefault's default calls a function that another process can rename,
// move or shadow.
type fpDefault struct {
	ID     int64  `ferro:"id,pk"`
	Answer int64  `ferro:"answer,default=fp_answer()"`
	Name   string `ferro:"name"`
}

func (fpDefault) TableName() string { return "fp_default" }

// At the Migrate level: after a Migrate found the schema equal to the
// models (the fingerprint is remembered), a change made by another pool
// that only alters what a deparse prints, or a pool whose search_path
// prints the same schema differently, is seen by the next Migrate: it
// takes the full path (more than the fast path's two statements) and plans
// the difference, which RequireComplete turns into ErrPending at the
// default level.
func TestMigrate_noopFastPathSeesDeparseChanges(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		// fnIn is the schema of the function the default calls, {s} or
		// {o}; the pools' search_path is {s}, {o}.
		fnIn   string
		change string
		// migrateSearchPath, when set, is the search_path of the pool that
		// runs the last Migrate (the change is then empty).
		migrateSearchPath string
	}{
		{name: "function renamed, another of the same name added", fnIn: "{s}",
			change: `ALTER FUNCTION {s}.fp_answer() RENAME TO fp_answer_old; CREATE FUNCTION {s}.fp_answer() RETURNS bigint LANGUAGE sql AS 'SELECT 7'`},
		{name: "function moved out of the search_path, another added", fnIn: "{s}",
			change: `CREATE SCHEMA {x}; ALTER FUNCTION {s}.fp_answer() SET SCHEMA {x}; CREATE FUNCTION {s}.fp_answer() RETURNS bigint LANGUAGE sql AS 'SELECT 7'`},
		{name: "function shadowed earlier on the search_path", fnIn: "{o}",
			change: `CREATE FUNCTION {s}.fp_answer() RETURNS bigint LANGUAGE sql AS 'SELECT 7'`},
		{name: "another pool's search_path", fnIn: "{o}", migrateSearchPath: "{s}"},
		{name: "column type changed", fnIn: "{s}",
			change: `ALTER TABLE {s}.fp_default ALTER COLUMN answer TYPE int`},
		{name: "column collation changed", fnIn: "{s}",
			change: `ALTER TABLE {s}.fp_default ALTER COLUMN name TYPE text COLLATE "C"`},
	}
	for _, c := range cases {
		t.Run(strings.ReplaceAll(c.name, " ", "_"), func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			e, o := testdb.Postgres(t), testdb.Postgres(t)
			q := func(sql string) string { return fpDepQuote(sql, e.Schema, o.Schema) }
			path := map[string]string{"search_path": q("{s}, {o}")}
			db, _ := openTracedPostgres(t, e, path)
			if _, err := db.ExecContext(ctx, q(`CREATE FUNCTION `+c.fnIn+`.fp_answer() RETURNS bigint LANGUAGE sql AS 'SELECT 42'`)); err != nil {
				t.Fatal(err)
			}
			models := []any{fpDefault{}}
			for i := range 2 { // create; then find equal and remember
				if err := ferro.Migrate(db, models, migrate.RequireComplete()); err != nil {
					t.Fatalf("migrate %d: %v", i+1, err)
				}
			}
			t.Cleanup(func() { db.ExecContext(context.Background(), q(`DROP SCHEMA IF EXISTS {x} CASCADE`)) })
			if c.migrateSearchPath != "" {
				path = map[string]string{"search_path": q(c.migrateSearchPath)}
			} else {
				other, _ := openTracedPostgres(t, e, path)
				if _, err := other.ExecContext(ctx, q(c.change)); err != nil {
					t.Fatalf("change: %v", err)
				}
			}
			next, log := openTracedPostgres(t, e, path)
			err := ferro.Migrate(next, models, migrate.RequireComplete())
			if !errors.Is(err, migrate.ErrPending) {
				t.Fatalf("Migrate after the change: %v, want ErrPending (the fast path hid the change?)", err)
			}
			if n := len(log.take()); n <= 2 {
				t.Fatalf("Migrate after the change sent %d statements: the fast path was taken", n)
			}
		})
	}
}
