package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/ferrosql/ferro/internal/dialect"
)

// The introspection queries: one each for relations, columns, indexes and
// constraints of current_schema(), whatever the number of tables. ferro's
// own tables (prefix ferro_) are left out.
const (
	pgInspectFilter = `n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE 'ferro\_%'`

	pgInspectTablesQuery = `SELECT c.relname, c.relkind::text, c.relpersistence::text, c.relispartition
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm') AND c.relname NOT LIKE 'ferro\_%'
ORDER BY c.relname`

	pgInspectColumnsQuery = `SELECT c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,
	coalesce(pg_catalog.pg_get_expr(d.adbin, d.adrelid), ''), a.attidentity::text, a.attgenerated::text,
	coalesce(CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN co.collname END, '')
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
WHERE ` + pgInspectFilter + ` AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY c.relname, a.attnum`

	pgInspectIndexesQuery = `SELECT c.relname, i.relname, x.indisunique,
	coalesce(kc.contype::text, ''),
	coalesce(pg_catalog.pg_get_expr(x.indpred, x.indrelid, true), ''), am.amname, x.indnatts > x.indnkeyatts, x.indisvalid,
	coalesce(a.attname, ''), pg_catalog.pg_get_indexdef(x.indexrelid, k.n::int, true), (x.indoption[k.n - 1] & 1) = 1
FROM pg_catalog.pg_index x
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = i.relam
LEFT JOIN pg_catalog.pg_constraint kc ON kc.conindid = x.indexrelid AND kc.conrelid = x.indrelid AND kc.contype IN ('u', 'x')
CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum AND k.attnum <> 0
WHERE ` + pgInspectFilter + ` AND NOT x.indisprimary AND k.n <= x.indnkeyatts
ORDER BY c.relname, i.relname, k.n`

	pgInspectConstraintsQuery = `SELECT c.relname, k.conname, k.contype::text,
	coalesce((SELECT json_agg(a.attname ORDER BY u.ord)::text FROM unnest(k.conkey) WITH ORDINALITY AS u(num, ord) JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.num), '[]'),
	coalesce(rc.relname, ''), coalesce(rn.nspname = n.nspname, true), coalesce(rn.nspname, ''),
	coalesce((SELECT json_agg(a.attname ORDER BY u.ord)::text FROM unnest(k.confkey) WITH ORDINALITY AS u(num, ord) JOIN pg_catalog.pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.num), '[]'),
	k.confdeltype::text, k.confupdtype::text, k.confmatchtype::text, k.condeferrable, k.condeferred, k.convalidated,
	pg_catalog.pg_get_constraintdef(k.oid, true)
FROM pg_catalog.pg_constraint k
JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = k.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
WHERE ` + pgInspectFilter + ` AND k.contype IN ('p', 'f', 'c')
ORDER BY c.relname, k.conname`
)

// InspectQueries is the number of queries Inspect sends.
const InspectQueries = 4

// Inspect reads the tables of current_schema() in four queries, each sent
// with pgx.QueryExecModeExec so that no statement is prepared or cached
// (this works through database/sql with pgx's stdlib driver and through
// ferro's wrapper, which forwards the argument). Views and materialized views
// are listed by name; triggers, sequences and other schemas are ignored;
// types outside the vocabulary (native enums, domains, arrays ...) are
// unknown(<format_type spelling>); enum checks in the forms Postgres prints
// for ferro's `col IN (...)` are recognised, other checks are opaque.
func (d Dialect) Inspect(ctx context.Context, q dialect.Querier) (*dialect.Schema, error) {
	s := &dialect.Schema{}
	tables := map[string]*dialect.Table{}
	err := pgRows(ctx, q, pgInspectTablesQuery, func(r *sql.Rows) error {
		var name, kind, persistence string
		var partition bool
		if err := r.Scan(&name, &kind, &persistence, &partition); err != nil {
			return err
		}
		if kind == "v" || kind == "m" {
			s.Views = append(s.Views, name)
			return nil
		}
		t := &dialect.Table{Name: name}
		var extra []string
		if kind == "p" {
			extra = append(extra, "partitioned")
		}
		if partition {
			extra = append(extra, "partition")
		}
		if persistence == "u" {
			extra = append(extra, "unlogged")
		}
		t.Extra = strings.Join(extra, ", ")
		tables[name] = t
		s.Tables = append(s.Tables, t)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = pgRows(ctx, q, pgInspectColumnsQuery, func(r *sql.Rows) error {
		var table, name, typ, dflt, identity, generated, coll string
		var notNull bool
		if err := r.Scan(&table, &name, &typ, &notNull, &dflt, &identity, &generated, &coll); err != nil {
			return err
		}
		t := tables[table]
		if t == nil {
			return nil
		}
		c := &dialect.Column{Name: name, Type: d.LiveType(typ), Nullable: !notNull}
		var extra []string
		switch {
		case generated != "":
			extra = append(extra, "generated as ("+dflt+")")
		case serialDefault(dflt):
			c.AutoIncrement = true // serial, bigserial, smallserial
		case dflt != "":
			c.Default = byteaDefault(dialect.NormalizeDefault(dflt, c.Type), c.Type)
		}
		switch identity {
		case "d":
			c.AutoIncrement = true
		case "a":
			c.AutoIncrement = true
			extra = append(extra, "identity always")
		}
		if coll != "" {
			extra = append(extra, "collate "+coll)
		}
		c.Extra = strings.Join(extra, ", ")
		t.Columns = append(t.Columns, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = pgRows(ctx, q, pgInspectIndexesQuery, func(r *sql.Rows) error {
		var table, name, contype, where, method, col, def string
		var unique, include, valid, desc bool
		if err := r.Scan(&table, &name, &unique, &contype, &where, &method, &include, &valid, &col, &def, &desc); err != nil {
			return err
		}
		t := tables[table]
		if t == nil {
			return nil
		}
		x, _ := t.Index(name)
		if x == nil {
			x = &dialect.Index{Name: name, Unique: unique, Where: where, Constraint: contype != ""}
			var extra []string
			if contype == "x" {
				extra = append(extra, "exclusion constraint")
			}
			if method != "btree" {
				extra = append(extra, "using "+method)
			}
			if include {
				extra = append(extra, "include columns")
			}
			if !valid {
				extra = append(extra, "invalid")
			}
			x.Extra = strings.Join(extra, ", ")
			t.Indexes = append(t.Indexes, x)
		}
		var extra []string
		if col == "" {
			col = "(" + def + ")"
			extra = append(extra, "expression")
		}
		if desc {
			extra = append(extra, "desc "+col)
		}
		if len(extra) > 0 {
			if x.Extra != "" {
				x.Extra += ", "
			}
			x.Extra += strings.Join(extra, ", ")
		}
		x.Columns = append(x.Columns, col)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = pgRows(ctx, q, pgInspectConstraintsQuery, func(r *sql.Rows) error {
		var table, name, typ, colsJSON, ref, refSchema, refColsJSON, del, upd, match, def string
		var sameSchema, deferrable, deferred, validated bool
		if err := r.Scan(&table, &name, &typ, &colsJSON, &ref, &sameSchema, &refSchema, &refColsJSON, &del, &upd, &match, &deferrable, &deferred, &validated, &def); err != nil {
			return err
		}
		t := tables[table]
		if t == nil {
			return nil
		}
		var cols, refCols []string
		if err := json.Unmarshal([]byte(colsJSON), &cols); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(refColsJSON), &refCols); err != nil {
			return err
		}
		switch typ {
		case "p":
			t.PrimaryKey = &dialect.PrimaryKey{Name: name, Columns: cols}
		case "f":
			fk := &dialect.ForeignKey{Name: name, Columns: cols, RefTable: ref, RefColumns: refCols, OnDelete: pgAction(del), OnUpdate: pgAction(upd)}
			if !sameSchema {
				fk.RefTable = refSchema + "." + ref
			}
			var extra []string
			switch match {
			case "f":
				extra = append(extra, "match full")
			case "p":
				extra = append(extra, "match partial")
			}
			if deferrable {
				extra = append(extra, "deferrable")
			}
			if deferred {
				extra = append(extra, "initially deferred")
			}
			if !validated {
				extra = append(extra, "not valid")
			}
			fk.Extra = strings.Join(extra, ", ")
			t.ForeignKeys = append(t.ForeignKeys, fk)
		case "c":
			t.Checks = append(t.Checks, pgCheck(name, def))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, t := range s.Tables {
		t.Sort()
	}
	return s, nil
}

func pgAction(code string) string {
	switch code {
	case "r":
		return dialect.ActionRestrict
	case "c":
		return dialect.ActionCascade
	case "n":
		return dialect.ActionSetNull
	case "d":
		return dialect.ActionSetDefault
	}
	return dialect.ActionNoAction
}

var (
	pgCastRe  = `(?:::[a-z][a-z ]*(?:\[\])?)?`
	pgColRe   = `\(?("(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)\)?` + pgCastRe
	pgLitRe   = `'(?:[^']|'')*'` + pgCastRe
	pgAnyRe   = regexp.MustCompile(`^` + pgColRe + ` = ANY \(\(?ARRAY\[(` + pgLitRe + `(?:, ` + pgLitRe + `)*)\]\)?` + pgCastRe + `\)$`)
	pgEqRe    = regexp.MustCompile(`^` + pgColRe + ` = (` + pgLitRe + `)$`)
	pgValueRe = regexp.MustCompile(`'((?:[^']|'')*)'`)

	// The integer enum check "col" IN (1, -2) prints as
	// (col = ANY (ARRAY[(1)::bigint, ('-2'::integer)::bigint])) and the like.
	pgIntCast   = `(?:::(?:integer|bigint|smallint))`
	pgIntLitRe  = `(?:\(?-?[0-9]+\)?|\(?'-?[0-9]+'` + pgIntCast + `\)?)` + pgIntCast + `?`
	pgAnyIntRe  = regexp.MustCompile(`^` + pgColRe + ` = ANY \(\(?ARRAY\[(` + pgIntLitRe + `(?:, ` + pgIntLitRe + `)*)\]\)?` + pgCastRe + `\)$`)
	pgEqIntRe   = regexp.MustCompile(`^` + pgColRe + ` = (` + pgIntLitRe + `)$`)
	pgIntValRe  = regexp.MustCompile(`-?[0-9]+`)
	pgIntCastRe = regexp.MustCompile(pgIntCast)
)

// pgCheck turns pg_get_constraintdef output into a Check: an enum check
// when it is one of the forms Postgres prints for `"col" IN ('a', ...)` on a
// text or varchar column, else an opaque expression.
func pgCheck(name, def string) *dialect.Check {
	expr := def
	if strings.HasPrefix(def, "CHECK (") && strings.HasSuffix(def, ")") {
		expr = def[len("CHECK (") : len(def)-1]
	}
	ck := &dialect.Check{Name: name}
	m := pgAnyIntRe.FindStringSubmatch(expr)
	if m == nil {
		m = pgEqIntRe.FindStringSubmatch(expr)
	}
	if m != nil {
		var vals []string
		for _, v := range pgIntValRe.FindAllString(pgIntCastRe.ReplaceAllString(m[2], ""), -1) {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				ck.Expr = expr
				return ck
			}
			vals = append(vals, strconv.FormatInt(n, 10))
		}
		ck.Column, ck.Values, ck.Ints = pgIdent(m[1]), vals, true
		return ck
	}
	m = pgAnyRe.FindStringSubmatch(expr)
	if m == nil {
		m = pgEqRe.FindStringSubmatch(expr)
	}
	if m == nil {
		ck.Expr = expr
		return ck
	}
	ck.Column = pgIdent(m[1])
	ck.Values = []string{}
	for _, v := range pgValueRe.FindAllStringSubmatch(m[2], -1) {
		ck.Values = append(ck.Values, strings.ReplaceAll(v[1], "''", "'"))
	}
	return ck
}

// pgIdent unquotes an identifier as pg_get_constraintdef prints it.
func pgIdent(col string) string {
	if strings.HasPrefix(col, `"`) {
		return strings.ReplaceAll(col[1:len(col)-1], `""`, `"`)
	}
	return col
}

func pgRows(ctx context.Context, q dialect.Querier, query string, each func(*sql.Rows) error) error {
	rows, err := q.QueryContext(ctx, query, pgx.QueryExecModeExec)
	if err != nil {
		return fmt.Errorf("ferro/catalog: postgres: inspect: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := each(rows); err != nil {
			return fmt.Errorf("ferro/catalog: postgres: inspect: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("ferro/catalog: postgres: inspect: %w", err)
	}
	return nil
}
