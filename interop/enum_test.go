package interop_test

import "testing"

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
