package onlinebench

import "time"

// The models of the cases: customer is the parent table of the foreign-key
// case; orderBase is the orders table every case starts from, and each
// other order type is orderBase with one edit. Columns keep their positions
// across the edits (an added column goes last), so that a plan compares
// like with like; note is last so that the expert's expand/contract of the
// type case, which re-adds it, ends where the model has it.

type customer struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (customer) TableName() string { return "customers" }

type orderBase struct {
	ID         int64     `ferro:"id,pk"`
	CustomerID int64     `ferro:"customer_id"`
	Number     string    `ferro:"number"`
	Amount     string    `ferro:"amount,type=numeric(12,2)"`
	Code       string    `ferro:"code,type=varchar(20)"`
	Ref        *string   `ferro:"ref"`
	PlacedAt   time.Time `ferro:"placed_at"`
	Note       *string   `ferro:"note"`
}

func (orderBase) TableName() string { return "orders" }

// orderIndexed: an index on customer_id.
type orderIndexed struct {
	ID         int64     `ferro:"id,pk"`
	CustomerID int64     `ferro:"customer_id,index"`
	Number     string    `ferro:"number"`
	Amount     string    `ferro:"amount,type=numeric(12,2)"`
	Code       string    `ferro:"code,type=varchar(20)"`
	Ref        *string   `ferro:"ref"`
	PlacedAt   time.Time `ferro:"placed_at"`
	Note       *string   `ferro:"note"`
}

func (orderIndexed) TableName() string { return "orders" }

// orderFK: customer_id references customers.
type orderFK struct {
	ID         int64     `ferro:"id,pk"`
	CustomerID int64     `ferro:"customer_id,fk=customers.id"`
	Number     string    `ferro:"number"`
	Amount     string    `ferro:"amount,type=numeric(12,2)"`
	Code       string    `ferro:"code,type=varchar(20)"`
	Ref        *string   `ferro:"ref"`
	PlacedAt   time.Time `ferro:"placed_at"`
	Note       *string   `ferro:"note"`
}

func (orderFK) TableName() string { return "orders" }

// orderTyped: note text -> varchar(20) (a rewrite) and amount
// numeric(12,2) -> numeric(14,2) (catalog-only), the row.
type orderTyped struct {
	ID         int64     `ferro:"id,pk"`
	CustomerID int64     `ferro:"customer_id"`
	Number     string    `ferro:"number"`
	Amount     string    `ferro:"amount,type=numeric(14,2)"`
	Code       string    `ferro:"code,type=varchar(20)"`
	Ref        *string   `ferro:"ref"`
	PlacedAt   time.Time `ferro:"placed_at"`
	Note       *string   `ferro:"note,type=varchar(20)"`
}

func (orderTyped) TableName() string { return "orders" }

// orderWidened: amount numeric(12,2) -> numeric(14,2) and code
// varchar(20) -> varchar(40), both catalog-only on PostgreSQL.
type orderWidened struct {
	ID         int64     `ferro:"id,pk"`
	CustomerID int64     `ferro:"customer_id"`
	Number     string    `ferro:"number"`
	Amount     string    `ferro:"amount,type=numeric(14,2)"`
	Code       string    `ferro:"code,type=varchar(40)"`
	Ref        *string   `ferro:"ref"`
	PlacedAt   time.Time `ferro:"placed_at"`
	Note       *string   `ferro:"note"`
}

func (orderWidened) TableName() string { return "orders" }

// orderRefRequired: ref nullable -> NOT NULL.
type orderRefRequired struct {
	ID         int64     `ferro:"id,pk"`
	CustomerID int64     `ferro:"customer_id"`
	Number     string    `ferro:"number"`
	Amount     string    `ferro:"amount,type=numeric(12,2)"`
	Code       string    `ferro:"code,type=varchar(20)"`
	Ref        string    `ferro:"ref"`
	PlacedAt   time.Time `ferro:"placed_at"`
	Note       *string   `ferro:"note"`
}

func (orderRefRequired) TableName() string { return "orders" }

// orderUniqueNumber: a unique on number.
type orderUniqueNumber struct {
	ID         int64     `ferro:"id,pk"`
	CustomerID int64     `ferro:"customer_id"`
	Number     string    `ferro:"number,unique"`
	Amount     string    `ferro:"amount,type=numeric(12,2)"`
	Code       string    `ferro:"code,type=varchar(20)"`
	Ref        *string   `ferro:"ref"`
	PlacedAt   time.Time `ferro:"placed_at"`
	Note       *string   `ferro:"note"`
}

func (orderUniqueNumber) TableName() string { return "orders" }

// orderWithStatus: a column with a constant default, added last.
type orderWithStatus struct {
	ID         int64     `ferro:"id,pk"`
	CustomerID int64     `ferro:"customer_id"`
	Number     string    `ferro:"number"`
	Amount     string    `ferro:"amount,type=numeric(12,2)"`
	Code       string    `ferro:"code,type=varchar(20)"`
	Ref        *string   `ferro:"ref"`
	PlacedAt   time.Time `ferro:"placed_at"`
	Note       *string   `ferro:"note"`
	Status     string    `ferro:"status,default='new'"`
}

func (orderWithStatus) TableName() string { return "orders" }
