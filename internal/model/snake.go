package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SnakeCase converts a Go identifier to snake_case, keeping initialisms
// together: "UserID" -> "user_id", "HTTPServerID" -> "http_server_id",
// "APIKey" -> "api_key", "Address2" -> "address2", "V2Name" -> "v2_name".
// An underscore is inserted before an upper-case letter that follows a
// lower-case letter or digit, or that starts a new word after an initialism
// (it is followed by a lower-case letter). Existing underscores are kept.
func SnakeCase(s string) string {
	if s == "" {
		return ""
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s) + 4)
	for i, r := range rs {
		if unicode.IsUpper(r) && i > 0 {
			prev := rs[i-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if prev != '_' && (unicode.IsLower(prev) || unicode.IsDigit(prev) || (unicode.IsUpper(prev) && nextLower)) {
				b.WriteByte('_')
			}
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
