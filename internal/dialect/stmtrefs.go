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
	s := scanStmt(lx, stmt)
	onlyTable := len(s.bindings) > 0
	for _, b := range s.bindings {
		if b.source == "" || !lx.Same(Ref{Name: b.source, Quoted: true}, table) {
			onlyTable = false
		}
	}
	index := make(map[int]int, len(s.toks))
	for k, t := range s.toks {
		index[t.Start] = k
	}
	use := NoUse
	for _, t := range s.toks {
		if kw(t, "NATURAL") {
			// A natural join joins on every column the two sides share,
			// named nowhere: dropping one changes the join silently.
			use = MayUse
		}
	}
	for _, r := range lx.ColumnRefs(stmt) {
		k := index[r.Start]
		if !lx.Same(r, column) || s.bound[k] {
			continue
		}
		if k < 2 || !s.toks[k-1].Punct(".") || s.toks[k-2].Kind != TokenIdent { // unqualified
			if onlyTable && s.explained(table) {
				return Uses
			}
			use = MayUse
			continue
		}
		switch s.qualifiedUse(s.toks[k-2], table, isView) {
		case Uses:
			return Uses
		case MayUse:
			use = MayUse
		}
	}
	return use
}

// stmtScan is what a statement binds, read token by token: the tables of
// FROM, JOIN, UPDATE and INSERT INTO and their aliases, the names of
// common table expressions, a trigger's NEW and OLD.
type stmtScan struct {
	lx   Lexicon
	toks []Token
	// bound marks the tokens read as a source's name or alias.
	bound    []bool
	bindings []stmtBinding
	ctes     map[string]bool
	// trigger: the statement is CREATE [TEMP] TRIGGER; sawBegin: its body
	// has begun.
	trigger, sawBegin bool
	stack             []stmtScope
}

// stmtScope is one level of parentheses.
type stmtScope struct {
	from, expect bool
	// derived: the parenthesis opened a FROM item (a subquery, a join in
	// parentheses, a function's arguments); an alias may follow it.
	derived bool
}

func scanStmt(lx Lexicon, stmt string) *stmtScan {
	toks := lx.tokens(stmt)
	s := &stmtScan{lx: lx, toks: toks, bound: make([]bool, len(toks)), ctes: map[string]bool{}, stack: []stmtScope{{}}}
	// A trigger: CREATE [TEMP] TRIGGER ... ON table ... BEGIN; NEW and OLD
	// are rows of that table.
	s.trigger = len(toks) > 2 && kw(toks[0], "CREATE") && (kw(toks[1], "TRIGGER") || len(toks) > 2 && (kw(toks[1], "TEMP") || kw(toks[1], "TEMPORARY")) && kw(toks[2], "TRIGGER"))
	for i := 0; i < len(toks); i++ {
		i = s.step(i)
	}
	return s
}

// step reads toks[i] and returns the index of the last token it read.
func (s *stmtScan) step(i int) int {
	t := s.toks[i]
	sc := &s.stack[len(s.stack)-1]
	switch {
	case t.Punct("("):
		open := stmtScope{}
		if sc.expect {
			sc.expect = false
			open = stmtScope{derived: true, expect: true}
		}
		s.stack = append(s.stack, open)
	case t.Punct(")"):
		return s.close(i)
	case t.Punct(","):
		if sc.from {
			sc.expect = true
		}
	case t.Punct(";"):
		sc.from, sc.expect = false, false
	case t.Kind != TokenIdent:
		sc.expect = false
	default:
		return s.word(i, sc)
	}
	return i
}

// close reads the parenthesis that closes a scope at toks[i], and the
// alias of the FROM item it closes.
func (s *stmtScan) close(i int) int {
	if len(s.stack) == 1 {
		return i
	}
	closing := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	if !closing.derived {
		return i
	}
	j := i + 1
	if j < len(s.toks) && kw(s.toks[j], "AS") {
		j++
	}
	if s.alias(j) {
		s.bound[j] = true
		s.bindings = append(s.bindings, stmtBinding{qualifier: s.toks[j].Text})
		return j
	}
	return i
}

// alias reports whether toks[j] can name a FROM item.
func (s *stmtScan) alias(j int) bool {
	return j < len(s.toks) && s.toks[j].Kind == TokenIdent && (s.toks[j].Quoted || !clauseWord(s.toks[j].Text))
}

// word reads the identifier or keyword at toks[i] in scope sc.
func (s *stmtScan) word(i int, sc *stmtScope) int {
	t, toks := s.toks[i], s.toks
	switch {
	case !t.Quoted && (strings.EqualFold(t.Text, "FROM") || strings.EqualFold(t.Text, "JOIN")):
		sc.from, sc.expect = true, true
	case !t.Quoted && strings.EqualFold(t.Text, "WITH") || !t.Quoted && strings.EqualFold(t.Text, "RECURSIVE"):
	case !t.Quoted && (strings.EqualFold(t.Text, "INTO") || strings.EqualFold(t.Text, "UPDATE")):
		j := i + 1
		if j < len(toks) && kw(toks[j], "OR") { // UPDATE OR REPLACE t
			j += 2
		}
		if s.alias(j) {
			i, _ = s.item(j, true)
		}
	case s.trigger && !s.sawBegin && !t.Quoted && strings.EqualFold(t.Text, "ON"):
		if i+1 < len(toks) && toks[i+1].Kind == TokenIdent {
			last, _ := s.item(i+1, true)
			src := s.bindings[len(s.bindings)-1].source
			s.bindings = append(s.bindings, stmtBinding{qualifier: "new", source: src}, stmtBinding{qualifier: "old", source: src})
			i = last
		}
	case !t.Quoted && strings.EqualFold(t.Text, "BEGIN"):
		s.sawBegin = true
		sc.from, sc.expect = false, false
	case sc.expect && (t.Quoted || !clauseWord(t.Text)):
		last, fn := s.item(i, false)
		i = last
		if fn {
			sc.expect = true // the argument list opens a derived item
		}
	case !t.Quoted && clauseWord(t.Text) && !joinWord(t.Text):
		// ON and USING keep the FROM list going: a comma after a join
		// condition starts another item.
		if !strings.EqualFold(t.Text, "ON") && !strings.EqualFold(t.Text, "USING") {
			sc.from = false
		}
		sc.expect = false
	default:
		// A common table expression: name [(columns)] AS (.
		if i+2 < len(toks) && kw(toks[i+1], "AS") && (toks[i+2].Punct("(") || kw(toks[i+2], "MATERIALIZED") || kw(toks[i+2], "NOT")) ||
			i+1 < len(toks) && toks[i+1].Punct("(") && cteColumns(toks, i+1) {
			s.ctes[asciiLower(t.Text)] = true
			s.bound[i] = true
		}
	}
	return i
}

// item reads a FROM item (or an UPDATE / INSERT target, target) at
// toks[i] and returns the index of its last token; fn is set when it is a
// table-valued function whose argument list opens next (the parenthesis
// after an INSERT target is its column list).
func (s *stmtScan) item(i int, target bool) (last int, fn bool) {
	toks := s.toks
	name := i
	if i+2 < len(toks) && toks[i+1].Punct(".") && toks[i+2].Kind == TokenIdent { // schema.table
		s.bound[i] = true
		name = i + 2
	}
	s.bound[name] = true
	last = name
	if !target && last+1 < len(toks) && toks[last+1].Punct("(") {
		return last, true
	}
	b := stmtBinding{qualifier: toks[name].Text, source: toks[name].Text}
	if s.ctes[asciiLower(toks[name].Text)] {
		b.source = ""
	}
	j := last + 1
	if j < len(toks) && kw(toks[j], "AS") {
		j++
	}
	if s.alias(j) {
		s.bound[j] = true
		b.qualifier = toks[j].Text
		last = j
	}
	s.bindings = append(s.bindings, b)
	return last, false
}

// explained reports whether every occurrence of name in the statement is
// a qualifier or a binding the scan read: a binding it did not read could
// bind name to anything.
func (s *stmtScan) explained(name string) bool {
	for k, t := range s.toks {
		if s.same(t, name) && !s.bound[k] && !(k+1 < len(s.toks) && s.toks[k+1].Punct(".")) {
			return false
		}
	}
	return true
}

func (s *stmtScan) same(t Token, name string) bool {
	return t.Kind == TokenIdent && s.lx.Same(Ref{Name: t.Text, Quoted: t.Quoted}, name)
}

// qualifiedUse says how a mention of the column qualified by q uses the
// column of table.
func (s *stmtScan) qualifiedUse(q Token, table string, isView func(string) bool) ColumnUse {
	lx := s.lx
	if s.same(q, table) {
		return Uses
	}
	var of []stmtBinding
	for _, b := range s.bindings {
		if lx.Same(Ref{Name: b.qualifier, Quoted: true}, q.Text) || lx.Same(Ref{Name: q.Text, Quoted: q.Quoted}, b.qualifier) {
			of = append(of, b)
		}
	}
	safe := len(of) > 0 && s.explained(q.Text)
	if safe && !slices.ContainsFunc(of, func(b stmtBinding) bool { return !lx.Same(Ref{Name: b.source, Quoted: true}, table) }) {
		return Uses // every binding of the qualifier is the table
	}
	for _, b := range of {
		if b.source == "" || lx.Same(Ref{Name: b.source, Quoted: true}, table) || isView(b.source) {
			safe = false
		}
	}
	if !safe {
		return MayUse
	}
	return NoUse
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
