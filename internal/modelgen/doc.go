// Package modelgen writes Go model structs with `ferro` tags for a schema read
// from a live database, so that catalog.FromModels of the generated models
// equals the inspected schema (the parity invariant). It backs `ferro gen`.
//
// # What is generated
//
// One struct per table (a TableName method names the table), one field per
// column with its column name, type, default, key, index, unique, foreign
// key and enum written as `ferro` tag options; one string type with a
// Values method per enum check; and a Models variable listing every model,
// ready for catalog.FromModels and migrate.Run. The Go type of each column
// is the default Go type of its canonical type (docs/models.md): decimals
// are shopspring/decimal, UUIDs google/uuid, json json.RawMessage. Nullable
// columns are pointers, or database/sql null types with [NullSQL].
//
// # What cannot be generated
//
// Not every live schema can be described by tags: types outside ferro's
// vocabulary (unknown(...)), constraint and index names other than the ones
// FromModels generates, composite foreign keys, checks that are not enum
// lists, partial or expression indexes, non-literal defaults, identity or
// rowid aliasing that differs from ferro's rule, views. Each is reported as
// a [Problem] naming the table, the column or object, and what to do.
// [Generate] refuses (a *[ProblemsError]) unless [Options.Partial] is set, in
// which case the code leaves those things out, says so in a comment at each
// place, and the problems are returned with the code: nothing is lost
// silently.
//
// Before returning, Generate builds the schema its own code describes, the
// way FromModels will, and compares it with the live one through
// schema.Mismatches; a difference no Problem explains is an error. The
// tests compile the generated code and compare FromModels of it with
// Inspect on SQLite and PostgreSQL.
package modelgen
