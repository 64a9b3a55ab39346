package catalog

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/model"
	"github.com/ferrosql/ferro/schema"
)

// Relations (docs/models.md, "Relations"): a field whose type is another
// model declares a foreign key (belongs-to); a slice of models tagged m2m
// declares a join table. internal/model resolves the names (one rule for
// the catalog and package relation); this file turns them into columns,
// foreign keys and tables.

// checkRelationTargets resolves every relation of the given models before
// any table is built, so that a relation to a model without a primary key
// is reported on the relation field that needs the key.
func checkRelationTargets(models []any) error {
	for _, m := range models {
		t := reflect.TypeOf(m)
		if t == nil {
			continue // add reports it
		}
		ms, err := model.Of(t)
		if err != nil {
			continue // add reports it
		}
		for i := range ms.Relations {
			r := &ms.Relations[i]
			if r.Kind == model.BelongsTo {
				_, _, err = ms.Keys(r)
			} else {
				_, err = ms.Join(r)
			}
			if err != nil {
				return fromModelError(err, ms.Type)
			}
		}
	}
	return nil
}

// fromModelError turns an internal/model error into a *ModelError.
func fromModelError(err error, t reflect.Type) error {
	var me *model.ModelError
	if errors.As(err, &me) {
		reason := me.Reason
		if reason == "" && me.Err != nil {
			reason = strings.TrimPrefix(me.Err.Error(), "ferro/model: ")
		}
		return &ModelError{Type: me.Type, Field: me.Field, Tag: me.Tag, Reason: reason, Err: err}
	}
	return &ModelError{Type: t.String(), Reason: err.Error(), Err: err}
}

func (b *builder) byType(t reflect.Type) *built {
	for _, bt := range b.order {
		if bt.model != nil && bt.goType == t {
			return bt
		}
	}
	return nil
}

// joinDecl is the first declaration of a join table, to check a second one
// (the other side of the relation) against.
type joinDecl struct {
	owner *built
	rel   *model.Relation
	join  *model.Join
}

// resolveRelations adds the key columns and foreign keys of belongs-to
// relations and appends one table per many-to-many join table, after the
// models' own tables.
func (b *builder) resolveRelations() error {
	models := slices.Clone(b.order)
	joins := map[string]*joinDecl{}
	claimed := map[*schema.Column]string{} // key column -> relation field claiming it
	for _, bt := range models {
		for i := range bt.model.Relations {
			r := &bt.model.Relations[i]
			fail := func(reason string, args ...any) error {
				return &ModelError{Type: bt.goType.String(), Field: r.GoName, Tag: r.RawTag, Reason: fmt.Sprintf(reason, args...)}
			}
			tgt := b.byType(r.Target)
			if tgt == nil {
				if r.Kind == model.ManyToMany {
					return fail("many-to-many relation to %s, which is not among the models; pass it to FromModels too", r.Target)
				}
				return fail("relation to %s, which is not among the models; pass it to FromModels too, or add type=json to store the value as a JSON column", r.Target)
			}
			var err error
			if r.Kind == model.BelongsTo {
				err = b.belongsTo(bt, tgt, r, claimed, fail)
			} else {
				err = b.manyToMany(bt, tgt, r, joins, fail)
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

func (b *builder) belongsTo(bt, tgt *built, r *model.Relation, claimed map[*schema.Column]string, fail func(string, ...any) error) error {
	_, keys, err := bt.model.Keys(r)
	if err != nil {
		return fromModelError(err, bt.goType)
	}
	var cols, refCols []string
	var keyCols []*schema.Column
	added := 0
	for _, k := range keys {
		ref, _ := tgt.table.Column(k.Ref.Column)
		var col *schema.Column
		if k.Field != nil {
			col, _ = bt.table.Column(k.Column)
			switch {
			case k.Field.Tag.FK != "":
				return fail("key field %s also declares fk=%s; remove fk= there, the relation field declares the foreign key", k.Field.GoName, k.Field.Tag.FK)
			case col.Type != ref.Type:
				return fail("key field %s is %s but %s.%s is %s; give %s the Go type of %s.%s (or type=%s)",
					k.Field.GoName, col.Type, tgt.table.Name, ref.Name, ref.Type, k.Field.GoName, tgt.goType.Name(), k.Ref.GoName, ref.Type)
			}
			// A key that is also this table's own key (a shared one-to-one
			// key) takes the target's values: never generated here.
			col.AutoIncrement, col.Monotonic = false, false
		} else {
			if err := checkIdent("column", k.Column); err != nil {
				return fail("%v", err)
			}
			if c, taken := bt.table.Column(k.Column); taken {
				// Not a field's column (Keys would have used it): another
				// relation added it.
				return fail("key column %q is also the key of relation field %s; give one of them another key column with fk_column=", k.Column, claimed[c])
			}
			col = &schema.Column{Name: k.Column, Type: ref.Type, Nullable: r.Optional}
			if r.Tag.HasDefault {
				if len(keys) > 1 {
					return fail("default= needs a single key column; %s has a composite primary key", tgt.goType)
				}
				d, err := checkDefault(r.Tag.Default, col.Type, nil)
				if err != nil {
					return fail("%v", err)
				}
				col.Default = d
			}
			bt.table.Columns = append(bt.table.Columns, col)
			added++
		}
		if prev, ok := claimed[col]; ok {
			return fail("key column %q is also the key of relation field %s; give one of them another key column with fk_column=", col.Name, prev)
		}
		claimed[col] = r.GoName
		cols = append(cols, col.Name)
		refCols = append(refCols, ref.Name)
		keyCols = append(keyCols, col)
	}
	if r.Tag.HasDefault && added == 0 {
		return fail("default= sets the default of a key column the relation adds, but the key is field %s; put default= there", keys[0].Field.GoName)
	}
	fk := &schema.ForeignKey{
		Name: dialect.ConstraintName(dialect.PrefixForeignKey, bt.table.Name, cols...), Columns: cols,
		RefTable: tgt.table.Name, RefColumns: refCols, OnDelete: actionOr(r.Tag.OnDelete), OnUpdate: actionOr(r.Tag.OnUpdate),
		Deferrable: r.Tag.Deferrable, InitiallyDeferred: r.Tag.InitiallyDeferred,
	}
	for _, c := range keyCols {
		if err := checkActions(fk, c); err != nil {
			return fail("%v", err)
		}
	}
	bt.table.ForeignKeys = append(bt.table.ForeignKeys, fk)
	if r.Tag.Index {
		bt.table.Indexes = append(bt.table.Indexes, &schema.Index{Name: dialect.ConstraintName(dialect.PrefixIndex, bt.table.Name, cols...), Columns: cols})
	}
	return nil
}

// checkActions refuses foreign key actions the column cannot take.
func checkActions(fk *schema.ForeignKey, c *schema.Column) error {
	for _, a := range []string{fk.OnDelete, fk.OnUpdate} {
		if a == schema.ActionSetNull && !c.Nullable {
			return fmt.Errorf("fk action %q needs a nullable column, and %q is NOT NULL; make the field a pointer or add nullable", a, c.Name)
		}
		if a == schema.ActionSetDefault && c.Default == "" && !c.Nullable {
			return fmt.Errorf("fk action %q needs a default on the column %q; add default=", a, c.Name)
		}
	}
	return nil
}

func (b *builder) manyToMany(bt, tgt *built, r *model.Relation, joins map[string]*joinDecl, fail func(string, ...any) error) error {
	j, err := bt.model.Join(r)
	if err != nil {
		return fromModelError(err, bt.goType)
	}
	if prev, ok := joins[j.Table]; ok {
		p := prev.join
		if p.Source.Type == j.Target.Type && p.Target.Type == j.Source.Type &&
			slices.Equal(p.SourceColumns, j.TargetColumns) && slices.Equal(p.TargetColumns, j.SourceColumns) {
			return nil // the other side of the same relation: one table
		}
		return fail("join table %q is also declared by %s.%s, differently (%s (%s) -> %s (%s) there, %s (%s) -> %s (%s) here); declare the same pair of models on both sides, or give one relation another m2m=<table>",
			j.Table, prev.owner.goType, prev.rel.GoName,
			p.Source.Type.Name(), strings.Join(p.SourceColumns, ", "), p.Target.Type.Name(), strings.Join(p.TargetColumns, ", "),
			j.Source.Type.Name(), strings.Join(j.SourceColumns, ", "), j.Target.Type.Name(), strings.Join(j.TargetColumns, ", "))
	}
	if err := checkIdent("table", j.Table); err != nil {
		return fail("join table: %v", err)
	}
	if strings.HasPrefix(strings.ToLower(j.Table), dialect.ReservedPrefix) {
		return fail("join table name %q starts with %q, which ferro reserves for its own tables; choose another with m2m=<table>", j.Table, dialect.ReservedPrefix)
	}
	if other, ok := b.tables[j.Table]; ok {
		return fail("join table %q is also the table of %s; choose another name with m2m=<table>", j.Table, other.goType)
	}
	jt := &schema.Table{Name: j.Table}
	keyCols := func(owner *built, key []*model.Field, names []string) error {
		for i, f := range key {
			ref, _ := owner.table.Column(f.Column)
			if err := checkIdent("column", names[i]); err != nil {
				return fail("join table %q: %v", j.Table, err)
			}
			jt.Columns = append(jt.Columns, &schema.Column{Name: names[i], Type: ref.Type})
		}
		return nil
	}
	if err := keyCols(bt, j.SourceKey, j.SourceColumns); err != nil {
		return err
	}
	if err := keyCols(tgt, j.TargetKey, j.TargetColumns); err != nil {
		return err
	}
	pk := append(slices.Clone(j.SourceColumns), j.TargetColumns...)
	rev := append(slices.Clone(j.TargetColumns), j.SourceColumns...)
	jt.PrimaryKey = &schema.PrimaryKey{Name: dialect.ConstraintName(dialect.PrefixPrimaryKey, jt.Name), Columns: pk}
	jt.Indexes = []*schema.Index{{Name: dialect.ConstraintName(dialect.PrefixIndex, jt.Name, rev...), Columns: rev}}
	jt.ForeignKeys = []*schema.ForeignKey{
		{Name: dialect.ConstraintName(dialect.PrefixForeignKey, jt.Name, j.SourceColumns...), Columns: j.SourceColumns,
			RefTable: bt.table.Name, RefColumns: columnNames(j.SourceKey), OnDelete: schema.ActionCascade, OnUpdate: schema.ActionNoAction},
		{Name: dialect.ConstraintName(dialect.PrefixForeignKey, jt.Name, j.TargetColumns...), Columns: j.TargetColumns,
			RefTable: tgt.table.Name, RefColumns: columnNames(j.TargetKey), OnDelete: schema.ActionCascade, OnUpdate: schema.ActionNoAction},
	}
	jb := &built{goType: bt.goType, table: jt, unique: map[string]bool{}}
	b.order = append(b.order, jb)
	b.tables[jt.Name] = jb
	joins[j.Table] = &joinDecl{owner: bt, rel: r, join: j}
	return nil
}

func columnNames(fs []*model.Field) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Column
	}
	return out
}
