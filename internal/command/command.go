// Package command implements the `ferro` command (cmd/ferro): its
// subcommands, flags, output and exit codes. It opens databases through
// ferro's registered drivers by name, so the program that calls [Run] must
// import the root package (cmd/ferro does).
//
// # Exit codes
//
// [ExitOK] (0): done, or nothing to do. [ExitError] (1): an error, including
// a usage error; the message on standard error says what to do.
// [ExitPending] (2): with -check, there are changes to make (a plan that is
// not empty, generated code that differs from the file).
//
// # Secrets
//
// Every DSN shown (headers, errors) passes through sqltext.Redact, and
// driver messages are scrubbed of the DSN's password, so passwords are never
// printed.
package command

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/modelgen"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// Exit codes of Run.
const (
	ExitOK      = 0
	ExitError   = 1
	ExitPending = 2
)

// Env is what a command reads and writes: standard streams, and whether
// standard error is a terminal (progress is drawn only then).
type Env struct {
	Stdout, Stderr io.Writer
	// Terminal reports whether Stderr is a terminal.
	Terminal bool
}

type subcommand struct {
	name, args, short string
	run               func(ctx context.Context, env Env, args []string) int
}

func subcommands() []subcommand {
	return []subcommand{
		{"inspect", "[-json] DSN", "print the live schema as ferro reads it (DDL, or the catalog as JSON)", runInspect},
		{"gen", "[-pkg name] [-tables a,b] [-null pointer|sql] [-o file] [-check] [-partial] DSN", "write Go models with ferro tags for an existing database", runGen},
		{"diff", "[-updates|-destructive] [-write DIR -name NAME] [-check] FROM_DSN TO_DSN", "print (or export) the plan that brings TO_DSN to the schema of FROM_DSN", runDiff},
		{"epoch", "bump DSN", "tell every listening ferro pool on a PostgreSQL database to renew its statement caches", runEpoch},
		{"sqlite-rewrite-times", "[-columns t.a,t.b] [-check] DSN", "rewrite SQLite times written before the switch to ferro to its canonical form", runRewriteTimes},
	}
}

const dsnHelp = `DSN is a SQLite database file (app.db, file:app.db?_pragma=...) or a
PostgreSQL URL (postgres://user:password@host:5432/db?sslmode=disable) or
libpq key=value string. Passwords are never printed.`

// Run runs the ferro command with args (without the program name) and
// returns its exit code.
func Run(ctx context.Context, env Env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		if len(args) > 1 && args[0] == "help" {
			return Run(ctx, env, []string{args[1], "-h"})
		}
		usage(env.Stdout)
		if len(args) == 0 {
			return ExitError
		}
		return ExitOK
	}
	for _, sc := range subcommands() {
		if sc.name == args[0] {
			return sc.run(ctx, env, args[1:])
		}
	}
	fmt.Fprintf(env.Stderr, "ferro: unknown command %q; run `ferro -h` for the list\n", args[0])
	return ExitError
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "ferro: inspect databases and generate models for ferro (github.com/ferrosql/ferro)")
	fmt.Fprintln(w, "\nUsage:")
	for _, sc := range subcommands() {
		fmt.Fprintf(w, "  ferro %s %s\n      %s\n", sc.name, sc.args, sc.short)
	}
	fmt.Fprintln(w, "\nRun `ferro <command> -h` for a command's flags.")
	fmt.Fprintln(w, "\n"+dsnHelp)
	fmt.Fprintln(w, "\nExit codes: 0 done or nothing to do, 1 error, 2 changes pending (with -check).")
}

// flags makes a flag set whose -h prints the command's usage.
func flags(env Env, name, args, long string) *flag.FlagSet {
	return flagsFor(env, "ferro "+name, args, long)
}

// flagsFor is flags for the command full ("ferro gen", "myapp plan").
func flagsFor(env Env, full, args, long string) *flag.FlagSet {
	fs := flag.NewFlagSet(full, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: %s %s\n\n%s\n\n", full, args, long)
		if hasFlags(fs) {
			fmt.Fprintln(w, "Flags:")
			fs.PrintDefaults()
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w, dsnHelp)
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// parse parses flags placed before, between or after the positional
// arguments and returns the positional ones; done is true when the command
// must stop with code (after -h or a usage error).
func parse(fs *flag.FlagSet, env Env, args []string, npos int) (pos []string, code int, done bool) {
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(env.Stdout)
				fs.Usage()
				return nil, ExitOK, true
			}
			return nil, ExitError, true // flag printed the error and usage
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	if len(pos) != npos {
		fmt.Fprintf(env.Stderr, "%s: want %d argument(s), got %d; run `%s -h`\n", fs.Name(), npos, len(pos), fs.Name())
		return nil, ExitError, true
	}
	return pos, ExitOK, false
}

func fail(env Env, format string, args ...any) int {
	fmt.Fprintf(env.Stderr, "ferro: "+format+"\n", args...)
	return ExitError
}

func runInspect(ctx context.Context, env Env, args []string) int {
	fs := flags(env, "inspect", "[-json] DSN", `Inspect reads the schema of the database and prints it as ferro reads it:
by default as DDL (CREATE TABLE and CREATE INDEX statements, with comments
for features ferro reads but does not model); with -json as the catalog in
JSON (format documented in docs/command.md). It runs the same few queries as
catalog.Inspect, whatever the number of tables.`)
	asJSON := fs.Bool("json", false, "print the catalog as JSON (docs/command.md) instead of DDL")
	pos, code, done := parse(fs, env, args, 1)
	if done {
		return code
	}
	t, err := ParseTarget(pos[0])
	if err != nil {
		return fail(env, "inspect: %v", err)
	}
	s, err := inspect(ctx, env, t)
	if err != nil {
		return fail(env, "inspect: %v", err)
	}
	if *asJSON {
		if err := writeJSON(env.Stdout, s, t.Dialect); err != nil {
			return fail(env, "inspect: %v", err)
		}
		return ExitOK
	}
	e, ok := dialect.Lookup(t.Dialect)
	if !ok {
		return fail(env, "inspect: %s: no %s engine is registered", t.Name(), t.Dialect)
	}
	writeDDL(env.Stdout, s, e.Catalog, t.Name())
	return ExitOK
}

// inspect opens t and reads its schema, showing progress.
func inspect(ctx context.Context, env Env, t Target) (*schema.Schema, error) {
	p := newProgress(env, "inspect "+t.Name())
	defer p.done()
	db, err := t.Open(ctx, true)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	p.step("connected; reading the catalog")
	start := time.Now()
	s, err := catalog.InspectDialect(ctx, db, t.Dialect)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", t.Name(), scrub(err.Error(), t.DSN))
	}
	p.step(fmt.Sprintf("read %d table(s) in %s", len(s.Tables), time.Since(start).Round(time.Millisecond)))
	return s, nil
}

func runGen(ctx context.Context, env Env, args []string) int {
	fs := flags(env, "gen", "[-pkg name] [-tables a,b] [-null pointer|sql] [-o file] [-check] [-partial] DSN", `Gen writes Go model structs with ferro tags for the tables of an existing
database, such that catalog.FromModels of the generated models equals
catalog.Inspect of the database, so the first Migrate after adopting the
database changes nothing. Enums come from CHECK (col IN (...)) lists,
decimals are shopspring/decimal, UUIDs google/uuid, foreign keys fk= tags.

What tags cannot describe (types outside ferro's vocabulary, constraint
names other than ferro's, composite foreign keys, other checks, partial
indexes, views ...) is listed, one line per column or object with what to
do, and gen fails; with -partial it writes the rest and marks each omission
in a comment.`)
	pkg := fs.String("pkg", "models", "Go package name of the generated file")
	tables := fs.String("tables", "", "comma-separated tables to generate (default: all)")
	nulls := fs.String("null", "pointer", "Go type of nullable columns: pointer (*T) or sql (sql.NullString, sql.Null[T] ...)")
	out := fs.String("o", "", "write to this file instead of standard output")
	check := fs.Bool("check", false, "write nothing; exit 2 if the -o file differs from what gen would write (for CI)")
	partial := fs.Bool("partial", false, "generate what can be described even when some things cannot (each is marked in a comment)")
	pos, code, done := parse(fs, env, args, 1)
	if done {
		return code
	}
	opts := modelgen.Options{Package: *pkg, Partial: *partial}
	switch *nulls {
	case "pointer":
	case "sql":
		opts.Nulls = modelgen.NullSQL
	default:
		return fail(env, "gen: -null %q: use pointer or sql", *nulls)
	}
	if *tables != "" {
		for _, n := range strings.Split(*tables, ",") {
			if n = strings.TrimSpace(n); n != "" {
				opts.Tables = append(opts.Tables, n)
			}
		}
	}
	if *check && *out == "" {
		return fail(env, "gen: -check compares with the -o file; give -o")
	}
	t, err := ParseTarget(pos[0])
	if err != nil {
		return fail(env, "gen: %v", err)
	}
	opts.Source = t.Name()
	s, err := inspect(ctx, env, t)
	if err != nil {
		return fail(env, "gen: %v", err)
	}
	res, err := modelgen.Generate(s, t.Dialect, opts)
	if err != nil {
		fmt.Fprintln(env.Stderr, strings.Replace(err.Error(), "ferro gen: ", "ferro: gen: ", 1))
		return ExitError
	}
	for _, p := range res.Problems {
		fmt.Fprintf(env.Stderr, "ferro: gen: not described: %s\n", p)
	}
	if err := catalog.Validate(res.Schema); err != nil {
		return fail(env, "gen: the generated models would not load (catalog.FromModels would refuse them), so nothing is written; please report: %v", err)
	}
	if len(res.Problems) > 0 {
		if code := partialSafe(ctx, env, t, res.Schema); code != ExitOK {
			return code
		}
	}
	if *check {
		old, err := os.ReadFile(*out)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return fail(env, "gen: -check: %v", err)
		}
		if !bytes.Equal(old, res.Source) {
			fmt.Fprintf(env.Stderr, "ferro: gen: %s is not up to date with the database; run the same command without -check\n", *out)
			return ExitPending
		}
		return ExitOK
	}
	if *out == "" {
		_, err = env.Stdout.Write(res.Source)
	} else {
		err = os.WriteFile(*out, res.Source, 0o644)
	}
	if err != nil {
		return fail(env, "gen: %v", err)
	}
	return ExitOK
}

// partialSafe makes sure that models gen -partial writes, which leave
// things of the database out, change nothing of it at any level: it plans
// desired, the schema they describe, against the database at the create,
// updates and destructive levels, and refuses (exit 1, nothing written)
// when a plan would execute anything. A plan refused outright executes
// nothing and is accepted.
func partialSafe(ctx context.Context, env Env, t Target, desired *schema.Schema) int {
	db, err := t.Open(ctx, true)
	if err != nil {
		return fail(env, "gen: %v", err)
	}
	defer db.Close()
	levels := []struct {
		name string
		opts []migrate.Option
	}{{"create", nil}, {"updates", []migrate.Option{migrate.AllowUpdates()}}, {"destructive", []migrate.Option{migrate.AllowDestructive()}}}
	for _, l := range levels {
		p, err := migrate.NewPlanFromSchema(ctx, db, desired, l.opts...)
		var pe *migrate.PlanError
		switch {
		case errors.As(err, &pe):
			continue
		case err != nil:
			return fail(env, "gen: -partial: plan the models at the %s level: %s", l.name, scrub(err.Error(), t.DSN))
		case !p.Empty():
			var lines []string
			for _, c := range p.Changes() {
				lines = append(lines, "  "+c.String())
			}
			return fail(env, "gen: -partial: the models leave out things of the database that a plan at the %s level would then change, so nothing is written:\n%s\ndescribe them in the models by hand (docs/models.md), or adopt the database without -partial once ferro describes them", l.name, strings.Join(lines, "\n"))
		}
	}
	return ExitOK
}
