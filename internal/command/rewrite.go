package command

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/bind"
	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// TimeColumn names one column for RewriteTimes.
type TimeColumn struct {
	Table, Column string
}

// String returns "table.column".
func (c TimeColumn) String() string { return c.Table + "." + c.Column }

// TimeRewrite is what RewriteTimes found in one column.
type TimeRewrite struct {
	TimeColumn
	// Rows is the number of non-NULL values; Changed how many were not in
	// the canonical form (and were rewritten, unless checking).
	Rows, Changed int
}

// TimeColumns returns the columns of s that ferro reads as date, time,
// timestamp or timestamptz, in table and column order.
func TimeColumns(s *schema.Schema) []TimeColumn {
	var out []TimeColumn
	for _, t := range s.Tables {
		for _, c := range t.Columns {
			if c.Type.Array { // a JSON array of times, not a time
				continue
			}
			switch c.Type.Kind {
			case schema.KindDate, schema.KindTime, schema.KindTimestamp, schema.KindTimestamptz:
				out = append(out, TimeColumn{t.Name, c.Name})
			}
		}
	}
	return out
}

// RewriteTimes rewrites every non-NULL value of the SQLite columns cols to
// the text form ferro writes a time.Time in (bind.TimeLayout), in
// one transaction: text in any form coerce reads (Go's time.Time.String
// form raw modernc wrote, RFC 3339, dates ...) and integers (Unix seconds).
// Any other value (a REAL, a blob, text that is not a time) stops it with an
// error naming the table, column, rowid and value, and nothing is changed.
// With check, nothing is written and the counts say what would change.
// step, when not nil, is called after each column.
func RewriteTimes(ctx context.Context, db *sql.DB, cols []TimeColumn, check bool, step func(TimeRewrite)) (out []TimeRewrite, err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil || check {
			tx.Rollback()
			return
		}
		err = tx.Commit()
	}()
	for _, c := range cols {
		r := TimeRewrite{TimeColumn: c}
		type fix struct {
			rowid int64
			text  string
		}
		var fixes []fix
		// The stored text, not what the driver makes of it: modernc parses
		// TIMESTAMP columns into time.Time on the way out.
		q := dialect.Quote(c.Column)
		rows, err := tx.QueryContext(ctx, "SELECT rowid, typeof("+q+"), CAST("+q+" AS TEXT) FROM "+dialect.Quote(c.Table)+" WHERE "+q+" IS NOT NULL")
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", c, err)
		}
		for rows.Next() {
			var rowid int64
			var typ, text string
			if err := rows.Scan(&rowid, &typ, &text); err != nil {
				rows.Close()
				return nil, fmt.Errorf("read %s: %w", c, err)
			}
			r.Rows++
			canon, err := canonicalTime(typ, text)
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("%s, rowid %d: value %s (%s): %v; fix the row or leave the column out with -columns; nothing was changed", c, rowid, text, typ, err)
			}
			if typ != "text" || text != canon {
				fixes = append(fixes, fix{rowid, canon})
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("read %s: %w", c, err)
		}
		r.Changed = len(fixes)
		if !check {
			upd := "UPDATE " + dialect.Quote(c.Table) + " SET " + dialect.Quote(c.Column) + " = ? WHERE rowid = ?"
			for _, f := range fixes {
				if _, err := tx.ExecContext(ctx, upd, f.text, f.rowid); err != nil {
					return nil, fmt.Errorf("rewrite %s, rowid %d: %w; nothing was changed", c, f.rowid, err)
				}
			}
		}
		out = append(out, r)
		if step != nil {
			step(r)
		}
	}
	return out, nil
}

func canonicalTime(typ, text string) (string, error) {
	var src any
	switch typ {
	case "text":
		src = text
	case "integer": // Unix seconds, as coerce reads them
		n, err := strconv.ParseInt(text, 10, 64)
		if err != nil {
			return "", err
		}
		src = n
	default:
		return "", fmt.Errorf("a %s is not a time in any form ferro reads", typ)
	}
	var t time.Time
	if err := coerce.Into(&t).Scan(src); err != nil {
		return "", err
	}
	return bind.FormatTime(t)
}

// parseColumns reads -columns "t.a,t.b" against s.
func parseColumns(s *schema.Schema, spec string) ([]TimeColumn, error) {
	var out []TimeColumn
	for _, p := range strings.Split(spec, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		tn, cn, ok := strings.Cut(p, ".")
		if !ok {
			return nil, fmt.Errorf("-columns %q: want table.column", p)
		}
		t, ok := s.Table(tn)
		if !ok {
			return nil, fmt.Errorf("-columns %q: no table %q", p, tn)
		}
		if _, ok := t.Column(cn); !ok {
			return nil, fmt.Errorf("-columns %q: table %q has no column %q", p, tn, cn)
		}
		out = append(out, TimeColumn{tn, cn})
	}
	return out, nil
}

func runRewriteTimes(ctx context.Context, env Env, args []string) int {
	fs := flags(env, "sqlite-rewrite-times", "[-columns t.a,t.b] [-check] DSN", `sqlite-rewrite-times rewrites the time values of a SQLite database written
before the switch to ferro (raw modernc wrote Go's time.Time.String form,
"2024-05-06 07:08:09.123 +0000 UTC") to the one form ferro writes
("2024-05-06 07:08:09.123000000Z"), in one transaction, so that
WHERE ts = ? with a time.Time matches old and new rows alike and they sort
in time order. By default it rewrites every date, time, timestamp and
timestamptz column; -columns names others (a TEXT column holding times).
A value that is not a time stops it and nothing is changed. Until it has
run, open the database with _ferro_time=driver (docs/switching.md).`)
	columns := fs.String("columns", "", "comma-separated table.column list (default: every date/time/timestamp/timestamptz column)")
	check := fs.Bool("check", false, "change nothing; exit 2 if some value is not in the canonical form")
	pos, code, done := parse(fs, env, args, 1)
	if done {
		return code
	}
	t, err := ParseTarget(pos[0])
	if err != nil {
		return fail(env, "sqlite-rewrite-times: %v", err)
	}
	// The rewrite is for engines that store times as text, in the form
	// the wrapper writes them in.
	if e, ok := dialect.Lookup(t.Dialect); !ok || !e.Conn.Bind.TimeText {
		return fail(env, "sqlite-rewrite-times: %s is not a SQLite database; PostgreSQL stores times natively and needs no rewrite", t.Name())
	}
	s, err := inspect(ctx, env, t)
	if err != nil {
		return fail(env, "sqlite-rewrite-times: %v", err)
	}
	cols := TimeColumns(s)
	if *columns != "" {
		if cols, err = parseColumns(s, *columns); err != nil {
			return fail(env, "sqlite-rewrite-times: %v", err)
		}
	}
	for _, c := range cols {
		if tb, _ := s.Table(c.Table); strings.Contains(strings.ToLower(tb.Extra), "without rowid") {
			return fail(env, "sqlite-rewrite-times: table %q is WITHOUT ROWID, which this command cannot address row by row; rewrite it with SQL", c.Table)
		}
	}
	if len(cols) == 0 {
		fmt.Fprintln(env.Stdout, "no time columns; nothing to do")
		return ExitOK
	}
	db, err := t.Open(ctx, true)
	if err != nil {
		return fail(env, "sqlite-rewrite-times: %v", err)
	}
	defer db.Close()
	p := newCounted(env, "rewrite times in "+t.Name(), len(cols))
	res, err := RewriteTimes(ctx, db, cols, *check, func(r TimeRewrite) { p.step(r.String()) })
	p.done()
	if err != nil {
		return fail(env, "sqlite-rewrite-times: %s", scrub(err.Error(), t.DSN))
	}
	changed := 0
	verb := "rewrote"
	if *check {
		verb = "would rewrite"
	}
	for _, r := range res {
		fmt.Fprintf(env.Stdout, "%s: %s %d of %d value(s)\n", r.TimeColumn, verb, r.Changed, r.Rows)
		changed += r.Changed
	}
	if *check && changed > 0 {
		return ExitPending
	}
	return ExitOK
}
