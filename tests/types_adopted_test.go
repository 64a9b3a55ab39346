package tests

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/shopspring/decimal"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
)

// Types adopted from other tools' schemas (issue 12 item 1): arrays,
// PostgreSQL json beside jsonb, time precision, SQLite NUMERIC(p,s).

type arrRow struct {
	ID     int64             `ferro:"id,pk"`
	Tags   []string          `ferro:"tags,type=text[]"`
	Nums   []int64           `ferro:"nums,type=bigint[],nullable"`
	Small  []int32           `ferro:"small,type=int[],default='{}'"`
	Flags  []bool            `ferro:"flags,type=boolean[],nullable"`
	IDs    []uuid.UUID       `ferro:"ids,type=uuid[],nullable"`
	Prices []decimal.Decimal `ferro:"prices,type=numeric(12,2)[],nullable"`
	Opt    []*string         `ferro:"opt,type=text[],nullable"`
	Doc    []string          `ferro:"doc,type=json,nullable"` // a slice in a JSON column, as before
}

func (arrRow) TableName() string { return "arr" }

// An array column holds a Go slice: bound as an array parameter on
// PostgreSQL (pgx) and as its JSON array on SQLite (internal/bind), read
// back by coerce from the array literal pgx returns through database/sql
// or from the JSON array; a slice bound to a json column is JSON on both.
func TestArrays_bindAndScan(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		models := []any{arrRow{}}
		if e.Name == "sqlite" {
			models = []any{arrSQLite{}}
		}
		if err := ferro.Migrate(db, models); err != nil {
			t.Fatal(err)
		}
		p, err := migrate.NewPlan(ctx, db, models, migrate.AllowDestructive())
		if err != nil || !p.Empty() {
			t.Fatalf("second plan: %v\n%s", err, p)
		}
		if e.Name == "postgres" {
			// A slice tagged type=json keeps its jsonb column: only [] in
			// the tag makes an array.
			var doc, tags string
			if err := db.QueryRow(`SELECT format_type(a.atttypid, a.atttypmod), format_type(b.atttypid, b.atttypmod) FROM pg_attribute a, pg_attribute b
				WHERE a.attrelid = 'arr'::regclass AND a.attname = 'doc' AND b.attrelid = 'arr'::regclass AND b.attname = 'tags'`).Scan(&doc, &tags); err != nil || doc != "jsonb" || tags != "text[]" {
				t.Fatalf("doc is %s, tags %s (%v); want jsonb and text[]", doc, tags, err)
			}
		}
		ph := func(n int) string {
			if e.Name == "sqlite" {
				return "?"
			}
			return "$" + string(rune('0'+n))
		}
		a, b := "a,b", `quote " and \ back`
		id := uuid.MustParse("00000000-0000-0000-0000-00000000000a")
		want := arrRow{ID: 1, Tags: []string{"x", "y z", "", "NULL", "{}", "a,b", `q"`}, Nums: []int64{1, -9223372036854775808},
			Small: []int32{}, Flags: []bool{true, false}, IDs: []uuid.UUID{id}, Prices: []decimal.Decimal{decimal.RequireFromString("1.50")},
			Opt: []*string{&a, nil, &b}, Doc: []string{"j"}}
		q := `INSERT INTO arr (id, tags, nums, small, flags, ids, prices, opt, doc) VALUES (` +
			strings.Join([]string{ph(1), ph(2), ph(3), ph(4), ph(5), ph(6), ph(7), ph(8), ph(9)}, ", ") + `)`
		if _, err := db.ExecContext(ctx, q, want.ID, want.Tags, want.Nums, want.Small, want.Flags, want.IDs, want.Prices, want.Opt, want.Doc); err != nil {
			t.Fatal(err)
		}
		// nil slices are NULL in a nullable array or json column.
		if _, err := db.ExecContext(ctx, `INSERT INTO arr (id, tags) VALUES (2, `+ph(1)+`)`, []string{}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, `UPDATE arr SET nums = `+ph(1)+`, doc = `+ph(2)+` WHERE id = 2`, []int64(nil), []string(nil)); err != nil {
			t.Fatal(err)
		}
		if e.Name == "postgres" {
			// A slice is an array parameter where the query wants one.
			var n int
			if err := db.QueryRowContext(ctx, `SELECT count(*) FROM arr WHERE id = ANY($1)`, []int64{1, 2, 3}).Scan(&n); err != nil || n != 2 {
				t.Fatalf("= ANY($1): %d, %v", n, err)
			}
		}
		var nulls int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM arr WHERE id = 2 AND nums IS NULL AND doc IS NULL AND flags IS NULL`).Scan(&nulls); err != nil || nulls != 1 {
			t.Fatalf("nil slices are not NULL: %d, %v", nulls, err)
		}
		rows, err := db.QueryContext(ctx, `SELECT * FROM arr ORDER BY id`)
		if err != nil {
			t.Fatal(err)
		}
		got, err := coerce.ScanAll[arrRow](rows)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 {
			t.Fatalf("%d rows", len(got))
		}
		g := got[0]
		if g.ID != 1 || !slices.Equal(g.Tags, want.Tags) || !slices.Equal(g.Nums, want.Nums) || g.Small == nil || len(g.Small) != 0 ||
			!slices.Equal(g.Flags, want.Flags) || !slices.Equal(g.IDs, want.IDs) || len(g.Prices) != 1 || g.Prices[0].String() != "1.5" ||
			len(g.Opt) != 3 || *g.Opt[0] != a || g.Opt[1] != nil || *g.Opt[2] != b || !slices.Equal(g.Doc, want.Doc) {
			t.Fatalf("read back %+v, want %+v", g, want)
		}
		if g := got[1]; g.Tags == nil || len(g.Tags) != 0 || g.Nums != nil || g.Doc != nil || g.Flags != nil {
			t.Fatalf("empty and NULL read back as %+v", g)
		}
		// A NULL element only goes into a pointer element.
		rows, err = db.QueryContext(ctx, `SELECT opt AS tags FROM arr WHERE id = 1`)
		if err != nil {
			t.Fatal(err)
		}
		type tagsOnly struct {
			Tags []string `ferro:"tags"`
		}
		if _, err := coerce.ScanAll[tagsOnly](rows); !errors.Is(err, coerce.ErrNull) || !strings.Contains(err.Error(), "element 2") {
			t.Fatalf("a NULL element into []string: %v", err)
		}
	})
}

// arrSQLite is arrRow with the SQLite spelling of the empty array default
// (a JSON array): defaults are SQL literals of the engine.
type arrSQLite struct {
	ID     int64             `ferro:"id,pk"`
	Tags   []string          `ferro:"tags,type=text[]"`
	Nums   []int64           `ferro:"nums,type=bigint[],nullable"`
	Small  []int32           `ferro:"small,type=int[],default='[]'"`
	Flags  []bool            `ferro:"flags,type=boolean[],nullable"`
	IDs    []uuid.UUID       `ferro:"ids,type=uuid[],nullable"`
	Prices []decimal.Decimal `ferro:"prices,type=numeric(12,2)[],nullable"`
	Opt    []*string         `ferro:"opt,type=text[],nullable"`
	Doc    []string          `ferro:"doc,type=json,nullable"`
}

func (arrSQLite) TableName() string { return "arr" }

type jsDoc1 struct {
	ID   int64           `ferro:"id,pk"`
	Body json.RawMessage `ferro:"body,type=jsontext"`
	Meta map[string]any  `ferro:"meta,type=json,nullable"`
}

func (jsDoc1) TableName() string { return "docs" }

type jsDoc2 struct {
	ID   int64           `ferro:"id,pk"`
	Body json.RawMessage `ferro:"body,type=json"`
	Meta map[string]any  `ferro:"meta,type=json,nullable"`
}

func (jsDoc2) TableName() string { return "docs" }

// PostgreSQL json is jsontext, distinct from json (jsonb): a live json
// column matches type=jsontext without DDL, and type=json stays jsonb, so
// schemas ferro created before plan nothing. jsontext -> json is planned
// with what it means (normalised documents) after a data check for the
// \u0000 escape jsonb refuses; json -> jsontext keeps every document. On
// SQLite both are text kept as written: one storage, nothing planned.
func TestMigrate_jsonText(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		if err := ferro.Migrate(db, []any{jsDoc1{}}); err != nil {
			t.Fatal(err)
		}
		if e.Name == "postgres" {
			var body, meta string
			if err := db.QueryRow(`SELECT (SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'docs' AND column_name = 'body'),
				(SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'docs' AND column_name = 'meta')`).Scan(&body, &meta); err != nil {
				t.Fatal(err)
			}
			if body != "json" || meta != "jsonb" {
				t.Fatalf("jsontext is %s, json is %s; want json and jsonb", body, meta)
			}
		}
		const doc = `{"b": 1,  "a": 2, "a": 3}`
		if _, err := db.Exec(`INSERT INTO docs (id, body) VALUES (1, '` + doc + `'), (2, '{"s": "\\u0000 kept as text"}'), (3, '{"s": "\u0000"}')`); err != nil {
			t.Fatal(err)
		}
		var got string
		if err := db.QueryRow(`SELECT body FROM docs WHERE id = 1`).Scan(&got); err != nil || got != doc {
			t.Fatalf("jsontext keeps the text: %q, %v", got, err)
		}
		if p, err := migrate.NewPlan(ctx, db, []any{jsDoc1{}}, migrate.AllowDestructive()); err != nil || !p.Empty() {
			t.Fatalf("plan of the same models: %v\n%s", err, p)
		}
		if e.Name == "sqlite" {
			p, err := migrate.NewPlan(ctx, db, []any{jsDoc2{}}, migrate.AllowDestructive())
			if err != nil || !p.Empty() {
				t.Fatalf("sqlite: json and jsontext are one storage: %v\n%s", err, p)
			}
			return
		}
		_, err := migrate.NewPlan(ctx, db, []any{jsDoc2{}}, migrate.AllowUpdates())
		if !errors.Is(err, migrate.ErrRefused) || !strings.Contains(err.Error(), `docs.body: has 1 rows whose document has a \u0000 escape in a string, which json (jsonb) refuses`) {
			t.Fatalf("jsontext -> json with a \\u0000 escape: %v", err)
		}
		if _, err := db.Exec(`DELETE FROM docs WHERE id = 3`); err != nil {
			t.Fatal(err)
		}
		p, err := migrate.NewPlan(ctx, db, []any{jsDoc2{}}, migrate.AllowUpdates())
		if err != nil {
			t.Fatal(err)
		}
		if want := "~ type docs.body jsontext -> json (every value checked) (jsonb normalises each document: whitespace, key order and duplicate keys are not kept)"; !strings.Contains(p.String(), want) {
			t.Fatalf("plan does not say %q:\n%s", want, p)
		}
		// The exported migration carries the same data check: run by
		// another tool (here the raw driver, as golang-migrate would), it
		// refuses while a row has the escape, then changes the type.
		up, _, err := p.WriteMigration(t.TempDir(), "body_to_jsonb")
		if err != nil {
			t.Fatal(err)
		}
		upSQL, err := os.ReadFile(up)
		if err != nil {
			t.Fatal(err)
		}
		raw := testdb.Open(t, e.RawDriver, e.DSN)
		if _, err := db.Exec(`INSERT INTO docs (id, body) VALUES (3, '{"s": "\u0000"}')`); err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Exec(string(upSQL), pgx.QueryExecModeSimpleProtocol); err == nil || !strings.Contains(err.Error(), "docs.body: has 1 rows whose document has a \\u0000 escape") {
			t.Fatalf("exported migration with a \\u0000 escape: %v\n%s", err, upSQL)
		}
		if _, err := db.Exec(`DELETE FROM docs WHERE id = 3`); err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Exec(string(upSQL), pgx.QueryExecModeSimpleProtocol); err != nil {
			t.Fatalf("exported migration: %v\n%s", err, upSQL)
		}
		if err := db.QueryRow(`SELECT body::text FROM docs WHERE id = 1`).Scan(&got); err != nil || got != `{"a": 3, "b": 1}` {
			t.Fatalf("jsonb normalised %q to %q, %v", doc, got, err)
		}
		p, err = migrate.NewPlan(ctx, db, []any{jsDoc1{}}, migrate.AllowUpdates())
		if err != nil || !strings.Contains(p.String(), "~ type docs.body json -> jsontext\n") {
			t.Fatalf("json -> jsontext: %v\n%s", err, p)
		}
		if err := p.Apply(ctx, db); err != nil {
			t.Fatal(err)
		}
		if p, err := migrate.NewPlan(ctx, db, []any{jsDoc1{}}, migrate.AllowDestructive()); err != nil || !p.Empty() {
			t.Fatalf("after the change: %v\n%s", err, p)
		}
	})
}

type stampP3 struct {
	ID int64     `ferro:"id,pk"`
	At time.Time `ferro:"at,type=timestamp(3)"`
}

func (stampP3) TableName() string { return "stamp_p" }

type stampP0 struct {
	ID int64     `ferro:"id,pk"`
	At time.Time `ferro:"at,type=timestamp(0)"`
}

func (stampP0) TableName() string { return "stamp_p" }

type stampP struct {
	ID int64     `ferro:"id,pk"`
	At time.Time `ferro:"at,type=timestamp"`
}

func (stampP) TableName() string { return "stamp_p" }

// timestamp(p) on PostgreSQL: read from atttypmod, compared, and a change
// to fewer digits is checked (the cast would round); more digits are
// free. On SQLite the precision is cosmetic: a live DATETIME(6) matches
// timestamp(3) without DDL and keeps what is written.
func TestMigrate_timePrecision(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		if e.Name == "sqlite" {
			if _, err := db.Exec(`CREATE TABLE stamp_p (id INTEGER CONSTRAINT pk_stamp_p PRIMARY KEY, at DATETIME(6) NOT NULL)`); err != nil {
				t.Fatal(err)
			}
			at := time.Date(2020, 1, 2, 3, 4, 5, 123456789, time.UTC)
			if _, err := db.Exec(`INSERT INTO stamp_p (at) VALUES (?)`, at); err != nil {
				t.Fatal(err)
			}
			for _, m := range []any{stampP3{}, stampP0{}, stampP{}} {
				if p, err := migrate.NewPlan(ctx, db, []any{m}, migrate.AllowDestructive()); err != nil || !p.Empty() {
					t.Fatalf("%T: %v\n%s", m, err, p)
				}
			}
			var got time.Time
			if err := db.QueryRow(`SELECT at FROM stamp_p`).Scan(coerce.Into(&got)); err != nil || !got.Equal(at) {
				t.Fatalf("read %v, %v; want %v", got, err, at)
			}
			return
		}
		if err := ferro.Migrate(db, []any{stampP3{}}); err != nil {
			t.Fatal(err)
		}
		var typ string
		if err := db.QueryRow(`SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'stamp_p'::regclass AND attname = 'at'`).Scan(&typ); err != nil || typ != "timestamp(3) without time zone" {
			t.Fatalf("created %q, %v", typ, err)
		}
		if p, err := migrate.NewPlan(ctx, db, []any{stampP3{}}, migrate.AllowDestructive()); err != nil || !p.Empty() {
			t.Fatalf("same model: %v\n%s", err, p)
		}
		if _, err := db.Exec(`INSERT INTO stamp_p (at) VALUES ('2020-01-02 03:04:05.123'), ('2020-01-02 03:04:06')`); err != nil {
			t.Fatal(err)
		}
		_, err := migrate.NewPlan(ctx, db, []any{stampP0{}}, migrate.AllowUpdates())
		if !errors.Is(err, migrate.ErrRefused) || !strings.Contains(err.Error(), "stamp_p.at: has 1 rows with more fractional-second digits than timestamp(0) keeps") {
			t.Fatalf("narrowing with fractions: %v", err)
		}
		if _, err := db.Exec(`UPDATE stamp_p SET at = date_trunc('second', at)`); err != nil {
			t.Fatal(err)
		}
		if err := ferro.Migrate(db, []any{stampP0{}}, migrate.AllowUpdates()); err != nil {
			t.Fatal(err)
		}
		p, err := migrate.NewPlan(ctx, db, []any{stampP{}}, migrate.AllowUpdates())
		if err != nil || !strings.Contains(p.String(), "~ type stamp_p.at timestamp(0) -> timestamp\n") {
			t.Fatalf("widening: %v\n%s", err, p)
		}
		if err := p.Apply(ctx, db); err != nil {
			t.Fatal(err)
		}
		if p, err := migrate.NewPlan(ctx, db, []any{stampP{}}, migrate.AllowDestructive()); err != nil || !p.Empty() {
			t.Fatalf("after: %v\n%s", err, p)
		}
	})
}

type priceRow struct {
	ID     int64            `ferro:"id,pk"`
	Amount decimal.Decimal  `ferro:"amount,type=numeric(12,2)"`
	Old    *decimal.Decimal `ferro:"old"`
}

func (priceRow) TableName() string { return "prices" }

type priceRow2 struct {
	ID     int64            `ferro:"id,pk"`
	Amount decimal.Decimal  `ferro:"amount,type=numeric(12,2)"`
	Old    *decimal.Decimal `ferro:"old"`
	Kind   priceKind        `ferro:"kind,default='a'"`
}

func (priceRow2) TableName() string { return "prices" }

type priceKind string

func (priceKind) Values() []string { return []string{"a", "b"} }

// SQLite NUMERIC(p,s) and DECIMAL (Django, Rails, SQLAlchemy) are read as
// numeric(p,s) declared so: a decimal model matches them without DDL,
// the plan notes that they keep REAL values, and a table rebuild keeps
// their declaration (and so their storage).
func TestMigrate_sqliteNumericDeclared(t *testing.T) {
	t.Parallel()
	e := testdb.SQLite(t)
	ctx := context.Background()
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	if _, err := db.Exec(`CREATE TABLE prices (id INTEGER CONSTRAINT pk_prices PRIMARY KEY, amount NUMERIC(12,2) NOT NULL, old decimal)`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO prices (amount, old) VALUES (?, ?)`, decimal.RequireFromString("1.50"), decimal.RequireFromString("10.10")); err != nil {
		t.Fatal(err)
	}
	p, err := migrate.NewPlan(ctx, db, []any{priceRow{}}, migrate.AllowDestructive())
	if err != nil || !p.Empty() || len(p.Residue().Unknown) > 0 {
		t.Fatalf("plan: %v\n%s", err, p)
	}
	notes := strings.Join(p.Residue().Kept, "\n")
	for _, want := range []string{
		"prices.amount is declared NUMERIC(12,2), read as numeric(12,2) and left as it is: that declaration has NUMERIC affinity, so the engine stores its values as REAL (8-byte floats) or INTEGER, not exact decimals",
		"prices.old is declared decimal, read as numeric",
	} {
		if !strings.Contains(notes, want) || !strings.Contains(p.String(), want) {
			t.Errorf("plan does not note %q:\n%s", want, p)
		}
	}
	// What the note says: "1.50" comes back as the REAL 1.5.
	var amount string
	if err := db.QueryRow(`SELECT amount FROM prices`).Scan(coerce.Into(&amount)); err != nil || amount != "1.5" {
		t.Fatalf("amount %q, %v", amount, err)
	}
	// A change that rebuilds the table keeps the declarations.
	if err := ferro.Migrate(db, []any{priceRow2{}}, migrate.AllowUpdates()); err != nil {
		t.Fatal(err)
	}
	var sqlText string
	if err := db.QueryRow(`SELECT sql FROM sqlite_schema WHERE name = 'prices'`).Scan(&sqlText); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sqlText, `"amount" NUMERIC(12,2) NOT NULL`) || !strings.Contains(sqlText, `"old" decimal`) || !strings.Contains(sqlText, "CHECK") {
		t.Fatalf("rebuilt as %s", sqlText)
	}
	if p, err := migrate.NewPlan(ctx, db, []any{priceRow2{}}, migrate.AllowDestructive()); err != nil || !p.Empty() {
		t.Fatalf("after the rebuild: %v\n%s", err, p)
	}
}

// What PostgreSQL introspection reads for the adopted spellings: arrays
// by their element (any declared dimensions), precisions from atttypmod,
// json as jsontext; what stays unknown.
func TestInspect_postgresAdoptedTypes(t *testing.T) {
	t.Parallel()
	e := testdb.Postgres(t)
	db := testdb.Open(t, e.RawDriver, e.DSN)
	if _, err := db.Exec(`CREATE TABLE adopted (id int PRIMARY KEY, a int[][], b character varying(200)[], c timestamp(3)[],
		d json, e timetz, f bytea[], g timestamp(6) with time zone, h time(0), i jsonb[], j uuid[])`); err != nil {
		t.Fatal(err)
	}
	s, err := catalog.Inspect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	tb, _ := s.Table("adopted")
	want := map[string]string{"a": "int[]", "b": "varchar(200)[]", "c": "timestamp(3)[]", "d": "jsontext", "e": "unknown(time with time zone)",
		"f": "unknown(bytea[])", "g": "timestamptz", "h": "time(0)", "i": "unknown(jsonb[])", "j": "uuid[]"}
	for col, w := range want {
		if c, ok := tb.Column(col); !ok || c.Type.String() != w {
			t.Errorf("column %s: %+v, want %s", col, c, w)
		}
	}
}

type jsIndexed struct {
	ID   int64           `ferro:"id,pk"`
	Body json.RawMessage `ferro:"body,type=jsontext,index"`
}

func (jsIndexed) TableName() string { return "docs_idx" }

// PostgreSQL json (jsontext) has no btree operator class: an index on it
// fails when the plan is applied, and nothing of the plan remains.
func TestMigrate_jsonTextIndexFails(t *testing.T) {
	t.Parallel()
	e := testdb.Postgres(t)
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	err := ferro.Migrate(db, []any{jsIndexed{}})
	if err == nil || !strings.Contains(err.Error(), `data type json has no default operator class for access method "btree"`) || !strings.Contains(err.Error(), "rolled back") {
		t.Fatalf("index on jsontext: %v", err)
	}
}
