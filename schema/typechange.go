package schema

import "strconv"

// TypeChangeSQL is how a dialect writes the data checks that decide whether
// every value of a column survives a change of its type. The conversion
// rules (Convert) are shared; only these spellings and abilities differ.
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
	// Rounds returns a predicate true when the value of column col
	// changes when cast to the time type to, which keeps fewer
	// fractional-second digits (the cast rounds); nil when the precision
	// of a time type is cosmetic (it never narrows a value).
	Rounds func(col string, to Type) string
	// NotJSONB returns a predicate true when the jsontext value of column
	// col cannot become json (PostgreSQL jsonb refuses a \u0000 escape in
	// a string); nil when the dialect cannot make that conversion.
	NotJSONB func(col string) string
	// SameStorage reports whether a model of one type matches a live
	// column of the other without DDL because the engine stores both
	// identically (SQLite: a TEXT-affinity spelling outside the vocabulary
	// such as NVARCHAR(100) and text). nil: only equal types match.
	// (PostgreSQL's binary-compatible pairs, text and varchar, are
	// planned as ALTER TYPE, which rewrites nothing.)
	SameStorage func(a, b Type) bool
	// ToUUID reports whether a column of type from becomes uuid by a
	// checked change, and returns the predicate (over the quoted column q)
	// selecting the non-null values that would not survive it: on an
	// engine whose uuid is text it checks (SQLite), a column holding text
	// becomes uuid once every value is UUID text. nil: only a column
	// already of type uuid is one (PostgreSQL, where uuid is a type of its
	// own and the conversion is a hand-written USING).
	ToUUID func(q string, from Type) (pred string, ok bool)
}

// anyEngine has every ability: a change it refuses is refused everywhere.
// Inverses are decided with it, before a dialect is known.
var anyEngine = TypeChangeSQL{
	CharLength: "char_length", NotInteger: func(c string) string { return c },
	LosesAsReal: func(c string) string { return c }, ExactNumeric: true, ZoneNotUTC: "true",
	Rounds: func(c string, _ Type) string { return c }, NotJSONB: func(c string) string { return c },
}

// ConvKind classifies a change of column type.
type ConvKind uint8

// The conversion kinds.
const (
	// ConvRefused: no safe conversion; the change needs a hand-written
	// migration.
	ConvRefused ConvKind = iota
	// ConvWiden: every value survives, nothing to check.
	ConvWiden
	// ConvCheck: every value survives iff no row matches LossPredicate.
	ConvCheck
	// ConvSame: the engine stores both types identically
	// (TypeChangeSQL.SameStorage); no DDL is needed, the live spelling
	// stays.
	ConvSame
)

// intRange is the value range of the integer types, digits the decimal
// digits they need.
var intRange = map[Kind]struct {
	lo, hi string
	digits int
}{
	KindSmallint: {"-32768", "32767", 5},
	KindInt:      {"-2147483648", "2147483647", 10},
	KindBigint:   {"-9223372036854775808", "9223372036854775807", 19},
}

// Convert decides how a column may go from type from to type to with the
// abilities of tc, and for ConvCheck returns the predicate (over the quoted
// column q) that selects the non-null values that would not survive.
// Predicates never apply a function that can overflow (abs of the
// smallest bigint fails on both engines): ranges are written as NOT
// BETWEEN.
func Convert(tc TypeChangeSQL, q string, from, to Type) (ConvKind, string) {
	if from == to {
		return ConvWiden, ""
	}
	if tc.SameStorage != nil && tc.SameStorage(from, to) {
		return ConvSame, ""
	}
	if to.Kind == KindUUID && !to.Array && tc.ToUUID != nil {
		if pred, ok := tc.ToUUID(q, from); ok {
			return ConvCheck, pred
		}
	}
	if from.Kind == KindUnknown || to.Kind == KindUnknown || from.Declared() != "" || to.Declared() != "" {
		return ConvRefused, ""
	}
	if from.Array || to.Array {
		// An array changes only to an array whose every element survives
		// without a check (int[] -> bigint[], varchar(8)[] -> text[]).
		if from.Array && to.Array {
			if k, _ := Convert(tc, q, from.Elem(), to.Elem()); k == ConvWiden {
				return ConvWiden, ""
			}
		}
		return ConvRefused, ""
	}
	fk, tk := from.Kind, to.Kind
	isFloat := func(k Kind) bool { return k == KindReal || k == KindDouble }
	outside := func(lim string) string { return q + " NOT BETWEEN -" + lim + " AND " + lim }
	switch {
	case fk.IsInteger() && tk.IsInteger():
		if intRange[tk].digits >= intRange[fk].digits {
			return ConvWiden, ""
		}
		r := intRange[tk]
		return ConvCheck, q + " NOT BETWEEN " + r.lo + " AND " + r.hi
	case fk.IsInteger() && tk == KindDouble:
		if fk == KindBigint {
			return ConvCheck, outside("9007199254740992")
		}
		return ConvWiden, ""
	case fk.IsInteger() && tk == KindReal:
		if fk == KindSmallint {
			return ConvWiden, ""
		}
		return ConvCheck, outside("16777216")
	case fk == KindReal && tk == KindDouble:
		return ConvWiden, ""
	case fk == KindDouble && tk == KindReal:
		if tc.LosesAsReal == nil {
			return ConvWiden, "" // one storage for both
		}
		return ConvCheck, tc.LosesAsReal(q)
	case isFloat(fk) && tk.IsInteger():
		r := intRange[tk]
		return ConvCheck, "(" + tc.NotInteger(q) + " OR " + q + " NOT BETWEEN " + r.lo + " AND " + r.hi + ")"
	case fk == KindVarchar && tk == KindText:
		return ConvWiden, ""
	case (fk == KindText || fk == KindVarchar) && tk == KindVarchar && to.Length == 0:
		return ConvWiden, "" // varchar without a length is unbounded
	case (fk == KindText || fk == KindVarchar) && tk == KindVarchar:
		if fk == KindVarchar && from.Length > 0 && to.Length >= from.Length {
			return ConvWiden, ""
		}
		return ConvCheck, tc.CharLength + "(" + q + ") > " + strconv.Itoa(to.Length)
	case tc.ExactNumeric && fk.IsInteger() && tk == KindNumeric && to.Precision > 0:
		if to.Precision-to.Scale >= intRange[fk].digits {
			return ConvWiden, ""
		}
		return ConvCheck, outsideDecimal(q, to.Precision-to.Scale)
	case tc.ExactNumeric && fk == KindNumeric && tk == KindNumeric && from.Precision > 0 && to.Precision > 0:
		if to.Scale >= from.Scale && to.Precision-to.Scale >= from.Precision-from.Scale {
			return ConvWiden, ""
		}
		return ConvCheck, "(" + q + " <> round(" + q + ", " + strconv.Itoa(to.Scale) + ") OR " + outsideDecimal(q, to.Precision-to.Scale) + ")"
	case tc.ExactNumeric && fk == KindNumeric && from.Precision > 0 && tk == KindNumeric:
		return ConvWiden, ""
	case tc.ZoneNotUTC != "" && (fk == KindTimestamp && tk == KindTimestamptz || fk == KindTimestamptz && tk == KindTimestamp) &&
		to.FracDigits() >= from.FracDigits():
		// The conversion reads or writes the session time zone: exact
		// only in UTC. (With fewer digits it would round too: refused,
		// two steps are needed.)
		return ConvCheck, tc.ZoneNotUTC
	case fk == tk && fk.IsTime():
		// Only the precision differs: more digits keep every value.
		if to.FracDigits() >= from.FracDigits() {
			return ConvWiden, ""
		}
		if tc.Rounds == nil {
			return ConvRefused, ""
		}
		return ConvCheck, tc.Rounds(q, to)
	case fk == KindDate && tk == KindTimestamp:
		return ConvWiden, ""
	case fk == KindJSON && tk == KindJSONText:
		return ConvWiden, "" // jsonb's text is valid json
	case fk == KindJSONText && tk == KindJSON:
		if tc.NotJSONB == nil {
			return ConvRefused, ""
		}
		return ConvCheck, tc.NotJSONB(q)
	}
	return ConvRefused, ""
}

// outsideDecimal selects values that need more than digits integer digits.
func outsideDecimal(q string, digits int) string {
	lim := "1e" + strconv.Itoa(digits)
	return "(" + q + " <= -" + lim + " OR " + q + " >= " + lim + ")"
}

// NewAlterType returns the change of column table.column from type from to
// type to, guarded when values must be checked, or nil when tc refuses it.
func NewAlterType(table, column string, from, to Type, tc TypeChangeSQL) *AlterType {
	kind, _ := Convert(tc, quote(column), from, to)
	switch kind {
	case ConvRefused, ConvSame:
		return nil
	case ConvCheck:
		reason := "has %d rows whose value would not survive the type change from " + from.String() + " to " + to.String() + "; fix those rows or keep the type"
		switch {
		case to.Kind == KindUUID && !to.Array:
			reason = "has %d rows whose value is not UUID text in canonical form (36 characters: lowercase hex digits 8-4-4-4-12, as ferro writes a uuid.UUID), which a uuid column holds; fix those rows (SELECT them with the plan's data check; lower() fixes upper case) or keep the type"
		case from.Kind == KindJSONText && to.Kind == KindJSON:
			reason = "has %d rows whose document has a \\u0000 escape in a string, which json (jsonb) refuses; fix those rows or keep the type"
		case from.Kind.IsTime() && from.Kind == to.Kind:
			reason = "has %d rows with more fractional-second digits than " + to.String() + " keeps (the change would round them); round them first or keep the precision"
		}
		return &AlterType{Table: table, Column: column, From: from, To: to, Guard: &Guard{Kind: GuardType, Table: table, Columns: []string{column}, From: from, To: to, Reason: reason}}
	}
	return &AlterType{Table: table, Column: column, From: from, To: to}
}
