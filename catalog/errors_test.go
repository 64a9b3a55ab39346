package catalog_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/catalog"
)

type noPK struct{ Name string }
type badOption struct {
	ID int64 `ferro:"id,pk,primary"`
}
type badType struct {
	ID int64 `ferro:"id,pk,type=integer"`
}
type unknownType struct {
	ID int64 `ferro:"id,pk,type=unknown(citext DEFAULT 1)"`
}
type wrongType struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name,type=boolean"`
}
type dupColumn struct {
	ID int64 `ferro:"id,pk"`
	A  int64 `ferro:"x"`
	B  int64 `ferro:"x"`
}
type uint64Col struct {
	ID int64 `ferro:"id,pk"`
	N  uint64
}

// chanCol, funcCol and complexCol pin issue 13 item 2: they were refused
// with "cannot be stored without loss (e.g. uint64 exceeds bigint)".
type chanCol struct {
	ID int64 `ferro:"id,pk"`
	C  chan int
}
type funcCol struct {
	ID int64 `ferro:"id,pk"`
	F  func() error
}
type complexCol struct {
	ID int64 `ferro:"id,pk"`
	Z  complex128
}
type anyCol struct {
	ID int64 `ferro:"id,pk"`
	V  any
}
type structCol struct {
	ID int64 `ferro:"id,pk"`
	S  struct{ A int }
}
type mapCol struct {
	ID int64 `ferro:"id,pk"`
	M  map[string]int
}
type fkMissingTable struct {
	ID int64 `ferro:"id,pk"`
	X  int64 `ferro:"x,fk=nowhere.id"`
}
type fkMissingColumn struct {
	ID int64 `ferro:"id,pk"`
	X  int64 `ferro:"x,fk=customer.nope"`
}
type fkWrongType struct {
	ID int64  `ferro:"id,pk"`
	X  string `ferro:"x,fk=customer.id"`
}
type fkNotUnique struct {
	ID int64  `ferro:"id,pk"`
	X  string `ferro:"x,fk=customer.name"`
}
type fkSetNullNotNull struct {
	ID int64 `ferro:"id,pk"`
	X  int64 `ferro:"x,fk=customer.id,on_delete=set null"`
}
type Empty string

func (Empty) Values() []string { return nil }

type emptyEnum struct {
	ID int64 `ferro:"id,pk"`
	E  Empty
}
type Dup string

func (Dup) Values() []string { return []string{"a", "a"} }

type dupEnum struct {
	ID int64 `ferro:"id,pk"`
	E  Dup
}
type Level int32

func (Level) Values() []Level { return []Level{1, 2, 2} }

type Tier int8

func (Tier) Values() []Tier { return []Tier{1, 2} }

type intEnumDup struct {
	ID int64 `ferro:"id,pk"`
	L  Level
}
type intEnumBadDefault struct {
	ID int64 `ferro:"id,pk"`
	T  Tier  `ferro:"t,default=3"`
}
type enumBadDefault struct {
	ID int64  `ferro:"id,pk"`
	S  Status `ferro:"s,default='nope'"`
}
type injectDefault struct {
	ID int64  `ferro:"id,pk"`
	S  string `ferro:"s,default=0; DROP TABLE x"`
}
type exprDefault struct {
	ID int64 `ferro:"id,pk"`
	N  int64 `ferro:"n,default=1+1"`
}
type nullDefault struct {
	ID int64  `ferro:"id,pk"`
	S  string `ferro:"s,default=NULL"`
}
type longColumn struct {
	ID int64 `ferro:"id,pk"`
	X  int64 `ferro:"a_column_name_that_is_far_too_long_for_postgres_identifiers_limit_x"`
}
type reserved struct {
	ID int64 `ferro:"id,pk"`
}

func (reserved) TableName() string { return "ferro_state" }

type longTable struct {
	ID int64 `ferro:"id,pk"`
}

func (longTable) TableName() string { return strings.Repeat("t", 64) }

type sameTable struct {
	ID int64 `ferro:"id,pk"`
}

func (sameTable) TableName() string { return "customer" }

type emptyStruct struct{}

type sliceNoType struct {
	ID   int64    `ferro:"id,pk"`
	Tags []string `ferro:"tags"`
}

type arrayWrongElem struct {
	ID   int64    `ferro:"id,pk"`
	Tags []string `ferro:"tags,type=bigint[]"`
}

type arrayNotSlice struct {
	ID  int64  `ferro:"id,pk"`
	Tag string `ferro:"tag,type=text[]"`
}

type arrayOfJSON struct {
	ID   int64    `ferro:"id,pk"`
	Docs []string `ferro:"docs,type=json[]"`
}

type declaredInTag struct {
	ID int64   `ferro:"id,pk"`
	N  float64 `ferro:"n,type=numeric(12,2) declared NUMERIC(12,2) DEFAULT 1"`
}

func TestFromModels_errors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		models []any
		want   []string
	}{
		{"no models", nil, []string{"no models"}},
		{"nil model", []any{nil}, []string{"nil model"}},
		{"not a struct", []any{42}, []string{"want a struct"}},
		{"missing primary key", []any{noPK{}}, []string{"catalog_test.noPK", "no primary key"}},
		{"unknown option", []any{badOption{}}, []string{"field ID", `"id,pk,primary"`, `unknown option "primary"`}},
		{"bad type", []any{badType{}}, []string{"field ID", "type=integer", "not in the vocabulary"}},
		{"unknown type in tag", []any{unknownType{}}, []string{"type=unknown(citext DEFAULT 1)", "holds DEFAULT, which is not part of a type name"}},
		{"type for wrong Go type", []any{wrongType{}}, []string{"field Name", "cannot be stored as boolean"}},
		{"duplicate column", []any{dupColumn{}}, []string{"field B", `column "x"`}},
		{"duplicate model", []any{Customer{}, &Customer{}}, []string{"model given twice"}},
		{"duplicate table", []any{Customer{}, sameTable{}}, []string{`table "customer" is also the table of catalog_test.Customer`}},
		{"uint64", []any{uint64Col{}}, []string{"field N", "uint64", "cannot be stored", "exceed bigint", "use int64", "`ferro:\"-\"`"}},
		{"chan", []any{chanCol{}}, []string{"field C", "chan int is a channel", "`ferro:\"-\"`"}},
		{"func", []any{funcCol{}}, []string{"field F", "func() error is a function", "`ferro:\"-\"`"}},
		{"complex", []any{complexCol{}}, []string{"field Z", "complex128 is a complex number", "two float64 fields", "`ferro:\"-\"`"}},
		{"interface", []any{anyCol{}}, []string{"field V", "interface {} is an interface", "concrete type", "`ferro:\"-\"`"}},
		{"struct without type", []any{structCol{}}, []string{"field S", "type=json"}},
		{"map without type", []any{mapCol{}}, []string{"field M", "type=json"}},
		{"slice without type", []any{sliceNoType{}}, []string{"field Tags", "type=json", "type=text[]"}},
		{"array of another element type", []any{arrayWrongElem{}}, []string{"field Tags", "elements of []string cannot be stored as bigint", "text, varchar, char"}},
		{"array on a non-slice", []any{arrayNotSlice{}}, []string{"field Tag", "holds a Go slice", "not string"}},
		{"array of json", []any{arrayOfJSON{}}, []string{"field Docs", "other than bytes, json and jsontext"}},
		{"declaration in a tag", []any{declaredInTag{}}, []string{"field N", "holds DEFAULT, which is not part of a type name"}},
		{"fk to missing table", []any{fkMissingTable{}}, []string{"field X", `table "nowhere" is not among the models`}},
		{"fk to missing column", []any{Customer{}, fkMissingColumn{}}, []string{"field X", `has no column "nope"`}},
		{"fk of a different type", []any{Customer{}, fkWrongType{}}, []string{"field X", "differs from the referenced column's bigint"}},
		{"fk to a non-unique column", []any{Customer{}, fkNotUnique{}}, []string{"field X", "primary key or unique"}},
		{"set null on not null", []any{Customer{}, fkSetNullNotNull{}}, []string{"field X", "needs a nullable column"}},
		{"enum without values", []any{emptyEnum{}}, []string{"field E", "returned no values"}},
		{"enum with duplicate values", []any{dupEnum{}}, []string{"field E", "listed twice"}},
		{"integer enum with duplicate values", []any{intEnumDup{}}, []string{"field L", "value 2 is listed twice"}},
		{"integer enum default not a value", []any{intEnumBadDefault{}}, []string{"field T", "default=3: not one of the enum values 1, 2"}},
		{"enum default not a value", []any{enumBadDefault{}}, []string{"field S", "not one of the enum values"}},
		{"default that injects SQL", []any{injectDefault{}}, []string{"field S", "not a SQL literal"}},
		{"default expression", []any{exprDefault{}}, []string{"field N", "not a SQL literal"}},
		{"null default", []any{nullDefault{}}, []string{"field S", "same as none"}},
		{"column name too long", []any{longColumn{}}, []string{"field X", "longer than the 63"}},
		{"table name too long", []any{longTable{}}, []string{"table name", "longer than the 63"}},
		{"reserved table name", []any{reserved{}}, []string{`"ferro_state"`, "reserves"}},
		{"no columns", []any{emptyStruct{}}, []string{"no columns"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := catalog.FromModels(tc.models...)
			if err == nil {
				t.Fatal("want an error")
			}
			var me *catalog.ModelError
			if !errors.As(err, &me) || !errors.Is(err, catalog.ErrModel) {
				t.Fatalf("%v: not a *ModelError wrapping ErrModel", err)
			}
			if !strings.HasPrefix(err.Error(), "ferro/catalog: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}
