package postgres

import (
	"testing"

	"github.com/ferrosql/ferro/schema"
)

func TestDialect_LiveTypeAdoption(t *testing.T) {
	for in, want := range map[string]string{
		"character varying": "varchar", "character varying(20)": "varchar(20)", "character(2)": "char(2)",
		"bpchar(4)": "char(4)", "json": "jsontext", "jsonb": "json", "mood": "unknown(mood)", "text[]": "text[]",
		"integer[]": "int[]", "character varying(200)[]": "varchar(200)[]", "mood[]": "unknown(mood[])", "text[][]": "unknown(text[][])",
		"timestamp(3) without time zone": "timestamp(3)", "timestamp(6) without time zone": "timestamp",
		"timestamp(0) with time zone": "timestamptz(0)", "timestamptz(3)": "timestamptz(3)", "time(2) without time zone": "time(2)",
		"time(2) with time zone": "unknown(time(2) with time zone)", "timestamp(3) without time zone[]": "timestamp(3)[]",
		"numeric(12,2)[]": "numeric(12,2)[]", "jsonb[]": "unknown(jsonb[])", "bytea[]": "unknown(bytea[])",
	} {
		if got := (Dialect{}).LiveType(in); got.String() != want {
			t.Errorf("LiveType(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestSerialDefault(t *testing.T) {
	for in, want := range map[string]bool{
		`nextval('users_id_seq'::regclass)`: true, `nextval('"User_id_seq"'::regclass)`: true,
		`nextval('it''s_seq'::regclass)`: true, `nextval('a'::regclass) + 1`: false, `now()`: false, ``: false,
		// Issue 17: Roundcube's keys, the older spelling of the sequence.
		`nextval(('users_seq'::text)::regclass)`: true, `nextval(('a'::text)::regclass) + 1`: false, `nextval(('a''::text)::regclass)`: false,
	} {
		if got := serialDefault(in); got != want {
			t.Errorf("serialDefault(%q) = %t, want %t", in, got, want)
		}
	}
}

func TestByteaDefault(t *testing.T) {
	bytes := schema.Type{Kind: schema.KindBytes}
	for in, want := range map[string]string{
		`'\x'`: `''`, `'\x616263'`: `'abc'`, `'\x612762'`: `'a''b'`, `'\x00ff'`: `'\x00ff'`, `'\x5c'`: `'\x5c'`, `'abc'`: `'abc'`,
	} {
		if got := byteaDefault(in, bytes); got != want {
			t.Errorf("byteaDefault(%s) = %s, want %s", in, got, want)
		}
	}
	if got := byteaDefault(`'\x61'`, schema.Type{Kind: schema.KindText}); got != `'\x61'` {
		t.Errorf("text default changed: %s", got)
	}
}
