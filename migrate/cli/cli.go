// Package cli gives a program's own binary the `plan`, `apply` and `export`
// commands for its ferro models, with the same flags, output and exit codes
// as the `ferro` command (docs/command.md). A binary cannot load another
// program's Go types, so the models are compiled in:
//
//	package main
//
//	import (
//		_ "github.com/ferrosql/ferro" // registers the drivers
//		"github.com/ferrosql/ferro/migrate/cli"
//
//		"example.com/shop/models"
//	)
//
//	func main() { cli.Main(models.Models...) }
//
// Then:
//
//	shopmigrate plan -check postgres://...      # exit 2 when changes are pending
//	shopmigrate apply -updates postgres://...   # statement by statement, with durations
//	shopmigrate export -dir migrations -name add_status app.db
//
// The program must import github.com/ferrosql/ferro, which registers the
// drivers cli opens DSNs with (this package does not import it: subpackages
// never import the root).
package cli

import (
	"context"
	"io"
	"os"
	"os/signal"
	"path/filepath"

	"golang.org/x/term"

	"github.com/ferrosql/ferro/internal/command"
)

// Exit codes of Run and Main.
const (
	ExitOK      = command.ExitOK      // done, or nothing to do
	ExitError   = command.ExitError   // an error; standard error says what to do
	ExitPending = command.ExitPending // plan -check: changes are pending
)

// Main runs the command line of the program (os.Args) for models and exits
// with its code. Interrupt (Ctrl-C) cancels the context, which rolls back an
// apply in progress.
func Main(models ...any) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := Run(ctx, filepath.Base(os.Args[0]), os.Args[1:], os.Stdout, os.Stderr, models...)
	stop()
	os.Exit(code)
}

// Run runs one command (args without the program name) for models, writing
// results to stdout and messages and progress to stderr (a progress bar when
// stderr is a terminal *os.File, plain lines otherwise), and returns the
// exit code. prog names the program in usage and messages. Run is safe for
// concurrent use with distinct writers.
func Run(ctx context.Context, prog string, args []string, stdout, stderr io.Writer, models ...any) int {
	terminal := false
	if f, ok := stderr.(*os.File); ok {
		terminal = term.IsTerminal(int(f.Fd()))
	}
	return command.RunModels(ctx, command.Env{Stdout: stdout, Stderr: stderr, Terminal: terminal}, prog, args, models)
}
