package model_test

import (
	"fmt"
	"reflect"
	"time"

	"github.com/ferrosql/ferro/internal/model"
)

type Invoice struct {
	ID         int64      `ferro:"id,pk"`
	Number     string     `ferro:"number,type=varchar(32),unique"`
	CustomerID int64      `ferro:"customer_id,fk=customer.id,on_delete=cascade,index"`
	PaidAt     *time.Time `ferro:"paid_at"`
	Draft      string     `ferro:"-"`
}

func (Invoice) TableName() string { return "invoices" }

func ExampleOf() {
	s, err := model.Of(reflect.TypeFor[Invoice]())
	if err != nil {
		panic(err)
	}
	fmt.Println("table", s.Table)
	for _, f := range s.Fields {
		fmt.Println(f.Column, f.ValueType, f.Nullable)
	}
	// Output:
	// table invoices
	// id int64 false
	// number string false
	// customer_id int64 false
	// paid_at time.Time true
}

func ExampleParseTag() {
	tag, err := model.ParseTag("amount,type=numeric(12,2),default='0.00'")
	fmt.Printf("%q %q %q %v\n", tag.Name, tag.Type, tag.Default, err)
	_, err = model.ParseTag("id,primary")
	fmt.Println(err)
	// Output:
	// "amount" "numeric(12,2)" "'0.00'" <nil>
	// ferro/model: bad ferro tag "id,primary": option "primary": unknown option "primary"; known: pk, autoincrement, autoincrement=, unique, unique=, index, index=, type=, default=, fk=, on_delete=, on_update=, deferrable, initially_deferred, nullable, m2m, m2m=, fk_column=, renamed_from=
}

func ExampleSnakeCase() {
	fmt.Println(model.SnakeCase("HTTPServerID"), model.SnakeCase("UserID"))
	// Output: http_server_id user_id
}
