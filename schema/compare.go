package schema

import (
	"fmt"
	"slices"
	"strings"
)

// This file holds the one comparison of two schemas. Diff computes it as
// data; Mismatches words it for tests and error messages, and the migrator
// plans from it. Nothing else compares schemas.

// SchemaDiff is how a schema (have) differs from the one wanted (want).
type SchemaDiff struct {
	// Missing are the tables of want that have lacks, in want's order.
	Missing []*Table
	// Unexpected are the tables of have that want lacks, in have's order.
	Unexpected []*Table
	// Changed are the tables of both that differ, in want's order.
	Changed []*TableDiff
	// ViewsDiffer is true when want lists views (models never do: views
	// are kept, not planned) and the two schemas list different ones.
	ViewsDiffer bool
	// Enums is how the native enum types differ (by name; Changed when
	// the labels or their order differ).
	Enums SetDiff[*Enum]
}

// Empty reports whether the schemas are equal.
func (d *SchemaDiff) Empty() bool {
	return len(d.Missing) == 0 && len(d.Unexpected) == 0 && len(d.Changed) == 0 && !d.ViewsDiffer && d.Enums.Empty()
}

// Pair is one named object present on both sides and differing.
type Pair[T any] struct{ Want, Have T }

// SetDiff is how two sets of named objects (indexes, foreign keys, checks)
// differ: Added are in want only, Dropped in have only, Changed in both
// with different definitions.
type SetDiff[T any] struct {
	Added   []T
	Dropped []T
	Changed []Pair[T]
}

// Empty reports whether the sets are equal.
func (d SetDiff[T]) Empty() bool {
	return len(d.Added) == 0 && len(d.Dropped) == 0 && len(d.Changed) == 0
}

// TableDiff is how one table differs.
type TableDiff struct {
	Want, Have *Table
	// ExtraDiffers: the live table features ferro does not model differ.
	ExtraDiffers bool
	// PartitionDiffers: the partition keys differ (Partitions, the list
	// of partitions, is not compared).
	PartitionDiffers bool
	// Added columns (want order) and Dropped columns (have order).
	Added, Dropped []*Column
	// Columns present on both sides that differ, in want order.
	Columns []*ColumnDiff
	// Moved are columns of both sides at another position (want order).
	Moved []string
	// PrimaryKeyDiffers: the keys differ (name or columns).
	PrimaryKeyDiffers bool
	Indexes           SetDiff[*Index]
	ForeignKeys       SetDiff[*ForeignKey]
	Checks            SetDiff[*Check]
}

// ColumnDiff is one column present on both sides, with what differs.
type ColumnDiff struct {
	Want, Have                         *Column
	Type, Null, Default, Auto, Feature bool
}

// Diff compares have against want. Tables are matched by name, columns by
// name; primary keys, indexes, foreign keys and checks by name as the
// engine have was read from compares names (have.FoldNames: ignoring the
// case of ASCII letters), and an object the engine keeps without a name of its
// own (an unnamed SQLite key or check, an EngineNamed index) by what it
// is: it is the one of the other side with the same definition, whatever
// that one's name.
func Diff(want, have *Schema) *SchemaDiff {
	d := &SchemaDiff{}
	fold := have.FoldNames
	for _, w := range want.Tables {
		h, ok := have.Table(w.Name)
		if !ok {
			d.Missing = append(d.Missing, w)
			continue
		}
		if td := DiffTableFold(w, h, fold); td != nil {
			d.Changed = append(d.Changed, td)
		}
	}
	for _, h := range have.Tables {
		if _, ok := want.Table(h.Name); !ok {
			d.Unexpected = append(d.Unexpected, h)
		}
	}
	d.ViewsDiffer = want.Views != nil && !slices.Equal(want.Views, have.Views)
	d.Enums = diffSet(want.Enums, have.Enums, sameName((*Enum).name), (*Enum).Equal)
	return d
}

// DiffTable compares two tables (normally of the same name), names
// exactly; nil when they are equal.
func DiffTable(w, h *Table) *TableDiff { return DiffTableFold(w, h, false) }

// DiffTableFold is DiffTable comparing names as Diff does: with fold,
// ignoring the case of ASCII letters (see Schema.FoldNames).
func DiffTableFold(w, h *Table, fold bool) *TableDiff {
	d := &TableDiff{Want: w, Have: h, ExtraDiffers: w.Extra != h.Extra, PartitionDiffers: !w.PartitionBy.Equal(h.PartitionBy)}
	for i, c := range w.Columns {
		g, ok := h.Column(c.Name)
		if !ok {
			d.Added = append(d.Added, c)
			continue
		}
		cd := &ColumnDiff{Want: c, Have: g, Type: c.Type != g.Type, Null: c.Nullable != g.Nullable,
			Default: c.Default != g.Default, Auto: c.AutoIncrement != g.AutoIncrement || c.Monotonic != g.Monotonic, Feature: c.Extra != g.Extra}
		if cd.Type || cd.Null || cd.Default || cd.Auto || cd.Feature {
			d.Columns = append(d.Columns, cd)
		} else if i >= len(h.Columns) || h.Columns[i] != g {
			d.Moved = append(d.Moved, c.Name)
		}
	}
	for _, g := range h.Columns {
		if _, ok := w.Column(g.Name); !ok {
			d.Dropped = append(d.Dropped, g)
		}
	}
	names := nameRule(fold)
	d.PrimaryKeyDiffers = !names.samePK(w.PrimaryKey, h.PrimaryKey)
	d.Indexes = diffSet(w.Indexes, h.Indexes, func(a, b *Index) bool {
		return names.same(a.Name, b.Name) || (a.EngineNamed || b.EngineNamed) && a.EqualDefinition(b)
	}, (*Index).EqualDefinition)
	// An unnamed foreign key or check (SQLite) is matched by what it is,
	// never by its empty name: two of them are two constraints, in any
	// order; and it is the named one of the other side with the same
	// definition.
	d.ForeignKeys = diffSet(w.ForeignKeys, h.ForeignKeys, func(a, b *ForeignKey) bool {
		if a.Name == "" || b.Name == "" {
			return a.EqualDefinition(b)
		}
		return names.same(a.Name, b.Name)
	}, (*ForeignKey).EqualDefinition)
	d.Checks = diffSet(w.Checks, h.Checks, func(a, b *Check) bool {
		if a.Name == "" || b.Name == "" {
			return a.Condition() == b.Condition()
		}
		return names.same(a.Name, b.Name)
	}, func(a, b *Check) bool { return a.Condition() == b.Condition() })
	if !d.ExtraDiffers && !d.PartitionDiffers && len(d.Added) == 0 && len(d.Dropped) == 0 && len(d.Columns) == 0 && len(d.Moved) == 0 &&
		!d.PrimaryKeyDiffers && d.Indexes.Empty() && d.ForeignKeys.Empty() && d.Checks.Empty() {
		return nil
	}
	return d
}

// diffSet compares want and have, whose elements same tells apart (the
// same object, maybe changed: eq tells).
func diffSet[T any](want, have []T, same func(T, T) bool, eq func(T, T) bool) SetDiff[T] {
	var d SetDiff[T]
	for _, w := range want {
		i := slices.IndexFunc(have, func(g T) bool { return same(w, g) })
		switch {
		case i < 0:
			d.Added = append(d.Added, w)
		case !eq(w, have[i]):
			d.Changed = append(d.Changed, Pair[T]{w, have[i]})
		}
	}
	for _, g := range have {
		if !slices.ContainsFunc(want, func(w T) bool { return same(w, g) }) {
			d.Dropped = append(d.Dropped, g)
		}
	}
	return d
}

// sameName tells objects apart by name.
func sameName[T any](name func(T) string) func(T, T) bool {
	return func(a, b T) bool { return name(a) == name(b) }
}

// nameRule compares names as an engine does: exactly, or (true) ignoring
// the case of ASCII letters (SQLite).
type nameRule bool

func (fold nameRule) same(a, b string) bool {
	if !fold || len(a) != len(b) {
		return a == b
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// samePK reports whether a and b are one primary key: the same columns in
// the same order, and names the engine takes for one, or no name on
// either side (an unnamed SQLite key is the model's, whatever its name).
func (fold nameRule) samePK(a, b *PrimaryKey) bool {
	if a == nil || b == nil {
		return a == b
	}
	return slices.Equal(a.Columns, b.Columns) && (a.Name == "" || b.Name == "" || fold.same(a.Name, b.Name))
}

// Equal reports whether t and o are the same table: same name, the same
// columns in the same order, and the same keys, indexes and checks.
func (t *Table) Equal(o *Table) bool { return t.Name == o.Name && DiffTable(t, o) == nil }

// Equal reports whether s and o hold the same tables (in any order) and the
// same views.
func (s *Schema) Equal(o *Schema) bool { return Diff(s, o).Empty() }

// Mismatches lists, in a stable order and in words, how got differs from
// want; it is empty when they are equal. It words [Diff], the comparison
// the migrator plans from.
func Mismatches(want, got *Schema) []string {
	d := Diff(want, got)
	var out []string
	changed := map[string]*TableDiff{}
	for _, td := range d.Changed {
		changed[td.Want.Name] = td
	}
	for _, w := range want.Tables {
		if _, ok := got.Table(w.Name); !ok {
			out = append(out, fmt.Sprintf("table %q: missing", w.Name))
		} else if td := changed[w.Name]; td != nil {
			out = td.words(out)
		}
	}
	for _, g := range d.Unexpected {
		out = append(out, fmt.Sprintf("table %q: unexpected", g.Name))
	}
	if d.ViewsDiffer {
		out = append(out, fmt.Sprintf("views: want %q, got %q", want.Views, got.Views))
	}
	for _, e := range d.Enums.Added {
		out = append(out, fmt.Sprintf("enum %q: missing", e.Name))
	}
	for _, p := range d.Enums.Changed {
		out = append(out, fmt.Sprintf("enum %q: want values %q, got %q", p.Want.Name, p.Want.Values, p.Have.Values))
	}
	for _, e := range d.Enums.Dropped {
		out = append(out, fmt.Sprintf("enum %q: unexpected, values %q", e.Name, e.Values))
	}
	return out
}

func (d *TableDiff) words(out []string) []string {
	t := d.Want
	add := func(format string, args ...any) {
		out = append(out, fmt.Sprintf("table %q: ", t.Name)+fmt.Sprintf(format, args...))
	}
	if d.ExtraDiffers {
		add("extra: want %q, got %q", t.Extra, d.Have.Extra)
	}
	if d.PartitionDiffers {
		add("partitioned by: want %s, got %s", t.PartitionBy, d.Have.PartitionBy)
	}
	for _, c := range t.Columns {
		if slices.Contains(d.Added, c) {
			add("column %q: missing", c.Name)
		}
		for _, cd := range d.Columns {
			if cd.Want == c {
				w, h := sides(c.describe(), cd.Have.describe(), c.fields, cd.Have.fields)
				add("column %q: want %s, got %s", c.Name, w, h)
			}
		}
		if slices.Contains(d.Moved, c.Name) {
			add("column %q: not at position %d", c.Name, slices.Index(t.Columns, c)+1)
		}
	}
	for _, g := range d.Dropped {
		add("column %q: unexpected", g.Name)
	}
	if d.PrimaryKeyDiffers {
		w, h := sides(t.PrimaryKey.describe(), d.Have.PrimaryKey.describe(), func() string { return fmt.Sprintf("%+v", t.PrimaryKey) }, func() string { return fmt.Sprintf("%+v", d.Have.PrimaryKey) })
		add("primary key: want %s, got %s", w, h)
	}
	out = setWords(out, t.Name, "index", d.Indexes, (*Index).name, func(i *Index) string { return fmt.Sprintf("%+v", *i) })
	out = setWords(out, t.Name, "foreign key", d.ForeignKeys, (*ForeignKey).Label, func(f *ForeignKey) string { return fmt.Sprintf("%+v", *f) })
	out = setWords(out, t.Name, "check", d.Checks, (*Check).Label, func(c *Check) string { return fmt.Sprintf("%+v", *c) })
	return out
}

func setWords[T any](out []string, table, what string, d SetDiff[T], name func(T) string, desc func(T) string) []string {
	for _, w := range d.Added {
		out = append(out, fmt.Sprintf("table %q: %s %q: missing", table, what, name(w)))
	}
	for _, p := range d.Changed {
		w, h := sides(desc(p.Want), desc(p.Have), func() string { return fmt.Sprintf("%#v", p.Want) }, func() string { return fmt.Sprintf("%#v", p.Have) })
		out = append(out, fmt.Sprintf("table %q: %s %q: want %s, got %s", table, what, name(p.Want), w, h))
	}
	for _, g := range d.Dropped {
		out = append(out, fmt.Sprintf("table %q: %s %q: unexpected %s", table, what, name(g), desc(g)))
	}
	return out
}

// sides returns the two sides of a difference in words: want and have,
// or, when those read the same (a difference they do not show, such as
// a field of a Type its spelling ignores), every field of each, so that
// a line never shows two sides that read the same.
func sides(want, have string, wantFields, haveFields func() string) (string, string) {
	if want != have {
		return want, have
	}
	return wantFields(), haveFields()
}

// fields is every field of c that Equal compares, the type's included.
func (c *Column) fields() string {
	return fmt.Sprintf("{Type:%s Nullable:%t Default:%q AutoIncrement:%t Extra:%q}", c.Type.fields(), c.Nullable, c.Default, c.AutoIncrement, c.Extra)
}

// fields is every field of t, the ones String does not spell included.
func (t Type) fields() string {
	return fmt.Sprintf("{Kind:%s(%d) Length:%d Precision:%d Scale:%d frac:%d Array:%t Raw:%q}", t.Kind, int(t.Kind), t.Length, t.Precision, t.Scale, t.frac, t.Array, t.Raw)
}

func (c *Column) describe() string {
	var b strings.Builder
	b.WriteString(c.Type.String())
	if !c.Nullable {
		b.WriteString(" not null")
	}
	if c.Default != "" {
		b.WriteString(" default " + c.Default)
	}
	if c.AutoIncrement {
		b.WriteString(" autoincrement")
	}
	if c.Monotonic {
		b.WriteString(" monotonic")
	}
	if c.Extra != "" {
		b.WriteString(" [" + c.Extra + "]")
	}
	return b.String()
}

func (p *PrimaryKey) describe() string {
	if p == nil {
		return "none"
	}
	return fmt.Sprintf("%q %q", p.Name, p.Columns)
}
