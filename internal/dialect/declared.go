package dialect

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// What a model may write in SQL of its own: a check's expression, a
// partial index's predicate, a column type outside the vocabulary
// (type=unknown(...)). ferro renders them verbatim inside its DDL, so each
// is held to a shape that cannot leave the place it is written in: an
// expression stays inside the parentheses of CHECK (...) or after WHERE
// and ends the statement nowhere; a type spelling is a type name and
// nothing else of a column definition. Both engines read them; the
// engine's own errors say what else is wrong.

// CheckExpression reports why s cannot stand as one SQL expression in a
// CHECK (s) or WHERE s that ferro renders, or nil: it must not be empty,
// its parentheses must balance without closing one it did not open, and
// outside its quoted strings and identifiers it must hold no statement
// separator (;), no comment (-- or /*), no parameter or dollar quote ($),
// no backslash (an escape string's quote could hide one), no backtick
// (SQLite's quote), and brackets only as PostgreSQL's arrays and
// subscripts holding nothing that SQLite, which reads [...] as a quoted
// name, would read otherwise. Each engine's own lexer then reads the
// expression as this does (FuzzCheckExpression holds CheckExpression to
// both).
func CheckExpression(s string) error {
	if strings.TrimSpace(s) == "" {
		return fmt.Errorf("the expression is empty")
	}
	if strings.ContainsRune(s, 0) || !utf8.ValidString(s) {
		return fmt.Errorf("the expression %q contains NUL or invalid UTF-8", s)
	}
	depth := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\'', '"':
			j := closingQuote(s, i)
			if j < 0 {
				return fmt.Errorf("the expression %q has an unterminated %c", s, c)
			}
			i = j
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return fmt.Errorf("the expression %q closes a parenthesis it did not open", s)
			}
			depth--
		case '[':
			// PostgreSQL's arrays and subscripts; SQLite reads [...] as a
			// quoted name, so what the brackets hold must read the same
			// either way: nothing that quotes, nests or ends anything.
			j := strings.IndexByte(s[i:], ']')
			if !arrayBracket(s, i) || j < 0 || strings.ContainsAny(s[i+1:i+j], "'\"`[();$\\-/") {
				return fmt.Errorf("the expression %q holds a bracket ferro cannot tell is an array subscript on every engine; write it without", s)
			}
			i += j
		case ';', '$', '\\', '`', ']':
			return fmt.Errorf("the expression %q holds %q outside a string; write it without", s, c)
		case '-', '/':
			if i+1 < len(s) && (c == '-' && s[i+1] == '-' || c == '/' && s[i+1] == '*') {
				return fmt.Errorf("the expression %q holds a comment; write it without", s)
			}
		}
	}
	if depth != 0 {
		return fmt.Errorf("the expression %q leaves a parenthesis open", s)
	}
	return nil
}

// closingQuote returns the index of the quote closing the one at s[i]
// (a doubled quote stands for one), or -1. A backslash inside a string is
// refused: in a PostgreSQL escape string (E'...') it escapes a quote.
func closingQuote(s string, i int) int {
	q := s[i]
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			if q == '\'' {
				return -1
			}
		case q:
			if j+1 < len(s) && s[j+1] == q {
				j++
				continue
			}
			return j
		}
	}
	return -1
}

// arrayBracket reports whether the bracket at s[i] is PostgreSQL's array
// syntax: ARRAY[...], an element or slice subscript after an identifier or
// ")", or "[]" of a cast's type.
func arrayBracket(s string, i int) bool {
	if s[i] == ']' {
		return true // an unbalanced ] cannot end anything: the [ is checked
	}
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == 0 {
		return false
	}
	p := s[j-1]
	return p == ')' || p == ']' || p == '_' || p == '"' || 'a' <= p && p <= 'z' || 'A' <= p && p <= 'Z' || '0' <= p && p <= '9'
}

// typeStopWords are words of a column definition that are not part of a
// type name: a spelling holding one would declare more than the type.
var typeStopWords = map[string]bool{
	"NOT": true, "NULL": true, "DEFAULT": true, "CHECK": true, "REFERENCES": true, "PRIMARY": true, "KEY": true,
	"UNIQUE": true, "COLLATE": true, "GENERATED": true, "CONSTRAINT": true, "AS": true, "ON": true,
	"AUTOINCREMENT": true, "IDENTITY": true, "ALWAYS": true, "STORED": true, "VIRTUAL": true, "HIDDEN": true,
}

// CheckTypeSpelling reports why s cannot be rendered as a column's type
// (a type outside ferro's vocabulary that a model keeps, type=unknown(s)),
// or nil. It must be what the engine's catalog prints for a type (empty
// for a SQLite column declared without one): words
// (letters, digits, _ and $, not starting with a digit), double-quoted
// names and dots between them (a schema-qualified type), separated by
// single blanks, with parenthesised lists of numbers ("(8)", "(12, 2)")
// and "[]" after a word; no word of a column definition that is not a
// type's (NOT, NULL, DEFAULT, CHECK, REFERENCES, COLLATE ...).
func CheckTypeSpelling(s string) error {
	bad := func(why string) error {
		return fmt.Errorf("type spelling %q %s; write the type as the engine prints it (ferro inspect shows it)", s, why)
	}
	if s == "" {
		return nil // a SQLite column declared without a type
	}
	if strings.TrimSpace(s) != s || strings.Contains(s, "  ") {
		return bad("has blanks at either end or two in a row")
	}
	if strings.ContainsRune(s, 0) || !utf8.ValidString(s) {
		return bad("contains NUL or invalid UTF-8")
	}
	prevWord := false // the last item was a name (a word or quoted name)
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
			prevWord = false
		case c == '"':
			j := closingQuote(s, i)
			if j < 0 {
				return bad("has an unterminated quote")
			}
			i, prevWord = j+1, true
		case c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80:
			j := i
			for j < len(s) && (s[j] == '_' || s[j] == '$' || 'a' <= s[j] && s[j] <= 'z' || 'A' <= s[j] && s[j] <= 'Z' || '0' <= s[j] && s[j] <= '9' || s[j] >= 0x80) {
				j++
			}
			if typeStopWords[strings.ToUpper(s[i:j])] {
				return bad("holds " + strings.ToUpper(s[i:j]) + ", which is not part of a type name")
			}
			i, prevWord = j, true
		case c == '.':
			if !prevWord || i+1 >= len(s) || s[i+1] == ' ' {
				return bad("has a dot that does not join two names")
			}
			i, prevWord = i+1, false
		case c == '(':
			j := strings.IndexByte(s[i:], ')')
			if j < 0 || !numberList(s[i+1:i+j]) {
				return bad("has a parenthesis that is not a list of numbers")
			}
			i, prevWord = i+j+1, true
		case c == '[':
			if !strings.HasPrefix(s[i:], "[]") || !prevWord {
				return bad(`has a "[" that is not "[]" after a name`)
			}
			i += 2
		default:
			return bad(fmt.Sprintf("holds %q", c))
		}
	}
	return nil
}

// numberList reports whether s is a comma-separated list of unsigned
// integers (blanks allowed around them).
func numberList(s string) bool {
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			return false
		}
		for i := 0; i < len(p); i++ {
			if p[i] < '0' || p[i] > '9' {
				return false
			}
		}
	}
	return true
}
