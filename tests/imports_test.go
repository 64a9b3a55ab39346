package tests

import (
	"go/build"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestImports_followTheDiagram pins the import diagram of
// docs/architecture.md (issue 13 item 10: it drew coerce <- catalog,
// which catalog does not import). Each package may import only the ferro
// packages listed; a new edge means the diagram (and this table) must
// change with it.
func TestImports_followTheDiagram(t *testing.T) {
	t.Parallel()
	const mod = "github.com/ferrosql/ferro"
	dialects := []string{"internal/dialect", "internal/dialect/all"}
	// A dialect package links no driver; its engine package joins it with
	// the driver and registers it.
	engine := func(d string) []string {
		return []string{"schema", "internal/dialect", "internal/dialect/" + d, "coerce", "internal/sqltext"}
	}
	allowed := map[string][]string{
		"internal/model":                   nil,
		"internal/sqltext":                 nil,
		"internal/epoch":                   nil,
		"schema":                           nil,
		"internal/dialect":                 {"schema", "coerce", "internal/sqltext"},
		"internal/dialect/sqlite":          {"schema", "internal/dialect"},
		"internal/dialect/postgres":        {"schema", "internal/dialect"},
		"internal/dialect/sqlite/engine":   engine("sqlite"),
		"internal/dialect/postgres/engine": engine("postgres"),
		"internal/dialect/all":             {"internal/dialect/sqlite/engine", "internal/dialect/postgres/engine"},
		"coerce":                           {"internal/model"},
		"catalog":                          append([]string{"schema", "internal/model"}, dialects...),
		"migrate":                          append([]string{"schema", "catalog", "internal/epoch", "internal/sqltext"}, dialects...),
	}
	for pkg, ok := range allowed {
		p, err := build.ImportDir(filepath.Join("..", pkg), 0)
		if err != nil {
			t.Fatalf("%s: %v", pkg, err)
		}
		for _, imp := range p.Imports {
			rel, own := strings.CutPrefix(imp, mod+"/")
			if imp == mod {
				t.Errorf("%s imports the root package", pkg)
				continue
			}
			if own && !slices.Contains(ok, rel) {
				t.Errorf("%s imports %s, which docs/architecture.md does not draw", pkg, rel)
			}
		}
	}
}
