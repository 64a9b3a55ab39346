package catalog

import (
	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// ForDialect returns s as dialect d stores it: s itself on
// PostgreSQL; on SQLite, which has no native enum types, each native enum
// column becomes a text column with the enum CHECK a string enum gets.
// Compare a schema from FromModels with Inspect's through it.
func ForDialect(s *schema.Schema, d schema.Dialect) (*schema.Schema, error) {
	cd, err := lookup(d)
	if err != nil {
		return nil, err
	}
	return dialect.ForDialect(cd, s), nil
}
