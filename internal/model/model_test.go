package model

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

type Base struct {
	ID        int64     `ferro:"id,pk"`
	CreatedAt time.Time `ferro:"created_at"`
}

type Audit struct {
	UpdatedBy *string
}

type Invoice struct {
	Base
	*Audit
	Number     string          `ferro:"number,type=varchar(32),unique"`
	CustomerID int64           `ferro:"customer_id,fk=customer.id,on_delete=cascade,index"`
	PaidAt     *time.Time      `ferro:"paid_at"`
	Note       sql.NullString  `db:"note_text"`
	Count      sql.Null[int32] ``
	Amount     myNullDecimal   `ferro:"amount,type=numeric(12,2)"`
	Draft      string          `ferro:"-"`
	Legacy     string          `db:"-"`
	Forced     string          `ferro:",nullable"`
	Meta       map[string]any  `ferro:"meta,type=json"`
	//lint:ignore U1000 unexported on purpose: Of must skip it
	internal int
	HTTPHost string
}

func (Invoice) TableName() string { return "invoices" }

// myNullDecimal has the shape of decimal.NullDecimal.
type myNullDecimal struct {
	Decimal myDecimal
	Valid   bool
}

func (n *myNullDecimal) Scan(any) error { return nil }

type myDecimal struct{ v string }

func (d *myDecimal) Scan(any) error              { return nil }
func (d myDecimal) Value() (driver.Value, error) { return d.v, nil }

type ptrNamer struct {
	ID int `ferro:"id,pk"`
}

func (*ptrNamer) TableName() string { return "named_by_pointer" }

type Shadow struct {
	Base
	ID string `ferro:"id"` // hides Base.ID
}

type dupSameDepth struct {
	A int `ferro:"x"`
	B int `ferro:"x"`
}

type embA struct{ X int }
type embB struct{ X int }
type dupEmbedded struct {
	embA
	embB
}

type badTag struct {
	ID int `ferro:"id,primary"`
}

type embeddedWithOptions struct {
	Base `ferro:",nullable"`
}

type Selfish struct {
	*Selfish
	ID int
}

type embeddedNamed struct {
	Base `ferro:"base,type=json"`
}

type embeddedLeaf struct {
	time.Time
	myDecimal
}

type unexportedPtr struct {
	*embA
}

type ptrPtr struct {
	P **int
}

type ptrWrapper struct {
	P *sql.NullInt64
}

func TestOf(t *testing.T) {
	t.Parallel()
	s, err := Of(reflect.TypeFor[*Invoice]())
	if err != nil {
		t.Fatal(err)
	}
	if s.Table != "invoices" || !s.HasTableName || s.Type != reflect.TypeFor[Invoice]() {
		t.Fatalf("table = %q (%v), type %v", s.Table, s.HasTableName, s.Type)
	}
	type want struct {
		goName, column string
		index          []int
		valueType      reflect.Type
		nullable       bool
		viaPtr         bool
	}
	str, i64 := reflect.TypeFor[string](), reflect.TypeFor[int64]()
	wants := []want{
		{"Base.ID", "id", []int{0, 0}, i64, false, false},
		{"Base.CreatedAt", "created_at", []int{0, 1}, reflect.TypeFor[time.Time](), false, false},
		{"Audit.UpdatedBy", "updated_by", []int{1, 0}, str, true, true},
		{"Number", "number", []int{2}, str, false, false},
		{"CustomerID", "customer_id", []int{3}, i64, false, false},
		{"PaidAt", "paid_at", []int{4}, reflect.TypeFor[time.Time](), true, false},
		{"Note", "note_text", []int{5}, str, true, false},
		{"Count", "count", []int{6}, reflect.TypeFor[int32](), true, false},
		{"Amount", "amount", []int{7}, reflect.TypeFor[myDecimal](), true, false},
		{"Forced", "forced", []int{10}, str, true, false},
		{"Meta", "meta", []int{11}, reflect.TypeFor[map[string]any](), false, false},
		{"HTTPHost", "http_host", []int{13}, str, false, false},
	}
	if len(s.Fields) != len(wants) {
		var names []string
		for _, f := range s.Fields {
			names = append(names, f.GoName)
		}
		t.Fatalf("fields = %v, want %d", names, len(wants))
	}
	for i, w := range wants {
		t.Run(w.goName, func(t *testing.T) {
			f := s.Fields[i]
			if f.GoName != w.goName || f.Column != w.column || !reflect.DeepEqual(f.Index, w.index) ||
				f.ValueType != w.valueType || f.Nullable != w.nullable || f.ViaPointer != w.viaPtr {
				t.Fatalf("field %d = %+v, want %+v", i, f, w)
			}
			got, ok := s.Field(w.column)
			if !ok || got.GoName != w.goName {
				t.Fatalf("Field(%q) = %v, %v", w.column, got, ok)
			}
		})
	}
	if f, _ := s.Field("customer_id"); f.Tag.FK != "customer.id" || f.Tag.OnDelete != ActionCascade || !f.Tag.Index {
		t.Fatalf("customer_id tag = %+v", f.Tag)
	}
	if _, ok := s.Field("draft"); ok {
		t.Fatal("ferro:\"-\" field must be skipped")
	}
	if _, ok := s.Field("legacy"); ok {
		t.Fatal("db:\"-\" field must be skipped")
	}
	again, _ := Of(reflect.TypeFor[Invoice]())
	if again != s {
		t.Fatal("Of is not cached per type")
	}
}

func TestOf_names(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		typ   reflect.Type
		table string
		cols  []string
	}{
		{"pointer receiver TableName", reflect.TypeFor[ptrNamer](), "named_by_pointer", []string{"id"}},
		{"snake table name", reflect.TypeFor[Base](), "base", []string{"id", "created_at"}},
		{"shallow field hides embedded", reflect.TypeFor[Shadow](), "shadow", []string{"created_at", "id"}},
		{"embedded with name is one column", reflect.TypeFor[embeddedNamed](), "embedded_named", []string{"base"}},
		{"embedded leaf types are columns", reflect.TypeFor[embeddedLeaf](), "embedded_leaf", []string{"time"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Of(tc.typ)
			if err != nil {
				t.Fatal(err)
			}
			var cols []string
			for _, f := range s.Fields {
				cols = append(cols, f.Column)
			}
			if s.Table != tc.table || !reflect.DeepEqual(cols, tc.cols) {
				t.Fatalf("got %q %v, want %q %v", s.Table, cols, tc.table, tc.cols)
			}
		})
	}
}

func TestOf_errors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		typ  reflect.Type
		want []string // substrings
		tag  bool     // wraps a *TagError
	}{
		{"nil", nil, []string{"got nil"}, false},
		{"not a struct", reflect.TypeFor[int](), []string{"int", "want a struct"}, false},
		{"anonymous struct", reflect.TypeFor[struct{ A int }](), []string{"anonymous struct"}, false},
		{"bad tag", reflect.TypeFor[badTag](), []string{"model.badTag", "field ID", `"id,primary"`, `unknown option "primary"`}, true},
		{"duplicate column", reflect.TypeFor[dupSameDepth](), []string{"model.dupSameDepth", "field B", `column "x"`, "field A"}, false},
		{"duplicate column embedded", reflect.TypeFor[dupEmbedded](), []string{"field embB.X", `column "x"`, "field embA.X"}, false},
		{"embedded with options", reflect.TypeFor[embeddedWithOptions](), []string{"field Base", "takes no options"}, false},
		{"embedding cycle", reflect.TypeFor[Selfish](), []string{"embeds itself"}, false},
		{"embedded unexported pointer", reflect.TypeFor[unexportedPtr](), []string{"unexported struct type", "embed it by value"}, false},
		{"pointer to pointer", reflect.TypeFor[ptrPtr](), []string{"field P", "pointer to pointer"}, false},
		{"pointer to wrapper", reflect.TypeFor[ptrWrapper](), []string{"field P", "ambiguous"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Of(tc.typ)
			if err == nil {
				t.Fatal("want error")
			}
			var me *ModelError
			if !errors.As(err, &me) || !errors.Is(err, ErrBadModel) {
				t.Fatalf("%v is not a *ModelError wrapping ErrBadModel", err)
			}
			if got := errors.Is(err, ErrBadTag); got != tc.tag {
				t.Errorf("errors.Is(err, ErrBadTag) = %v, want %v", got, tc.tag)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestField_Value(t *testing.T) {
	t.Parallel()
	s, err := Of(reflect.TypeFor[Invoice]())
	if err != nil {
		t.Fatal(err)
	}
	f, _ := s.Field("updated_by")
	var inv Invoice
	v := reflect.ValueOf(&inv).Elem()
	if _, ok := f.Value(v, false); ok {
		t.Fatal("nil embedded pointer must report ok=false without alloc")
	}
	fv, ok := f.Value(v, true)
	if !ok || inv.Audit == nil {
		t.Fatal("alloc did not allocate the embedded pointer")
	}
	who := "ann"
	fv.Set(reflect.ValueOf(&who))
	if *inv.UpdatedBy != "ann" {
		t.Fatal("set through embedded pointer failed")
	}
	id, _ := s.Field("id")
	iv, _ := id.Value(v, false)
	iv.SetInt(7)
	if inv.ID != 7 {
		t.Fatal("set through embedded value failed")
	}
}

func TestIsNullWrapper(t *testing.T) {
	t.Parallel()
	tests := []struct {
		typ  reflect.Type
		want bool
	}{
		{reflect.TypeFor[sql.NullString](), true},
		{reflect.TypeFor[sql.NullTime](), true},
		{reflect.TypeFor[sql.Null[float64]](), true},
		{reflect.TypeFor[myNullDecimal](), true},
		{reflect.TypeFor[myDecimal](), false},
		{reflect.TypeFor[time.Time](), false},
		{reflect.TypeFor[struct {
			V     int
			Valid bool
		}](), false}, // no Scan method
	}
	for _, tc := range tests {
		t.Run(tc.typ.String(), func(t *testing.T) {
			if got := IsNullWrapper(tc.typ); got != tc.want {
				t.Fatalf("IsNullWrapper(%v) = %v", tc.typ, got)
			}
		})
	}
}

// TestOf_concurrent: concurrent first calls of Of for one type all succeed
// and share one cached *Struct.
func TestOf_concurrent(t *testing.T) {
	t.Parallel()
	type result struct {
		s   *Struct
		err error
	}
	done := make(chan result, 8)
	for range 8 {
		go func() {
			s, err := Of(reflect.TypeFor[Shadow]())
			done <- result{s, err}
		}()
	}
	var first *Struct
	for i := range 8 {
		r := <-done
		if r.err != nil {
			t.Fatalf("Of(Shadow): %v", r.err)
		}
		if r.s == nil {
			t.Fatal("Of(Shadow) returned a nil *Struct and no error")
		}
		if i == 0 {
			first = r.s
		} else if r.s != first {
			t.Fatal("concurrent Of returned different *Struct values")
		}
	}
}
