package migrate

import "github.com/ferrosql/ferro/internal/dialect"

// The migrator works on its own compact view of a schema, converted from
// the catalog (see fromCatalog), so that the diff is written once for both
// dialects and is testable with no database.

type schema struct {
	tables []*table
}

func (s *schema) table(name string) *table {
	for _, t := range s.tables {
		if t.name == name {
			return t
		}
	}
	return nil
}

type table struct {
	name    string
	cols    []*column
	pk      []string
	indexes []*index // uniques included
	fks     []*fkey
	checks  []*check
	// create holds the dialect's CREATE TABLE (first) and CREATE INDEX
	// statements for a desired table, rendered by the catalog so that a
	// created table is exactly a fresh one.
	create []string
	// createNoFK is create without the foreign keys (Postgres cycles).
	createNoFK []string
	// src is the catalog table (desired tables only).
	src *dialect.Table
}

func (t *table) col(name string) *column {
	for _, c := range t.cols {
		if c.name == name {
			return c
		}
	}
	return nil
}

func (t *table) index(name string) *index {
	for _, x := range t.indexes {
		if x.name == name {
			return x
		}
	}
	return nil
}

func (t *table) fk(name string) *fkey {
	for _, x := range t.fks {
		if x.name == name {
			return x
		}
	}
	return nil
}

func (t *table) check(name string) *check {
	for _, x := range t.checks {
		if x.name == name {
			return x
		}
	}
	return nil
}

func (t *table) isPK(col string) bool {
	for _, c := range t.pk {
		if c == col {
			return true
		}
	}
	return false
}

type column struct {
	name string
	// typ is the canonical vocabulary type ("bigint", "varchar(32)" ...);
	// sqlType is the dialect's spelling used in DDL.
	typ, sqlType string
	nullable     bool
	// def is the SQL literal default, "" for none.
	def  string
	auto bool // identity / rowid alias
	// ddl is the dialect's column definition as CREATE TABLE renders it
	// (used by ADD COLUMN).
	ddl string
}

type index struct {
	name   string
	cols   []string
	unique bool
	// constraint: the live index backs a UNIQUE constraint (dropped with
	// ALTER TABLE ... DROP CONSTRAINT).
	constraint bool
	// extra holds live features ferro does not model (partial, expression).
	extra string
	// sql is the CREATE statement (desired) or the live definition.
	sql string
}

type fkey struct {
	name               string
	cols               []string
	refTable           string
	refCols            []string
	onDelete, onUpdate string
	extra              string
}

type check struct {
	name   string
	column string
	expr   string
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (a *index) equal(b *index) bool {
	return a.unique == b.unique && sameStrings(a.cols, b.cols) && a.extra == b.extra
}

func (a *fkey) equal(b *fkey) bool {
	return sameStrings(a.cols, b.cols) && a.refTable == b.refTable && sameStrings(a.refCols, b.refCols) &&
		a.onDelete == b.onDelete && a.onUpdate == b.onUpdate && a.extra == b.extra
}
