package dialect

// IdentFolder is implemented by every dialect: it says when the engine takes
// two identifiers for one name. FoldIdent returns the key under which the
// engine compares name; two names with equal keys are the same table,
// column or index to the engine, however ferro spells them. Package catalog
// uses it to refuse a schema the engine could not create (two columns "x"
// and "X" on SQLite) before any statement runs.
type IdentFolder interface {
	FoldIdent(name string) string
}
