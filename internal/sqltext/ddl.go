package sqltext

import "strings"

// lexMode selects the lexical rules of one engine. The rules differ in ways
// that move statement boundaries: PostgreSQL nests block comments and has
// dollar-quoted and E” strings; SQLite has `backtick` and [bracket]
// identifiers and flat block comments. [IsDDL] classifies under both and
// reports DDL if either finds it, so a string is never under-classified for
// the engine it is really sent to.
type lexMode uint8

const (
	modePostgres lexMode = iota
	modeSQLite
)

// IsDDL reports whether query contains at least one statement that changes
// the schema (or what names resolve to), so that a caller caching
// schema-derived state must invalidate it after the query succeeds.
//
// It recognises, case-insensitively and after any leading whitespace and
// comments, statements beginning with CREATE, ALTER, DROP, RENAME,
// TRUNCATE, COMMENT, REINDEX, IMPORT, ATTACH or DETACH; PostgreSQL
// SELECT ... INTO (which creates a table); and EXPLAIN ANALYZE of either
// (EXPLAIN ANALYZE executes its statement). Every statement of a
// multi-statement string is examined; statements are split on semicolons
// outside string literals, quoted identifiers, dollar quotes and comments.
// See the package documentation for what is deliberately not classified.
//
// IsDDL does not allocate and is safe for concurrent use.
func IsDDL(query string) bool {
	q := query
	i := 0
	if len(q) == 0 || !isIdentStart(q[0]) {
		i = skipSpace(q, 0, modePostgres)
	}
	if i > 0 && skipSpace(q, 0, modeSQLite) != i {
		// A nested block comment up front: the engines disagree on where
		// the first statement starts.
		return classify(q, modePostgres) || classify(q, modeSQLite)
	}
	// Fast path: the first statement decides unless there is a ';'.
	if stmtIsDDL(q, i, modePostgres, true) {
		return true
	}
	if strings.IndexByte(q[i:], ';') < 0 {
		return false
	}
	return laterIsDDL(q, i, modePostgres) || laterIsDDL(q, i, modeSQLite)
}

// classify reports whether any statement of q, lexed under mode m, is DDL.
func classify(q string, m lexMode) bool {
	i := skipSpace(q, 0, m)
	return stmtIsDDL(q, i, m, true) || laterIsDDL(q, i, m)
}

// laterIsDDL reports whether any statement after the one starting at i is
// DDL under mode m.
func laterIsDDL(q string, i int, m lexMode) bool {
	if !laterStatementMayMatter(q, i, m) {
		return false
	}
	for {
		i = skipStatement(q, i, m)
		if i >= len(q) {
			return false
		}
		i = skipSpace(q, i, m)
		if stmtIsDDL(q, i, m, true) {
			return true
		}
	}
}

// laterStatementMayMatter is a quote-unaware prefilter for the statements
// after the first: real statement boundaries are a subset of the semicolons
// in q, so if no semicolon is followed by a word that could start a DDL
// statement, no later statement can be DDL and the exact scan is skipped.
// It only skips whitespace after a semicolon (a comment counts as "may
// matter"), which keeps it linear.
func laterStatementMayMatter(q string, from int, m lexMode) bool {
	j := from
	for {
		k := strings.IndexByte(q[j:], ';')
		if k < 0 {
			return false
		}
		j += k + 1
		p := j
		for p < len(q) && isSpace(q[p]) {
			p++
		}
		if p >= len(q) {
			return false
		}
		if c := q[p]; c == '-' || c == '/' || mayStartDDL(q, p, m) {
			return true
		}
	}
}

// kw identifies the first word of a statement.
type kw uint8

const (
	kwOther   kw = iota
	kwDDL        // CREATE, ALTER, DROP, RENAME, TRUNCATE, COMMENT, REINDEX, IMPORT, ATTACH, DETACH
	kwSelect     // SELECT: DDL on PostgreSQL when it has INTO
	kwWith       // WITH: DDL on PostgreSQL when its main SELECT has INTO
	kwExplain    // EXPLAIN: DDL on PostgreSQL under ANALYZE of a DDL statement
)

// keyword classifies w (a word from wordAt) by length and first letter
// before comparing, so most words cost one or two branches.
func keyword(w string) kw {
	if len(w) < 4 {
		return kwOther
	}
	switch w[0] | 0x20 {
	case 'a':
		if eqFold(w, "alter") || eqFold(w, "attach") {
			return kwDDL
		}
	case 'c':
		if eqFold(w, "create") || eqFold(w, "comment") {
			return kwDDL
		}
	case 'd':
		if eqFold(w, "drop") || eqFold(w, "detach") {
			return kwDDL
		}
	case 'e':
		if eqFold(w, "explain") {
			return kwExplain
		}
	case 'i':
		if eqFold(w, "import") {
			return kwDDL
		}
	case 'r':
		if eqFold(w, "rename") || eqFold(w, "reindex") {
			return kwDDL
		}
	case 's':
		if eqFold(w, "select") {
			return kwSelect
		}
	case 't':
		if eqFold(w, "truncate") {
			return kwDDL
		}
	case 'w':
		if eqFold(w, "with") {
			return kwWith
		}
	}
	return kwOther
}

// stmtIsDDL reports whether the statement starting at i (already past
// leading whitespace and comments) is DDL under mode m.
func stmtIsDDL(q string, i int, m lexMode, allowExplain bool) bool {
	w := wordAt(q, i)
	switch keyword(w) {
	case kwDDL:
		return true
	case kwSelect:
		return m == modePostgres && containsFoldInto(q[i+len(w):]) && selectInto(q, i+len(w))
	case kwWith:
		return m == modePostgres && withSelectInto(q, i+len(w))
	case kwExplain:
		return m == modePostgres && allowExplain && explainAnalyzeDDL(q, i+len(w))
	}
	return false
}

// mayStartDDL reports whether the word at i could begin a statement that
// stmtIsDDL reports under mode m, without scanning further.
func mayStartDDL(q string, i int, m lexMode) bool {
	switch keyword(wordAt(q, i)) {
	case kwDDL:
		return true
	case kwSelect, kwWith, kwExplain:
		return m == modePostgres
	}
	return false
}

// containsFoldInto reports whether s contains "into" in any ASCII case. It
// lets almost every SELECT skip the token scan of selectInto: it looks for
// the 'n' with SIMD byte searches and checks the letters around it.
func containsFoldInto(s string) bool {
	for off := 1; off < len(s)-2; {
		rest := s[off : len(s)-2]
		k := strings.IndexByte(rest, 'n')
		if K := strings.IndexByte(rest, 'N'); K >= 0 && (k < 0 || K < k) {
			k = K
		}
		if k < 0 {
			return false
		}
		k += off
		if s[k-1]|0x20 == 'i' && s[k+1]|0x20 == 't' && s[k+2]|0x20 == 'o' {
			return true
		}
		off = k + 1
	}
	return false
}

// selectInto scans a PostgreSQL SELECT from just after the SELECT keyword
// and reports whether INTO appears at parenthesis depth 0 before FROM (or
// before the end of the statement when there is no FROM). A word right
// after AS or "." is a label (PostgreSQL accepts reserved words there, as in
// "SELECT 1 AS into"), and FROM right after DISTINCT is the IS [NOT]
// DISTINCT FROM operator, not the clause.
//
// This runs on every SELECT, so words, whitespace and plain punctuation
// are handled inline; quotes, comments, '$' and the rest go through next.
func selectInto(q string, i int) bool {
	depth := 0
	label := false        // the previous token was AS or '.'
	prevDistinct := false // the previous token was DISTINCT
	for i < len(q) {
		c := q[i]
		cls := charClass[c]
		switch {
		case cls&cSpace != 0:
			i++
			continue
		case cls&cPlain != 0:
			i++
			label, prevDistinct = false, false
			continue
		case c == '(':
			i++
			depth++
			label, prevDistinct = false, false
			continue
		case c == ')':
			i++
			if depth > 0 {
				depth--
			}
			label, prevDistinct = false, false
			continue
		case cls&cIdentStart != 0:
			j := i + 1
			for j < len(q) && charClass[q[j]]&cIdentCont != 0 {
				j++
			}
			if j == i+1 && c|0x20 == 'e' && j < len(q) && q[j] == '\'' {
				i = skipEString(q, j+1)
				label, prevDistinct = false, false
				continue
			}
			isLabel := label
			label = false
			distinct := false
			if depth == 0 && !isLabel {
				switch j - i {
				case 2:
					label = (c|0x20) == 'a' && (q[i+1]|0x20) == 's'
				case 4:
					switch fold4(q, i) {
					case word4Into:
						return true
					case word4From:
						if !prevDistinct {
							return false
						}
					}
				case 8:
					distinct = eqFold(q[i:j], "distinct")
				}
			}
			prevDistinct = distinct
			i = j
			continue
		}
		k, _, e := next(q, i, modePostgres)
		i = e
		label, prevDistinct = false, false
		switch k {
		case tokEOF, tokSemi:
			return false
		case tokOpen:
			depth++
		case tokClose:
			if depth > 0 {
				depth--
			}
		case tokDot:
			label = true
		case tokWord:
			// Unreachable: words are handled above. Kept so that a
			// future change to next cannot make this loop skip one.
			i = e
		}
	}
	return false
}

// fold4 returns the four bytes at q[i:] as a little-endian word with ASCII
// letters folded to lower case; compare it with word4Into / word4From.
func fold4(q string, i int) uint32 {
	_ = q[i+3]
	return (uint32(q[i]) | uint32(q[i+1])<<8 | uint32(q[i+2])<<16 | uint32(q[i+3])<<24) | 0x20202020
}

const (
	word4Into = 'i' | 'n'<<8 | 't'<<16 | 'o'<<24
	word4From = 'f' | 'r'<<8 | 'o'<<16 | 'm'<<24
)

// withSelectInto scans a PostgreSQL WITH statement from just after WITH for
// its main SELECT (the first SELECT at depth 0; CTE bodies are
// parenthesised) and applies selectInto to it.
func withSelectInto(q string, i int) bool {
	depth := 0
	for i < len(q) {
		c := q[i]
		cls := charClass[c]
		switch {
		case cls&(cSpace|cPlain) != 0:
			i++
			continue
		case c == '(':
			i++
			depth++
			continue
		case c == ')':
			i++
			if depth > 0 {
				depth--
			}
			continue
		case cls&cIdentStart != 0:
			j := i + 1
			for j < len(q) && charClass[q[j]]&cIdentCont != 0 {
				j++
			}
			if j == i+1 && c|0x20 == 'e' && j < len(q) && q[j] == '\'' {
				i = skipEString(q, j+1)
				continue
			}
			if depth == 0 && j-i == 6 && eqFold(q[i:j], "select") {
				return selectInto(q, j)
			}
			i = j
			continue
		}
		k, _, e := next(q, i, modePostgres)
		i = e
		switch k {
		case tokEOF, tokSemi:
			return false
		case tokOpen:
			depth++
		case tokClose:
			if depth > 0 {
				depth--
			}
		}
	}
	return false
}

// explainAnalyzeDDL parses PostgreSQL EXPLAIN options from just after
// EXPLAIN and reports whether the statement is executed (ANALYZE enabled)
// and is itself DDL. Plain EXPLAIN only plans, so it is never DDL.
func explainAnalyzeDDL(q string, i int) bool {
	analyze := false
	k, s, e := next(q, i, modePostgres)
	switch {
	case k == tokOpen:
		// EXPLAIN ( option [value] [, ...] ) statement
		depth := 1
		expectName := true
		inAnalyze := false
		i = e
		for depth > 0 {
			k, s, e = next(q, i, modePostgres)
			i = e
			switch k {
			case tokEOF, tokSemi:
				return false
			case tokOpen:
				depth++
			case tokClose:
				depth--
			case tokWord:
				if depth != 1 {
					break
				}
				w := q[s:e]
				if expectName {
					inAnalyze = eqFold(w, "analyze") || eqFold(w, "analyse")
					if inAnalyze {
						analyze = true
					}
					expectName = false
				} else if inAnalyze && (eqFold(w, "false") || eqFold(w, "off")) {
					analyze = false
				}
			default:
				if depth != 1 {
					break
				}
				switch t := q[s:e]; {
				case t == ",":
					expectName = true
					inAnalyze = false
				case inAnalyze && isFalseLiteral(t):
					analyze = false
				}
			}
		}
	case k == tokWord && (eqFold(q[s:e], "analyze") || eqFold(q[s:e], "analyse")):
		// EXPLAIN ANALYZE [VERBOSE] statement
		analyze = true
		i = e
		if k, s, e = next(q, i, modePostgres); k == tokWord && eqFold(q[s:e], "verbose") {
			i = e
		}
	}
	if !analyze {
		return false
	}
	return stmtIsDDL(q, skipSpace(q, i, modePostgres), modePostgres, false)
}

// isFalseLiteral reports whether the EXPLAIN option value t (a number or a
// quoted string) is a false boolean: 0, '0', 'false' or 'off'.
func isFalseLiteral(t string) bool {
	if len(t) >= 2 && t[0] == '\'' && t[len(t)-1] == '\'' {
		t = t[1 : len(t)-1]
		return t == "0" || eqFold(t, "false") || eqFold(t, "off")
	}
	return t == "0"
}

// skipStatement returns the position just after the semicolon ending the
// statement that starts at i, or len(q).
func skipStatement(q string, i int, m lexMode) int {
	for {
		k, _, e := next(q, i, m)
		if k == tokEOF {
			return len(q)
		}
		if k == tokSemi {
			return e
		}
		i = e
	}
}

// tok is the kind of a lexical token; strings, quoted identifiers and
// punctuation other than the ones named are all tokOther.
type tok uint8

const (
	tokEOF tok = iota
	tokWord
	tokOpen
	tokClose
	tokSemi
	tokDot
	tokOther
)

// next returns the kind and extent [s, e) of the token at or after i,
// skipping whitespace and comments. e > i unless the kind is tokEOF, so
// loops over next always advance.
func next(q string, i int, m lexMode) (k tok, s, e int) {
	i = skipSpace(q, i, m)
	if i >= len(q) {
		return tokEOF, len(q), len(q)
	}
	c := q[i]
	switch {
	case isIdentStart(c):
		j := i + 1
		for j < len(q) && isIdentChar(q[j]) {
			j++
		}
		if m == modePostgres && j == i+1 && c|0x20 == 'e' && j < len(q) && q[j] == '\'' {
			return tokOther, i, skipEString(q, j+1)
		}
		return tokWord, i, j
	case c >= '0' && c <= '9':
		j := i + 1
		for j < len(q) && isIdentChar(q[j]) {
			j++
		}
		return tokOther, i, j
	case c == '\'' || c == '"':
		return tokOther, i, skipPast(q, i+1, c)
	case c == '`' && m == modeSQLite:
		return tokOther, i, skipPast(q, i+1, '`')
	case c == '[' && m == modeSQLite:
		return tokOther, i, skipPast(q, i+1, ']')
	case c == '$' && m == modePostgres:
		return tokOther, i, skipDollar(q, i)
	case c == '(':
		return tokOpen, i, i + 1
	case c == ')':
		return tokClose, i, i + 1
	case c == ';':
		return tokSemi, i, i + 1
	case c == '.':
		return tokDot, i, i + 1
	}
	return tokOther, i, i + 1
}

// skipPast returns the position after the first quote byte at or after i,
// or len(q) when the literal is unterminated. A doubled quote (” or "")
// needs no special case: it closes one literal and opens the next.
func skipPast(q string, i int, quote byte) int {
	k := strings.IndexByte(q[i:], quote)
	if k < 0 {
		return len(q)
	}
	return i + k + 1
}

// skipEString skips a PostgreSQL E'...' body starting at i, where a
// backslash escapes the next byte.
func skipEString(q string, i int) int {
	for i < len(q) {
		switch q[i] {
		case '\\':
			i += 2
			continue
		case '\'':
			return i + 1
		}
		i++
	}
	return len(q)
}

// skipDollar handles a '$' at i under PostgreSQL rules: a positional
// parameter ($1), a dollar-quoted string ($$...$$ or $tag$...$tag$), or a
// lone '$'.
func skipDollar(q string, i int) int {
	j := i + 1
	if j < len(q) && q[j] >= '0' && q[j] <= '9' {
		for j < len(q) && q[j] >= '0' && q[j] <= '9' {
			j++
		}
		return j
	}
	for j < len(q) && isIdentChar(q[j]) && q[j] != '$' {
		j++
	}
	if j >= len(q) || q[j] != '$' {
		return i + 1
	}
	tag := q[i : j+1]
	k := strings.Index(q[j+1:], tag)
	if k < 0 {
		return len(q)
	}
	return j + 1 + k + len(tag)
}

// skipSpace returns the first position at or after i that is not
// whitespace or inside a comment.
func skipSpace(q string, i int, m lexMode) int {
	for i < len(q) {
		c := q[i]
		switch {
		case isSpace(c):
			i++
		case c == '-' && i+1 < len(q) && q[i+1] == '-':
			k := strings.IndexByte(q[i+2:], '\n')
			if k < 0 {
				return len(q)
			}
			i += 2 + k + 1
		case c == '/' && i+1 < len(q) && q[i+1] == '*':
			i = skipBlockComment(q, i+2, m)
		default:
			return i
		}
	}
	return i
}

// skipBlockComment skips a block comment body starting at i (just after
// "/*"). PostgreSQL nests block comments; SQLite ends at the first "*/".
// An unterminated comment runs to the end of q.
func skipBlockComment(q string, i int, m lexMode) int {
	k := strings.Index(q[i:], "*/")
	if k < 0 {
		return len(q)
	}
	if m == modeSQLite || !strings.Contains(q[i:i+k], "/*") {
		return i + k + 2
	}
	depth := 1
	for i+1 < len(q) {
		switch {
		case q[i] == '*' && q[i+1] == '/':
			depth--
			i += 2
			if depth == 0 {
				return i
			}
		case q[i] == '/' && q[i+1] == '*':
			depth++
			i += 2
		default:
			i++
		}
	}
	return len(q)
}

// wordAt returns the identifier-like word starting at i, or "" when q[i]
// cannot start one. It is a substring of q, so it does not allocate.
func wordAt(q string, i int) string {
	if i >= len(q) || !isIdentStart(q[i]) {
		return ""
	}
	j := i + 1
	for j < len(q) && isIdentChar(q[j]) {
		j++
	}
	return q[i:j]
}

// eqFold reports whether w equals lower, a lowercase ASCII word, ignoring
// ASCII case. c|0x20 maps only 'A'..'Z' onto 'a'..'z', so no other byte can
// match a letter.
func eqFold(w, lower string) bool {
	if len(w) != len(lower) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 != lower[i] {
			return false
		}
	}
	return true
}

// Character classes, looked up in charClass.
const (
	// cIdentStart: can start an unquoted identifier or keyword. Bytes >=
	// 0x80 (UTF-8 sequences) are identifier bytes in both engines.
	cIdentStart = 1 << iota
	// cIdentCont: can continue one; both engines accept digits and '$'.
	cIdentCont
	// cSpace: ASCII whitespace.
	cSpace
	// cPlain: a one-byte token with no lexical effect under either engine
	// (not a quote, comment start, bracket, parenthesis, ';', '.' or '$').
	cPlain
)

var charClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_', c >= 0x80:
			t[c] = cIdentStart | cIdentCont
		case c >= '0' && c <= '9', c == '$':
			t[c] = cIdentCont
		case c == ' ', c == '\t', c == '\n', c == '\r', c == '\f', c == '\v':
			t[c] = cSpace
		}
	}
	for _, c := range ",=*+<>!%^&|~:?@#{}]\\" {
		t[c] = cPlain
	}
	return t
}()

func isSpace(c byte) bool      { return charClass[c]&cSpace != 0 }
func isIdentStart(c byte) bool { return charClass[c]&cIdentStart != 0 }
func isIdentChar(c byte) bool  { return charClass[c]&cIdentCont != 0 }
