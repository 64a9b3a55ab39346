package ferro_test

import (
	"context"
	"errors"
	"testing"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/internal/testdb"
)

type uuidRow struct {
	ID    int64     `ferro:"id,pk"`
	Owner uuid.UUID `ferro:"owner"`
	Ref   *uuid.UUID
}

// TestBind_invalidUUIDRefusedAtWrite pins issue 13 item 12 (its last
// part): invalid UUID text written to a uuid column was stored by SQLite
// (the row failed later, on scan) and refused by PostgreSQL without naming
// the argument. Now both refuse it at write time with an
// *ferro.InvalidValueError: PostgreSQL naming the argument, SQLite the
// table and column; valid writes are unaffected.
func TestBind_invalidUUIDRefusedAtWrite(t *testing.T) {
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		ctx := context.Background()
		db := open(t, e, 1)
		require.NoError(t, ferro.Migrate(db, []any{uuidRow{}}))
		insert := "INSERT INTO uuid_row (id, owner, ref) VALUES ($1, $2, $3)"
		if e.Name == "sqlite" {
			insert = "INSERT INTO uuid_row (id, owner, ref) VALUES (?1, ?2, ?3)"
		}
		u := uuid.MustParse("0f8fad5b-d9cb-469f-a165-70867728950e")
		for i, v := range []any{u, &u, u.String(), nil} {
			_, err := db.Exec(insert, i, u, v)
			require.NoError(t, err, "%T", v)
		}
		var got []uuid.UUID
		rows, err := db.Query("SELECT ref FROM uuid_row WHERE ref IS NOT NULL ORDER BY id")
		require.NoError(t, err)
		for rows.Next() {
			var g uuid.UUID
			require.NoError(t, rows.Scan(&g))
			got = append(got, g)
		}
		require.NoError(t, rows.Err())
		assert.Equal(t, []uuid.UUID{u, u, u}, got)

		check := func(t *testing.T, err error) {
			t.Helper()
			var ie *ferro.InvalidValueError
			require.True(t, errors.As(err, &ie), "%v", err)
			assert.ErrorIs(t, err, ferro.ErrInvalidValue)
			assert.Equal(t, "uuid", ie.Type)
			if e.Name == "postgres" {
				assert.Equal(t, "3", ie.Arg, ie.Unknown)
				assert.Equal(t, "not-a-uuid", ie.Value)
				assert.Contains(t, err.Error(), `ferro: argument 3 (uuid): value "not-a-uuid" is not uuid text`)
			} else {
				assert.Equal(t, [2]string{"uuid_row", "ref"}, [2]string{ie.Table, ie.Column})
				assert.Contains(t, err.Error(), "ferro: uuid_row.ref (uuid): the value written is not uuid text in canonical form")
			}
		}
		t.Run("exec", func(t *testing.T) {
			_, err := db.Exec(insert, 10, u, "not-a-uuid")
			check(t, err)
		})
		t.Run("prepared in a transaction", func(t *testing.T) {
			tx, err := db.BeginTx(ctx, nil)
			require.NoError(t, err)
			defer tx.Rollback()
			st, err := tx.Prepare(insert)
			require.NoError(t, err)
			_, err = st.Exec(11, u, "not-a-uuid")
			check(t, err)
		})
		t.Run("forms", func(t *testing.T) {
			// docs/coercion.md: only canonical text is a uuid on SQLite;
			// PostgreSQL reads upper case, braces and bare digits too.
			for i, tc := range []struct {
				v      any
				sqlite bool // accepted on SQLite; PostgreSQL accepts every text form here
			}{
				{"0f8fad5b-d9cb-469f-a165-70867728950e", true},
				{"0F8FAD5B-D9CB-469F-A165-70867728950E", false},
				{"{0f8fad5b-d9cb-469f-a165-70867728950e}", false},
				{"0f8fad5bd9cb469fa16570867728950e", false},
			} {
				_, err := db.Exec(insert, 100+i, u, tc.v)
				if e.Name == "postgres" || tc.sqlite {
					assert.NoError(t, err, "%v", tc.v)
					continue
				}
				assert.ErrorIs(t, err, ferro.ErrInvalidValue, "%v", tc.v)
			}
			if e.Name == "sqlite" { // values that are no text at all
				for i, v := range []any{u[:], int64(7)} {
					_, err := db.Exec(insert, 200+i, u, v)
					assert.ErrorIs(t, err, ferro.ErrInvalidValue, "%T", v)
				}
			}
			_, err := db.Exec("DELETE FROM uuid_row WHERE id >= 100")
			require.NoError(t, err)
		})
		t.Run("exec in a transaction", func(t *testing.T) {
			tx, err := db.BeginTx(ctx, nil)
			require.NoError(t, err)
			defer tx.Rollback()
			_, err = tx.Exec(insert, 12, u, "not-a-uuid")
			if e.Name == "sqlite" {
				check(t, err)
				return
			}
			// The error aborted the transaction: the server describes no
			// statement until ROLLBACK, and ferro says so rather than guess.
			var ie *ferro.InvalidValueError
			require.True(t, errors.As(err, &ie), "%v", err)
			assert.Equal(t, "", ie.Arg)
			assert.Contains(t, err.Error(), "ferro: a uuid parameter of the statement, or a literal in its text, is not uuid text (ferro cannot say which: the error aborted the transaction")
		})
		if e.Name == "postgres" { // a read compares text on SQLite: nothing to refuse there
			t.Run("query", func(t *testing.T) {
				err := db.QueryRow("SELECT count(*) FROM uuid_row WHERE id = $1 AND ref = $2", 1, "not-a-uuid").Scan(new(int))
				var ie *ferro.InvalidValueError
				require.True(t, errors.As(err, &ie), "%v", err)
				assert.Equal(t, "2", ie.Arg)
			})
			t.Run("after a pgx query option", func(t *testing.T) {
				for _, mode := range []pgx.QueryExecMode{pgx.QueryExecModeExec, pgx.QueryExecModeSimpleProtocol, pgx.QueryExecModeDescribeExec} {
					_, err := db.Exec(insert, mode, 14, u, "not-a-uuid")
					var ie *ferro.InvalidValueError
					require.True(t, errors.As(err, &ie), "%v: %v", mode, err)
					assert.Equal(t, "4", ie.Arg, "%v: the option is argument 1", mode)
				}
			})
			t.Run("literal", func(t *testing.T) {
				// Not an argument's fault: the server's error, unchanged.
				_, err := db.Exec("INSERT INTO uuid_row (id, owner, ref) VALUES ($1, $2, 'nope')", 13, u)
				var ie *ferro.InvalidValueError
				require.Error(t, err)
				assert.False(t, errors.As(err, &ie), "%v", err)
			})
		}
		// Nothing was stored: every row reads back as a UUID.
		var n int
		require.NoError(t, db.QueryRow("SELECT count(*) FROM uuid_row").Scan(&n))
		assert.Equal(t, 4, n)
	})
}
