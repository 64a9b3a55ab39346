package tests

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	osexec "os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Code blocks of README.md and docs/*.md are compiled, so that they cannot
// drift from the API.
//
// A ```go block is a complete Go file unless the line right before its
// fence marks it as a fragment:
//
//	<!-- go fragment; db *sql.DB; type Invoice -->
//
// A fragment's import declarations and top-level type and func
// declarations (a line starting with `import`, `type` or `func`) are kept
// at the top level; every other line becomes the body of a function. The
// items after "fragment" supply what the fragment uses without declaring:
//
//	name Type              a variable (a parameter of that function)
//	type Name              a struct type (struct{ ID int64 })
//	type Name Definition   a type of that definition
//	stub path: decls       a package at import path path, holding decls
//	module bench           compiled in the bench module (peer libraries)
//
// "go file; ..." marks a complete file that needs a stub or the bench
// module. Packages named in a fragment (sql.Open, ferro.Migrate) are
// imported from docImports; variables a fragment declares may go unused.

// docImports are the packages a fragment may use without importing them.
var docImports = map[string]string{
	"context":  "context",
	"errors":   "errors",
	"fmt":      "fmt",
	"json":     "encoding/json",
	"slog":     "log/slog",
	"sql":      "database/sql",
	"driver":   "database/sql/driver",
	"time":     "time",
	"ferro":    "github.com/ferrosql/ferro",
	"catalog":  "github.com/ferrosql/ferro/catalog",
	"coerce":   "github.com/ferrosql/ferro/coerce",
	"migrate":  "github.com/ferrosql/ferro/migrate",
	"relation": "github.com/ferrosql/ferro/relation",
	"schema":   "github.com/ferrosql/ferro/schema",
	"decimal":  "github.com/shopspring/decimal",
	"uuid":     "github.com/google/uuid",
	"pgx":      "github.com/jackc/pgx/v5",
	"stdlib":   "github.com/jackc/pgx/v5/stdlib",
	"sqlmock":  "github.com/DATA-DOG/go-sqlmock",
	// bench module only
	"sqlx":     "github.com/jmoiron/sqlx",
	"gorm":     "gorm.io/gorm",
	"postgres": "gorm.io/driver/postgres",
	"otelsql":  "github.com/XSAM/otelsql",
	"sdktrace": "go.opentelemetry.io/otel/sdk/trace",
}

// docBlock is one ```go block of a markdown file.
type docBlock struct {
	file   string // relative to the repository root
	line   int    // line of the block's first code line
	marker string // "", or the marker's text after "go "
	code   []string
}

var markerRE = regexp.MustCompile(`^<!-- go (.*) -->$`)

// readBlocks returns the ```go blocks of the markdown file at root/rel.
func readBlocks(t *testing.T, root, rel string) []docBlock {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, rel))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	var blocks []docBlock
	for i := 0; i < len(lines); i++ {
		trimmed := strings.TrimLeft(lines[i], " ")
		if trimmed != "```go" {
			continue
		}
		indent := len(lines[i]) - len(trimmed)
		b := docBlock{file: rel, line: i + 2}
		if i > 0 {
			if m := markerRE.FindStringSubmatch(strings.TrimSpace(lines[i-1])); m != nil {
				b.marker = m[1]
			}
		}
		for i++; i < len(lines) && strings.TrimSpace(lines[i]) != "```"; i++ {
			l := lines[i]
			if len(l)-len(strings.TrimLeft(l, " ")) >= indent {
				l = l[indent:]
			}
			b.code = append(b.code, l)
		}
		if i == len(lines) {
			t.Fatalf("%s:%d: a ```go block is not closed", rel, b.line-1)
		}
		blocks = append(blocks, b)
	}
	return blocks
}

// docPackage is what one block compiles as.
type docPackage struct {
	block  docBlock
	module string            // "" (the root module) or "bench"
	dir    string            // the package's directory, relative to the module
	files  map[string]string // file name (relative to the module) -> source
}

// assemble turns b into a package under dir (relative to its module).
func assemble(b docBlock, dir string) (docPackage, error) {
	p := docPackage{block: b, dir: dir, files: map[string]string{}}
	kind, rest, _ := strings.Cut(b.marker, ";")
	kind = strings.TrimSpace(kind)
	if b.marker == "" {
		kind = "file"
	}
	if kind != "file" && kind != "fragment" {
		return p, fmt.Errorf("marker %q: the first word after go must be file or fragment", b.marker)
	}
	var params, types []string
	stubs := map[string]string{} // import path -> the stub's import path
	for item := range strings.SplitSeq(rest, ";") {
		item = strings.TrimSpace(item)
		switch {
		case item == "":
		case item == "module bench":
			p.module = "bench"
		case strings.HasPrefix(item, "type "):
			typ := strings.TrimSpace(strings.TrimPrefix(item, "type "))
			if !strings.Contains(typ, " ") {
				typ += " struct{ ID int64 }"
			}
			types = append(types, typ)
		case strings.HasPrefix(item, "stub "):
			path, decls, ok := strings.Cut(strings.TrimPrefix(item, "stub "), ":")
			if !ok {
				return p, fmt.Errorf("marker item %q: want stub <import path>: <declarations>", item)
			}
			path = strings.TrimSpace(path)
			name := path[strings.LastIndex(path, "/")+1:]
			sdir := dir + "/stub" + fmt.Sprint(len(stubs)) + "/" + name
			stubs[path] = sdir
			p.files[sdir+"/stub.go"] = "package " + name + "\n\n" + strings.TrimSpace(decls) + "\n"
		default:
			if !strings.Contains(item, " ") {
				return p, fmt.Errorf("marker item %q: want name Type, type Name, stub path: decls or module bench", item)
			}
			params = append(params, item)
		}
	}
	modPath := "github.com/ferrosql/ferro"
	if p.module == "bench" {
		modPath += "/bench"
	}
	stubImport := func(src string) string {
		for path, sdir := range stubs {
			src = strings.ReplaceAll(src, `"`+path+`"`, `"`+modPath+"/"+sdir+`"`)
			src = strings.ReplaceAll(src, "\t"+path+`"`, "\t"+modPath+"/"+sdir+`"`)
		}
		return src
	}
	if kind == "file" {
		if len(params) > 0 || len(types) > 0 {
			return p, fmt.Errorf("marker %q: a complete file takes no variables or types", b.marker)
		}
		if _, err := parser.ParseFile(token.NewFileSet(), "", strings.Join(b.code, "\n"), parser.PackageClauseOnly); err != nil {
			return p, fmt.Errorf("not a complete Go file (%v): mark a fragment with <!-- go fragment; ... --> on the line before the fence", err)
		}
		p.files[dir+"/doc.go"] = stubImport(fmt.Sprintf("//line %s:%d\n%s\n", b.file, b.line, strings.Join(b.code, "\n")))
		return p, nil
	}
	decls, body, err := splitFragment(b.code)
	if err != nil {
		return p, err
	}
	// Stubbed packages are imported by name, like docImports.
	imports := map[string]string{}
	for path, sdir := range stubs {
		imports[path[strings.LastIndex(path, "/")+1:]] = modPath + "/" + sdir
	}
	var top strings.Builder
	for _, typ := range types {
		fmt.Fprintf(&top, "type %s\n\n", typ)
	}
	var importDecls strings.Builder
	for _, d := range decls {
		src := fmt.Sprintf("//line %s:%d\n%s\n\n", b.file, b.line+d.first, strings.Join(b.code[d.first:d.last+1], "\n"))
		if d.isImport {
			importDecls.WriteString(src)
		} else {
			top.WriteString(src)
		}
	}
	var fn strings.Builder
	fmt.Fprintf(&fn, "func _(%s) {\n", strings.Join(params, ", "))
	for i, l := range body {
		if i == 0 || l.n != body[i-1].n+1 {
			fmt.Fprintf(&fn, "//line %s:%d\n", b.file, b.line+l.n)
		}
		fn.WriteString(b.code[l.n] + "\n")
	}
	src := func(uses, autoImports string) string {
		return "package snippet\n\n" + stubImport(importDecls.String()) + autoImports + top.String() + fn.String() + uses + "}\n"
	}
	// Parse once to find the variables to mark used and the packages named.
	f, err := parser.ParseFile(token.NewFileSet(), "", src("", ""), 0)
	if err != nil {
		return p, err
	}
	var uses strings.Builder
	for _, name := range declaredInBody(f) {
		fmt.Fprintf(&uses, "\t_ = %s\n", name)
	}
	imported := map[string]bool{}
	for _, is := range f.Imports {
		path := strings.Trim(is.Path.Value, `"`)
		name := path[strings.LastIndex(path, "/")+1:]
		if is.Name != nil {
			name = is.Name.Name
		}
		imported[name] = true
	}
	var auto strings.Builder
	for _, name := range namedPackages(f) {
		path, ok := docImports[name]
		if s, isStub := imports[name]; isStub {
			path, ok = s, true
		}
		if ok && !imported[name] {
			fmt.Fprintf(&auto, "import %s %q\n\n", name, path)
		}
	}
	p.files[dir+"/doc.go"] = src(uses.String(), auto.String())
	return p, nil
}

// fragmentDecl is a top-level declaration of a fragment: code lines first
// to last.
type fragmentDecl struct {
	first, last int
	isImport    bool
}

type bodyLine struct{ n int }

// splitFragment separates the top-level declarations of code (those
// starting in column 1 with import, type or func) from the body lines.
func splitFragment(code []string) ([]fragmentDecl, []bodyLine, error) {
	src := []byte(strings.Join(code, "\n"))
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	var scanErr error
	s.Init(file, src, func(pos token.Position, msg string) { scanErr = fmt.Errorf("line %d: %s", pos.Line, msg) }, 0)
	var decls []fragmentDecl
	inDecl := map[int]bool{}
	depth := 0
	var cur *fragmentDecl
	for {
		pos, tok, _ := s.Scan()
		if tok == token.EOF {
			break
		}
		p := fset.Position(pos)
		switch tok {
		case token.LPAREN, token.LBRACE, token.LBRACK:
			depth++
		case token.RPAREN, token.RBRACE, token.RBRACK:
			depth--
		}
		if cur == nil && depth == 0 && p.Column == 1 && (tok == token.IMPORT || tok == token.TYPE || tok == token.FUNC) {
			cur = &fragmentDecl{first: p.Line - 1, isImport: tok == token.IMPORT}
		}
		if cur != nil && depth == 0 && tok == token.SEMICOLON {
			cur.last = p.Line - 1
			decls = append(decls, *cur)
			for n := cur.first; n <= cur.last; n++ {
				inDecl[n] = true
			}
			cur = nil
		}
	}
	if scanErr != nil {
		return nil, nil, scanErr
	}
	if cur != nil {
		return nil, nil, fmt.Errorf("line %d: a declaration does not end", cur.first+1)
	}
	var body []bodyLine
	for n := range code {
		if !inDecl[n] {
			body = append(body, bodyLine{n})
		}
	}
	return decls, body, nil
}

// declaredInBody returns the variables declared at the top level of the
// body of the function named _ in f.
func declaredInBody(f *ast.File) []string {
	var names []string
	add := func(id *ast.Ident) {
		if id.Name != "_" && !slices.Contains(names, id.Name) {
			names = append(names, id.Name)
		}
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Name.Name != "_" || fd.Recv != nil {
			continue
		}
		for _, st := range fd.Body.List {
			switch st := st.(type) {
			case *ast.AssignStmt:
				if st.Tok == token.DEFINE {
					for _, e := range st.Lhs {
						if id, ok := e.(*ast.Ident); ok {
							add(id)
						}
					}
				}
			case *ast.DeclStmt:
				if gd, ok := st.Decl.(*ast.GenDecl); ok && gd.Tok == token.VAR {
					for _, spec := range gd.Specs {
						for _, id := range spec.(*ast.ValueSpec).Names {
							add(id)
						}
					}
				}
			}
		}
	}
	return names
}

// namedPackages returns the undeclared names f uses as X in X.Sel.
func namedPackages(f *ast.File) []string {
	unresolved := map[*ast.Ident]bool{}
	for _, id := range f.Unresolved {
		unresolved[id] = true
	}
	var names []string
	ast.Inspect(f, func(n ast.Node) bool {
		if se, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := se.X.(*ast.Ident); ok && unresolved[id] && !slices.Contains(names, id.Name) {
				names = append(names, id.Name)
			}
		}
		return true
	})
	slices.Sort(names)
	return names
}

// docFiles are the markdown files whose ```go blocks are compiled.
func docFiles(t *testing.T, root string) []string {
	t.Helper()
	docs, err := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	files := []string{"README.md"}
	for _, d := range docs {
		files = append(files, filepath.Join("docs", filepath.Base(d)))
	}
	return files
}

// TestDocs_goBlocksCompile compiles every ```go block of README.md and
// docs/*.md with the go command, each as a package of its own laid over
// the module (go build -overlay), so nothing is written into the
// repository. An error names the markdown file and line.
func TestDocs_goBlocksCompile(t *testing.T) {
	t.Parallel()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	var pkgs []docPackage
	for _, md := range docFiles(t, root) {
		for _, b := range readBlocks(t, root, md) {
			dir := fmt.Sprintf("internal/docsnippet/%s_%d", strings.NewReplacer("/", "_", ".", "_").Replace(md), b.line)
			p, err := assemble(b, dir)
			if err != nil {
				t.Errorf("%s:%d: %v", b.file, b.line, err)
				continue
			}
			pkgs = append(pkgs, p)
		}
	}
	if len(pkgs) == 0 {
		t.Fatal("no ```go block found: is the test reading the repository root?")
	}
	tmp := t.TempDir()
	for _, module := range []string{"", "bench"} {
		modDir := filepath.Join(root, module)
		replace := map[string]string{}
		var dirs []string
		for i, p := range pkgs {
			if p.module != module {
				continue
			}
			for name, src := range p.files {
				backing := filepath.Join(tmp, fmt.Sprintf("%d_%s", i, strings.ReplaceAll(name, "/", "_")))
				if err := os.WriteFile(backing, []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
				replace[filepath.Join(modDir, name)] = backing
			}
			dirs = append(dirs, "./"+p.dir)
		}
		if len(dirs) == 0 {
			continue
		}
		overlay, err := json.Marshal(map[string]any{"Replace": replace})
		if err != nil {
			t.Fatal(err)
		}
		overlayFile := filepath.Join(tmp, "overlay"+module+".json")
		if err := os.WriteFile(overlayFile, overlay, 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := osexec.Command("go", append([]string{"build", "-overlay", overlayFile}, dirs...)...)
		cmd.Dir = modDir
		cmd.Env = append(os.Environ(), "GOWORK=off")
		if out, err := cmd.CombinedOutput(); err != nil {
			// The compiler reads a //line file name relative to the
			// package directory; drop that directory again.
			out = regexp.MustCompile(`internal/docsnippet/[^/\s]+/`).ReplaceAll(out, nil)
			t.Errorf("go build of the ```go blocks (module %q): %v\n%s", module, err, out)
		}
	}
}

// TestDocs_fragmentWrapping pins how a fragment becomes a package: its
// declarations stay at the top level, its lines keep their markdown line
// numbers, unused variables are allowed and named packages imported.
func TestDocs_fragmentWrapping(t *testing.T) {
	t.Parallel()
	b := docBlock{file: "X.md", line: 10, marker: "fragment; db *sql.DB; type User", code: []string{
		`type Status string`,
		``,
		`func (Status) Values() []string {`,
		`	return []string{"a"}`,
		`}`,
		`n, err := db.Exec("x")`,
		`err = ferro.Migrate(db, []any{User{}})`,
	}}
	p, err := assemble(b, "d")
	if err != nil {
		t.Fatal(err)
	}
	want := `package snippet

import ferro "github.com/ferrosql/ferro"

import sql "database/sql"

type User struct{ ID int64 }

//line X.md:10
type Status string

//line X.md:12
func (Status) Values() []string {
	return []string{"a"}
}

func _(db *sql.DB) {
//line X.md:11

//line X.md:15
n, err := db.Exec("x")
err = ferro.Migrate(db, []any{User{}})
	_ = n
	_ = err
}
`
	if got := p.files["d/doc.go"]; got != want {
		t.Fatalf("wrapped fragment:\n%s\nwant:\n%s", got, want)
	}
}

// TestDocs_goVersion: the README states the Go version go.mod requires.
func TestDocs_goVersion(t *testing.T) {
	t.Parallel()
	mod, err := os.ReadFile("../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^go (\S+)$`).FindSubmatch(mod)
	if m == nil {
		t.Fatal("go.mod has no go line")
	}
	if want := "Go " + string(m[1]) + " or newer"; !strings.Contains(string(readme), want) {
		t.Fatalf("README.md does not say %q (go.mod: go %s)", want, m[1])
	}
}
