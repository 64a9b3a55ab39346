package tests

import (
	"context"
	"testing"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
)

type blankCall struct {
	ID int64   `ferro:"id,pk"`
	R  float64 `ferro:"r,default=RANDOM ( )"`
}

func (blankCall) TableName() string { return "blank_call" }

// TestMigrate_defaultCallWithBlanks: a default written as a call with
// blanks (default=RANDOM ( )) is the call both engines store as random():
// the migrated table has it, and planning again finds nothing to do. Issue
// 20 item 4 made dialect.SplitLiteral a cut of its input (it rebuilt the
// call as "RANDOM()"); the canonical form is now NormalizeDefault's, and
// this pins that the engines still agree with it.
func TestMigrate_defaultCallWithBlanks(t *testing.T) {
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		if err := ferro.Migrate(db, []any{blankCall{}}); err != nil {
			t.Fatal(err)
		}
		sameAs(t, db, blankCall{})
		p, err := migrate.NewPlan(context.Background(), db, []any{blankCall{}})
		if err != nil || !p.Empty() {
			t.Fatalf("planning again: %v\n%v", err, p)
		}
		var r float64
		execAll(t, db, "INSERT INTO blank_call (id) VALUES (1)")
		if err := db.QueryRow("SELECT r FROM blank_call WHERE id = 1").Scan(&r); err != nil {
			t.Fatal(err)
		}
	})
}
