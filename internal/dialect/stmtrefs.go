package dialect

import (
	"slices"
	"strings"
)

// This file decides whether the SQL of a view or trigger uses a column of
// one table, for engines that keep only that SQL (SQLite): a mention of
// the column's name may belong to another table of the statement. It
// resolves what it can prove from the text alone (the tables of FROM,
// JOIN, UPDATE and INSERT INTO, their aliases, qualifiers, a trigger's NEW
// and OLD) and answers MayUse for everything else, so that a caller
// refusing on MayUse never misses a use.

// ColumnUse is how a statement may use a column of a table.
type ColumnUse uint8

const (
	// NoUse: no mention of the column's name in the statement can be the
	// column of the table.
	NoUse ColumnUse = iota
	// MayUse: a mention cannot be resolved from the text alone (an
	// unqualified name with other tables in the statement; a qualifier of
	// a subquery, a common table expression, a view or a table-valued
	// function, which may pass the column through; a qualifier bound in
	// a way the resolver does not read), or the statement has a NATURAL
	// join, which uses columns without naming them.
	MayUse
	// Uses: a mention is the column of the table.
	Uses
)

// stmtBinding is one name a statement binds to a source: a FROM item's
// alias (or its name when it has none), a trigger's NEW and OLD.
type stmtBinding struct {
	qualifier string
	// source is the table or view named; empty for a subquery or a
	// table-valued function.
	source string
}

// ColumnUseOf says how stmt, the CREATE VIEW or CREATE TRIGGER statement
// of a view or trigger, uses column of table. isView reports whether a
// name is a view (a view may pass the column through as its own).
// Names compare as the engine compares them.
func (lx Lexicon) ColumnUseOf(stmt, table, column string, isView func(string) bool) ColumnUse {
	toks := lx.tokens(stmt)
	same := func(t Token, name string) bool {
		return t.Kind == TokenIdent && lx.Same(Ref{Name: t.Text, Quoted: t.Quoted}, name)
	}
	bound := make([]bool, len(toks)) // tokens read as a source's name or alias
	var bindings []stmtBinding
	ctes := map[string]bool{}

	// A trigger: CREATE [TEMP] TRIGGER ... ON table ... BEGIN; NEW and OLD
	// are rows of that table.
	trigger := len(toks) > 2 && kw(toks[0], "CREATE") && (kw(toks[1], "TRIGGER") || len(toks) > 2 && (kw(toks[1], "TEMP") || kw(toks[1], "TEMPORARY")) && kw(toks[2], "TRIGGER"))

	// item reads a FROM item (or an UPDATE / INSERT target, target) at
	// toks[i] and returns the index of its last token; fn is set when it
	// is a table-valued function whose argument list opens next (the
	// parenthesis after an INSERT target is its column list).
	item := func(i int, target bool) (last int, fn bool) {
		name := i
		if i+2 < len(toks) && toks[i+1].Punct(".") && toks[i+2].Kind == TokenIdent { // schema.table
			bound[i] = true
			name = i + 2
		}
		bound[name] = true
		last = name
		if !target && last+1 < len(toks) && toks[last+1].Punct("(") {
			return last, true
		}
		b := stmtBinding{qualifier: toks[name].Text, source: toks[name].Text}
		if ctes[asciiLower(toks[name].Text)] {
			b.source = ""
		}
		j := last + 1
		if j < len(toks) && kw(toks[j], "AS") {
			j++
		}
		if j < len(toks) && toks[j].Kind == TokenIdent && (toks[j].Quoted || !clauseWord(toks[j].Text)) {
			bound[j] = true
			b.qualifier = toks[j].Text
			last = j
		}
		bindings = append(bindings, b)
		return last, false
	}

	type scope struct {
		from, expect bool
		// derived: the parenthesis opened a FROM item (a subquery, a
		// join in parentheses, a function's arguments); an alias may
		// follow it.
		derived bool
	}
	stack := []scope{{}}
	sawBegin := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		s := &stack[len(stack)-1]
		switch {
		case t.Punct("("):
			open := scope{}
			if s.expect {
				s.expect = false
				open = scope{derived: true, expect: true}
			}
			stack = append(stack, open)
		case t.Punct(")"):
			if len(stack) == 1 {
				continue
			}
			closing := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if closing.derived {
				j := i + 1
				if j < len(toks) && kw(toks[j], "AS") {
					j++
				}
				if j < len(toks) && toks[j].Kind == TokenIdent && (toks[j].Quoted || !clauseWord(toks[j].Text)) {
					bound[j] = true
					bindings = append(bindings, stmtBinding{qualifier: toks[j].Text})
					i = j
				}
			}
		case t.Punct(","):
			if s.from {
				s.expect = true
			}
		case t.Punct(";"):
			s.from, s.expect = false, false
		case t.Kind != TokenIdent:
			s.expect = false
		case !t.Quoted && (strings.EqualFold(t.Text, "FROM") || strings.EqualFold(t.Text, "JOIN")):
			s.from, s.expect = true, true
		case !t.Quoted && strings.EqualFold(t.Text, "WITH") || !t.Quoted && strings.EqualFold(t.Text, "RECURSIVE"):
		case !t.Quoted && (strings.EqualFold(t.Text, "INTO") || strings.EqualFold(t.Text, "UPDATE")):
			j := i + 1
			if j < len(toks) && kw(toks[j], "OR") { // UPDATE OR REPLACE t
				j += 2
			}
			if j < len(toks) && toks[j].Kind == TokenIdent && (toks[j].Quoted || !clauseWord(toks[j].Text)) {
				i, _ = item(j, true)
			}
		case trigger && !sawBegin && !t.Quoted && strings.EqualFold(t.Text, "ON"):
			if i+1 < len(toks) && toks[i+1].Kind == TokenIdent {
				last, _ := item(i+1, true)
				src := bindings[len(bindings)-1].source
				bindings = append(bindings, stmtBinding{qualifier: "new", source: src}, stmtBinding{qualifier: "old", source: src})
				i = last
			}
		case !t.Quoted && strings.EqualFold(t.Text, "BEGIN"):
			sawBegin = true
			s.from, s.expect = false, false
		case s.expect && (t.Quoted || !clauseWord(t.Text)):
			last, fn := item(i, false)
			i = last
			if fn {
				s.expect = true // the argument list opens a derived item
			}
		case !t.Quoted && clauseWord(t.Text) && !joinWord(t.Text):
			// ON and USING keep the FROM list going: a comma after a
			// join condition starts another item.
			if !strings.EqualFold(t.Text, "ON") && !strings.EqualFold(t.Text, "USING") {
				s.from = false
			}
			s.expect = false
		default:
			// A common table expression: name [(columns)] AS (.
			if i+2 < len(toks) && kw(toks[i+1], "AS") && (toks[i+2].Punct("(") || kw(toks[i+2], "MATERIALIZED") || kw(toks[i+2], "NOT")) ||
				i+1 < len(toks) && toks[i+1].Punct("(") && cteColumns(toks, i+1) {
				ctes[asciiLower(t.Text)] = true
				bound[i] = true
			}
		}
	}

	// explained reports whether every occurrence of name in the statement
	// is a qualifier or a binding the loop above read: a binding it did
	// not read could bind name to anything.
	explained := func(name string) bool {
		for k, t := range toks {
			if same(t, name) && !bound[k] && !(k+1 < len(toks) && toks[k+1].Punct(".")) {
				return false
			}
		}
		return true
	}
	onlyTable := len(bindings) > 0
	for _, b := range bindings {
		if b.source == "" || !lx.Same(Ref{Name: b.source, Quoted: true}, table) {
			onlyTable = false
		}
	}
	index := make(map[int]int, len(toks))
	for k, t := range toks {
		index[t.Start] = k
	}
	use := NoUse
	for _, t := range toks {
		if kw(t, "NATURAL") {
			// A natural join joins on every column the two sides share,
			// named nowhere: dropping one changes the join silently.
			use = MayUse
		}
	}
	for _, r := range lx.ColumnRefs(stmt) {
		k := index[r.Start]
		if !lx.Same(r, column) || bound[k] {
			continue
		}
		if k < 2 || !toks[k-1].Punct(".") || toks[k-2].Kind != TokenIdent { // unqualified
			if onlyTable && explained(table) {
				return Uses
			}
			use = MayUse
			continue
		}
		q := toks[k-2]
		if same(q, table) {
			return Uses
		}
		var of []stmtBinding
		for _, b := range bindings {
			if lx.Same(Ref{Name: b.qualifier, Quoted: true}, q.Text) || lx.Same(Ref{Name: q.Text, Quoted: q.Quoted}, b.qualifier) {
				of = append(of, b)
			}
		}
		safe := len(of) > 0 && explained(q.Text)
		if safe && !slices.ContainsFunc(of, func(b stmtBinding) bool { return !lx.Same(Ref{Name: b.source, Quoted: true}, table) }) {
			return Uses // every binding of the qualifier is the table
		}
		for _, b := range of {
			if b.source == "" || lx.Same(Ref{Name: b.source, Quoted: true}, table) || isView(b.source) {
				safe = false
			}
		}
		if !safe {
			use = MayUse
		}
	}
	return use
}

// cteColumns reports whether the parenthesis at toks[i] is a column list
// followed by AS (: name (a, b) AS ( opens a common table expression.
func cteColumns(toks []Token, i int) bool {
	depth := 0
	for j := i; j < len(toks); j++ {
		switch {
		case toks[j].Punct("("):
			depth++
		case toks[j].Punct(")"):
			if depth--; depth == 0 {
				return j+2 < len(toks) && kw(toks[j+1], "AS") && (toks[j+2].Punct("(") || kw(toks[j+2], "MATERIALIZED") || kw(toks[j+2], "NOT"))
			}
		case toks[j].Kind != TokenIdent && !toks[j].Punct(","):
			return false
		}
	}
	return false
}

func kw(t Token, word string) bool {
	return t.Kind == TokenIdent && !t.Quoted && strings.EqualFold(t.Text, word)
}

// clauseWord reports whether an unquoted word starts or continues a
// clause where a FROM item's alias could stand: it is never an alias.
func clauseWord(w string) bool {
	switch strings.ToUpper(w) {
	case "ON", "USING", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "WINDOW", "UNION", "EXCEPT", "INTERSECT",
		"SELECT", "VALUES", "SET", "RETURNING", "DEFAULT", "BEGIN", "END", "WHEN", "FOR", "FROM", "INDEXED", "NOT",
		"JOIN", "LEFT", "RIGHT", "FULL", "INNER", "CROSS", "NATURAL", "OUTER", "AS", "DO", "UPDATE", "DELETE", "INSERT", "OF":
		return true
	}
	return false
}

// joinWord reports whether w is a word of a join operator.
func joinWord(w string) bool {
	switch strings.ToUpper(w) {
	case "LEFT", "RIGHT", "FULL", "INNER", "CROSS", "NATURAL", "OUTER":
		return true
	}
	return false
}
