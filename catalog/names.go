package catalog

import (
	"fmt"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

func splitDefault(s string) (string, string) { return dialect.SplitLiteral(s) }

// CheckNames reports the names in s that the named dialect's engine would
// take for one name although ferro spells them differently: two tables, two
// columns of one table, or a table, index or primary key sharing a name.
// SQLite compares identifiers ignoring the case of ASCII letters, so columns
// "x" and "X" collide there; PostgreSQL compares the quoted identifiers
// ferro writes exactly, so they do not. [FromModels] cannot know the
// dialect, so [Render] and the migrator call CheckNames before writing any
// statement. The error wraps [ErrModel] and names both spellings.
func CheckNames(s *schema.Schema, dialectName schema.Dialect) error {
	d, err := lookup(dialectName)
	if err != nil {
		return err
	}
	fold := d.(dialect.IdentFolder).FoldIdent
	type named struct{ name, desc string }
	clash := func(a, b named) error {
		return fmt.Errorf("%w: %s and %s are one name on %s, which compares identifiers ignoring the case of ASCII letters; rename one (TableName() or the column's ferro tag)", ErrModel, a.desc, b.desc, dialectName)
	}
	// Tables, indexes and primary keys share one namespace on both engines.
	relations := map[string]named{}
	add := func(seen map[string]named, n named) error {
		k := fold(n.name)
		if prev, ok := seen[k]; ok && prev.name != n.name {
			return clash(prev, n)
		}
		seen[k] = n
		return nil
	}
	for _, t := range s.Tables {
		if err := add(relations, named{t.Name, fmt.Sprintf("table %q", t.Name)}); err != nil {
			return err
		}
	}
	for _, t := range s.Tables {
		cols := map[string]named{}
		for _, c := range t.Columns {
			if err := add(cols, named{c.Name, fmt.Sprintf("column %q of table %q", c.Name, t.Name)}); err != nil {
				return err
			}
		}
		for _, x := range t.Indexes {
			if err := add(relations, named{x.Name, fmt.Sprintf("index %q of table %q", x.Name, t.Name)}); err != nil {
				return err
			}
		}
		if t.PrimaryKey != nil && t.PrimaryKey.Name != "" {
			if err := add(relations, named{t.PrimaryKey.Name, fmt.Sprintf("primary key %q of table %q", t.PrimaryKey.Name, t.Name)}); err != nil {
				return err
			}
		}
	}
	return nil
}
