package command

import (
	"strings"
	"testing"
)

func TestParseTarget(t *testing.T) {
	for _, tc := range []struct {
		dsn, dialect, path, err string
	}{
		{"app.db", "sqlite", "app.db", ""},
		{"file:data/app.db?_pragma=busy_timeout(10)", "sqlite", "data/app.db", ""},
		{":memory:", "sqlite", "", ""},
		{"file::memory:?cache=shared", "sqlite", "", ""},
		{"postgres://u:p@h/db", "postgres", "", ""},
		{"postgresql://h/db", "postgres", "", ""},
		{"host=localhost dbname=x", "postgres", "", ""},
		{"mysql://u@h/db", "", "", `scheme "mysql" is not supported`},
		{"", "", "", "empty DSN"},
	} {
		got, err := ParseTarget(tc.dsn)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseTarget(%q): %v, want %q", tc.dsn, err, tc.err)
			}
			continue
		}
		if err != nil || string(got.Dialect) != tc.dialect || got.Path != tc.path {
			t.Errorf("ParseTarget(%q) = %+v, %v", tc.dsn, got, err)
		}
	}
}

// TestScrub: a driver message quoting the DSN or its password loses both.
func TestScrub(t *testing.T) {
	for _, dsn := range []string{
		"postgres://bob:s3cr%21t@h:5432/db?sslmode=disable",
		"postgres://bob@h/db?password=s3cr!t",
		"host=h user=bob password=s3cr!t dbname=db",
	} {
		msg := "failed to connect to `" + dsn + "`: password s3cr!t rejected (s3cr%21t)"
		got := scrub(msg, dsn)
		if strings.Contains(got, "s3cr") {
			t.Errorf("scrub(%q) = %q", dsn, got)
		}
	}
}
