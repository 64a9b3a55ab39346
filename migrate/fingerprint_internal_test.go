package migrate

import (
	"bytes"
	"reflect"
	"slices"
	"testing"

	"github.com/ferrosql/ferro/internal/dialect"
)

func fpSchema(col string) *dialect.Schema {
	return &dialect.Schema{Tables: []*dialect.Table{{
		Name:       "t",
		Columns:    []*dialect.Column{{Name: "id", Type: dialect.Type{Kind: dialect.KindBigint}}, {Name: col, Type: dialect.Type{Kind: dialect.KindText}}},
		PrimaryKey: &dialect.PrimaryKey{Name: "pk_t", Columns: []string{"id"}},
	}}}
}

// The memory answers only for the same engine, the same fingerprint and a
// deep-equal desired schema (a fresh value built the same way).
func TestConvergedSet_find(t *testing.T) {
	t.Parallel()
	var s convergedSet
	fp := bytes.Repeat([]byte{1}, 32)
	s.add("sqlite", fp, fpSchema("a"))
	if got := s.fingerprints("sqlite", fpSchema("a")); len(got) != 1 || !bytes.Equal(got[0], fp) {
		t.Fatalf("fingerprints(sqlite, a) = %x", got)
	}
	if got := s.fingerprints("sqlite", fpSchema("b")); len(got) != 0 {
		t.Fatalf("fingerprints(sqlite, b) = %x", got)
	}
	if got := s.fingerprints("postgres", fpSchema("a")); len(got) != 0 {
		t.Fatalf("fingerprints(postgres, a) = %x", got)
	}
	tests := []struct {
		name    string
		dialect string
		fp      []byte
		desired *dialect.Schema
		want    bool
	}{
		{"same", "sqlite", bytes.Repeat([]byte{1}, 32), fpSchema("a"), true},
		{"other fingerprint", "sqlite", bytes.Repeat([]byte{2}, 32), fpSchema("a"), false},
		{"other models", "sqlite", fp, fpSchema("b"), false},
		{"other engine", "postgres", fp, fpSchema("a"), false},
		{"no fingerprint", "sqlite", nil, fpSchema("a"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := s.find(tc.dialect, tc.fp, tc.desired); got != tc.want {
				t.Fatalf("find = %v, want %v", got, tc.want)
			}
		})
	}
}

// The memory is bounded: the oldest entry goes first, and adding an entry
// that is already there keeps one copy.
func TestConvergedSet_bounded(t *testing.T) {
	t.Parallel()
	var s convergedSet
	for i := range maxConverged + 5 {
		s.add("sqlite", bytes.Repeat([]byte{byte(i)}, 32), fpSchema("a"))
		s.add("sqlite", bytes.Repeat([]byte{byte(i)}, 32), fpSchema("a"))
	}
	if len(s.entries) != maxConverged {
		t.Fatalf("%d entries, want %d", len(s.entries), maxConverged)
	}
	if s.find("sqlite", bytes.Repeat([]byte{0}, 32), fpSchema("a")) {
		t.Error("the oldest entry was kept")
	}
	if !s.find("sqlite", bytes.Repeat([]byte{maxConverged + 4}, 32), fpSchema("a")) {
		t.Error("the newest entry is missing")
	}
}

// sameSchema stands in for reflect.DeepEqual on the fast path; this pins
// that they agree. A schema with every field set is perturbed one leaf at
// a time (each string, bool and number changed, each pointer set to nil,
// each slice set to nil and grown), found by reflection, so a field added
// to any type reachable from dialect.Schema and not compared by sameSchema
// fails here.
func TestSameSchema_isDeepEqual(t *testing.T) {
	t.Parallel()
	var fill func(v reflect.Value)
	fill = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			v.SetString("s")
		case reflect.Bool:
			v.SetBool(true)
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			v.SetInt(1)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			v.SetUint(1)
		case reflect.Pointer:
			v.Set(reflect.New(v.Type().Elem()))
			fill(v.Elem())
		case reflect.Slice:
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
			for i := range 2 {
				fill(v.Index(i))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if !v.Type().Field(i).IsExported() {
					// dialect.Type is compared with == (its documented
					// equality), which sees unexported fields too.
					if v.Type() != reflect.TypeFor[dialect.Type]() {
						t.Fatalf("%s.%s is unexported: sameSchema cannot compare it", v.Type(), v.Type().Field(i).Name)
					}
					continue
				}
				fill(v.Field(i))
			}
		default:
			t.Fatalf("a %s in the schema: teach this test (and sameSchema) about it", v.Type())
		}
	}
	build := func() *dialect.Schema {
		s := &dialect.Schema{}
		fill(reflect.ValueOf(s).Elem())
		return s
	}
	base := build()
	if !sameSchema(base, build()) || !reflect.DeepEqual(base, build()) {
		t.Fatal("two schemas built alike differ")
	}
	// Each leaf is a path of steps from the root; perturb walks to it in a
	// fresh copy and changes it.
	type step struct {
		field, index int // index for a slice element, field for a struct
	}
	var leaves [][]step
	var walk func(v reflect.Value, path []step)
	walk = func(v reflect.Value, path []step) {
		leaf := append(slices.Clone(path), step{-1, -1})
		switch v.Kind() {
		case reflect.Pointer:
			leaves = append(leaves, leaf)
			walk(v.Elem(), path)
		case reflect.Slice:
			leaves = append(leaves, leaf)
			for i := range v.Len() {
				walk(v.Index(i), append(slices.Clone(path), step{-1, i}))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i), append(slices.Clone(path), step{i, -1}))
				}
			}
		default:
			leaves = append(leaves, leaf)
		}
	}
	walk(reflect.ValueOf(base), nil)
	if len(leaves) < 50 {
		t.Fatalf("only %d leaves: the walk is broken", len(leaves))
	}
	for n, path := range leaves {
		for variant := range 2 {
			s := build()
			v := reflect.ValueOf(s)
			for _, st := range path[:len(path)-1] {
				if v.Kind() == reflect.Pointer {
					v = v.Elem()
				}
				if st.field >= 0 {
					v = v.Field(st.field)
				} else {
					v = v.Index(st.index)
				}
			}
			what := v.Type().String()
			switch v.Kind() {
			case reflect.String:
				v.SetString(v.String() + "x")
			case reflect.Bool:
				v.SetBool(!v.Bool())
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				v.SetInt(v.Int() + 1)
			case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
				v.SetUint(v.Uint() + 1)
			case reflect.Pointer:
				if v.IsNil() || v == reflect.ValueOf(s) {
					continue // the root itself
				}
				v.Set(reflect.Zero(v.Type()))
			case reflect.Slice:
				if variant == 0 {
					v.Set(reflect.Zero(v.Type()))
				} else {
					v.Set(reflect.Append(v, reflect.New(v.Type().Elem()).Elem()))
				}
			}
			if reflect.DeepEqual(base, s) {
				continue // a variant that changed nothing (a bool flipped twice is not made)
			}
			if sameSchema(base, s) {
				t.Errorf("leaf %d (%s, variant %d): reflect.DeepEqual sees the change, sameSchema does not", n, what, variant)
			}
		}
	}
}
