package dialect

import "strings"

// This file finds the columns a live SQL expression mentions (an index
// expression, a partial-index predicate, a CHECK, a generated column), so
// that the planner sees what depends on a column it drops. It lexes the
// expression the way the engine does (strings, quoted identifiers,
// comments, numbers) and compares names the way the engine compares them;
// it never matches substrings.

// Lexicon is how an engine spells and compares identifiers in SQL
// expressions. Each dialect returns its own (ExprLexer); the zero value is
// not a valid lexicon.
type Lexicon struct {
	// FoldQuoted: identifiers compare ASCII-case-insensitively whether
	// quoted or not (SQLite). Otherwise unquoted identifiers fold to lower
	// case and quoted ones compare byte for byte (PostgreSQL).
	FoldQuoted bool
	// Backticks and Brackets: `name` and [name] are quoted identifiers
	// (SQLite).
	Backticks, Brackets bool
	// DollarQuotes: $tag$...$tag$ is a string; EscapeStrings: in E'...'
	// a backslash escapes the next character; NestedComments: block
	// comments nest (PostgreSQL).
	DollarQuotes, EscapeStrings, NestedComments bool
}

// ExprLexer is implemented by every dialect: its Lexicon.
type ExprLexer interface {
	Lexicon() Lexicon
}

// Ref is one identifier an expression uses as a column: not a function
// name (followed by "("), not a qualifier (followed by "."), not a type
// name (after "::" or CAST's AS) nor a collation (after COLLATE).
type Ref struct {
	// Name is the identifier as written, unquoted.
	Name string
	// Quoted is true when it was written in quotes.
	Quoted bool
	// Start and End are its byte offsets in the expression, quotes
	// included.
	Start, End int
}

// Same reports whether ref names column (a column name as the catalog
// spells it) to the engine.
func (lx Lexicon) Same(ref Ref, column string) bool {
	if lx.FoldQuoted || !ref.Quoted {
		return asciiLower(ref.Name) == asciiLowerIf(column, lx.FoldQuoted)
	}
	return ref.Name == column
}

// Mentions reports whether expr uses any of columns as a column.
func (lx Lexicon) Mentions(expr string, columns ...string) bool {
	for _, r := range lx.ColumnRefs(expr) {
		for _, c := range columns {
			if lx.Same(r, c) {
				return true
			}
		}
	}
	return false
}

// RenameColumn returns expr with every reference to column from replaced
// by the quoted name to, and every other byte kept: what the engine's
// ALTER TABLE ... RENAME COLUMN does to the expressions of the table's
// indexes, checks and generated columns.
func (lx Lexicon) RenameColumn(expr, from, to string) string {
	var b strings.Builder
	last := 0
	for _, r := range lx.ColumnRefs(expr) {
		if lx.Same(r, from) {
			b.WriteString(expr[last:r.Start])
			// "x"a and a"x" are two tokens each; "x""to" would be one.
			if w := b.String(); w != "" && w[len(w)-1] == '"' {
				b.WriteByte(' ')
			}
			b.WriteString(Quote(to))
			if r.End < len(expr) && expr[r.End] == '"' {
				b.WriteByte(' ')
			}
			last = r.End
		}
	}
	if last == 0 {
		return expr
	}
	b.WriteString(expr[last:])
	return b.String()
}

// ColumnRefs returns the identifiers expr uses as columns, in order. Words
// that the engine could read as keywords are included: a keyword is never
// taken for a column the caller asks about unless a column has its name,
// and then the engine itself may read it as that column.
func (lx Lexicon) ColumnRefs(expr string) []Ref {
	toks := lx.tokens(expr)
	var out []Ref
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.Punct("::"):
			i = skipTypeName(toks, i+1) - 1
		case t.Kind != TokenIdent:
		case !t.Quoted && strings.EqualFold(t.Text, "AS"): // CAST(x AS type)
			i = skipTypeName(toks, i+1) - 1
		case !t.Quoted && strings.EqualFold(t.Text, "COLLATE"):
			if i+1 < len(toks) && toks[i+1].Kind == TokenIdent {
				i++ // the collation's name
			}
		case i+1 < len(toks) && (toks[i+1].Punct("(") || toks[i+1].Punct(".")):
			// a function name or a qualifier
		default:
			out = append(out, Ref{Name: t.Text, Quoted: t.Quoted, Start: t.Start, End: t.End})
		}
	}
	return out
}

// skipTypeName returns the index of the first token after the type name
// starting at toks[i]: a (qualified) name, the further words of a
// multi-word type ("double precision", "timestamp with time zone"),
// modifiers and array brackets.
func skipTypeName(toks []Token, i int) int {
	if i >= len(toks) || toks[i].Kind != TokenIdent {
		return i
	}
	for i++; i < len(toks); {
		t := toks[i]
		switch {
		case t.Punct(".") && i+1 < len(toks) && toks[i+1].Kind == TokenIdent:
			i += 2
		case t.Punct("("):
			depth := 0
			for ; i < len(toks); i++ {
				if toks[i].Punct("(") {
					depth++
				} else if toks[i].Punct(")") {
					if depth--; depth == 0 {
						break
					}
				}
			}
			i++
		case t.Punct("[") || t.Punct("]"):
			i++
		case t.Kind == TokenIdent && !t.Quoted && typeWord(t.Text):
			i++
		default:
			return i
		}
	}
	return i
}

// typeWord reports whether w continues a multi-word type name.
func typeWord(w string) bool {
	switch strings.ToLower(w) {
	case "precision", "varying", "with", "without", "time", "zone":
		return true
	}
	return false
}

// TokenKind classifies a Token.
type TokenKind uint8

// The kinds of Token.
const (
	TokenOther TokenKind = iota // string, number, blob, parameter
	TokenIdent
	TokenPunct
)

// Token is one token of an SQL expression, as Lexicon.Next reads it.
type Token struct {
	Kind TokenKind
	// Text is an identifier's name, unquoted, or the punctuation ("::" or
	// one byte); empty for TokenOther, whose text is the expression's
	// bytes from Start to End.
	Text string
	// Quoted: an identifier written in quotes.
	Quoted bool
	// Open: a string or quoted identifier without its closing quote; it
	// runs to the end of the expression.
	Open bool
	// Start and End are the token's byte offsets in the expression.
	Start, End int
}

// Punct reports whether t is the punctuation p.
func (t Token) Punct(p string) bool { return t.Kind == TokenPunct && t.Text == p }

// tokens splits expr into tokens, dropping blanks and comments.
func (lx Lexicon) tokens(s string) []Token {
	var out []Token
	for i := 0; ; {
		t, ok := lx.Next(s, i)
		if !ok {
			return out
		}
		out = append(out, t)
		i = t.End
	}
}

// Next returns the first token of s at or after offset i, skipping blanks
// and comments as the engine does; ok is false when none is left. An
// unterminated string, quoted identifier or comment runs to the end. Next
// allocates only for a quoted identifier with a doubled quote inside.
func (lx Lexicon) Next(s string, i int) (tok Token, ok bool) {
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c == '-' && strings.HasPrefix(s[i:], "--"):
			j := strings.IndexByte(s[i:], '\n')
			if j < 0 {
				j = len(s) - i
			}
			i += j
		case c == '/' && strings.HasPrefix(s[i:], "/*"):
			i = lx.skipComment(s, i)
		case c == '\'':
			j, closed := skipQuoted(s, i, '\'')
			return Token{Kind: TokenOther, Open: !closed, Start: i, End: j}, true
		case c == '"' || (c == '`' && lx.Backticks):
			j, closed := skipQuoted(s, i, c)
			inner := s[i+1 : j]
			if closed {
				inner = s[i+1 : j-1]
			}
			if strings.IndexByte(inner, c) >= 0 {
				inner = strings.ReplaceAll(inner, string([]byte{c, c}), string(c))
			}
			return Token{Kind: TokenIdent, Quoted: true, Open: !closed, Text: inner, Start: i, End: j}, true
		case c == '[' && lx.Brackets:
			j := strings.IndexByte(s[i+1:], ']')
			if j < 0 {
				return Token{Kind: TokenIdent, Quoted: true, Open: true, Text: s[i+1:], Start: i, End: len(s)}, true
			}
			return Token{Kind: TokenIdent, Quoted: true, Text: s[i+1 : i+1+j], Start: i, End: i + 1 + j + 1}, true
		case c == '$' && lx.DollarQuotes && dollarTag(s[i:]) != "":
			tag := dollarTag(s[i:])
			j := strings.Index(s[i+len(tag):], tag)
			if j < 0 {
				return Token{Kind: TokenOther, Open: true, Start: i, End: len(s)}, true
			}
			return Token{Kind: TokenOther, Start: i, End: i + len(tag) + j + len(tag)}, true
		case isIdentStart(c) || c >= 0x80:
			j := i + 1
			for j < len(s) && (isIdentStart(s[j]) || s[j] >= 0x80 || (s[j] >= '0' && s[j] <= '9') || s[j] == '$') {
				j++
			}
			if j < len(s) && s[j] == '\'' {
				// A prefixed string: X'00' (blob), E'..', B'..', N'..';
				// U&'..' and U&".." are handled as the & and the quote.
				k, closed := skipQuoted(s, j, '\'')
				if lx.EscapeStrings && j-i == 1 && (c == 'e' || c == 'E') {
					k, closed = skipEscaped(s, j)
				}
				return Token{Kind: TokenOther, Open: !closed, Start: i, End: k}, true
			}
			return Token{Kind: TokenIdent, Text: s[i:j], Start: i, End: j}, true
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			j := i + 1
			for j < len(s) && (isIdentStart(s[j]) || (s[j] >= '0' && s[j] <= '9') || s[j] == '.' ||
				((s[j] == '-' || s[j] == '+') && (s[j-1] == 'e' || s[j-1] == 'E'))) {
				j++
			}
			return Token{Kind: TokenOther, Start: i, End: j}, true
		case c == ':' && i+1 < len(s) && s[i+1] == ':':
			return Token{Kind: TokenPunct, Text: "::", Start: i, End: i + 2}, true
		default:
			return Token{Kind: TokenPunct, Text: s[i : i+1], Start: i, End: i + 1}, true
		}
	}
	return Token{}, false
}

// skipQuoted returns the offset just past the quoted text opening at s[i]
// with quote q (a doubled quote stands for itself); ok is false when the
// text is unterminated (end is then len(s)).
func skipQuoted(s string, i int, q byte) (end int, ok bool) {
	for j := i + 1; j < len(s); j++ {
		if s[j] == q {
			if j+1 < len(s) && s[j+1] == q {
				j++
				continue
			}
			return j + 1, true
		}
	}
	return len(s), false
}

// skipEscaped returns the offset just past the E'...' string whose quote
// is s[i]; closed is false when it is unterminated (end is then len(s)).
func skipEscaped(s string, i int) (end int, closed bool) {
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '\'':
			if j+1 < len(s) && s[j+1] == '\'' {
				j++
				continue
			}
			return j + 1, true
		}
	}
	return len(s), false
}

func (lx Lexicon) skipComment(s string, i int) int {
	depth := 0
	for j := i; j < len(s); {
		switch {
		case strings.HasPrefix(s[j:], "/*") && (depth == 0 || lx.NestedComments):
			depth++
			j += 2
		case strings.HasPrefix(s[j:], "*/"):
			depth--
			j += 2
			if depth == 0 {
				return j
			}
		default:
			j++
		}
	}
	return len(s)
}

// dollarTag returns the opening $tag$ at the start of s, or "".
func dollarTag(s string) string {
	for j := 1; j < len(s); j++ {
		switch c := s[j]; {
		case c == '$':
			return s[:j+1]
		case isIdentStart(c) || c >= 0x80 || (j > 1 && c >= '0' && c <= '9'):
		default:
			return ""
		}
	}
	return ""
}

func asciiLowerIf(s string, fold bool) string {
	if fold {
		return asciiLower(s)
	}
	return s
}

// asciiLower lower-cases ASCII letters only, as both engines fold.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; 'A' <= c && c <= 'Z' {
					b[j] = c + ('a' - 'A')
				}
			}
			return string(b)
		}
	}
	return s
}
