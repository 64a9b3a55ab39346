package model

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

type relTarget struct {
	ID int64 `ferro:"id,pk"`
}

type relSource struct {
	ID       int64       `ferro:"id,pk"`
	When     time.Time   // a leaf struct: a column, not a relation
	Target   relTarget   // belongs-to
	Optional *relTarget  `ferro:"opt,on_delete=set null"`
	Many     []relTarget `ferro:"m2m"`
	Meta     relTarget   `ferro:"meta,type=json"` // type= makes it a column
}

// Relation fields are not columns: the scanner never sees them (issue 9).
func TestOf_relations(t *testing.T) {
	t.Parallel()
	s, err := Of(reflect.TypeFor[relSource]())
	if err != nil {
		t.Fatal(err)
	}
	var cols []string
	for _, f := range s.Fields {
		cols = append(cols, f.Column)
	}
	if strings.Join(cols, ",") != "id,when,meta" {
		t.Errorf("columns %q", cols)
	}
	want := []struct {
		goName   string
		kind     RelationKind
		name     string
		optional bool
	}{{"Target", BelongsTo, "target", false}, {"Optional", BelongsTo, "opt", true}, {"Many", ManyToMany, "many", false}}
	if len(s.Relations) != len(want) {
		t.Fatalf("relations %+v", s.Relations)
	}
	for i, w := range want {
		r := s.Relations[i]
		if r.GoName != w.goName || r.Kind != w.kind || r.Name != w.name || r.Optional != w.optional || r.Target != reflect.TypeFor[relTarget]() {
			t.Errorf("relation %d = %+v, want %+v", i, r, w)
		}
	}
	r, _ := s.Relation("Many")
	j, err := s.Join(r)
	if err != nil {
		t.Fatal(err)
	}
	if j.Table != "rel_source_many" || j.SourceColumns[0] != "rel_source_id" || j.TargetColumns[0] != "rel_target_id" {
		t.Errorf("join %+v", j)
	}
}

type (
	actionNoFK struct {
		ID int64 `ferro:"id,pk,on_delete=cascade"`
	}
	fkColumnOnColumn struct {
		ID int64 `ferro:"id,pk,fk_column=x"`
	}
	m2mOnScalar struct {
		ID   int64 `ferro:"id,pk"`
		Tags []int `ferro:"m2m"`
	}
	m2mWithIndex struct {
		ID   int64       `ferro:"id,pk"`
		Tags []relTarget `ferro:"m2m,index"`
	}
	relNullable struct {
		ID int64     `ferro:"id,pk"`
		T  relTarget `ferro:"t,nullable"`
	}
)

func TestOf_relationErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		typ  reflect.Type
		want []string
		tag  bool // wraps ErrBadTag
	}{
		{"on_delete on a column without fk", reflect.TypeFor[actionNoFK](), []string{"field ID", "needs fk="}, true},
		{"fk_column on a column", reflect.TypeFor[fkColumnOnColumn](), []string{"field ID", "fk_column= is for a field whose type is a model"}, false},
		{"m2m on a slice of non-models", reflect.TypeFor[m2mOnScalar](), []string{"field Tags", "slice of a model type", "[]int"}, false},
		{"m2m with other options", reflect.TypeFor[m2mWithIndex](), []string{"field Tags", "m2m takes only"}, false},
		{"nullable relation", reflect.TypeFor[relNullable](), []string{"field T", "*relTarget"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Of(tc.typ)
			if err == nil || !errors.Is(err, ErrBadModel) {
				t.Fatalf("want a model error, got %v", err)
			}
			if errors.Is(err, ErrBadTag) != tc.tag {
				t.Errorf("errors.Is(err, ErrBadTag) = %v, want %v", !tc.tag, tc.tag)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestSingular(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"friends": "friend", "categories": "category", "address": "address", "users": "user", "data": "data", "s": "s"} {
		if got := singular(in); got != want {
			t.Errorf("singular(%q) = %q, want %q", in, got, want)
		}
	}
}
