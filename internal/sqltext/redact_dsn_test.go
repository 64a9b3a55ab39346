package sqltext

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"testing"
)

func TestRedactDSN_Pgx(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ dsn, want string }{
		// pgx reads anything that is not a postgres:// URL as key=value: a
		// string that is not key=value is redacted whole (issue 13, defect 3).
		{"\x00garbage:S3cretPW", "xxxxx"},
		{"postgres+srv://app_user:supersecret@host/app?access_token=topsecret", "xxxxx"},
		{"host=h user=u app_user:supersecret@h=1 password=x", "host=h user=u xxxxx"},
		{"host=h password='a b' user=u", "host=h password=xxxxx user=u"},
		{"postgres://u:pw@h/db?sslmode=disable", "postgres://u:xxxxx@h/db?sslmode=disable"},
		{"postgresql://u:pw@h/db?password=x", "postgresql://u:xxxxx@h/db?password=xxxxx"},
	} {
		if got := RedactDSN(tc.dsn, Pgx).Text; got != tc.want {
			t.Errorf("RedactDSN(%q, Pgx).Text = %q, want %q", tc.dsn, got, tc.want)
		}
		if got, want := RedactDSN(tc.dsn, Guess).Text, Redact(tc.dsn); got != want {
			t.Errorf("RedactDSN(%q, Guess).Text = %q, Redact gives %q", tc.dsn, got, want)
		}
	}
}

func TestRedacted_ScrubAndQuotes(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		dsn, text, want string
		quotes3         bool // after Scrub
	}{
		{"postgres://u:pa%40ss@h/db", `password "pa@ss" and "pa%40ss"`, `password "xxxxx" and "xxxxx"`, false},
		{"host=h password='it\\'s secret'", `got it's secret`, `got xxxxx`, false},
		{"file:a.db?_pragma=key('abcsecret", `unrecognized token: "'abcsecret"`, `unrecognized token: "xxxxx"`, false},
		{"a.db?_pragma=key(%zzsecret)", `invalid URL escape "%zz"`, `invalid URL escape "%zz"`, true},
		{"postgres://u:pw@h/db", "no secret here", "no secret here", false},
		{"\x00garbage:S3cretPW", "cannot parse `\x00garbage:S3cretPW`", "cannot parse `xxxxx`", false},
		// A transformed echo is not scrubbed, but Quotes sees it.
		{"\x00garbage:S3cretPW", "cannot parse ` garbage:S3cretPW`", "cannot parse ` garbage:S3cretPW`", true},
	} {
		r := RedactDSN(tc.dsn, Pgx)
		if strings.HasPrefix(tc.dsn, "file:") || strings.HasPrefix(tc.dsn, "a.db") {
			r = RedactDSN(tc.dsn, Guess)
		}
		got := r.Scrub(tc.text)
		if got != tc.want {
			t.Errorf("%q: Scrub(%q) = %q, want %q", tc.dsn, tc.text, got, tc.want)
		}
		if q := r.Quotes(got, 3); q != tc.quotes3 {
			t.Errorf("%q: Quotes(%q, 3) = %v, want %v", tc.dsn, got, q, tc.quotes3)
		}
	}
}

func TestRedacted_Error(t *testing.T) {
	t.Parallel()
	r := RedactDSN("postgres://u:s3cretpw@h/db", Pgx)
	plain := errors.New("connection refused")
	if got := r.Error("connect", plain); got != plain {
		t.Errorf("an error without secrets must come back unchanged, got %v", got)
	}
	var nilR *Redacted
	if got := nilR.Error("connect", plain); got != plain {
		t.Errorf("nil *Redacted must return err, got %v", got)
	}
	leaky := fmt.Errorf("server says s3cretpw: %w", context.DeadlineExceeded)
	got := r.Error("connect", leaky)
	if strings.Contains(got.Error(), "s3cretpw") || !strings.Contains(got.Error(), "server says xxxxx") {
		t.Errorf("Error = %q", got)
	}
	if !errors.Is(got, context.DeadlineExceeded) {
		t.Error("the scrubbed error no longer matches context.DeadlineExceeded")
	}
	if errors.Unwrap(got) == leaky {
		t.Error("the scrubbed error wraps the error that holds the secret")
	}
	// The marker Scrub writes is not read as a quote of a secret like "xxxx".
	r4 := RedactDSN("postgres://u:xxxx@h/db", Pgx)
	if got := r4.Error("connect", errors.New("bad password xxxx")).Error(); got != "bad password xxxxx" {
		t.Errorf("a secret spelt like the marker: Error = %q", got)
	}
	cut := errors.New(`near "s3cret": syntax error`)
	if got := r.Error("connect", cut).Error(); got != "connect (the reason is withheld: it quotes part of a secret of the DSN)" {
		t.Errorf("a partly quoted secret: Error = %q", got)
	}
}

// FuzzRedactDSN checks, for any s used as a password, that the redacted
// DSN does not show it and that an error quoting it (whole, with the DSN,
// or cut) comes out of Error and ParseError without it.
func FuzzRedactDSN(f *testing.F) {
	for _, s := range []string{"s3cretpw", "p@ss/w#rd?", "a b' c", `x\'y`, "%zz", "xxxxx", "pässwörd☃"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) < 4 || strings.ContainsRune(s, 1) {
			return
		}
		// The marker itself may spell part of s ("xxx u"): look past it.
		shows := func(out, part string) bool {
			return strings.Contains(strings.ReplaceAll(out, redacted, "\x01"), part)
		}
		// The text around the secret may spell it ("sword" in "password"):
		// that is no leak. Each output is compared with the one for a
		// neutral secret of the same length, which shows only that text.
		neutral := strings.Repeat("\x02", len(s))
		leaks := func(out, outNeutral, part string) bool { return shows(out, part) && !shows(outNeutral, part) }
		dsns := func(s string) []string {
			q := strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s)
			return []string{"host=h password='" + q + "' user=u", "\x00" + s, "postgres://h/db?password=" + url.QueryEscape(s)}
		}
		texts := func(s, dsn string) []string {
			return []string{"error: " + s + "!", "cannot parse `" + dsn + "`", "near " + s[1:len(s)-1]}
		}
		for i, dsn := range dsns(s) {
			dsnN := dsns(neutral)[i]
			r, rN := RedactDSN(dsn, Pgx), RedactDSN(dsnN, Pgx)
			if leaks(r.Text, rN.Text, s) {
				t.Fatalf("RedactDSN(%q).Text = %q shows the secret", dsn, r.Text)
			}
			for j, text := range texts(s, dsn) {
				textN := texts(neutral, dsnN)[j]
				errs := []error{r.Error("connect", errors.New(text)), r.ParseError("parse", errors.New(text))}
				errsN := []error{rN.Error("connect", errors.New(textN)), rN.ParseError("parse", errors.New(textN))}
				for k, e := range errs {
					if leaks(e.Error(), errsN[k].Error(), s) || len(s) >= 6 && leaks(e.Error(), errsN[k].Error(), s[1:len(s)-1]) {
						t.Fatalf("RedactDSN(%q): error %q comes out as %q", dsn, text, e.Error())
					}
				}
			}
		}
	})
}
