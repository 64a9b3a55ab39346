package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/internal/testdb"
)

// TestMain lets TestQuickstart run this binary's main in a child process,
// exactly as `go run ./examples/quickstart` does.
func TestMain(m *testing.M) {
	if os.Getenv("FERRO_QUICKSTART_AS_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func runQuickstart(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^$"}, args...)...)
	cmd.Env = append(os.Environ(), "FERRO_QUICKSTART_AS_MAIN=1", "FERRO_QUICKSTART_POSTGRES_DSN=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("quickstart failed: %v\n%s", err, out)
	}
	return string(out)
}

func TestQuickstart(t *testing.T) {
	want := []string{
		"+ table customers",
		"+ table invoices",
		`-- writing a bad enum value: sql: converting argument $1 type: ferro/coerce:`,
		"+ column invoices.note text NOT NULL DEFAULT ''",
		"-- prepared SELECT *: [id number status amount customer_id issued_at paid_at] -> [id number status amount customer_id issued_at paid_at note]",
		"INV-001 sent    1234567890.25 issued 2026-11-28T09:30:00Z paid=<nil> note=\"\"",
		"-- v1 struct over v2 table: 3 rows, first INV-001",
		"-- customer 1 Ada token=6f1c3a52-9a43-4c1e-9a57-0d6a2b1c9e11",
	}
	t.Run("sqlite", func(t *testing.T) {
		out := runQuickstart(t)
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("output lacks %q\n%s", w, out)
			}
		}
	})
	t.Run("postgres", func(t *testing.T) {
		dsn := testdb.PostgresAdminDSN(t)
		out := runQuickstart(t, "-postgres", dsn)
		for _, w := range append(want,
			"pgx             SELECT * after ADD COLUMN: ERROR ERROR: cached plan must not change result type (SQLSTATE 0A000)",
			"ferro-postgres  SELECT * after ADD COLUMN: ok") {
			if !strings.Contains(out, w) {
				t.Errorf("output lacks %q\n%s", w, out)
			}
		}
		if strings.Count(out, "+ column invoices.note") != 2 {
			t.Errorf("want the tour on both engines\n%s", out)
		}
	})
}
