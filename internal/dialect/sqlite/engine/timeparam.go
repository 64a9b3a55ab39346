package engine

import (
	"fmt"
	"net/url"
	"strings"
)

// TimeParam is the sql.Open("ferro-sqlite", dsn) parameter that
// chooses how time.Time arguments are written on SQLite:
//
//   - _ferro_time=canonical (the default): ferro's one canonical text form,
//     2006-01-02 15:04:05.000000000Z (UTC, fixed width, sorts as time).
//   - _ferro_time=driver: left to modernc.org/sqlite, which writes Go's
//     time.Time.String form ("2024-05-06 07:08:09.123 +0000 UTC") unless its
//     own _time_format parameter says otherwise; this is what a program
//     using modernc directly wrote, so `WHERE ts = ?` keeps matching rows
//     written before the switch to ferro.
//
// Reading accepts both forms either way. To move a database to the
// canonical form once, run `ferro sqlite-rewrite-times` (docs/switching.md)
// and drop the parameter. The parameter is removed before the DSN reaches
// modernc.
const TimeParam = "_ferro_time"

// CutTimeParam removes TimeParam from dsn and reports whether
// it asks for the driver's time form.
func CutTimeParam(dsn string) (rest string, driverTime bool, err error) {
	name, query, ok := strings.Cut(dsn, "?")
	if !ok || !strings.Contains(query, TimeParam) {
		return dsn, false, nil
	}
	q, err := url.ParseQuery(query)
	if err != nil {
		return "", false, fmt.Errorf("parse sqlite DSN parameters: %w", err)
	}
	vals := q[TimeParam]
	q.Del(TimeParam)
	for _, v := range vals {
		switch v {
		case "canonical":
			driverTime = false
		case "driver":
			driverTime = true
		default:
			return "", false, fmt.Errorf("%s=%q: use canonical (the default) or driver", TimeParam, v)
		}
	}
	rest = name
	if enc := q.Encode(); enc != "" {
		rest += "?" + enc
	}
	return rest, driverTime, nil
}
