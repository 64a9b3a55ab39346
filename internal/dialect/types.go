package dialect

import (
	"fmt"
	"strconv"
	"strings"
)

// Kind is a canonical column type without its parameters.
type Kind uint8

// The canonical type kinds; see Type.String for their spellings.
const (
	KindUnknown Kind = iota
	KindText
	KindVarchar
	KindSmallint
	KindInt
	KindBigint
	KindReal
	KindDouble
	KindNumeric
	KindBoolean
	KindBytes
	KindUUID
	KindDate
	KindTime
	KindTimestamp
	KindTimestamptz
	KindJSON
	// KindChar is fixed-length char(n): blank-padded on PostgreSQL, a
	// TEXT-affinity spelling on SQLite.
	KindChar
	// KindEnum is a native enum type named by Type.Raw (PostgreSQL CREATE
	// TYPE ... AS ENUM); its labels are the Schema's Enum of that name.
	// Dialects without native enums store it as text with an enum CHECK
	// (see ForDialect).
	KindEnum
)

var kindNames = [...]string{
	KindUnknown: "unknown", KindText: "text", KindVarchar: "varchar", KindSmallint: "smallint", KindInt: "int",
	KindBigint: "bigint", KindReal: "real", KindDouble: "double", KindNumeric: "numeric", KindBoolean: "boolean",
	KindBytes: "bytes", KindUUID: "uuid", KindDate: "date", KindTime: "time", KindTimestamp: "timestamp",
	KindTimestamptz: "timestamptz", KindJSON: "json", KindChar: "char", KindEnum: "enum",
}

// String returns the kind's canonical name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// IsInteger reports whether k is smallint, int or bigint.
func (k Kind) IsInteger() bool { return k == KindSmallint || k == KindInt || k == KindBigint }

// Limits of the parameterised types (PostgreSQL's).
const (
	MaxVarcharLength    = 10485760
	MaxNumericPrecision = 1000
)

// Type is a canonical column type. The zero Type is not valid. Types are
// comparable with ==: an unknown type equals only an unknown type with the
// same live spelling.
type Type struct {
	Kind Kind
	// Length is n of varchar(n) and char(n); 0 for varchar without a
	// length (unbounded).
	Length int
	// Precision and Scale are p and s of numeric(p,s); both 0 means
	// unconstrained numeric.
	Precision, Scale int
	// Raw is the live spelling of a KindUnknown type, or the type name of
	// a KindEnum (unqualified: the enum lives in the tables' schema).
	Raw string
}

// Unknown returns the type for a live spelling outside the vocabulary.
func Unknown(spelling string) Type { return Type{Kind: KindUnknown, Raw: spelling} }

// String returns the canonical spelling: text, varchar(32), numeric(12,2),
// numeric, unknown(citext) ...
func (t Type) String() string {
	switch t.Kind {
	case KindVarchar:
		if t.Length == 0 {
			return "varchar"
		}
		return "varchar(" + strconv.Itoa(t.Length) + ")"
	case KindChar:
		return "char(" + strconv.Itoa(t.Length) + ")"
	case KindNumeric:
		if t.Precision == 0 {
			return "numeric"
		}
		return "numeric(" + strconv.Itoa(t.Precision) + "," + strconv.Itoa(t.Scale) + ")"
	case KindUnknown:
		return "unknown(" + t.Raw + ")"
	case KindEnum:
		return "enum(" + t.Raw + ")"
	}
	return t.Kind.String()
}

// Equal reports whether t and o are the same type; unknown types never equal
// known ones.
func (t Type) Equal(o Type) bool { return t == o }

// TypeError reports a type string outside the canonical vocabulary.
type TypeError struct {
	Input  string
	Reason string
}

// Error implements error.
func (e *TypeError) Error() string {
	return fmt.Sprintf("ferro/catalog: bad type %q: %s", e.Input, e.Reason)
}

// Vocabulary lists the canonical type spellings, for error messages.
const Vocabulary = "text, varchar(n), varchar, char(n), smallint, int, bigint, real, double, numeric, numeric(p,s), boolean, bytes, uuid, date, time, timestamp, timestamptz, json"

// ParseType parses a canonical type spelling (case-insensitive, blanks
// allowed around parameters): one of [Vocabulary], numeric(p) meaning
// numeric(p,0), or enum(<name>) and unknown(<spelling>) as printed by
// Type.String. varchar
// without a length is unbounded (as in PostgreSQL); char needs a length.
func ParseType(s string) (Type, error) {
	in := s
	s = strings.TrimSpace(s)
	bad := func(reason string) (Type, error) { return Type{}, &TypeError{Input: in, Reason: reason} }
	name, params, hasParams := s, "", false
	if i := strings.IndexByte(s, '('); i >= 0 {
		if !strings.HasSuffix(s, ")") {
			return bad("missing ')'")
		}
		name, params, hasParams = strings.TrimSpace(s[:i]), s[i+1:len(s)-1], true
	}
	lname := strings.ToLower(name)
	if lname == "unknown" && hasParams {
		if params == "" {
			return bad("unknown() needs the live spelling")
		}
		return Unknown(params), nil
	}
	if lname == "enum" && hasParams {
		if n := strings.TrimSpace(params); n != "" && !strings.ContainsAny(n, ".\"\x00") {
			return Type{Kind: KindEnum, Raw: n}, nil
		}
		return bad("enum(name) needs the type name, unquoted and unqualified")
	}
	var k Kind
	for i, n := range kindNames {
		if n == lname && Kind(i) != KindUnknown && Kind(i) != KindEnum {
			k = Kind(i)
		}
	}
	if k == KindUnknown {
		return bad("not in the vocabulary; use one of " + Vocabulary)
	}
	if !hasParams {
		if k == KindChar {
			return bad("char needs a length, e.g. char(32)")
		}
		return Type{Kind: k}, nil
	}
	nums, err := parseInts(params)
	if err != nil {
		return bad(err.Error())
	}
	switch k {
	case KindVarchar, KindChar:
		if len(nums) != 1 {
			return bad("want " + lname + "(n)")
		}
		if nums[0] < 1 || nums[0] > MaxVarcharLength {
			return bad(fmt.Sprintf("length must be 1..%d", MaxVarcharLength))
		}
		return Type{Kind: k, Length: nums[0]}, nil
	case KindNumeric:
		if len(nums) == 1 {
			nums = append(nums, 0)
		}
		if len(nums) != 2 {
			return bad("want numeric(p,s)")
		}
		if nums[0] < 1 || nums[0] > MaxNumericPrecision {
			return bad(fmt.Sprintf("precision must be 1..%d", MaxNumericPrecision))
		}
		if nums[1] < 0 || nums[1] > nums[0] {
			return bad("scale must be 0..precision")
		}
		return Type{Kind: k, Precision: nums[0], Scale: nums[1]}, nil
	}
	return bad(lname + " takes no parameters")
}

func parseInts(s string) ([]int, error) {
	var out []int
	for p := range strings.SplitSeq(s, ",") {
		p = strings.TrimSpace(p)
		if p == "" || len(p) > 8 || strings.TrimLeft(p, "0123456789") != "" {
			return nil, fmt.Errorf("parameter %q is not a number", p)
		}
		n, _ := strconv.Atoi(p)
		out = append(out, n)
	}
	return out, nil
}
