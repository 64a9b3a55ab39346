package catalog

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/schema"
)

// A model's table-level declarations (issue 17): the Constraints method,
// whose schema.Constraints name and shape the primary key, indexes,
// foreign keys and checks beyond what the fields' tags declare
// (docs/models.md, "Names").

// constrainer is implemented by models that declare constraints.
type constrainer interface{ Constraints() schema.Constraints }

// declaredConstraints returns what model type t declares with a
// Constraints method (value or pointer receiver), and whether it has one.
func declaredConstraints(t reflect.Type) (schema.Constraints, bool) {
	c, ok := reflect.New(t).Interface().(constrainer)
	if !ok {
		return schema.Constraints{}, false
	}
	return c.Constraints(), true
}

// keyTypes reports whether a foreign key column of type col may reference
// a column of type ref: the same type, or two integers of any widths
// (both engines compare them by value: SQLite's INT and INTEGER are one
// storage, and PostgreSQL has cross-width integer equality).
func keyTypes(col, ref schema.Type) bool {
	return col == ref || col.Kind.IsInteger() && ref.Kind.IsInteger() && !col.Array && !ref.Array && col.Raw == "" && ref.Raw == ""
}

// declare applies d, what the model's Constraints method returns, to the
// table its tags built: the primary key's name and order, the named
// indexes and checks, the partition key; its foreign keys wait for every
// table (resolveDeclared).
func (bt *built) declare(d schema.Constraints) error {
	tb := bt.table
	fail := func(reason string, args ...any) error {
		return &ModelError{Type: bt.goType.String(), Reason: "Constraints(): " + fmt.Sprintf(reason, args...)}
	}
	if pk := d.PrimaryKey; pk != nil && tb.PrimaryKey != nil {
		if pk.Name != "" {
			if err := checkIdent("primary key", pk.Name); err != nil {
				return fail("%v", err)
			}
			tb.PrimaryKey.Name = pk.Name
		}
		if pk.Columns != nil {
			if len(pk.Columns) != len(tb.PrimaryKey.Columns) || !sameSet(pk.Columns, tb.PrimaryKey.Columns) {
				return fail("PrimaryKey lists (%s), but the fields tagged pk are (%s); list each pk field once, in the key's order", strings.Join(pk.Columns, ", "), strings.Join(tb.PrimaryKey.Columns, ", "))
			}
			tb.PrimaryKey.Columns = slices.Clone(pk.Columns)
		}
	}
	for _, x := range d.Indexes {
		if x == nil {
			return fail("Indexes holds nil")
		}
		nx, err := bt.declaredIndex(x)
		if err != nil {
			return fail("index %q: %v", x.Name, err)
		}
		if nx.Unique && len(nx.Columns) == 1 && nx.Where == "" {
			bt.unique[nx.Columns[0]] = true
		}
		tb.Indexes = append(tb.Indexes, nx)
	}
	for _, ck := range d.Checks {
		if ck == nil {
			return fail("Checks holds nil")
		}
		if err := checkIdent("check", ck.Name); err != nil {
			return fail("check: %v", err)
		}
		if ck.Column != "" || ck.Values != nil || ck.Ints {
			return fail("check %q: give the expression in Expr (an enum's check comes from its Go type)", ck.Name)
		}
		if err := dialect.CheckExpression(ck.Expr); err != nil {
			return fail("check %q: %v", ck.Name, err)
		}
		tb.Checks = append(tb.Checks, &schema.Check{Name: ck.Name, Expr: ck.Expr})
	}
	if p := d.PartitionBy; p != nil {
		switch p.Method {
		case "range", "list", "hash":
		default:
			return fail("PartitionBy method %q: want range, list or hash", p.Method)
		}
		if err := bt.columnsOf("PartitionBy", p.Columns); err != nil {
			return fail("%v", err)
		}
		tb.PartitionBy = &schema.PartitionKey{Method: p.Method, Columns: slices.Clone(p.Columns)}
	}
	for _, fk := range d.ForeignKeys {
		if fk == nil {
			return fail("ForeignKeys holds nil")
		}
	}
	bt.declared = d.ForeignKeys
	return nil
}

// declaredIndex checks a declared index and returns the model's copy.
func (bt *built) declaredIndex(x *schema.Index) (*schema.Index, error) {
	if err := checkIdent("index", x.Name); err != nil {
		return nil, err
	}
	if x.Constraint || x.EngineNamed || x.Extra != "" {
		return nil, fmt.Errorf("the fields Constraint, EngineNamed and Extra are what Inspect reports of a live index; leave them out")
	}
	if err := bt.columnsOf("Columns", x.Columns); err != nil {
		return nil, err
	}
	if len(x.Include) > 0 {
		if err := bt.columnsOf("Include", x.Include); err != nil {
			return nil, err
		}
	}
	if x.Where != "" {
		if err := dialect.CheckExpression(x.Where); err != nil {
			return nil, fmt.Errorf("the predicate (Where): %w", err)
		}
	}
	if x.Method != "" && (strings.ContainsRune(x.Method, 0) || strings.TrimSpace(x.Method) != x.Method) {
		return nil, fmt.Errorf("method %q: write the method's name (gin, gist, hash ...)", x.Method)
	}
	nx := &schema.Index{Name: x.Name, Unique: x.Unique, Columns: slices.Clone(x.Columns), Include: slices.Clone(x.Include), Where: x.Where, Method: x.Method}
	if x.Method == "btree" {
		nx.Method = "" // the default, as Inspect reports it
	}
	if x.Desc != nil {
		if len(x.Desc) != len(x.Columns) {
			return nil, fmt.Errorf("the Desc list has %d entries for %d columns; give one per column, or nil", len(x.Desc), len(x.Columns))
		}
		if slices.Contains(x.Desc, true) {
			nx.Desc = slices.Clone(x.Desc)
		}
	}
	if x.Collate != nil {
		if len(x.Collate) != len(x.Columns) {
			return nil, fmt.Errorf("the Collate list has %d entries for %d columns; give one per column (\"\" for the column's own), or nil", len(x.Collate), len(x.Columns))
		}
		for _, c := range x.Collate {
			if strings.ContainsRune(c, 0) {
				return nil, fmt.Errorf("collation %q contains NUL", c)
			}
			if c != "" {
				nx.Collate = slices.Clone(x.Collate)
			}
		}
	}
	return nx, nil
}

// columnsOf checks that cols are columns of the table, each once.
func (bt *built) columnsOf(what string, cols []string) error {
	if len(cols) == 0 {
		return fmt.Errorf("the %s list is empty; name the columns", what)
	}
	for i, c := range cols {
		if _, ok := bt.table.Column(c); !ok {
			return fmt.Errorf("the %s list names %q, which is not a column of table %q (columns are named as in the tags)", what, c, bt.table.Name)
		}
		if slices.Contains(cols[:i], c) {
			return fmt.Errorf("the %s list names %q twice", what, c)
		}
	}
	return nil
}

// resolveDeclared adds the foreign keys the models' Constraints methods
// declare, once every table is built: each references a table of the
// models by its primary key or a unique index's columns (in any order),
// column by column of matching types.
func (b *builder) resolveDeclared() error {
	for _, bt := range b.order {
		for _, fk := range bt.declared {
			fail := func(reason string, args ...any) error {
				return &ModelError{Type: bt.goType.String(), Reason: fmt.Sprintf("Constraints(): foreign key %q: ", fk.Name) + fmt.Sprintf(reason, args...)}
			}
			if err := checkIdent("foreign key", fk.Name); err != nil {
				return fail("%v", err)
			}
			if fk.Extra != "" {
				return fail("Extra is what Inspect reports of a live key; leave it out")
			}
			if err := bt.columnsOf("Columns", fk.Columns); err != nil {
				return fail("%v", err)
			}
			ref, ok := b.tables[fk.RefTable]
			if !ok {
				return fail("RefTable %q is not among the models; pass its model to FromModels too", fk.RefTable)
			}
			if len(fk.RefColumns) != len(fk.Columns) {
				return fail("%d columns reference %d; give one referenced column per column", len(fk.Columns), len(fk.RefColumns))
			}
			if err := ref.columnsOf("RefColumns", fk.RefColumns); err != nil {
				return fail("%v", err)
			}
			if !ref.isKey(fk.RefColumns) {
				return fail("RefColumns (%s) are not the primary key of %q nor the columns of one of its unique indexes; the engine needs one", strings.Join(fk.RefColumns, ", "), fk.RefTable)
			}
			nfk := &schema.ForeignKey{Name: fk.Name, Columns: slices.Clone(fk.Columns), RefTable: fk.RefTable, RefColumns: slices.Clone(fk.RefColumns),
				OnDelete: actionOr(fk.OnDelete), OnUpdate: actionOr(fk.OnUpdate), Deferrable: fk.Deferrable || fk.InitiallyDeferred, InitiallyDeferred: fk.InitiallyDeferred}
			for i, c := range fk.Columns {
				col, _ := bt.table.Column(c)
				rc, _ := ref.table.Column(fk.RefColumns[i])
				if !keyTypes(col.Type, rc.Type) {
					return fail("column %q is %s but %s.%s is %s; use the same type", c, col.Type, fk.RefTable, rc.Name, rc.Type)
				}
				for _, a := range []string{nfk.OnDelete, nfk.OnUpdate} {
					switch a {
					case schema.ActionNoAction, schema.ActionRestrict, schema.ActionCascade, schema.ActionSetNull, schema.ActionSetDefault:
					default:
						return fail("action %q: use cascade, restrict, set null, set default or no action (or leave it empty)", a)
					}
				}
				if err := checkActions(nfk, col); err != nil {
					return fail("%v", err)
				}
			}
			bt.table.ForeignKeys = append(bt.table.ForeignKeys, nfk)
		}
	}
	return nil
}

// isKey reports whether cols are, as a set, the table's primary key or
// the columns of one of its unique indexes without a predicate.
func (bt *built) isKey(cols []string) bool {
	t := bt.table
	if t.PrimaryKey != nil && len(t.PrimaryKey.Columns) == len(cols) && sameSet(t.PrimaryKey.Columns, cols) {
		return true
	}
	return slices.ContainsFunc(t.Indexes, func(x *schema.Index) bool {
		return x.Unique && x.Where == "" && len(x.Columns) == len(cols) && sameSet(x.Columns, cols)
	})
}

// sameSet reports whether a and b hold the same strings, each as often.
func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}
