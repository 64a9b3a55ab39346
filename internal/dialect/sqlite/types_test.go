package sqlite

import (
	"strings"
	"testing"

	"github.com/ferrosql/ferro/schema"
)

func TestAffinity(t *testing.T) {
	for in, want := range map[string]string{
		"INTEGER": "INTEGER", "TINYINT": "INTEGER", "POINT": "INTEGER", "VARCHAR(20)": "TEXT", "NCHAR(5)": "TEXT",
		"CLOB": "TEXT", "BLOB": "BLOB", "": "BLOB", "REAL": "REAL", "FLOAT": "REAL", "DOUBLE PRECISION": "REAL",
		"NUMERIC": "NUMERIC", "DECIMAL(10,5)": "NUMERIC", "BOOLEAN": "NUMERIC", "DATETIME": "NUMERIC", "JSON_TEXT": "TEXT",
	} {
		if got := Affinity(in); got != want {
			t.Errorf("Affinity(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestDialect_LiveTypeAdoption(t *testing.T) {
	for in, want := range map[string]string{
		"VARCHAR": "varchar", "character varying": "varchar", "CHAR(32)": "char(32)", "character(2)": "char(2)",
		"datetime(6)": "timestamp", "DATETIME": "timestamp", "datetime(3)": "timestamp(3)", "TIME(0)": "time(0)",
		"NUMERIC(10,2)": "numeric(10,2) declared NUMERIC(10,2)", "decimal(12, 2)": "numeric(12,2) declared decimal(12, 2)",
		"decimal": "numeric declared decimal", "NUMERIC": "unknown(NUMERIC)", "NUMERIC(3,4)": "unknown(NUMERIC(3,4))",
		"JSONTEXT": "jsontext", "JSON_ARRAY_TEXT": "text[]", "JSON_ARRAY_VARCHAR(20)": "varchar(20)[]",
		"JSON_ARRAY_DECIMAL_TEXT(12,2)": "numeric(12,2)[]", "JSON_ARRAY_JSON_ARRAY_TEXT": "unknown(JSON_ARRAY_JSON_ARRAY_TEXT)",
		"JSON_ARRAY_NUMERIC(3,1)": "unknown(JSON_ARRAY_NUMERIC(3,1))",
	} {
		if got := (Dialect{}).LiveType(in); got.String() != want {
			t.Errorf("LiveType(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestSameStorage(t *testing.T) {
	ty := func(s string) schema.Type {
		if live, ok := strings.CutPrefix(s, "live:"); ok {
			return (Dialect{}).LiveType(live)
		}
		if t, err := schema.ParseType(s); err == nil {
			return t
		}
		return (Dialect{}).LiveType(s)
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"text", "varchar", true}, {"text", "char(3)", true}, {"varchar", "char(3)", true},
		{"text", "NVARCHAR(40)", true}, {"varchar(5)", "CLOB", true}, {"real", "double", true},
		{"double", "DOUBLE(10,2)", true}, {"bytes", "", true},
		{"text", "varchar(5)", false}, {"varchar(5)", "varchar(6)", false}, {"char(3)", "varchar(5)", false},
		{"int", "bigint", false}, {"int", "TINYINT", false}, {"boolean", "live:NUMERIC", true}, {"boolean", "MONEY", true},
		{"boolean", "INTEGER", false}, {"boolean", "TEXT", false}, {"numeric", "live:NUMERIC", false}, {"timestamp", "live:NUMERIC", false}, {"uuid", "live:NUMERIC", false},
		{"json", "text", false}, {"numeric", "text", false}, {"timestamp", "timestamptz", false},
		{"timestamp(3)", "timestamp", true}, {"time(0)", "TIME(6)", true}, {"timestamptz(2)", "timestamp(2)", false},
		{"json", "jsontext", true}, {"numeric(12,2)", "DECIMAL(12,2)", true}, {"numeric", "decimal", true},
		{"numeric(12,2)", "NUMERIC(14,2)", false}, {"numeric", "NUMERIC(14,2)", false},
		{"text[]", "varchar[]", true}, {"int[]", "bigint[]", false}, {"text[]", "text", false}, {"timestamp(3)[]", "timestamp[]", true},
	} {
		if got := SameStorage(ty(tc.a), ty(tc.b)); got != tc.want {
			t.Errorf("SameStorage(%s, %s) = %t, want %t", tc.a, tc.b, got, tc.want)
		}
		if got := SameStorage(ty(tc.b), ty(tc.a)); got != tc.want {
			t.Errorf("SameStorage(%s, %s) = %t, want %t (not symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
}
