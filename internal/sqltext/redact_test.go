package sqltext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var redactCases = []struct {
	name    string
	dsn     string
	want    string
	secrets []string // none may appear in the output
}{
	{"url_plain",
		"postgres://user:s3cr3tpw@db.example.com:5432/app?sslmode=disable",
		"postgres://user:xxxxx@db.example.com:5432/app?sslmode=disable",
		[]string{"s3cr3tpw"}},
	{"url_percent_encoded_at",
		"postgres://user:pa%40ss1@host:5432/db?sslmode=disable&password=qwerty9",
		"postgres://user:xxxxx@host:5432/db?sslmode=disable&password=xxxxx",
		[]string{"pa%40ss1", "qwerty9"}},
	{"url_raw_at_in_password",
		"postgres://user:p@ss@w0rd@host/db",
		"postgres://user:xxxxx@host/db",
		[]string{"p@ss@w0rd", "ss@w0rd"}},
	{"url_raw_slash_and_hash_in_password",
		"postgresql://user:ab/c#d?e@host/db",
		"postgresql://user:xxxxx@host/db",
		[]string{"ab/c#d?e", "c#d?e"}},
	{"url_user_only",
		"postgres://alice@host/db?application_name=svc",
		"postgres://alice@host/db?application_name=svc",
		nil},
	{"url_empty_password",
		"postgres://alice:@host/db",
		"postgres://alice:xxxxx@host/db",
		nil},
	{"url_email_user_unencoded",
		"postgres://me@example.com:hunter22@host/db",
		"postgres://me@example.com:xxxxx@host/db",
		[]string{"hunter22"}},
	{"url_multi_host",
		"postgres://u:topsecret@h1:5432,h2:5433/db?target_session_attrs=read-write",
		"postgres://u:xxxxx@h1:5432,h2:5433/db?target_session_attrs=read-write",
		[]string{"topsecret"}},
	{"url_secret_params",
		"postgres://host/db?api_key=AK123456&access_token=tok98765&sslpassword=sslpw1234&Client_Secret=cs112233&apikey=zz445566",
		"postgres://host/db?api_key=xxxxx&access_token=xxxxx&sslpassword=xxxxx&Client_Secret=xxxxx&apikey=xxxxx",
		[]string{"AK123456", "tok98765", "sslpw1234", "cs112233", "zz445566"}},
	{"url_sslkey_is_a_path",
		"postgres://host/db?sslkey=/etc/ssl/client.key&sslcert=/etc/ssl/client.crt&passfile=/home/u/.pgpass",
		"postgres://host/db?sslkey=/etc/ssl/client.key&sslcert=/etc/ssl/client.crt&passfile=/home/u/.pgpass",
		nil},
	{"url_percent_encoded_key",
		"postgres://host/db?pass%77ord=enc0ded9",
		"postgres://host/db?pass%77ord=xxxxx",
		[]string{"enc0ded9"}},
	{"url_secret_value_with_hash",
		"postgres://host/db?password=ab#cdef12&sslmode=require",
		"postgres://host/db?password=xxxxx&sslmode=require",
		[]string{"ab#cdef12", "cdef12"}},
	{"url_secret_in_fragment",
		"postgres://u@host/db#password=fragpw99",
		"postgres://u@host/db#password=xxxxx",
		[]string{"fragpw99"}},
	{"url_semicolon_separator",
		"postgres://host/db?sslmode=disable;password=semi7777",
		"postgres://host/db?sslmode=disable;password=xxxxx",
		[]string{"semi7777"}},
	{"url_at_in_query_without_userinfo",
		"postgres://host/db?application_name=me@work&password=qpw12345",
		"postgres://host/db?application_name=me@work&password=xxxxx",
		[]string{"qpw12345"}},
	{"url_no_scheme",
		"user:nosch3me@host/db",
		"user:xxxxx@host/db",
		[]string{"nosch3me"}},
	{"kv_unquoted",
		"host=localhost port=5432 user=u password=secret123 dbname=app",
		"host=localhost port=5432 user=u password=xxxxx dbname=app",
		[]string{"secret123"}},
	{"kv_quoted_with_escapes",
		`host=x password='a b\' c' user=u`,
		`host=x password=xxxxx user=u`,
		[]string{`a b\' c`, "' c'"}},
	{"kv_spaces_around_equals",
		"host = x  password =  'sp ace' sslmode=disable",
		"host = x  password =  xxxxx sslmode=disable",
		[]string{"sp ace"}},
	{"kv_backslash_escaped_space",
		`password=ab\ cd12 host=x`,
		`password=xxxxx host=x`,
		[]string{`ab\ cd12`, "cd12"}},
	{"kv_unterminated_quote",
		"host=x password='never ends",
		"host=x password=xxxxx",
		[]string{"never ends"}},
	{"kv_sslpassword_and_sslkey",
		"sslkey=/k/client.key sslpassword=keypw555",
		"sslkey=/k/client.key sslpassword=xxxxx",
		[]string{"keypw555"}},
	{"kv_garbage_word",
		"host=x oops password=garb4ge",
		"host=x xxxxx",
		[]string{"garb4ge"}},
	{"kv_empty_value_takes_next_word",
		"password= user=u",
		"password= xxxxx",
		[]string{"user=u"}},
	{"sqlite_file_uri_key_pragma",
		"file:app.db?_pragma=key('cipherpw1')&_pragma=busy_timeout(5000)",
		"file:app.db?_pragma=key(xxxxx)&_pragma=busy_timeout(5000)",
		[]string{"cipherpw1"}},
	{"sqlite_hexkey_pragma_encoded",
		"file:app.db?_pragma=hexkey%28%27abcdef01%27%29",
		"file:app.db?_pragma=hexkey(xxxxx)",
		[]string{"abcdef01"}},
	{"sqlite_key_pragma_equals",
		"app.db?_pragma=key=plainkey7",
		"app.db?_pragma=key(xxxxx)",
		[]string{"plainkey7"}},
	{"sqlite_plain_path", "/var/lib/app/data.db", "/var/lib/app/data.db", nil},
	{"sqlite_memory", ":memory:", ":memory:", nil},
	{"sqlite_file_uri_at_in_path",
		"file:/tmp/me@host.db?mode=ro",
		"file:/tmp/me@host.db?mode=ro",
		nil},
	{"sqlite_file_url_authority",
		"file:///tmp/app.db?cache=shared&_auth_pass=authpw42",
		"file:///tmp/app.db?cache=shared&_auth_pass=xxxxx",
		[]string{"authpw42"}},
	{"garbage_mixed_forms",
		"postgres://h/db password=mixedpw1",
		"postgres://h/db password=xxxxx",
		[]string{"mixedpw1"}},
	{"garbage_json",
		`{"user":"u","password":"jsonpw77"}`,
		`{"user":"u","password":"xxxxx"}`,
		[]string{"jsonpw77"}},
	{"empty", "", "", nil},
	{"only_at", "@", "@", nil},
	{"unicode_password",
		"postgres://u:pässwörd☃@h/db",
		"postgres://u:xxxxx@h/db",
		[]string{"pässwörd☃"}},
}

func TestRedact(t *testing.T) {
	t.Parallel()
	if len(redactCases) < 20 {
		t.Fatalf("only %d cases; the suite promises at least 20", len(redactCases))
	}
	for _, tc := range redactCases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := Redact(tc.dsn)
			if got != tc.want {
				t.Errorf("Redact(%q)\n got %q\nwant %q", tc.dsn, got, tc.want)
			}
			for _, s := range tc.secrets {
				if strings.Contains(got, s) {
					t.Errorf("Redact(%q) = %q leaks secret %q", tc.dsn, got, s)
				}
			}
			if again := Redact(got); again != got {
				t.Errorf("Redact is not idempotent on %q: second pass gives %q", got, again)
			}
		})
	}
}

// checkRedactHides asserts that secret, embedded in dsn, is absent from
// Redact(dsn), unless it is short or already occurs in the ideal redacted
// form (template with the secret replaced by the marker), where its
// presence says nothing.
func checkRedactHides(t *testing.T, dsn, secret, ideal string) {
	t.Helper()
	out := Redact(dsn)
	if len(secret) < 4 || strings.Contains(ideal, secret) {
		return
	}
	if strings.Contains(out, secret) {
		t.Errorf("Redact(%q) = %q leaks secret %q", dsn, out, secret)
	}
}

func FuzzRedact(f *testing.F) {
	for _, tc := range redactCases {
		f.Add(tc.dsn)
	}
	for _, s := range []string{"p@ss/w#rd?", "a b' c", `x\'y`, "@h/db", "'", "xxxxx", ":@/?#&=;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Any input: must not panic, output must be valid UTF-8 when
		// the input is (it is cut only at ASCII bytes).
		out := Redact(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Errorf("Redact(%q) = %q is not valid UTF-8", s, out)
		}
		// s as a password in a URL.
		checkRedactHides(t, "postgres://u:"+s+"@h/db", s, "postgres://u:xxxxx@h/db")
		checkRedactHides(t, "postgres://u:"+s+"@h/db?sslmode=disable", s, "postgres://u:xxxxx@h/db?sslmode=disable")
		// s as a libpq password, bare and quoted (with libpq escaping).
		if !strings.ContainsAny(s, " \t\n\r\f\v") {
			checkRedactHides(t, "host=h password="+s+" user=u", s, "host=h password=xxxxx user=u")
		}
		q := strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s)
		checkRedactHides(t, "host=h password='"+q+"' user=u", s, "host=h password=xxxxx user=u")
		// s as a query-parameter password, when it has no '&'.
		if !strings.Contains(s, "&") {
			checkRedactHides(t, "postgres://h/db?password="+s, s, "postgres://h/db?password=xxxxx")
		}
	})
}

func BenchmarkRedact(b *testing.B) {
	for _, tc := range redactCases[:3] {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Redact(tc.dsn)
			}
		})
	}
}
