package tests

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/ferrosql/ferro"
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
// PostgreSQL (pgx) and as its JSON array on SQLite (coerce.Bind), read
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
