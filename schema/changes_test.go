package schema

import (
	"reflect"
	"testing"
)

// Every change has an inverse whose inverse is the change again (up to its
// guards), except a type change with no safe way back.
func TestChange_inverse(t *testing.T) {
	t.Parallel()
	tb := &Table{Name: "t", Columns: []*Column{{Name: "id", Type: Type{Kind: KindBigint}}}}
	col := &Column{Name: "c", Type: Type{Kind: KindText}, Nullable: true}
	ix := &Index{Name: "uq_t_c", Unique: true, Columns: []string{"c"}}
	fk := &ForeignKey{Name: "fk_t_c", Columns: []string{"c"}, RefTable: "p", RefColumns: []string{"id"}}
	ck := &Check{Name: "ck_t_c", Column: "c", Values: []string{"a"}}
	changes := []Change{
		&AddTable{T: tb}, &DropTable{T: tb}, &RenameTable{From: "a", To: "b"},
		&AddColumn{Table: "t", C: col}, &DropColumn{Table: "t", C: col}, &RenameColumn{Table: "t", From: "a", To: "b"},
		NewAlterType("t", "c", Type{Kind: KindInt}, Type{Kind: KindBigint}, anyEngine),
		&SetNotNull{Table: "t", Column: "c", Guard: NullGuard("t", "c")}, &DropNotNull{Table: "t", Column: "c"},
		&SetDefault{Table: "t", Column: "c", From: "1", To: "2"}, &SetDefault{Table: "t", Column: "c", To: "2"},
		&DropDefault{Table: "t", Column: "c", From: "1"},
		&AddIndex{Table: "t", I: ix, Guard: UniqueGuard("t", ix)}, &DropIndex{Table: "t", I: ix},
		&RenameIndex{Table: "t", From: "old", To: ix},
		&AddForeignKey{Table: "t", FK: fk, Guard: ParentGuard("t", fk, false)}, &DropForeignKey{Table: "t", FK: fk},
		&AddCheck{Table: "t", Check: ck, Guard: CheckGuard("t", ck)}, &DropCheck{Table: "t", Check: ck},
	}
	changes = append(changes, &RebuildTable{From: tb, To: tb, Changes: []Change{&DropNotNull{Table: "t", Column: "c"}, &DropColumn{Table: "t", C: col}}})
	for _, c := range changes {
		inv := c.Inverse()
		if inv == nil {
			t.Fatalf("%s has no inverse", c)
		}
		back := inv.Inverse()
		if back.String() != c.String() || reflect.TypeOf(back) != reflect.TypeOf(c) {
			t.Errorf("inverse of the inverse of %q is %q", c, back)
		}
		if TableOf(c) == "" {
			t.Errorf("%s names no table", c)
		}
	}
	// No safe way back from timestamp to date: no inverse.
	at := NewAlterType("t", "c", Type{Kind: KindDate}, Type{Kind: KindTimestamp}, anyEngine)
	if at == nil || at.Guard != nil || at.Inverse() != nil {
		t.Fatalf("date -> timestamp = %+v, inverse %v", at, at.Inverse())
	}
	// Losses are said where data cannot come back.
	if (&DropColumn{Table: "t", C: col}).Loss() == "" || (&DropTable{T: tb}).Loss() == "" || (&AddColumn{Table: "t", C: col}).Loss() != "" {
		t.Fatal("Loss")
	}
	if len(Guards(changes[len(changes)-1])) != 0 || len(Guards(&AddIndex{Table: "t", I: ix, Guard: UniqueGuard("t", ix)})) != 1 {
		t.Fatal("Guards")
	}
}
