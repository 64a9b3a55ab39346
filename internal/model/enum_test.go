package model

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

type eStr string

func (eStr) Values() []string { return []string{"a", "b"} }

type eStrT string

func (*eStrT) Values() []eStrT { return []eStrT{"x", "y"} }

type eInt int8

func (eInt) Values() []eInt { return []eInt{-1, 0, 5} }

type eUint uint64

func (eUint) Values() []eUint { return []eUint{1, 2} }

type eNative string

func (eNative) Values() []string { return []string{"sad", "ok"} }
func (eNative) EnumType() string { return "mood" }

type eNativeInt uint8

func (eNativeInt) Values() []eNativeInt { return []eNativeInt{2, 1} }
func (eNativeInt) EnumType() string     { return "level" }
func (e eNativeInt) String() string     { return [...]string{"", "low", "high"}[e] }

type eEmpty string

func (eEmpty) Values() []string { return nil }

type eDup string

func (eDup) Values() []string { return []string{"a", "a"} }

type eDupInt int

func (eDupInt) Values() []eDupInt { return []eDupInt{3, 3} }

type eNativeNoString int

func (eNativeNoString) Values() []eNativeNoString { return []eNativeNoString{1} }
func (eNativeNoString) EnumType() string          { return "n" }

type eBadName string

func (eBadName) Values() []string { return []string{"a"} }
func (eBadName) EnumType() string { return "public.mood" }

type eSameString int

func (eSameString) Values() []eSameString { return []eSameString{1, 2} }
func (eSameString) String() string        { return "same" }

type eWrongSig string

func (eWrongSig) Values() []int { return nil }

type plainString string

type eNoValues string

func (eNoValues) EnumType() string { return "x" }

// TestEnumOf pins the one enum rule catalog and coerce share (issue 12:
// it was written twice, and the copies differed on uint64 and []T).
func TestEnumOf(t *testing.T) {
	for _, tc := range []struct {
		name    string
		t       reflect.Type
		ok      bool
		ints    bool
		strs    []string
		native  string
		labels  []string
		wantErr string
	}{
		{name: "string", t: reflect.TypeFor[eStr](), ok: true, strs: []string{"a", "b"}},
		{name: "string, []T, pointer receiver", t: reflect.TypeFor[eStrT](), ok: true, strs: []string{"x", "y"}},
		{name: "int", t: reflect.TypeFor[eInt](), ok: true, ints: true, strs: []string{"-1", "0", "5"}},
		{name: "uint64", t: reflect.TypeFor[eUint](), ok: true, ints: true, strs: []string{"1", "2"}},
		{name: "native string", t: reflect.TypeFor[eNative](), ok: true, strs: []string{"sad", "ok"}, native: "mood", labels: []string{"sad", "ok"}},
		{name: "native int: labels are String(), in Values() order", t: reflect.TypeFor[eNativeInt](), ok: true, ints: true, strs: []string{"2", "1"}, native: "level", labels: []string{"high", "low"}},
		{name: "not named", t: reflect.TypeFor[string]()},
		{name: "no Values", t: reflect.TypeFor[plainString]()},
		{name: "Values of another type", t: reflect.TypeFor[eWrongSig]()},
		{name: "no values", t: reflect.TypeFor[eEmpty](), wantErr: "returned no values"},
		{name: "duplicate", t: reflect.TypeFor[eDup](), wantErr: `"a" is listed twice`},
		{name: "duplicate int", t: reflect.TypeFor[eDupInt](), wantErr: "3 is listed twice"},
		{name: "duplicate String()", t: reflect.TypeFor[eSameString](), wantErr: `both have String() "same"`},
		{name: "native int without String", t: reflect.TypeFor[eNativeNoString](), wantErr: "has no String() method"},
		{name: "EnumType without Values", t: reflect.TypeFor[eNoValues](), wantErr: "has EnumType() but no usable Values() method; add `func (eNoValues) Values() []string`"},
		{name: "qualified native name", t: reflect.TypeFor[eBadName](), wantErr: `contains '.'`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := EnumOf(tc.t)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || (e != nil) != tc.ok {
				t.Fatalf("EnumOf = %+v, %v", e, err)
			}
			if e == nil {
				return
			}
			if e.Ints != tc.ints || !slices.Equal(e.Strings, tc.strs) || e.Native != tc.native || !slices.Equal(e.Labels, tc.labels) {
				t.Fatalf("EnumOf = %+v", e)
			}
			if again, _ := EnumOf(tc.t); again != e {
				t.Fatal("the result is not cached")
			}
		})
	}
	e, _ := EnumOf(reflect.TypeFor[eNativeInt]())
	if l, ok := e.Label(2); !ok || l != "high" {
		t.Fatalf("Label(2) = %q, %v", l, ok)
	}
	if _, ok := e.Label(7); ok {
		t.Fatal("Label(7) of a non-member")
	}
}
