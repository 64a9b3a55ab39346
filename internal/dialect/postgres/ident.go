package postgres

import "github.com/ferrosql/ferro/internal/dialect"

var _ dialect.IdentFolder = Dialect{}

// FoldIdent returns name unchanged: ferro quotes every identifier it
// writes, and PostgreSQL compares quoted identifiers byte for byte, so "x"
// and "X" are two columns. (Only unquoted identifiers are folded to lower
// case, and ferro writes none.)
func (Dialect) FoldIdent(name string) string { return name }
