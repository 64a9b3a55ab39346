package dialect

import (
	"strings"

	"github.com/ferrosql/ferro/schema"
)

// embedded double quotes doubled. Any string is safe to splice into SQL
// after Quote.
func Quote(ident string) string {
	return `"` + strings.ReplaceAll(ident, `"`, `""`) + `"`
}

// QuoteString renders s as a SQL string literal (” for embedded quotes).
func QuoteString(s string) string {
	return "'" + strings.ReplaceAll(s, "'", "''") + "'"
}

// NormalizeDefault puts a column default in the form the model stores, so a
// default written in a tag and the same default read back from either engine
// compare equal. For a literal, optionally wrapped in parentheses and
// followed by Postgres casts ('draft'::text, '-1'::integer, ('x')), it
// returns the bare literal: a quoted number becomes the number on numeric
// columns, 't'/'true' becomes true on boolean columns, keywords are upper
// case (CURRENT_TIMESTAMP), boolean words lower case (true), NULL becomes ""
// (no default), and a call without arguments is its lower-case name and ()
// (NOW ( ) becomes now()).
// Anything else is returned trimmed and otherwise verbatim.
func NormalizeDefault(expr string, t schema.Type) string {
	s := strings.TrimSpace(expr)
	for len(s) >= 2 && s[0] == '(' && matchingParen(s) == len(s)-1 {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	lit, rest := splitLiteral(s)
	if lit == "" {
		return s
	}
	for rest != "" {
		if !strings.HasPrefix(rest, "::") {
			return s
		}
		rest = strings.TrimSpace(rest[2:])
		i := castEnd(rest)
		if i == 0 {
			return s
		}
		rest = strings.TrimSpace(rest[i:])
	}
	for len(lit) >= 2 && lit[0] == '(' && matchingParen(lit) == len(lit)-1 {
		lit = strings.TrimSpace(lit[1 : len(lit)-1])
	}
	switch up := strings.ToUpper(lit); {
	case up == "NULL":
		return ""
	case up == "TRUE" || up == "FALSE":
		return strings.ToLower(lit)
	case up == "CURRENT_TIMESTAMP" || up == "CURRENT_DATE" || up == "CURRENT_TIME" || up == "LOCALTIMESTAMP" || up == "LOCALTIME":
		return up
	case isIdentStart(lit[0]) && strings.HasSuffix(lit, ")"):
		// A call without arguments (splitLiteral), written with or
		// without blanks: "now ()" is the call the engines store as now().
		i := 1
		for i < len(lit) && (isIdentStart(lit[i]) || (lit[i] >= '0' && lit[i] <= '9')) {
			i++
		}
		return strings.ToLower(lit[:i]) + "()"
	case lit[0] == '\'' && !t.Array: // an array literal is text on both engines
		inner := strings.ReplaceAll(lit[1:len(lit)-1], "''", "'")
		switch {
		case t.Kind.IsInteger() || t.Kind == schema.KindNumeric || t.Kind == schema.KindReal || t.Kind == schema.KindDouble:
			if isNumber(inner) {
				return inner
			}
		case t.Kind == schema.KindBoolean:
			switch strings.ToLower(strings.TrimSpace(inner)) {
			case "t", "true", "y", "yes", "on", "1":
				return "true"
			case "f", "false", "n", "no", "off", "0":
				return "false"
			}
		}
	}
	return lit
}

// splitLiteral splits s into a leading literal (string, number, keyword,
// zero-argument call, or parenthesised literal) and the rest; lit is empty
// when s does not start with one.
func splitLiteral(s string) (lit, rest string) {
	if s == "" {
		return "", ""
	}
	switch c := s[0]; {
	case c == '\'':
		for i := 1; i < len(s); i++ {
			if s[i] == '\'' {
				if i+1 < len(s) && s[i+1] == '\'' {
					i++
					continue
				}
				return s[:i+1], strings.TrimSpace(s[i+1:])
			}
		}
		return "", ""
	case c == '(':
		j := matchingParen(s)
		if j < 0 {
			return "", ""
		}
		inner, r := splitLiteral(strings.TrimSpace(s[1:j]))
		if inner == "" || r != "" {
			return "", ""
		}
		return s[:j+1], strings.TrimSpace(s[j+1:])
	case c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'):
		i := 1
		for i < len(s) {
			d := s[i]
			if (d >= '0' && d <= '9') || d == '.' || d == 'e' || d == 'E' ||
				((d == '-' || d == '+') && (s[i-1] == 'e' || s[i-1] == 'E')) {
				i++
				continue
			}
			break
		}
		if !isNumber(s[:i]) {
			return "", ""
		}
		return s[:i], strings.TrimSpace(s[i:])
	case isIdentStart(c):
		i := 1
		for i < len(s) && (isIdentStart(s[i]) || (s[i] >= '0' && s[i] <= '9')) {
			i++
		}
		word := s[:i]
		if j := skipBlanks(s, i); j < len(s) && s[j] == '(' {
			k := skipBlanks(s, j+1)
			if k == len(s) || s[k] != ')' {
				return "", ""
			}
			// The call as written, blanks included: a cut of s.
			return s[:k+1], strings.TrimSpace(s[k+1:])
		}
		switch strings.ToUpper(word) {
		case "NULL", "TRUE", "FALSE", "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIMESTAMP", "LOCALTIME":
			return word, strings.TrimSpace(s[i:])
		}
	}
	return "", ""
}

// skipBlanks returns the index of the first byte of s from i on that is not
// whitespace to SQL (space, tab, newline, carriage return, form feed,
// vertical tab: what both engines' lexers skip), or len(s).
func skipBlanks(s string, i int) int {
	for i < len(s) && strings.IndexByte(" \t\n\r\f\v", s[i]) >= 0 {
		i++
	}
	return i
}

// castEnd returns the length of a Postgres type name at the start of s
// (letters, digits, blanks, underscores, dots, a parameter list and []),
// stopping before the next "::".
func castEnd(s string) int {
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case isIdentStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '"' || c == '[' || c == ']':
			i++
		case c == ' ':
			if strings.HasPrefix(s[i:], " ::") {
				return i
			}
			i++
		case c == '(':
			j := matchingParen(s[i:])
			if j < 0 {
				return 0
			}
			i += j + 1
		case c == ':':
			return i
		default:
			return 0
		}
	}
	return i
}

func isIdentStart(c byte) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

// matchingParen returns the index of the ')' closing the '(' at s[0],
// skipping quoted strings, or -1.
func matchingParen(s string) int {
	depth := 0
	inQuote := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inQuote:
			if c == '\'' {
				inQuote = false
			}
		case c == '\'':
			inQuote = true
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// isNumber reports whether s is a plain SQL numeric literal: optional sign,
// digits with an optional fraction, optional exponent.
func isNumber(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	if s == "" {
		return false
	}
	mant, exp, hasExp := strings.Cut(strings.ToLower(s), "e")
	ip, fp, _ := strings.Cut(mant, ".")
	if ip == "" && fp == "" || !digits(ip) || !digits(fp) {
		return false
	}
	if hasExp {
		exp = strings.TrimPrefix(strings.TrimPrefix(exp, "-"), "+")
		return exp != "" && digits(exp)
	}
	return true
}

func digits(s string) bool { return strings.Trim(s, "0123456789") == "" }

// SplitLiteral splits expr into a leading SQL literal (a quoted string, a
// number, NULL/TRUE/FALSE, a CURRENT_* keyword, a call without arguments,
// or one of these in parentheses) and the trimmed rest; lit is empty when
// expr does not start with one. It is a cut: lit is expr's text as written
// (blanks inside a call included, "now ()"), and expr trimmed is lit
// followed by blanks and rest. NormalizeDefault puts lit in canonical form.
func SplitLiteral(expr string) (lit, rest string) { return splitLiteral(strings.TrimSpace(expr)) }
