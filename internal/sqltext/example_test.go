package sqltext_test

import (
	"fmt"

	"github.com/ferrosql/ferro/internal/sqltext"
)

func ExampleIsDDL() {
	for _, q := range []string{
		"SELECT id, name FROM users WHERE id = $1",
		"-- migrate\nALTER TABLE users ADD COLUMN email text",
		"SELECT 'DROP TABLE users'",
		"BEGIN; CREATE TABLE t (a int); COMMIT",
		"SELECT * INTO archive FROM users",
		"EXPLAIN ANALYZE CREATE TABLE t2 AS SELECT 1",
		"EXPLAIN CREATE TABLE t2 AS SELECT 1",
	} {
		fmt.Printf("%-5v %q\n", sqltext.IsDDL(q), q)
	}
	// Output:
	// false "SELECT id, name FROM users WHERE id = $1"
	// true  "-- migrate\nALTER TABLE users ADD COLUMN email text"
	// false "SELECT 'DROP TABLE users'"
	// true  "BEGIN; CREATE TABLE t (a int); COMMIT"
	// true  "SELECT * INTO archive FROM users"
	// true  "EXPLAIN ANALYZE CREATE TABLE t2 AS SELECT 1"
	// false "EXPLAIN CREATE TABLE t2 AS SELECT 1"
}

func ExampleRedact() {
	for _, dsn := range []string{
		"postgres://app:p@ss/w0rd@db.internal:5432/shop?sslmode=verify-full&sslkey=/etc/app.key",
		"host=db.internal user=app password='it\\'s secret' dbname=shop",
		"file:shop.db?_pragma=key('hunter2')&_pragma=busy_timeout(5000)",
	} {
		fmt.Println(sqltext.Redact(dsn))
	}
	// Output:
	// postgres://app:xxxxx@db.internal:5432/shop?sslmode=verify-full&sslkey=/etc/app.key
	// host=db.internal user=app password=xxxxx dbname=shop
	// file:shop.db?_pragma=key(xxxxx)&_pragma=busy_timeout(5000)
}
