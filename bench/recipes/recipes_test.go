// Package recipes_test backs every recipe of docs/ecosystem.md with a test:
// sqlx, scany, GORM and go-sqlmock used with ferro, on the real engines
// (go-sqlmock only pins SQL text).
package recipes_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"reflect"
	"strings"
	"testing"

	"github.com/DATA-DOG/go-sqlmock"
	"github.com/georgysavva/scany/v2/sqlscan"
	"github.com/jmoiron/sqlx"
	"github.com/shopspring/decimal"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

type Meta struct {
	Tags []string `json:"tags"`
}

type Item struct {
	ID    int64             `db:"id" ferro:"id,pk"`
	Name  string            `db:"name" ferro:"name"`
	Price decimal.Decimal   `db:"price" ferro:"price,type=numeric(10,2)"`
	Meta  coerce.JSON[Meta] `db:"meta" ferro:"meta,type=json"`
}

func engines(t *testing.T) []testdb.Engine {
	return []testdb.Engine{testdb.SQLite(t), testdb.Postgres(t)}
}

func setup(t *testing.T, e testdb.Engine) *sql.DB {
	t.Helper()
	db, err := sql.Open(e.FerroDriver, e.DSN)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := ferro.Migrate(db, []any{Item{}}); err != nil {
		t.Fatal(err)
	}
	return db
}

var want = Item{ID: 1, Name: "pen", Price: decimal.RequireFromString("1.50"), Meta: coerce.JSON[Meta]{V: Meta{Tags: []string{"blue"}}}}

func same(t *testing.T, who string, got Item) {
	t.Helper()
	if got.ID != want.ID || got.Name != want.Name || !got.Price.Equal(want.Price) || !reflect.DeepEqual(got.Meta, want.Meta) {
		t.Errorf("%s: got %+v, want %+v", who, got, want)
	}
}

// TestSqlx_BindDriver: sqlx picks its placeholder style by driver name and
// does not know ferro's. Without BindDriver, NamedExec on ferro-postgres
// sends '?' placeholders, which Postgres refuses; with it, named queries
// work. ferro-sqlite needs nothing ('?' is SQLite's style). coerce.JSON
// fields read and write through sqlx on both engines.
func TestSqlx_BindDriver(t *testing.T) {
	for _, e := range engines(t) {
		t.Run(string(e.Name), func(t *testing.T) {
			db := setup(t, e)
			if e.Name == "postgres" {
				if sqlx.BindType(e.FerroDriver) == sqlx.UNKNOWN {
					_, err := sqlx.NewDb(db, e.FerroDriver).NamedExec(`INSERT INTO item (id, name, price, meta) VALUES (:id, :name, :price, :meta)`, want)
					if err == nil || !strings.Contains(err.Error(), "syntax error") {
						t.Fatalf("NamedExec without BindDriver: %v", err)
					}
				}
				sqlx.BindDriver("ferro-postgres", sqlx.DOLLAR) // the recipe, once at start
			}
			x := sqlx.NewDb(db, e.FerroDriver)
			if _, err := x.NamedExec(`INSERT INTO item (id, name, price, meta) VALUES (:id, :name, :price, :meta)`, want); err != nil {
				t.Fatal(err)
			}
			var got Item
			if err := x.Get(&got, x.Rebind(`SELECT id, name, price, meta FROM item WHERE id = ?`), 1); err != nil {
				t.Fatal(err)
			}
			same(t, "sqlx", got)
		})
	}
}

// TestScany: scany's sqlscan reads ferro rows, coerce.JSON included.
func TestScany(t *testing.T) {
	for _, e := range engines(t) {
		t.Run(string(e.Name), func(t *testing.T) {
			db := setup(t, e)
			if _, err := db.Exec(`INSERT INTO item (id, name, price, meta) VALUES ($1, $2, $3, $4)`, want.ID, want.Name, want.Price, want.Meta); err != nil {
				t.Fatal(err)
			}
			var got []Item
			if err := sqlscan.Select(context.Background(), db, &got, `SELECT id, name, price, meta FROM item`); err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 {
				t.Fatalf("got %d rows", len(got))
			}
			same(t, "scany", got[0])
		})
	}
}

type GormItem struct {
	ID   int64 `gorm:"primaryKey"`
	Name string
}

// TestGORM_OnFerroDB: GORM's postgres dialector on an existing ferro
// *sql.DB (Config.Conn). GORM's PreferSimpleProtocol only configures a pgx
// connection GORM opens itself; on ferro, choose the protocol in the DSN
// (default_query_exec_mode=simple_protocol), which this test shows takes
// effect: no statement is prepared on the server.
func TestGORM_OnFerroDB(t *testing.T) {
	e := testdb.Postgres(t)
	for _, tc := range []struct {
		name     string
		dsn      string
		prepared bool
	}{
		{"default", e.DSN, true},
		{"simple protocol in the DSN", e.DSN + "&default_query_exec_mode=simple_protocol", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db, err := sql.Open("ferro-postgres", tc.dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			db.SetMaxOpenConns(1)
			gdb, err := gorm.Open(postgres.New(postgres.Config{Conn: db, PreferSimpleProtocol: true}), &gorm.Config{Logger: logger.Discard})
			if err != nil {
				t.Fatal(err)
			}
			table := testdb.UniqueName("gorm_item_")
			g := gdb.Table(table)
			if err := g.AutoMigrate(&GormItem{}); err != nil {
				t.Fatal(err)
			}
			if err := gdb.Table(table).Create(&GormItem{ID: 1, Name: "pen"}).Error; err != nil {
				t.Fatal(err)
			}
			var got GormItem
			if err := gdb.Table(table).First(&got, "name = ?", "pen").Error; err != nil || got.ID != 1 {
				t.Fatalf("First: %+v %v", got, err)
			}
			var n int
			if err := db.QueryRow(`SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%' || $1 || '%'`, table).Scan(&n); err != nil {
				t.Fatal(err)
			}
			if (n > 0) != tc.prepared {
				t.Errorf("%d statements on %s prepared on the server; want prepared=%v", n, table, tc.prepared)
			}
		})
	}
}

// mockConnector is the recipe for go-sqlmock under ferro: go-sqlmock
// exposes a driver, not a connector, so this adapter opens its DSN.
type mockConnector struct {
	dsn string
	drv driver.Driver
}

func (c mockConnector) Connect(context.Context) (driver.Conn, error) { return c.drv.Open(c.dsn) }
func (c mockConnector) Driver() driver.Driver                        { return c.drv }

// TestSqlmock_UnderFerro pins the SQL text ferro sends through a go-sqlmock
// connection (the dialect must be named: ferro cannot detect it).
func TestSqlmock_UnderFerro(t *testing.T) {
	mockDB, mock, err := sqlmock.NewWithDSN("ferro_recipe_mock")
	if err != nil {
		t.Fatal(err)
	}
	defer mockDB.Close()
	db, err := ferro.OpenDB(mockConnector{dsn: "ferro_recipe_mock", drv: mockDB.Driver()}, ferro.WithDialect(schema.Postgres))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	mock.ExpectExec(`UPDATE item SET price = \$1 WHERE id = \$2`).WithArgs("2.50", int64(1)).WillReturnResult(sqlmock.NewResult(0, 1))
	if _, err := db.Exec(`UPDATE item SET price = $1 WHERE id = $2`, decimal.RequireFromString("2.50"), int64(1)); err != nil {
		t.Fatal(err)
	}
	if err := mock.ExpectationsWereMet(); err != nil {
		t.Error(err)
	}
}
