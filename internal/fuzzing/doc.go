// Package fuzzing holds fuzz targets for ferro's parsers whose own packages
// cannot host them cheaply. It has no code of its own, only tests.
//
// # Why a package of its own
//
// `go test -fuzz` instruments every package linked into the test binary and,
// on every input, clears, snapshots and compares the coverage counters of
// all of them. A package whose tests reach a real engine (coerce, catalog)
// links modernc.org/sqlite and pgx, whose counters outnumber the parser's a
// hundredfold, so each input cost a scan of ~130 KB of counters and fuzzing
// ran at a few thousand inputs a second (issue 13 item 13). This package's
// test binary links no database driver ([TestNoDriverLinked] fails if one
// creeps in), so a target here pays for the parser alone.
//
// The targets drive the parsers through their public entry points
// (coerce.Into for the text forms of times, UUIDs and decimals; the schema
// model's ParseType, NormalizeDefault and SplitLiteral for type spellings
// and default literals), with the same oracles as before: the standard
// library's time.Parse, google/uuid, shopspring/decimal.
//
// Measured on the shared 2-core machine, same run, one worker each
// (-parallel 1), 8 s per target: the time parser ran 542 and 6,074 inputs
// from the coerce test binary (131,841 counter bytes) against 31,835 and
// 115,033 from this one (14,920); FuzzRedact, once internal/sqltext's engine
// test moved to tests/, went from 1,210 and 439 to 17,868 and 11,611
// (124,347 -> 7,077 counter bytes). Counter bytes are the size of the
// binary's .go.fuzzcntrs section (readelf -S), built with
// `go test -c -fuzz Fuzz ./<pkg>`.
//
// Run one with, e.g.:
//
//	go test ./internal/fuzzing -run '^$' -fuzz '^FuzzTimeText$' -fuzztime 60s
package fuzzing
