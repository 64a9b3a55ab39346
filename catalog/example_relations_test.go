package catalog_test

import (
	"fmt"

	"github.com/ferrosql/ferro/catalog"
)

type Customer2 struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (Customer2) TableName() string { return "customer" }

type Label struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (Label) TableName() string { return "tag" }

type Bill struct {
	ID       int64      `ferro:"id,pk"`
	Customer Customer2  `ferro:"customer,on_delete=cascade,index"` // adds customer_id bigint NOT NULL
	PayerID  *int64     `ferro:"payer_id"`                         // the key of Payer (GORM's convention)
	Payer    *Customer2 // optional: uses PayerID, nullable because PayerID is
	Tags     []Label    `ferro:"m2m"` // join table invoice_tags
}

func (Bill) TableName() string { return "invoice" }

type Person struct {
	ID      int64    `ferro:"id,pk"`
	Friends []Person `ferro:"m2m"` // self-referential: person_friends (person_id, friend_id)
}

func ExampleFromModels_relations() {
	s, err := catalog.FromModels(Customer2{}, Label{}, Bill{}, Person{})
	if err != nil {
		panic(err)
	}
	for _, name := range []string{"invoice", "invoice_tags", "person_friends"} {
		t, _ := s.Table(name)
		fmt.Print(t.Name, ":")
		for _, c := range t.Columns {
			fmt.Printf(" %s %s null=%v;", c.Name, c.Type, c.Nullable)
		}
		fmt.Println()
		if t.PrimaryKey != nil {
			fmt.Println("  primary key", t.PrimaryKey.Columns)
		}
		for _, x := range t.Indexes {
			fmt.Println("  index", x.Columns)
		}
		for _, fk := range t.ForeignKeys {
			fmt.Println("  foreign key", fk.Columns, "->", fk.RefTable, fk.RefColumns, "on delete", fk.OnDelete)
		}
	}
	// Output:
	// invoice: id bigint null=false; payer_id bigint null=true; customer_id bigint null=false;
	//   primary key [id]
	//   index [customer_id]
	//   foreign key [customer_id] -> customer [id] on delete cascade
	//   foreign key [payer_id] -> customer [id] on delete no action
	// invoice_tags: invoice_id bigint null=false; tag_id bigint null=false;
	//   primary key [invoice_id tag_id]
	//   index [tag_id invoice_id]
	//   foreign key [invoice_id] -> invoice [id] on delete cascade
	//   foreign key [tag_id] -> tag [id] on delete cascade
	// person_friends: person_id bigint null=false; friend_id bigint null=false;
	//   primary key [person_id friend_id]
	//   index [friend_id person_id]
	//   foreign key [friend_id] -> person [id] on delete cascade
	//   foreign key [person_id] -> person [id] on delete cascade
}
