package catalog_test

import (
	"database/sql"
	"encoding/json"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
)

// The parity model set: together these use every tag option and every
// canonical type.

type Status string

func (Status) Values() []string { return []string{"draft", "paid", "it's void"} }

type Customer struct {
	ID       int64  `ferro:"id,pk"`
	Email    string `ferro:"email,type=varchar(120),unique"`
	Name     string
	TenantID int64  `ferro:"tenant_id,unique=tenant_code"`
	Code     string `ferro:"code,unique=tenant_code"`
}

type Stamps struct {
	CreatedAt time.Time `ferro:"created_at,default=CURRENT_TIMESTAMP"`
	UpdatedAt *time.Time
}

type Invoice struct {
	ID int64 `ferro:"id,pk"`
	Stamps
	Number     string              `ferro:"number,type=varchar(32),unique"`
	Status     Status              `ferro:"status,default='draft'"`
	Amount     decimal.Decimal     `ferro:"amount,type=numeric(12,2),default=0"`
	Total      decimal.NullDecimal `ferro:"total"`
	CustomerID int64               `ferro:"customer_id,fk=customer.id,on_delete=cascade,index"`
	ReviewerID *int64              `ferro:"reviewer_id,fk=customer.id,on_delete=set null,on_update=restrict"`
	PaidAt     *time.Time          `ferro:"paid_at"`
	DueOn      time.Time           `ferro:"due_on,type=date,default='2020-01-01'"`
	At         time.Time           `ferro:"at,type=time"`
	Local      time.Time           `ferro:"local,type=timestamp"`
	Meta       map[string]any      `ferro:"meta,type=json"`
	Doc        json.RawMessage     `ferro:"doc,nullable"`
	Raw        []byte
	Ratio      float32 `ferro:"ratio,default=1.5"`
	Score      float64
	Small      int16 `ferro:"small,index=grp"`
	Mid        int32 `ferro:"mid,index=grp"`
	Flag       bool  `ferro:"flag,default=true"`
	Ref        uuid.UUID
	Note       sql.NullString `ferro:"note,default='n/a'"`
	Forced     string         `ferro:"forced,nullable"`
	Draft      string         `ferro:"-"`
}

func (Invoice) TableName() string { return "invoices" }

type LineItem struct {
	InvoiceID int64 `ferro:"invoice_id,pk,fk=invoices.id,on_delete=cascade"`
	Line      int32 `ferro:"line,pk"`
	Qty       int64 `ferro:"qty,default=1"`
}

type Tag struct {
	Code  string `ferro:"code,pk"`
	Label string `ferro:",type=varchar(40)"`
}

type Node struct {
	ID       int64  `ferro:"id,pk"`
	ParentID *int64 `ferro:"parent_id,fk=node.id,on_delete=set null"`
}

// Ping and Pong reference each other (a foreign key cycle).
type Ping struct {
	ID     int64  `ferro:"id,pk"`
	PongID *int64 `ferro:"pong_id,fk=pong.id"`
}

type Pong struct {
	ID     int64  `ferro:"id,pk"`
	PingID *int64 `ferro:"ping_id,fk=ping.id,on_delete=set default"`
}

// A table whose generated names exceed 63 bytes.
type AccountingPeriodClosingAdjustmentEntryWithAVeryLongName struct {
	ID                                 int64  `ferro:"id,pk"`
	ReferenceToTheOriginalJournalEntry int64  `ferro:"reference_to_the_original_journal_entry,index"`
	Quoted                             string `ferro:"weird col,unique"`
}

func (AccountingPeriodClosingAdjustmentEntryWithAVeryLongName) TableName() string {
	return "accounting_period_closing_adjustment_entries"
}

func parityModels() []any {
	return []any{Customer{}, &Invoice{}, (*LineItem)(nil), Tag{}, Node{}, Ping{}, Pong{}, AccountingPeriodClosingAdjustmentEntryWithAVeryLongName{}, Adopted{}}
}

// Adopted has the types read from other tools' schemas (issue 12): time
// precisions, jsontext, arrays.
type Adopted struct {
	ID     int64             `ferro:"id,pk"`
	Ms     time.Time         `ferro:"ms,type=timestamp(3)"`
	Sec    *time.Time        `ferro:"sec,type=timestamptz(0)"`
	Clock  time.Time         `ferro:"clock,type=time(2)"`
	Doc    json.RawMessage   `ferro:"doc,type=jsontext,nullable"`
	Tags   []string          `ferro:"tags,type=text[],index"`
	Codes  []string          `ferro:"codes,type=varchar(8)[],nullable"`
	Nums   []int64           `ferro:"nums,type=bigint[],nullable"`
	Prices []decimal.Decimal `ferro:"prices,type=numeric(12,2)[],nullable"`
	IDs    []uuid.UUID       `ferro:"ids,type=uuid[],nullable"`
	Seen   []time.Time       `ferro:"seen,type=timestamptz(3)[],nullable"`
}
