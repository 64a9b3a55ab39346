package sqlite

import "github.com/ferrosql/ferro/internal/dialect"

var _ dialect.IdentFolder = Dialect{}

// FoldIdent returns name with ASCII letters in lower case: SQLite compares
// identifiers, quoted or not, case-insensitively for ASCII letters only
// (sqlite3StrICmp), so "x" and "X" are one column while "é" and "É" are
// two.
func (Dialect) FoldIdent(name string) string {
	for i := 0; i < len(name); i++ {
		if c := name[i]; 'A' <= c && c <= 'Z' {
			b := []byte(name)
			for j := i; j < len(b); j++ {
				if c := b[j]; 'A' <= c && c <= 'Z' {
					b[j] = c + ('a' - 'A')
				}
			}
			return string(b)
		}
	}
	return name
}

var _ dialect.ExprLexer = Dialect{}

// Lexicon returns how SQLite spells identifiers in expressions: "x", `x`
// and [x] quote, and every spelling compares ASCII-case-insensitively.
func (Dialect) Lexicon() dialect.Lexicon {
	return dialect.Lexicon{FoldQuoted: true, Backticks: true, Brackets: true}
}
