package tests

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// Issue 17 item 2: the names and shapes a model declares beside ferro's
// defaults (the Constraints method, autoincrement=, deferrable keys,
// type=unknown(...)) are made by Migrate and then read back equal, so
// the next plan at every level is empty: every plan converges for them as
// TestMigrate_everyPlanConverges proves for the vocabulary.

type dsParent struct {
	Code string `ferro:"code,pk"`
	Kind string `ferro:"kind"`
}

func (dsParent) TableName() string { return "ds_parent" }

func (dsParent) Constraints() schema.Constraints {
	return schema.Constraints{
		PrimaryKey: &schema.PrimaryKey{Name: "ds_parent_pkey"},
		Indexes:    []*schema.Index{{Name: "ds_parent_kind_code_key", Unique: true, Columns: []string{"kind", "code"}}},
	}
}

type dsChild struct {
	A     int64   `ferro:"a,pk"`
	B     int64   `ferro:"b,pk"`
	Code  string  `ferro:"code,fk=ds_parent.code,initially_deferred"`
	Kind  string  `ferro:"kind"`
	Qty   int32   `ferro:"qty"`
	Note  *string `ferro:"note"`
	Plain *int32  `ferro:"plain"`
}

func (dsChild) TableName() string { return "ds_child" }

func (dsChild) Constraints() schema.Constraints {
	return schema.Constraints{
		PrimaryKey: &schema.PrimaryKey{Name: "ds_child_pk", Columns: []string{"b", "a"}},
		Indexes: []*schema.Index{
			{Name: "index_ds_child_on_qty_and_a", Columns: []string{"qty", "a"}, Desc: []bool{true, false}},
			{Name: "ds_child_note_partial", Columns: []string{"note"}, Where: "note IS NOT NULL"},
			{Name: "IX_DS_CHILD_KIND", Columns: []string{"kind"}},
		},
		ForeignKeys: []*schema.ForeignKey{
			{Name: "ds_child_kind_code_fkey", Columns: []string{"kind", "code"}, RefTable: "ds_parent", RefColumns: []string{"code", "kind"}, OnDelete: "cascade", Deferrable: true},
			{Name: "fk_code_again", Columns: []string{"code"}, RefTable: "ds_parent", RefColumns: []string{"code"}},
			{Name: "ds_child_plain_fkey", Columns: []string{"plain"}, RefTable: "ds_plain", RefColumns: []string{"id"}},
		},
		Checks: []*schema.Check{{Name: "ds_child_qty_check", Expr: "qty >= 0"}},
	}
}

type dsPlain struct {
	ID   int64  `ferro:"id,pk,autoincrement=false"`
	Name string `ferro:"name"`
}

func (dsPlain) TableName() string { return "ds_plain" }

type dsKeyless struct {
	At   int64  `ferro:"at"`
	What string `ferro:"what"`
}

func (dsKeyless) TableName() string { return "ds_keyless" }

func (dsKeyless) Constraints() schema.Constraints {
	return schema.Constraints{NoPrimaryKey: true, Indexes: []*schema.Index{{Name: "ds_keyless_at", Columns: []string{"at"}}}}
}

type dsMonotonic struct {
	ID   int64  `ferro:"id,pk,autoincrement=monotonic"`
	Name string `ferro:"name"`
}

func (dsMonotonic) TableName() string { return "ds_monotonic" }

type dsSQLite struct {
	Code  *string `ferro:"code,pk"`
	Lang  *string `ferro:"lang,pk"`
	Name  string  `ferro:"name"`
	Flags int64   `ferro:"flags,type=unknown(smallint unsigned),default=0"`
	Body  *string `ferro:"body,type=unknown(CLOB)"`
	Price float64 `ferro:"price,type=numeric(8,2) declared decimal(8,2)"`
}

func (dsSQLite) TableName() string { return "ds_sqlite" }

func (dsSQLite) Constraints() schema.Constraints {
	return schema.Constraints{Indexes: []*schema.Index{{Name: "ds_name_index", Unique: true, Columns: []string{"name", "lang"}, Collate: []string{"NOCASE", ""}}}}
}

type dsPostgres struct {
	ID    int32   `ferro:"id,pk,autoincrement"`
	Words *string `ferro:"words,type=unknown(tsvector)"`
	Addr  string  `ferro:"addr,type=unknown(inet)"`
}

func (dsPostgres) TableName() string { return "ds_postgres" }

func (dsPostgres) Constraints() schema.Constraints {
	return schema.Constraints{Indexes: []*schema.Index{{Name: "ds_postgres_words", Columns: []string{"words"}, Method: "gin"}}}
}

type dsEvents struct {
	ID     int64  `ferro:"id,pk,autoincrement=false"`
	Device int64  `ferro:"device"`
	Kind   string `ferro:"kind"`
}

func (dsEvents) TableName() string { return "ds_events" }

func (dsEvents) Constraints() schema.Constraints {
	return schema.Constraints{PartitionBy: &schema.PartitionKey{Method: "range", Columns: []string{"id"}}}
}

func describedModels(engine schema.Dialect) []any {
	common := []any{dsParent{}, dsPlain{}, dsChild{}, dsKeyless{}, dsMonotonic{}}
	if engine == "sqlite" {
		return append(common, dsSQLite{})
	}
	return append(common, dsPostgres{}, dsEvents{})
}

func TestMigrate_describedConverges(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		models := describedModels(e.Name)
		p, err := migrate.NewPlan(ctx, db, models, migrate.AllowDestructive())
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Apply(ctx, db); err != nil {
			t.Fatalf("%v\n%s", err, p)
		}
		want, err := catalog.FromModels(models...)
		if err != nil {
			t.Fatal(err)
		}
		stored, _ := catalog.ForDialect(want, e.Name)
		sameSchema(t, "after Migrate", stored, inspect(t, db))
		for _, lvl := range []migrate.Option{migrate.AllowUpdates(), migrate.AllowDestructive()} {
			again, err := migrate.NewPlan(ctx, db, models, lvl, migrate.RequireComplete())
			if err != nil {
				t.Fatal(err)
			}
			if !again.Empty() || !again.Residue().Complete() {
				t.Errorf("the plan after Migrate is not empty:\n%s", again)
			}
		}
	})
}

// Issue 17 item 2: objects the engine keeps without a name of the model's
// (SQLite's unnamed primary keys, foreign keys and checks, the
// sqlite_autoindex_* of a UNIQUE in the CREATE TABLE) and names the engine
// takes for the model's (SQLite compares them ignoring ASCII case) are the
// model's: equal in the one comparison, and no plan at any level refuses,
// renames or rebuilds anything for them. PostgreSQL compares names
// exactly: there a model names each object as the table does.
type enParent struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name,unique"`
}

func (enParent) TableName() string { return "en_parent" }

type enChild struct {
	ID       int64    `ferro:"id,pk"`
	ParentID int64    `ferro:"parent_id,fk=en_parent.id,index"`
	Status   enStatus `ferro:"status"`
}

func (enChild) TableName() string { return "en_child" }

type enStatus string

func (enStatus) Values() []string { return []string{"new", "done"} }

func TestMigrate_equalNames(t *testing.T) {
	t.Parallel()
	ddl := map[schema.Dialect][]string{
		"sqlite": {
			`CREATE TABLE en_parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)`,
			`CREATE TABLE en_child (id INTEGER CONSTRAINT PK_EN_CHILD PRIMARY KEY, parent_id BIGINT NOT NULL REFERENCES en_parent (id),
				status TEXT NOT NULL CHECK ("status" IN ('new', 'done')))`,
			`CREATE INDEX idx_EN_CHILD_PARENT_ID ON en_child (parent_id)`, // ferro's prefix: exact names would plan a rename
		},
		"postgres": {
			`CREATE TABLE en_parent (id bigint GENERATED BY DEFAULT AS IDENTITY CONSTRAINT pk_en_parent PRIMARY KEY, name text NOT NULL)`,
			`CREATE UNIQUE INDEX uq_en_parent_name ON en_parent (name)`,
			`CREATE TABLE en_child (id bigint GENERATED BY DEFAULT AS IDENTITY CONSTRAINT pk_en_child PRIMARY KEY,
				parent_id bigint NOT NULL CONSTRAINT fk_en_child_parent_id REFERENCES en_parent (id),
				status text NOT NULL CONSTRAINT ck_en_child_status CHECK (status IN ('new', 'done')))`,
			`CREATE INDEX idx_en_child_parent_id ON en_child (parent_id)`,
		},
	}
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		for _, s := range ddl[e.Name] {
			if _, err := db.ExecContext(ctx, s); err != nil {
				t.Fatalf("%s: %v", s, err)
			}
		}
		models := []any{enParent{}, enChild{}}
		want, err := catalog.FromModels(models...)
		if err != nil {
			t.Fatal(err)
		}
		live := inspect(t, db)
		sameSchema(t, "FromModels against the live names", want, live)
		if e.Name == "sqlite" {
			child, _ := live.Table("en_child")
			parent, _ := live.Table("en_parent")
			if parent.PrimaryKey.Name != "" || child.PrimaryKey.Name != "PK_EN_CHILD" || child.ForeignKeys[0].Name != "" || child.Checks[0].Name != "" ||
				!slices.ContainsFunc(parent.Indexes, func(x *schema.Index) bool { return x.EngineNamed && strings.HasPrefix(x.Name, "sqlite_autoindex_") }) {
				t.Fatalf("the live names are not the ones this test is about: %+v %+v", parent, child)
			}
		}
		for _, lvl := range []migrate.Option{migrate.AllowUpdates(), migrate.AllowDestructive()} {
			p, err := migrate.NewPlan(ctx, db, models, lvl, migrate.RequireComplete())
			if err != nil {
				t.Fatal(err)
			}
			if !p.Empty() {
				t.Errorf("a plan for names the engine takes for the model's:\n%s", p)
			}
		}
	})
}

// A column the model keeps with a type outside the vocabulary is never
// added, altered or dropped: a live table without it, or with it
// otherwise, is reported (Residue().Unknown) and left alone, while every
// other change goes ahead.
type keptBefore struct {
	ID int64 `ferro:"id,pk"`
}

func (keptBefore) TableName() string { return "kept_cols" }

type keptAfter struct {
	ID    int64   `ferro:"id,pk"`
	Tag   *string `ferro:"tag,type=unknown(CLOB)"`
	Other *string `ferro:"other"`
}

func (keptAfter) TableName() string { return "kept_cols" }

type keptOtherwise struct {
	ID    int64   `ferro:"id,pk"`
	Tag   string  `ferro:"tag,type=unknown(CLOB),default='x'"`
	Other *string `ferro:"other"`
}

func (keptOtherwise) TableName() string { return "kept_cols" }

func TestMigrate_keptColumnsLeftAlone(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		apply := func(models []any) *migrate.Plan {
			t.Helper()
			p, err := migrate.NewPlan(ctx, db, models, migrate.AllowDestructive())
			if err != nil {
				t.Fatal(err)
			}
			if err := p.Apply(ctx, db); err != nil {
				t.Fatal(err)
			}
			return p
		}
		apply([]any{keptBefore{}})
		p := apply([]any{keptAfter{}})
		u := p.Residue().Unknown
		if len(p.Changes()) != 1 || len(u) != 1 || !u[0].Missing || u[0].Column != "tag" || !strings.Contains(u[0].String(), "ferro never adds one") {
			t.Fatalf("a kept column the table lacks: changes %v, unknown %+v", p.Changes(), u)
		}
		if _, ok := inspect(t, db).Tables[0].Column("tag"); ok {
			t.Fatal("the kept column was added")
		}
		typ := "TEXT"
		if e.Name == "postgres" {
			typ = "text"
		}
		if _, err := db.ExecContext(ctx, `ALTER TABLE kept_cols ADD COLUMN tag `+typ); err != nil {
			t.Fatal(err)
		}
		before := inspect(t, db)
		p = apply([]any{keptOtherwise{}})
		u = p.Residue().Unknown
		if !p.Empty() || len(u) != 1 || !u[0].Kept || !strings.Contains(u[0].String(), "ferro never changes such a column") {
			t.Fatalf("a kept column of another type, nullability and default: %s, unknown %+v", p, u)
		}
		sameSchema(t, "the kept column after the plan", before, inspect(t, db))
	})
}

// dsChildBefore is ds_child before its constraints: the same columns and
// key, nothing else.
type dsChildBefore struct {
	A     int64   `ferro:"a,pk"`
	B     int64   `ferro:"b,pk"`
	Code  string  `ferro:"code"`
	Kind  string  `ferro:"kind"`
	Qty   int32   `ferro:"qty"`
	Note  *string `ferro:"note"`
	Plain *int32  `ferro:"plain"`
}

func (dsChildBefore) TableName() string { return "ds_child" }

func (dsChildBefore) Constraints() schema.Constraints {
	return schema.Constraints{PrimaryKey: &schema.PrimaryKey{Name: "ds_child_pk", Columns: []string{"b", "a"}}}
}

// What a model declares beside its tags is added to an existing table at
// the updates level, as the engine spells it (PostgreSQL: ALTER TABLE ...
// ADD with DEFERRABLE, CREATE INDEX with DESC and WHERE, ADD CONSTRAINT
// CHECK; SQLite: the table rebuild), and reads back equal.
func TestMigrate_describedAdded(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		apply := func(models []any) *migrate.Plan {
			t.Helper()
			p, err := migrate.NewPlan(ctx, db, models, migrate.AllowUpdates(), migrate.RequireComplete())
			if err != nil {
				t.Fatal(err)
			}
			if err := p.Apply(ctx, db); err != nil {
				t.Fatalf("%v\n%s", err, p)
			}
			return p
		}
		apply([]any{dsParent{}, dsPlain{}, dsChildBefore{}})
		if _, err := db.ExecContext(ctx, `INSERT INTO ds_parent (code, kind) VALUES ('c', 'k'), ('k', 'c')`); err != nil {
			t.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, `INSERT INTO ds_child (a, b, code, kind, qty) VALUES (1, 2, 'c', 'k', 3)`); err != nil {
			t.Fatal(err)
		}
		models := []any{dsParent{}, dsPlain{}, dsChild{}}
		p := apply(models)
		if len(p.Changes()) == 0 {
			t.Fatal("nothing planned for the declared constraints")
		}
		want, _ := catalog.FromModels(models...)
		sameSchema(t, "after the declared constraints were added", want, inspect(t, db))
		if again := apply(models); !again.Empty() {
			t.Errorf("the plan after adding them is not empty:\n%s", again)
		}
		var n int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM ds_child`).Scan(&n); err != nil || n != 1 {
			t.Fatalf("rows: %d, %v", n, err)
		}
	})
}

// A column a model keeps with a type outside the vocabulary is scanned by
// coerce as the Go type of its field.
func TestScan_keptColumns(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		models := describedModels(e.Name)
		if err := ferro.Migrate(db, models); err != nil {
			t.Fatal(err)
		}
		if e.Name == schema.SQLite {
			if _, err := db.ExecContext(ctx, `INSERT INTO ds_sqlite (code, lang, name, flags, body, price) VALUES ('c', 'en', 'n', 7, 'text', 1.5)`); err != nil {
				t.Fatal(err)
			}
			rows, err := db.QueryContext(ctx, `SELECT * FROM ds_sqlite`)
			if err != nil {
				t.Fatal(err)
			}
			got, err := coerce.ScanAll[dsSQLite](rows)
			if err != nil || len(got) != 1 || got[0].Flags != 7 || got[0].Body == nil || *got[0].Body != "text" || *got[0].Code != "c" {
				t.Fatalf("ScanAll = %+v, %v", got, err)
			}
			return
		}
		if _, err := db.ExecContext(ctx, `INSERT INTO ds_postgres (words, addr) VALUES (to_tsvector('simple', 'a b'), '10.0.0.1')`); err != nil {
			t.Fatal(err)
		}
		rows, err := db.QueryContext(ctx, `SELECT * FROM ds_postgres`)
		if err != nil {
			t.Fatal(err)
		}
		got, err := coerce.ScanAll[dsPostgres](rows)
		if err != nil || len(got) != 1 || got[0].Words == nil || *got[0].Words != "'a':1 'b':2" || got[0].Addr != "10.0.0.1" {
			t.Fatalf("ScanAll = %+v (words %q), %v", got, deref(got), err)
		}
	})
}

func deref(got []dsPostgres) string {
	if len(got) == 0 || got[0].Words == nil {
		return "<nil>"
	}
	return *got[0].Words
}
