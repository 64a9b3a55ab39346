package migrate

import (
	"regexp"
	"strconv"

	"github.com/ferrosql/ferro/internal/dialect"
)

// convKind classifies a change of canonical column type.
type convKind int

const (
	convRefused convKind = iota // no safe way: versioned migration
	convWiden                   // every value survives, no check
	convCheck                   // survives iff the guard finds no row
)

var (
	reVarchar = regexp.MustCompile(`^varchar\((\d+)\)$`)
	reNumeric = regexp.MustCompile(`^numeric\((\d+),\s*(\d+)\)$`)
)

// intRange is the value range of the integer types, digits the decimal
// digits they need.
var intRange = map[string]struct {
	lo, hi string
	digits int
}{
	"smallint": {"-32768", "32767", 5},
	"int":      {"-2147483648", "2147483647", 10},
	"bigint":   {"-9223372036854775808", "9223372036854775807", 19},
}

func isInt(t string) bool   { _, ok := intRange[t]; return ok }
func isFloat(t string) bool { return t == "real" || t == "double" }

// conversion decides how column c (quoted q) may go from type from to type
// to, with the dialect's SQL for the checks. For convCheck it returns the
// predicate selecting the non-null values that would not survive.
func conversion(tc dialect.TypeChangeSQL, q, from, to string) (convKind, string) {
	if from == to {
		return convWiden, ""
	}
	switch {
	case isInt(from) && isInt(to):
		if intRange[to].digits >= intRange[from].digits {
			return convWiden, ""
		}
		r := intRange[to]
		return convCheck, q + " NOT BETWEEN " + r.lo + " AND " + r.hi
	case isInt(from) && to == "double":
		if from == "bigint" {
			return convCheck, "abs(" + q + ") > 9007199254740992"
		}
		return convWiden, ""
	case isInt(from) && to == "real":
		if from == "smallint" {
			return convWiden, ""
		}
		return convCheck, "abs(" + q + ") > 16777216"
	case from == "real" && to == "double":
		return convWiden, ""
	case from == "double" && to == "real":
		if tc.LosesAsReal == nil {
			return convWiden, "" // one storage for both
		}
		return convCheck, tc.LosesAsReal(q)
	case isFloat(from) && isInt(to):
		r := intRange[to]
		return convCheck, "(" + tc.NotInteger(q) + " OR " + q + " NOT BETWEEN " + r.lo + " AND " + r.hi + ")"
	case reVarchar.MatchString(from) && to == "text":
		return convWiden, ""
	case (from == "text" || reVarchar.MatchString(from)) && reVarchar.MatchString(to):
		n := reVarchar.FindStringSubmatch(to)[1]
		if m := reVarchar.FindStringSubmatch(from); m != nil {
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(n)
			if b >= a {
				return convWiden, ""
			}
		}
		return convCheck, tc.CharLength + "(" + q + ") > " + n
	case tc.ExactNumeric && isInt(from) && reNumeric.MatchString(to):
		m := reNumeric.FindStringSubmatch(to)
		p, _ := strconv.Atoi(m[1])
		s, _ := strconv.Atoi(m[2])
		if p-s >= intRange[from].digits {
			return convWiden, ""
		}
		return convCheck, "abs(" + q + ") >= 1e" + strconv.Itoa(p-s)
	case tc.ExactNumeric && reNumeric.MatchString(from) && reNumeric.MatchString(to):
		f := reNumeric.FindStringSubmatch(from)
		m := reNumeric.FindStringSubmatch(to)
		p1, _ := strconv.Atoi(f[1])
		s1, _ := strconv.Atoi(f[2])
		p2, _ := strconv.Atoi(m[1])
		s2, _ := strconv.Atoi(m[2])
		if s2 >= s1 && p2-s2 >= p1-s1 {
			return convWiden, ""
		}
		return convCheck, "(" + q + " <> round(" + q + ", " + m[2] + ") OR abs(" + q + ") >= 1e" + strconv.Itoa(p2-s2) + ")"
	case tc.ExactNumeric && reNumeric.MatchString(from) && to == "numeric":
		return convWiden, ""
	case tc.ZoneNotUTC != "" && (from == "timestamp" && to == "timestamptz" || from == "timestamptz" && to == "timestamp"):
		// The conversion reads or writes the session time zone: exact
		// only in UTC.
		return convCheck, tc.ZoneNotUTC
	case from == "date" && to == "timestamp":
		return convWiden, ""
	}
	return convRefused, ""
}
