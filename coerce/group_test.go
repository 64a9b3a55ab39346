package coerce_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
)

type groupItem struct {
	ID   int64  `ferro:"id"`
	Name string `ferro:"name"`
}

func TestScanGroups(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		exec(t, db, `CREATE TABLE g (owner BIGINT, id BIGINT NOT NULL, name TEXT NOT NULL)`)
		exec(t, db, `INSERT INTO g VALUES (1, 10, 'a'), (2, 20, 'b'), (1, 11, 'c'), (NULL, 30, 'd')`)

		rows, err := db.Query(`SELECT owner, id, name FROM g WHERE owner IS NOT NULL ORDER BY id`)
		if err != nil {
			t.Fatal(err)
		}
		got, err := coerce.ScanGroups[int64, groupItem](rows, coerce.WithStrict())
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || len(got[1]) != 2 || got[1][0] != (groupItem{10, "a"}) || got[1][1] != (groupItem{11, "c"}) || got[2][0] != (groupItem{20, "b"}) {
			t.Fatalf("groups %v: rows of a key keep the result order", got)
		}

		// A single-value T takes the one column after the key.
		rows, err = db.Query(`SELECT owner, name FROM g WHERE owner IS NOT NULL ORDER BY id`)
		if err != nil {
			t.Fatal(err)
		}
		names, err := coerce.ScanGroups[int64, string](rows)
		if err != nil || len(names[1]) != 2 || names[1][1] != "c" {
			t.Fatalf("names %v, %v", names, err)
		}

		rows, err = db.Query(`SELECT owner, id, name FROM g`)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := coerce.ScanGroups[int64, groupItem](rows); !errors.Is(err, coerce.ErrNull) {
			t.Fatalf("a NULL key: %v, want ErrNull", err)
		}

		rows, err = db.Query(`SELECT owner, id, name FROM g`)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := coerce.ScanGroups[*int64, groupItem](rows); !errors.Is(err, coerce.ErrDestination) {
			t.Fatalf("a pointer key: %v, want ErrDestination", err)
		}

		rows, err = db.Query(`SELECT owner FROM g`)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := coerce.ScanGroups[int64, groupItem](rows); !errors.Is(err, coerce.ErrDestination) {
			t.Fatalf("a key alone: %v, want ErrDestination", err)
		}

		rows, err = db.Query(`SELECT owner, id FROM g WHERE 1 = 0`)
		if err != nil {
			t.Fatal(err)
		}
		empty, err := coerce.ScanGroups[int64, groupItem](rows)
		if err != nil || empty == nil || len(empty) != 0 {
			t.Fatalf("empty result: %v, %v", empty, err)
		}
	})
}

type jsonish struct {
	Score int `json:"score"`
}

type withJSONish struct {
	ID   int64   `ferro:"id"`
	Meta jsonish // no type=json, and jsonish has no key: not a relation either
}

type withRelation struct {
	ID    int64 `ferro:"id"`
	Owner keyed // a relation: keyed has a primary key
}

type keyed struct {
	ID int64 `ferro:"id,pk"`
}

// A struct field without type=json whose type has no primary key is not a
// relation: a column of its name is an error, never silently dropped
// (issue 9 made model-typed fields relations, which the scanner skips).
func TestScanAll_structFieldWithoutJSONTag(t *testing.T) {
	t.Parallel()
	e := testdb.SQLite(t)
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	rows, err := db.Query(`SELECT 1 AS id, '{"score":3}' AS meta`)
	if err != nil {
		t.Fatal(err)
	}
	_, err = coerce.ScanAll[withJSONish](rows)
	if !errors.Is(err, coerce.ErrDestination) || !strings.Contains(err.Error(), "type=json") {
		t.Fatalf("err = %v, want ErrDestination with a type=json hint", err)
	}
	rows, err = db.Query(`SELECT 1 AS id, 'x' AS owner`)
	if err != nil {
		t.Fatal(err)
	}
	got, err := coerce.ScanAll[withRelation](rows)
	if err != nil || len(got) != 1 || got[0].ID != 1 {
		t.Fatalf("a column named like a relation field is left alone: %v, %v", got, err)
	}
}
