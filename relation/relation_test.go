package relation_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/relation"
)

type plain struct {
	ID int64 `ferro:"id,pk"`
}

type doc struct {
	Tenant int32  `ferro:"tenant,pk"`
	Num    int64  `ferro:"num,pk"`
	Title  string `ferro:"title"`
	Notes  []note `ferro:"m2m"`
}

type note struct {
	ID   int64  `ferro:"id,pk"`
	Text string `ferro:"text"`
	Docs []doc  `ferro:"m2m=doc_notes"` // the other side of doc.Notes
}

func TestRelation_errors(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	tests := []struct {
		name string
		err  error
		want []string
	}{
		{"no such relation", relation.Link(ctx, nil, plain{}, Tag{}), []string{"relation_test.plain has no many-to-many field of relation_test.Tag"}},
		{"ambiguous", relation.Link(ctx, nil, Invoice{}, Tag{}), []string{"several many-to-many fields", "Tags, Featured", "relation.Via["}},
		{"unknown field", relation.Via[Invoice, Tag]("Labels").Link(ctx, nil, Invoice{}, Tag{}), []string{"no many-to-many field Labels", `"Tags" "Featured"`}},
		{"nil source", relation.Via[*Invoice, Tag]("Tags").Link(ctx, nil, nil, Tag{}), []string{"Invoice.Tags", "nil *Invoice source"}},
		{"composite source key in Load", func() error {
			_, err := relation.Load[int64, doc, note](ctx, nil, []doc{{}})
			return err
		}(), []string{"Load needs a single-column primary key", "2 key columns", `"doc_notes"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !errors.Is(tc.err, relation.ErrRelation) {
				t.Fatalf("%v: does not wrap ErrRelation", tc.err)
			}
			for _, w := range tc.want {
				if !strings.Contains(tc.err.Error(), w) {
					t.Errorf("error %q does not contain %q", tc.err, w)
				}
			}
		})
	}
	// No targets: nothing to do, not even a statement (db is nil).
	if err := relation.Via[Invoice, Tag]("Tags").Link(ctx, nil, Invoice{ID: 1}); err != nil {
		t.Fatal(err)
	}
}

// Composite keys work on both sides; Link from either side of a relation
// declared twice writes the same table.
func TestRelation_compositeKeys(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		s, err := catalog.FromModels(doc{}, note{})
		if err != nil {
			t.Fatal(err)
		}
		stmts, err := catalog.Render(s, e.Name)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range append(stmts,
			`INSERT INTO doc (tenant, num, title) VALUES (1, 1, 'a'), (1, 2, 'b'), (2, 1, 'c')`,
			`INSERT INTO note (id, text) VALUES (7, 'x'), (8, 'y')`) {
			if _, err := db.ExecContext(ctx, q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
		d11, d12, d21 := doc{Tenant: 1, Num: 1}, doc{Tenant: 1, Num: 2}, doc{Tenant: 2, Num: 1}
		if err := relation.Link(ctx, db, d11, note{ID: 7}, note{ID: 8}); err != nil {
			t.Fatal(err)
		}
		if err := relation.Link(ctx, db, note{ID: 7}, d11, d12, d21); err != nil { // from the other side; (d11, 7) exists
			t.Fatal(err)
		}
		if err := relation.Unlink(ctx, db, note{ID: 7}, d12, doc{Tenant: 9, Num: 9}); err != nil {
			t.Fatal(err)
		}
		var n int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM doc_notes`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 3 {
			t.Fatalf("%d join rows, want 3: (1,1,7), (1,1,8), (2,1,7)", n)
		}
		got, err := relation.Load[int64, note, doc](ctx, db, []note{{ID: 7}, {ID: 8}})
		if err != nil {
			t.Fatal(err)
		}
		if len(got[7]) != 2 || len(got[8]) != 1 || got[8][0].Title != "a" {
			t.Fatalf("loaded %+v", got)
		}
	})
}
