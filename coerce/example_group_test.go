package coerce_test

import (
	"fmt"

	"github.com/ferrosql/ferro/coerce"
)

type Line struct {
	SKU string `ferro:"sku"`
	Qty int    `ferro:"qty"`
}

// The lines of many orders in one query: the first column is the group key.
func ExampleScanGroups() {
	db := openExample()
	defer db.Close()
	db.Exec(`CREATE TABLE line (order_id BIGINT, sku TEXT, qty INT)`)
	db.Exec(`INSERT INTO line VALUES (1, 'apple', 3), (2, 'pear', 1), (1, 'fig', 2)`)

	rows, err := db.Query(`SELECT order_id, sku, qty FROM line WHERE order_id IN (1, 2) ORDER BY sku`)
	if err != nil {
		panic(err)
	}
	byOrder, err := coerce.ScanGroups[int64, Line](rows)
	if err != nil {
		panic(err)
	}
	fmt.Println(byOrder[1])
	fmt.Println(byOrder[2])
	// Output:
	// [{apple 3} {fig 2}]
	// [{pear 1}]
}
