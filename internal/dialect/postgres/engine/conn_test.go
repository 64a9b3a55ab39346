package engine

import (
	"errors"
	"fmt"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
)

// TestIsStalePlan pins recognition by SQLSTATE and routine, with the error
// values the server sends in English and in German (lc_messages=de_DE): the
// translated message must not matter (issue 10, item 1).
func TestIsStalePlan(t *testing.T) {
	cases := []struct {
		name string
		err  error
		want bool
	}{
		{"0A000 english", &pgconn.PgError{Code: "0A000", Message: "cached plan must not change result type", Routine: "RevalidateCachedQuery"}, true},
		{"0A000 german", &pgconn.PgError{Code: "0A000", Message: "gecachter Plan darf den Ergebnistyp nicht ändern", Routine: "RevalidateCachedQuery"}, true},
		{"26000 german", &pgconn.PgError{Code: "26000", Message: "vorbereitete Anweisung »stmtcache_1« existiert nicht", Routine: "FetchPreparedStatement"}, true},
		{"08P01 german", &pgconn.PgError{Code: "08P01", Message: "Bind-Message hat 2 Ergebnisspalten, aber Anfrage hat 3 Spalten", Routine: "PortalSetResultFormat"}, true},
		{"wrapped", fmt.Errorf("x: %w", &pgconn.PgError{Code: "0A000", Routine: "RevalidateCachedQuery"}), true},
		{"0A000 other feature", &pgconn.PgError{Code: "0A000", Message: "cached plan must not change result type", Routine: "transformAlterTableStmt"}, false},
		{"08P01 other protocol", &pgconn.PgError{Code: "08P01", Message: "invalid message format", Routine: "pq_copymsgbytes"}, false},
		{"26000 portal", &pgconn.PgError{Code: "34000", Message: "portal does not exist", Routine: "exec_execute_message"}, false},
		{"no routine english", &pgconn.PgError{Code: "0A000", Message: "cached plan must not change result type"}, true},
		{"no routine other", &pgconn.PgError{Code: "0A000", Message: "not supported"}, false},
		{"not a server error", errors.New("cached plan must not change result type"), false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsStalePlan(tc.err); got != tc.want {
				t.Errorf("IsStalePlan(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
}
