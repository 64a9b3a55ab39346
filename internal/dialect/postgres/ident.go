package postgres

import "github.com/ferrosql/ferro/internal/dialect"

var _ dialect.IdentFolder = Dialect{}

// FoldIdent returns name unchanged: ferro quotes every identifier it
// writes, and PostgreSQL compares quoted identifiers byte for byte, so "x"
// and "X" are two columns. (Only unquoted identifiers are folded to lower
// case, and ferro writes none.)
func (Dialect) FoldIdent(name string) string { return name }

var _ dialect.ExprLexer = Dialect{}

// Lexicon returns how PostgreSQL spells identifiers in expressions:
// unquoted names fold to lower case, quoted ones are exact; strings may be
// dollar-quoted or E'...', and block comments nest.
func (Dialect) Lexicon() dialect.Lexicon {
	return dialect.Lexicon{DollarQuotes: true, EscapeStrings: true, NestedComments: true}
}
