package ferro_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
)

type uuidBytesRow struct {
	ID int64      `ferro:"id,pk"`
	V  *uuid.UUID `ferro:"v"`
}

type namedBytes []byte

// bytesValuer is a driver.Valuer whose value is a byte slice.
type bytesValuer []byte

func (v bytesValuer) Value() (driver.Value, error) { return []byte(v), nil }

var testUUID = uuid.MustParse("0f8fad5b-d9cb-469f-a165-70867728950e")

// shortBytes are byte slices that pgx, bound to a uuid parameter, pads or
// cuts to 16 bytes without a word.
func shortBytes() []any {
	two := []byte{1, 2}
	return []any{[]byte("zz"), []byte{}, []byte(testUUID.String()), json.RawMessage(`"zz"`), namedBytes("zz"), &two, bytesValuer("zz")}
}

// pgModes are pgx's query modes, passed as a statement's first argument.
var pgModes = []pgx.QueryExecMode{pgx.QueryExecModeCacheStatement, pgx.QueryExecModeCacheDescribe, pgx.QueryExecModeDescribeExec, pgx.QueryExecModeExec, pgx.QueryExecModeSimpleProtocol}

// TestBind_uuidBytesRefused pins the silent corruption found on
// 2026-11-30 (issue 13, after item 12): through ferro-postgres, a byte
// slice bound to a uuid parameter was padded or cut to 16 bytes by pgx
// ([]byte("zz") stored as 7a7a0000-..., UUID text as []byte cut to its
// first 16 characters), with no error. Now every query mode refuses it
// with an *ferro.InvalidValueError naming the argument, and nothing is
// stored; SQLite's uuid CHECK refuses any blob, also naming the column.
func TestBind_uuidBytesRefused(t *testing.T) {
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		ctx := context.Background()
		db := open(t, e, 1)
		require.NoError(t, ferro.Migrate(db, []any{uuidBytesRow{}}))
		if e.Name == "sqlite" {
			for i, v := range append(shortBytes(), testUUID[:]) {
				_, err := db.Exec("INSERT INTO uuid_bytes_row (id, v) VALUES (?1, ?2)", i, v)
				var ie *ferro.InvalidValueError
				require.True(t, errors.As(err, &ie), "%T: %v", v, err)
				assert.Equal(t, [2]string{"uuid_bytes_row", "v"}, [2]string{ie.Table, ie.Column}, "%T", v)
			}
			var n int
			require.NoError(t, db.QueryRow("SELECT count(*) FROM uuid_bytes_row").Scan(&n))
			assert.Zero(t, n)
			return
		}
		insert := "INSERT INTO uuid_bytes_row (id, v) VALUES ($1, $2)"
		check := func(t *testing.T, err error, v any, arg string) {
			t.Helper()
			var ie *ferro.InvalidValueError
			require.True(t, errors.As(err, &ie), "%T: %v", v, err)
			assert.ErrorIs(t, err, ferro.ErrInvalidValue)
			assert.Equal(t, "uuid", ie.Type)
			assert.Equal(t, arg, ie.Arg, "%T: %s", v, ie.Unknown)
			assert.Equal(t, v, ie.Value)
			assert.NotEmpty(t, ie.Reason, "%T", v)
			assert.Contains(t, err.Error(), fmt.Sprintf("ferro: argument %s (uuid, a %T): ", arg, v))
		}
		for _, mode := range pgModes {
			t.Run(mode.String(), func(t *testing.T) {
				for i, v := range shortBytes() {
					_, err := db.ExecContext(ctx, insert, mode, i, v)
					check(t, err, v, "3") // the mode is argument 1
					if mode != pgx.QueryExecModeExec && mode != pgx.QueryExecModeSimpleProtocol {
						assert.Contains(t, err.Error(), "is not a uuid: pgx would pad or cut it to 16 bytes", "%T", v)
					}
				}
			})
		}
		t.Run("prepared in a transaction", func(t *testing.T) {
			tx, err := db.BeginTx(ctx, nil)
			require.NoError(t, err)
			defer tx.Rollback()
			st, err := tx.Prepare(insert)
			require.NoError(t, err)
			for i, v := range shortBytes() {
				_, err = st.Exec(i, v)
				check(t, err, v, "2")
			}
			// Refused before anything reached the server: the transaction
			// goes on.
			_, err = st.Exec(100, testUUID[:])
			require.NoError(t, err)
			require.NoError(t, tx.Rollback())
		})
		t.Run("named argument", func(t *testing.T) {
			_, err := db.Exec(insert, sql.Named("id", 1), sql.Named("v", []byte("zz")))
			check(t, err, []byte("zz"), "v")
			// pgx.NamedArgs rewrites the statement before encoding: ferro
			// cannot tell which argument, and says so.
			_, err = db.Exec("INSERT INTO uuid_bytes_row (id, v) VALUES (@id, @v)", pgx.NamedArgs{"id": 1, "v": []byte("zz")})
			var ie *ferro.InvalidValueError
			require.True(t, errors.As(err, &ie), "%v", err)
			assert.Equal(t, "", ie.Arg)
			assert.Contains(t, err.Error(), "ferro: an argument of a uuid parameter of the statement: a byte slice of 2 bytes is not a uuid")
		})
		t.Run("uuid array", func(t *testing.T) {
			var got string
			err := db.QueryRow("SELECT $1::uuid[]::text", [][]byte{testUUID[:], []byte("zz")}).Scan(&got)
			check(t, err, [][]byte{testUUID[:], []byte("zz")}, "1")
			require.NoError(t, db.QueryRow("SELECT $1::uuid[]::text", [][]byte{testUUID[:]}).Scan(&got))
			assert.Equal(t, "{"+testUUID.String()+"}", got)
		})
		var n int
		require.NoError(t, db.QueryRow("SELECT count(*) FROM uuid_bytes_row").Scan(&n))
		assert.Zero(t, n, "nothing refused was stored")
	})
}

// TestBind_uuidBytesValidFormsUnchanged: everything pgx itself binds to a
// uuid parameter correctly is stored the same through ferro-postgres, in
// every query mode (ferro is a drop-in); what pgx refuses, ferro refuses.
func TestBind_uuidBytesValidFormsUnchanged(t *testing.T) {
	e := testdb.Postgres(t)
	raw := testdb.Open(t, e.RawDriver, e.DSN)
	db := open(t, e, 1)
	require.NoError(t, ferro.Migrate(db, []any{uuidBytesRow{}}))
	u := testUUID
	var nilBytes []byte
	type form struct {
		v     any
		bytes bool // a byte slice: pgx sends it as bytea text in the exec and simple-protocol modes
		null  bool
	}
	forms := []form{{v: u}, {v: &u}, {v: [16]byte(u)}, {v: u[:], bytes: true}, {v: u.String()}, {v: "{" + u.String() + "}"},
		{v: pgtype.UUID{Bytes: u, Valid: true}}, {v: pgtype.UUID{}, null: true}, {v: nil, null: true}, {v: nilBytes, null: true},
		{v: (*uuid.UUID)(nil), null: true}, {v: namedBytes(u[:]), bytes: true}, {v: bytesValuer(u[:]), bytes: true}}
	id := 0
	store := func(db *sql.DB, mode pgx.QueryExecMode, v any) (sql.NullString, error) {
		id++
		var got sql.NullString
		_, err := db.Exec("INSERT INTO uuid_bytes_row (id, v) VALUES ($1, $2)", mode, id, v)
		if err == nil {
			err = db.QueryRow("SELECT v::text FROM uuid_bytes_row WHERE id = $1", id).Scan(&got)
		}
		return got, err
	}
	for _, mode := range pgModes {
		asText := mode == pgx.QueryExecModeExec || mode == pgx.QueryExecModeSimpleProtocol
		for _, f := range forms {
			want, rawErr := store(raw, mode, f.v)
			got, err := store(db, mode, f.v)
			if f.bytes && asText {
				require.Error(t, rawErr, "%v %T: pgx sends it as bytea text", mode, f.v)
				var ie *ferro.InvalidValueError
				require.True(t, errors.As(err, &ie), "%v %T: %v", mode, f.v, err)
				assert.Equal(t, "3", ie.Arg, "%v %T", mode, f.v)
				assert.Contains(t, ie.Reason, `pgx sends it as the text "\\x0f8fad5bd9cb469fa16570867728950e" in the `+mode.String()+" mode", "%v %T", mode, f.v)
				continue
			}
			if rawErr != nil { // [16]byte in the exec mode: pgx finds no text form
				assert.Error(t, err, "%v %T: pgx refuses it (%v)", mode, f.v, rawErr)
				continue
			}
			require.NoError(t, err, "%v %T", mode, f.v)
			assert.Equal(t, want, got, "%v %T: as pgx stores it", mode, f.v)
			if f.null {
				assert.False(t, got.Valid, "%v %T", mode, f.v)
			} else {
				assert.Equal(t, u.String(), got.String, "%v %T", mode, f.v)
			}
		}
	}
}

// appUUID is a uuid type of the application's own, which only the codec
// it registers in pgx's AfterConnect hook can encode (as with
// pgx-gofrs-uuid and the like): the UUID's 16 bytes in hex, reversed.
type appUUID string

type appUUIDCodec struct{ pgtype.UUIDCodec }

func (c appUUIDCodec) PlanEncode(m *pgtype.Map, oid uint32, format int16, value any) pgtype.EncodePlan {
	if _, ok := value.(appUUID); ok && format == pgtype.BinaryFormatCode {
		return appUUIDPlan{}
	}
	return c.UUIDCodec.PlanEncode(m, oid, format, value)
}

type appUUIDPlan struct{}

func (appUUIDPlan) Encode(value any, buf []byte) ([]byte, error) {
	b, err := hex.DecodeString(string(value.(appUUID)))
	if err != nil || len(b) != 16 {
		return nil, fmt.Errorf("not an appUUID: %q", value)
	}
	slices.Reverse(b)
	return append(buf, b...), nil
}

// TestBind_uuidBytesGuardKeepsAppCodec: the guard wraps the uuid codec a
// connection has when ferro gets it, so a codec the application registers
// in pgx's AfterConnect hook keeps encoding its values, and byte slices
// are still refused (docs/coercion.md, "UUID text").
func TestBind_uuidBytesGuardKeepsAppCodec(t *testing.T) {
	e := testdb.Postgres(t)
	cfg, err := pgx.ParseConfig(e.DSN)
	require.NoError(t, err)
	db := sql.OpenDB(ferro.MustConnector(stdlib.GetConnector(*cfg, stdlib.OptionAfterConnect(func(_ context.Context, c *pgx.Conn) error {
		c.TypeMap().RegisterType(&pgtype.Type{Name: "uuid", OID: pgtype.UUIDOID, Codec: appUUIDCodec{}})
		return nil
	}))))
	t.Cleanup(func() { db.Close() })
	var got string
	reversed := slices.Clone(testUUID[:])
	slices.Reverse(reversed)
	require.NoError(t, db.QueryRow("SELECT $1::uuid::text", appUUID(hex.EncodeToString(reversed))).Scan(&got))
	assert.Equal(t, testUUID.String(), got)
	err = db.QueryRow("SELECT $1::uuid::text", []byte("zz")).Scan(&got)
	var ie *ferro.InvalidValueError
	require.True(t, errors.As(err, &ie), "%v", err)
	assert.Equal(t, "1", ie.Arg)
}
