package engine

import (
	"fmt"
	"github.com/ferrosql/ferro/internal/sqltext"
	"strings"
)

// CheckDSN reports a DSN modernc's sqlite cannot mean: one that starts with
// a URL scheme other than file:// ("postgres+srv://user:pw@host/db",
// "sqlite:///app.db"), which modernc would take for a relative file path
// and fail to open, or create, far from where the user looks. Its error
// quotes only the scheme.
func CheckDSN(dsn string) error {
	if scheme, ok := sqltext.URLScheme(dsn); ok && !strings.EqualFold(scheme, "file") {
		return fmt.Errorf("unsupported URL scheme %q: ferro-sqlite reads a file path or a file: URI (file:app.db?mode=ro), with parameters after '?'", scheme)
	}
	return nil
}
