package ferro_test

import (
	"database/sql"
	"fmt"
	"log"

	"github.com/ferrosql/ferro"
	msqlite "modernc.org/sqlite"
)

// Open a SQLite database through ferro; DDL moves the schema epoch, and a
// statement prepared before it returns the new shape.
func Example() {
	db, err := sql.Open("ferro-sqlite", ":memory:")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	db.Exec(`CREATE TABLE users (id integer PRIMARY KEY, name text)`)
	db.Exec(`INSERT INTO users (name) VALUES ('ada')`)
	stmt, _ := db.Prepare(`SELECT * FROM users`)
	defer stmt.Close()

	db.Exec(`ALTER TABLE users ADD COLUMN email text`)
	rows, _ := stmt.Query()
	cols, _ := rows.Columns()
	rows.Close()
	epoch, _ := ferro.SchemaEpoch(db)
	fmt.Println(cols, epoch)
	// Output: [id name email] 2
}

// Wrap a connector built in code, here modernc's; pgx's
// stdlib.GetConnector(cfg) is wrapped the same way.
func ExampleNewConnector() {
	inner, err := msqlite.NewConnector("file::memory:")
	if err != nil {
		log.Fatal(err)
	}
	connector, err := ferro.NewConnector(inner, ferro.WithName("cache-db"))
	if err != nil {
		log.Fatal(err)
	}
	db := sql.OpenDB(connector)
	defer db.Close()
	db.SetMaxOpenConns(1) // a private in-memory database: one connection
	_, err = db.Exec(`CREATE TABLE t (id integer)`)
	epoch, _ := ferro.SchemaEpoch(db)
	fmt.Println(err, epoch)
	// Output: <nil> 1
}

// Tell ferro about DDL it cannot see, such as DDL inside a function.
func ExampleBumpSchemaEpoch() {
	db, _ := sql.Open("ferro-sqlite", ":memory:")
	defer db.Close()
	epoch, err := ferro.BumpSchemaEpoch(db)
	fmt.Println(epoch, err)
	// Output: 1 <nil>
}

func ExampleRedact() {
	fmt.Println(ferro.Redact("postgres://app:s3cr%40t@db.internal:5432/orders?sslmode=require"))
	fmt.Println(ferro.Redact("host=db user=app password='p@ss word' dbname=orders"))
	// Output:
	// postgres://app:xxxxx@db.internal:5432/orders?sslmode=require
	// host=db user=app password=xxxxx dbname=orders
}
