package dialect

import (
	"slices"
	"strings"
	"testing"
)

// ColumnUseOf resolves what the text proves and answers MayUse for the
// rest: which mentions of legacy are things.legacy.
func TestLexicon_ColumnUseOf(t *testing.T) {
	isView := func(name string) bool { return strings.EqualFold(name, "vw") }
	for _, tc := range []struct {
		name, stmt string
		want       ColumnUse
	}{
		{"only_table", `CREATE VIEW v AS SELECT id, legacy FROM things`, Uses},
		{"qualified_by_table", `CREATE VIEW v AS SELECT things.legacy FROM things JOIN other ON other.id = things.id`, Uses},
		{"qualified_by_alias", `CREATE VIEW v AS SELECT t.legacy FROM things AS t JOIN other o ON o.id = t.id`, Uses},
		{"schema_qualified", `CREATE VIEW v AS SELECT main.things.legacy FROM main.things`, Uses},
		{"other_alias", `CREATE VIEW v AS SELECT t.id, u.legacy FROM things t JOIN other u ON u.id = t.id`, NoUse},
		{"other_alias_comma", `CREATE VIEW v AS SELECT t.id FROM things AS t, other AS u WHERE u.legacy = 1`, NoUse},
		{"other_name", `CREATE VIEW v AS SELECT other.legacy FROM other WHERE other.id IN (SELECT id FROM things)`, NoUse},
		{"other_quoted", `CREATE VIEW v AS SELECT "u"."LEGACY" FROM "other" AS "u" JOIN [things] t USING (id)`, NoUse},
		{"other_schema_qualified", `CREATE VIEW v AS SELECT u.legacy FROM main.other u JOIN main.things t ON t.id = u.id`, NoUse},
		{"after_join_condition", `CREATE VIEW v AS SELECT u.legacy FROM things t JOIN x ON x.id = t.id, other u`, NoUse},
		{"string_only", `CREATE VIEW v AS SELECT 'legacy' AS n FROM things`, NoUse},
		{"alias_named_like_it", `CREATE VIEW v AS SELECT name AS legacy FROM things`, NoUse},
		{"unqualified_beside_other", `CREATE VIEW v AS SELECT legacy FROM things JOIN other ON other.id = things.id`, MayUse},
		{"subquery", `CREATE VIEW v AS SELECT s.legacy FROM (SELECT * FROM things) s`, MayUse},
		{"subquery_as", `CREATE VIEW v AS SELECT s.legacy FROM (SELECT * FROM things) AS s JOIN other USING (id)`, MayUse},
		{"cte", `CREATE VIEW v AS WITH c AS (SELECT * FROM things) SELECT c.legacy FROM c`, MayUse},
		{"cte_columns", `CREATE VIEW v AS WITH c(legacy) AS (SELECT name FROM things) SELECT c.legacy FROM c`, MayUse},
		{"another_view", `CREATE VIEW v AS SELECT w.legacy FROM vw w JOIN things t ON t.id = w.id`, MayUse},
		{"alias_in_two_scopes", `CREATE VIEW v AS SELECT a.legacy FROM other a WHERE EXISTS (SELECT 1 FROM things a WHERE a.id = 1)`, MayUse},
		{"binding_not_read", `CREATE VIEW v AS SELECT q.legacy FROM x JOIN y ON x.a IS NOT NULL, things q`, MayUse},
		{"unbound_qualifier", `CREATE VIEW v AS SELECT z.legacy FROM things`, MayUse},
		{"natural_join", `CREATE VIEW v AS SELECT t.id, o.name FROM things t NATURAL JOIN other o`, MayUse},
		{"table_function", `CREATE VIEW v AS SELECT j.legacy FROM things, json_each(things.name) j`, MayUse},
		{"trigger_update_of", `CREATE TRIGGER tr AFTER UPDATE OF legacy ON things BEGIN SELECT 1; END`, Uses},
		{"trigger_new", `CREATE TRIGGER tr AFTER INSERT ON things BEGIN INSERT INTO log (x) VALUES (NEW.legacy); END`, Uses},
		{"trigger_new_of_other", `CREATE TRIGGER tr AFTER INSERT ON other BEGIN UPDATE things SET name = new.legacy WHERE things.id = new.id; END`, NoUse},
		{"trigger_column_list_of_other", `CREATE TRIGGER tr AFTER INSERT ON things BEGIN INSERT INTO other (legacy) VALUES (new.id); END`, MayUse},
		{"trigger_update_set", `CREATE TRIGGER tr AFTER INSERT ON other BEGIN UPDATE OR IGNORE things SET legacy = 1; END`, MayUse},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := sqliteLex.ColumnUseOf(tc.stmt, "things", "legacy", isView); got != tc.want {
				t.Errorf("ColumnUseOf(%q) = %d, want %d", tc.stmt, got, tc.want)
			}
		})
	}
}

// ColumnUseOf never panics, finds no use where the column is not
// mentioned (nor a NATURAL join), and never takes an unqualified mention beside the table for
// no use, whatever statement comes before it.
func FuzzLexicon_ColumnUseOf(f *testing.F) {
	for _, s := range []string{
		`CREATE VIEW v AS SELECT t.id, u.legacy FROM things t JOIN other u ON u.id = t.id`,
		`CREATE VIEW v AS SELECT s.legacy FROM (SELECT * FROM things) s`,
		`CREATE TRIGGER tr AFTER INSERT ON other BEGIN UPDATE things SET name = new.legacy; END`,
		`WITH c(a) AS (SELECT 1) SELECT c.a FROM c`, `SELECT x FROM (`, `FROM a(`, `) AS q`, `UPDATE OR`, `CREATE TRIGGER 00 ON legACY`,
	} {
		f.Add(s)
	}
	const tail = "\n;SELECT legacy FROM things"
	f.Fuzz(func(t *testing.T, s string) {
		for _, lx := range []Lexicon{sqliteLex, postgresLex} {
			never := func(string) bool { return false }
			if got := lx.ColumnUseOf(s, "things", "legacy", never); !lx.Mentions(s, "legacy") && !lx.Mentions(s, "natural") && got != NoUse {
				t.Fatalf("ColumnUseOf(%q) = %d without a mention", s, got)
			}
			at := len(s) + len("\n;SELECT ")
			if !slices.ContainsFunc(lx.ColumnRefs(s+tail), func(r Ref) bool { return r.Start == at }) {
				continue // s left a string or comment open
			}
			if got := lx.ColumnUseOf(s+tail, "things", "legacy", never); got == NoUse {
				t.Fatalf("ColumnUseOf(%q) = NoUse", s+tail)
			}
		}
	})
}
