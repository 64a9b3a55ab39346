package sqlite

import (
	"fmt"
	"strings"
)

// CheckDSN reports a DSN modernc's sqlite cannot mean: one that starts with
// a URL scheme other than file:// ("postgres+srv://user:pw@host/db",
// "sqlite:///app.db"), which modernc would take for a relative file path
// and fail to open, or create, far from where the user looks. Its error
// quotes only the scheme.
func CheckDSN(dsn string) error {
	if scheme, ok := urlScheme(dsn); ok && !strings.EqualFold(scheme, "file") {
		return fmt.Errorf("unsupported URL scheme %q: ferro-sqlite reads a file path or a file: URI (file:app.db?mode=ro), with parameters after '?'", scheme)
	}
	return nil
}

// urlScheme returns the scheme of a DSN that starts with "scheme://".
func urlScheme(dsn string) (string, bool) {
	for i := 0; i < len(dsn); i++ {
		c := dsn[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && strings.HasPrefix(dsn[i:], "://"):
			return dsn[:i], true
		default:
			return "", false
		}
	}
	return "", false
}
