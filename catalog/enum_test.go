package catalog_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

type Mood string

func (Mood) Values() []string { return []string{"sad", "it's ok", "happy"} }
func (Mood) EnumType() string { return "mood" }

// OtherMood names mood too, with other labels.
type OtherMood string

func (OtherMood) Values() []string { return []string{"sad"} }
func (OtherMood) EnumType() string { return "mood" }

// SameMood names mood with the same labels: fine.
type SameMood string

func (SameMood) Values() []string { return []string{"sad", "it's ok", "happy"} }
func (SameMood) EnumType() string { return "mood" }

type diary struct {
	ID   int64     `ferro:"id,pk"`
	Mood Mood      `ferro:"mood,default='it''s ok'"`
	Was  *SameMood `ferro:"was"`
}

func (diary) TableName() string { return "diary" }

type diaryConflict struct {
	ID   int64     `ferro:"id,pk"`
	Mood OtherMood `ferro:"mood"`
}

type diaryTypeTag struct {
	ID   int64 `ferro:"id,pk"`
	Mood Mood  `ferro:"mood,type=text"`
}

type plainEnumTypeTag struct {
	ID     int64  `ferro:"id,pk"`
	Status string `ferro:"status,type=enum(status)"`
}

type diaryBadDefault struct {
	ID   int64 `ferro:"id,pk"`
	Mood Mood  `ferro:"mood,default='angry'"`
}

type diaryNumberDefault struct {
	ID   int64 `ferro:"id,pk"`
	Mood Mood  `ferro:"mood,default=1"`
}

type moodTable struct {
	ID int64 `ferro:"id,pk"`
}

func (moodTable) TableName() string { return "mood" }

func TestFromModels_nativeEnum(t *testing.T) {
	t.Parallel()
	s, err := catalog.FromModels(diary{})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := s.Tables[0].Column("mood")
	if c.Type != (schema.Type{Kind: schema.KindEnum, Raw: "mood"}) || c.Type.String() != "enum(mood)" || c.Default != "'it''s ok'" {
		t.Fatalf("column %+v", c)
	}
	if len(s.Tables[0].Checks) != 0 || len(s.Enums) != 1 || !slices.Equal(s.Enums[0].Values, Mood("").Values()) {
		t.Fatalf("checks %+v enums %+v", s.Tables[0].Checks, s.Enums)
	}
	pg, err := catalog.Render(s, schema.Postgres)
	if err != nil {
		t.Fatal(err)
	}
	if pg[0] != `CREATE TYPE "mood" AS ENUM ('sad', 'it''s ok', 'happy')` || !strings.Contains(pg[1], `"mood" "mood" NOT NULL DEFAULT 'it''s ok'`) {
		t.Fatalf("postgres:\n%s", strings.Join(pg, "\n"))
	}
	lite, err := catalog.Render(s, schema.SQLite)
	if err != nil {
		t.Fatal(err)
	}
	if len(lite) != 1 || !strings.Contains(lite[0], `"mood" TEXT NOT NULL DEFAULT 'it''s ok'`) ||
		!strings.Contains(lite[0], `CONSTRAINT "ck_diary_mood" CHECK ("mood" IN ('sad', 'it''s ok', 'happy'))`) ||
		!strings.Contains(lite[0], `CONSTRAINT "ck_diary_was" CHECK`) {
		t.Fatalf("sqlite:\n%s", strings.Join(lite, "\n"))
	}
	for _, tc := range []struct {
		name   string
		models []any
		want   string
	}{
		{"two Go types, other labels", []any{diary{}, diaryConflict{}}, `names native enum mood with values ["sad"], but catalog_test.Mood names it with ["sad" "it's ok" "happy"]`},
		{"type= on a native enum", []any{diaryTypeTag{}}, "is the native enum mood (its EnumType() method); remove type="},
		{"type=enum(...) in a tag", []any{plainEnumTypeTag{}}, "a native enum is named by its Go enum type, not by a tag"},
		{"default not a label", []any{diaryBadDefault{}}, `"angry" is not one of the enum values`},
		{"default not quoted", []any{diaryNumberDefault{}}, "a native enum's default is one of its labels, quoted"},
		{"enum named like a table", []any{diary{}, moodTable{}}, `EnumType() "mood" is also the name of table "mood"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := catalog.FromModels(tc.models...)
			if !errors.Is(err, catalog.ErrModel) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
		})
	}
}

// The parity invariant for native enums: Inspect after executing
// Render(FromModels(m)) equals ForDialect(FromModels(m)) on both engines.
func TestInspect_nativeEnumParity(t *testing.T) {
	t.Parallel()
	want, err := catalog.FromModels(diary{})
	if err != nil {
		t.Fatal(err)
	}
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.RawDriver, e.DSN)
		stmts, err := catalog.Render(want, e.Name)
		if err != nil {
			t.Fatal(err)
		}
		exec(t, db, stmts...)
		got, err := catalog.Inspect(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		stored, err := catalog.ForDialect(want, e.Name)
		if err != nil {
			t.Fatal(err)
		}
		if m := schema.Mismatches(stored, got); len(m) > 0 {
			t.Fatalf("Inspect differs from ForDialect(FromModels):\n%s", strings.Join(m, "\n"))
		}
		if e.Name == schema.Postgres && (len(got.Enums) != 1 || stored != want) {
			t.Fatalf("postgres stores the model as it is: enums %+v", got.Enums)
		}
		if e.Name == schema.SQLite && (got.Enums != nil || stored == want) {
			t.Fatalf("sqlite has no enum types: %+v", got.Enums)
		}
	})
}
