package command

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"time"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// levelFlags are the migration-ladder flags shared by `ferro diff` and the
// plan, apply and export commands of migrate/cli.
type levelFlags struct {
	updates, destructive *bool
	lockTimeout          *time.Duration
}

func addLevelFlags(fs *flag.FlagSet, lock bool) levelFlags {
	f := levelFlags{
		updates:     fs.Bool("updates", false, "allow the updates level: add and alter columns, indexes, uniques, checks, foreign keys"),
		destructive: fs.Bool("destructive", false, "allow the destructive level too: drop columns and ferro-named indexes (implies -updates)"),
	}
	if lock {
		f.lockTimeout = fs.Duration("lock-timeout", 0, "how long apply waits for another migrator's lock (default: migrate's default)")
	}
	return f
}

func (f levelFlags) options() []migrate.Option {
	var opts []migrate.Option
	switch {
	case *f.destructive:
		opts = append(opts, migrate.AllowDestructive())
	case *f.updates:
		opts = append(opts, migrate.AllowUpdates())
	}
	if f.lockTimeout != nil && *f.lockTimeout > 0 {
		opts = append(opts, migrate.WithLockTimeout(*f.lockTimeout))
	}
	return opts
}

// planned prints a plan, or the refusal with the refused plan.
func planned(env Env, t Target, p *migrate.Plan, err error) (*migrate.Plan, int) {
	var perr *migrate.PlanError
	if errors.As(err, &perr) && perr.Plan != nil {
		fmt.Fprint(env.Stdout, perr.Plan.String())
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "ferro: %s\n", scrub(err.Error(), t.DSN))
		return nil, ExitError
	}
	fmt.Fprint(env.Stdout, p.String())
	return p, ExitOK
}

// export writes p as a golang-migrate pair.
func export(env Env, p *migrate.Plan, dir, name string) int {
	if p.Empty() {
		fmt.Fprintln(env.Stderr, "ferro: nothing to export: the plan is empty")
		return ExitOK
	}
	up, down, err := p.WriteMigration(dir, name)
	if err != nil {
		return fail(env, "export: %v", err)
	}
	fmt.Fprintf(env.Stderr, "ferro: wrote %s and %s\n", up, down)
	return ExitOK
}

func runDiff(ctx context.Context, env Env, args []string) int {
	fs := flags(env, "diff", "[-updates|-destructive] [-write DIR -name NAME] [-check] FROM_DSN TO_DSN", `Diff prints the plan that would bring the database TO_DSN to the schema of
FROM_DSN (migrate.NewPlanFromSchema of catalog.Inspect of FROM_DSN), in the
format of Plan.String, at the level the flags allow (create by default).
Nothing is executed on either database. With -write, the plan is also
exported as a golang-migrate pair (Plan.WriteMigration) into DIR.
The two databases may be of different engines.`)
	lv := addLevelFlags(fs, false)
	dir := fs.String("write", "", "export the plan as a golang-migrate up/down pair into this directory")
	name := fs.String("name", "", "the migration name for -write (lowercase letters, digits, underscores)")
	check := fs.Bool("check", false, "exit 2 when there are changes: to execute, or pending at a higher level")
	pos, code, done := parse(fs, env, args, 2)
	if done {
		return code
	}
	if (*dir == "") != (*name == "") {
		return fail(env, "diff: -write and -name go together; give both")
	}
	from, err := ParseTarget(pos[0])
	if err != nil {
		return fail(env, "diff: %v", err)
	}
	to, err := ParseTarget(pos[1])
	if err != nil {
		return fail(env, "diff: %v", err)
	}
	desired, err := inspect(ctx, env, from)
	if err != nil {
		return fail(env, "diff: %v", err)
	}
	desired.Views = nil // views are not planned
	db, err := to.Open(ctx, true)
	if err != nil {
		return fail(env, "diff: %v", err)
	}
	defer db.Close()
	p, err := newPlan(ctx, db, desired, lv.options())
	p, code = planned(env, to, p, err)
	if code != ExitOK {
		return code
	}
	if *dir != "" {
		if code := export(env, p, *dir, *name); code != ExitOK {
			return code
		}
	}
	if *check && pending(p) {
		return ExitPending
	}
	return ExitOK
}

// pending reports whether p has changes to make: to execute, or left
// pending at its level (the database still differs from the models).
func pending(p *migrate.Plan) bool { return !p.Empty() || len(p.Residue().Pending) > 0 }

func newPlan(ctx context.Context, db *sql.DB, desired *schema.Schema, opts []migrate.Option) (*migrate.Plan, error) {
	return migrate.NewPlanFromSchema(ctx, db, desired, opts...)
}

// RunModels runs the plan, apply and export commands for models (what
// migrate/cli.Main gives a user's binary) and returns the exit code.
func RunModels(ctx context.Context, env Env, prog string, args []string, models []any) int {
	usage := func() {
		fmt.Fprintf(env.Stdout, `Usage:
  %[1]s plan [-updates|-destructive] [-check] DSN
      print the plan that brings the database to the models (exit 2 with -check when changes are pending)
  %[1]s apply [-updates|-destructive] [-lock-timeout d] DSN
      apply that plan in one transaction, statement by statement
  %[1]s export [-updates|-destructive] -dir DIR -name NAME DSN
      write that plan as a golang-migrate up/down pair

Run `+"`%[1]s <command> -h`"+` for a command's flags.

%[2]s

Exit codes: 0 done or nothing to do, 1 error, 2 changes pending (with -check).
`, prog, dsnHelp)
	}
	if len(args) == 0 {
		usage()
		return ExitError
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		usage()
		return ExitOK
	case "plan", "apply", "export":
	default:
		fmt.Fprintf(env.Stderr, "%s: unknown command %q; run `%s -h`\n", prog, args[0], prog)
		return ExitError
	}
	cmd := args[0]
	long := map[string]string{
		"plan":   "Plan prints the plan that brings the database to the models, in the format of\nPlan.String, at the level the flags allow (create by default). Nothing is\nexecuted.",
		"apply":  "Apply plans and applies in one transaction under the migration lock,\nreporting each statement with its duration (a progress bar on a terminal,\nplain lines otherwise), then prints the plan it applied.",
		"export": "Export writes the plan as a golang-migrate up/down pair\n(Plan.WriteMigration) into DIR. Nothing is executed.",
	}[cmd]
	argsUsage := map[string]string{
		"plan":   "[-updates|-destructive] [-check] DSN",
		"apply":  "[-updates|-destructive] [-lock-timeout d] DSN",
		"export": "[-updates|-destructive] -dir DIR -name NAME DSN",
	}[cmd]
	fs := flagsFor(env, prog+" "+cmd, argsUsage, long)
	lv := addLevelFlags(fs, cmd == "apply")
	var check *bool
	var dir, name *string
	switch cmd {
	case "plan":
		check = fs.Bool("check", false, "exit 2 when there are changes: to execute, or pending at a higher level")
	case "export":
		dir = fs.String("dir", "", "directory of the migration files (required)")
		name = fs.String("name", "", "migration name: lowercase letters, digits, underscores (required)")
	}
	pos, code, done := parse(fs, env, args[1:], 1)
	if done {
		return code
	}
	if cmd == "export" && (*dir == "" || *name == "") {
		return fail(env, "export: give -dir and -name")
	}
	desired, err := catalog.FromModels(models...)
	if err != nil {
		return fail(env, "%s: %v", cmd, err)
	}
	t, err := ParseTarget(pos[0])
	if err != nil {
		return fail(env, "%s: %v", cmd, err)
	}
	db, err := t.Open(ctx, cmd != "apply")
	if err != nil {
		return fail(env, "%s: %v", cmd, err)
	}
	defer db.Close()
	opts := lv.options()
	ph := &progressHandler{env: env}
	if cmd == "apply" {
		opts = append(opts, migrate.WithLogger(slog.New(ph)))
	}
	p, err := newPlan(ctx, db, desired, opts)
	p, code = planned(env, t, p, err)
	if code != ExitOK {
		return code
	}
	switch cmd {
	case "plan":
		if *check && pending(p) {
			return ExitPending
		}
	case "export":
		return export(env, p, *dir, *name)
	case "apply":
		if p.Empty() {
			return ExitOK
		}
		ph.p = newCounted(env, "apply to "+t.Name(), len(p.Statements()))
		start := time.Now()
		err := p.Apply(ctx, db)
		ph.p.done()
		if err != nil {
			return fail(env, "apply: %s", scrub(err.Error(), t.DSN))
		}
		fmt.Fprintf(env.Stderr, "ferro: applied %d statement(s) in %s\n", len(p.Statements()), time.Since(start).Round(time.Millisecond))
	}
	return ExitOK
}

// progressHandler turns migrate's statement log records into progress
// steps: "[i/n] <sql> (duration)" and rebuilt tables with rows copied.
// Records before the progress starts are plain lines.
type progressHandler struct {
	env Env
	p   *progress
}

func (h *progressHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h *progressHandler) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h *progressHandler) WithGroup(string) slog.Handler            { return h }
func (h *progressHandler) Handle(_ context.Context, r slog.Record) error {
	if h.p == nil {
		h.p = &progress{env: Env{Stderr: h.env.Stderr}, what: "migrate"}
	}
	attrs := map[string]slog.Value{}
	r.Attrs(func(a slog.Attr) bool { attrs[a.Key] = a.Value; return true })
	switch r.Message {
	case "ferro/migrate: statement":
		h.p.step(fmt.Sprintf("%s (%s)", oneLine(attrs["sql"].String()), attrs["duration"].Duration().Round(time.Microsecond)))
	case "ferro/migrate: table rebuilt":
		h.p.note(fmt.Sprintf("table %s rebuilt: %d row(s) copied in %s", attrs["table"].String(), attrs["rows_copied"].Int64(), attrs["duration"].Duration().Round(time.Millisecond)))
	default:
		var extra string
		for k, v := range attrs {
			extra += " " + k + "=" + v.String()
		}
		h.p.note(r.Message + extra)
	}
	return nil
}

func oneLine(s string) string {
	const max = 100
	out := []rune{}
	for _, r := range s {
		if r == '\n' || r == '\t' {
			r = ' '
		}
		if r == ' ' && len(out) > 0 && out[len(out)-1] == ' ' {
			continue
		}
		out = append(out, r)
	}
	if len(out) > max {
		return string(out[:max]) + "..."
	}
	return string(out)
}
