package bind_test

import (
	"database/sql"
	"fmt"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/ferrosql/ferro/internal/bind"
	"github.com/ferrosql/ferro/internal/dialect"
	_ "github.com/ferrosql/ferro/internal/dialect/all" // registers the engines whose forms the tests bind with
	"github.com/ferrosql/ferro/schema"
)

// forms returns the forms the engine named d registered: the tests bind
// exactly as the driver wrapper does on that engine.
func forms(d schema.Dialect) *bind.Forms {
	e, ok := dialect.Lookup(d)
	if !ok {
		panic("no engine " + string(d))
	}
	return &e.Conn.Bind
}

// Status is a string enum in ent's convention.
type Status string

const (
	StatusNew     Status = "new"
	StatusPaid    Status = "paid"
	StatusShipped Status = "shipped"
)

// Values lists the members of Status.
func (Status) Values() []string { return []string{"new", "paid", "shipped"} }

// Priority is an integer-backed enum with names.
type Priority int16

const (
	Low  Priority = 1
	High Priority = 3
)

// Values lists the members of Priority.
func (Priority) Values() []Priority { return []Priority{Low, High} }

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case High:
		return "high"
	}
	return fmt.Sprintf("Priority(%d)", int16(p))
}

func ptr[T any](v T) *T { return &v }

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

var (
	u1     = uuid.MustParse("0f8fad5b-d9cb-469f-a165-70867728950e")
	t1     = time.Date(2024, 3, 9, 10, 11, 12, 123456789, time.UTC)
	cest   = time.FixedZone("CEST", 2*3600)
	before = time.Date(1969, 7, 20, 20, 17, 40, 5, time.UTC)
)

func exec(t *testing.T, db *sql.DB, q string, args ...any) {
	t.Helper()
	if _, err := db.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}
