package command

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// JSONFormat is the version of `ferro inspect -json` output. It changes
// only when a field changes meaning or is removed (docs/command.md); new
// fields may be added without a change.
const JSONFormat = 1

// Catalog is the JSON form of a schema (`ferro inspect -json`).
type Catalog struct {
	Format  int            `json:"format"`
	Dialect schema.Dialect `json:"dialect"`
	Tables  []Table        `json:"tables"`
	Views   []string       `json:"views"`
	// Enums are the native enum types (PostgreSQL), by name.
	Enums []Enum `json:"enums,omitempty"`
}

// Enum is the JSON form of schema.Enum: its labels in order.
type Enum struct {
	Name   string   `json:"name"`
	Values []string `json:"values"`
}

// Table is the JSON form of schema.Table.
type Table struct {
	Name        string       `json:"name"`
	Columns     []Column     `json:"columns"`
	PrimaryKey  *PrimaryKey  `json:"primary_key"`
	Indexes     []Index      `json:"indexes"`
	ForeignKeys []ForeignKey `json:"foreign_keys"`
	Checks      []Check      `json:"checks"`
	Extra       string       `json:"extra,omitempty"`
	// PartitionBy is a partitioned table's key; Partitions its partitions
	// (PostgreSQL), which are not tables of the catalog.
	PartitionBy *PartitionKey `json:"partition_by,omitempty"`
	Partitions  []string      `json:"partitions,omitempty"`
}

// PartitionKey is the JSON form of schema.PartitionKey.
type PartitionKey struct {
	Method  string   `json:"method"`
	Columns []string `json:"columns"`
}

// Column is the JSON form of schema.Column; Type is the canonical
// spelling (schema.ParseType reads it back).
type Column struct {
	Name          string `json:"name"`
	Type          string `json:"type"`
	Nullable      bool   `json:"nullable"`
	Default       string `json:"default,omitempty"`
	AutoIncrement bool   `json:"auto_increment,omitempty"`
	Monotonic     bool   `json:"monotonic,omitempty"`
	Extra         string `json:"extra,omitempty"`
}

// PrimaryKey is the JSON form of schema.PrimaryKey.
type PrimaryKey struct {
	Name    string   `json:"name"`
	Columns []string `json:"columns"`
}

// Index is the JSON form of schema.Index.
type Index struct {
	Name        string   `json:"name"`
	Unique      bool     `json:"unique"`
	Columns     []string `json:"columns"`
	Include     []string `json:"include,omitempty"`
	Where       string   `json:"where,omitempty"`
	Method      string   `json:"method,omitempty"`
	Desc        []bool   `json:"desc,omitempty"`
	Collate     []string `json:"collate,omitempty"`
	Constraint  bool     `json:"constraint,omitempty"`
	EngineNamed bool     `json:"engine_named,omitempty"`
	Extra       string   `json:"extra,omitempty"`
}

// ForeignKey is the JSON form of schema.ForeignKey.
type ForeignKey struct {
	Name              string   `json:"name"`
	Columns           []string `json:"columns"`
	RefTable          string   `json:"ref_table"`
	RefColumns        []string `json:"ref_columns"`
	OnDelete          string   `json:"on_delete"`
	OnUpdate          string   `json:"on_update"`
	Deferrable        bool     `json:"deferrable,omitempty"`
	InitiallyDeferred bool     `json:"initially_deferred,omitempty"`
	Extra             string   `json:"extra,omitempty"`
}

// Check is the JSON form of schema.Check: an enum check has Column and
// Values, any other check Expr.
type Check struct {
	Name   string   `json:"name"`
	Column string   `json:"column,omitempty"`
	Values []string `json:"values,omitempty"`
	Expr   string   `json:"expr,omitempty"`
}

// ToJSON converts s to its JSON form. Slices are never null.
func ToJSON(s *schema.Schema, dialectName schema.Dialect) Catalog {
	c := Catalog{Format: JSONFormat, Dialect: dialectName, Tables: []Table{}, Views: append([]string{}, s.Views...)}
	for _, t := range s.Tables {
		jt := Table{Name: t.Name, Columns: []Column{}, Indexes: []Index{}, ForeignKeys: []ForeignKey{}, Checks: []Check{}, Extra: t.Extra, Partitions: t.Partitions}
		if p := t.PartitionBy; p != nil {
			jt.PartitionBy = &PartitionKey{Method: p.Method, Columns: p.Columns}
		}
		for _, col := range t.Columns {
			jt.Columns = append(jt.Columns, Column{Name: col.Name, Type: col.Type.String(), Nullable: col.Nullable, Default: col.Default, AutoIncrement: col.AutoIncrement, Monotonic: col.Monotonic, Extra: col.Extra})
		}
		if t.PrimaryKey != nil {
			jt.PrimaryKey = &PrimaryKey{Name: t.PrimaryKey.Name, Columns: t.PrimaryKey.Columns}
		}
		for _, x := range t.Indexes {
			jt.Indexes = append(jt.Indexes, Index{Name: x.Name, Unique: x.Unique, Columns: x.Columns, Include: x.Include, Where: x.Where, Method: x.Method, Desc: x.Desc, Collate: x.Collate,
				Constraint: x.Constraint, EngineNamed: x.EngineNamed, Extra: x.Extra})
		}
		for _, fk := range t.ForeignKeys {
			jt.ForeignKeys = append(jt.ForeignKeys, ForeignKey{Name: fk.Name, Columns: fk.Columns, RefTable: fk.RefTable, RefColumns: fk.RefColumns, OnDelete: fk.OnDelete, OnUpdate: fk.OnUpdate,
				Deferrable: fk.Deferrable, InitiallyDeferred: fk.InitiallyDeferred, Extra: fk.Extra})
		}
		for _, ck := range t.Checks {
			jt.Checks = append(jt.Checks, Check{Name: ck.Name, Column: ck.Column, Values: ck.Values, Expr: ck.Expr})
		}
		c.Tables = append(c.Tables, jt)
	}
	for _, e := range s.Enums {
		c.Enums = append(c.Enums, Enum{Name: e.Name, Values: e.Values})
	}
	return c
}

// Schema converts the JSON form back to a catalog schema.
func (c Catalog) Schema() (*schema.Schema, error) {
	s := &schema.Schema{}
	if len(c.Views) > 0 {
		s.Views = c.Views
	}
	for _, e := range c.Enums {
		s.Enums = append(s.Enums, &schema.Enum{Name: e.Name, Values: e.Values})
	}
	for _, jt := range c.Tables {
		t := &schema.Table{Name: jt.Name, Extra: jt.Extra, Partitions: jt.Partitions}
		if p := jt.PartitionBy; p != nil {
			t.PartitionBy = &schema.PartitionKey{Method: p.Method, Columns: p.Columns}
		}
		for _, jc := range jt.Columns {
			typ, err := schema.ParseType(jc.Type)
			if err != nil {
				return nil, err
			}
			t.Columns = append(t.Columns, &schema.Column{Name: jc.Name, Type: typ, Nullable: jc.Nullable, Default: jc.Default, AutoIncrement: jc.AutoIncrement, Monotonic: jc.Monotonic, Extra: jc.Extra})
		}
		if jt.PrimaryKey != nil {
			t.PrimaryKey = &schema.PrimaryKey{Name: jt.PrimaryKey.Name, Columns: jt.PrimaryKey.Columns}
		}
		for _, x := range jt.Indexes {
			t.Indexes = append(t.Indexes, &schema.Index{Name: x.Name, Unique: x.Unique, Columns: x.Columns, Include: x.Include, Where: x.Where, Method: x.Method, Desc: x.Desc, Collate: x.Collate,
				Constraint: x.Constraint, EngineNamed: x.EngineNamed, Extra: x.Extra})
		}
		for _, fk := range jt.ForeignKeys {
			t.ForeignKeys = append(t.ForeignKeys, &schema.ForeignKey{Name: fk.Name, Columns: fk.Columns, RefTable: fk.RefTable, RefColumns: fk.RefColumns, OnDelete: fk.OnDelete, OnUpdate: fk.OnUpdate,
				Deferrable: fk.Deferrable, InitiallyDeferred: fk.InitiallyDeferred, Extra: fk.Extra})
		}
		for _, ck := range jt.Checks {
			t.Checks = append(t.Checks, &schema.Check{Name: ck.Name, Column: ck.Column, Values: ck.Values, Expr: ck.Expr})
		}
		s.Tables = append(s.Tables, t)
	}
	return s, nil
}

func writeJSON(w io.Writer, s *schema.Schema, dialectName schema.Dialect) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(ToJSON(s, dialectName))
}

// writeDDL prints s as the DDL of d, its engine: what ferro would create
// for the parts it models (the dialect's own column definitions), the live
// spelling for unknown types, and a comment for every feature ferro reads
// but does not model. It never fails: it is for reading, not for
// replaying.
func writeDDL(w io.Writer, s *schema.Schema, d dialect.Dialect, source string) {
	dialectName := d.Name()
	fmt.Fprintf(w, "-- %s database %s: %d table(s), %d view(s), as ferro reads it\n", dialectName, source, len(s.Tables), len(s.Views))
	if ec, ok := d.(dialect.EnumCreator); ok {
		for _, e := range s.Enums {
			fmt.Fprintf(w, "\n%s;\n", ec.CreateEnum(e))
		}
	}
	for _, t := range dialect.CreateOrder(s) {
		fmt.Fprintf(w, "\nCREATE TABLE %s (", dialect.Quote(t.Name))
		sep := "\n\t"
		for _, c := range t.Columns {
			def, err := d.ColumnDef(t.Name, c)
			if err != nil || c.Type.Kind == schema.KindUnknown {
				def = dialect.Quote(c.Name) + " " + c.Type.Raw
				if !c.Nullable {
					def += " NOT NULL"
				}
				if c.Default != "" {
					def += " DEFAULT " + c.Default
				}
				def += " /* " + comment(c.Type.String()) + " */"
			}
			if c.Extra != "" {
				def += " /* " + comment(c.Extra) + " */"
			}
			fmt.Fprint(w, sep+def)
			sep = ",\n\t"
		}
		if pk := t.PrimaryKey; pk != nil {
			fmt.Fprint(w, sep)
			if pk.Name != "" {
				fmt.Fprintf(w, "CONSTRAINT %s ", dialect.Quote(pk.Name))
			}
			fmt.Fprintf(w, "PRIMARY KEY %s", dialect.QuoteList(pk.Columns))
		}
		for _, fk := range t.ForeignKeys {
			fmt.Fprint(w, sep+dialect.ForeignKeyClause(fk, d.QuoteRef))
			if fk.Extra != "" {
				fmt.Fprintf(w, " /* %s */", comment(fk.Extra))
			}
		}
		for _, ck := range t.Checks {
			fmt.Fprint(w, sep)
			if ck.Name != "" {
				fmt.Fprintf(w, "CONSTRAINT %s ", dialect.Quote(ck.Name))
			}
			fmt.Fprintf(w, "CHECK (%s)", ck.Condition())
		}
		fmt.Fprint(w, "\n)")
		if p := t.PartitionBy; p != nil {
			fmt.Fprintf(w, " PARTITION BY %s %s", strings.ToUpper(p.Method), indexCols(p.Columns))
		}
		if t.Extra != "" {
			fmt.Fprintf(w, " /* %s */", comment(t.Extra))
		}
		fmt.Fprintln(w, ";")
		if len(t.Partitions) > 0 {
			fmt.Fprintf(w, "-- partitions of %s: %s\n", dialect.Quote(t.Name), strings.Join(t.Partitions, ", "))
		}
		for _, c := range t.Columns {
			if c.Monotonic {
				fmt.Fprintf(w, "-- %s.%s: AUTOINCREMENT (the ids of deleted rows are never given again)\n", dialect.Quote(t.Name), dialect.Quote(c.Name))
			}
		}
		for _, x := range t.Indexes {
			u := ""
			if x.Unique {
				u = "UNIQUE "
			}
			using := ""
			if x.Method != "" {
				using = "USING " + x.Method + " "
			}
			parts := make([]string, len(x.Columns))
			for i, c := range x.Columns {
				parts[i] = indexCols([]string{c})
				parts[i] = parts[i][1 : len(parts[i])-1]
				if i < len(x.Collate) && x.Collate[i] != "" {
					parts[i] += " COLLATE " + dialect.Quote(x.Collate[i])
				}
				if i < len(x.Desc) && x.Desc[i] {
					parts[i] += " DESC"
				}
			}
			fmt.Fprintf(w, "CREATE %sINDEX %s ON %s %s(%s)", u, dialect.Quote(x.Name), dialect.Quote(t.Name), using, strings.Join(parts, ", "))
			if len(x.Include) > 0 {
				fmt.Fprintf(w, " INCLUDE %s", dialect.QuoteList(x.Include))
			}
			if x.Where != "" {
				fmt.Fprintf(w, " WHERE %s", x.Where)
			}
			var notes []string
			if x.Constraint {
				notes = append(notes, "backs a UNIQUE constraint")
			}
			if x.EngineNamed {
				notes = append(notes, "named by the engine")
			}
			if x.Extra != "" {
				notes = append(notes, x.Extra)
			}
			if len(notes) > 0 {
				fmt.Fprintf(w, " /* %s */", comment(strings.Join(notes, "; ")))
			}
			fmt.Fprintln(w, ";")
		}
	}
	for _, v := range s.Views {
		fmt.Fprintf(w, "\n-- view %s (definition not read)\n", dialect.Quote(v))
	}
}

func indexCols(cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		if strings.HasPrefix(c, "(") {
			q[i] = c
		} else {
			q[i] = dialect.Quote(c)
		}
	}
	return "(" + strings.Join(q, ", ") + ")"
}

func comment(s string) string { return strings.ReplaceAll(s, "*/", "* /") }
