package bind_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/bind"
	"github.com/ferrosql/ferro/schema"
)

// Bind is what the ferro driver calls for every argument, with the forms of
// its engine; shown here directly.
func ExampleForms_Bind() {
	sqlite, postgres := forms(schema.SQLite), forms(schema.Postgres)
	t := time.Date(2024, 3, 9, 12, 11, 12, 5, time.FixedZone("CEST", 2*3600))
	for _, v := range []any{t, uuid.MustParse("0F8FAD5B-D9CB-469F-A165-70867728950E"), decimal.RequireFromString("12.50"), StatusPaid, int64(7)} {
		out, ok, err := sqlite.Bind(v)
		fmt.Printf("%T: %v %v %v\n", v, out, ok, err)
	}
	_, _, err := postgres.Bind(Status("lost"))
	fmt.Println(errors.Is(err, coerce.ErrNotMember))
	// Output:
	// time.Time: 2024-03-09 10:11:12.000000005Z true <nil>
	// uuid.UUID: 0f8fad5b-d9cb-469f-a165-70867728950e true <nil>
	// decimal.Decimal: 12.50 true <nil>
	// bind_test.Status: paid true <nil>
	// int64: <nil> false <nil>
	// true
}

func ExampleFormatTime() {
	s, _ := bind.FormatTime(time.Date(1969, 7, 20, 20, 17, 40, 0, time.UTC))
	fmt.Println(s)
	// Output: 1969-07-20 20:17:40.000000000Z
}
