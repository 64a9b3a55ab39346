package catalog

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/model"
	"github.com/ferrosql/ferro/schema"
)

// Validate reports the first thing of s that FromModels refuses in a
// schema it would build from models, or nil: names (empty, too long, NUL,
// ferro's reserved prefix, collisions where the engines keep names
// apart), columns of a type outside the vocabulary that cannot be a type
// name, defaults that are not literals, generated columns that are not
// integers without a default, keys, indexes and foreign keys over columns
// the table lacks, foreign keys to no key of a table of s or of another
// type, actions a column cannot take, check expressions and predicates
// that do not stay in their place, partition keys, native enums. Every
// schema FromModels returns passes it (FromModels ends with it); ferro gen
// runs it on the schema its code describes, so that a file FromModels
// would refuse is never written. The error wraps ErrModel.
func Validate(s *schema.Schema) error {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrModel, fmt.Sprintf(format, args...))
	}
	tables := map[string]*schema.Table{}
	relations := map[string]string{}
	for _, t := range s.Tables {
		if err := checkIdent("table", t.Name); err != nil {
			return fail("%v", err)
		}
		if strings.HasPrefix(strings.ToLower(t.Name), dialect.ReservedPrefix) {
			return fail("table name %q starts with %q, which ferro reserves for its own tables", t.Name, dialect.ReservedPrefix)
		}
		if _, ok := tables[t.Name]; ok {
			return fail("table %q is given twice", t.Name)
		}
		tables[t.Name] = t
		relations[t.Name] = "table " + t.Name
	}
	for _, t := range s.Tables {
		if err := validateTable(s, tables, t); err != nil {
			return fail("table %q: %v", t.Name, err)
		}
		names := []string{}
		var constraints []string
		if t.PrimaryKey != nil {
			names = append(names, t.PrimaryKey.Name)
			constraints = append(constraints, t.PrimaryKey.Name)
		}
		for _, x := range t.Indexes {
			names = append(names, x.Name)
		}
		for _, fk := range t.ForeignKeys {
			constraints = append(constraints, fk.Name)
		}
		for _, ck := range t.Checks {
			constraints = append(constraints, ck.Name)
		}
		for _, n := range names {
			if prev, ok := relations[n]; ok {
				return fail("name %q of an index or key of table %q collides with %s", n, t.Name, prev)
			}
			relations[n] = "an index or key of table " + t.Name
		}
		for i, n := range constraints {
			if slices.Contains(constraints[:i], n) {
				return fail("constraint name %q is given twice in table %q", n, t.Name)
			}
		}
	}
	for _, e := range s.Enums {
		if err := model.CheckEnumName(e.Name); err != nil {
			return fail("enum type %q: %v", e.Name, err)
		}
		if _, ok := tables[e.Name]; ok {
			return fail("enum type %q is also the name of a table", e.Name)
		}
	}
	return nil
}

func validateTable(s *schema.Schema, tables map[string]*schema.Table, t *schema.Table) error {
	has := func(what string, cols []string) error {
		if len(cols) == 0 {
			return fmt.Errorf("%s has no columns", what)
		}
		for _, c := range cols {
			if _, ok := t.Column(c); !ok {
				return fmt.Errorf("%s: %q is not a column of the table", what, c)
			}
		}
		return nil
	}
	for i, c := range t.Columns {
		if err := checkIdent("column", c.Name); err != nil {
			return err
		}
		if slices.ContainsFunc(t.Columns[:i], func(o *schema.Column) bool { return o.Name == c.Name }) {
			return fmt.Errorf("column %q is given twice", c.Name)
		}
		switch {
		case c.Type.Kind == schema.KindUnknown:
			if err := dialect.CheckTypeSpelling(c.Type.Raw); err != nil {
				return fmt.Errorf("column %q: %w", c.Name, err)
			}
		case c.Type.Kind == schema.KindEnum:
			if _, ok := s.Enum(c.Type.Raw); !ok {
				return fmt.Errorf("column %q: enum type %q is not among the schema's", c.Name, c.Type.Raw)
			}
		case c.Type.Declared() != "":
			if err := dialect.CheckTypeSpelling(c.Type.Declared()); err != nil {
				return fmt.Errorf("column %q: %w", c.Name, err)
			}
		}
		if c.Default != "" {
			if _, err := checkDefault(c.Default, c.Type, nil); err != nil {
				return fmt.Errorf("column %q: %v", c.Name, err)
			}
		}
		if c.AutoIncrement && (!c.Type.Kind.IsInteger() || c.Type.Array || c.Type.Raw != "" || c.Nullable || c.Default != "") {
			return fmt.Errorf("column %q is generated (autoincrement) but is not an integer column without a default that never holds NULL", c.Name)
		}
		if c.Monotonic && !c.AutoIncrement {
			return fmt.Errorf("column %q is monotonic but not generated", c.Name)
		}
	}
	if pk := t.PrimaryKey; pk != nil {
		if err := checkIdent("primary key", pk.Name); err != nil {
			return err
		}
		if err := has("primary key", pk.Columns); err != nil {
			return err
		}
	}
	for _, x := range t.Indexes {
		if err := checkIdent("index", x.Name); err != nil {
			return err
		}
		if x.Extra != "" || x.EngineNamed {
			return fmt.Errorf("index %q has features models do not declare (%s)", x.Name, x.Extra)
		}
		if err := has("index "+x.Name, x.Columns); err != nil {
			return err
		}
		if x.Where != "" {
			if err := dialect.CheckExpression(x.Where); err != nil {
				return fmt.Errorf("index %q: %w", x.Name, err)
			}
		}
	}
	for _, fk := range t.ForeignKeys {
		if err := validateForeignKey(tables, t, fk); err != nil {
			return fmt.Errorf("foreign key %q: %w", fk.Name, err)
		}
	}
	for _, ck := range t.Checks {
		if err := checkIdent("check", ck.Name); err != nil {
			return err
		}
		if ck.Values != nil {
			if _, ok := t.Column(ck.Column); !ok {
				return fmt.Errorf("check %q: %q is not a column of the table", ck.Name, ck.Column)
			}
		} else if err := dialect.CheckExpression(ck.Expr); err != nil {
			return fmt.Errorf("check %q: %w", ck.Name, err)
		}
	}
	if p := t.PartitionBy; p != nil {
		if p.Method != "range" && p.Method != "list" && p.Method != "hash" {
			return fmt.Errorf("partition method %q: want range, list or hash", p.Method)
		}
		if err := has("the partition key", p.Columns); err != nil {
			return err
		}
	}
	return nil
}

func validateForeignKey(tables map[string]*schema.Table, t *schema.Table, fk *schema.ForeignKey) error {
	if err := checkIdent("foreign key", fk.Name); err != nil {
		return err
	}
	if fk.Extra != "" {
		return fmt.Errorf("has features models do not declare (%s)", fk.Extra)
	}
	ref, ok := tables[fk.RefTable]
	if !ok {
		return fmt.Errorf("references table %q, which is not among the models", fk.RefTable)
	}
	if len(fk.Columns) == 0 || len(fk.Columns) != len(fk.RefColumns) {
		return fmt.Errorf("has %d columns and %d referenced columns", len(fk.Columns), len(fk.RefColumns))
	}
	rb := &built{table: ref}
	if !rb.isKey(fk.RefColumns) {
		return fmt.Errorf("references (%s), neither the primary key of %q nor one of its unique indexes", strings.Join(fk.RefColumns, ", "), fk.RefTable)
	}
	for i, c := range fk.Columns {
		col, ok := t.Column(c)
		if !ok {
			return fmt.Errorf("%q is not a column of the table", c)
		}
		rc, ok := ref.Column(fk.RefColumns[i])
		if !ok {
			return fmt.Errorf("%q is not a column of %q", fk.RefColumns[i], fk.RefTable)
		}
		if !keyTypes(col.Type, rc.Type) {
			return fmt.Errorf("column %q is %s but %s.%s is %s", c, col.Type, fk.RefTable, rc.Name, rc.Type)
		}
		for _, a := range []string{fk.OnDelete, fk.OnUpdate} {
			switch a {
			case schema.ActionNoAction, schema.ActionRestrict, schema.ActionCascade, schema.ActionSetNull, schema.ActionSetDefault:
			default:
				return fmt.Errorf("action %q", a)
			}
		}
		if err := checkActions(fk, col); err != nil {
			return err
		}
	}
	return nil
}
