package relation_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	_ "github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/relation"
)

type Tag struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

type Invoice struct {
	ID       int64  `ferro:"id,pk"`
	Number   string `ferro:"number"`
	Tags     []Tag  `ferro:"m2m"`                  // join table invoice_tags
	Featured []Tag  `ferro:"m2m=invoice_featured"` // a second relation to Tag
}

func exampleDB() (*sql.DB, func()) {
	dir, _ := os.MkdirTemp("", "ferro-example")
	db, _ := sql.Open("ferro-sqlite", "file:"+filepath.Join(dir, "app.db"))
	if err := migrate.Run(context.Background(), db, []any{Invoice{}, Tag{}}); err != nil {
		panic(err)
	}
	db.Exec(`INSERT INTO tag (id, name) VALUES (1, 'red'), (2, 'blue')`)
	db.Exec(`INSERT INTO invoice (id, number) VALUES (10, 'A-10'), (11, 'A-11')`)
	return db, func() { db.Close(); os.RemoveAll(dir) }
}

func names(tags []Tag) []string {
	var out []string
	for _, t := range tags {
		out = append(out, t.Name)
	}
	slices.Sort(out) // Load returns the targets of a source in no particular order
	return out
}

func ExampleM2M_Link() {
	db, done := exampleDB()
	defer done()
	ctx := context.Background()
	tags := relation.Via[Invoice, Tag]("Tags")
	red, blue := Tag{ID: 1}, Tag{ID: 2}
	inv := Invoice{ID: 10}
	if err := tags.Link(ctx, db, inv, red, blue); err != nil {
		panic(err)
	}
	if err := tags.Link(ctx, db, inv, red); err != nil { // already linked: nothing happens
		panic(err)
	}
	var n int
	db.QueryRow(`SELECT count(*) FROM invoice_tags`).Scan(&n)
	fmt.Println(n)
	// Output: 2
}

func ExampleLoadVia() {
	db, done := exampleDB()
	defer done()
	ctx := context.Background()
	tags := relation.Via[Invoice, Tag]("Tags")
	tags.Link(ctx, db, Invoice{ID: 10}, Tag{ID: 1}, Tag{ID: 2})
	tags.Link(ctx, db, Invoice{ID: 11}, Tag{ID: 2})

	invoices := []Invoice{{ID: 10}, {ID: 11}}
	byInvoice, err := relation.LoadVia[int64](ctx, db, tags, invoices) // one query for all invoices
	if err != nil {
		panic(err)
	}
	for _, inv := range invoices {
		fmt.Println(inv.ID, names(byInvoice[inv.ID]))
	}
	// Output:
	// 10 [blue red]
	// 11 [blue]
}

type User struct {
	ID      int64  `ferro:"id,pk"`
	Name    string `ferro:"name"`
	Friends []User `ferro:"m2m"` // join table user_friends (user_id, friend_id)
}

// A model with a single many-to-many field of a type needs no Via: Link,
// Unlink and Load find it by the target type.
func ExampleLoad() {
	dir, _ := os.MkdirTemp("", "ferro-example")
	defer os.RemoveAll(dir)
	db, _ := sql.Open("ferro-sqlite", "file:"+filepath.Join(dir, "app.db"))
	defer db.Close()
	ctx := context.Background()
	if err := migrate.Run(ctx, db, []any{User{}}); err != nil {
		panic(err)
	}
	db.Exec(`INSERT INTO user (id, name) VALUES (1, 'ann'), (2, 'bob'), (3, 'cy')`)
	ann, bob, cy := User{ID: 1}, User{ID: 2}, User{ID: 3}
	relation.Link(ctx, db, ann, bob, cy)
	relation.Unlink(ctx, db, ann, bob)
	friends, _ := relation.Load[int64, User, User](ctx, db, []User{ann})
	for _, f := range friends[1] {
		fmt.Println(f.Name)
	}
	// Output: cy
}
