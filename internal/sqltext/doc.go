// Package sqltext inspects SQL and DSN text without talking to a database:
// [IsDDL] tells the driver wrapper when a query changes the schema (so it
// bumps its schema epoch after the query succeeds), and [Redact] removes
// secrets from a DSN before it goes into an error message or a log.
//
// Both functions are pure, safe for concurrent use, never panic on any
// input (fuzzed), and keep no state.
//
// # Statements that count as DDL
//
// A statement is DDL when, after leading whitespace, -- comments and /* */
// comments, its first word (ASCII case-insensitive, a whole word: CREATEX
// and createdb are not CREATE) is one of
//
//	CREATE ALTER DROP RENAME TRUNCATE COMMENT REINDEX IMPORT ATTACH DETACH
//
// ALTER covers SQLite's ALTER TABLE ... RENAME; IMPORT is PostgreSQL's
// IMPORT FOREIGN SCHEMA; ATTACH and DETACH change what names resolve to on
// SQLite. On PostgreSQL two more shapes create tables:
//
//   - SELECT ... INTO new_table: INTO at parenthesis depth 0 after SELECT
//     and before FROM (PostgreSQL accepts INTO nowhere else in plain SQL),
//     also as the main SELECT of a WITH statement. INTO right after AS or
//     "." is a column label ("SELECT 1 AS into"), and FROM right after
//     DISTINCT is the IS [NOT] DISTINCT FROM operator; both are handled.
//     INSERT INTO is not DDL. SQLite has no SELECT ... INTO.
//   - EXPLAIN ANALYZE <ddl>, EXPLAIN ANALYSE [VERBOSE] <ddl> and
//     EXPLAIN (ANALYZE [true|on|1], ...) <ddl>: ANALYZE executes the
//     statement. Plain EXPLAIN, EXPLAIN (ANALYZE false) and SQLite's
//     EXPLAIN [QUERY PLAN] only plan, so they are not DDL.
//
// A string holding several statements is DDL if any of them is
// ("SELECT 1; ALTER TABLE t ...", "BEGIN; CREATE ...; COMMIT").
//
// # Statement boundaries and the two lexers
//
// Statements are split on ';' outside single-quoted strings (a doubled
// quote escapes),
// double-quoted identifiers and comments, plus, for PostgreSQL,
// dollar-quoted strings ($$...$$, $tag$...$tag$; $1 is a parameter),
// E'...' strings (backslash escapes) and nested /* */ comments, and, for
// SQLite, `backtick` and [bracket] identifiers and flat /* */ comments.
//
// The rules disagree: "[a'b]" is an identifier to SQLite but starts a string
// to PostgreSQL, "$$a; b$$" is one string to PostgreSQL but two statements
// to SQLite, "/* /* */ DROP TABLE t" drops a table on SQLite only. IsDDL does
// not know which engine will run the text, so it classifies under both and
// answers true if either finds DDL. It therefore never under-reports for
// either engine; the price is a rare true for text one engine would read
// as a literal (for example "SELECT $$a; DROP TABLE x$$"), which only costs
// a needless epoch bump. Unterminated strings and comments run to the end
// of the text, as both engines read them (they then reject the text).
//
// # Not classified
//
// These change the schema without a DDL keyword at the start of a
// statement, so IsDDL reports false; after running them, call
// ferro.BumpSchemaEpoch(db):
//
//   - DO blocks (DO $$ ... $$): the body is a string to PostgreSQL. (Read
//     with SQLite rules, a DDL keyword after a ';' inside the body makes
//     IsDDL true, but that is incidental; do not rely on it.)
//   - Functions, procedures and triggers that run DDL (SELECT f(), CALL p(),
//     EXECUTE of a prepared statement), and DDL built in a string and run
//     by EXECUTE inside PL/pgSQL.
//   - SET search_path and SQLite PRAGMA writable_schema and friends, which
//     change name resolution or the schema table directly.
//   - A parenthesised top-level (SELECT ... INTO t ...).
//   - PostgreSQL with standard_conforming_strings = off, where a backslash
//     escapes inside ordinary '...' strings (off by default since 9.1).
//
// GRANT, REVOKE, VACUUM, ANALYZE, CLUSTER and REFRESH MATERIALIZED VIEW are
// deliberately not DDL: they do not change any table's columns or names.
//
// # Performance
//
// IsDDL never allocates. The common case costs a few nanoseconds plus one
// SIMD byte search: skip leading space and comments, read the first word
// without copying, and stop if it is neither a DDL keyword nor SELECT, WITH
// or EXPLAIN and the text has no ';'. SELECT is scanned up to its FROM;
// only text with a ';' followed by a candidate word pays for the full
// quote-aware scan. docs/performance.md has the measurements.
//
// # DSN redaction
//
// [Redact] replaces each secret with "xxxxx" (the marker net/url uses) and
// keeps everything else, so a log still shows host, port, database and
// options. The form is recognised from the text:
//
//   - URL ("postgres://user:pass@host:5432/db?k=v"): the userinfo ends at
//     the last '@' whose user name (text before the first ':') has no
//     unencoded / ? # & or =, so passwords pasted with a raw '@', '/', '?'
//     or '#' are still redacted whole. Everything after the first ':' of the
//     userinfo is the password, even when empty. The same applies to
//     "user:pass@host/db" without a scheme.
//   - Query parameters and the fragment (treated alike: a '#' in a DSN is
//     nearly always part of a mistyped password or parameter): a parameter
//     is secret when its percent-decoded, lower-cased key contains pass,
//     pwd, secret, token, key or credential (password, sslpassword, api_key,
//     access_token, client_secret, _auth_pass ...), except sslkey,
//     sslkeylogfile and passfile, which name files and help debugging. A
//     secret value runs to the next '&', so a raw '#' or ';' in it is
//     redacted with it; keys are also split on ';' and '#'.
//   - SQLite _pragma parameters: the argument of a pragma whose name
//     contains "key" (SQLCipher key, hexkey, rekey ...) is redacted:
//     "_pragma=key('s')" becomes "_pragma=key(xxxxx)".
//   - libpq key=value ("host=h password='a b\' c'"): values are read as
//     libpq does (spaces around '=', single quotes with \' and \\, or a
//     bare word with backslash escapes); secret keys as above. At the first
//     word that is not key=value, or whose key is not a plain name
//     (letters, digits, '_', '.', '-', '$'), libpq would reject the string
//     or read a misplaced URL as a key, and everything from there on is
//     replaced by the marker.
//   - Anything else (a SQLite path, "file:app.db?mode=ro", ":memory:") has
//     only its query parameters examined.
//
// Finally, whatever the form, any remaining "secretkey=value" (or
// "secretkey": value as in JSON or YAML) anywhere in the result is
// redacted, so a DSN mixing forms or garbled beyond recognition loses more,
// never leaks more. A raw '&' inside a query-parameter secret ends the
// value, as it does for every URL parser; percent-encode it.
//
// # Errors that quote a DSN
//
// [RedactDSN] reads a DSN as a given driver does ([Pgx]: a postgres:// or
// postgresql:// URL, anything else key=value, so "\x00garbage:pw" is
// redacted whole) and keeps the secrets it removed. Its Error and
// ParseError methods free an error a driver or a server built from the DSN
// of them: every spelling of a secret (as written, without its quotes or
// parentheses, unescaped, percent-decoded) is replaced by the marker, and
// when the text still holds a run of a secret's bytes (4 in a row, 3 for
// parse errors: a secret cut or transformed), only what failed is said. An
// error with no secret in it is returned as it is, so errors.As still
// reaches the driver's error; one that had a secret does not wrap it.
package sqltext
