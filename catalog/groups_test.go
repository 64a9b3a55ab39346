package catalog_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

// bothIndexes pins issue 12 item 5: a column with its own index (and
// unique) that is also in a composite one was refused with "option index
// given twice".
type bothIndexes struct {
	ID int64 `ferro:"id,pk"`
	P  int64 `ferro:"p,index=pq,unique=pu"`
	Q  int64 `ferro:"q,index,index=pq,unique,unique=pu"`
}

func (bothIndexes) TableName() string { return "both_indexes" }

func TestFromModels_indexAndIndexGroup(t *testing.T) {
	t.Parallel()
	want, err := catalog.FromModels(bothIndexes{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, x := range want.Tables[0].Indexes {
		names = append(names, x.Name+"("+strings.Join(x.Columns, ",")+")")
	}
	if got := strings.Join(names, " "); got != "idx_both_indexes_p_q(p,q) idx_both_indexes_q(q) uq_both_indexes_p_q(p,q) uq_both_indexes_q(q)" {
		t.Fatalf("indexes: %s", got)
	}
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.RawDriver, e.DSN)
		stmts, err := catalog.Render(want, e.Name)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range stmts {
			if _, err := db.ExecContext(ctx, s); err != nil {
				t.Fatalf("%s: %v", s, err)
			}
		}
		got, err := catalog.Inspect(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		if m := schema.Mismatches(want, got); len(m) > 0 {
			t.Fatalf("Inspect differs from FromModels:\n%s", strings.Join(m, "\n"))
		}
	})
}

type redundantGroup struct {
	ID int64 `ferro:"id,pk"`
	Q  int64 `ferro:"q,index,index=alone"`
}

// A group of one field that also has its own index is the same index twice.
func TestFromModels_redundantIndexGroup(t *testing.T) {
	t.Parallel()
	_, err := catalog.FromModels(redundantGroup{})
	if !errors.Is(err, catalog.ErrModel) || !strings.Contains(err.Error(), "index and index=alone both give an index on (q); drop one") {
		t.Fatalf("err = %v", err)
	}
}
