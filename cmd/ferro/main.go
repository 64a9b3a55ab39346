// Command ferro inspects SQLite and PostgreSQL databases the way ferro reads
// them and generates Go models with ferro tags for an existing database.
//
// Install it with
//
//	go install github.com/ferrosql/ferro/cmd/ferro@latest
//
// and run `ferro -h` for the commands, `ferro <command> -h` for their flags.
// docs/command.md is the guide: every command, the JSON format of
// `ferro inspect -json`, and the exit codes (0 done or nothing to do, 1
// error, 2 changes pending with -check). Passwords in DSNs are never printed.
package main

import (
	"context"
	"os"
	"os/signal"

	_ "github.com/ferrosql/ferro" // registers ferro-sqlite and ferro-postgres
	"github.com/ferrosql/ferro/internal/command"
	"golang.org/x/term"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := command.Run(ctx, command.Env{
		Stdout:   os.Stdout,
		Stderr:   os.Stderr,
		Terminal: term.IsTerminal(int(os.Stderr.Fd())),
	}, os.Args[1:])
	stop()
	os.Exit(code)
}
