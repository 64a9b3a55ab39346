package postgres

// Introspection and the migrator's own reads pass pgx's query mode as
// their first argument, so that pgx prepares and caches nothing for them
// (docs/architecture.md, invariant 9): QueryExecModeExec for queries with
// arguments, the simple protocol for one without. The values must be
// pgx's own, yet this package links no driver, so that fuzzing its parsers
// pays for them alone (issue 13 item 13): the engine package, which links
// pgx and registers the engine, hands them over from its init.
var queryModes struct{ exec, simple any }

// SetQueryModes records pgx.QueryExecModeExec and
// pgx.QueryExecModeSimpleProtocol. The engine package calls it once, from
// init, before anything can look the engine up.
func SetQueryModes(exec, simple any) { queryModes.exec, queryModes.simple = exec, simple }

// execMode is pgx.QueryExecModeExec.
func execMode() any { return modeOrPanic(queryModes.exec) }

// simpleProtocol is pgx.QueryExecModeSimpleProtocol.
func simpleProtocol() any { return modeOrPanic(queryModes.simple) }

func modeOrPanic(m any) any {
	if m == nil {
		panic("ferro: internal/dialect/postgres is used without its engine package (internal/dialect/postgres/engine, imported by internal/dialect/all), which provides pgx's query modes")
	}
	return m
}
