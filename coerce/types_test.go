package coerce_test

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
)

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

// Meta is stored as JSON.
type Meta struct {
	Tags  []string `json:"tags"`
	Score int      `json:"score"`
}

// jsonScanner lets peers (and hand-written scans) read Meta; ferro ignores it
// for type=json fields.
func (m *Meta) Scan(src any) error {
	switch v := src.(type) {
	case string:
		return json.Unmarshal([]byte(v), m)
	case []byte:
		return json.Unmarshal(v, m)
	}
	return fmt.Errorf("meta: cannot scan %T", src)
}

var (
	_ sql.Scanner = (*Meta)(nil)
	_             = decimal.Decimal{}
	_             = uuid.UUID{}
	_             = time.Time{}
)
