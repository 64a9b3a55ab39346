package migrate

import (
	"fmt"

	"github.com/ferrosql/ferro/internal/dialect"
)

// renderer is the part of a dialect the migrator renders with: the
// catalog's own CREATE TABLE and column types, so a created or rebuilt
// table is exactly what a fresh database gets.
type renderer interface {
	Name() string
	ColumnType(c *dialect.Column) (string, error)
	ColumnDef(c *dialect.Column) (string, error)
	CreateTable(t *dialect.Table) ([]string, error)
}

// fromCatalog converts s for the diff. Desired tables get their rendered
// CREATE statements.
func fromCatalog(r renderer, s *dialect.Schema, desired bool) (*schema, error) {
	out := &schema{}
	for _, ct := range s.Tables {
		t := &table{name: ct.Name}
		if ct.PrimaryKey != nil {
			t.pk = ct.PrimaryKey.Columns
		}
		for _, cc := range ct.Columns {
			c := &column{name: cc.Name, typ: cc.Type.String(), nullable: cc.Nullable, def: cc.Default, auto: cc.AutoIncrement}
			if cc.Extra != "" {
				c.typ += " [" + cc.Extra + "]"
			}
			if desired || cc.Type.Kind != dialect.KindUnknown {
				st, err := r.ColumnType(cc)
				if err != nil {
					if desired {
						return nil, fmt.Errorf("ferro/migrate: %s.%s: %w", ct.Name, cc.Name, err)
					}
					st = cc.Type.String()
				}
				c.sqlType = st
			}
			if desired {
				// ADD COLUMN declares the column exactly as CREATE TABLE does.
				def, err := r.ColumnDef(cc)
				if err != nil {
					return nil, fmt.Errorf("ferro/migrate: %s.%s: %w", ct.Name, cc.Name, err)
				}
				c.ddl = def
			}
			t.cols = append(t.cols, c)
		}
		for _, ci := range ct.Indexes {
			if ci.Constraint && ct.PrimaryKey != nil && ci.Name == ct.PrimaryKey.Name {
				continue
			}
			x := &index{name: ci.Name, cols: ci.Columns, unique: ci.Unique, constraint: ci.Constraint, extra: ci.Where + ci.Extra}
			if desired && x.extra == "" {
				// Live indexes with features ferro does not render (partial,
				// expression) are never created by a plan; they keep their
				// live SQL when a SQLite rebuild recreates them.
				sql, err := dialect.CreateIndex(r.Name(), ct.Name, ci)
				if err != nil {
					return nil, err
				}
				x.sql = sql
			}
			t.indexes = append(t.indexes, x)
		}
		for _, cf := range ct.ForeignKeys {
			t.fks = append(t.fks, &fkey{name: cf.Name, cols: cf.Columns, refTable: cf.RefTable, refCols: cf.RefColumns,
				onDelete: cf.OnDelete, onUpdate: cf.OnUpdate, extra: cf.Extra})
		}
		for _, ck := range ct.Checks {
			c := &check{name: ck.Name, column: ck.Column, expr: dialect.CheckExpr(ck)}
			t.checks = append(t.checks, c)
		}
		if desired {
			stmts, err := r.CreateTable(ct)
			if err != nil {
				return nil, fmt.Errorf("ferro/migrate: render table %s: %w", ct.Name, err)
			}
			t.create = stmts
			if len(ct.ForeignKeys) > 0 {
				noFK := *ct
				noFK.ForeignKeys = nil
				if t.createNoFK, err = r.CreateTable(&noFK); err != nil {
					return nil, fmt.Errorf("ferro/migrate: render table %s: %w", ct.Name, err)
				}
			}
			t.src = ct
		}
		out.tables = append(out.tables, t)
	}
	return out, nil
}

// rebuildCreate renders the CREATE TABLE of a SQLite rebuild: the desired
// table under the temporary name, plus the live columns kept below the
// destructive level.
func rebuildCreate(r renderer, live *dialect.Schema) func(t *table, tmp string, keep []*column) (string, error) {
	return func(t *table, tmp string, keep []*column) (string, error) {
		ct := *t.src
		ct.Name = tmp
		ct.Columns = append([]*dialect.Column(nil), t.src.Columns...)
		if lt, ok := live.Table(t.name); ok {
			for _, k := range keep {
				if lc, ok := lt.Column(k.name); ok {
					ct.Columns = append(ct.Columns, lc)
				}
			}
		}
		ct.Indexes = nil
		stmts, err := r.CreateTable(&ct)
		if err != nil {
			return "", fmt.Errorf("ferro/migrate: render the rebuild of %s: %w", t.name, err)
		}
		return stmts[0], nil
	}
}
