package schema

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
	// KindJSONText is a JSON document kept as its text (PostgreSQL json:
	// whitespace, key order and duplicate keys kept), where KindJSON is
	// PostgreSQL's jsonb. On SQLite both are text stored as written.
	KindJSONText
)

var kindNames = [...]string{
	KindUnknown: "unknown", KindText: "text", KindVarchar: "varchar", KindSmallint: "smallint", KindInt: "int",
	KindBigint: "bigint", KindReal: "real", KindDouble: "double", KindNumeric: "numeric", KindBoolean: "boolean",
	KindBytes: "bytes", KindUUID: "uuid", KindDate: "date", KindTime: "time", KindTimestamp: "timestamp",
	KindTimestamptz: "timestamptz", KindJSON: "json", KindChar: "char", KindEnum: "enum", KindJSONText: "jsontext",
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

// ArrayElem reports whether k may be the element of an array type: every
// known kind but bytes, json and jsontext (a JSON document holds arrays
// itself).
func (k Kind) ArrayElem() bool {
	return k != KindUnknown && k != KindBytes && k != KindJSON && k != KindJSONText && k != KindEnum
}

// IsTime reports whether k is time, timestamp or timestamptz, the kinds
// with a fractional-second precision.
func (k Kind) IsTime() bool { return k == KindTime || k == KindTimestamp || k == KindTimestamptz }

// Limits of the parameterised types (PostgreSQL's).
const (
	MaxVarcharLength    = 10485760
	MaxNumericPrecision = 1000
	// MaxTimePrecision is the most fractional-second digits a time kind
	// keeps (microseconds); time(6) is the same type as time.
	MaxTimePrecision = 6
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
	// frac is p+1 for time(p), timestamp(p) and timestamptz(p) with p
	// below MaxTimePrecision; 0 is the default precision (microseconds),
	// so that the zero value keeps meaning time, timestamp, timestamptz.
	// See FracDigits and WithFrac.
	frac int8
	// Array is true for an array of the type: PostgreSQL's T[] (any
	// number of dimensions, which PostgreSQL does not enforce); on SQLite
	// a JSON array kept as text.
	Array bool
	// Raw is the live spelling of a KindUnknown type, or the type name of
	// a KindEnum (unqualified: the enum lives in the tables' schema). On
	// another known kind it is a live declaration that the engine stores otherwise than ferro
	// declares the kind, read as that kind because a model of it matches
	// without DDL: SQLite NUMERIC(p,s) and DECIMAL(p,s), whose NUMERIC
	// affinity keeps values as REAL or INTEGER, not exact decimals.
	Raw string
}

// Declared returns the live declaration of other storage a known type was
// read from (SQLite NUMERIC(12,2) read as numeric(12,2)), or "" (also for
// unknown types and enums, whose Raw is their spelling or name).
func (t Type) Declared() string {
	if t.Kind == KindUnknown || t.Kind == KindEnum {
		return ""
	}
	return t.Raw
}

// Unknown returns the type for a live spelling outside the vocabulary.
func Unknown(spelling string) Type { return Type{Kind: KindUnknown, Raw: spelling} }

// FracDigits returns the fractional-second digits a time kind keeps: p of
// time(p), timestamp(p), timestamptz(p), MaxTimePrecision when none is
// given; 0 for other kinds.
func (t Type) FracDigits() int {
	switch {
	case !t.Kind.IsTime():
		return 0
	case t.frac == 0:
		return MaxTimePrecision
	}
	return int(t.frac) - 1
}

// WithFrac returns t, a time kind, keeping p fractional-second digits
// (0..MaxTimePrecision; MaxTimePrecision is the default and gives t
// without a precision). It panics on other kinds or p out of range.
func (t Type) WithFrac(p int) Type {
	if !t.Kind.IsTime() || p < 0 || p > MaxTimePrecision {
		panic(fmt.Sprintf("ferro: WithFrac(%d) on %s", p, t))
	}
	t.frac = 0
	if p < MaxTimePrecision {
		t.frac = int8(p + 1)
	}
	return t
}

// Elem returns the element type of an array type (t itself otherwise).
func (t Type) Elem() Type {
	t.Array = false
	return t
}

// String returns the canonical spelling: text, varchar(32), numeric(12,2),
// numeric, timestamp(3), text[], unknown(citext) ... A known type read
// from a declaration of other storage (Raw) is followed by "declared" and
// that declaration: numeric(12,2) declared DECIMAL(12,2).
func (t Type) String() string {
	s := t.elemString()
	if t.Array {
		s += "[]"
	}
	if d := t.Declared(); d != "" {
		s += " declared " + d
	}
	return s
}

func (t Type) elemString() string {
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
	case KindTime, KindTimestamp, KindTimestamptz:
		if t.frac != 0 {
			return t.Kind.String() + "(" + strconv.Itoa(t.FracDigits()) + ")"
		}
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
const Vocabulary = "text, varchar(n), varchar, char(n), smallint, int, bigint, real, double, numeric, numeric(p,s), boolean, bytes, uuid, date, time, time(p), timestamp, timestamp(p), timestamptz, timestamptz(p), json, jsontext, or one of them but bytes and the json types followed by [] (an array)"

// ParseType parses a canonical type spelling (case-insensitive, blanks
// allowed around parameters): one of [Vocabulary], numeric(p) meaning
// numeric(p,0), a type followed by [] (an array of it), or enum(<name>)
// and unknown(<spelling>) as printed by Type.String. varchar without a
// length is unbounded (as in PostgreSQL); char needs a length; time(6) is
// time (and so for the timestamps). "<type> declared <spelling>", as
// String prints a type read from a declaration of other storage, is
// parsed back too.
func ParseType(s string) (Type, error) {
	in := s
	s = strings.TrimSpace(s)
	bad := func(reason string) (Type, error) { return Type{}, &TypeError{Input: in, Reason: reason} }
	if canon, decl, ok := strings.Cut(s, " declared "); ok && !strings.HasPrefix(strings.ToLower(s), "unknown(") {
		t, err := ParseType(canon)
		if err != nil {
			return Type{}, err
		}
		decl = strings.TrimSpace(decl)
		if t.Kind != KindNumeric || t.Array || decl == "" {
			return bad("only numeric types are read from a declaration of other storage")
		}
		t.Raw = decl
		return t, nil
	}
	if rest, ok := strings.CutSuffix(s, "[]"); ok {
		t, err := ParseType(rest)
		if err != nil {
			return Type{}, err
		}
		if t.Kind == KindUnknown || t.Array || t.Declared() != "" || !t.Kind.ArrayElem() {
			return bad("an array's element is a type of the vocabulary other than bytes, json and jsontext (one dimension), e.g. text[]")
		}
		t.Array = true
		return t, nil
	}
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
	case KindTime, KindTimestamp, KindTimestamptz:
		if len(nums) != 1 || nums[0] > MaxTimePrecision {
			return bad(fmt.Sprintf("want %s(p) with p 0..%d", lname, MaxTimePrecision))
		}
		return Type{Kind: k}.WithFrac(nums[0]), nil
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
