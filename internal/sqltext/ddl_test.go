package sqltext

import (
	"strings"
	"testing"
	"testing/quick"
)

var isDDLCases = []struct {
	name  string
	query string
	want  bool
}{
	// Plain statements.
	{"empty", "", false},
	{"only_space", " \t\r\n\f\v", false},
	{"select_param", "SELECT id, name, email FROM users WHERE id = $1", false},
	{"insert", "INSERT INTO users (id, name) VALUES ($1, $2)", false},
	{"update", "update users set name = ? where id = ?", false},
	{"delete", "DELETE FROM users WHERE id = 1", false},
	{"create_table", "CREATE TABLE t (id integer PRIMARY KEY)", true},
	{"create_lower", "create table t (id int)", true},
	{"create_mixed", "cReAtE InDeX i ON t(a)", true},
	{"alter", "ALTER TABLE t ADD COLUMN c text", true},
	{"alter_rename_sqlite", "ALTER TABLE t RENAME TO u", true},
	{"drop", "DROP TABLE IF EXISTS t", true},
	{"rename_bare", "RENAME TABLE a TO b", true},
	{"truncate", "TRUNCATE t RESTART IDENTITY", true},
	{"comment_on", "COMMENT ON TABLE t IS 'hello'", true},
	{"reindex", "REINDEX TABLE t", true},
	{"import_foreign_schema", "IMPORT FOREIGN SCHEMA s FROM SERVER srv INTO local", true},
	{"attach", "ATTACH DATABASE 'other.db' AS other", true},
	{"detach", "DETACH DATABASE other", true},
	{"grant_not_ddl", "GRANT SELECT ON t TO bob", false},
	{"vacuum_not_ddl", "VACUUM", false},
	{"pragma_not_ddl", "PRAGMA foreign_keys = ON", false},
	{"do_block_not_ddl", "DO $$ BEGIN EXECUTE 'CREATE TABLE x (a int)'; END $$", false},
	{"call_not_ddl", "CALL make_tables()", false},

	// Leading whitespace and comments.
	{"leading_space", "\n\t  CREATE TABLE t (a int)", true},
	{"line_comment_then_create", "-- comment\nCREATE TABLE t (a int)", true},
	{"line_comment_only", "-- CREATE TABLE t", false},
	{"block_comment_then_create", "/* x */CREATE TABLE t (a int)", true},
	{"block_comment_keyword_then_select", "/* ALTER */ SELECT 1", false},
	{"nested_comment_pg", "/* a /* b */ CREATE TABLE t (a int) */ SELECT 1", true},
	{"only_comments", "/* a */ -- b\n /* c */", false},
	{"comment_between_keyword", "DROP/**/TABLE t", true},

	// Keywords in literals and identifiers.
	{"keyword_in_string", "SELECT 'DROP TABLE x'", false},
	{"keyword_in_string_after_semicolon", "SELECT 'a; DROP TABLE x'", false},
	{"keyword_in_dquote_ident", `SELECT "create" FROM t`, false},
	{"semicolon_in_dquote_ident", `SELECT "a;drop" FROM t`, false},
	{"semicolon_in_backtick_sqlite", "SELECT `a; x` FROM t", false},
	{"semicolon_in_bracket_sqlite", "SELECT [a; x] FROM t", false},
	{"semicolon_in_dollar_quote", "SELECT $$a; b$$", false},
	{"semicolon_in_tagged_dollar_quote", "SELECT $fn$ a; b $fn$ FROM t", false},
	// SQLite does not dollar-quote, so there the DROP is a statement.
	{"ddl_in_dollar_quote", "SELECT $$a; DROP TABLE x$$", true},
	{"semicolon_in_escaped_string", "SELECT 'it''s; DROP TABLE x'", false},
	{"semicolon_in_estring", `SELECT E'it\'s; x'`, false},
	{"semicolon_in_line_comment", "SELECT 1 -- ; DROP TABLE x", false},
	{"semicolon_in_block_comment", "SELECT 1 /* ; DROP TABLE x */", false},
	{"createdb_identifier", "CREATEDB", false},
	{"createx_not_create", "CREATEX TABLE t", false},
	{"drop_prefix_ident", "dropped_rows", false},
	{"create_digit_suffix", "CREATE1 TABLE t", false},
	{"create_dollar_suffix", "CREATE$ TABLE t", false},
	{"unicode_suffix_not_keyword", "CREATEé TABLE t", false},
	{"unicode_in_string", "SELECT 'ünïcødé; ☃' FROM t", false},
	{"unicode_then_ddl", "SELECT 'ünïcødé'; ALTER TABLE t ADD c int", true},

	// Multi-statement strings.
	{"select_then_alter", "SELECT 1; ALTER TABLE t ADD COLUMN c int", true},
	{"begin_create_commit", "BEGIN; CREATE TABLE t (a int); COMMIT", true},
	{"two_selects", "SELECT 1; SELECT 2;", false},
	{"trailing_semicolon", "SELECT 1;", false},
	{"only_semicolons", ";;;", false},
	{"semicolons_then_drop", ";;; drop table t", true},
	{"comment_after_semicolon", "SELECT 1; /* c */ -- d\n DROP TABLE t", true},
	{"string_then_real_ddl", "INSERT INTO t VALUES ('a;b'); DROP TABLE t", true},
	{"ddl_after_dollar_quote", "SELECT $$;$$; CREATE TABLE t (a int)", true},
	{"param_dollar_not_quote", "SELECT $1; CREATE TABLE t (a int)", true},
	{"create_trigger_sqlite_body", "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = 1; END", true},

	// Dialect disagreements: DDL if either engine would run DDL.
	{"sqlite_flat_comment", "/* a /* b */ DROP TABLE t", true},
	{"pg_array_bracket_string", "SELECT ARRAY['a]b']; DROP TABLE t", true},
	{"sqlite_bracket_quote_char", "SELECT [a'b] FROM t; DROP TABLE t", true},

	// Unterminated input.
	{"unterminated_block_comment", "/* CREATE TABLE t", false},
	{"unterminated_string", "SELECT 'abc; DROP TABLE x", false},
	{"unterminated_string_in_ddl", "CREATE TABLE t (a text DEFAULT 'x", true},
	{"unterminated_dollar", "SELECT $a$ ; x", false},
	{"unterminated_dollar_sqlite_reads_ddl", "SELECT $a$ ; DROP TABLE x", true},
	{"unterminated_estring_backslash", `SELECT E'\`, false},
	{"lone_dollar", "SELECT $ ; DROP TABLE x", true},

	// PostgreSQL SELECT ... INTO.
	{"select_into", "SELECT * INTO newtable FROM t", true},
	{"select_into_temp", "select a, b into temp t2 from t", true},
	{"select_into_no_from", "SELECT 1 AS a INTO t2", true},
	{"select_distinct_on_into", "SELECT DISTINCT ON (a) a, b INTO t2 FROM t", true},
	{"select_into_after_is_distinct_from", "SELECT a IS DISTINCT FROM b INTO t2 FROM t", true},
	{"insert_into_not_ddl", "INSERT INTO t SELECT * FROM u", false},
	{"select_from_then_into_word", "SELECT * FROM t WHERE a = 'INTO'", false},
	{"select_into_in_subquery", "SELECT (SELECT 1) AS x FROM t", false},
	{"select_alias_into", "SELECT 1 AS into FROM t", false},
	{"select_qualified_into", "SELECT t.into FROM t", false},
	{"select_quoted_into", `SELECT "into" FROM t`, false},
	{"select_into_after_from", "SELECT * FROM t INTO x", false},
	{"select_then_select_into", "SELECT 1; SELECT * INTO t2 FROM t", true},
	{"with_select_into", "WITH c AS (SELECT 1 AS a) SELECT * INTO t2 FROM c", true},
	{"with_select", "WITH c AS (SELECT 1 AS a) SELECT * FROM c", false},
	{"with_insert_select", "WITH c AS (SELECT 1 AS a) INSERT INTO t SELECT a FROM c", false},
	{"with_recursive", "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM r WHERE n < 5) SELECT n FROM r", false},

	// EXPLAIN.
	{"explain_create", "EXPLAIN CREATE TABLE t AS SELECT 1", false},
	{"explain_analyze_create", "EXPLAIN ANALYZE CREATE TABLE t AS SELECT 1", true},
	{"explain_analyse_verbose_create", "explain analyse verbose create table t as select 1", true},
	{"explain_analyze_select", "EXPLAIN ANALYZE SELECT * FROM t", false},
	{"explain_analyze_select_into", "EXPLAIN ANALYZE SELECT * INTO t2 FROM t", true},
	{"explain_paren_analyze_create", "EXPLAIN (ANALYZE, BUFFERS) CREATE TABLE t AS SELECT 1", true},
	{"explain_paren_analyze_true", "EXPLAIN (FORMAT JSON, ANALYZE true) CREATE MATERIALIZED VIEW v AS SELECT 1", true},
	{"explain_paren_analyze_false", "EXPLAIN (ANALYZE false) CREATE TABLE t AS SELECT 1", false},
	{"explain_paren_analyze_off", "EXPLAIN (ANALYZE off, COSTS) CREATE TABLE t AS SELECT 1", false},
	{"explain_paren_analyze_zero", "EXPLAIN (ANALYZE 0) CREATE TABLE t AS SELECT 1", false},
	{"explain_paren_analyze_quoted_false", "EXPLAIN (ANALYZE 'false') CREATE TABLE t AS SELECT 1", false},
	{"explain_paren_no_analyze", "EXPLAIN (COSTS off) CREATE TABLE t AS SELECT 1", false},
	{"explain_query_plan_sqlite", "EXPLAIN QUERY PLAN CREATE TABLE t (a int)", false},
	{"explain_analyze_unterminated_options", "EXPLAIN (ANALYZE", false},
}

// classifyCases pins each engine's reading where the two disagree; IsDDL
// is their OR.
var classifyCases = []struct {
	name             string
	query            string
	postgres, sqlite bool
}{
	{"dollar_quote", "SELECT $$a; DROP TABLE x$$", false, true},
	{"tagged_dollar_quote", "SELECT $fn$ a; DROP TABLE x $fn$", false, true},
	{"estring_backslash_quote", `SELECT E'it\'s; DROP TABLE x'`, false, true},
	{"backtick_ident", "SELECT `a; DROP TABLE x` FROM t", true, false},
	{"bracket_ident", "SELECT [a; DROP TABLE x] FROM t", true, false},
	{"nested_comment_ends_early_in_sqlite", "/* a /* b */ DROP TABLE t", false, true},
	{"nested_comment_pg", "/* a /* b */ c */ DROP TABLE t", true, false},
	{"array_subscript_string", "SELECT ARRAY['a]b']; DROP TABLE t", true, false},
	{"select_into", "SELECT * INTO t2 FROM t", true, false},
	{"with_select_into", "WITH c AS (SELECT 1) SELECT * INTO t2 FROM c", true, false},
	{"explain_analyze_create", "EXPLAIN ANALYZE CREATE TABLE t AS SELECT 1", true, false},
	{"do_block_ddl_first", "DO $$ BEGIN CREATE TABLE x (a int); END $$", false, false},
	{"do_block_ddl_after_semicolon", "DO $$ BEGIN PERFORM 1; CREATE TABLE x (a int); END $$", false, true},
	{"plain_create", "CREATE TABLE t (a int)", true, true},
	{"plain_select", "SELECT a FROM t", false, false},
}

func TestClassify(t *testing.T) {
	t.Parallel()
	for _, tc := range classifyCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := classify(tc.query, modePostgres); got != tc.postgres {
				t.Errorf("classify(%q, postgres) = %v, want %v", tc.query, got, tc.postgres)
			}
			if got := classify(tc.query, modeSQLite); got != tc.sqlite {
				t.Errorf("classify(%q, sqlite) = %v, want %v", tc.query, got, tc.sqlite)
			}
			if got, want := IsDDL(tc.query), tc.postgres || tc.sqlite; got != want {
				t.Errorf("IsDDL(%q) = %v, want %v", tc.query, got, want)
			}
		})
	}
}

func TestIsDDL(t *testing.T) {
	t.Parallel()
	if len(isDDLCases) < 40 {
		t.Fatalf("only %d cases; the suite promises at least 40", len(isDDLCases))
	}
	seen := map[string]bool{}
	for _, tc := range isDDLCases {
		if seen[tc.name] {
			t.Fatalf("duplicate case name %q", tc.name)
		}
		seen[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := IsDDL(tc.query); got != tc.want {
				t.Errorf("IsDDL(%q) = %v, want %v", tc.query, got, tc.want)
			}
		})
	}
}

// TestIsDDL_Invariants checks, on every table case, the properties the fuzz
// target checks on random input.
func TestIsDDL_Invariants(t *testing.T) {
	t.Parallel()
	for _, tc := range isDDLCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			checkIsDDLInvariants(t, tc.query)
		})
	}
}

// typicalStatements are the hot-path shapes the driver wrapper classifies on
// every query; they must not allocate.
var typicalStatements = []struct {
	name  string
	query string
}{
	{"select_pk", "SELECT id, name, email FROM users WHERE id = $1"},
	{"insert_150b", "INSERT INTO users (id, name, email, created_at, updated_at, status, score) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at"},
	{"update", "UPDATE users SET name = ?, email = ?, updated_at = ? WHERE id = ?"},
	{"select_trailing_semicolon", "SELECT id FROM users WHERE email = ?;"},
	{"with_cte", "WITH recent AS (SELECT id FROM orders WHERE created_at > $1) SELECT count(*) FROM recent"},
	{"create_table", "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"},
	{"begin_create_commit", "BEGIN; CREATE TABLE t (a int); COMMIT"},
	{"comment_then_select", "/* app:users.get */ SELECT id, name FROM users WHERE id = $1"},
}

func TestIsDDL_NoAllocs(t *testing.T) {
	for _, tc := range typicalStatements {
		t.Run(tc.name, func(t *testing.T) {
			if n := testing.AllocsPerRun(100, func() { IsDDL(tc.query) }); n != 0 {
				t.Errorf("IsDDL(%q) allocates %v times per run, want 0", tc.query, n)
			}
		})
	}
}

func BenchmarkIsDDL(b *testing.B) {
	for _, tc := range typicalStatements {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(tc.query)))
			for b.Loop() {
				IsDDL(tc.query)
			}
		})
	}
}

// checkIsDDLInvariants asserts properties that hold for every string s:
// leading whitespace and complete comments do not change the answer, a
// complete non-DDL statement in front does not change it, and a DDL
// statement in front makes it true.
func checkIsDDLInvariants(t *testing.T, s string) {
	t.Helper()
	want := IsDDL(s)
	for _, prefix := range []string{" \n\t", "-- c\n", "/* c */", "SELECT 1; ", "select 'x;y' AS \"a;b\"; ", "EXPLAIN SELECT 1;\n"} {
		if got := IsDDL(prefix + s); got != want {
			t.Errorf("IsDDL(%q) = %v, but IsDDL(%q) = %v: prefix %q changed the answer", prefix+s, got, s, want, prefix)
		}
	}
	if !IsDDL("CREATE TABLE t (a int); " + s) {
		t.Errorf("IsDDL(%q) = false with a leading CREATE", "CREATE TABLE t (a int); "+s)
	}
	if want && !containsDDLWord(s) {
		t.Errorf("IsDDL(%q) = true but it contains no DDL keyword", s)
	}
}

// containsDDLWord reports whether s mentions any word IsDDL could have
// keyed on; a true answer without one would be a classifier bug.
func containsDDLWord(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"create", "alter", "drop", "rename", "truncate", "comment", "reindex", "import", "attach", "detach", "into"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

func FuzzIsDDL(f *testing.F) {
	for _, tc := range isDDLCases {
		f.Add(tc.query)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkIsDDLInvariants(t, s)
	})
}

// naiveIsDDL is the usual hand-rolled check (upper-case, split on ';',
// test prefixes). It is wrong on quotes and comments and allocates; it is
// here only as the baseline BenchmarkIsDDL is compared with.
func naiveIsDDL(q string) bool {
	for _, st := range strings.Split(strings.ToUpper(q), ";") {
		st = strings.TrimSpace(st)
		for _, kw := range []string{"CREATE", "ALTER", "DROP", "RENAME", "TRUNCATE", "COMMENT", "REINDEX", "IMPORT", "ATTACH", "DETACH"} {
			if strings.HasPrefix(st, kw) {
				return true
			}
		}
	}
	return false
}

func BenchmarkNaiveIsDDL(b *testing.B) {
	for _, tc := range typicalStatements {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(tc.query)))
			for b.Loop() {
				naiveIsDDL(tc.query)
			}
		})
	}
}

// TestContainsFoldInto checks the SELECT ... INTO pre-filter against the
// obvious implementation: a false negative would hide a CREATE by SELECT INTO.
func TestContainsFoldInto(t *testing.T) {
	naive := func(s string) bool { return strings.Contains(strings.ToLower(s), "into") }
	cases := []string{"", "i", "into", "INTO", "iNtO", "x into y", "xInTo", "nnnnINTOnn", "in to", "intn", "int", "SELECT a FROM b", "ninto", "INT O", "intO"}
	for _, c := range cases {
		if got := containsFoldInto(c); got != naive(c) {
			t.Errorf("containsFoldInto(%q) = %v, want %v", c, got, naive(c))
		}
	}
	f := func(b []byte) bool {
		for i := range b {
			b[i] = "inotNIOTx "[int(b[i])%10]
		}
		return containsFoldInto(string(b)) == naive(string(b))
	}
	if err := quick.Check(f, &quick.Config{MaxCount: 20000}); err != nil {
		t.Error(err)
	}
}
