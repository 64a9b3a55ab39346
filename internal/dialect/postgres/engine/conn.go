package engine

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/ferrosql/ferro/internal/dialect"
	"github.com/ferrosql/ferro/internal/dialect/postgres"
)

// This file holds what the ferro driver wrapper needs to know about pgx.

// OpenConnector returns pgx's own connector for dsn, exactly what
// sql.Open("pgx", dsn) would use.
func OpenConnector(dsn string) (driver.Connector, error) {
	return stdlib.GetDefaultDriver().(driver.DriverContext).OpenConnector(dsn)
}

// IsDriver reports whether d is pgx's database/sql driver.
func IsDriver(d driver.Driver) bool {
	_, ok := d.(*stdlib.Driver)
	return ok
}

// RenewConn drops every statement pgx caches on c: the statement and
// description caches and every explicitly prepared statement, on the client
// and on the server (DEALLOCATE ALL). It reports false, doing nothing, when c
// is inside a failed transaction, where the server refuses every command but
// ROLLBACK; the caller renews after the rollback. A c that is not a pgx
// connection caches nothing ferro can reach, so it is renewed trivially.
func RenewConn(ctx context.Context, c driver.Conn) (bool, error) {
	pc, ok := c.(*stdlib.Conn)
	if !ok {
		return true, nil
	}
	if pc.Conn().PgConn().TxStatus() == 'E' {
		return false, nil
	}
	return true, pc.Conn().DeallocateAll(ctx)
}

// InTx reports whether the server-side session of c is inside a transaction
// block, whoever started it (BeginTx or a plain "BEGIN"). known is false for
// connections that are not pgx's.
func InTx(c driver.Conn) (inTx, known bool) {
	pc, ok := c.(*stdlib.Conn)
	if !ok {
		return false, false
	}
	return pc.Conn().PgConn().TxStatus() != 'I', true
}

// IsStalePlan reports whether err is the server saying that a statement
// prepared on this connection no longer matches the schema:
//
//   - SQLSTATE 0A000 raised by RevalidateCachedQuery: "cached plan must not
//     change result type";
//   - SQLSTATE 26000 raised by FetchPreparedStatement: "prepared statement
//     ... does not exist" (deallocated under the client, e.g. by DISCARD or
//     DEALLOCATE ALL run elsewhere);
//   - SQLSTATE 08P01 raised by PortalSetResultFormat: "bind message has N result
//     formats but query has M columns" (pgx's QueryExecModeCacheDescribe
//     with a stale description).
//
// The code and the routine (the server's C function, sent untranslated in
// the R field) are what is compared, never the message, which the server
// translates per lc_messages. Only when a server sends no routine (not
// PostgreSQL itself, say a proxy that builds its own errors) does the
// English message decide. Such a statement never executed, so running it
// again is safe.
func IsStalePlan(err error) bool {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return false
	}
	var routine, english string
	switch pe.Code {
	case "0A000":
		routine, english = "RevalidateCachedQuery", "cached plan must not change result type"
	case "26000":
		routine, english = "FetchPreparedStatement", "prepared statement"
	case "08P01":
		routine, english = "PortalSetResultFormat", "bind message has "
	default:
		return false
	}
	if pe.Routine != "" {
		return pe.Routine == routine
	}
	return strings.HasPrefix(pe.Message, english)
}

// LostStatement reports whether err, a stale plan by IsStalePlan, is SQLSTATE
// 26000: the server session has no prepared statement of the name the
// connection sent. On a connection to the server that means someone
// deallocated it under the client; behind a pooler that runs each
// transaction on any server session, it means the pooler ran the statement
// on another session than the one that prepared it (see Proxied).
func LostStatement(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "26000" && IsStalePlan(err)
}

// Proxied reports whether c reaches its server session through a proxy:
// the server's pg_backend_pid() is not the process id c was given when it
// connected (PgBouncer, RDS Proxy and their kind give ids of their own). It
// asks the server, on the simple protocol (nothing is cached). known is
// false when c cannot ask now: inside a failed transaction, where the
// server refuses every command but ROLLBACK. A connection that is not
// pgx's is not known to be proxied.
func Proxied(ctx context.Context, c driver.Conn) (proxied, known bool, err error) {
	pc, ok := c.(*stdlib.Conn)
	if !ok {
		return false, true, nil
	}
	if pc.Conn().PgConn().TxStatus() == 'E' {
		return false, false, nil
	}
	proxied, err = viaProxy(ctx, pc.Conn())
	return proxied, err == nil, err
}

// viaProxy reports whether the server's pg_backend_pid() differs from the
// process id c was given at startup.
func viaProxy(ctx context.Context, c *pgx.Conn) (bool, error) {
	var pid uint32
	if err := c.QueryRow(ctx, "SELECT pg_backend_pid()", pgx.QueryExecModeSimpleProtocol).Scan(&pid); err != nil {
		return false, err
	}
	return pid != c.PgConn().PID(), nil
}

// IsSafeToRetry reports whether err happened before anything reached the
// server, so database/sql may retry on another connection.
func IsSafeToRetry(err error) bool { return pgconn.SafeToRetry(err) }

// Refused reads out of err a value refused for the uuid type, and names
// the argument:
//
//   - a byte slice whose length is not 16, which the guard Setup registers
//     refused to encode (UUIDBytesError): the argument is the first sent
//     to a parameter whose encoding refuses it the same way;
//   - text the server refused as uuid: SQLSTATE 22P02 raised by
//     string_to_uuid (the code and the untranslated routine name, never
//     the message). The server does not say which parameter: the argument
//     is the first sent to a uuid parameter as text the server cannot read
//     (UUIDText), the one the server stopped at. A []byte is such text in
//     the exec and simple-protocol modes, where pgx sends it as bytea
//     (\x...), never as a uuid.
//
// Both ask for the statement's parameter types: from pgx's prepared
// statement for a prepared statement (no round trip), otherwise by
// describing it again (one round trip), which a transaction the error
// aborted refuses: the Refusal then says so instead of naming an argument.
// nil when no argument is to blame (a literal in the statement's text).
func Refused(ctx context.Context, c driver.Conn, query string, args []driver.NamedValue, prepared bool, err error) *dialect.Refusal {
	var pe *pgconn.PgError
	var be *UUIDBytesError
	bytes := errors.As(err, &be)
	if !bytes && (!errors.As(err, &pe) || pe.Code != "22P02" || pe.Routine != "string_to_uuid") || len(args) == 0 {
		return nil
	}
	r := &dialect.Refusal{Type: "uuid"}
	if bytes {
		r.Reason = fmt.Sprintf("a byte slice of %d bytes is not a uuid: pgx would pad or cut it to 16 bytes", be.Len)
	}
	pc, ok := c.(*stdlib.Conn)
	if !ok {
		r.Unknown = "the connection is not pgx's, so ferro cannot ask the server for the statement's parameter types"
		return r
	}
	var sd *pgconn.StatementDescription
	var derr error
	switch {
	case prepared:
		// stdlib prepared it under its own text: pgx answers from memory.
		sd, derr = pc.Conn().Prepare(ctx, query, query)
	case pc.Conn().PgConn().TxStatus() == 'E':
		r.Unknown = "the error aborted the transaction, so the server describes no statement until ROLLBACK; prepare the statement to have the argument named"
		return r
	default:
		sd, derr = pc.Conn().PgConn().Prepare(ctx, "", query, nil)
	}
	if derr != nil {
		if !bytes && errors.As(derr, &pe) && pe.Code == "22P02" && pe.Routine == "string_to_uuid" {
			return nil // the statement's own text, described without arguments, is refused
		}
		r.Unknown = "describing the statement failed: " + derr.Error()
		return r
	}
	params := args
	mode := pc.Conn().Config().DefaultQueryExecMode
	for len(params) > 0 && isQueryOption(params[0].Value) {
		if m, ok := params[0].Value.(pgx.QueryExecMode); ok {
			mode = m
		}
		params = params[1:] // pgx's per-query options come first and are no parameters
	}
	// In these modes pgx sends every argument as text of its choosing,
	// without the parameter's type (a []byte as bytea: \x...).
	asText := !prepared && (mode == pgx.QueryExecModeExec || mode == pgx.QueryExecModeSimpleProtocol)
	m := pc.Conn().TypeMap()
	for i, oid := range sd.ParamOIDs {
		if i >= len(params) {
			break
		}
		v := params[i].Value
		if bytes {
			if _, err := m.Encode(oid, m.FormatCodeForOID(oid), v, nil); !errors.As(err, &be) {
				continue
			}
		} else if reason, refused := refusedText(m, oid, v, asText, mode); !refused {
			continue
		} else {
			r.Reason = reason
		}
		r.Arg = params[i].Name
		if r.Arg == "" {
			r.Arg = strconv.Itoa(params[i].Ordinal)
		}
		r.Value = v
		return r
	}
	if bytes {
		r.Unknown = "no argument of the statement, as described now, is refused that way"
		return r
	}
	return nil
}

// refusedText reports whether v, sent to a parameter of type oid, is text
// the server's uuid input refuses. A string goes as itself; in the exec and
// simple-protocol modes (asText) any other value goes as the text pgx
// encodes it to, which reason quotes; otherwise it goes in binary, or the
// uuid guard refused it, never as text.
func refusedText(m *pgtype.Map, oid uint32, v any, asText bool, mode pgx.QueryExecMode) (reason string, refused bool) {
	if oid != pgtype.UUIDOID {
		return "", false
	}
	if s, ok := v.(string); ok {
		return "", !postgres.UUIDText(s)
	}
	if !asText {
		return "", false
	}
	text, err := m.Encode(0, pgtype.TextFormatCode, v, nil)
	if err != nil || text == nil || postgres.UUIDText(string(text)) {
		return "", false
	}
	return fmt.Sprintf("pgx sends it as the text %q in the %v mode, which is not a uuid", text, mode), true
}

// isQueryOption reports the values pgx reads as options of the query
// rather than as parameters, when they lead the arguments.
func isQueryOption(v any) bool {
	switch v.(type) {
	case pgx.QueryExecMode, pgx.QueryResultFormats, pgx.QueryResultFormatsByOID, pgx.QueryRewriter:
		return true
	}
	return false
}
