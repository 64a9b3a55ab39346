package tests

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/dialect/postgres"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
)

// The models of TestMigrate_postgresDependentsRefusedAtPlanTime: depV1 is
// migrated first; depDrop drops legacy, depWiden widens score, depRenamed
// renames score to points and widens it.
type depV1 struct {
	ID     int64   `ferro:"id,pk"`
	Name   string  `ferro:"name"`
	Legacy *string `ferro:"legacy"`
	Score  int32   `ferro:"score"`
}

func (depV1) TableName() string { return "dep_things" }

type depDrop struct {
	ID    int64  `ferro:"id,pk"`
	Name  string `ferro:"name"`
	Score int32  `ferro:"score"`
}

func (depDrop) TableName() string { return "dep_things" }

type depWiden struct {
	ID     int64   `ferro:"id,pk"`
	Name   string  `ferro:"name"`
	Legacy *string `ferro:"legacy"`
	Score  int64   `ferro:"score"`
}

func (depWiden) TableName() string { return "dep_things" }

type depAddDefault struct {
	ID     int64   `ferro:"id,pk"`
	Name   string  `ferro:"name"`
	Legacy *string `ferro:"legacy"`
	Score  int32   `ferro:"score"`
	Extra  string  `ferro:"extra,default='x'"`
}

func (depAddDefault) TableName() string { return "dep_things" }

type depAddNullable struct {
	ID     int64   `ferro:"id,pk"`
	Name   string  `ferro:"name"`
	Legacy *string `ferro:"legacy"`
	Score  int32   `ferro:"score"`
	Extra  *string `ferro:"extra"`
}

func (depAddNullable) TableName() string { return "dep_things" }

type depRenamed struct {
	ID     int64   `ferro:"id,pk"`
	Name   string  `ferro:"name"`
	Legacy *string `ferro:"legacy"`
	Points int64   `ferro:"points,renamed_from=score"`
}

func (depRenamed) TableName() string { return "dep_things" }

// Regression (issue 8: a plan never promises what apply then refuses): on
// PostgreSQL a plan that dropped a column a view, materialized view, rule,
// trigger, policy, function or another table's foreign key uses, or
// changed the type of a column a view, rule, trigger, policy, function or
// generated column uses, was made and printed as fine; Apply then failed
// ("cannot drop column ... because other objects depend on it", "cannot
// alter type of a column used by a view or rule") and rolled back. The
// inspection now reads those dependents from pg_depend, and NewPlan
// refuses exactly those changes, naming the table, the column and the
// object, and saying what to do. Regression too: migrate.DropTables of a
// table whose row type (or array type) only a function or procedure (its
// argument, its result, a BEGIN ATOMIC body), a domain, a composite type
// or an operator uses was planned as fine; PostgreSQL refuses the DROP
// TABLE ("function dep_f(dep_old) depends on type dep_old"), and the plan
// now does, through a fourth branch of pgInspectDependents (a view whose
// expression holds the row type was refused already, through the third).
// Each refused case also runs the refused
// plan's statements on the server, which must refuse them: the planner
// refuses nothing PostgreSQL would accept. The accepted cases apply.
func TestMigrate_postgresDependentsRefusedAtPlanTime(t *testing.T) {
	t.Parallel()
	type tc struct {
		name  string
		ddl   []string // run after depV1 is migrated; %o is another schema, %p a publication
		model any
		// opts default to AllowDestructive; dropTables names tables for
		// migrate.DropTables.
		opts []migrate.Option
		// want is the refused problem: "table.column: " and words of the
		// reason; empty when the plan must apply.
		want []string
	}
	cases := []tc{
		{name: "view_drop", ddl: []string{`CREATE VIEW v AS SELECT id, legacy FROM dep_things`}, model: depDrop{},
			want: []string{"dep_things.legacy: the plan drops this column, but view v uses it", "drop view v before this change and create it again after it"}},
		{name: "view_type", ddl: []string{`CREATE VIEW v AS SELECT id, score FROM dep_things`}, model: depWiden{},
			want: []string{"dep_things.score: the plan changes this column's type from int to bigint, but view v uses it", "refuses to change the type"}},
		{name: "view_star_type", ddl: []string{`CREATE VIEW v AS SELECT * FROM dep_things`}, model: depWiden{},
			want: []string{"dep_things.score:", "view v uses it"}},
		{name: "matview_drop", ddl: []string{`CREATE MATERIALIZED VIEW m AS SELECT legacy FROM dep_things`}, model: depDrop{},
			want: []string{"dep_things.legacy:", "materialized view m uses it"}},
		{name: "matview_type", ddl: []string{`CREATE MATERIALIZED VIEW m AS SELECT sum(score) FROM dep_things`}, model: depWiden{},
			want: []string{"dep_things.score:", "materialized view m uses it"}},
		{name: "view_other_schema", ddl: []string{`CREATE VIEW %o.v AS SELECT legacy FROM dep_things`}, model: depDrop{},
			want: []string{"dep_things.legacy:", "view %o.v uses it"}},
		{name: "temp_view_of_a_session", ddl: []string{`CREATE TEMP VIEW tv AS SELECT legacy FROM dep_things`}, model: depDrop{},
			want: []string{"dep_things.legacy:", "tv uses it"}},
		{name: "rule_of_other_table", ddl: []string{`CREATE TABLE dep_log (id int)`, `CREATE RULE r AS ON INSERT TO dep_log DO ALSO UPDATE dep_things SET score = 1 WHERE dep_things.id = new.id`}, model: depWiden{},
			want: []string{"dep_things.score:", "rule r on table dep_log uses it"}},
		{name: "trigger_type", ddl: []string{
			`CREATE FUNCTION dep_trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$`,
			`CREATE TRIGGER tr BEFORE UPDATE OF score ON dep_things FOR EACH ROW EXECUTE FUNCTION dep_trg()`}, model: depWiden{},
			want: []string{"dep_things.score:", "trigger tr on table dep_things uses it"}},
		{name: "trigger_when_drop", ddl: []string{
			`CREATE FUNCTION dep_trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$`,
			`CREATE TRIGGER tw BEFORE UPDATE ON dep_things FOR EACH ROW WHEN (NEW.legacy IS NOT NULL) EXECUTE FUNCTION dep_trg()`}, model: depDrop{},
			want: []string{"dep_things.legacy:", "trigger tw on table dep_things uses it"}},
		{name: "publication_type", ddl: []string{`CREATE PUBLICATION %p FOR TABLE dep_things (id, score)`}, model: depWiden{},
			want: []string{"dep_things.score:", "publication of table dep_things in publication %p uses it"}},
		{name: "publication_where_drop", ddl: []string{`CREATE PUBLICATION %p FOR TABLE dep_things WHERE (legacy IS NOT NULL)`}, model: depDrop{},
			want: []string{"dep_things.legacy:", "in publication %p uses it"}},
		{name: "policy_drop", ddl: []string{`CREATE POLICY p ON dep_things USING (legacy IS NOT NULL)`}, model: depDrop{},
			want: []string{"dep_things.legacy:", "policy p on table dep_things uses it"}},
		{name: "function_drop", ddl: []string{`CREATE FUNCTION dep_f() RETURNS text LANGUAGE sql BEGIN ATOMIC SELECT max(legacy) FROM dep_things; END`}, model: depDrop{},
			want: []string{"dep_things.legacy:", "function dep_f() uses it"}},
		{name: "foreign_key_of_other_table", ddl: []string{`CREATE UNIQUE INDEX ux_legacy ON dep_things (legacy)`, `CREATE TABLE dep_ref (l text REFERENCES dep_things (legacy))`}, model: depDrop{},
			want: []string{"dep_things.legacy:", "constraint dep_ref_l_fkey on table dep_ref uses it",
				"dep_things: the plan drops index ux_legacy, but constraint dep_ref_l_fkey on table dep_ref rests on it"}},
		{name: "generated_column_type_at_updates", ddl: []string{`ALTER TABLE dep_things ADD COLUMN g bigint GENERATED ALWAYS AS (score * 2) STORED`}, model: depWiden{},
			opts: []migrate.Option{migrate.AllowUpdates()},
			want: []string{"dep_things.score:", "column g of table dep_things uses it", "migrate.AllowDestructive() drops it in this plan"}},
		{name: "renamed_then_widened", ddl: []string{`CREATE VIEW v AS SELECT score FROM dep_things`}, model: depRenamed{},
			want: []string{"dep_things.points: the plan changes this column's type", "view v uses it"}},
		{name: "drop_table", ddl: []string{`CREATE TABLE dep_old (id int, x int)`, `CREATE VIEW v AS SELECT count(*) FROM dep_old`}, model: depV1{},
			opts: []migrate.Option{migrate.AllowDestructive(), migrate.DropTables("dep_old")},
			want: []string{"dep_old: the plan drops this table (migrate.DropTables), but view v uses it"}},
		{name: "drop_tables_out_of_order", ddl: []string{`CREATE TABLE dep_old (id int PRIMARY KEY)`, `CREATE TABLE dep_child (o int REFERENCES dep_old)`}, model: depV1{},
			opts: []migrate.Option{migrate.AllowDestructive(), migrate.DropTables("dep_old", "dep_child")},
			want: []string{"dep_old: the plan drops this table (migrate.DropTables), but constraint dep_child_o_fkey on table dep_child uses it", "name dep_child before dep_old in migrate.DropTables"}},
		// What uses only the row type of a table stops its drop too.
		{name: "drop_table_function_argument", ddl: []string{`CREATE TABLE dep_old (id int, x int)`, `CREATE FUNCTION dep_f(r dep_old) RETURNS int LANGUAGE sql AS 'SELECT 1'`}, model: depV1{},
			opts: []migrate.Option{migrate.AllowDestructive(), migrate.DropTables("dep_old")},
			want: []string{"dep_old: the plan drops this table (migrate.DropTables), but function dep_f(dep_old) uses it"}},
		{name: "drop_table_function_result", ddl: []string{`CREATE TABLE dep_old (id int, x int)`, `CREATE FUNCTION %o.f() RETURNS SETOF dep_old LANGUAGE sql AS 'SELECT 1, 2'`}, model: depV1{},
			opts: []migrate.Option{migrate.AllowDestructive(), migrate.DropTables("dep_old")},
			want: []string{"dep_old: the plan drops this table (migrate.DropTables), but function %o.f() uses it"}},
		{name: "drop_table_function_array_argument", ddl: []string{`CREATE TABLE dep_old (id int, x int)`, `CREATE FUNCTION dep_f(r dep_old[]) RETURNS int LANGUAGE sql AS 'SELECT 1'`}, model: depV1{},
			opts: []migrate.Option{migrate.AllowDestructive(), migrate.DropTables("dep_old")},
			want: []string{"dep_old:", "function dep_f(dep_old[]) uses it"}},
		{name: "drop_table_procedure_argument", ddl: []string{`CREATE TABLE dep_old (id int, x int)`, `CREATE PROCEDURE dep_p(r dep_old) LANGUAGE sql AS 'SELECT 1'`}, model: depV1{},
			opts: []migrate.Option{migrate.AllowDestructive(), migrate.DropTables("dep_old")},
			want: []string{"dep_old:", "function dep_p(dep_old) uses it"}},
		{name: "drop_table_function_body_type", ddl: []string{`CREATE TABLE dep_old (id int, x int)`, `CREATE FUNCTION dep_f() RETURNS boolean LANGUAGE sql BEGIN ATOMIC SELECT NULL::dep_old IS NULL; END`}, model: depV1{},
			opts: []migrate.Option{migrate.AllowDestructive(), migrate.DropTables("dep_old")},
			want: []string{"dep_old:", "function dep_f() uses it"}},
		{name: "drop_table_view_expression_type", ddl: []string{`CREATE TABLE dep_old (id int, x int)`, `CREATE VIEW v AS SELECT NULL::dep_old AS r`}, model: depV1{},
			opts: []migrate.Option{migrate.AllowDestructive(), migrate.DropTables("dep_old")},
			want: []string{"dep_old:", "view v uses it"}},
		{name: "drop_table_view_row_expression", ddl: []string{`CREATE TABLE dep_old (id int, x int)`, `CREATE VIEW v AS SELECT ROW(1, 2)::dep_old AS r`}, model: depV1{},
			opts: []migrate.Option{migrate.AllowDestructive(), migrate.DropTables("dep_old")},
			want: []string{"dep_old:", "view v uses it"}},
		{name: "drop_table_domain", ddl: []string{`CREATE TABLE dep_old (id int, x int)`, `CREATE DOMAIN %o.d AS dep_old`}, model: depV1{},
			opts: []migrate.Option{migrate.AllowDestructive(), migrate.DropTables("dep_old")},
			want: []string{"dep_old:", "type %o.d uses it"}},
		{name: "drop_table_composite_type", ddl: []string{`CREATE TABLE dep_old (id int, x int)`, `CREATE TYPE %o.c AS (r dep_old, n int)`}, model: depV1{},
			opts: []migrate.Option{migrate.AllowDestructive(), migrate.DropTables("dep_old")},
			want: []string{"dep_old:", "column r of composite type %o.c uses it"}},
		{name: "drop_table_operator", ddl: []string{`CREATE TABLE dep_old (id int, x int)`,
			`CREATE FUNCTION %o.eq(a dep_old, b dep_old) RETURNS boolean LANGUAGE sql AS 'SELECT true'`,
			`CREATE OPERATOR %o.=== (LEFTARG = dep_old, RIGHTARG = dep_old, FUNCTION = %o.eq)`}, model: depV1{},
			opts: []migrate.Option{migrate.AllowDestructive(), migrate.DropTables("dep_old")},
			want: []string{"dep_old:", "function %o.eq(dep_old,dep_old) uses it", "operator %o.===(dep_old,dep_old) uses it"}},

		{name: "row_type_stored", ddl: []string{`CREATE TABLE dep_holder (x dep_things)`}, model: depWiden{},
			want: []string{"dep_things.score: the plan changes this column's type from int to bigint, but column x of table dep_holder stores the table's row type"}},
		{name: "row_type_array_stored", ddl: []string{`CREATE TABLE dep_holder (x dep_things[])`}, model: depWiden{},
			want: []string{"dep_things.score:", "column x of table dep_holder stores the table's row type"}},
		{name: "row_type_in_composite_type", ddl: []string{`CREATE TYPE %o.pair AS (r dep_things, n int)`, `CREATE TABLE %o.h (p %o.pair)`}, model: depWiden{},
			want: []string{"dep_things.score:", "column p of table %o.h stores the table's row type"}},
		{name: "row_type_in_a_view", ddl: []string{`CREATE VIEW v AS SELECT ROW(1, 'a', 'b', 2)::dep_things AS r`}, model: depWiden{},
			want: []string{"dep_things.score:", "view v stores the table's row type"}},
		{name: "row_type_in_an_index", ddl: []string{`CREATE TABLE dep_o (q int)`, `CREATE INDEX dep_oi ON dep_o (((ROW(q, 'a', 'b', q)::dep_things).score))`}, model: depWiden{},
			want: []string{"dep_things.score:", "index dep_oi stores the table's row type"}},
		{name: "row_type_add_with_default", ddl: []string{`CREATE TABLE dep_holder (x dep_things)`}, model: depAddDefault{},
			want: []string{"dep_things.extra: the plan adds this column with a default, but column x of table dep_holder stores the table's row type"}},

		// What PostgreSQL accepts is planned and applied.
		{name: "row_type_add_nullable", ddl: []string{`CREATE TABLE dep_holder (x dep_things)`}, model: depAddNullable{}},
		{name: "row_type_drop_column", ddl: []string{`CREATE TABLE dep_holder (x dep_things)`}, model: depDrop{}},
		{name: "drop_table_plpgsql_body", ddl: []string{`CREATE TABLE dep_old (id int, x int)`,
			`CREATE FUNCTION dep_f() RETURNS int LANGUAGE plpgsql AS $$DECLARE r dep_old; BEGIN RETURN 1; END$$`}, model: depV1{},
			opts: []migrate.Option{migrate.AllowDestructive(), migrate.DropTables("dep_old")}},
		{name: "row_type_in_a_function", ddl: []string{`CREATE FUNCTION dep_f(x dep_things) RETURNS int LANGUAGE sql AS 'SELECT 1'`}, model: depWiden{}},
		{name: "view_of_other_columns", ddl: []string{`CREATE VIEW v AS SELECT id, name FROM dep_things`}, model: depDrop{}},
		{name: "view_of_other_columns_type", ddl: []string{`CREATE VIEW v AS SELECT id, name, legacy FROM dep_things`}, model: depWiden{}},
		{name: "view_of_whole_table", ddl: []string{`CREATE VIEW v AS SELECT count(*) AS n FROM dep_things`}, model: depDrop{}},
		{name: "view_of_whole_row", ddl: []string{`CREATE VIEW v AS SELECT t FROM dep_things t`}, model: depWiden{}},
		{name: "index_and_check", ddl: []string{`CREATE INDEX ix ON dep_things (score)`, `ALTER TABLE dep_things ADD CONSTRAINT ck_score CHECK (score >= 0)`}, model: depWiden{}},
		{name: "renamed_under_a_view", ddl: []string{`CREATE VIEW v AS SELECT score FROM dep_things`}, model: depRenamedKeep{}},
		{name: "generated_column_dropped_first", ddl: []string{`ALTER TABLE dep_things ADD COLUMN g bigint GENERATED ALWAYS AS (score * 2) STORED`}, model: depWiden{}},
		{name: "drop_tables_in_order", ddl: []string{`CREATE TABLE dep_old (id int PRIMARY KEY)`, `CREATE TABLE dep_child (o int REFERENCES dep_old)`}, model: depV1{},
			opts: []migrate.Option{migrate.AllowDestructive(), migrate.DropTables("dep_child", "dep_old")}},
		{name: "trigger_and_policy_on_dropped_table", ddl: []string{
			`CREATE TABLE dep_old (id int, x int)`,
			`CREATE FUNCTION dep_trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$`,
			`CREATE TRIGGER tr BEFORE UPDATE OF x ON dep_old FOR EACH ROW EXECUTE FUNCTION dep_trg()`,
			`CREATE POLICY p ON dep_old USING (x > 0)`}, model: depV1{},
			opts: []migrate.Option{migrate.AllowDestructive(), migrate.DropTables("dep_old")}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			e := testdb.Postgres(t)
			db := testdb.Open(t, e.FerroDriver, e.DSN)
			ctx := context.Background()
			other := testdb.UniqueName("dep_other_")
			execAll(t, db, `CREATE SCHEMA `+other)
			t.Cleanup(func() { db.Exec(`DROP SCHEMA ` + other + ` CASCADE`) })
			pub := testdb.UniqueName("dep_pub_") // publications belong to the database
			t.Cleanup(func() { db.Exec(`DROP PUBLICATION IF EXISTS ` + pub) })
			names := strings.NewReplacer("%o", other, "%p", pub)
			if err := migrate.Run(ctx, db, []any{depV1{}}); err != nil {
				t.Fatal(err)
			}
			execAll(t, db, `INSERT INTO dep_things (name, legacy, score) VALUES ('a', 'x', 1)`)
			for _, s := range c.ddl {
				execAll(t, db, names.Replace(s))
			}
			opts := c.opts
			if opts == nil {
				opts = []migrate.Option{migrate.AllowDestructive()}
			}
			p, err := migrate.NewPlan(ctx, db, []any{c.model}, opts...)
			if len(c.want) == 0 {
				if err != nil {
					t.Fatal(err)
				}
				if err := p.Apply(ctx, db); err != nil {
					t.Fatalf("%v\nplan:\n%s", err, p)
				}
				again, err := migrate.NewPlan(ctx, db, []any{c.model}, opts...)
				if err != nil || !again.Empty() {
					t.Fatalf("a second plan is not empty: %v\n%s", err, again)
				}
				return
			}
			var perr *migrate.PlanError
			if !errors.As(err, &perr) || !errors.Is(err, migrate.ErrRefused) {
				t.Fatalf("NewPlan: %v, want a *PlanError", err)
			}
			var lines []string
			for _, pr := range perr.Problems {
				if pr.Table == "" || pr.Reason == "" {
					t.Errorf("problem %+v does not name its table", pr)
				}
				lines = append(lines, pr.String())
			}
			got := strings.Join(lines, "\n")
			for _, w := range c.want {
				if w = names.Replace(w); !strings.Contains(got, w) {
					t.Errorf("problem %q does not say %q", got, w)
				}
			}
			// The server refuses the refused plan's statements too.
			tx, err := db.Begin()
			if err != nil {
				t.Fatal(err)
			}
			defer tx.Rollback()
			var failed error
			for _, s := range perr.Plan.Statements() {
				if strings.HasPrefix(strings.TrimSpace(s), "--") {
					continue
				}
				if _, failed = tx.Exec(s); failed != nil {
					break
				}
			}
			if failed == nil || !strings.Contains(failed.Error(), "depend") && !strings.Contains(failed.Error(), "cannot alter type") && !strings.Contains(failed.Error(), "uses its row type") {
				t.Fatalf("PostgreSQL ran the refused plan (%v):\n%s", failed, strings.Join(perr.Plan.Statements(), "\n"))
			}
		})
	}
}

type depRenamedKeep struct {
	ID     int64   `ferro:"id,pk"`
	Name   string  `ferro:"name"`
	Legacy *string `ferro:"legacy"`
	Points int32   `ferro:"points,renamed_from=score"`
}

func (depRenamedKeep) TableName() string { return "dep_things" }

type fpBookNoPages struct {
	ID       int64  `ferro:"id,pk"`
	AuthorID int64  `ferro:"author_id,fk=fp_author.id"`
	Title    string `ferro:"title,default='untitled'"`
}

func (fpBookNoPages) TableName() string { return "fp_book" }

// The PostgreSQL fingerprint leaves the dependents of tables out (see
// pgInspectDependents): a trigger, a policy and a function created on a
// converged schema change nothing a no-op plan could say. The fingerprint
// stays the same, the next Migrate takes the fast path and returns nil, as
// the full path would (NewPlan of the same models is empty), while a plan
// that drops the column they use is refused, naming them.
func TestMigrate_fastPathIgnoresDependents(t *testing.T) {
	t.Parallel()
	e := testdb.Postgres(t)
	db, log := openTracedPostgres(t, e, nil)
	for i := range 2 {
		if err := ferro.Migrate(db, fpModels); err != nil {
			t.Fatalf("migrate %d: %v", i+1, err)
		}
	}
	ctx := context.Background()
	before, err := postgres.Dialect{}.Fingerprint(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	execAll(t, db,
		`CREATE FUNCTION fp_trg() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$`,
		`CREATE TRIGGER fp_tr BEFORE UPDATE OF pages ON fp_book FOR EACH ROW EXECUTE FUNCTION fp_trg()`,
		`CREATE POLICY fp_p ON fp_book USING (pages > 0)`,
		`CREATE FUNCTION fp_pages() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT sum(pages) FROM fp_book; END`)
	after, err := postgres.Dialect{}.Fingerprint(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Fatal("the fingerprint changed with objects that only use the tables")
	}
	log.take()
	if err := ferro.Migrate(db, fpModels); err != nil {
		t.Fatal(err)
	}
	if got := log.take(); len(got) != 2 || !strings.Contains(got[1], "sha256") {
		t.Fatalf("Migrate did not take the fast path:\n%s", strings.Join(got, "\n---\n"))
	}
	p, err := migrate.NewPlan(ctx, db, fpModels)
	if err != nil || !p.Empty() {
		t.Fatalf("the full path disagrees: %v\n%s", err, p)
	}
	_, err = migrate.NewPlan(ctx, db, []any{fpAuthor{}, fpBookNoPages{}}, migrate.AllowDestructive())
	for _, want := range []string{"fp_book.pages: the plan drops this column", "trigger fp_tr on table fp_book", "policy fp_p on table fp_book", "function fp_pages()"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("NewPlan dropping pages: %v, want %q", err, want)
		}
	}
}

// Models for TestMigrate_foreignKeyDroppedBeforeTheIndexItUses.
type fkdT1 struct {
	ID   int64  `ferro:"id,pk"`
	Code string `ferro:"code,unique"`
}

func (fkdT1) TableName() string { return "fkd_t" }

type fkdU1 struct {
	ID   int64  `ferro:"id,pk"`
	Code string `ferro:"code,fk=fkd_t.code"`
}

func (fkdU1) TableName() string { return "fkd_u" }

type fkdT2 struct {
	ID int64 `ferro:"id,pk"`
}

func (fkdT2) TableName() string { return "fkd_t" }

type fkdU2 struct {
	ID   int64  `ferro:"id,pk"`
	Code string `ferro:"code"`
}

func (fkdU2) TableName() string { return "fkd_u" }

// Regression (a plan never promises what apply then refuses): models that
// drop a unique column and the foreign key of another table that
// references it were planned with the unique index dropped first, in
// model order; PostgreSQL refused the DROP INDEX ("cannot drop index
// uq_fkd_t_code because other objects depend on it") and the apply rolled
// back. Foreign keys are now dropped before indexes and constraints, on
// both engines (SQLite drops the key in its table's rebuild).
func TestMigrate_foreignKeyDroppedBeforeTheIndexItUses(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		ctx := context.Background()
		if err := migrate.Run(ctx, db, []any{fkdT1{}, fkdU1{}}); err != nil {
			t.Fatal(err)
		}
		execAll(t, db, `INSERT INTO fkd_t (id, code) VALUES (1, 'a')`, `INSERT INTO fkd_u (id, code) VALUES (1, 'a')`)
		if err := migrate.Run(ctx, db, []any{fkdT2{}, fkdU2{}}, migrate.AllowDestructive()); err != nil {
			t.Fatal(err)
		}
		sameAs(t, db, fkdT2{}, fkdU2{})
	})
}

type fkdT3 struct {
	ID   int64  `ferro:"id,pk"`
	Code string `ferro:"code"`
}

func (fkdT3) TableName() string { return "fkd_t" }

// depKeep is the one model of TestInspect_postgresDependentOwnerIsStable.
type depKeep struct {
	ID int64 `ferro:"id,pk"`
}

func (depKeep) TableName() string { return "dep_keep" }

// Regression: the branches of pgInspectDependents read one object in
// different ways: a check of another table whose expression holds the
// row type and reads a field of it (constraint ck on table dep_u) came
// from the column branch with its table and constraint name and from the
// row-type branch without them, and the rows merged in query order, so
// Dependent.Table and Constraint depended on which row came first. Every
// branch now names an object's owner table (the table whose drop drops
// it: a constraint's, trigger's, policy's, rule's, generated column's or
// index's table) the same way, and the inspection refuses rows of one
// object that disagree. Read several times, the result is the same and
// names dep_u. (LocksType is true for the check: the row-type branch
// marks every object that holds the row type, which stops every type
// change of dep_t anyway.)
func TestInspect_postgresDependentOwnerIsStable(t *testing.T) {
	t.Parallel()
	e := testdb.Postgres(t)
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	ctx := context.Background()
	execAll(t, db, `CREATE TABLE dep_t (x int)`,
		`CREATE TABLE dep_u (a int, CONSTRAINT dep_ck CHECK ((ROW(a)::dep_t).x > 0))`,
		`CREATE INDEX dep_ix ON dep_u (((ROW(a)::dep_t).x))`)
	want := map[string]string{
		"constraint dep_ck on table dep_u": "{Object:constraint dep_ck on table dep_u Table:dep_u Column: Constraint:dep_ck Columns:[x] Index: RowType:true LocksType:true}",
		"index dep_ix":                     "{Object:index dep_ix Table:dep_u Column: Constraint: Columns:[x] Index: RowType:true LocksType:true}",
	}
	var first []string
	for i := range 5 {
		live, err := catalog.Inspect(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		tb, _ := live.Table("dep_t")
		var got []string
		for _, d := range tb.Dependents {
			s := fmt.Sprintf("%+v", *d)
			got = append(got, s)
			if w, ok := want[d.Object]; ok && s != w {
				t.Errorf("inspection %d: dependent\n%s\nwant\n%s", i+1, s, w)
			}
		}
		if len(got) != len(want) {
			t.Errorf("inspection %d: dependents of dep_t\n%s\nwant %d", i+1, strings.Join(got, "\n"), len(want))
		}
		if i == 0 {
			first = got
		} else if !slices.Equal(first, got) {
			t.Fatalf("inspection %d differs from the first:\n%s\nfirst:\n%s", i+1, strings.Join(got, "\n"), strings.Join(first, "\n"))
		}
	}
	// Owned by dep_u, the check and the index go with it: dropping dep_u
	// then dep_t is a plan the server accepts (it was refused, the owner
	// being unknown).
	if err := migrate.Run(ctx, db, []any{depKeep{}}, migrate.AllowDestructive(), migrate.DropTables("dep_u", "dep_t")); err != nil {
		t.Fatal(err)
	}
}
