package coerce

import (
	"math"
	"reflect"
	"strconv"
	"unsafe"

	"github.com/shopspring/decimal"
)

// shopspring/decimal is the decimal type most Go code uses, so it gets a
// fast path with exactly the semantics of the generic decimal rule (text as
// stored with its scale, int64 as digits, float64 in shortest round-trip
// form): plain numbers of up to 18 digits are built without the text
// parser.

var shopspringType = reflect.TypeFor[decimal.Decimal]()

func decodeShopspring(p unsafe.Pointer, src any) error {
	d := (*decimal.Decimal)(p)
	switch v := src.(type) {
	case string:
		return parseShopspring(d, v)
	case []byte:
		return parseShopspring(d, bstr(v))
	case int64:
		*d = decimal.New(v, 0)
		return nil
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fail(ErrConvert, "NaN and infinities have no exact text form")
		}
		if coef, exp, ok := shortFloat(v); ok {
			*d = decimal.New(coef, exp)
			return nil
		}
		var buf [32]byte
		return parseShopspring(d, bstr(strconv.AppendFloat(buf[:0], v, 'g', -1, 64)))
	case nil:
		return ErrNull
	}
	return unsupported(src)
}

// parseShopspring parses s as stored; s may alias a driver buffer, so the
// slow path copies it.
func parseShopspring(d *decimal.Decimal, s string) error {
	if coef, exp, ok := smallDecimal(s); ok {
		*d = decimal.New(coef, exp)
		return nil
	}
	v, err := decimal.NewFromString(string(sbytes(s)))
	if err != nil {
		return failf(ErrConvert, "not a decimal number: %v", err)
	}
	*d = v
	return nil
}

// smallDecimal parses [+-]digits[.digits] with at most 18 digits in all.
func smallDecimal(s string) (coef int64, exp int32, ok bool) {
	i, neg := 0, false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		i++
	}
	nd, dot := 0, -1
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			nd++
			if nd > 18 {
				return 0, 0, false
			}
			coef = coef*10 + int64(c-'0')
		case c == '.' && dot < 0:
			dot = i
		default:
			return 0, 0, false
		}
	}
	if nd == 0 {
		return 0, 0, false
	}
	if dot >= 0 {
		if dot == len(s)-1 {
			return 0, 0, false
		}
		exp = -int32(len(s) - 1 - dot)
	}
	if neg {
		coef = -coef
	}
	return coef, exp, true
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9}

// shortFloat finds the decimal strconv.FormatFloat(v, 'g', -1, 64) prints,
// without printing it, for the common case 1e-4 <= |v| < 1e6 (where 'g'
// uses plain notation) with at most 9 fractional digits: the smallest k for
// which round(v*10^k) / 10^k is v again. Both operands are exact and the
// division is correctly rounded, so that decimal parses back to v; and the
// float spacing there is below 10^-9, so no other k-digit decimal does: it
// is the shortest round-trip form. FuzzShortFloat checks it against strconv.
func shortFloat(v float64) (int64, int32, bool) {
	if v == 0 {
		return 0, 0, true
	}
	a := math.Abs(v)
	if a < 1e-4 || a >= 1e6 {
		return 0, 0, false
	}
	for k, p := range pow10 {
		c := math.Round(v * p)
		if c/p == v {
			return int64(c), -int32(k), true
		}
	}
	return 0, 0, false
}
