package sqlite

import (
	"slices"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// uuidGlob matches canonical UUID text: 36 characters, lowercase hex
// digits in groups of 8-4-4-4-12 separated by hyphens, the form ferro
// binds a uuid.UUID in (bind.Forms.UUIDText) and the only one equality in SQL
// finds it by.
const uuidGlob = "[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-" +
	"[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-" +
	"[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]"

// UUIDCheck is the unnamed column CHECK that makes a SQLite column a uuid:
// SQLite stores any value in a column declared UUID, so without it invalid
// text is stored and fails only when read. It accepts NULL and canonical
// UUID text (see uuidGlob), nothing else: not upper case, not 32 bare hex
// digits, not a 16-byte blob.
//
// Its column references are qualified with the table, and it does not
// start with a quote: SQLite then reports a failure as "CHECK constraint
// failed: " followed by exactly this text, which names the table and the
// column, and ALTER TABLE RENAME (of the table or the column) rewrites
// both in the stored schema, so the text stays true (FailedUUIDCheck reads
// it back). Inspect recognises exactly this text as part of the type.
func UUIDCheck(table, column string) string {
	q := dialect.Quote(table) + "." + dialect.Quote(column)
	return "typeof(" + q + ") = 'null' OR typeof(" + q + ") = 'text' AND " + q + " GLOB '" + uuidGlob + "'"
}

// FailedUUIDCheck reads the table and column out of the text SQLite
// reports after "CHECK constraint failed: " when a UUIDCheck fails;
// trailing text (the driver's " (275)") is ignored. ok is false for any
// other check.
func FailedUUIDCheck(msg string) (table, column string, ok bool) {
	rest, found := strings.CutPrefix(msg, "typeof(")
	if !found {
		return "", "", false
	}
	table, rest, found = cutQuoted(rest)
	if !found || !strings.HasPrefix(rest, ".") {
		return "", "", false
	}
	column, _, found = cutQuoted(rest[1:])
	if !found || !strings.HasPrefix(msg, UUIDCheck(table, column)) {
		return "", "", false
	}
	return table, column, true
}

// cutQuoted reads one double-quoted identifier ("" inside is one quote)
// from the start of s.
func cutQuoted(s string) (ident, rest string, ok bool) {
	if !strings.HasPrefix(s, `"`) {
		return "", "", false
	}
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		if s[i] != '"' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 < len(s) && s[i+1] == '"' {
			b.WriteByte('"')
			i++
			continue
		}
		return b.String(), s[i+1:], true
	}
	return "", "", false
}

// uuidChecksRemoved takes the UUIDCheck of each uuid column out of checks:
// it belongs to the column's type. A column declared UUID without it
// (made by a ferro version before the check, or by hand) holds whatever
// was written, so it is not read as uuid: its type is unknown(UUID), which a model's uuid field turns into a checked change (see
// toUUID).
func uuidChecksRemoved(t *schema.Table, checks []*schema.Check) []*schema.Check {
	for _, c := range t.Columns {
		if c.Type.Kind != schema.KindUUID || c.Type.Array {
			continue
		}
		want := UUIDCheck(t.Name, c.Name)
		i := slices.IndexFunc(checks, func(ck *schema.Check) bool { return ck.Name == "" && ck.Values == nil && ck.Expr == want })
		if i < 0 {
			c.Type = schema.Unknown(uncheckedUUID)
			continue
		}
		checks = slices.Delete(slices.Clone(checks), i, i+1)
	}
	return checks
}

// uncheckedUUID is the live type of a column declared UUID without the
// UUIDCheck.
const uncheckedUUID = "UUID"

// toUUID is TypeChangeSQL.ToUUID on SQLite: a column whose values are
// text to SQLite (text, varchar, char(n), a TEXT-affinity spelling such as
// another tool's CHAR(36), or a column declared UUID without the check)
// becomes a uuid column by the table rebuild, once no value fails the
// UUIDCheck: the predicate selects the non-null values that would.
func toUUID(q string, from schema.Type) (string, bool) {
	if from.Array {
		return "", false
	}
	if storageClass(from) != "TEXT" && !(from.Kind == schema.KindUnknown && strings.EqualFold(strings.TrimSpace(from.Raw), uncheckedUUID)) {
		return "", false
	}
	return "NOT (typeof(" + q + ") = 'text' AND " + q + " GLOB '" + uuidGlob + "')", true
}
