package engine

import (
	"testing"

	"github.com/google/uuid"

	"github.com/ferrosql/ferro/internal/dialect/sqlite"
	"github.com/ferrosql/ferro/internal/testdb"
)

// BenchmarkUUIDCheck_insert measures what sqlite.UUIDCheck costs a write:
// rows inserted by a prepared statement inside one transaction, into a
// table declared with the check and one without, side by side in the same
// run (docs/performance.md). "narrow" is the cheapest insert there is (a
// rowid and the uuid); "wide" a row of ten columns with one index, nearer
// an application's.
func BenchmarkUUIDCheck_insert(b *testing.B) {
	check := " CHECK (" + sqlite.UUIDCheck("t", "u") + ")"
	const wideCols = `, "name" TEXT NOT NULL, "email" TEXT NOT NULL, "note" TEXT, "qty" INT NOT NULL, "score" DOUBLE NOT NULL,
		"created_at" TIMESTAMPTZ NOT NULL, "active" BOOLEAN NOT NULL, "amount" DECIMAL_TEXT NOT NULL`
	for _, tc := range []struct {
		name, ddl, insert string
		args              func(u string) []any
	}{
		{"narrow/without check", `CREATE TABLE "t" ("id" INTEGER PRIMARY KEY, "u" UUID NOT NULL)`, `INSERT INTO "t" ("u") VALUES (?)`,
			func(u string) []any { return []any{u} }},
		{"narrow/with check", `CREATE TABLE "t" ("id" INTEGER PRIMARY KEY, "u" UUID NOT NULL` + check + `)`, `INSERT INTO "t" ("u") VALUES (?)`,
			func(u string) []any { return []any{u} }},
		{"wide/without check", `CREATE TABLE "t" ("id" INTEGER PRIMARY KEY, "u" UUID NOT NULL` + wideCols + `); CREATE INDEX "idx_t_email" ON "t" ("email")`,
			`INSERT INTO "t" ("u", "name", "email", "note", "qty", "score", "created_at", "active", "amount") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, wideArgs},
		{"wide/with check", `CREATE TABLE "t" ("id" INTEGER PRIMARY KEY, "u" UUID NOT NULL` + check + wideCols + `); CREATE INDEX "idx_t_email" ON "t" ("email")`,
			`INSERT INTO "t" ("u", "name", "email", "note", "qty", "score", "created_at", "active", "amount") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, wideArgs},
	} {
		b.Run(tc.name, func(b *testing.B) {
			e := testdb.SQLite(b)
			db := testdb.Open(b, e.RawDriver, e.DSN)
			if _, err := db.Exec(tc.ddl); err != nil {
				b.Fatal(err)
			}
			args := tc.args(uuid.New().String())
			tx, err := db.Begin()
			if err != nil {
				b.Fatal(err)
			}
			defer tx.Rollback()
			st, err := tx.Prepare(tc.insert)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := st.Exec(args...); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func wideArgs(u string) []any {
	return []any{u, "Ada Lovelace", "ada@example.com", nil, 3, 4.5, "2026-11-30 07:45:14.000000000Z", true, "12.50"}
}
