package tests

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// Native enums (issue 12 item 1): a Go enum type with EnumType() is a
// PostgreSQL enum type; on SQLite the same model is text with the enum
// CHECK a string enum gets.

type Mood string

func (Mood) Values() []string { return []string{"sad", "ok", "happy"} }
func (Mood) EnumType() string { return "mood" }

// Mood2 gains labels: "meh" between sad and ok, "great" last.
type Mood2 string

func (Mood2) Values() []string { return []string{"sad", "meh", "ok", "happy", "great"} }
func (Mood2) EnumType() string { return "mood" }

// MoodGone removes "ok": refused.
type MoodGone string

func (MoodGone) Values() []string { return []string{"sad", "happy"} }
func (MoodGone) EnumType() string { return "mood" }

// MoodText is Mood's values as a plain string enum (text + CHECK).
type MoodText string

func (MoodText) Values() []string { return []string{"sad", "ok", "happy"} }

// Level is an integer enum stored as the labels of native enum "level".
type Level int16

func (Level) Values() []Level  { return []Level{1, 2, 3} }
func (Level) EnumType() string { return "level" }
func (l Level) String() string { return [...]string{"", "low", "mid", "high"}[l] }

type diary1 struct {
	ID    int64 `ferro:"id,pk"`
	Mood  Mood  `ferro:"mood,default='ok'"`
	Level Level `ferro:"level,nullable"`
}

func (diary1) TableName() string { return "diary" }

type diary2 struct {
	ID    int64 `ferro:"id,pk"`
	Mood  Mood2 `ferro:"mood,default='ok'"`
	Level Level `ferro:"level,nullable"`
}

func (diary2) TableName() string { return "diary" }

type diaryGone struct {
	ID    int64    `ferro:"id,pk"`
	Mood  MoodGone `ferro:"mood"`
	Level Level    `ferro:"level,nullable"`
}

func (diaryGone) TableName() string { return "diary" }

// diaryNewDefault adds "great" and makes it the default in one plan.
type diaryNewDefault struct {
	ID    int64 `ferro:"id,pk"`
	Mood  Mood2 `ferro:"mood,default='great'"`
	Level Level `ferro:"level,nullable"`
}

func (diaryNewDefault) TableName() string { return "diary" }

type diaryText struct {
	ID    int64    `ferro:"id,pk"`
	Mood  MoodText `ferro:"mood,default='ok'"`
	Level Level    `ferro:"level,nullable"`
}

func (diaryText) TableName() string { return "diary" }

type diaryNoLevel struct {
	ID   int64 `ferro:"id,pk"`
	Mood Mood  `ferro:"mood,default='ok'"`
}

func (diaryNoLevel) TableName() string { return "diary" }

// One model, both engines: created, read back equal, nothing to plan at
// the destructive level, non-members refused by the engine, and Go enum
// values bound and scanned through ferro (a string enum and an integer
// enum stored as its String() labels).
func TestMigrate_nativeEnum(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		raw := testdb.Open(t, e.RawDriver, e.DSN)
		if err := ferro.Migrate(db, []any{diary1{}}); err != nil {
			t.Fatal(err)
		}
		want, err := catalog.FromModels(diary1{})
		if err != nil {
			t.Fatal(err)
		}
		stored, err := catalog.ForDialect(want, e.Name)
		if err != nil {
			t.Fatal(err)
		}
		got := inspect(t, db)
		sameSchema(t, "after create", stored, got)
		c, _ := got.Tables[0].Column("mood")
		if e.Name == "postgres" {
			if c.Type != (schema.Type{Kind: schema.KindEnum, Raw: "mood"}) || len(got.Enums) != 2 {
				t.Fatalf("postgres: column %+v, enums %+v", c, got.Enums)
			}
		} else if c.Type.Kind != schema.KindText || len(got.Tables[0].Checks) != 2 {
			t.Fatalf("sqlite: column %+v, checks %+v", c, got.Tables[0].Checks)
		}
		p, err := migrate.NewPlan(ctx, db, []any{diary1{}}, migrate.AllowDestructive())
		if err != nil {
			t.Fatal(err)
		}
		if !p.Empty() || len(p.Residue().Unknown) > 0 {
			t.Fatalf("plan after create is not empty:\n%s", p)
		}
		if _, err := raw.Exec(`INSERT INTO diary (id, mood) VALUES (1, 'angry')`); err == nil {
			t.Fatal("the engine stored 'angry', which is not a label of mood")
		}
		if _, err := db.Exec(`INSERT INTO diary (id, mood, level) VALUES ($1, $2, $3)`, 1, Mood("happy"), Level(3)); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO diary (id, mood, level) VALUES ($1, $2, $3)`, 2, Mood("angry"), Level(3)); err == nil {
			t.Fatal("ferro bound Mood(\"angry\"), which is not a member")
		}
		// The raw driver (pgx stdlib: the enum's OID is not registered,
		// pgx sends and reads text) binds and scans a string enum too.
		if _, err := raw.Exec(`INSERT INTO diary (id, mood) VALUES (7, $1)`, Mood("sad")); err != nil {
			t.Fatal(err)
		}
		var rm Mood
		if err := raw.QueryRow(`SELECT mood FROM diary WHERE id = 7`).Scan(&rm); err != nil || rm != "sad" {
			t.Fatalf("raw scan: %q %v", rm, err)
		}
		if _, err := raw.Exec(`DELETE FROM diary WHERE id = 7`); err != nil {
			t.Fatal(err)
		}
		var lvl string
		if err := raw.QueryRow(`SELECT level FROM diary WHERE id = 1`).Scan(&lvl); err != nil || lvl != "high" {
			t.Fatalf("an integer enum with EnumType() is stored as its label: %q, %v", lvl, err)
		}
		var m Mood
		var l Level
		if err := db.QueryRow(`SELECT mood, level FROM diary WHERE id = $1`, 1).Scan(coerce.Into(&m), coerce.Into(&l)); err != nil || m != "happy" || l != 3 {
			t.Fatalf("scan: %q %d %v", m, l, err)
		}
		rows, err := db.Query(`SELECT id, mood, level FROM diary`)
		if err != nil {
			t.Fatal(err)
		}
		ds, err := coerce.ScanAll[diary1](rows)
		if err != nil || len(ds) != 1 || ds[0].Mood != "happy" || ds[0].Level != 3 {
			t.Fatalf("ScanAll: %+v %v", ds, err)
		}
	})
}

// PostgreSQL: labels are added in place (in their order, at the updates
// level); removing one is refused naming type, table and column; a label
// cannot be used in the plan that adds it; text with a CHECK converts to
// the enum and back; a type no model names and no column uses is dropped
// at the destructive level.
func TestMigrate_nativeEnumChanges(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := testdb.Postgres(t)
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	if err := ferro.Migrate(db, []any{diary1{}}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO diary (id, mood) VALUES (1, 'sad'), (2, 'happy')`); err != nil {
		t.Fatal(err)
	}

	t.Run("a new label used by a default in the same plan is refused", func(t *testing.T) {
		_, err := migrate.NewPlan(ctx, db, []any{diaryNewDefault{}}, migrate.AllowUpdates())
		if !errors.Is(err, migrate.ErrRefused) || !strings.Contains(err.Error(), "diary") || !strings.Contains(err.Error(), "cannot use an enum label in the transaction that adds it") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("labels are added in place", func(t *testing.T) {
		p, err := migrate.NewPlan(ctx, db, []any{diary2{}}, migrate.AllowUpdates())
		if err != nil {
			t.Fatal(err)
		}
		want := []string{`ALTER TYPE "mood" ADD VALUE 'meh' AFTER 'sad'`, `ALTER TYPE "mood" ADD VALUE 'great' AFTER 'happy'`}
		if !slices.Equal(p.Statements(), want) {
			t.Fatalf("statements %q, want %q", p.Statements(), want)
		}
		if err := p.Apply(ctx, db); err != nil {
			t.Fatal(err)
		}
		mood, _ := inspect(t, db).Enum("mood")
		if !slices.Equal(mood.Values, Mood2("").Values()) {
			t.Fatalf("labels %q", mood.Values)
		}
		p, err = migrate.NewPlan(ctx, db, []any{diary2{}}, migrate.AllowDestructive())
		if err != nil || !p.Empty() {
			t.Fatalf("second plan: %v\n%v", err, p)
		}
	})
	t.Run("an older model under ExpandOnly leaves the newer labels", func(t *testing.T) {
		p, err := migrate.NewPlan(ctx, db, []any{diary1{}}, migrate.AllowUpdates(), migrate.ExpandOnly())
		if err != nil || !p.Empty() || !strings.Contains(p.String(), "enum mood has labels the models do not list") {
			t.Fatalf("%v\n%v", err, p)
		}
		if _, err := migrate.NewPlan(ctx, db, []any{diary1{}}, migrate.AllowUpdates()); !errors.Is(err, migrate.ErrRefused) {
			t.Fatalf("without ExpandOnly: %v", err)
		}
	})
	t.Run("removing a label is refused", func(t *testing.T) {
		_, err := migrate.NewPlan(ctx, db, []any{diaryGone{}}, migrate.AllowDestructive())
		var pe *migrate.PlanError
		if !errors.As(err, &pe) || pe.Problems[0].Table != "diary" || pe.Problems[0].Column != "mood" || !strings.Contains(err.Error(), "enum mood") ||
			!strings.Contains(err.Error(), "not remove or reorder") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("text with a check and back", func(t *testing.T) {
		if err := ferro.Migrate(db, []any{diaryText{}}, migrate.AllowDestructive()); err != nil {
			t.Fatal(err)
		}
		c, _ := inspect(t, db).Tables[0].Column("mood")
		if c.Type.Kind != schema.KindText || c.Default != "'ok'" {
			t.Fatalf("after enum -> text: %+v", c)
		}
		p, err := migrate.NewPlan(ctx, db, []any{diaryText{}}, migrate.AllowDestructive())
		if err != nil || !p.Empty() {
			t.Fatalf("after enum -> text: %v\n%v", err, p)
		}
		// A value outside the labels stops the way back, with its count.
		if _, err := db.Exec(`ALTER TABLE diary DROP CONSTRAINT ck_diary_mood`); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO diary (id, mood) VALUES (3, 'angry')`); err != nil {
			t.Fatal(err)
		}
		_, err = migrate.NewPlan(ctx, db, []any{diary1{}}, migrate.AllowDestructive())
		if !errors.Is(err, migrate.ErrRefused) || !strings.Contains(err.Error(), "1 rows whose value is not a label of enum mood") {
			t.Fatalf("err = %v", err)
		}
		if _, err := db.Exec(`DELETE FROM diary WHERE id = 3`); err != nil {
			t.Fatal(err)
		}
		if err := ferro.Migrate(db, []any{diary1{}}, migrate.AllowDestructive()); err != nil {
			t.Fatal(err)
		}
		p, err = migrate.NewPlan(ctx, db, []any{diary1{}}, migrate.AllowDestructive())
		if err != nil || !p.Empty() {
			t.Fatalf("after text -> enum: %v\n%v", err, p)
		}
		var n int
		if err := db.QueryRow(`SELECT count(*) FROM diary WHERE mood IN ('sad', 'happy')`).Scan(&n); err != nil || n != 2 {
			t.Fatalf("rows kept: %d %v", n, err)
		}
	})
	t.Run("a type nothing uses is dropped at the destructive level", func(t *testing.T) {
		p, err := migrate.NewPlan(ctx, db, []any{diaryNoLevel{}}, migrate.AllowUpdates())
		if err != nil || !p.Empty() || !strings.Contains(p.String(), "enum level is in the database but in no model, and used by diary.level: left alone") {
			t.Fatalf("updates level: %v\n%v", err, p)
		}
		p, err = migrate.NewPlan(ctx, db, []any{diaryNoLevel{}}, migrate.AllowDestructive())
		if err != nil || !slices.Equal(p.Statements(), []string{`ALTER TABLE "diary" DROP COLUMN "level"`, `DROP TYPE "level"`}) {
			t.Fatalf("destructive level: %v\n%v", err, p)
		}
		if err := ferro.Migrate(db, []any{diaryNoLevel{}}, migrate.AllowDestructive()); err != nil {
			t.Fatal(err)
		}
		if _, ok := inspect(t, db).Enum("level"); ok {
			t.Fatal("enum level was not dropped")
		}
	})
}

// MoodFirst gains a new first label.
type MoodFirst string

func (MoodFirst) Values() []string { return []string{"awful", "sad", "ok", "happy"} }
func (MoodFirst) EnumType() string { return "mood" }

type diaryFirst struct {
	ID    int64     `ferro:"id,pk"`
	Mood  MoodFirst `ferro:"mood,default='ok'"`
	Level Level     `ferro:"level,nullable"`
}

func (diaryFirst) TableName() string { return "diary" }

// A new first label goes BEFORE the first live one; creating types and
// adding labels expand (ExpandOnly applies them); the typed changes are
// CreateEnum and AddEnumValue.
func TestMigrate_nativeEnumFirstLabelExpandOnly(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := testdb.Postgres(t)
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	p, err := migrate.NewPlan(ctx, db, []any{diary1{}}, migrate.ExpandOnly())
	if err != nil {
		t.Fatal(err)
	}
	cs := p.Changes()
	if len(cs) != 3 {
		t.Fatalf("changes %v", cs)
	}
	if c, ok := cs[0].(*schema.CreateEnum); !ok || c.E.Name != "level" || c.Inverse().(*schema.DropEnum).E != c.E {
		t.Fatalf("first change %#v", cs[0])
	}
	if err := p.Apply(ctx, db); err != nil {
		t.Fatal(err)
	}
	p, err = migrate.NewPlan(ctx, db, []any{diaryFirst{}}, migrate.AllowUpdates(), migrate.ExpandOnly())
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Statements(); !slices.Equal(got, []string{`ALTER TYPE "mood" ADD VALUE 'awful' BEFORE 'sad'`}) {
		t.Fatalf("statements %q", got)
	}
	if a := p.Changes()[0].(*schema.AddEnumValue); a.Inverse() != nil || !strings.Contains(p.String(), "+ enum value mood 'awful' before 'sad'") {
		t.Fatalf("%#v\n%s", a, p)
	}
	if err := p.Apply(ctx, db); err != nil {
		t.Fatal(err)
	}
	mood, _ := inspect(t, db).Enum("mood")
	if !slices.Equal(mood.Values, MoodFirst("").Values()) {
		t.Fatalf("labels %q", mood.Values)
	}
}

// The no-op fast path never hides a label another program added: the
// fingerprint covers the enum types of the schema.
func TestMigrate_nativeEnumFastPathSeesLabels(t *testing.T) {
	t.Parallel()
	e := testdb.Postgres(t)
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	raw := testdb.Open(t, e.RawDriver, e.DSN)
	for range 2 { // the second run takes the fast path
		if err := ferro.Migrate(db, []any{diary1{}}, migrate.AllowUpdates()); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := raw.Exec(`ALTER TYPE mood ADD VALUE 'angry'`); err != nil {
		t.Fatal(err)
	}
	err := ferro.Migrate(db, []any{diary1{}}, migrate.AllowUpdates())
	if !errors.Is(err, migrate.ErrRefused) || !strings.Contains(err.Error(), "enum mood would go from ('sad', 'ok', 'happy', 'angry') to ('sad', 'ok', 'happy')") {
		t.Fatalf("err = %v", err)
	}
}

// Feeling is another native enum type with Mood's labels.
type Feeling string

func (Feeling) Values() []string { return []string{"sad", "ok", "happy"} }
func (Feeling) EnumType() string { return "feeling" }

type diaryOtherEnum struct {
	ID    int64   `ferro:"id,pk"`
	Mood  Feeling `ferro:"mood,default='ok'"`
	Level Level   `ferro:"level,nullable"`
}

func (diaryOtherEnum) TableName() string { return "diary" }

type diaryInt struct {
	ID    int64 `ferro:"id,pk"`
	Mood  int32 `ferro:"mood,default=0"`
	Level Level `ferro:"level,nullable"`
}

func (diaryInt) TableName() string { return "diary" }

// Between two enum types, or an enum and a type other than text/varchar,
// a column change is refused naming the table and column.
func TestMigrate_nativeEnumRefusedConversions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := testdb.Postgres(t)
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	if err := ferro.Migrate(db, []any{diary1{}}); err != nil {
		t.Fatal(err)
	}
	for _, m := range []any{diaryOtherEnum{}, diaryInt{}} {
		_, err := migrate.NewPlan(ctx, db, []any{m}, migrate.AllowDestructive())
		var pe *migrate.PlanError
		if !errors.As(err, &pe) || pe.Problems[0].Table != "diary" || pe.Problems[0].Column != "mood" ||
			!strings.Contains(err.Error(), "has no safe conversion (ferro converts between a native enum and text or varchar only)") {
			t.Fatalf("%T: err = %v", m, err)
		}
	}
}

type plainDiary struct {
	ID int64 `ferro:"id,pk"`
}

func (plainDiary) TableName() string { return "diary" }

// An enum type no model names is dropped at the destructive level only
// when nothing uses it: one a function or a view uses is kept, said so.
func TestMigrate_nativeEnumUsedElsewhereKept(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := testdb.Postgres(t)
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	for _, q := range []string{
		`CREATE TYPE spare AS ENUM ('x')`,
		`CREATE TYPE in_function AS ENUM ('x')`,
		`CREATE FUNCTION uses_enum(v in_function) RETURNS int LANGUAGE sql AS 'SELECT 1'`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	p, err := migrate.NewPlan(ctx, db, []any{plainDiary{}}, migrate.AllowDestructive())
	if err != nil {
		t.Fatal(err)
	}
	st := p.Statements()
	if !slices.Contains(st, `DROP TYPE "spare"`) || slices.Contains(st, `DROP TYPE "in_function"`) ||
		!strings.Contains(p.String(), "enum in_function is in the database but in no model, and used by objects ferro does not model") {
		t.Fatalf("%q\n%s", st, p)
	}
	if err := p.Apply(ctx, db); err != nil {
		t.Fatal(err)
	}
}

// Regression: a check of another tool on a text column converted to a
// native enum made ALTER TYPE fail at apply ("operator does not exist:
// mood = text"); the plan now refuses it, naming the check and what to do.
func TestMigrate_nativeEnumConversionKeptCheckRefused(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := testdb.Postgres(t)
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	if _, err := db.Exec(`CREATE TABLE diary (id bigint GENERATED BY DEFAULT AS IDENTITY CONSTRAINT pk_diary PRIMARY KEY,
		mood text NOT NULL DEFAULT 'ok' CONSTRAINT diary_mood_check CHECK (mood IN ('sad', 'ok', 'happy')))`); err != nil {
		t.Fatal(err)
	}
	_, err := migrate.NewPlan(ctx, db, []any{diaryNoLevel{}}, migrate.AllowDestructive())
	var pe *migrate.PlanError
	if !errors.As(err, &pe) || pe.Problems[0].Column != "mood" || !strings.Contains(err.Error(), `check diary_mood_check`) ||
		!strings.Contains(err.Error(), `drop it first (ALTER TABLE "diary" DROP CONSTRAINT "diary_mood_check")`) {
		t.Fatalf("err = %v", err)
	}
	if _, err := db.Exec(`ALTER TABLE diary DROP CONSTRAINT diary_mood_check`); err != nil {
		t.Fatal(err)
	}
	if err := ferro.Migrate(db, []any{diaryNoLevel{}}, migrate.AllowDestructive()); err != nil {
		t.Fatal(err)
	}
}

type noteGreat struct {
	ID   int64 `ferro:"id,pk"`
	Mood Mood2 `ferro:"mood,default='great'"`
}

func (noteGreat) TableName() string { return "note" }

// A new table whose default is a label the live type lacks and that the
// plan's level does not add is refused at plan time (it failed at apply
// with "invalid input value for enum mood").
func TestMigrate_nativeEnumDefaultOfPendingLabel(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	e := testdb.Postgres(t)
	db := testdb.Open(t, e.FerroDriver, e.DSN)
	if err := ferro.Migrate(db, []any{diary1{}}); err != nil {
		t.Fatal(err)
	}
	_, err := migrate.NewPlan(ctx, db, []any{diary2{}, noteGreat{}})
	var pe *migrate.PlanError
	if !errors.As(err, &pe) || pe.Problems[0].Table != "note" || !strings.Contains(err.Error(), "does not have yet and that this plan does not add (adding labels needs migrate.AllowUpdates())") {
		t.Fatalf("err = %v", err)
	}
	// With the labels added first, the table is created.
	if err := ferro.Migrate(db, []any{diary2{}}, migrate.AllowUpdates()); err != nil {
		t.Fatal(err)
	}
	if err := ferro.Migrate(db, []any{diary2{}, noteGreat{}}); err != nil {
		t.Fatal(err)
	}
}
