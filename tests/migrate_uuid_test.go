package tests

import (
	"context"
	"errors"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

type uuidDoc struct {
	ID    int64     `ferro:"id,pk"`
	Owner uuid.UUID `ferro:"owner"`
}

func (uuidDoc) TableName() string { return "docs" }

// TestMigrate_sqliteUUIDCheckAdded pins issue 13 item 12 on existing
// SQLite databases: a uuid column made without ferro's UUID check (by a
// ferro version before it, declared UUID, or by another tool as CHAR(36)
// or TEXT) holds whatever was written. At the updates level the table is
// rebuilt with the check, its data checked first: rows that are not
// canonical UUID text stop the plan, counted and named by table and
// column; once fixed, the rebuild runs, the next plan is empty, and an
// invalid write is refused.
func TestMigrate_sqliteUUIDCheckAdded(t *testing.T) {
	for _, declared := range []string{"UUID", "CHAR(36)", "TEXT"} {
		t.Run(declared, func(t *testing.T) {
			ctx := context.Background()
			e := testdb.SQLite(t)
			db := testdb.Open(t, e.FerroDriver, e.DSN)
			_, err := db.Exec(`CREATE TABLE "docs" ("id" INTEGER NOT NULL, "owner" ` + declared + ` NOT NULL, CONSTRAINT "pk_docs" PRIMARY KEY ("id"));
				INSERT INTO "docs" VALUES (1, '0f8fad5b-d9cb-469f-a165-70867728950e'), (2, '0F8FAD5B-D9CB-469F-A165-70867728950F'), (3, 'nope')`)
			require.NoError(t, err)

			// The create level leaves it alone; the plan says what updates would do.
			require.NoError(t, ferro.Migrate(db, []any{uuidDoc{}}))
			_, err = migrate.NewPlan(ctx, db, []any{uuidDoc{}}, migrate.AllowUpdates())
			require.Error(t, err)
			assert.Contains(t, err.Error(), "docs.owner: has 2 rows whose value is not UUID text in canonical form")

			_, err = db.Exec(`UPDATE "docs" SET "owner" = lower("owner"); DELETE FROM "docs" WHERE "owner" = 'nope'`)
			require.NoError(t, err)
			require.NoError(t, migrate.Run(ctx, db, []any{uuidDoc{}}, migrate.AllowUpdates()))
			p, err := migrate.NewPlan(ctx, db, []any{uuidDoc{}}, migrate.AllowUpdates())
			require.NoError(t, err)
			assert.Empty(t, p.Changes(), p.String())

			var got []uuid.UUID
			rows, err := db.Query(`SELECT "owner" FROM "docs" ORDER BY "id"`)
			require.NoError(t, err)
			for rows.Next() {
				var u uuid.UUID
				require.NoError(t, rows.Scan(&u))
				got = append(got, u)
			}
			require.NoError(t, rows.Err())
			assert.Equal(t, []uuid.UUID{uuid.MustParse("0f8fad5b-d9cb-469f-a165-70867728950e"), uuid.MustParse("0f8fad5b-d9cb-469f-a165-70867728950f")}, got)

			_, err = db.Exec(`INSERT INTO "docs" VALUES (4, ?)`, "nope")
			var ie *ferro.InvalidValueError
			require.True(t, errors.As(err, &ie), "%v", err)
			assert.Equal(t, [2]string{"docs", "owner"}, [2]string{ie.Table, ie.Column})
		})
	}
}

type uuidDocColRenamed struct {
	ID     int64     `ferro:"id,pk"`
	Holder uuid.UUID `ferro:"holder,renamed_from=owner"`
}

func (uuidDocColRenamed) TableName() string { return "docs" }

type uuidDocRenamed struct {
	ID     int64     `ferro:"id,pk"`
	Holder uuid.UUID `ferro:"holder"`
}

func (uuidDocRenamed) TableName() string     { return "papers" }
func (uuidDocRenamed) RenamedFrom() []string { return []string{"docs"} }

// TestMigrate_sqliteUUIDCheckFollowsRenames: renaming a uuid column in
// place (ALTER TABLE RENAME COLUMN), then its table (which renames the
// ferro-named key too, so the table is rebuilt, created under a temporary
// name and renamed), keeps the column a uuid: SQLite rewrites the check's
// qualified references and inspection recognises the rewritten text, so
// each next plan is empty, and a refused write names the new names.
func TestMigrate_sqliteUUIDCheckFollowsRenames(t *testing.T) {
	ctx := context.Background()
	e := testdb.SQLite(t)
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	require.NoError(t, ferro.Migrate(db, []any{uuidDoc{}}))
	for _, tc := range []struct {
		model         any
		table, column string
		inPlace       bool
	}{
		{uuidDocColRenamed{}, "docs", "holder", true},
		{uuidDocRenamed{}, "papers", "holder", false},
	} {
		p, err := migrate.NewPlan(ctx, db, []any{tc.model}, migrate.AllowUpdates())
		require.NoError(t, err)
		if tc.inPlace {
			for _, c := range p.Changes() {
				if _, ok := c.(*schema.RenameColumn); !ok {
					t.Fatalf("%s: want only ALTER TABLE RENAME COLUMN, plan has %T:\n%s", tc.table, c, p)
				}
			}
		}
		require.NoError(t, p.Apply(ctx, db))
		p, err = migrate.NewPlan(ctx, db, []any{tc.model}, migrate.AllowUpdates())
		require.NoError(t, err)
		assert.Empty(t, p.Changes(), p.String())
		_, err = db.Exec(`INSERT INTO "` + tc.table + `" VALUES (1, 'nope')`)
		var ie *ferro.InvalidValueError
		require.True(t, errors.As(err, &ie), "%v", err)
		assert.Equal(t, [2]string{tc.table, tc.column}, [2]string{ie.Table, ie.Column})
	}
}
