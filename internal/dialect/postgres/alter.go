package postgres

import (
	"fmt"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// This file renders the migrator's typed changes in PostgreSQL, which
// alters everything in place inside the migration transaction.

// Renderer renders typed changes for PostgreSQL. The zero value is ready
// and safe for concurrent use.
type Renderer struct{}

var _ dialect.ChangeRenderer = Renderer{}

// Render returns the statements of c.
func (Renderer) Render(c schema.Change) ([]string, error) {
	d := Dialect{}
	if stmts, ok, err := dialect.RenderCommon(d, c); ok || err != nil {
		return stmts, err
	}
	alter := func(table string) string { return "ALTER TABLE " + dialect.Quote(table) + " " }
	column := func(table, col string) string { return alter(table) + "ALTER COLUMN " + dialect.Quote(col) + " " }
	switch c := c.(type) {
	case *schema.CreateEnum:
		return []string{d.CreateEnum(c.E)}, nil
	case *schema.DropEnum:
		return []string{"DROP TYPE " + dialect.Quote(c.E.Name)}, nil
	case *schema.AddEnumValue:
		s := "ALTER TYPE " + dialect.Quote(c.Enum) + " ADD VALUE " + dialect.QuoteString(c.Value)
		switch {
		case c.Before != "":
			s += " BEFORE " + dialect.QuoteString(c.Before)
		case c.After != "":
			s += " AFTER " + dialect.QuoteString(c.After)
		}
		return []string{s}, nil
	case *schema.AlterType:
		st, err := d.ColumnType(&schema.Column{Name: c.Column, Type: c.To})
		if err != nil {
			return nil, fmt.Errorf("ferro/migrate: %s.%s: %w", c.Table, c.Column, err)
		}
		if c.IsEnumChange() {
			// PostgreSQL cannot cast a default to or from an enum type by
			// itself: drop it, change the type through text, set it again.
			out := []string{column(c.Table, c.Column) + "DROP DEFAULT",
				column(c.Table, c.Column) + "TYPE " + st + " USING " + dialect.Quote(c.Column) + "::text::" + st}
			if c.ToDefault != "" {
				out = append(out, column(c.Table, c.Column)+"SET DEFAULT "+c.ToDefault)
			}
			return out, nil
		}
		if c.Zone != "" { // timestamp <-> timestamptz in the named zone
			return []string{column(c.Table, c.Column) + "TYPE " + st + " USING " + dialect.Quote(c.Column) + " AT TIME ZONE " + dialect.QuoteString(c.Zone)}, nil
		}
		return []string{column(c.Table, c.Column) + "TYPE " + st + " USING " + dialect.Quote(c.Column) + "::" + st}, nil
	case *schema.SetNotNull:
		var out []string
		if c.Backfill != "" {
			out = append(out, "UPDATE "+dialect.Quote(c.Table)+" SET "+dialect.Quote(c.Column)+" = "+c.Backfill+" WHERE "+dialect.Quote(c.Column)+" IS NULL")
		}
		return append(out, column(c.Table, c.Column)+"SET NOT NULL"), nil
	case *schema.DropNotNull:
		return []string{column(c.Table, c.Column) + "DROP NOT NULL"}, nil
	case *schema.SetDefault:
		return []string{column(c.Table, c.Column) + "SET DEFAULT " + c.To}, nil
	case *schema.DropDefault:
		return []string{column(c.Table, c.Column) + "DROP DEFAULT"}, nil
	case *schema.DropIndex: // a constraint (plain indexes are common)
		return []string{dropConstraint(c.Table, c.I.Name)}, nil
	case *schema.RenameIndex:
		if c.To.Constraint {
			return []string{alter(c.Table) + "RENAME CONSTRAINT " + dialect.Quote(c.From) + " TO " + dialect.Quote(c.To.Name)}, nil
		}
		return []string{"ALTER INDEX " + dialect.Quote(c.From) + " RENAME TO " + dialect.Quote(c.To.Name)}, nil
	case *schema.RenameConstraint:
		return []string{alter(c.Table) + "RENAME CONSTRAINT " + dialect.Quote(c.From) + " TO " + dialect.Quote(c.To)}, nil
	case *schema.AddForeignKey:
		return []string{d.AddForeignKey(c.Table, c.FK)}, nil
	case *schema.DropForeignKey:
		return []string{dropConstraint(c.Table, c.FK.Name)}, nil
	case *schema.AddCheck:
		return []string{alter(c.Table) + "ADD CONSTRAINT " + dialect.Quote(c.Check.Name) + " CHECK (" + c.Check.Condition() + ")"}, nil
	case *schema.DropCheck:
		return []string{dropConstraint(c.Table, c.Check.Name)}, nil
	}
	return nil, dialect.NoRender("postgres", c, "(it alters tables in place)")
}

func dropConstraint(table, name string) string {
	return "ALTER TABLE " + dialect.Quote(table) + " DROP CONSTRAINT " + dialect.Quote(name)
}
