package migrate

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/dialect/postgres"
	"github.com/ferrosql/ferro/internal/dialect/sqlite"
	"github.com/ferrosql/ferro/schema"
)

// diaryWith is a diary table whose mood column has type t (with a ferro
// enum check of values when t is text) and the native enums enums.
func diaryWith(t string, values []string, enums ...*schema.Enum) *schema.Schema {
	tb := &schema.Table{Name: "diary", Columns: []*schema.Column{idCol(), col("mood", t, false, "'ok'")}, PrimaryKey: pk("diary")}
	if t == "text" {
		tb.Checks = []*schema.Check{{Name: "ck_diary_mood", Column: "mood", Values: values}}
	}
	return &schema.Schema{Tables: []*schema.Table{tb}, Enums: enums}
}

func mood(labels ...string) *schema.Enum { return &schema.Enum{Name: "mood", Values: labels} }

// Plans of native enum changes, golden on both engines (SQLite plans the
// schema it stores: text with the enum CHECK).
func TestPlanner_enumGolden(t *testing.T) {
	t.Parallel()
	three := []string{"sad", "ok", "happy"}
	cases := []struct {
		name       string
		want, have *schema.Schema
		level      Level
	}{
		{"enum_create", diaryWith("enum(mood)", nil, mood(three...)), &schema.Schema{}, LevelCreate},
		{"enum_labels", diaryWith("enum(mood)", nil, mood("awful", "sad", "meh", "ok", "happy", "great")), diaryWith("enum(mood)", nil, mood(three...)), LevelUpdates},
		{"enum_labels_removed", diaryWith("enum(mood)", nil, mood("sad", "happy")), diaryWith("enum(mood)", nil, mood(three...)), LevelDestructive},
		{"enum_from_text", diaryWith("enum(mood)", nil, mood(three...)), diaryWith("text", three), LevelUpdates},
		{"enum_to_text", diaryWith("text", three), diaryWith("enum(mood)", nil, mood(three...)), LevelDestructive},
	}
	for _, tc := range cases {
		for _, d := range []string{"sqlite", "postgres"} {
			t.Run(tc.name+"/"+d, func(t *testing.T) {
				t.Parallel()
				eng := engines[d]
				var r dialect.ChangeRenderer = postgres.Renderer{}
				want, have := tc.want, tc.have
				if d == "sqlite" {
					r = sqlite.Renderer{}
					want, have = dialect.ForDialect(sqlite.Dialect{}, want), dialect.ForDialect(sqlite.Dialect{}, have)
				}
				p, problems := planOffline(t, eng, r, want, have, newConfig([]Option{func(c *config) { c.level = tc.level }}))
				var b strings.Builder
				b.WriteString(p.String())
				for _, pr := range problems {
					fmt.Fprintf(&b, "problem: %s\n", pr)
				}
				down, err := p.downFile()
				if err != nil {
					t.Fatal(err)
				}
				b.WriteString("-- down:\n")
				b.WriteString(down)
				golden(t, filepath.Join("testdata", tc.name+"."+d+".plan"), b.String())
			})
		}
	}
}
