package dialect

// TypeChangeSQL is how a dialect writes the data checks that decide whether
// every value of a column survives a change of its type. The migrator's
// conversion rules are shared; only these spellings and abilities differ.
type TypeChangeSQL struct {
	// CharLength is the function counting a text value's characters.
	CharLength string
	// NotInteger returns a predicate true when the floating-point column
	// col holds a value with a fractional part.
	NotInteger func(col string) string
	// LosesAsReal returns a predicate true when double column col holds a
	// value a 4-byte real cannot represent; nil when real and double share
	// one storage (nothing can be lost).
	LosesAsReal func(col string) string
	// ExactNumeric reports that numeric(p,s) columns hold exact decimals the
	// engine can compare and round, so changes between integer and numeric
	// types can be checked.
	ExactNumeric bool
	// ZoneNotUTC is a predicate true when the session time zone is not UTC
	// (timestamp <-> timestamptz conversions are exact only in UTC); empty
	// when the dialect cannot make that conversion.
	ZoneNotUTC string
}
