package sqlite

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// The introspection queries. The number of queries is fixed (four)
// whatever the number of tables, and each one's cost grows linearly with
// the schema: SQLite re-evaluates a table-valued pragma on the inner side
// of a join once per outer row, and sqlite_schema has no index on name, so
// no query joins sqlite_schema or a pragma on anything but the pragma's own
// arguments (a lookup by name inside SQLite). ferro's own tables (prefix
// ferro_), SQLite's (sqlite_), virtual tables and their shadow tables are
// left out.
const (
	inspectFilter = `m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\' AND m.name NOT LIKE 'ferro\_%' ESCAPE '\'`

	// inspectObjectsQuery reads every row of sqlite_schema (its SQL text is
	// where constraint names, checks and partial-index predicates live)
	// and, in the same statement, pragma_table_list (which tables are
	// virtual or shadow, WITHOUT ROWID or STRICT); Inspect joins the two by
	// name in memory.
	inspectObjectsQuery = `SELECT 0, type, name, tbl_name, sql, 0, 0 FROM main.sqlite_schema
UNION ALL
SELECT 1, type, name, '', NULL, wr, strict FROM pragma_table_list WHERE schema = 'main'`

	// fingerprintQuery reads what the first part of inspectObjectsQuery
	// reads, for Fingerprint.
	fingerprintQuery = `SELECT type, name, tbl_name, sql FROM main.sqlite_schema`

	inspectColumnsQuery = `SELECT m.name, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden
FROM main.sqlite_schema AS m JOIN pragma_table_xinfo(m.name, 'main') AS c
WHERE ` + inspectFilter + `
ORDER BY m.name, c.cid`

	inspectIndexesQuery = `SELECT m.name, il.name, il."unique", il.origin, il.partial, x.cid, coalesce(x.name, ''), x."desc", coalesce(x.coll, '')
FROM main.sqlite_schema AS m JOIN pragma_index_list(m.name, 'main') AS il JOIN pragma_index_xinfo(il.name, 'main') AS x
WHERE ` + inspectFilter + ` AND x.key = 1
ORDER BY m.name, il.name, x.seqno`

	inspectForeignKeysQuery = `SELECT m.name, f.id, f."table", f."from", f."to", f.on_update, f.on_delete, f.match
FROM main.sqlite_schema AS m JOIN pragma_foreign_key_list(m.name, 'main') AS f
WHERE ` + inspectFilter + `
ORDER BY m.name, f.id, f.seq`
)

// InspectQueries is the number of queries Inspect sends.
const InspectQueries = 4

// Inspect reads the tables of the main database in four queries. Views are
// listed by name; triggers are ignored (they are not part of the model).
// Column types are mapped by LiveType, defaults by dialect.NormalizeDefault,
// and constraint names and checks are read from the CREATE TABLE text
// (SQLite's catalog has no other record of them): enum checks in the form
// ferro renders are recognised, every other check is reported verbatim as
// an opaque expression.
func (d Dialect) Inspect(ctx context.Context, q schema.ExecQuerier) (*schema.Schema, error) {
	s, _, err := d.inspect(ctx, q, false)
	return s, err
}

// InspectFingerprint is Inspect that also returns the fingerprint of the
// schema it read: a SHA-256 over every row of sqlite_schema (type, name,
// table and SQL text of each table, index, view and trigger), which its
// first query reads. SQLite builds a connection's schema from those rows
// alone, and every pragma Inspect reads describes that schema, so equal
// fingerprints mean Inspect returns equal results. The four queries see one
// schema only when q is inside a transaction (the migrator calls it under
// its write lock); outside one, a concurrent change can make the result
// newer than the fingerprint. The fingerprint covers ferro's records too
// (the rows of ferro_objects, which the migrator reads with the schema to
// tell its own objects from other tools'; internal/dialect/records.go),
// read by a fifth query when the table exists.
func (d Dialect) InspectFingerprint(ctx context.Context, q schema.ExecQuerier) (*schema.Schema, []byte, error) {
	return d.inspect(ctx, q, true)
}

// inspect is Inspect, and with withFP InspectFingerprint.
func (d Dialect) inspect(ctx context.Context, q schema.ExecQuerier, withFP bool) (*schema.Schema, []byte, error) {
	// The maps are the function's own (passed down, never kept), so that
	// they need no allocation of their own.
	s := &schema.Schema{FoldNames: true}
	tables := map[string]*sqliteTable{}
	list := map[string]tableListing{}
	indexSQL := map[string]string{}
	order, objects, err := readObjects(ctx, q, tables, list, indexSQL)
	if err != nil {
		return nil, nil, err
	}
	var fp []byte
	if withFP {
		if fp, err = fingerprintOf(ctx, q, objects); err != nil {
			return nil, nil, err
		}
	}
	order = keepTables(s, tables, order, list)
	if err := d.readColumns(ctx, q, tables); err != nil {
		return nil, nil, err
	}
	for _, st := range order {
		st.finishPK()
	}
	if err := readIndexes(ctx, q, tables, indexSQL); err != nil {
		return nil, nil, err
	}
	if err := readForeignKeys(ctx, q, tables); err != nil {
		return nil, nil, err
	}
	for _, st := range order {
		for _, x := range st.t.Indexes { // descending and collated parts: one entry per part
			if x.Desc != nil {
				x.Desc = append(x.Desc, make([]bool, len(x.Columns)-len(x.Desc))...)
			}
			if x.Collate != nil {
				x.Collate = append(x.Collate, make([]string, len(x.Columns)-len(x.Collate))...)
			}
		}
		for _, fk := range st.t.ForeignKeys {
			if len(fk.RefColumns) == 0 { // REFERENCES t without columns: t's primary key
				if rt := tables[fk.RefTable]; rt != nil && rt.t.PrimaryKey != nil {
					fk.RefColumns = append([]string(nil), rt.t.PrimaryKey.Columns...)
				}
			}
			if df := st.ddl.fk(fk.Columns, fk.RefTable); df != nil {
				fk.Name, fk.Deferrable, fk.InitiallyDeferred = df.name, df.deferrable, df.deferred
			}
		}
		st.t.Checks = uuidChecksRemoved(st.t, st.decimalChecksRemoved())
		st.t.Sort()
		s.Tables = append(s.Tables, st.t)
	}
	return s, fp, nil
}

// tableListing is a table's row of pragma_table_list.
type tableListing struct {
	typ        string
	wr, strict bool
}

// readObjects reads sqlite_schema and pragma_table_list (one query): the
// tables and views with their SQL text (into tables, and in order), the
// listing of each table (list), the indexes' SQL text (indexSQL), and the
// rows of sqlite_schema (objects), which the fingerprint hashes.
func readObjects(ctx context.Context, q schema.ExecQuerier, tables map[string]*sqliteTable, list map[string]tableListing, indexSQL map[string]string) (order []*sqliteTable, objects []schemaRow, err error) {
	err = inspectRows(ctx, q, inspectObjectsQuery, func(r *sql.Rows) error {
		var fromList bool
		var typ, name, tbl string
		var src sql.NullString
		var wr, strict bool
		if err := r.Scan(&fromList, &typ, &name, &tbl, &src, &wr, &strict); err != nil {
			return err
		}
		if !fromList {
			objects = append(objects, schemaRow{typ, name, tbl, src})
		}
		ddl := src.String
		switch {
		case fromList:
			list[name] = tableListing{typ: typ, wr: wr, strict: strict}
		case typ == "index":
			indexSQL[name] = ddl
		case (typ == "table" || typ == "view") && !internalName(name):
			st := &sqliteTable{t: &schema.Table{Name: name}, ddl: nil, view: typ == "view", src: ddl}
			tables[name] = st
			order = append(order, st)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return order, objects, nil
}

// keepTables sorts order by name, lists the views in s and leaves out
// virtual and shadow tables (taking them out of tables too); it returns
// the tables kept, which get their parsed CREATE TABLE text and their
// features (list).
func keepTables(s *schema.Schema, tables map[string]*sqliteTable, order []*sqliteTable, list map[string]tableListing) []*sqliteTable {
	slices.SortFunc(order, func(a, b *sqliteTable) int { return strings.Compare(a.t.Name, b.t.Name) })
	kept := order[:0]
	for _, st := range order {
		if st.view {
			s.Views = append(s.Views, st.t.Name)
			delete(tables, st.t.Name)
			continue
		}
		l := list[st.t.Name]
		if l.typ != "table" { // virtual and shadow tables
			delete(tables, st.t.Name)
			continue
		}
		st.ddl, st.withoutRowid = parseCreateTable(st.src), l.wr
		var extra []string
		if l.wr {
			extra = append(extra, "without rowid")
		}
		if l.strict {
			extra = append(extra, "strict")
		}
		st.t.Extra = strings.Join(extra, ", ")
		kept = append(kept, st)
	}
	return kept
}

// readColumns reads every column of the tables, generated columns
// with their expressions, and the primary key's columns.
func (d Dialect) readColumns(ctx context.Context, q schema.ExecQuerier, tables map[string]*sqliteTable) error {
	return inspectRows(ctx, q, inspectColumnsQuery, func(r *sql.Rows) error {
		var table, name, typ string
		var notNull bool
		var dflt sql.NullString
		var pk, hidden int
		if err := r.Scan(&table, &name, &typ, &notNull, &dflt, &pk, &hidden); err != nil {
			return err
		}
		st := tables[table]
		if st == nil {
			return nil
		}
		c := &schema.Column{Name: name, Type: d.LiveType(typ), Nullable: !notNull}
		if dflt.Valid {
			c.Default = dialect.NormalizeDefault(dflt.String, c.Type)
		}
		switch hidden {
		case 1:
			return nil // hidden column of a virtual table
		case 2, 3:
			c.Extra = "generated"
			c.Default = ""
			for name, expr := range st.ddl.generated {
				if strings.EqualFold(name, c.Name) {
					c.Generated = expr
				}
			}
		}
		st.t.Columns = append(st.t.Columns, c)
		if pk > 0 {
			st.pk = append(st.pk, sqlitePKCol{pos: pk, name: name, declared: typ})
		}
		return nil
	})
}

// readIndexes reads the key columns of every index of the kept tables but
// the primary key's, with their expressions, predicates, order and
// collation.
func readIndexes(ctx context.Context, q schema.ExecQuerier, tables map[string]*sqliteTable, indexSQL map[string]string) error {
	return inspectRows(ctx, q, inspectIndexesQuery, func(r *sql.Rows) error {
		var table, name, origin, col, coll string
		var unique, partial, desc bool
		var cid int
		if err := r.Scan(&table, &name, &unique, &origin, &partial, &cid, &col, &desc, &coll); err != nil {
			return err
		}
		ddl := indexSQL[name]
		st := tables[table]
		if st == nil || origin == "pk" {
			return nil
		}
		x, _ := st.t.Index(name)
		if x == nil {
			// A UNIQUE written in the CREATE TABLE is kept in an index
			// SQLite names itself (sqlite_autoindex_<table>_<n>).
			x = &schema.Index{Name: name, Unique: unique, Constraint: origin == "u", EngineNamed: origin == "u"}
			if partial {
				x.Where = indexWhere(ddl)
			}
			st.t.Indexes = append(st.t.Indexes, x)
		}
		var extra []string
		switch cid {
		case -2:
			col = "(expression)"
			if parts := indexParts(ddl); len(x.Columns) < len(parts) {
				col = "(" + parts[len(x.Columns)] + ")"
			}
			extra = append(extra, "expression")
		case -1:
			col = "rowid"
		}
		n := len(x.Columns)
		if desc {
			x.Desc = append(x.Desc, make([]bool, n-len(x.Desc))...)
			x.Desc = append(x.Desc, true)
		}
		if coll != "" && !strings.EqualFold(coll, "BINARY") {
			x.Collate = append(x.Collate, make([]string, n-len(x.Collate))...)
			x.Collate = append(x.Collate, coll)
		}
		x.Columns = append(x.Columns, col)
		if len(extra) > 0 {
			if x.Extra != "" {
				x.Extra += ", "
			}
			x.Extra += strings.Join(extra, ", ")
		}
		return nil
	})
}

// readForeignKeys reads the foreign keys of the kept tables, column by
// column.
func readForeignKeys(ctx context.Context, q schema.ExecQuerier, tables map[string]*sqliteTable) error {
	fks := map[string]*schema.ForeignKey{}
	return inspectRows(ctx, q, inspectForeignKeysQuery, func(r *sql.Rows) error {
		var table, ref, from, onUpdate, onDelete, match string
		var to sql.NullString
		var id int
		if err := r.Scan(&table, &id, &ref, &from, &to, &onUpdate, &onDelete, &match); err != nil {
			return err
		}
		st := tables[table]
		if st == nil {
			return nil
		}
		key := fmt.Sprintf("%s\x00%d", table, id)
		fk := fks[key]
		if fk == nil {
			fk = &schema.ForeignKey{RefTable: ref, OnDelete: strings.ToLower(onDelete), OnUpdate: strings.ToLower(onUpdate)}
			if m := strings.ToUpper(match); m != "" && m != "NONE" {
				fk.Extra = "match " + strings.ToLower(m)
			}
			fks[key] = fk
			st.t.ForeignKeys = append(st.t.ForeignKeys, fk)
		}
		fk.Columns = append(fk.Columns, from)
		if to.Valid {
			fk.RefColumns = append(fk.RefColumns, to.String)
		}
		return nil
	})
}

// Fingerprint returns what InspectFingerprint would return as the
// fingerprint, in one query (of sqlite_schema alone, without the
// pragmas), and a second of ferro's records when their table exists: q
// must be inside a transaction for the two to see one state
// (Migrator.Fingerprint begins one).
func (Dialect) Fingerprint(ctx context.Context, q schema.ExecQuerier) ([]byte, error) {
	var objects []schemaRow
	err := inspectRows(ctx, q, fingerprintQuery, func(r *sql.Rows) error {
		var o schemaRow
		if err := r.Scan(&o.typ, &o.name, &o.tbl, &o.sql); err != nil {
			return err
		}
		objects = append(objects, o)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return fingerprintOf(ctx, q, objects)
}

// fingerprintOf is the fingerprint of objects, the rows of sqlite_schema,
// and of ferro's records, which it reads through q when objects hold
// their table.
func fingerprintOf(ctx context.Context, q schema.ExecQuerier, objects []schemaRow) ([]byte, error) {
	h := sha256.New()
	hashObjects(h, objects)
	if slices.ContainsFunc(objects, func(o schemaRow) bool { return o.typ == "table" && o.name == dialect.RecordsTable }) {
		if err := hashRecords(ctx, q, h); err != nil {
			return nil, err
		}
	}
	return h.Sum(nil), nil
}

// schemaRow is one row of sqlite_schema.
type schemaRow struct {
	typ, name, tbl string
	sql            sql.NullString
}

// hashObjects hashes rows into h in a canonical order (sorted, so the
// order the engine happens to return them in does not matter), each field
// length-prefixed so that no two different row sets hash the same bytes.
func hashObjects(h io.Writer, rows []schemaRow) {
	slices.SortFunc(rows, func(a, b schemaRow) int {
		return cmp.Or(strings.Compare(a.typ, b.typ), strings.Compare(a.name, b.name), strings.Compare(a.tbl, b.tbl),
			cmp.Compare(b2i(a.sql.Valid), b2i(b.sql.Valid)), strings.Compare(a.sql.String, b.sql.String))
	})
	var n [binary.MaxVarintLen64]byte
	field := func(s string) {
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
		io.WriteString(h, s)
	}
	for _, r := range rows {
		field(r.typ)
		field(r.name)
		field(r.tbl)
		if r.sql.Valid {
			h.Write([]byte{1})
			field(r.sql.String)
		} else {
			h.Write([]byte{0})
		}
	}
}

// recordsHashQuery reads ferro's records as one text, in a fixed order
// (SQLite compares text byte by byte), each field prefixed by its length
// in bytes: one row whatever their number.
const recordsHashQuery = `SELECT coalesce(group_concat(` +
	`length(CAST(table_name AS BLOB)) || ':' || table_name || length(CAST(kind AS BLOB)) || ':' || kind || ` +
	`length(CAST(name AS BLOB)) || ':' || name || length(CAST(definition AS BLOB)) || ':' || definition, '' ` +
	`ORDER BY table_name, kind, name), '') FROM main."` + dialect.RecordsTable + `"`

// hashRecords hashes ferro's records into h after the rows of
// sqlite_schema: a marker no row of sqlite_schema can start with (its
// types are table, index, view and trigger), then the records' text.
func hashRecords(ctx context.Context, q schema.ExecQuerier, h io.Writer) error {
	var n [binary.MaxVarintLen64]byte
	field := func(b []byte) {
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(b)))])
		h.Write(b)
	}
	field([]byte("\x00ferro records"))
	var text sql.RawBytes
	return inspectRows(ctx, q, recordsHashQuery, func(r *sql.Rows) error {
		if err := r.Scan(&text); err != nil {
			return err
		}
		field(text)
		return nil
	})
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

type sqlitePKCol struct {
	pos            int
	name, declared string
}

type sqliteTable struct {
	t            *schema.Table
	view         bool
	src          string // CREATE TABLE text from sqlite_schema
	ddl          *createTable
	pk           []sqlitePKCol
	withoutRowid bool
}

func (st *sqliteTable) finishPK() {
	if len(st.pk) == 0 {
		return
	}
	cols := make([]string, len(st.pk))
	for _, p := range st.pk {
		cols[p.pos-1] = p.name
	}
	st.t.PrimaryKey = &schema.PrimaryKey{Name: st.ddl.pkName, Columns: cols}
	// A single INTEGER key of a rowid table is the rowid itself: generated
	// when omitted, never NULL.
	if len(cols) == 1 && !st.withoutRowid && strings.EqualFold(strings.TrimSpace(st.pk[0].declared), "INTEGER") && !st.ddl.pkDesc {
		c, _ := st.t.Column(cols[0])
		c.AutoIncrement = true
		c.Nullable = false
		c.Monotonic = st.ddl.autoincrement
	}
}

// decimalChecksRemoved returns the table's checks without the DecimalCheck
// of each numeric(p,s) column, which belongs to the column's type; a
// numeric(p,s) column without it is marked "precision not enforced".
func (st *sqliteTable) decimalChecksRemoved() []*schema.Check {
	checks := st.ddl.checks
	for _, c := range st.t.Columns {
		if !hasDecimalCheck(c.Type) {
			continue
		}
		want := DecimalCheck(c.Name, c.Type.Precision, c.Type.Scale)
		i := slices.IndexFunc(checks, func(ck *schema.Check) bool { return ck.Name == "" && ck.Values == nil && ck.Expr == want })
		if i < 0 {
			if c.Extra != "" {
				c.Extra += ", "
			}
			c.Extra += "precision not enforced"
			continue
		}
		checks = slices.Delete(slices.Clone(checks), i, i+1)
	}
	return checks
}

// internalName reports whether a table or view belongs to SQLite (sqlite_)
// or to ferro (ferro_) rather than to the models; letters compare
// ASCII-case-insensitively, as SQLite's LIKE does.
func internalName(name string) bool {
	return hasPrefixFold(name, "sqlite_") || hasPrefixFold(name, "ferro_")
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := range len(prefix) {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

func inspectRows(ctx context.Context, q schema.ExecQuerier, query string, each func(*sql.Rows) error) error {
	rows, err := q.QueryContext(ctx, query)
	if err != nil {
		return fmt.Errorf("ferro/catalog: sqlite: inspect: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := each(rows); err != nil {
			return fmt.Errorf("ferro/catalog: sqlite: inspect: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("ferro/catalog: sqlite: inspect: %w", err)
	}
	return nil
}

// createTable is what Inspect reads from a CREATE TABLE text: the names
// SQLite's pragmas do not report, and the check constraints.
type createTable struct {
	pkName        string
	pkDesc        bool // column-level PRIMARY KEY DESC: not a rowid alias
	autoincrement bool
	checks        []*schema.Check
	fks           []ddlForeignKey
	// generated maps a generated column (as written) to its expression.
	generated map[string]string
}

type ddlForeignKey struct {
	name string
	cols []string
	ref  string
	// deferrable and deferred: DEFERRABLE, and INITIALLY DEFERRED (the
	// pragma reports neither).
	deferrable, deferred bool
	used                 bool // matched to a key the pragma reported
}

// fk returns the key of the CREATE TABLE text on cols referencing ref
// that no earlier call returned (two keys of one definition are told
// apart in order), or nil.
func (ct *createTable) fk(cols []string, ref string) *ddlForeignKey {
	for i := range ct.fks {
		f := &ct.fks[i]
		if f.used || !strings.EqualFold(f.ref, ref) || len(f.cols) != len(cols) {
			continue
		}
		same := true
		for i := range cols {
			same = same && strings.EqualFold(f.cols[i], cols[i])
		}
		if same {
			f.used = true
			return f
		}
	}
	return nil
}

// deferral reads the deferral clause of a foreign key from item[j] on
// (the tokens after REFERENCES t (cols) and its ON/MATCH clauses):
// DEFERRABLE [INITIALLY DEFERRED | INITIALLY IMMEDIATE], or NOT DEFERRABLE.
// It returns the flags and the index of the last token it read.
func deferral(item []ddlTok, j int) (deferrable, deferred bool, end int) {
	end = j - 1
	if j < len(item) && item[j].is("NOT") && j+1 < len(item) && item[j+1].is("DEFERRABLE") {
		end = j + 1
		j += 2
	} else if j < len(item) && item[j].is("DEFERRABLE") {
		deferrable, end = true, j
		j++
	} else {
		return false, false, end
	}
	if j+1 < len(item) && item[j].is("INITIALLY") {
		deferred = deferrable && item[j+1].is("DEFERRED")
		end = j + 1
	}
	return deferrable, deferred, end
}

// fkClauseEnd returns the index of the first token after the ON DELETE,
// ON UPDATE and MATCH clauses that start at item[j].
func fkClauseEnd(item []ddlTok, j int) int {
	for j < len(item) {
		switch {
		case item[j].is("ON") && j+2 < len(item):
			j += 2 // ON DELETE|UPDATE <action word>
			if j < len(item) && (item[j].is("SET") || item[j].is("NO")) {
				j++ // SET NULL, SET DEFAULT, NO ACTION
			}
			j++
		case item[j].is("MATCH") && j+1 < len(item):
			j += 2
		default:
			return j
		}
	}
	return j
}

type ddlTokKind uint8

const (
	ddlWord ddlTokKind = iota // keyword or bare identifier
	ddlIdent
	ddlString
	ddlNumber
	ddlBlob
	ddlPunct
)

type ddlTok struct {
	kind       ddlTokKind
	val        string // identifier or string value, unquoted
	start, end int    // byte offsets in the source
}

func (t ddlTok) is(word string) bool { return t.kind == ddlWord && strings.EqualFold(t.val, word) }
func (t ddlTok) punct(c string) bool { return t.kind == ddlPunct && t.val == c }

// ddlTokens splits SQLite SQL text into tokens, dropping blanks and
// comments, with SQLite's lexicon (the one the planner reads expressions
// with). Unterminated strings or identifiers end at the end of text.
func ddlTokens(s string) []ddlTok {
	lx := Dialect{}.Lexicon()
	var out []ddlTok
	for i := 0; ; {
		t, ok := lx.Next(s, i)
		if !ok {
			return out
		}
		i = t.End
		d := ddlTok{val: t.Text, start: t.Start, end: t.End}
		switch {
		case t.Kind == dialect.TokenIdent && t.Quoted:
			d.kind = ddlIdent
		case t.Kind == dialect.TokenIdent:
			d.kind = ddlWord
		case t.Kind == dialect.TokenPunct:
			d.kind = ddlPunct
		case s[t.Start] == '\'':
			d.kind, d.val = ddlString, unquoteString(s[t.Start:t.End], t.Open)
		case s[t.Start] == '.' || s[t.Start] >= '0' && s[t.Start] <= '9':
			d.kind, d.val = ddlNumber, s[t.Start:t.End]
		default: // a blob, X'00'
			d.kind, d.val = ddlBlob, s[t.Start:t.End]
		}
		out = append(out, d)
	}
}

// unquoteString returns the value of the SQL string literal q, where a
// doubled quote stands for one; open says q lacks its closing quote.
func unquoteString(q string, open bool) string {
	q = q[1:]
	if !open {
		q = q[:len(q)-1]
	}
	return strings.ReplaceAll(q, "''", "'")
}

// ddlClose returns the index of the ")" token closing the "(" at toks[i],
// or len(toks).
func ddlClose(toks []ddlTok, i int) int {
	depth := 0
	for j := i; j < len(toks); j++ {
		switch {
		case toks[j].punct("("):
			depth++
		case toks[j].punct(")"):
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return len(toks)
}

// ddlList splits the parenthesised list opening at toks[open] into items
// at top-level commas; it returns the items and the index of the ")".
func ddlList(toks []ddlTok, open int) ([][]ddlTok, int) {
	end := ddlClose(toks, open)
	var items [][]ddlTok
	start, depth := open+1, 0
	for j := open + 1; j < end; j++ {
		switch {
		case toks[j].punct("("):
			depth++
		case toks[j].punct(")"):
			depth--
		case toks[j].punct(",") && depth == 0:
			items = append(items, toks[start:j])
			start = j + 1
		}
	}
	if start < end {
		items = append(items, toks[start:end])
	}
	return items, end
}

// parseCreateTable reads constraint names and checks from a CREATE TABLE
// statement as SQLite stores it in sqlite_schema.sql.
func parseCreateTable(src string) *createTable {
	ct := &createTable{}
	toks := ddlTokens(src)
	open := -1
	for i, t := range toks {
		if t.punct("(") {
			open = i
			break
		}
		if t.is("AS") { // CREATE TABLE ... AS SELECT: no constraints
			return ct
		}
	}
	if open < 0 {
		return ct
	}
	items, _ := ddlList(toks, open)
	for _, item := range items {
		if len(item) == 0 {
			continue
		}
		switch {
		case item[0].is("CONSTRAINT") || item[0].is("PRIMARY") || item[0].is("UNIQUE") || item[0].is("CHECK") || item[0].is("FOREIGN"):
			ct.tableConstraint(src, item)
		default:
			ct.columnConstraints(src, item)
		}
	}
	return ct
}

func (ct *createTable) tableConstraint(src string, item []ddlTok) {
	name, i := "", 0
	if item[0].is("CONSTRAINT") && len(item) > 1 {
		name, i = item[1].val, 2
	}
	if i >= len(item) {
		return
	}
	switch {
	case item[i].is("PRIMARY"):
		ct.pkName = name
	case item[i].is("CHECK"):
		if i+1 < len(item) && item[i+1].punct("(") {
			ct.addCheck(name, src, item, i+1)
		}
	case item[i].is("FOREIGN"):
		for j := i; j < len(item); j++ {
			if item[j].punct("(") {
				cols, end := ddlList(item, j)
				fk := ddlForeignKey{name: name}
				for _, c := range cols {
					if len(c) > 0 {
						fk.cols = append(fk.cols, c[0].val)
					}
				}
				if end+2 < len(item) && item[end+1].is("REFERENCES") {
					fk.ref = item[end+2].val
					k := end + 3
					if k < len(item) && item[k].punct("(") {
						k = ddlClose(item, k) + 1
					}
					fk.deferrable, fk.deferred, _ = deferral(item, fkClauseEnd(item, k))
				}
				ct.fks = append(ct.fks, fk)
				return
			}
		}
	}
}

func (ct *createTable) columnConstraints(src string, item []ddlTok) {
	col := item[0].val
	pending := ""
	for j := 1; j < len(item); j++ {
		t := item[j]
		switch {
		case t.punct("("):
			j = ddlClose(item, j)
		case t.is("CONSTRAINT") && j+1 < len(item):
			pending = item[j+1].val
			j++
		case t.is("PRIMARY"):
			ct.pkName = pending
			pending = ""
			if j+2 < len(item) && item[j+1].is("KEY") && item[j+2].is("DESC") {
				ct.pkDesc = true
			}
		case t.is("AUTOINCREMENT"):
			ct.autoincrement = true
		case t.is("CHECK") && j+1 < len(item) && item[j+1].punct("("):
			end := ct.addCheck(pending, src, item, j+1)
			pending = ""
			j = end
		case t.is("REFERENCES") && j+1 < len(item):
			fk := ddlForeignKey{name: pending, cols: []string{col}, ref: item[j+1].val}
			k := j + 2
			if k < len(item) && item[k].punct("(") {
				k = ddlClose(item, k) + 1
			}
			var end int
			fk.deferrable, fk.deferred, end = deferral(item, fkClauseEnd(item, k))
			ct.fks = append(ct.fks, fk)
			pending = ""
			j = max(j+1, end)
		case t.is("AS") && j+1 < len(item) && item[j+1].punct("("):
			if end := ddlClose(item, j+1); end < len(item) {
				if ct.generated == nil {
					ct.generated = map[string]string{}
				}
				ct.generated[col] = strings.TrimSpace(src[item[j+1].end:item[end].start])
				j = end
			}
			pending = ""
		case t.is("NOT") || t.is("NULL") || t.is("UNIQUE") || t.is("DEFAULT") || t.is("COLLATE") || t.is("GENERATED") || t.is("AS"):
			pending = ""
		}
	}
}

// addCheck records the check whose "(" is item[open] and returns the index
// of its ")".
func (ct *createTable) addCheck(name, src string, item []ddlTok, open int) int {
	end := ddlClose(item, open)
	if end >= len(item) {
		return end
	}
	expr := strings.TrimSpace(src[item[open].end:item[end].start])
	ck := &schema.Check{Name: name}
	if col, vals, ints, ok := parseEnumCheck(expr); ok {
		ck.Column, ck.Values, ck.Ints = col, vals, ints
	} else {
		ck.Expr = expr
	}
	ct.checks = append(ct.checks, ck)
	return end
}

// parseEnumCheck recognises `"col" IN ('a', 'b', ...)` and
// `"col" IN (1, -2, ...)` (the enum checks ferro renders; the column may
// also be bare, blanks may vary) and nothing else. ints reports the second
// form; its values are returned as canonical decimal text.
func parseEnumCheck(expr string) (col string, vals []string, ints, ok bool) {
	toks := ddlTokens(expr)
	if len(toks) < 5 || (toks[0].kind != ddlIdent && toks[0].kind != ddlWord) || !toks[1].is("IN") || !toks[2].punct("(") || !toks[len(toks)-1].punct(")") {
		return "", nil, false, false
	}
	if toks[0].kind == ddlWord && (toks[0].is("NOT") || toks[0].is("IN")) {
		return "", nil, false, false
	}
	ints = toks[3].kind == ddlNumber || toks[3].punct("-")
	vals = []string{}
	comma := false // a comma comes next
	for j := 3; j < len(toks)-1; j++ {
		t := toks[j]
		switch {
		case comma && t.punct(","):
			comma = false
			continue
		case comma:
			return "", nil, false, false
		case !ints && t.kind == ddlString:
			vals = append(vals, t.val)
		case ints:
			neg := t.punct("-")
			if neg {
				if j++; j >= len(toks)-1 {
					return "", nil, false, false
				}
				t = toks[j]
			}
			if t.kind != ddlNumber {
				return "", nil, false, false
			}
			lit := t.val
			if neg {
				lit = "-" + lit
			}
			n, err := strconv.ParseInt(lit, 10, 64)
			if err != nil {
				return "", nil, false, false
			}
			vals = append(vals, strconv.FormatInt(n, 10))
		default:
			return "", nil, false, false
		}
		comma = true
	}
	if !comma {
		return "", nil, false, false
	}
	return toks[0].val, vals, ints, true
}

// indexWhere returns the predicate of a partial index from its CREATE INDEX
// text.
func indexWhere(src string) string {
	toks := ddlTokens(src)
	for i, t := range toks {
		if t.punct("(") {
			end := ddlClose(toks, i)
			if end+1 < len(toks) && toks[end+1].is("WHERE") && end+2 < len(toks) {
				return strings.TrimSpace(src[toks[end+2].start:])
			}
			return ""
		}
	}
	return ""
}

// indexParts returns the raw texts of the key parts of a CREATE INDEX.
func indexParts(src string) []string {
	toks := ddlTokens(src)
	for i, t := range toks {
		if t.punct("(") {
			items, _ := ddlList(toks, i)
			out := make([]string, len(items))
			for k, it := range items {
				if len(it) > 0 {
					out[k] = strings.TrimSpace(src[it[0].start:it[len(it)-1].end])
				}
			}
			return out
		}
	}
	return nil
}
