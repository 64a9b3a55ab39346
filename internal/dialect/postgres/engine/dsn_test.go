package engine

import (
	"strings"
	"testing"
)

func TestCheckDSN(t *testing.T) {
	for _, tc := range []struct {
		dsn  string
		want string // "" for a usable DSN, else part of the error
	}{
		{"postgres://u:pw@h:5432/db?sslmode=disable&search_path=a,b&application_name=my-app", ""},
		{"postgresql://u@h/db?options=-c%20statement_timeout%3D5s", ""},
		{"host=/var/run/postgresql dbname=app user=u password='a b' app.tenant=7", ""},
		{"", ""},
		{"postgres+srv://u:pw@h/db", `unsupported URL scheme "postgres+srv"`},
		{"POSTGRES://u:pw@h/db", `unsupported URL scheme "POSTGRES"`},
		{"mysql://u:pw@h/db", `unsupported URL scheme "mysql"`},
		{"host=h u:pw@h=1", "1 setting name(s)"},
		{"host=h port=x", "invalid port"},
		// stdlib.RegisterConnConfig's names are pgx's to look up (issue 20).
		{"registeredConnConfig0", ""},
		{"registeredConnConfig12", ""},
		{"registeredConnConfig", "cannot parse the DSN"},
		{"registeredConnConfig1x", "cannot parse the DSN"},
		{"registeredConnConfig1 password=pw", "cannot parse the DSN"},
		{" registeredConnConfig1", "cannot parse the DSN"},
	} {
		err := CheckDSN(tc.dsn)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("CheckDSN(%q) = %v, want nil", tc.dsn, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("CheckDSN(%q) = %v, want an error containing %q", tc.dsn, err, tc.want)
		}
	}
}

func TestIsParamName(t *testing.T) {
	for name, want := range map[string]bool{
		"search_path": true, "app.tenant": true, "x$1": true, "DateStyle": true,
		"": false, "1x": false, "a..b": false, "a b": false, "u:pw@h": false, "$x": false,
	} {
		if got := isParamName(name); got != want {
			t.Errorf("isParamName(%q) = %v, want %v", name, got, want)
		}
	}
}
