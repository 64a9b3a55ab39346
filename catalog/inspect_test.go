package catalog_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

func exec(t *testing.T, q schema.ExecQuerier, stmts ...string) {
	t.Helper()
	for _, s := range stmts {
		if _, err := q.ExecContext(context.Background(), s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

func ty(t *testing.T, s string) schema.Type {
	t.Helper()
	typ, err := schema.ParseType(s)
	if err != nil {
		t.Fatal(err)
	}
	return typ
}

// Hand-written SQLite DDL with features ferro does not create: each is
// reported faithfully (types by exact name or unknown, opaque checks,
// partial/expression/descending indexes, unnamed keys, views) or ignored as
// documented (triggers, ferro_ tables, virtual tables).
func TestInspect_sqliteHandMade(t *testing.T) {
	t.Parallel()
	e := testdb.SQLite(t)
	db := testdb.Open(t, e.RawDriver, e.DSN)
	exec(t, db,
		`CREATE TABLE people (
			id INTEGER PRIMARY KEY AUTOINCREMENT,
			score DOUBLE, photo BLOB, born DATETIME, nick VARCHAR(20),
			price NUMERIC(10,2), doc JSON, misc, big INT8, flag BOOL,
			email TEXT CONSTRAINT uq_email UNIQUE,
			kind TEXT CONSTRAINT ck_people_kind CHECK (kind IN ('a','b')),
			age INT CHECK (age > 0),
			boss_id INTEGER REFERENCES people ON DELETE SET NULL,
			CONSTRAINT ck_people_misc CHECK (length(nick) < 10 OR nick IS NULL)
		)`,
		`CREATE TABLE pairs (a TEXT, b TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID`,
		`CREATE INDEX idx_partial ON people (nick) WHERE nick IS NOT NULL`,
		`CREATE INDEX idx_expr ON people (lower(email), age DESC)`,
		`CREATE VIEW v_people AS SELECT id FROM people`,
		`CREATE TRIGGER tr_people AFTER INSERT ON people BEGIN SELECT 1; END`,
		`CREATE TABLE ferro_bookkeeping (x)`,
		`CREATE VIRTUAL TABLE fts USING fts5(body)`,
	)
	s, err := catalog.Inspect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tb := range s.Tables {
		names = append(names, tb.Name)
	}
	if strings.Join(names, ",") != "pairs,people" || strings.Join(s.Views, ",") != "v_people" {
		t.Fatalf("tables %v views %v", names, s.Views)
	}
	people, _ := s.Table("people")
	wantTypes := map[string]schema.Type{
		"id": ty(t, "bigint"), "score": ty(t, "double"), "photo": ty(t, "bytes"), "born": ty(t, "timestamp"),
		"nick": ty(t, "varchar(20)"), "price": ty(t, "numeric(10,2) declared NUMERIC(10,2)"), "doc": schema.Unknown("JSON"),
		"misc": schema.Unknown(""), "big": ty(t, "bigint"), "flag": ty(t, "boolean"),
	}
	for col, want := range wantTypes {
		t.Run("type "+col, func(t *testing.T) {
			c, ok := people.Column(col)
			if !ok || c.Type != want {
				t.Fatalf("column %s: %+v, want type %s", col, c, want)
			}
		})
	}
	id, _ := people.Column("id")
	if !id.AutoIncrement || id.Nullable || !id.Monotonic || id.Extra != "" {
		t.Errorf("id = %+v, want the rowid alias with AUTOINCREMENT (Monotonic)", id)
	}
	if people.PrimaryKey == nil || people.PrimaryKey.Name != "" || people.PrimaryKey.Columns[0] != "id" {
		t.Errorf("pk = %+v", people.PrimaryKey)
	}
	checks := map[string]schema.Check{}
	for _, c := range people.Checks {
		checks[c.Name] = *c
	}
	if c := checks["ck_people_kind"]; c.Column != "kind" || strings.Join(c.Values, ",") != "a,b" {
		t.Errorf("enum check = %+v", c)
	}
	if c := checks["ck_people_misc"]; c.Values != nil || c.Expr != "length(nick) < 10 OR nick IS NULL" {
		t.Errorf("opaque check = %+v", c)
	}
	if c := checks[""]; c.Expr != "age > 0" {
		t.Errorf("unnamed column check = %+v", c)
	}
	if len(people.ForeignKeys) != 1 || people.ForeignKeys[0].RefColumns[0] != "id" || people.ForeignKeys[0].OnDelete != schema.ActionSetNull {
		t.Errorf("fk = %+v", people.ForeignKeys[0])
	}
	idx := map[string]schema.Index{}
	for _, x := range people.Indexes {
		idx[x.Name] = *x
	}
	if x := idx["idx_partial"]; x.Where != "nick IS NOT NULL" || x.Columns[0] != "nick" {
		t.Errorf("partial index = %+v", x)
	}
	if x := idx["idx_expr"]; strings.Join(x.Columns, ",") != "(lower(email)),age" || x.Extra != "expression" || !slices.Equal(x.Desc, []bool{false, true}) {
		t.Errorf("expression index = %+v", x)
	}
	if x := idx["sqlite_autoindex_people_1"]; !x.Unique || !x.Constraint || !x.EngineNamed || x.Columns[0] != "email" {
		t.Errorf("unique constraint index = %+v (all: %+v)", x, idx)
	}
	pairs, _ := s.Table("pairs")
	if pairs.Extra != "without rowid" || strings.Join(pairs.PrimaryKey.Columns, ",") != "a,b" {
		t.Errorf("pairs = %+v", pairs)
	}
}

// Hand-written Postgres DDL with features ferro does not create.
func TestInspect_postgresHandMade(t *testing.T) {
	t.Parallel()
	e := testdb.Postgres(t)
	db := testdb.Open(t, e.RawDriver, e.DSN)
	other := testdb.UniqueName("ferro_o_")
	t.Cleanup(func() { db.Exec(`DROP SCHEMA "` + other + `" CASCADE`) })
	exec(t, db,
		`CREATE SCHEMA "`+other+`"`,
		`CREATE TABLE "`+other+`".elsewhere (id int PRIMARY KEY)`,
		`CREATE TYPE mood AS ENUM ('sad', 'ok')`,
		`CREATE TABLE people (
			id serial PRIMARY KEY,
			m mood, tags text[], at timestamp(3) with time zone, s varchar, j json,
			n numeric(10,2) DEFAULT 0.5, sx text COLLATE "C",
			g int GENERATED ALWAYS AS (id * 2) STORED,
			ident bigint GENERATED ALWAYS AS IDENTITY,
			other_id int REFERENCES "`+other+`".elsewhere (id) DEFERRABLE INITIALLY DEFERRED,
			email text CONSTRAINT uq_email UNIQUE,
			age int CONSTRAINT ck_age CHECK (age > 0)
		)`,
		`CREATE INDEX idx_partial ON people (s) WHERE s IS NOT NULL`,
		`CREATE INDEX idx_expr ON people (lower(email), age DESC)`,
		`CREATE INDEX idx_gin ON people USING gin (tags)`,
		`CREATE VIEW v_people AS SELECT id FROM people`,
		`CREATE MATERIALIZED VIEW mv_people AS SELECT id FROM people`,
		`CREATE FUNCTION trf() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
		`CREATE TRIGGER tr_people BEFORE INSERT ON people FOR EACH ROW EXECUTE FUNCTION trf()`,
		`CREATE TABLE ferro_bookkeeping (x int)`,
	)
	s, err := catalog.Inspect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Tables) != 1 || s.Tables[0].Name != "people" || strings.Join(s.Views, ",") != "mv_people,v_people" {
		t.Fatalf("tables %+v views %v", s.Tables, s.Views)
	}
	p := s.Tables[0]
	wantTypes := map[string]schema.Type{
		"id": ty(t, "int"), "m": {Kind: schema.KindEnum, Raw: "mood"}, "tags": ty(t, "text[]"),
		"at": ty(t, "timestamptz(3)"), "s": ty(t, "varchar"),
		"j": ty(t, "jsontext"), "n": ty(t, "numeric(10,2)"),
	}
	for col, want := range wantTypes {
		t.Run("type "+col, func(t *testing.T) {
			c, ok := p.Column(col)
			if !ok || c.Type != want {
				t.Fatalf("column %s: %+v, want type %s", col, c, want)
			}
		})
	}
	col := func(n string) *schema.Column { c, _ := p.Column(n); return c }
	// A serial key is read like an identity one (auto-increment, no
	// default), so a model of it matches either way the key was made.
	if c := col("id"); !c.AutoIncrement || c.Default != "" || c.Extra != "" {
		t.Errorf("serial column = %+v: want auto-increment without a default", c)
	}
	if c := col("n"); c.Default != "0.5" {
		t.Errorf("numeric default = %q", c.Default)
	}
	if c := col("sx"); c.Extra != "collate C" {
		t.Errorf("collation = %+v", c)
	}
	if c := col("g"); c.Default != "" || !strings.HasPrefix(c.Extra, "generated as (") || c.Generated != "(id * 2)" {
		t.Errorf("generated = %+v", c)
	}
	if c := col("ident"); !c.AutoIncrement || c.Extra != "identity always" {
		t.Errorf("identity always = %+v", c)
	}
	fk := p.ForeignKeys[0]
	if fk.RefTable != other+".elsewhere" || !fk.Deferrable || !fk.InitiallyDeferred || fk.Extra != "" {
		t.Errorf("fk = %+v", fk)
	}
	ck, _ := p.Check("ck_age")
	if ck == nil || ck.Values != nil || ck.Expr != "age > 0" {
		t.Errorf("check = %+v", ck)
	}
	idx := map[string]schema.Index{}
	for _, x := range p.Indexes {
		idx[x.Name] = *x
	}
	if x := idx["idx_partial"]; x.Where != "s IS NOT NULL" {
		t.Errorf("partial = %+v", x)
	}
	if x := idx["idx_expr"]; strings.Join(x.Columns, ",") != "(lower(email)),age" || x.Extra != "expression" || !slices.Equal(x.Desc, []bool{false, true}) {
		t.Errorf("expression = %+v", x)
	}
	if x := idx["idx_gin"]; x.Method != "gin" || x.Extra != "" {
		t.Errorf("gin = %+v", x)
	}
	if x := idx["uq_email"]; !x.Constraint || !x.Unique {
		t.Errorf("unique constraint = %+v", x)
	}
}

// numeric(p,s) on SQLite is enforced by the column's DecimalCheck (lead's
// request: "12345678901.25" was accepted into numeric(12,2) on SQLite while
// Postgres refused it).
func TestSQLite_decimalPrecisionEnforced(t *testing.T) {
	t.Parallel()
	type money struct {
		ID     int64  `ferro:"id,pk"`
		Amount string `ferro:"amount,type=numeric(12,2),nullable"`
	}
	s, err := catalog.FromModels(money{})
	if err != nil {
		t.Fatal(err)
	}
	e := testdb.SQLite(t)
	db := testdb.Open(t, e.RawDriver, e.DSN)
	stmts, _ := catalog.Render(s, schema.SQLite)
	exec(t, db, stmts...)
	tests := []struct {
		value any
		ok    bool
	}{
		{"1234567890.25", true}, {"-1234567890.25", true}, {"0.5", true}, {"7", true}, {"1.230", true},
		{"0001234567890.25", true}, {nil, true}, {int64(42), true}, {1.5, true},
		{"12345678901.25", false}, {"1.234", false}, {"1e5", false}, {"abc", false}, {"1.", false},
		{".5", false}, {"--1", false}, {"1-2", false}, {"1.2.3", false}, {"", false}, {"-", false},
		{[]byte("1.5"), false}, {1e20, false},
	}
	for i, tc := range tests {
		_, err := db.Exec(`INSERT INTO "money" ("id", "amount") VALUES (?, ?)`, i+1, tc.value)
		if (err == nil) != tc.ok {
			t.Errorf("insert %#v: err = %v, want ok=%v", tc.value, err, tc.ok)
		}
	}
	var got string
	if err := db.QueryRow(`SELECT "amount" FROM "money" WHERE "id" = 1`).Scan(&got); err != nil || got != "1234567890.25" {
		t.Fatalf("stored %q, %v", got, err)
	}
}
