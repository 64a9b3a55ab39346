// Package schema is ferro's model of a database schema and of the changes
// between two schemas: plain data with methods, shared by every other
// package. [catalog.FromModels] builds a [Schema] from Go structs and
// [catalog.Inspect] reads one from a live database in the same form;
// package migrate compares the two with [Diff] and plans typed [Change]
// values, which each engine renders into SQL. This package reads no
// database and knows no engine.
//
// # The model
//
// A [Schema] holds [Table] values; a table holds [Column] values in
// declaration (live: ordinal) order and its [PrimaryKey], [Index],
// [ForeignKey] and [Check] values sorted by name, so two schemas that
// describe the same database compare equal whatever order they were built
// in. Every column has a canonical [Type] from one vocabulary
// ([ParseType]): text, varchar(n), varchar (unbounded), char(n), smallint,
// int, bigint, real, double, numeric(p,s) (and unconstrained numeric),
// boolean, bytes, uuid, date, time, timestamp, timestamptz (the last three
// with a precision, timestamp(3)), json (PostgreSQL jsonb), jsontext
// (PostgreSQL json), an array of any of them but bytes and the json types
// (text[]), and [Unknown] for a live spelling outside the vocabulary,
// which never equals a known type. Types compare with ==; tables and
// schemas with their Equal methods; [Diff] is the one comparison of two
// schemas, and [Mismatches] says in words what differs. Native enum types
// (PostgreSQL) are [Enum] values of the schema.
//
// # Changes
//
// A [Change] is one schema change ([AddTable], [AddColumn],
// [RenameColumn], [AlterType], [AddIndex], [AddForeignKey],
// [RebuildTable] ...; the set is closed). Each knows its Inverse, the data
// applying it loses for good (Loss), and the data checks it needs
// ([Guards]): a [Guard] selects the rows that would not survive it, and
// [Convert] is the rule that decides which type changes keep every value.
// Changes name tables and columns; the objects they carry are shared with
// the plan they came from and must not be modified.
//
// # Engines
//
// [Dialect] names an engine ([SQLite], [Postgres]) in every package's API:
// catalog.Detect returns one, catalog.Render and catalog.ForDialect take
// one, ferro.WithDialect chooses one. This package knows no engine beyond
// those names.
//
// # Concurrency
//
// The model is plain data: values are not safe for concurrent mutation,
// and may be read concurrently. Functions are safe for concurrent use.
package schema
