package ferro

import "time"

// SQLiteTimeParam is the sql.Open("ferro-sqlite", dsn) parameter that
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
// and drop the parameter. The SQLite engine removes it before the DSN
// reaches modernc; other engines do not know it.
const SQLiteTimeParam = "_ferro_time"

// leaveTimeToDriver reports whether v is a time the connection leaves to
// modernc (with _ferro_time=driver).
func leaveTimeToDriver(v any) bool {
	switch t := v.(type) {
	case time.Time:
		return true
	case *time.Time:
		return t != nil
	}
	return false
}
