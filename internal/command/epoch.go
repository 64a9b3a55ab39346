package command

import (
	"context"
	"fmt"

	"github.com/ferrosql/ferro/internal/epoch"
)

func runEpoch(ctx context.Context, env Env, args []string) int {
	fs := flags(env, "epoch", "bump DSN", `Epoch bump tells every ferro pool on a PostgreSQL database that the schema
changed, so that each renews its statement caches before its next statement:
the same notification DDL run through ferro sends (see ferro.WithListen; only
pools that listen hear it, and pools on a standby follow ferro.schema_epoch,
which ferro.InstallSchemaNotifier maintains). Run it after a schema change
made by a tool that does not publish, when the notifier is not installed.

SQLite has no fleet epoch: each process re-prepares from the database
file's schema version by itself, so there is nothing to bump and the command
fails saying so.`)
	pos, code, done := parse(fs, env, args, 2)
	if done {
		return code
	}
	if pos[0] != "bump" {
		return fail(env, "epoch: unknown action %q; the only one is `ferro epoch bump DSN`", pos[0])
	}
	t, err := ParseTarget(pos[1])
	if err != nil {
		return fail(env, "epoch bump: %v", err)
	}
	db, err := t.Open(ctx, true)
	if err != nil {
		return fail(env, "epoch bump: %v", err)
	}
	defer db.Close()
	src, ok := db.Driver().(epoch.Source)
	if !ok {
		return fail(env, "epoch bump: %s is not opened through a ferro driver", t.Name())
	}
	_, published, err := src.Announce(ctx, db, "ferro epoch bump")
	if err != nil {
		return fail(env, "epoch bump: %s: %s", t.Name(), scrub(err.Error(), t.DSN))
	}
	if !published {
		return fail(env, "epoch bump: %s is a %s database, which has no fleet epoch (every process follows the file's schema version by itself); nothing was sent", t.Name(), src.Dialect())
	}
	fmt.Fprintf(env.Stdout, "published a schema change on %s: listening ferro pools renew before their next statement\n", t.Name())
	return ExitOK
}
