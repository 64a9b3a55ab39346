package model

import (
	"errors"
	"strings"
	"testing"
)

func TestParseTag(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		tag  string
		want Tag
	}{
		{"empty", "", Tag{}},
		{"name only", "id", Tag{Name: "id"}},
		{"skip", "-", Tag{Skip: true}},
		{"skip spaced", " - ", Tag{Skip: true}},
		{"pk", "id,pk", Tag{Name: "id", PK: true}},
		{"options without name", ",pk", Tag{PK: true}},
		{"unique", "email,unique", Tag{Name: "email", Unique: true}},
		{"unique group", "a,unique=ab", Tag{Name: "a", UniqueGroup: "ab"}},
		// Issue 12 item 5: "option index given twice" / "option unique given twice".
		{"index and index group", "q,index,index=pq", Tag{Name: "q", Index: true, IndexGroup: "pq"}},
		{"index group and index", "q,index=pq,index", Tag{Name: "q", Index: true, IndexGroup: "pq"}},
		{"unique and unique group", "q,unique,unique=pq", Tag{Name: "q", Unique: true, UniqueGroup: "pq"}},
		{"index", "a,index", Tag{Name: "a", Index: true}},
		{"index group", "a,index=g1", Tag{Name: "a", IndexGroup: "g1"}},
		{"type with comma", "amount,type=numeric(12,2)", Tag{Name: "amount", Type: "numeric(12,2)"}},
		{"type varchar", "number,type=varchar(32),unique", Tag{Name: "number", Type: "varchar(32)", Unique: true}},
		{"default string", "status,default='draft'", Tag{Name: "status", Default: "'draft'", HasDefault: true}},
		{"default with comma and equals", "s,default='a,b=c',nullable", Tag{Name: "s", Default: "'a,b=c'", HasDefault: true, Nullable: true}},
		{"default escaped quote", "s,default='it''s'", Tag{Name: "s", Default: "'it''s'", HasDefault: true}},
		{"default number", "n,default=0", Tag{Name: "n", Default: "0", HasDefault: true}},
		{"default negative decimal", "n,default=-1.50", Tag{Name: "n", Default: "-1.50", HasDefault: true}},
		{"fk", "customer_id,fk=customer.id,on_delete=cascade,index", Tag{Name: "customer_id", FK: "customer.id", OnDelete: "cascade", Index: true}},
		{"fk actions normalised", "c,fk=t.id,on_delete=SET  NULL,on_update=No Action", Tag{Name: "c", FK: "t.id", OnDelete: "set null", OnUpdate: "no action"}},
		{"fk restrict set default", "c,fk=t.id,on_delete=restrict,on_update=set default", Tag{Name: "c", FK: "t.id", OnDelete: "restrict", OnUpdate: "set default"}},
		{"nullable", "x,nullable", Tag{Name: "x", Nullable: true}},
		{"renamed_from", "email,renamed_from=mail", Tag{Name: "email", RenamedFrom: "mail"}},
		{"renamed_from several", "email,renamed_from=mail|e_mail", Tag{Name: "email", RenamedFrom: "mail|e_mail"}},
		{"renamed_from repeated", "email,renamed_from=mail,nullable,renamed_from= e_mail ", Tag{Name: "email", RenamedFrom: "mail|e_mail", Nullable: true}},
		{"m2m", "m2m", Tag{M2M: true}},
		{"m2m first with table", "m2m=invoice_tags", Tag{M2M: true, JoinTable: "invoice_tags"}},
		{"m2m as option", ",m2m", Tag{M2M: true}},
		{"m2m table", "tags,m2m=invoice_tags", Tag{Name: "tags", M2M: true, JoinTable: "invoice_tags"}},
		{"relation actions without fk", "customer,fk_column=buyer_id,on_delete=cascade", Tag{Name: "customer", FKColumn: "buyer_id", OnDelete: "cascade"}},
		// Issue 17: generated keys and deferrable foreign keys.
		{"autoincrement", "id,pk,autoincrement", Tag{Name: "id", PK: true, AutoIncrement: AutoIncrementYes}},
		{"autoincrement false", "id,pk,autoincrement=false", Tag{Name: "id", PK: true, AutoIncrement: AutoIncrementNo}},
		{"autoincrement monotonic", "id,pk,autoincrement=monotonic", Tag{Name: "id", PK: true, AutoIncrement: AutoIncrementMonotonic}},
		{"deferrable", "c,fk=t.id,deferrable", Tag{Name: "c", FK: "t.id", Deferrable: true}},
		{"initially deferred", "c,fk=t.id,initially_deferred", Tag{Name: "c", FK: "t.id", Deferrable: true, InitiallyDeferred: true}},
		{"deferrable and initially deferred", "c,fk=t.id,deferrable,initially_deferred", Tag{Name: "c", FK: "t.id", Deferrable: true, InitiallyDeferred: true}},
		{"type outside the vocabulary", "v,type=unknown(smallint unsigned)", Tag{Name: "v", Type: "unknown(smallint unsigned)"}},
		{"whitespace", " x , pk , type = bigint ", Tag{Name: "x", PK: true, Type: "bigint"}},
		{"all", "a,pk,unique=u,index=i,type=text,default='x',fk=b.c,on_delete=cascade,on_update=restrict,nullable",
			Tag{Name: "a", PK: true, UniqueGroup: "u", IndexGroup: "i", Type: "text", Default: "'x'", HasDefault: true, FK: "b.c", OnDelete: "cascade", OnUpdate: "restrict", Nullable: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseTag(tc.tag)
			if err != nil {
				t.Fatalf("ParseTag(%q): %v", tc.tag, err)
			}
			if got != tc.want {
				t.Fatalf("ParseTag(%q)\n got %#v\nwant %#v", tc.tag, got, tc.want)
			}
			again, err := ParseTag(got.String())
			if err != nil || again != got {
				t.Fatalf("round trip via %q: %#v, %v", got.String(), again, err)
			}
		})
	}
}

func TestParseTag_errors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		tag    string
		option string // the option the error must name
		reason string // substring of the reason
	}{
		{"unknown option", "id,primary", "primary", "unknown option"},
		{"renamed_from empty", "a,renamed_from=", "renamed_from=", "needs a value"},
		{"renamed_from empty part", "a,renamed_from=b|", "renamed_from=b|", "empty column name"},
		{"renamed_from itself", "a,renamed_from=a", "renamed_from=a", "names the column itself"},
		{"renamed_from twice", "a,renamed_from=b,renamed_from=b", "renamed_from=b", "twice"},
		{"empty option", "id,,pk", "", "empty option"},
		{"trailing comma", "id,pk,", "", "empty option"},
		{"duplicate option", "id,pk,pk", "pk", "given twice"},
		{"duplicate unique", "id,unique,unique", "unique", "given twice"},
		{"duplicate unique group", "id,unique=g,unique=h", "unique=h", "given twice"},
		{"duplicate index group", "id,index=g,index=g", "index=g", "given twice"},
		{"flag with value", "id,pk=true", "pk=true", "takes no value"},
		{"nullable with value", "id,nullable=yes", "nullable=yes", "takes no value"},
		{"type missing value", "id,type", "type", "needs a value"},
		{"type empty value", "id,type=", "type=", "needs a value"},
		{"default missing value", "id,default", "default", "needs a value"},
		{"fk missing value", "id,fk=", "fk=", "needs a value"},
		{"fk no dot", "id,fk=customer", "fk=customer", "fk=<table>.<column>"},
		{"fk two dots", "id,fk=s.t.c", "fk=s.t.c", "fk=<table>.<column>"},
		{"fk empty column", "id,fk=t.", "fk=t.", "fk=<table>.<column>"},
		{"fk empty table", "id,fk=.c", "fk=.c", "fk=<table>.<column>"},
		{"bad action", "id,fk=t.c,on_delete=destroy", "on_delete=destroy", "unknown action"},
		{"on_delete empty", "id,fk=t.c,on_delete=", "on_delete=", "needs a value"},
		{"empty group", "id,index=", "index=", "empty group"},
		{"dash with options", "-,pk", "-", "whole tag"},
		{"unterminated quote", "s,default='abc", "default='abc", "unterminated quote"},
		{"unbalanced open", "a,type=numeric(12,2", "type=numeric(12,2", "unbalanced '('"},
		{"unbalanced close", "a,type=numeric12)", "type=numeric12)", "unbalanced ')'"},
		{"quote in name", `a"b`, "", "contains"},
		{"control char in name", "a\x00b", "", "contains"},
		{"bad group name", "a,unique=x'y'", "unique=x'y'", "contains"},
		{"bad fk name", "a,fk=t.c(1)", "fk=t.c(1)", "contains"},
		{"m2m empty table", "tags,m2m=", "m2m=", "empty join table"},
		{"m2m bad table name", "tags,m2m=a(b)", "m2m=a(b)", "contains"},
		{"fk_column empty", "c,fk_column=", "fk_column=", "needs a value"},
		{"autoincrement other value", "id,autoincrement=yes", "autoincrement=yes", "autoincrement=false or autoincrement=monotonic"},
		{"autoincrement twice", "id,autoincrement,autoincrement=false", "autoincrement=false", "given twice"},
		{"deferrable with value", "c,fk=t.id,deferrable=yes", "deferrable=yes", "takes no value"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseTag(tc.tag)
			if err == nil {
				t.Fatalf("ParseTag(%q): want error", tc.tag)
			}
			var te *TagError
			if !errors.As(err, &te) || !errors.Is(err, ErrBadTag) {
				t.Fatalf("ParseTag(%q): error %v is not a *TagError wrapping ErrBadTag", tc.tag, err)
			}
			if te.Option != tc.option {
				t.Errorf("option = %q, want %q (error: %v)", te.Option, tc.option, err)
			}
			if !strings.Contains(err.Error(), tc.reason) || !strings.HasPrefix(err.Error(), "ferro/model: ") {
				t.Errorf("error %q does not contain %q", err, tc.reason)
			}
		})
	}
}

func FuzzParseTag(f *testing.F) {
	for _, s := range []string{"", "-", "id,pk", "a,type=numeric(12,2),default='x,y'", "c,fk=t.id,on_delete=set null",
		"a,unique=g,index=h,nullable", "q,index,index=pq,unique,unique=u", "s,default='it''s'", "a,,b", "(", "'", "a,type=varchar(3)",
		"id,pk,autoincrement", "id,pk,autoincrement=false", "id,pk,autoincrement=monotonic", "c,fk=t.id,deferrable", "c,fk=t.id,initially_deferred,deferrable",
		"v,type=unknown(smallint unsigned)", "t,type=unknown(tsvector)", "x,autoincrement=yes"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tag, err := ParseTag(s)
		if err != nil {
			var te *TagError
			if !errors.As(err, &te) {
				t.Fatalf("ParseTag(%q): error %T is not a *TagError", s, err)
			}
			return
		}
		again, err := ParseTag(tag.String())
		if err != nil {
			t.Fatalf("ParseTag(%q) = %#v; reparse of %q failed: %v", s, tag, tag.String(), err)
		}
		if again != tag {
			t.Fatalf("ParseTag(%q) = %#v; reparse of %q = %#v", s, tag, tag.String(), again)
		}
	})
}
