package inspectschema

import (
	"fmt"
	"strings"
)

const (
	// Tables is the number of tables in the schema, named t000, t001, ...
	Tables = 200
	// Columns is the number of columns of every table.
	Columns = 10
)

// TableName returns the name of the i-th table (0-based).
func TableName(i int) string { return fmt.Sprintf("t%03d", i) }

// amountCheck is the CHECK catalog.Render writes on SQLite for a
// numeric(12,2) column named "amount" (SQLite has no fixed-point type).
const amountCheck = `CHECK ("amount" IS NULL OR (typeof("amount") = 'text' AND "amount" NOT GLOB '*[^-0-9.]*' AND substr("amount", 2) NOT GLOB '*-*' AND "amount" NOT GLOB '*.*.*' AND "amount" GLOB '*[0-9]' AND "amount" NOT GLOB '.*' AND "amount" NOT GLOB '-.*' AND length(ltrim(replace(substr("amount", 1, instr("amount" || '.', '.') - 1), '-', ''), '0')) <= 10 AND length(rtrim(substr("amount", instr("amount" || '.', '.') + 1), '0')) <= 2))`

// SQLiteDDL returns the statements that create the schema on SQLite, in
// order (each table before the table whose foreign key refers to it): one
// CREATE TABLE and three CREATE INDEX per table. The text is what
// catalog.Render writes for catalogschema.Build.
func SQLiteDDL() []string {
	stmts := make([]string, 0, Tables*4)
	for i := range Tables {
		t := TableName(i)
		var b strings.Builder
		fmt.Fprintf(&b, "CREATE TABLE %q (\n", t)
		b.WriteString("\t\"id\" INTEGER NOT NULL,\n")
		b.WriteString("\t\"name\" VARCHAR(64) NOT NULL,\n")
		b.WriteString("\t\"code\" TEXT NOT NULL,\n")
		b.WriteString("\t\"amount\" DECIMAL_TEXT(12,2) NOT NULL DEFAULT 0 " + amountCheck + ",\n")
		b.WriteString("\t\"qty\" INT NOT NULL,\n")
		b.WriteString("\t\"price\" DOUBLE,\n")
		b.WriteString("\t\"active\" BOOLEAN NOT NULL DEFAULT true,\n")
		b.WriteString("\t\"created_at\" TIMESTAMPTZ NOT NULL,\n")
		fmt.Fprintf(&b, "\t\"ref\" UUID %s,\n", uuidCheck(t))
		b.WriteString("\t\"parent_id\" BIGINT,\n")
		fmt.Fprintf(&b, "\tCONSTRAINT \"pk_%s\" PRIMARY KEY (\"id\")", t)
		if i > 0 {
			fmt.Fprintf(&b, ",\n\tCONSTRAINT \"fk_%s_parent_id\" FOREIGN KEY (\"parent_id\") REFERENCES %q (\"id\") ON DELETE CASCADE", t, TableName(i-1))
		}
		b.WriteString("\n)")
		stmts = append(stmts,
			b.String(),
			fmt.Sprintf("CREATE INDEX \"idx_%s_name_qty\" ON %q (\"name\", \"qty\")", t, t),
			fmt.Sprintf("CREATE INDEX \"idx_%s_parent_id\" ON %q (\"parent_id\")", t, t),
			fmt.Sprintf("CREATE UNIQUE INDEX \"uq_%s_code\" ON %q (\"code\")", t, t),
		)
	}
	return stmts
}

// uuidCheck is the CHECK ferro declares on a SQLite uuid column: NULL or
// canonical lowercase UUID text.
func uuidCheck(table string) string {
	col := fmt.Sprintf("%q.\"ref\"", table)
	hex := func(n int) string { return strings.Repeat("[0-9a-f]", n) }
	return "CHECK (typeof(" + col + ") = 'null' OR typeof(" + col + ") = 'text' AND " + col + " GLOB '" +
		hex(8) + "-" + hex(4) + "-" + hex(4) + "-" + hex(4) + "-" + hex(12) + "')"
}
