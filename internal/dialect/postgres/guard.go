package postgres

import (
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
)

// GuardSQL renders a data check for a migration file that another tool runs:
// a DO block that raises (SQLSTATE 23514, check_violation) when count, a
// query returning one integer (the rows that would not survive), returns more
// than zero, so the file's transaction aborts before the change runs. The
// message is "ferro/migrate: <table>.<column>: <reason>" with each "%d" in
// reason replaced by the count; reason says what to do.
func (Renderer) GuardSQL(table, column, count, reason string) []string {
	where := table
	if column != "" {
		where += "." + column
	}
	parts := strings.Split(reason, "%d")
	for i, p := range parts {
		parts[i] = strings.ReplaceAll(p, "%", "%%")
	}
	msg := strings.Join(parts, "%")
	args := strings.Repeat(", n", len(parts)-1)
	msg = "ferro/migrate: " + strings.ReplaceAll(where, "%", "%%") + ": " + msg
	tag := dollarTag(count)
	return []string{"DO " + tag + "\nDECLARE n bigint := (" + count + ");\nBEGIN\n" +
		"\tIF n > 0 THEN\n" +
		"\t\tRAISE EXCEPTION " + dialect.QuoteString(msg) + args + " USING ERRCODE = 'check_violation';\n" +
		"\tEND IF;\nEND\n" + tag}
}

// dollarTag returns a dollar-quote tag that does not occur in body.
func dollarTag(body string) string {
	tag := "$ferro_guard$"
	for i := 0; strings.Contains(body, tag); i++ {
		tag = "$ferro_guard" + strings.Repeat("_", i+1) + "$"
	}
	return tag
}

var _ dialect.GuardWriter = Renderer{}
