package ferro_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"log"
	"log/slog"
	"os"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	msqlite "modernc.org/sqlite"

	"github.com/ferrosql/ferro"
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

// Tell ferro about DDL it cannot see, here DDL run on the inner connection,
// with a deadline: on Postgres it bounds the publication to the other pools.
func ExampleBumpSchemaEpochContext() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	db, _ := sql.Open("ferro-sqlite", ":memory:")
	defer db.Close()
	conn, _ := db.Conn(ctx)
	defer conn.Close()
	err := conn.Raw(func(dc any) error {
		inner, _ := ferro.InnerConn(dc)
		_, err := inner.(driver.ExecerContext).ExecContext(ctx, `CREATE TABLE t (id integer)`, nil)
		return err
	})
	if err != nil {
		log.Fatal(err)
	}
	epoch, err := ferro.BumpSchemaEpochContext(ctx, db)
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

// Read the schema epoch, for example to key a cache of your own that must
// not outlive a schema change.
func ExampleSchemaEpoch() {
	db, _ := sql.Open("ferro-sqlite", ":memory:")
	defer db.Close()
	before, _ := ferro.SchemaEpoch(db)
	db.Exec(`CREATE TABLE t (id integer)`)
	after, _ := ferro.SchemaEpoch(db)
	fmt.Println(before, after)
	// Output: 0 1
}

// Reach the inner driver's connection from (*sql.Conn).Raw.
func ExampleInnerConn() {
	db, _ := sql.Open("ferro-sqlite", ":memory:")
	defer db.Close()
	conn, _ := db.Conn(context.Background())
	defer conn.Close()
	conn.Raw(func(dc any) error {
		inner, ok := ferro.InnerConn(dc)
		fmt.Printf("%v %T\n", ok, inner)
		return nil
	})
	// Output: true *sqlite.conn
}

// Log schema-epoch bumps and stale-plan recoveries at debug level.
func ExampleWithLogger() {
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{} // stable output for the example
			}
			return a
		},
	}))
	inner, _ := msqlite.NewConnector("file::memory:")
	db, _ := ferro.OpenDB(inner, ferro.WithLogger(logger), ferro.WithName("app-db"))
	defer db.Close()
	db.SetMaxOpenConns(1)
	db.Exec(`CREATE TABLE t (id integer)`)
	// Output: level=DEBUG msg="ferro: schema epoch bumped" db=app-db dialect=sqlite epoch=1 reason=ddl
}

// Migrate with a deadline: it bounds the wait for the migration lock too.
func ExampleMigrateContext() {
	db, _ := sql.Open("ferro-sqlite", ":memory:")
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	type Tag struct {
		ID   int64  `ferro:"id,pk"`
		Name string `ferro:"name,unique"`
	}
	fmt.Println(ferro.MigrateContext(ctx, db, []any{Tag{}}))
	// Output: <nil>
}

// Follow the schema changes other instances of the service publish: with
// ferro_listen=on, this pool renews its statements when another pool on the
// same database migrates, before any of its own statements fails.
// (Compiled, not run: it needs a Postgres server.)
func ExampleWithListen() {
	db, err := sql.Open("ferro-postgres", "postgres://app@db.internal/orders?ferro_listen=on")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	// The same with a connector configured in code:
	cfg, err := pgx.ParseConfig("postgres://app@db.internal/orders")
	if err != nil {
		log.Fatal(err)
	}
	db2, err := ferro.OpenDB(stdlib.GetConnector(*cfg), ferro.WithListen(true))
	if err != nil {
		log.Fatal(err)
	}
	defer db2.Close()
}

// Publish DDL run by any client (psql, another ORM, golang-migrate) to the
// listening ferro pools, once per database, as a superuser, for example in
// a deploy step. (Compiled, not run: it needs a Postgres server.)
func ExampleInstallSchemaNotifier() {
	db, err := sql.Open("ferro-postgres", "postgres://postgres@db.internal/orders")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	if err := ferro.InstallSchemaNotifier(context.Background(), db); err != nil {
		log.Fatal(err)
	}
}
