package postgres

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// The schema fingerprint (the migrator's no-op fast path, see
// migrate/fingerprint.go and docs/planner.md "The no-op fast path").
//
// Its one promise: two equal fingerprints mean that Inspect returns equal
// schemas. It is a SHA-256 over a canonical text of two kinds of values:
//
//   - Catalog values exactly as the inspection query reads them (names,
//     flags, attnums, indkey, conkey, actions, the target table and columns
//     of every foreign key, in whichever schema, and the name of that
//     schema when it is not the inspected one; the schema's native enum
//     types with their labels and whether anything else uses them).
//   - The text of every deparse the inspection prints, one entry per deparse
//     input (format_type per column, pg_get_expr per default and per
//     partial index, pg_get_indexdef per expression column,
//     pg_get_constraintdef per CHECK), keyed by table and column, index or
//     constraint name. Everything a deparse depends on beyond the catalog
//     values above (a function or type renamed, an enum or domain renamed,
//     another function of the same name earlier on the search_path, the
//     session's search_path, quote_all_identifiers, TimeZone for a
//     timestamptz constant ...) is therefore in the fingerprint as its
//     effect on the printed text, which is all Inspect sees of it. Catalog
//     values alone cannot stand for it: pg_depend records no dependency on
//     a built-in (pinned) function, operator or type, and nothing records
//     what a name would resolve to.
//
// No oid enters the hash, so a schema's fingerprint is the same in every
// database and every schema holding the same tables (one remembered
// fingerprint serves a schema per tenant).
//
// Fingerprint computes the deparses itself: one call per column, default,
// partial index, expression column and CHECK, in about 60% of the server
// time of the inspection it stands for (which also joins every index key part
// and constraint column to its name, and unions and sorts 17-field rows).
// InspectFingerprint computes the same text from the rows it decodes (r),
// not by deparsing again: the deparse functions read the system caches,
// which may take in a concurrent catalog change in the middle of a
// statement, so a second deparse could describe a schema other than the one
// decoded. Taken from r, the recorded fingerprint always describes the
// schema that was compared with the models; Fingerprint then equals it only
// when the deparses print what r says.
//
// The CTEs fc (columns), fd (defaults), fx and fxd (indexes, and their
// predicates and expression columns as printed), fk and fkd (constraints,
// and checks as printed) and fe (enum labels) have the same columns in both
// queries; pgFingerprintExpr hashes them. In InspectFingerprint the printed
// texts are grouped from r, never joined back to the catalog rows: a join
// of two CTEs, whose sizes the planner cannot estimate, can become a nested
// loop that grows with the square of the schema.
//
// Whatever the inspection query (pgInspectTables) comes to read must be
// added here: TestFingerprint_coversInspection fails when it reads a
// catalog or calls a deparse function that this file does not.
const (
	// pgFingerprintIndexRows is the rows of fx: one per index of a table
	// but its primary key's (the inspection reads a primary key from its
	// constraint), raw, with %s room for more columns.
	pgFingerprintIndexRows = `
	SELECT ft.relname::text AS tbl, q.iname, q.amname, x.indnatts, x.indnkeyatts, x.indisunique, x.indisvalid,
		x.indkey::text AS indkey, x.indoption::text AS indoption, x.indpred IS NOT NULL AS haspred, x.indexprs IS NOT NULL AS hasexprs%s
	FROM fo, pg_catalog.pg_index x JOIN ft ON ft.oid = x.indrelid
		CROSS JOIN LATERAL (SELECT i.relname::text AS iname, (SELECT am.amname::text FROM pg_catalog.pg_am am WHERE am.oid = i.relam) AS amname
			FROM pg_catalog.pg_class i WHERE i.oid = x.indexrelid OFFSET 0) q
	WHERE x.indrelid = ANY (fo.tabs) AND NOT x.indisprimary`

	pgFingerprintIndexCols = `tbl, iname, amname, indnatts, indnkeyatts, indisunique, indisvalid, indkey, indoption, haspred, hasexprs`

	// pgFingerprintConstraintRows is the rows of fk: one per constraint of
	// a table, raw, the target of a foreign key by schema (NULL when it is
	// the table's own), name and the names of the referenced columns, with
	// %s room for more columns.
	pgFingerprintConstraintRows = `
	SELECT ft.relname::text AS tbl, k.conname::text AS name, k.contype::text AS contype,
		CASE WHEN k.contype IN ('u', 'x') THEN (SELECT i.relname::text FROM pg_catalog.pg_class i WHERE i.oid = k.conindid) END AS iname,
		k.conkey::text AS conkey, k.confkey::text AS confkey, k.confdeltype::text AS del, k.confupdtype::text AS upd, k.confmatchtype::text AS mat,
		k.condeferrable, k.condeferred, k.convalidated,
		CASE WHEN k.confrelid <> 0 THEN (
			SELECT ROW(CASE WHEN f.relnamespace <> ft.relnamespace THEN (SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE n.oid = f.relnamespace) END,
				f.relname, ARRAY(SELECT ROW(fa.attnum, fa.attname) FROM pg_catalog.pg_attribute fa WHERE fa.attrelid = f.oid AND fa.attnum = ANY (k.confkey) ORDER BY fa.attnum))::text
			FROM pg_catalog.pg_class f WHERE f.oid = k.confrelid) END AS target%s
	FROM fo, pg_catalog.pg_constraint k JOIN ft ON ft.oid = k.conrelid
	WHERE k.conrelid = ANY (fo.tabs)`

	pgFingerprintConstraintCols = `tbl, name, contype, iname, conkey, confkey, del, upd, mat, condeferrable, condeferred, convalidated, target`

	pgFingerprintTabs = `fo AS MATERIALIZED (
	SELECT coalesce(array_agg(ft.oid), '{}') AS tabs FROM ft WHERE ft.relkind IN ('r', 'p')
)`

	// pgFingerprintExpr hashes the CTEs, each as its rows' text forms
	// (unambiguous: record_out quotes and escapes) in a fixed order.
	pgFingerprintExpr = `encode(pg_catalog.sha256(convert_to(ROW(
	(SELECT string_agg(ROW(ft.relname, ft.relkind, ft.relpersistence, ft.relispartition, ft.parent, ft.partkey)::text, E'\n' ORDER BY ft.relname COLLATE "C") FROM ft),
	(SELECT string_agg(fc::text, E'\n' ORDER BY fc.tbl COLLATE "C", fc.seq) FROM fc),
	(SELECT string_agg(fd::text, E'\n' ORDER BY fd.tbl COLLATE "C", fd.seq) FROM fd),
	(SELECT string_agg(fx::text, E'\n' ORDER BY fx.tbl COLLATE "C", fx.iname COLLATE "C") FROM fx),
	(SELECT string_agg(fxd::text, E'\n' ORDER BY fxd.tbl COLLATE "C", fxd.iname COLLATE "C") FROM fxd),
	(SELECT string_agg(fk::text, E'\n' ORDER BY fk.tbl COLLATE "C", fk.name COLLATE "C", fk.contype COLLATE "C") FROM fk),
	(SELECT string_agg(fkd::text, E'\n' ORDER BY fkd.tbl COLLATE "C", fkd.name COLLATE "C") FROM fkd),
	(SELECT string_agg(fe::text, E'\n' ORDER BY fe.name COLLATE "C", fe.seq) FROM fe),
	` + pgFingerprintRecords + `
)::text, 'UTF8')), 'hex')`

	// pgFingerprintRecords is the digest of ferro's records (the rows of
	// ferro_objects in current_schema(), internal/dialect/records.go),
	// which the migrator reads with the schema to tell its own objects
	// from other tools': NULL when the table does not exist. The table
	// may not exist, so it is read by a query the statement runs itself
	// (query_to_xml, only when to_regclass finds the table), which
	// returns the hex SHA-256 of its rows in a fixed order.
	pgFingerprintRecords = `(SELECT CASE WHEN pg_catalog.to_regclass(pg_catalog.format('%I.%I', current_schema(), '` + dialect.RecordsTable + `')) IS NOT NULL
		THEN pg_catalog.query_to_xml(pg_catalog.format('SELECT pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(coalesce(pg_catalog.string_agg(ROW(r.table_name, r.kind, r.name, r.definition)::text, E''\n'' ORDER BY r.table_name COLLATE "C", r.kind COLLATE "C", r.name COLLATE "C"), ''''), ''UTF8'')), ''hex'') AS h FROM %I.%I r',
			current_schema(), '` + dialect.RecordsTable + `'), false, false, '')::text END)`
)

var (
	// pgFingerprintLive is the CTEs of Fingerprint: the deparses computed
	// now. Each expression is the inspection query's own (a column's
	// collation is named when it is not its type's default). Deparses stay
	// in select lists, evaluated after the joins: in a WHERE clause the
	// planner may run them on every row of the catalog, other schemas'
	// included (and fail on an object another session is dropping).
	pgFingerprintLive = `t AS MATERIALIZED (` + pgInspectRelations + `), ft AS (SELECT * FROM t), ` + pgFingerprintTabs + `, fc AS (
	SELECT ft.relname::text AS tbl, a.attnum::int AS seq, a.attname::text AS name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS typ,
		ty.coll, ty.enm, a.attidentity::text AS ident, a.attgenerated::text AS gen, a.attnotnull AS notnull
	FROM fo, pg_catalog.pg_attribute a JOIN ft ON ft.oid = a.attrelid
		CROSS JOIN LATERAL (SELECT
			coalesce(CASE WHEN a.attcollation <> 0 AND a.attcollation <> ty.typcollation THEN (SELECT co.collname::text FROM pg_catalog.pg_collation co WHERE co.oid = a.attcollation) END, '') AS coll,
			CASE WHEN ty.typtype = 'e' AND ty.typnamespace = ft.relnamespace THEN ty.typname::text ELSE '' END AS enm
			FROM pg_catalog.pg_type ty WHERE ty.oid = a.atttypid OFFSET 0) ty
	WHERE a.attrelid = ANY (fo.tabs) AND a.attnum > 0 AND NOT a.attisdropped
), fd AS (
	SELECT ft.relname::text AS tbl, d.adnum::int AS seq, coalesce(pg_catalog.pg_get_expr(d.adbin, d.adrelid), '') AS def
	FROM fo, pg_catalog.pg_attrdef d JOIN ft ON ft.oid = d.adrelid
	WHERE d.adrelid = ANY (fo.tabs)
), fx2 AS MATERIALIZED (` + fmt.Sprintf(pgFingerprintIndexRows, `,
		ARRAY[coalesce(pg_catalog.pg_get_expr(x.indpred, x.indrelid, true), '')] AS pred,
		CASE WHEN x.indexprs IS NULL THEN pg_catalog.array_fill(''::text, ARRAY[x.indnatts::int])
		ELSE ARRAY(SELECT CASE WHEN x.indkey[n - 1] = 0 THEN pg_catalog.pg_get_indexdef(x.indexrelid, n, true) ELSE '' END
			FROM pg_catalog.generate_series(1, x.indnatts::int) AS n ORDER BY n) END AS exprs`) + `
), fx AS (SELECT ` + pgFingerprintIndexCols + ` FROM fx2
), fxd AS (SELECT tbl, iname, pred, exprs FROM fx2
), fk2 AS MATERIALIZED (` + fmt.Sprintf(pgFingerprintConstraintRows, `,
		CASE WHEN k.contype = 'c' THEN ARRAY[pg_catalog.pg_get_constraintdef(k.oid, true)] END AS def`) + `
), fk AS (SELECT ` + pgFingerprintConstraintCols + ` FROM fk2
), fkd AS (SELECT tbl, name, def FROM fk2 WHERE contype = 'c'
), ` + pgFingerprintEnumsLive

	// pgFingerprintFromRows is the CTEs of InspectFingerprint: the same
	// relations (t), raw values read again in the same snapshot, and every
	// printed text taken from the inspection rows r (a column's default
	// from its row: a default never prints as ''). A text the rows give
	// more than one way (a concurrent change seen halfway) becomes an array
	// of more than one element, which no Fingerprint can equal.
	pgFingerprintFromRows = `ft AS (SELECT * FROM t), ` + pgFingerprintTabs + `, fc AS (
	SELECT r.tbl, r.seq, r.name, r.t1 AS typ, r.t5 AS coll, r.t6 AS enm, r.t3 AS ident, r.t4 AS gen, r.b1 AS notnull FROM r WHERE r.kind = 1
), fd AS (
	SELECT r.tbl, r.seq, r.t2 AS def FROM r WHERE r.kind = 1 AND r.t2 <> ''
), fx AS (` + fmt.Sprintf(pgFingerprintIndexRows, ``) + `
), fxd AS (
	SELECT r.tbl, r.name AS iname, array_agg(DISTINCT r.t2) AS pred, array_agg(r.t5 ORDER BY r.seq) AS exprs
	FROM r WHERE r.kind = 2 GROUP BY r.tbl, r.name
), fk AS (` + fmt.Sprintf(pgFingerprintConstraintRows, ``) + `
), fkd AS (
	SELECT r.tbl, r.name, array_agg(DISTINCT r.t9) AS def FROM r WHERE r.kind = 3 AND r.t1 = 'c' GROUP BY r.tbl, r.name
), fe AS (
	SELECT r.name, r.seq, r.t1 AS label, r.b1 AS elsewhere FROM r WHERE r.kind = 4
)`

	// pgFingerprintQuery is Fingerprint's statement.
	pgFingerprintQuery = `WITH ` + pgFingerprintLive + `
SELECT ` + pgFingerprintExpr

	// pgFingerprintEnumsLive is fe: the inspection's own rows of kind 4
	// (the labels of the schema's native enum types, and whether anything
	// else uses each), which read no deparse.
	pgFingerprintEnumsLive = `fe AS (
	SELECT e4.name, e4.seq, e4.label, e4.elsewhere
	FROM (` + pgInspectEnums + `) AS e4(kind, tbl, name, seq, label, t2, t3, t4, t5, t6, t7, t8, t9, elsewhere, b2, b3, b4)
)`
)

// Fingerprint returns what InspectFingerprint would return as the
// fingerprint, in one statement that sends back only the 32-byte hash.
func (Dialect) Fingerprint(ctx context.Context, q schema.ExecQuerier) ([]byte, error) {
	return pgFingerprint(ctx, q, pgFingerprintQuery)
}

// pgFingerprint runs query, whose first statement returns the hex
// fingerprint, on the simple protocol: one round trip that parses, plans
// and runs it (the extended protocol's separate parse and describe of this
// large query cost as much as running it), and caches nothing.
func pgFingerprint(ctx context.Context, q schema.ExecQuerier, query string) ([]byte, error) {
	var h string
	err := pgRowsMode(ctx, q, query, simpleProtocol(), func(r *sql.Rows) error { return r.Scan(&h) })
	if err != nil {
		return nil, err
	}
	fp, err := hex.DecodeString(h)
	if err != nil || len(fp) != sha256.Size {
		return nil, fmt.Errorf("ferro/catalog: postgres: fingerprint %q is not a hex SHA-256", h)
	}
	return fp, nil
}

// Fingerprint reads the fingerprint of the live schema on conn (outside a
// transaction), for the migrator's no-op check: what
// Dialect.InspectFingerprint would return as the fingerprint right now. The
// query runs in a read-only transaction with JIT off (see txSettings: on a
// large catalog the planner's estimates can exceed jit_above_cost, and JIT
// compilation would cost far more than the query), in two round trips: the
// BEGIN with the setting, then the query with the ROLLBACK after it in the
// same simple-protocol message.
func (Migrator) Fingerprint(ctx context.Context, conn *sql.Conn) (fp []byte, err error) {
	if _, err := conn.ExecContext(ctx, pgFingerprintBegin); err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	fp, err = pgFingerprint(ctx, conn, pgFingerprintQuery+";\n"+pgFingerprintEnd)
	if err != nil {
		// The ROLLBACK did not run if the query failed.
		if _, rerr := conn.ExecContext(context.WithoutCancel(ctx), pgFingerprintEnd); rerr != nil {
			err = errors.Join(err, fmt.Errorf("rollback: %w", rerr))
		}
		return nil, err
	}
	return fp, nil
}

const (
	pgFingerprintBegin = "BEGIN READ ONLY; SET LOCAL jit = off"
	pgFingerprintEnd   = "ROLLBACK"
)
