// Package relation reads and writes the join rows of many-to-many relations
// declared on models (`Tags []Tag `ferro:"m2m"“, see docs/models.md,
// "Relations"). It is a few set-based helpers, not an ORM: it never loads or
// saves the models themselves.
//
//	relation.Link(ctx, db, invoice, red, blue)                         // INSERT ... ON CONFLICT DO NOTHING
//	relation.Unlink(ctx, db, invoice, blue)                            // DELETE ... WHERE ... IN (...)
//	tags, err := relation.Load[int64, Invoice, Tag](ctx, db, invoices) // one query: map[invoice id][]Tag
//
// db is a *sql.DB, *sql.Conn or *sql.Tx ([schema.ExecQuerier], the one
// query interface of ferro's packages).
//
// # Type parameters
//
// Every generic name of the package takes its type parameters in one
// order: the key of the result first (K, the Go type of the source's
// primary key, for [Load] and [LoadVia]), then the source model S, then
// the target model T, the direction the relation reads: M2M[S, T],
// Via[S, T], Link[S, T], Unlink[S, T], Load[K, S, T], LoadVia[K, S, T].
// Go infers trailing ones from the arguments, so a call spells none for
// Link and Unlink, K alone for LoadVia (S and T come from the relation),
// and all three for Load (neither K nor T is in its arguments, and S comes
// before T).
//
// # Which relation
//
// The functions pick the only many-to-many field of the source type S whose
// elements are of type T. When S has several, name one with [Via]:
//
//	featured := relation.Via[Invoice, Tag]("Featured")
//	featured.Link(ctx, db, invoice, red)
//	m, err := relation.LoadVia[int64](ctx, db, featured, invoices)
//
// The join table and its columns are resolved by internal/model, the same
// code catalog.FromModels uses to create the table, so the two cannot
// disagree.
//
// # SQL
//
// Statements use ON CONFLICT DO NOTHING and row values, which both
// PostgreSQL and SQLite accept, so no dialect is probed and no extra query
// is sent. Placeholders are $1, $2 ..., which both accept too, except on a
// *sql.DB whose driver is known to be SQLite (modernc.org/sqlite or
// ferro-sqlite, recognised without a query): SQLite looks up each $N by name
// at a cost that grows with their number, so there a long IN list uses ?.
// A call needing more than [MaxParams] bind parameters is split into
// several statements; pass a *sql.Tx to make such a call atomic.
//
// # Concurrency
//
// Everything here is safe for concurrent use; the plan of each (S, T, field)
// is built once and cached.
package relation
