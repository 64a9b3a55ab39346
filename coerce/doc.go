// Package coerce converts between Go values and what the SQLite (modernc)
// and PostgreSQL (pgx stdlib) drivers store and return, and scans rows into
// structs fast.
//
// The same column reaches Go in different shapes depending on the backend
// and on who wrote the row: a SQLite DECIMAL column returns int64(10) for
// one row and float64(1.5) for the next, Postgres returns numeric as text, a
// SQLite BOOLEAN is int64(1), a Postgres time of day is the string
// "10:11:12". coerce reads every one of those forms into the Go type you
// asked for, or fails with an [*Error] that names the column, the Go type
// and the value. It never falls back silently: NULL never becomes a zero
// value and a string that is not a member of an enum never becomes one.
// docs/coercion.md has the full table per backend.
//
// # Entry points
//
//   - [Into] wraps a destination for hand-written rows.Scan calls.
//   - [ScanAll] and [ScanOne] scan a result set into structs (or into a
//     single-value type), with the field rules of catalog.FromModels.
//   - [ScanRow] scans the one column of a *sql.Row (QueryRow) into a
//     single-value type.
//   - [ScanGroups] scans rows led by a group key into a map from key to
//     structs: the children of many parents read in one query.
//
// The write side is the ferro driver wrapper's own: it validates enums and
// writes decimals, maps and structs, and on SQLite times, UUIDs and slices,
// in one canonical form (docs/coercion.md has the table), and reports a
// value it cannot write as an [*Error] naming the argument.
//
// # Destination rules
//
// The rule for a destination type is chosen once per type, in this order:
//
//  1. time.Time: from time.Time; from text in every form SQLite tools write
//     (with a space or T, with or without fraction, with Z, ±07, ±0700 or
//     ±07:00, Go's time.Time.String form, a date alone, a time of day
//     alone); from int64 Unix seconds. The result is always UTC. A time of
//     day alone is its UTC clock time on 0000-01-01, an offset subtracted
//     modulo 24 hours (timetz 01:00:00+02 is 23:00:00); 24:00:00, the end
//     of the day, is 0000-01-02 00:00:00 and sorts after 23:59:59.
//     float64 is refused (Julian day and Unix seconds are indistinguishable).
//  2. Any [16]byte type (google/uuid.UUID, gofrs/uuid.UUID): from 36-char
//     hyphenated, 32-hex, braced or urn:uuid: text in either case, or 16 raw
//     bytes.
//  3. Nullable wrappers, a struct {V T; Valid bool} whose pointer implements
//     sql.Scanner (sql.Null[T], sql.NullString & co, decimal.NullDecimal,
//     uuid.NullUUID): NULL makes it invalid, anything else goes through T's
//     rule, so sql.Null[Status] checks membership and sql.NullTime parses
//     SQLite text.
//  4. Pointers *T: NULL makes it nil; anything else is stored in a new T
//     through T's rule.
//  5. Decimals, a struct type named Decimal whose pointer implements
//     encoding.TextUnmarshaler (shopspring/decimal, cockroachdb/apd,
//     govalues/decimal): from text and []byte as stored (scale kept:
//     "10.50" has two places), int64 as its digits, float64 in its shortest
//     round-trip form (strconv 'g', -1: REAL 1.5 is "1.5", never
//     1.50000000001).
//  6. Types whose pointer implements sql.Scanner: their Scan, given the
//     driver value unchanged (NULL included, as database/sql does).
//  7. String enums, a named string type with a method Values() []string
//     (ent's convention): from text; a value that is not in Values() fails
//     with [ErrNotMember]. Values() is called once per type.
//  8. Integer enums, a named integer type T with a method Values() []T:
//     from integers, digits, or (when T implements fmt.Stringer) a member's
//     String() name, so a Postgres native enum or a text column of names
//     reads into it; non-members fail with [ErrNotMember]. Both enum rules
//     are internal/model's (EnumOf), which the catalog reads too; Values()
//     of a string enum may also return []T.
//  9. Other types whose pointer implements encoding.TextUnmarshaler: as for
//     decimals.
//  10. Basic kinds: string (from text, []byte, and numbers, booleans and times
//     formatted as database/sql would), bool (bool; 0/1; 1/0, t/f,
//     true/false, y/n, yes/no, on/off in any case), signed and unsigned
//     integers (exact: no fractions, range checked), floats (int64 only when
//     exactly representable), []byte (a copy; NULL is nil, an empty value
//     is empty and non-nil), and any (the driver value, []byte copied).
//  11. Other slices (an array column, type=text[] and the like): from a
//     PostgreSQL array literal ({a,"b c",NULL}, what pgx returns for an
//     array through database/sql), each element through the element
//     type's rule, or from a JSON array (what ferro stores on SQLite);
//     NULL makes the slice nil, a NULL element needs a pointer element.
//
// A struct field tagged type=json (or jsonb, jsontext) whose type is not a string
// or []byte is decoded with encoding/json from text or bytes instead, as is
// an [Into] destination with [WithJSON]; NULL makes a pointer, map, slice or
// interface nil and is an error for anything else.
//
// Everything else is an error wrapping [ErrDestination], reported before
// the first row is read.
//
// # NULL
//
// NULL is a value only where Go has a way to say "no value": a pointer, a
// nullable wrapper, a []byte, map, slice or interface (nil), or a type whose
// own Scan accepts it. Into anything else it fails with [ErrNull], naming the
// column, so a NULL can never be mistaken for 0, "" or false.
//
// # Struct scanning
//
// [ScanAll] maps result columns to fields through internal/model, the same
// code catalog.FromModels uses, so column names, skipped fields and embedded
// structs can never disagree between the schema and the scanner. Columns
// with no field are ignored (unless [WithStrict]), so an older binary keeps
// working while a newer one adds columns; fields with no column are left
// alone. Relation fields (a field whose type is another model, or a slice
// of models tagged m2m) are not columns: no result column is ever scanned
// into one, and a key column such a field adds counts as known under
// [WithStrict]. The mapping from a (type, column list) to per-column decoders
// (field offsets and typed setters, no reflect.Value per row) is built once,
// cached and shared; it is keyed by the column list of each result set, so a
// schema change can never leave a stale plan behind.
//
// # Write side
//
// The ferro driver gives each value one canonical stored form (a time on
// SQLite is "2006-01-02 15:04:05.000000000Z" text in UTC, so text order is
// time order). On SQLite, keep exact decimals in a column with
// TEXT affinity: with NUMERIC affinity SQLite itself converts "1.50" to REAL
// 1.5 and keeps only 15 significant digits.
//
// # Concurrency
//
// Every function is safe for concurrent use. The Scanner returned by [Into]
// belongs to one goroutine. Caches (rules per type, plans per column list)
// live for the life of the process.
package coerce
