package coerce

import (
	"errors"
	"strings"
	"time"
)

// This file holds the allocation-free parsers for the text forms drivers and
// other tools store: times (SQLite has no time type), UUIDs and booleans.

var errTimeSyntax = errors.New("not a recognised time form")

// zeroDay is the day a time of day alone is placed on.
var zeroDay = time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC)

// parseTime parses the text forms SQLite date functions, modernc (all of its
// _time_format settings and its default time.Time.String form), mattn,
// Postgres text output and RFC 3339 tools write:
//
//	2006-01-02
//	2006-01-02 15:04[:05[.999999999]][offset]
//	2006-01-02T15:04[:05[.999999999]][offset]
//	15:04[:05[.999999999]][offset]             (time of day)
//
// where offset is Z, ±07, ±0700 or ±07:00, optionally preceded by one space
// and optionally followed by a zone abbreviation (" -0700 MST") and Go's
// monotonic clock suffix (" m=+0.000000001"). Text without an offset is UTC.
// The result is always in UTC.
//
// 24:00:00 (without fraction) is the end of the day, as in PostgreSQL and
// ISO 8601: midnight of the next day. A time of day alone reads as its UTC
// clock time on 0000-01-01: the offset is subtracted modulo 24 hours
// (01:00+02 is 23:00), and 24:00:00 in UTC is 0000-01-02 00:00:00, so it
// sorts after 23:59:59.
func parseTime(s string) (time.Time, error) {
	var year, month, day int
	timeOfDay := false
	i := 0
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		var ok bool
		if year, ok = digits(s, 0, 4); !ok {
			return time.Time{}, errTimeSyntax
		}
		if month, ok = digits(s, 5, 2); !ok {
			return time.Time{}, errTimeSyntax
		}
		if day, ok = digits(s, 8, 2); !ok {
			return time.Time{}, errTimeSyntax
		}
		if month < 1 || month > 12 || day < 1 || day > daysIn(month, year) {
			return time.Time{}, errors.New("date out of range")
		}
		i = 10
		if i == len(s) {
			return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC), nil
		}
		if s[i] != ' ' && s[i] != 'T' && s[i] != 't' {
			return time.Time{}, errTimeSyntax
		}
		i++
	} else {
		// Time of day only (Postgres time / timetz, SQLite time()).
		year, month, day = 0, 1, 1
		timeOfDay = true
	}
	hour, min, sec, nsec, j, err := parseClock(s, i)
	if err != nil {
		return time.Time{}, err
	}
	offset, err := parseOffset(s, j)
	if err != nil {
		return time.Time{}, err
	}
	t := time.Date(year, time.Month(month), day, hour, min, sec, nsec, time.UTC) // hour 24 is the next day
	if offset != 0 {
		t = t.Add(-time.Duration(offset) * time.Second)
		if timeOfDay {
			const day = 24 * time.Hour
			t = zeroDay.Add((t.Sub(zeroDay)%day + day) % day)
		}
	}
	return t, nil
}

// parseClock reads HH:MM[:SS[.fraction]] at s[i:].
func parseClock(s string, i int) (hour, min, sec, nsec, next int, err error) {
	var ok bool
	if len(s) < i+5 || s[i+2] != ':' {
		return 0, 0, 0, 0, 0, errTimeSyntax
	}
	if hour, ok = digits(s, i, 2); !ok {
		return 0, 0, 0, 0, 0, errTimeSyntax
	}
	if min, ok = digits(s, i+3, 2); !ok {
		return 0, 0, 0, 0, 0, errTimeSyntax
	}
	i += 5
	if i < len(s) && s[i] == ':' {
		if sec, ok = digits(s, i+1, 2); !ok {
			return 0, 0, 0, 0, 0, errTimeSyntax
		}
		i += 3
		if i < len(s) && (s[i] == '.' || s[i] == ',') {
			i++
			start := i
			scale := 100000000
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				// Digits beyond nanoseconds are truncated, as time.Parse does.
				nsec += int(s[i]-'0') * scale
				scale /= 10
				i++
			}
			if i == start {
				return 0, 0, 0, 0, 0, errTimeSyntax
			}
		}
	}
	if hour == 24 && min == 0 && sec == 0 && nsec == 0 {
		return hour, min, sec, nsec, i, nil // the end of the day
	}
	if hour > 23 || min > 59 || sec > 59 {
		return 0, 0, 0, 0, 0, errors.New("time of day out of range")
	}
	return hour, min, sec, nsec, i, nil
}

// parseOffset reads the optional zone part at s[i:] and returns its offset
// east of UTC in seconds.
func parseOffset(s string, i int) (int, error) {
	if i < len(s) && s[i] == ' ' {
		i++
	}
	if i == len(s) {
		return 0, nil
	}
	offset := 0
	switch c := s[i]; c {
	case 'Z', 'z':
		i++
	case '+', '-':
		hh, ok := digits(s, i+1, 2)
		if !ok {
			return 0, errTimeSyntax
		}
		i += 3
		mm := 0
		if i < len(s) && s[i] == ':' {
			if mm, ok = digits(s, i+1, 2); !ok {
				return 0, errTimeSyntax
			}
			i += 3
		} else if i+1 < len(s) && s[i] >= '0' && s[i] <= '9' {
			if mm, ok = digits(s, i, 2); !ok {
				return 0, errTimeSyntax
			}
			i += 2
		}
		if hh > 23 || mm > 59 {
			return 0, errors.New("zone offset out of range")
		}
		offset = hh*3600 + mm*60
		if c == '-' {
			offset = -offset
		}
	default:
		return 0, errTimeSyntax
	}
	// Optional zone abbreviation ("UTC", "CET", "+03") then Go's monotonic
	// reading ("m=+0.001"), as in time.Time.String output.
	for i < len(s) && s[i] == ' ' {
		j := i + 1
		for j < len(s) && s[j] != ' ' {
			j++
		}
		word := s[i+1 : j]
		if len(word) == 0 || (len(word) > 2 && word[:2] == "m=") || isZoneAbbrev(word) {
			i = j
			continue
		}
		return 0, errTimeSyntax
	}
	if i != len(s) {
		return 0, errTimeSyntax
	}
	return offset, nil
}

func isZoneAbbrev(w string) bool {
	if len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '-') {
			return false
		}
	}
	return true
}

// digits parses s[i:i+n] as a non-negative decimal number.
func digits(s string, i, n int) (int, bool) {
	if i+n > len(s) {
		return 0, false
	}
	v := 0
	for k := i; k < i+n; k++ {
		c := s[k]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

var errUUIDSyntax = errors.New("not a UUID: want 36-char hyphenated, 32 hex digits, {...} or urn:uuid: form")

// parseUUID parses the hyphenated (36), bare hex (32), braced (38) and URN
// (45) text forms, in either case.
func parseUUID(s string, u *[16]byte) error {
	switch len(s) {
	case 36:
	case 32:
		for k := 0; k < 16; k++ {
			b, ok := hexByte(s[2*k], s[2*k+1])
			if !ok {
				return errUUIDSyntax
			}
			u[k] = b
		}
		return nil
	case 38:
		if s[0] != '{' || s[37] != '}' {
			return errUUIDSyntax
		}
		s = s[1:37]
	case 45:
		if !strings.EqualFold(s[:9], "urn:uuid:") {
			return errUUIDSyntax
		}
		s = s[9:]
	default:
		return errUUIDSyntax
	}
	if s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-' {
		return errUUIDSyntax
	}
	k := 0
	for _, x := range [16]int{0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34} {
		b, ok := hexByte(s[x], s[x+1])
		if !ok {
			return errUUIDSyntax
		}
		u[k] = b
		k++
	}
	return nil
}

func hexByte(a, b byte) (byte, bool) {
	x, ok1 := unhex(a)
	y, ok2 := unhex(b)
	return x<<4 | y, ok1 && ok2
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// parseBool accepts, case-insensitively, 1/0, t/f, true/false, y/n,
// yes/no and on/off: SQLite stores booleans as 0/1 and other tools write the
// words; Postgres accepts the same set as boolean input.
func parseBool(s string) (bool, bool) {
	if len(s) > 5 {
		return false, false
	}
	var lower [5]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	switch string(lower[:len(s)]) {
	case "1", "t", "true", "y", "yes", "on":
		return true, true
	case "0", "f", "false", "n", "no", "off":
		return false, true
	}
	return false, false
}
