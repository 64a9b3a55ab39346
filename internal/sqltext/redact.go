package sqltext

import (
	"cmp"
	"context"
	"errors"
	"net/url"
	"slices"
	"strings"
)

// redacted replaces every secret; it is the marker net/url's
// URL.Redacted uses, so logs read the same whichever produced them.
const redacted = "xxxxx"

// Redact returns dsn with every secret it contains replaced by "xxxxx", for
// use in error messages and logs. It never fails and never panics: input it
// cannot parse is redacted more, not less (see the package documentation,
// section "DSN redaction", for the exact rules).
//
// Secrets are the password of URL userinfo (postgres://user:xxxxx@host),
// the values of URL query parameters and libpq key=value settings whose key
// names a secret (password, sslpassword, api_key, access_token, ...; the
// file paths sslkey, sslkeylogfile and passfile are kept), and the argument
// of an SQLCipher key pragma in a SQLite DSN (_pragma=key(xxxxx)).
//
// Redact is safe for concurrent use.
func Redact(dsn string) string { return redact(dsn, Guess, nil) }

// Form says how the driver that reads a DSN tells its forms apart.
type Form uint8

const (
	// Guess reads a DSN the way Redact does: a libpq key=value string when
	// it starts with "keyword =", a URL when it has a scheme or userinfo,
	// otherwise a SQLite path or file: URI.
	Guess Form = iota
	// Pgx reads a DSN the way pgx does: a URL when it starts with
	// postgres:// or postgresql://, otherwise a libpq key=value string,
	// whatever it looks like. A string that is not valid key=value is then
	// redacted from its first word that is not a plain key=value setting.
	Pgx
)

// Redacted is a DSN with its secrets redacted (Text) and the secrets
// themselves, kept to scrub them out of text a driver or a server derived
// from the DSN (an error message quoting part of it). A Redacted is
// immutable and safe for concurrent use.
type Redacted struct {
	// Text is the DSN as Redact writes it (for Pgx, as pgx reads it).
	Text string
	// secrets are the values Text does not show, each with the spellings
	// it may take once a driver decoded it, longest first.
	secrets []string
}

// RedactDSN redacts dsn read as form, and keeps its secrets for Scrub and
// Error.
func RedactDSN(dsn string, form Form) *Redacted {
	r := &Redacted{}
	r.Text = redact(dsn, form, &r.secrets)
	slices.SortFunc(r.secrets, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), strings.Compare(a, b))
	})
	r.secrets = slices.Compact(r.secrets)
	return r
}

func redact(dsn string, form Form, sec *[]string) string {
	var b strings.Builder
	b.Grow(len(dsn) + len(redacted))
	switch {
	case form == Pgx && (strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")):
		n := schemeLen(dsn)
		b.WriteString(dsn[:n])
		redactAuthorityAndParams(&b, dsn[n:], sec)
	case form == Pgx || isKeyValueDSN(dsn):
		redactKeyValue(&b, dsn, sec)
	case schemeLen(dsn) > 0 && !isOpaqueFileURI(dsn):
		n := schemeLen(dsn)
		b.WriteString(dsn[:n])
		redactAuthorityAndParams(&b, dsn[n:], sec)
	case strings.IndexByte(dsn, '@') >= 0 && !isOpaqueFileURI(dsn):
		// A URL without its scheme ("user:pass@host/db").
		redactAuthorityAndParams(&b, dsn, sec)
	default:
		// A SQLite path or file: URI, or something unrecognised.
		redactParams(&b, dsn, sec)
	}
	return redactLoose(b.String(), sec)
}

// Quotes reports whether text holds any n bytes in a row of a secret of
// the DSN (a whole secret, when the secret is shorter): after Scrub, that
// is a secret quoted in part or transformed (cut, re-quoted), which no
// rule can prove harmless. Callers choose n: 3 for a parse error, which
// can say what failed without any detail, 4 for a connection error, whose
// detail matters more and in which three-letter runs ("ost", "res") occur
// by chance.
func (r *Redacted) Quotes(text string, n int) bool {
	if r == nil {
		return false
	}
	for _, s := range r.secrets {
		if len(s) <= n {
			if strings.Contains(text, s) {
				return true
			}
			continue
		}
		for i := 0; i+n <= len(s); i++ {
			if strings.Contains(text, s[i:i+n]) {
				return true
			}
		}
	}
	return false
}

// Scrub returns text with every occurrence of a secret of the DSN, in any
// of the spellings a driver may decode it to, replaced by "xxxxx".
func (r *Redacted) Scrub(text string) string {
	if r == nil {
		return text
	}
	for _, s := range r.secrets {
		if strings.Contains(text, s) {
			text = strings.ReplaceAll(text, s, redacted)
		}
	}
	return text
}

// Error returns err freed of the DSN's secrets, for an error a driver or a
// server built from the DSN (a refused connection, a startup parameter the
// server rejects). When err's text holds no secret, Error returns err
// itself, so errors.Is and errors.As see the driver's error. Otherwise the
// result carries the scrubbed text, or, when that still holds 4 bytes in a
// row of a secret, only what failed; it does not wrap err, whose fields
// (reachable with errors.As) hold the secret, but it still matches
// context.Canceled and context.DeadlineExceeded when err does. Error on a
// nil *Redacted returns err.
func (r *Redacted) Error(what string, err error) error { return r.clean(what, err, 4) }

// ParseError is Error for an error from parsing the DSN: a detail that
// holds 3 bytes in a row of a secret is withheld.
func (r *Redacted) ParseError(what string, err error) error { return r.clean(what, err, 3) }

func (r *Redacted) clean(what string, err error, n int) error {
	if r == nil || err == nil || len(r.secrets) == 0 {
		return err
	}
	text := err.Error()
	scrubbed := r.Scrub(text)
	if scrubbed == text && !r.Quotes(text, n) {
		return err
	}
	e := &redactedError{text: scrubbed}
	// The markers Scrub wrote may spell part of a secret ("xxxx").
	if r.Quotes(strings.ReplaceAll(scrubbed, redacted, "\x00"), n) {
		e.text = what + " (the reason is withheld: it quotes part of a secret of the DSN)"
	}
	for _, c := range [...]error{context.Canceled, context.DeadlineExceeded} {
		if errors.Is(err, c) {
			e.cause = c
		}
	}
	return e
}

// redactedError is an error whose text had DSN secrets in it.
type redactedError struct {
	text  string
	cause error // a context error err matched, or nil
}

func (e *redactedError) Error() string { return e.text }
func (e *redactedError) Unwrap() error { return e.cause }

// addSecret records v, a secret value as it appears in a DSN, with the
// spellings a driver may turn it into: without the parentheses or quotes
// around it (even unclosed), backslash-unescaped (libpq), percent-decoded.
func addSecret(sec *[]string, v string) {
	if sec == nil {
		return
	}
	add := func(s string) {
		if s != "" && s != redacted {
			*sec = append(*sec, s)
		}
	}
	add(v)
	t := strings.TrimSpace(v)
	if strings.HasPrefix(t, "(") {
		t = strings.TrimSuffix(t[1:], ")")
		add(t)
	}
	if t != "" && (t[0] == '\'' || t[0] == '"') {
		q := t[0]
		t = t[1:]
		if n := len(t); n > 0 && t[n-1] == q && (n < 2 || t[n-2] != '\\') {
			t = t[:n-1]
		}
		add(t)
	}
	if strings.IndexByte(t, '\\') >= 0 {
		var b strings.Builder
		for i := 0; i < len(t); i++ {
			if t[i] == '\\' && i+1 < len(t) {
				i++
			}
			b.WriteByte(t[i])
		}
		add(b.String())
	}
	add(unescapeOrRaw(t))
	if d, err := url.PathUnescape(t); err == nil {
		add(d)
	}
}

// schemeLen returns the length of a leading "scheme://", or 0.
func schemeLen(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':' && strings.HasPrefix(s[i:], "://"):
			return i + 3
		default:
			return 0
		}
	}
	return 0
}

// isOpaqueFileURI reports whether s is a SQLite "file:" URI without an
// authority ("file:app.db?mode=ro"), whose path may contain '@' or ':'
// that must not be read as userinfo.
func isOpaqueFileURI(s string) bool {
	return len(s) >= 5 && strings.EqualFold(s[:5], "file:") && !strings.HasPrefix(s[5:], "//")
}

// redactAuthorityAndParams writes r, the part of a URL after "scheme://",
// with the userinfo password and secret parameters redacted.
func redactAuthorityAndParams(b *strings.Builder, r string, sec *[]string) {
	if at := userinfoEnd(r); at >= 0 {
		ui := r[:at]
		if c := strings.IndexByte(ui, ':'); c >= 0 {
			b.WriteString(ui[:c+1])
			b.WriteString(redacted)
			addSecret(sec, ui[c+1:])
		} else {
			b.WriteString(ui)
		}
		b.WriteByte('@')
		r = r[at+1:]
	}
	redactParams(b, r, sec)
}

// userinfoEnd returns the index of the '@' that ends the userinfo of r, or
// -1 when r has none. Passwords are often pasted unencoded, so the
// separator is the LAST '@' whose user name (the text before the first
// ':') contains none of / ? # & = — a user name never does unencoded,
// while a raw '@', '/', '?' or '#' inside a password is then still covered
// by the redaction. An '@' in a query value of a URL that has userinfo
// therefore makes everything before it count as password (over-redaction).
func userinfoEnd(r string) int {
	colon := strings.IndexByte(r, ':')
	bad := strings.IndexAny(r, "/?#&=")
	for end := len(r); ; {
		at := strings.LastIndexByte(r[:end], '@')
		if at < 0 {
			return -1
		}
		userEnd := at
		if colon >= 0 && colon < at {
			userEnd = colon
		}
		if bad < 0 || bad >= userEnd {
			return at
		}
		end = at
	}
}

// redactParams writes s with the values of secret parameters redacted. The
// parameters start at the first '?' or '#'; the fragment is treated like
// the query, since in a DSN it is nearly always a mistyped part of one (or
// of a password containing '#'). Keys are split on '&', ';' and '#' so no
// key can hide behind a separator some parser honours; a secret value runs
// to the next '&', so a '#' or ';' inside it is redacted with it.
func redactParams(b *strings.Builder, s string, sec *[]string) {
	q := strings.IndexAny(s, "?#")
	if q < 0 {
		b.WriteString(s)
		return
	}
	b.WriteString(s[:q+1])
	i := q + 1
	for i < len(s) {
		k := i
		for k < len(s) && !isParamSep(s[k]) && s[k] != '=' {
			k++
		}
		if k >= len(s) || s[k] != '=' {
			// A key without a value, or the end.
			b.WriteString(s[i:k])
			if k < len(s) {
				b.WriteByte(s[k])
			}
			i = k + 1
			continue
		}
		key := s[i:k]
		b.WriteString(s[i : k+1])
		v := k + 1
		key = unescapeOrRaw(key)
		switch {
		case isSecretKey(key):
			e := strings.IndexByte(s[v:], '&')
			if e < 0 {
				e = len(s) - v
			}
			b.WriteString(redacted)
			addSecret(sec, s[v:v+e])
			i = v + e
		case strings.EqualFold(key, "_pragma"):
			e := strings.IndexByte(s[v:], '&')
			if e < 0 {
				e = len(s) - v
			}
			writePragma(b, s[v:v+e], sec)
			i = v + e
		default:
			e := v
			for e < len(s) && !isParamSep(s[e]) {
				e++
			}
			b.WriteString(s[v:e])
			i = e
		}
		if i < len(s) {
			b.WriteByte(s[i])
			i++
		}
	}
}

func isParamSep(c byte) bool { return c == '&' || c == ';' || c == '#' }

// writePragma writes the value of a SQLite _pragma parameter, redacting the
// argument of any pragma whose name contains "key" (SQLCipher's key,
// hexkey, textkey, rekey, hexrekey).
func writePragma(b *strings.Builder, v string, sec *[]string) {
	d := unescapeOrRaw(v)
	n := 0
	for n < len(d) && (isIdentChar(d[n]) && d[n] < 0x80 && d[n] != '$') {
		n++
	}
	if !strings.Contains(strings.ToLower(d[:n]), "key") {
		b.WriteString(v)
		return
	}
	b.WriteString(d[:n])
	b.WriteString("(" + redacted + ")")
	addSecret(sec, d[n:])
}

// unescapeOrRaw percent-decodes s as a query component, or returns it
// unchanged when it is not valid percent-encoding.
func unescapeOrRaw(s string) string {
	if strings.IndexByte(s, '%') < 0 && strings.IndexByte(s, '+') < 0 {
		return s
	}
	d, err := url.QueryUnescape(s)
	if err != nil {
		return s
	}
	return d
}

// isSecretKey reports whether a parameter named key holds a secret: its
// lower-cased name contains pass, pwd, secret, token, key or credential,
// except the PostgreSQL file-path parameters sslkey, sslkeylogfile and
// passfile, whose values are paths worth seeing when a connection fails.
func isSecretKey(key string) bool {
	k := strings.ToLower(strings.TrimSpace(key))
	switch k {
	case "sslkey", "sslkeylogfile", "passfile", "":
		return false
	}
	for _, w := range [...]string{"pass", "pwd", "secret", "token", "key", "credential"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

// isKeyValueDSN reports whether s is in libpq key=value form: its first
// non-space run is a keyword followed, after optional spaces, by '='.
func isKeyValueDSN(s string) bool {
	i := 0
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	if i >= len(s) || !(s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z' || s[i] == '_') {
		return false
	}
	for i < len(s) && (s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z' || s[i] >= '0' && s[i] <= '9' || s[i] == '_' || s[i] == '.' || s[i] == '-') {
		i++
	}
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i < len(s) && s[i] == '='
}

// redactKeyValue writes a libpq key=value DSN with secret values redacted.
// Values follow libpq: optional spaces around '=', then either a
// single-quoted value (\' and \\ escape) or a run of non-space bytes (a
// backslash escapes the next byte). At the first word that is not
// key=value libpq rejects the string; from there on everything is
// redacted, since no rule says what it is.
func redactKeyValue(b *strings.Builder, s string, sec *[]string) {
	i := 0
	for {
		j := i
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		b.WriteString(s[i:j])
		i = j
		if i >= len(s) {
			return
		}
		k := i
		for k < len(s) && s[k] != '=' && !isSpace(s[k]) {
			k++
		}
		key := s[i:k]
		e := k
		for e < len(s) && isSpace(s[e]) {
			e++
		}
		if e >= len(s) || s[e] != '=' || k == i || !isPlainKey(key) {
			b.WriteString(redacted)
			addSecret(sec, s[i:])
			return
		}
		e++
		for e < len(s) && isSpace(s[e]) {
			e++
		}
		v := e
		if v < len(s) && s[v] == '\'' {
			e = v + 1
			for e < len(s) && s[e] != '\'' {
				if s[e] == '\\' {
					e++
				}
				e++
			}
			if e < len(s) {
				e++ // closing quote
			} else {
				e = len(s)
			}
		} else {
			for e < len(s) && !isSpace(s[e]) {
				if s[e] == '\\' {
					e++
				}
				e++
			}
			if e > len(s) {
				e = len(s)
			}
		}
		b.WriteString(s[i:v])
		if isSecretKey(key) {
			b.WriteString(redacted)
			addSecret(sec, s[v:e])
		} else {
			b.WriteString(s[v:e])
		}
		i = e
	}
}

// redactLoose is the last line of defence, run on every result: wherever a
// secret-named key is followed by '=' (or by ':' when the key is quoted or
// a space follows, as in JSON or YAML pasted by mistake), the value after
// it is redacted, whatever form the rest of the string has. It catches
// secrets in shapes the form-specific rules do not parse, such as
// "postgres://h/db password=x".
func redactLoose(s string, sec *[]string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '=' && c != ':' {
			continue
		}
		// The key: identifier bytes before i, optionally quoted and
		// followed by spaces.
		k := i
		for k > 0 && isSpace(s[k-1]) {
			k--
		}
		quoted := k > 0 && (s[k-1] == '"' || s[k-1] == '\'')
		if quoted {
			k--
		}
		ke := k
		for k > 0 && isLooseKeyChar(s[k-1]) {
			k--
		}
		if k == ke || !isSecretKey(unescapeOrRaw(s[k:ke])) {
			continue
		}
		if c == ':' && !quoted && (i+1 >= len(s) || !isSpace(s[i+1])) {
			continue
		}
		v := i + 1
		for v < len(s) && isSpace(s[v]) {
			v++
		}
		// [v, e) is the value; [vi, ve) the part replaced, which keeps
		// the quotes of a quoted value.
		e, vi, ve := v, v, v
		if v < len(s) && (s[v] == '"' || s[v] == '\'') {
			q := s[v]
			e = v + 1
			for e < len(s) && s[e] != q {
				if s[e] == '\\' {
					e++
				}
				e++
			}
			vi, ve = v+1, e
			if e < len(s) {
				e++
			} else {
				e, ve = len(s), len(s)
			}
		} else {
			for e < len(s) && !isSpace(s[e]) && s[e] != '&' {
				e++
			}
			ve = e
		}
		if val := s[vi:ve]; val == "" || val == redacted {
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:vi])
		b.WriteString(redacted)
		addSecret(sec, s[vi:ve])
		b.WriteString(s[ve:e])
		last = e
		i = e - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// isPlainKey reports whether key can be a libpq keyword or a server
// parameter name: letters, digits, '_', '.', '-' and '$'. Anything else
// ("postgres+srv://user:pw@h/db?access_token") is a string libpq and pgx
// misread as key=value, which no rule says how to redact.
func isPlainKey(key string) bool {
	for i := 0; i < len(key); i++ {
		if c := key[i]; !isLooseKeyChar(c) && c != '$' || c == '%' {
			return false
		}
	}
	return true
}

func isLooseKeyChar(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == '%'
}

// URLScheme returns the scheme of a DSN that starts with "scheme://"
// (letters, then letters, digits, '+', '-' or '.'), for the dialects' DSN
// checks: a URL of another ecosystem ("postgresql+psycopg://") is refused by
// its scheme alone, without quoting the rest.
func URLScheme(dsn string) (string, bool) {
	for i := 0; i < len(dsn); i++ {
		c := dsn[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && strings.HasPrefix(dsn[i:], "://"):
			return dsn[:i], true
		default:
			return "", false
		}
	}
	return "", false
}
