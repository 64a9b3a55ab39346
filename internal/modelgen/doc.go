// Package modelgen writes Go model structs with `ferro` tags for a schema read
// from a live database, so that catalog.FromModels of the generated models
// equals the inspected schema (the parity invariant). It backs `ferro gen`.
//
// # What is generated
//
// One struct per table (a TableName method names the table), one field per
// column with its column name, type, default, key, index, unique, foreign
// key, generated key (autoincrement=) and enum written as `ferro` tag
// options where ferro's defaults describe them; a Constraints method
// (schema.Constraints) for every other name and shape the table has: a
// primary key named otherwise or in another order, a table without one,
// indexes of other names, orders, methods, predicates, descending or
// collated parts, foreign keys of other names (composite, deferrable,
// several on one column), checks of any expression, a partition key. One
// string type with a Values method per enum check of ferro's form; a
// Models variable listing every model, ready for catalog.FromModels and
// migrate.Run. The Go type of each column is the default Go type of its
// canonical type (docs/models.md): decimals are shopspring/decimal, UUIDs
// google/uuid, json json.RawMessage; a column of a type outside the
// vocabulary is kept as it is (type=unknown(<spelling>)), typed int64,
// float64, []byte or string by its spelling. Nullable columns are
// pointers, or database/sql null types with [NullSQL]. A partitioned
// table is one model, its partitions named in its comment; the views are
// listed in the file's header.
//
// # What cannot be generated
//
// What models cannot declare: expression indexes, generated columns,
// identity ALWAYS, MATCH FULL or NOT VALID foreign keys, non-literal
// defaults, WITHOUT ROWID, STRICT and unlogged tables, native enums no
// column uses or whose name EnumType() cannot return, names the tag grammar
// cannot carry. Each is reported as a [Problem] naming the table, the
// column or object, and what to do. [Generate] refuses (a *[ProblemsError])
// unless [Options.Partial] is set, in which case the code leaves those
// things out, says so in a comment at each place, and the problems are
// returned with the code: nothing is lost silently. (`ferro gen -partial`
// then writes the code only when a plan of it at every level changes
// nothing; see internal/command.)
//
// Before returning, Generate builds the schema its own code describes, the
// way FromModels will, and compares it with the live one through
// schema.Mismatches; a difference no Problem explains is an error. The
// tests compile the generated code and compare FromModels of it with
// Inspect on SQLite and PostgreSQL, for the adoption corpus too
// (tests.TestCorpus_adopt).
package modelgen
