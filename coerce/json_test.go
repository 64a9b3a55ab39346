package coerce_test

import (
	"database/sql"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

type jsonTMeta struct {
	Tags  []string `json:"tags"`
	Score int      `json:"score"`
}

type jsonTDoc struct {
	ID   int64                       `ferro:"id,pk"`
	Meta coerce.JSON[jsonTMeta]      `ferro:"meta,type=json"`
	Opt  *coerce.JSON[jsonTMeta]     `ferro:"opt,type=json"`
	Map  coerce.JSON[map[string]int] `ferro:"map,type=json"`
}

// A JSON[T] field reads and writes through database/sql's own Scan, so
// any scanner (sqlx, scany, ScanAll) handles it.
func ExampleJSON() {
	db := openExample()
	defer db.Close()
	db.Exec(`CREATE TABLE doc (id INTEGER PRIMARY KEY, meta JSON_TEXT NOT NULL)`)
	db.Exec(`INSERT INTO doc VALUES (1, ?)`, coerce.JSON[jsonTMeta]{V: jsonTMeta{Tags: []string{"a"}, Score: 7}})

	var m coerce.JSON[jsonTMeta]
	err := db.QueryRow(`SELECT meta FROM doc`).Scan(&m)
	fmt.Println(m.V.Tags, m.V.Score, err)
	// Output: [a] 7 <nil>
}

// TestJSON_BothEngines writes JSON[T] values and reads them back with
// database/sql's Scan and with ScanAll, on both engines through ferro, and
// checks that FromModels accepts them as json columns and that NULL is
// refused for a non-pointer JSON[T].
func TestJSON_BothEngines(t *testing.T) {
	t.Parallel()
	s, err := catalog.FromModels(jsonTDoc{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range s.Tables[0].Columns[1:] {
		if c.Type.Kind != schema.KindJSON {
			t.Errorf("column %s: type %s, want json", c.Name, c.Type)
		}
	}
	for _, mk := range []func(testing.TB) testdb.Engine{testdb.SQLite, testdb.Postgres} {
		e := mk(t)
		t.Run(string(e.Name), func(t *testing.T) {
			db := testdb.Open(t, e.FerroDriver, e.DSN)
			stmts, err := catalog.Render(s, e.Name)
			if err != nil {
				t.Fatal(err)
			}
			for _, q := range stmts {
				exec(t, db, q)
			}
			in := jsonTDoc{ID: 1, Meta: coerce.JSON[jsonTMeta]{V: jsonTMeta{Tags: []string{"x", "y"}, Score: 3}}, Map: coerce.JSON[map[string]int]{V: map[string]int{"a": 1}}}
			exec(t, db, `INSERT INTO json_t_doc (id, meta, opt, map) VALUES ($1, $2, $3, $4)`, in.ID, in.Meta, in.Opt, in.Map)
			var got jsonTDoc
			if err := db.QueryRow(`SELECT id, meta, opt, map FROM json_t_doc`).Scan(&got.ID, &got.Meta, &got.Opt, &got.Map); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, in) {
				t.Errorf("database/sql Scan: got %+v, want %+v", got, in)
			}
			rows, err := db.Query(`SELECT id, meta, opt, map FROM json_t_doc`)
			if err != nil {
				t.Fatal(err)
			}
			all, err := coerce.ScanAll[jsonTDoc](rows)
			if err != nil || len(all) != 1 || !reflect.DeepEqual(all[0], in) {
				t.Errorf("ScanAll: %+v, %v", all, err)
			}
			var m coerce.JSON[jsonTMeta]
			err = db.QueryRow(`SELECT opt FROM json_t_doc`).Scan(&m)
			if err == nil || !strings.Contains(err.Error(), "cannot scan NULL; use *coerce.JSON[coerce_test.jsonTMeta]") {
				t.Errorf("NULL into JSON[T]: %v", err)
			}
			var n sql.Null[coerce.JSON[jsonTMeta]]
			if err := db.QueryRow(`SELECT opt FROM json_t_doc`).Scan(&n); err != nil || n.Valid {
				t.Errorf("NULL into sql.Null[JSON[T]]: %+v %v", n, err)
			}
		})
	}
}

func TestJSON_Errors(t *testing.T) {
	var m coerce.JSON[jsonTMeta]
	if err := m.Scan(int64(3)); err == nil || !strings.Contains(err.Error(), "cannot scan int64") {
		t.Errorf("int64: %v", err)
	}
	if err := m.Scan(`{"score":"x"}`); err == nil || !strings.HasPrefix(err.Error(), "ferro/coerce: JSON[coerce_test.jsonTMeta]: decode") {
		t.Errorf("bad document: %v", err)
	}
	var je *jsonUnsupported
	_, err := coerce.JSON[func()]{V: func() {}}.Value()
	if err == nil || errors.As(err, &je) || !strings.Contains(err.Error(), "make the value JSON-encodable") {
		t.Errorf("func value: %v", err)
	}
}

type jsonUnsupported struct{}

func (*jsonUnsupported) Error() string { return "" }
