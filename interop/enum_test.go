package interop_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/migrate"
)

// feeling names the PostgreSQL enum type feeling; SQLite stores it as text
// with the enum CHECK.
type feeling string

func (feeling) Values() []string { return []string{"sad", "ok", "happy"} }
func (feeling) EnumType() string { return "feeling" }

// feelingText is the same values as a plain string enum.
type feelingText string

func (feelingText) Values() []string { return []string{"sad", "ok", "happy"} }

type entryV1 struct {
	ID   int64   `ferro:"id,pk"`
	Feel feeling `ferro:"feel,default='ok'"`
}

func (entryV1) TableName() string { return "entry" }

type entryV2 struct {
	ID   int64       `ferro:"id,pk"`
	Feel feelingText `ferro:"feel,default='ok'"`
}

func (entryV2) TableName() string { return "entry" }

// Native enums replay under golang-migrate (issue 12): the up file creates
// the type before the table, the down file drops it after; a native enum
// column converted to text with a CHECK and back (PostgreSQL), the same
// models on SQLite.
func TestWriteMigration_replayedNativeEnum(t *testing.T) {
	t.Parallel()
	engines(t, func(t *testing.T, engine string) {
		steps := []replayStep{
			{name: "v1 create with an enum", models: []any{entryV1{}}, seed: []string{`INSERT INTO entry (id, feel) VALUES (1, 'happy'), (2, 'sad')`}},
		}
		if engine == "postgres" { // on SQLite both models are one schema: nothing to export
			steps = append(steps,
				replayStep{name: "v2 enum to text", models: []any{entryV2{}}, opts: updates, same: []string{`SELECT id, feel FROM entry ORDER BY id`}},
				replayStep{name: "v3 text to enum", models: []any{entryV1{}}, opts: updates, same: []string{`SELECT id, feel::text AS f FROM entry ORDER BY id`}})
		}
		replay(t, engine, steps)
	})
}

type feelingMore string

func (feelingMore) Values() []string { return []string{"awful", "sad", "ok", "meh", "happy"} }
func (feelingMore) EnumType() string { return "feeling" }

type entryV3 struct {
	ID   int64       `ferro:"id,pk"`
	Feel feelingMore `ferro:"feel,default='ok'"`
}

func (entryV3) TableName() string { return "entry" }

// Labels added to a native enum replay under golang-migrate (ALTER TYPE
// ... ADD VALUE inside the file's transaction, PostgreSQL 12 and later);
// the down file cannot remove them and fails, naming the enum, before it
// changes anything. On SQLite the same models widen the CHECK, and the
// down file narrows it back.
func TestWriteMigration_replayedEnumLabels(t *testing.T) {
	t.Parallel()
	engines(t, func(t *testing.T, engine string) {
		if engine == "sqlite" {
			replay(t, engine, []replayStep{
				{name: "v1 create with an enum", models: []any{entryV1{}}, seed: []string{`INSERT INTO entry (id, feel) VALUES (1, 'happy')`}},
				{name: "v2 add labels", models: []any{entryV3{}}, opts: updates, same: []string{`SELECT id, feel FROM entry ORDER BY id`}},
			})
			return
		}
		dir, schemas := export(t, engine, [][]any{{entryV1{}}, {entryV3{}}}, migrate.AllowUpdates())
		g := newTarget(t, engine)
		if err := g.migrateSteps(t, dir, 2); err != nil {
			t.Fatalf("up: %v\n%s", err, files(dir))
		}
		sameSchema(t, "up", schemas[2], inspect(t, g.db), dir)
		if e, _ := inspect(t, g.db).Enum("feeling"); !slices.Equal(e.Values, feelingMore("").Values()) {
			t.Fatalf("labels %q", e.Values)
		}
		err := g.migrateSteps(t, dir, -1)
		if err == nil || !strings.Contains(err.Error(), "ferro/migrate: enum feeling: the down migration cannot revert") {
			t.Fatalf("down: %v, want the check that names the enum\n%s", err, files(dir))
		}
		sameSchema(t, "after the refused down", schemas[2], inspect(t, g.db), dir)
	})
}
