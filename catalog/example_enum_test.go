package catalog_test

import (
	"fmt"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/schema"
)

// Priority names the PostgreSQL enum type priority.
type Priority string

func (Priority) Values() []string { return []string{"low", "high"} }
func (Priority) EnumType() string { return "priority" }

type Ticket struct {
	ID       int64    `ferro:"id,pk"`
	Priority Priority `ferro:"priority,default='low'"`
}

// A Go enum type with EnumType() is a native enum on PostgreSQL; on SQLite
// the same model is text with the enum CHECK, which ForDialect shows.
func ExampleForDialect() {
	s, err := catalog.FromModels(Ticket{})
	if err != nil {
		panic(err)
	}
	pg, _ := catalog.Render(s, schema.Postgres)
	fmt.Println(pg[0])
	lite, _ := catalog.ForDialect(s, schema.SQLite)
	c, _ := lite.Tables[0].Column("priority")
	fmt.Println(s.Tables[0].Columns[1].Type, "->", c.Type, lite.Tables[0].Checks[0].Name)
	// Output:
	// CREATE TYPE "priority" AS ENUM ('low', 'high')
	// enum(priority) -> text ck_ticket_priority
}
