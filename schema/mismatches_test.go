package schema

import (
	"reflect"
	"strings"
	"testing"
)

// mmSchema is a schema with one of everything Mismatches words: columns
// of several types, a default, an auto-increment key, a composite key,
// indexes, foreign keys, checks, views and native enums.
func mmSchema() *Schema {
	ts, _ := ParseType("timestamp(3)")
	dec, _ := ParseType("numeric(8,2) declared DECIMAL(8,2)")
	return &Schema{
		Views: []string{"v"},
		Enums: []*Enum{{Name: "mood", Values: []string{"sad", "ok"}}},
		Tables: []*Table{{
			Name: "t",
			Columns: []*Column{
				{Name: "id", Type: Type{Kind: KindBigint}, AutoIncrement: true},
				{Name: "a", Type: Type{Kind: KindVarchar, Length: 8}, Nullable: true, Default: "'x'"},
				{Name: "at", Type: ts},
				{Name: "price", Type: dec, Nullable: true},
				{Name: "mood", Type: Type{Kind: KindEnum, Raw: "mood"}},
				{Name: "tags", Type: Type{Kind: KindText, Array: true}, Nullable: true},
				{Name: "odd", Type: Type{Kind: KindUnknown, Raw: "tsvector"}, Extra: "generated"},
			},
			PrimaryKey:  &PrimaryKey{Name: "pk_t", Columns: []string{"id"}},
			Indexes:     []*Index{{Name: "idx_t_a", Columns: []string{"a"}}, {Name: "uq_t_at", Unique: true, Columns: []string{"at", "a"}, Include: []string{"price"}, Where: "a <> ''", Extra: "desc a"}},
			ForeignKeys: []*ForeignKey{{Name: "fk_t_a", Columns: []string{"a"}, RefTable: "u", RefColumns: []string{"a"}, OnDelete: ActionCascade, OnUpdate: ActionNoAction, Extra: "match full"}},
			Checks:      []*Check{{Name: "ck_t_a", Column: "a", Values: []string{"x", "y"}}, {Name: "ck_t_odd", Expr: "length(a) > 0"}, {Expr: "id > 0"}},
			Extra:       "without rowid",
		}, {
			Name:       "u",
			Columns:    []*Column{{Name: "a", Type: Type{Kind: KindVarchar, Length: 8}}, {Name: "b", Type: Type{Kind: KindInt}}},
			PrimaryKey: &PrimaryKey{Name: "pk_u", Columns: []string{"a", "b"}},
		}},
	}
}

// Issue 17 item 5: Mismatches never prints two sides that read the same.
// Every field of everything a schema holds (found by reflection, so a field
// added later is covered) is changed in turn, to several values, on one
// side; each line of Mismatches, either way round, that shows two sides
// ("want X, got Y") shows two that differ. Types are also swapped for
// others whose spelling may hide a difference (a length on text, a
// precision on bigint, the same spelling declared otherwise).
func TestMismatches_sidesDiffer(t *testing.T) {
	t.Parallel()
	check := func(what string, want, got *Schema) int {
		t.Helper()
		n := 0
		for _, a := range [][2]*Schema{{want, got}, {got, want}} {
			for _, line := range Mismatches(a[0], a[1]) {
				i := strings.Index(line, ": want ")
				if i < 0 {
					continue
				}
				w, h, ok := strings.Cut(line[i+len(": want "):], ", got ")
				if !ok {
					continue
				}
				n++
				if w == h || strings.TrimPrefix(w, "values ") == h {
					t.Errorf("%s: the two sides read the same: %s", what, line)
				}
			}
		}
		return n
	}
	types := []Type{{Kind: KindText}, {Kind: KindText, Length: 5}, {Kind: KindText, Precision: 3}, {Kind: KindBigint, Scale: 2},
		{Kind: KindVarchar}, {Kind: KindNumeric, Scale: 2}, {Kind: KindUnknown}, {Kind: KindEnum}, {Kind: KindText, Raw: "TEXT"}, {Kind: Kind(200)}}
	for _, s := range []string{"timestamp", "timestamp(3)", "timestamp(6)", "numeric(8,2)", "numeric(8,2) declared NUMERIC(8,2)", "text[]", "unknown(text)", "enum(text)"} {
		ty, err := ParseType(s)
		if err != nil {
			t.Fatal(err)
		}
		types = append(types, ty)
	}
	total := 0
	for ti := range mmSchema().Tables {
		for ci := range mmSchema().Tables[ti].Columns {
			for _, ty := range types {
				got := mmSchema()
				got.Tables[ti].Columns[ci].Type = ty
				total += check("type", mmSchema(), got)
			}
		}
	}
	// Every leaf of the schema, changed in place on a fresh copy.
	var paths [][]int
	var walk func(v reflect.Value, path []int)
	walk = func(v reflect.Value, path []int) {
		paths = append(paths, path)
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem(), path)
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i), append(append([]int(nil), path...), i))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i), append(append([]int(nil), path...), i))
				}
			}
		}
	}
	walk(reflect.ValueOf(mmSchema()).Elem(), nil)
	at := func(v reflect.Value, path []int) reflect.Value {
		for _, i := range path {
			for v.Kind() == reflect.Pointer {
				v = v.Elem()
			}
			if v.Kind() == reflect.Slice {
				v = v.Index(i)
			} else {
				v = v.Field(i)
			}
		}
		return v
	}
	for _, path := range paths {
		for variant := range 3 {
			got := mmSchema()
			v := at(reflect.ValueOf(got).Elem(), path)
			switch v.Kind() {
			case reflect.String:
				v.SetString([]string{v.String() + "x", "", strings.ToUpper(v.String()) + " "}[variant])
			case reflect.Bool:
				v.SetBool(!v.Bool())
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				v.SetInt(v.Int() + int64(variant) + 1)
			case reflect.Uint8:
				v.SetUint(v.Uint() + uint64(variant) + 1)
			case reflect.Slice:
				switch {
				case variant == 0 && v.Len() > 0:
					v.Set(v.Slice(0, v.Len()-1))
				case variant == 1 && v.Len() > 0:
					v.Set(reflect.Append(v, v.Index(0)))
				case variant == 2:
					v.Set(reflect.Zero(v.Type()))
				}
			case reflect.Pointer:
				// The optional pointers (a table's key); the elements of a
				// slice are never nil.
				if variant == 0 && v.Type() == reflect.TypeFor[*PrimaryKey]() {
					v.Set(reflect.Zero(v.Type()))
				}
			}
			total += check(v.Type().String(), mmSchema(), got)
		}
	}
	if total < 100 {
		t.Fatalf("only %d lines with two sides: the perturbation is broken", total)
	}
}
