// Package model is the one implementation of ferro's struct rules: how a Go
// struct type maps to a table, and each of its fields to a column. Both the
// schema builder (catalog.FromModels) and the struct scanner (coerce.ScanAll)
// read structs through [Of], so the two can never disagree about a column
// name, a skipped field or nullability.
//
// The package imports nothing of ferro's own, so every other package may
// import it.
//
// # Tag grammar
//
// A field's `ferro` tag is a comma-separated list, in the style of
// encoding/json:
//
//	`ferro:"<name>,<option>,<option>=<value>,..."`
//
// The first element is the column name (may be empty). The tag "-" skips the
// field. Options are:
//
//	pk                  part of the primary key (several fields: composite key)
//	autoincrement       the database generates the values; =false: it does not;
//	                    =monotonic: generated, ids never given twice (SQLite AUTOINCREMENT)
//	unique              single-column unique constraint
//	unique=<group>      fields sharing a group form one composite unique, in field order
//	index               single-column index
//	index=<group>       fields sharing a group form one composite index, in field order
//	type=<type>         column type from the catalog vocabulary, e.g. varchar(32), numeric(12,2)
//	default=<literal>   SQL literal used as column default, e.g. 'draft', 0, true
//	fk=<table>.<column> foreign key
//	on_delete=<action>  foreign key action: cascade, restrict, set null, set default, no action
//	on_update=<action>  as on_delete
//	deferrable          the foreign key is DEFERRABLE
//	initially_deferred  the foreign key is DEFERRABLE INITIALLY DEFERRED
//	nullable            the column accepts NULL even though the Go type is not nullable
//	renamed_from=a|b    earlier names of the column: the migrator renames a live
//	                    column of such a name instead of adding this one (may repeat)
//	m2m, m2m=<table>    on a slice of models: a many-to-many relation (see Relations)
//	fk_column=<column>  on a relation field: the key column to use or add
//
// `ferro:"m2m"` and `ferro:"m2m=<table>"` read m2m as the option, not as a
// column name.
//
// Commas inside parentheses or single-quoted SQL strings do not split options,
// so `type=numeric(12,2)` and `default='a,b'` work. Whitespace around elements
// is ignored. Each option may appear once (`index` and `index=<group>` are
// two options, so a field can have its own index and be part of a composite
// one; likewise `unique` and `unique=<group>`); an unknown option, a missing
// or unexpected value, an unknown action, or an fk that is not
// "table.column" is an error naming the option ([ParseTag]); so is
// on_delete/on_update, deferrable or initially_deferred on a column field
// without fk ([Of], which knows relation fields).
// The type= value and the default= literal are kept verbatim here; the catalog
// validates them.
//
// # Column and table names
//
// Column name: the tag's name; if empty, the name in the `db` tag (sqlx
// convention, where `db:"-"` also skips the field); else [SnakeCase] of the Go
// field name. Table name: the result of a `TableName() string` method (value
// or pointer receiver), else SnakeCase of the type name.
//
// # Fields that become columns
//
// Unexported fields are ignored. Embedded structs (by value or by pointer)
// are flattened into the outer struct, recursively, unless they carry a tag
// name (then they are one column, like any named field) or are a leaf type.
// Leaf types are never flattened: time.Time, every struct type implementing
// database/sql.Scanner (pointer receiver) or database/sql/driver.Valuer, and
// the nullable wrappers below. A flattened embedded struct's tag may be empty
// or "-" only.
//
// Name collisions follow Go's field promotion (and encoding/json): a column
// from a shallower struct hides one with the same name from a deeper embedded
// struct, so an outer `ID` overrides `Base.ID`. Two columns with the same name
// at the same depth are an error.
//
// # Relations
//
// A non-embedded exported field whose type is a model type ([IsModelType]:
// a named struct that is neither a leaf nor a nullable wrapper), or a
// pointer to one, is a belongs-to [Relation] unless its tag has type=
// (then it is a column, e.g. type=json). A slice of a model type (or of
// pointers to one) tagged m2m is a many-to-many relation. Relations are
// listed in [Struct.Relations], never in [Struct.Fields], so no scanner
// fills them. [Struct.Keys] and [Struct.Join] resolve their key columns and
// join table, for catalog.FromModels and package relation alike.
//
// # Nullability
//
// A field is nullable when its type is a pointer (*T, whose value type is T),
// a nullable wrapper, or its tag has `nullable`. Nullable wrappers are the
// database/sql Null types (sql.NullString ..., sql.Null[T]), and any struct
// of exactly two fields whose second field is `Valid bool` and whose pointer
// implements sql.Scanner (shopspring decimal.NullDecimal, google uuid.NullUUID,
// user types of the same shape); their value type is the first field's type.
//
// # Concurrency
//
// [Of] caches its result per type; it and every function here are safe for
// concurrent use. A returned [*Struct] is shared and must not be modified.
package model
