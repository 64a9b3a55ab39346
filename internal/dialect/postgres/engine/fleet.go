package engine

import (
	"context"
	"crypto/rand"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

// This file holds the fleet epoch on Postgres: publishing a schema change
// to every ferro pool on the same database, and following the changes
// others publish (see docs/epoch.md, "The fleet epoch").

// Channel is the NOTIFY channel ferro publishes schema changes on. Its
// payload is the publishing pool's origin (so a pool can ignore its own
// notifications) or "ddl" when the event trigger installed by
// InstallNotifier sent it.
const Channel = "ferro_schema_change"

// EpochTable is the one-row table the event trigger bumps in the DDL's own
// transaction: it reaches a standby in the WAL exactly when the DDL does.
const EpochTable = "ferro.schema_epoch"

// ListenParam is the DSN parameter that turns a pool's listener on or off.
const ListenParam = "ferro_listen"

// Publish sends the schema-change notification on c with payload origin,
// inside c's transaction when there is one: the server delivers it at
// commit, and never if the transaction rolls back. It uses the simple
// protocol, so nothing is prepared or cached. It reports false, doing
// nothing, when c is not a pgx connection (ferro cannot reach it), and does
// nothing inside a failed transaction, which can only roll back.
func Publish(ctx context.Context, c driver.Conn, origin string) (bool, error) {
	pc, ok := c.(*stdlib.Conn)
	if !ok {
		return false, nil
	}
	pg := pc.Conn().PgConn()
	if pg.TxStatus() == 'E' {
		return true, nil
	}
	_, err := pg.Exec(ctx, "SELECT pg_notify('"+Channel+"', '"+origin+"')").ReadAll()
	return true, err
}

// CutListenParam removes ferro_listen from dsn (URL or key=value form) and
// returns its value: "on" is true, "off" false; set is false when the DSN
// does not name it. Any other value is an error that does not echo the DSN.
func CutListenParam(dsn string) (out string, on, set bool, err error) {
	var val string
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, perr := url.Parse(dsn)
		if perr != nil {
			return dsn, false, false, nil // pgx reports the malformed URL
		}
		q := u.Query()
		if !q.Has(ListenParam) {
			return dsn, false, false, nil
		}
		val = q.Get(ListenParam)
		q.Del(ListenParam)
		u.RawQuery = q.Encode()
		out = u.String()
	} else {
		var found bool
		out, val, found = cutKeyValue(dsn, ListenParam)
		if !found {
			return dsn, false, false, nil
		}
	}
	switch val {
	case "on":
		return out, true, true, nil
	case "off":
		return out, false, true, nil
	}
	return "", false, false, fmt.Errorf("the DSN parameter %s must be on or off, got %q", ListenParam, val)
}

// cutKeyValue removes key=value from a libpq key/value DSN, honouring
// single-quoted values with backslash escapes (libpq's grammar), so a key
// inside another parameter's quoted value is never taken.
func cutKeyValue(dsn, key string) (out, val string, found bool) {
	var b strings.Builder
	i := 0
	for i < len(dsn) {
		start := i
		for i < len(dsn) && dsn[i] == ' ' {
			i++
		}
		ks := i
		for i < len(dsn) && dsn[i] != '=' && dsn[i] != ' ' {
			i++
		}
		k := dsn[ks:i]
		for i < len(dsn) && dsn[i] == ' ' {
			i++
		}
		if i < len(dsn) && dsn[i] == '=' {
			i++
		}
		for i < len(dsn) && dsn[i] == ' ' {
			i++
		}
		vs := i
		if i < len(dsn) && dsn[i] == '\'' {
			i++
			for i < len(dsn) && dsn[i] != '\'' {
				if dsn[i] == '\\' {
					i++
				}
				i++
			}
			i++
		} else {
			for i < len(dsn) && dsn[i] != ' ' {
				i++
			}
		}
		i = min(i, len(dsn))
		if k == key && !found {
			found, val = true, strings.Trim(dsn[vs:i], "'")
			continue
		}
		b.WriteString(dsn[start:i])
	}
	return strings.TrimSpace(b.String()), val, found
}

// Watcher follows the schema changes published on one database over a
// dedicated connection. On a primary it LISTENs; on a standby, where
// LISTEN is refused, it reads EpochTable every StandbyPoll. One goroutine
// uses it at a time.
type Watcher struct {
	conn    *pgx.Conn
	standby bool
	last    int64
}

// StandbyPoll is how often a watcher on a standby reads EpochTable.
const StandbyPoll = 200 * time.Millisecond

// ErrListenUnsupported marks a listener that cannot work where it was
// asked to: ferro fails loudly rather than follow no changes.
var ErrListenUnsupported = errors.New("ferro: cannot follow schema changes on this connection")

// Watch starts watching on c, a fresh connection the watcher owns from now
// on (Close closes it). It fails with ErrListenUnsupported when c is not a
// pgx connection, when a pooler does not keep the LISTEN session between
// statements (transaction pooling), or when c is on a standby whose
// database has no EpochTable.
//
// Behind a proxy (the server's pg_backend_pid differs from the process id
// the connection was given at startup, as with PgBouncer) Watch proves
// delivery end to end before trusting it: probe must send a notification
// with the given payload from another session, and it must arrive within
// ProbeTimeout. A pooler in transaction mode delivers it to whichever
// client then holds the server session, never to the listener.
func Watch(ctx context.Context, c driver.Conn, probe func(ctx context.Context, payload string) error) (*Watcher, error) {
	pc, ok := c.(*stdlib.Conn)
	if !ok {
		return nil, fmt.Errorf("%w: %s=on needs pgx's stdlib connection, got %T; set %s=off or ferro.WithListen(false)", ErrListenUnsupported, ListenParam, c, ListenParam)
	}
	w := &Watcher{conn: pc.Conn()}
	if err := w.conn.QueryRow(ctx, "SELECT pg_is_in_recovery()", pgx.QueryExecModeSimpleProtocol).Scan(&w.standby); err != nil {
		return nil, err
	}
	if w.standby {
		var err error
		if w.last, err = w.read(ctx); err != nil {
			var pe *pgconn.PgError
			if errors.As(err, &pe) && pe.Code == "42P01" { // undefined_table (or schema)
				return nil, fmt.Errorf("%w: the server is a standby (pg_is_in_recovery() is true), where LISTEN is refused; ferro follows schema changes there by reading %s, which does not exist: run ferro.InstallSchemaNotifier once on the primary, or set %s=off", ErrListenUnsupported, EpochTable, ListenParam)
			}
			return nil, err
		}
		return w, nil
	}
	if _, err := w.conn.PgConn().Exec(ctx, "LISTEN "+Channel).ReadAll(); err != nil {
		return nil, err
	}
	// A pooler in transaction mode hands the next statement to another
	// server session, which does not listen: notifications would be lost.
	var listening bool
	if err := w.conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_listening_channels() c WHERE c = '"+Channel+"')", pgx.QueryExecModeSimpleProtocol).Scan(&listening); err != nil {
		return nil, err
	}
	if !listening {
		return nil, poolerError()
	}
	proxied, err := viaProxy(ctx, w.conn)
	if err != nil {
		return nil, err
	}
	if proxied {
		if err := w.probe(ctx, probe); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// ProbeTimeout bounds the wait for the delivery probe behind a proxy.
const ProbeTimeout = 2 * time.Second

func poolerError() error {
	return fmt.Errorf("%w: notifications do not reach the listening session, so a connection pooler in transaction mode (PgBouncer pool_mode=transaction, RDS Proxy, ...) sits between ferro and the server; point this pool at the server or at a session-mode pool, or set %s=off", ErrListenUnsupported, ListenParam)
}

func (w *Watcher) probe(ctx context.Context, probe func(context.Context, string) error) error {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return err
	}
	payload := "probe:" + hex.EncodeToString(b[:])
	if err := probe(ctx, payload); err != nil {
		return err
	}
	pctx, cancel := context.WithTimeout(ctx, ProbeTimeout)
	defer cancel()
	for {
		n, err := w.conn.WaitForNotification(pctx)
		if err != nil {
			if pctx.Err() != nil && ctx.Err() == nil {
				return poolerError()
			}
			return err
		}
		if n.Payload == payload {
			return nil
		}
	}
}

// Probe sends payload on Channel from c, outside any transaction.
func Probe(ctx context.Context, c driver.Conn, payload string) error {
	pc, ok := c.(*stdlib.Conn)
	if !ok {
		return fmt.Errorf("%w: the probe connection is %T, not pgx's", ErrListenUnsupported, c)
	}
	_, err := pc.Conn().PgConn().Exec(ctx, "SELECT pg_notify('"+Channel+"', '"+payload+"')").ReadAll()
	return err
}

func (w *Watcher) read(ctx context.Context) (int64, error) {
	var v int64
	err := w.conn.QueryRow(ctx, "SELECT epoch FROM "+EpochTable, pgx.QueryExecModeSimpleProtocol).Scan(&v)
	return v, err
}

// Standby reports whether the watcher polls EpochTable (a standby).
func (w *Watcher) Standby() bool { return w.standby }

// Next blocks until the next schema change and returns the publisher's
// origin ("" from a standby's poll). An error means the connection is
// broken or ctx is done: close the watcher.
func (w *Watcher) Next(ctx context.Context) (string, error) {
	if !w.standby {
		n, err := w.conn.WaitForNotification(ctx)
		if err != nil {
			return "", err
		}
		return n.Payload, nil
	}
	t := time.NewTicker(StandbyPoll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-t.C:
		}
		v, err := w.read(ctx)
		if err != nil {
			return "", err
		}
		if v != w.last {
			w.last = v
			return "", nil
		}
	}
}

// Close closes the watcher's connection.
func (w *Watcher) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	return w.conn.Close(ctx)
}

// notifierSQL creates the event trigger that publishes every DDL command by
// any client: it bumps EpochTable and notifies Channel in the DDL's own
// transaction. DDL on temporary objects only is skipped (it changes no
// shape another session can see, and would otherwise make every
// temporary-table transaction hold the epoch row). DROP reports no
// commands to ddl_command_end, so a command-less event is published.
//
// The function runs for every role's DDL, and most roles may not write
// EpochTable, so it runs as its owner, the superuser who installed it
// (SECURITY DEFINER), with search_path fixed to pg_catalog (and pg_temp
// last), so no object another role creates can stand in for what it calls.
// It reads the command list only to compare schema names with a pattern
// and builds no SQL from names. Every role may read EpochTable (a standby
// pool reads it as the application's role); nobody else may execute the
// function (an event trigger function cannot be called directly anyway) or
// write the table. The run takes ownership of the function, so it runs as
// the superuser who installed it last.
const notifierSQL = `
CREATE SCHEMA IF NOT EXISTS ferro;
CREATE TABLE IF NOT EXISTS ferro.schema_epoch (
	id boolean PRIMARY KEY DEFAULT true CHECK (id),
	epoch bigint NOT NULL
);
INSERT INTO ferro.schema_epoch (id, epoch) VALUES (true, 0) ON CONFLICT (id) DO NOTHING;
CREATE OR REPLACE FUNCTION ferro.publish_schema_change() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
	IF EXISTS (SELECT 1 FROM pg_event_trigger_ddl_commands() c
	           WHERE c.schema_name IS NULL OR c.schema_name NOT LIKE 'pg\_temp%')
	   OR NOT EXISTS (SELECT 1 FROM pg_event_trigger_ddl_commands()) THEN
		UPDATE ferro.schema_epoch SET epoch = epoch + 1;
		PERFORM pg_notify('` + Channel + `', 'ddl');
	END IF;
END
$fn$;
ALTER FUNCTION ferro.publish_schema_change() OWNER TO CURRENT_USER;
REVOKE ALL ON FUNCTION ferro.publish_schema_change() FROM PUBLIC;
REVOKE ALL ON ferro.schema_epoch FROM PUBLIC;
GRANT USAGE ON SCHEMA ferro TO PUBLIC;
GRANT SELECT ON ferro.schema_epoch TO PUBLIC;
DROP EVENT TRIGGER IF EXISTS ferro_schema_change;
CREATE EVENT TRIGGER ferro_schema_change ON ddl_command_end
	EXECUTE FUNCTION ferro.publish_schema_change();
`

// InstallNotifier creates, in one transaction, the event trigger that
// publishes DDL by any role (notifierSQL) on the database behind db, after
// checking that the current role is a superuser (creating an event trigger
// needs one) and that nothing of the names the notifier uses belongs to a
// role that is not a superuser: the trigger runs as a superuser and must
// use nothing another role controls (a role owning the table could put a
// trigger on it and have the superuser run its code).
// ferro.InstallSchemaNotifier calls it through the engine's InstallNotifier
// hook; its errors are prefixed there.
func InstallNotifier(ctx context.Context, db *sql.DB) error {
	var super bool
	if err := db.QueryRowContext(ctx, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user").Scan(&super); err != nil {
		return fmt.Errorf("read the current role: %w", err)
	}
	if !super {
		var role string
		db.QueryRowContext(ctx, "SELECT current_user").Scan(&role)
		return fmt.Errorf("role %q is not a superuser, and creating an event trigger needs one; run it once as a superuser (a deploy step, say): the trigger then publishes DDL by every role", role)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(hashtext('ferro.InstallSchemaNotifier'))"); err != nil {
		return err
	}
	var what, owner string
	switch err := tx.QueryRowContext(ctx, foreignOwnersSQL).Scan(&what, &owner); {
	case err == nil:
		return fmt.Errorf("%s belongs to role %q, which is not a superuser; the trigger runs as a superuser and must use nothing another role controls: drop the schema ferro (or make a superuser its owner and the owner of everything in it) and install again", what, owner)
	case !errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("read the owners of the schema ferro: %w", err)
	}
	if _, err := tx.ExecContext(ctx, notifierSQL); err != nil {
		return fmt.Errorf("create the event trigger: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// foreignOwnersSQL lists, as (object, owner) rows, the schema ferro and
// the objects in it that belong to a role that is not a superuser.
const foreignOwnersSQL = `SELECT o.what, r.rolname FROM (
	SELECT 1 AS k, 'schema ferro' AS what, n.nspowner AS owner FROM pg_namespace n WHERE n.nspname = 'ferro'
	UNION ALL
	SELECT 2, 'relation ferro.' || c.relname, c.relowner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'ferro'
	UNION ALL
	SELECT 3, 'function ferro.' || p.proname, p.proowner FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'ferro'
) o JOIN pg_roles r ON r.oid = o.owner WHERE NOT r.rolsuper ORDER BY o.k, o.what`
