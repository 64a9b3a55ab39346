package tests

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/ferrosql/ferro"

// modulePackage is one directory of Go files of the module: the ferro
// packages its files import, by path relative to the module ("." for the
// root), test files apart.
type modulePackage struct {
	imports, testImports []string
}

// modulePackages reads every package of the module from the tree (every
// directory with .go files, but testdata and the separate modules bench/
// and interop/), and the imports of every file whatever its build tags, so
// a new package or a file for another Go version is covered without a
// change here.
func modulePackages(t *testing.T) map[string]*modulePackage {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	pkgs := map[string]*modulePackage{}
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil && path != root {
				return filepath.SkipDir // another module (bench, interop)
			}
			return nil
		}
		if !strings.HasSuffix(d.Name(), ".go") {
			return nil
		}
		rel, err := filepath.Rel(root, filepath.Dir(path))
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		p := pkgs[rel]
		if p == nil {
			p = &modulePackage{}
			pkgs[rel] = p
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, spec := range f.Imports {
			imp, _ := strconv.Unquote(spec.Path.Value)
			own := imp == module
			if !own && !strings.HasPrefix(imp, module+"/") {
				continue
			}
			rel := "."
			if !own {
				rel = strings.TrimPrefix(imp, module+"/")
			}
			list := &p.imports
			if strings.HasSuffix(d.Name(), "_test.go") {
				list = &p.testImports
			}
			if !slices.Contains(*list, rel) {
				*list = append(*list, rel)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) < 20 || pkgs["."] == nil || pkgs["internal/dialect"] == nil {
		t.Fatalf("read %d packages from %s; is the test run from tests/?", len(pkgs), root)
	}
	return pkgs
}

// engineOf returns the engine tree pkg belongs to ("internal/dialect/sqlite"
// for internal/dialect/sqlite/engine), or "" when pkg is not an engine
// package. Every directory under internal/dialect but all is an engine's:
// a new engine is covered without a change here.
func engineOf(pkg string) string {
	rest, ok := strings.CutPrefix(pkg, "internal/dialect/")
	if !ok {
		return ""
	}
	name, _, _ := strings.Cut(rest, "/")
	if name == "all" {
		return ""
	}
	return "internal/dialect/" + name
}

// TestImports_engines pins issue 19's plug-in rule on every package of the
// module: an engine package (internal/dialect/<name> and its
// subpackages) is imported only by internal/dialect/all, which registers
// the engines, and by its own engine's packages. Everything else (the
// root, catalog, migrate, coerce, relation, the command, the generator
// ...) reaches engines through the registry. Test files may import an
// engine to test it (or, as the toy engine, to plug one in).
func TestImports_engines(t *testing.T) {
	t.Parallel()
	for pkg, p := range modulePackages(t) {
		for _, imp := range p.imports {
			e := engineOf(imp)
			if e == "" || pkg == "internal/dialect/all" || engineOf(pkg) == e {
				continue
			}
			t.Errorf("%s imports the engine package %s: engines are reached through the registry (internal/dialect), registered by internal/dialect/all", pkg, imp)
		}
	}
}

// TestImports_followTheDiagram pins the import diagram of
// docs/architecture.md (issue 13 item 10: it drew coerce <- catalog,
// which catalog does not import) for every package of the module: each
// may import only the ferro packages listed, and a package not listed
// fails until it is drawn. A new edge means the diagram (and this table)
// must change with it.
func TestImports_followTheDiagram(t *testing.T) {
	t.Parallel()
	dialects := []string{"internal/dialect", "internal/dialect/all"}
	// A dialect package links no driver; its engine package joins it with
	// the driver and registers it.
	engine := func(d string) []string {
		return []string{"schema", "internal/dialect", "internal/dialect/" + d, "internal/bind", "internal/sqltext"}
	}
	allowed := map[string][]string{
		"internal/model":                   nil,
		"internal/sqltext":                 nil,
		"internal/epoch":                   nil,
		"internal/fuzzing":                 nil,
		"schema":                           nil,
		"coerce":                           {"internal/model"},
		"internal/bind":                    {"coerce", "internal/model"},
		"internal/dialect":                 {"schema", "internal/bind", "internal/sqltext"},
		"internal/dialect/sqlite":          {"schema", "internal/dialect"},
		"internal/dialect/postgres":        {"schema", "internal/dialect"},
		"internal/dialect/sqlite/engine":   engine("sqlite"),
		"internal/dialect/postgres/engine": engine("postgres"),
		"internal/dialect/all":             {"internal/dialect/sqlite/engine", "internal/dialect/postgres/engine"},
		// The toy engine of TestToy_followsItsCapabilities: built from the
		// registered sqlite engine, imported only by its test.
		"internal/dialect/toy": append([]string{"schema"}, dialects...),
		"catalog":              append([]string{"schema", "internal/model"}, dialects...),
		"migrate":              append([]string{"schema", "catalog", "internal/epoch", "internal/sqltext"}, dialects...),
		"relation":             {"schema", "coerce", "internal/model", "internal/dialect"},
		".":                    append([]string{"schema", "coerce", "migrate", "internal/bind", "internal/epoch", "internal/sqltext"}, dialects...),
		"internal/modelgen":    append([]string{"schema", "internal/model"}, dialects...),
		"internal/command":     {"schema", "catalog", "coerce", "migrate", "internal/bind", "internal/dialect", "internal/epoch", "internal/modelgen", "internal/sqltext"},
		"migrate/cli":          {"internal/command"},
		"cmd/ferro":            {".", "internal/command"},
		"examples/quickstart":  {".", "coerce", "migrate"},
		"internal/testdb":      {"schema"},
		"tests":                nil,
	}
	pkgs := modulePackages(t)
	for pkg, p := range pkgs {
		ok, drawn := allowed[pkg]
		if !drawn {
			t.Errorf("package %s is not in the diagram: draw it in docs/architecture.md and list its imports here", pkg)
			continue
		}
		for _, imp := range p.imports {
			if imp == "." && pkg != "cmd/ferro" && pkg != "examples/quickstart" {
				t.Errorf("%s imports the root package", pkg)
				continue
			}
			if !slices.Contains(ok, imp) {
				t.Errorf("%s imports %s, which docs/architecture.md does not draw", pkg, imp)
			}
		}
	}
	for pkg := range allowed {
		if pkgs[pkg] == nil {
			t.Errorf("the diagram lists %s, which is no package of the module any more", pkg)
		}
	}
}
