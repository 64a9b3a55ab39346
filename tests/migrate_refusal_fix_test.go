package tests

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
)

// Issue 17 item 5: a refusal that a tag can fix names the tag. A natural
// model (time.Time) over another tool's naive timestamp column (Rails'
// and Django's DATETIME on SQLite, timestamp on PostgreSQL) was refused
// with advice that never mentioned the one-word fix, type=timestamp.

type fixEvent struct {
	ID int64     `ferro:"id,pk"`
	At time.Time `ferro:"at"`
}

func (fixEvent) TableName() string { return "fix_event" }

// fixEventTagged is fixEvent with the tag the refusal names.
type fixEventTagged struct {
	ID int64     `ferro:"id,pk"`
	At time.Time `ferro:"at,type=timestamp"`
}

func (fixEventTagged) TableName() string { return "fix_event" }

// The refusal names the tag (and on PostgreSQL the option that converts
// instead), and the model with that tag plans nothing at any level.
func TestMigrate_refusalNamesTheTag(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		typ := "DATETIME"
		if e.Name == "postgres" {
			typ = "timestamp"
		}
		execAll(t, db, `CREATE TABLE fix_event (id bigint NOT NULL, at `+typ+` NOT NULL, CONSTRAINT pk_fix_event PRIMARY KEY (id))`,
			`INSERT INTO fix_event (id, at) VALUES (1, '2024-01-02 03:04:05')`)
		_, err := migrate.NewPlan(ctx, db, []any{fixEvent{}}, migrate.AllowUpdates())
		var perr *migrate.PlanError
		if !errors.As(err, &perr) || len(perr.Problems) != 1 {
			t.Fatalf("NewPlan: %v, want the type change refused", err)
		}
		msg := perr.Problems[0].String()
		want := []string{"fix_event.at", "tag the field type=timestamp"}
		if e.Name == "postgres" {
			want = append(want, `migrate.NaiveTimeZone("UTC")`)
		}
		for _, w := range want {
			if !strings.Contains(msg, w) {
				t.Errorf("the refusal does not say %q: %s", w, msg)
			}
		}
		for _, lvl := range []migrate.Option{migrate.AllowUpdates(), migrate.AllowDestructive()} {
			p, err := migrate.NewPlan(ctx, db, []any{fixEventTagged{}}, lvl)
			if err != nil || !p.Empty() || !p.Residue().Complete() {
				t.Fatalf("with the tag it names: %v\n%s", err, p)
			}
		}
		if err := ferro.Migrate(db, []any{fixEventTagged{}}, migrate.AllowDestructive(), migrate.RequireComplete()); err != nil {
			t.Fatal(err)
		}
	})
}

type fixPair struct {
	A int64 `ferro:"a,pk"`
	B int64 `ferro:"b,pk"`
}

func (fixPair) TableName() string { return "fix_pair" }

// A composite key whose live order differs from the fields' is refused as
// a key change, saying that the model can declare the order.
func TestMigrate_refusalNamesTheKeyOrder(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		execAll(t, db, `CREATE TABLE fix_pair (a bigint NOT NULL, b bigint NOT NULL, CONSTRAINT pk_fix_pair PRIMARY KEY (b, a))`)
		_, err := migrate.NewPlan(ctx, db, []any{fixPair{}}, migrate.AllowUpdates())
		var perr *migrate.PlanError
		if !errors.As(err, &perr) || len(perr.Problems) != 1 || !strings.Contains(perr.Problems[0].Reason, "Constraints()") {
			t.Fatalf("NewPlan: %v, want the key change refused, naming Constraints()", err)
		}
	})
}
