package schema

import (
	"errors"
	"testing"
)

func TestParseType(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in, want string
		err      string
	}{
		{"text", "text", ""},
		{" VARCHAR( 32 ) ", "varchar(32)", ""},
		{"numeric(12, 2)", "numeric(12,2)", ""},
		{"numeric(7)", "numeric(7,0)", ""},
		{"numeric", "numeric", ""},
		{"unknown(citext)", "unknown(citext)", ""},
		{"varchar", "varchar", ""},
		{"CHAR(32)", "char(32)", ""},
		{"char", "", "char needs a length"},
		{"char(0)", "", "length must be"},
		{"varchar(0)", "", "length must be"},
		{"numeric(3,4)", "", "scale must be"},
		{"int(4)", "", "takes no parameters"},
		{"integer", "", "not in the vocabulary"},
		{"varchar(3", "", "missing ')'"},
		{"timestamp(3)", "timestamp(3)", ""}, {"timestamp(6)", "timestamp", ""}, {"TIME( 0 )", "time(0)", ""},
		{"timestamptz(7)", "", "p 0..6"}, {"timestamp(1,2)", "", "p 0..6"},
		{"jsontext", "jsontext", ""}, {"text[]", "text[]", ""}, {"varchar(20)[]", "varchar(20)[]", ""},
		{"timestamptz(3)[]", "timestamptz(3)[]", ""}, {"text[][]", "", "one dimension"}, {"unknown(x)[]", "", "one dimension"},
		{"numeric(12,2) declared DECIMAL(12,2)", "numeric(12,2) declared DECIMAL(12,2)", ""},
		{"text declared CLOB", "", "only numeric"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseType(tc.in)
			if tc.err != "" {
				var te *TypeError
				if !errors.As(err, &te) || !contains(err.Error(), tc.err) {
					t.Fatalf("ParseType(%q) = %v, %v; want an error with %q", tc.in, got, err, tc.err)
				}
				return
			}
			if err != nil || got.String() != tc.want {
				t.Fatalf("ParseType(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
			}
			again, err := ParseType(got.String())
			if err != nil || again != got {
				t.Fatalf("round trip of %s: %v, %v", got, again, err)
			}
		})
	}
}

func TestKind_String(t *testing.T) {
	t.Parallel()
	if KindBigint.String() != "bigint" || !KindSmallint.IsInteger() || KindDouble.IsInteger() || Kind(200).String() != "kind(200)" {
		t.Fatal("kind names or IsInteger wrong")
	}
	if Unknown("x") == Unknown("y") || (Type{Kind: KindText}).Equal(Unknown("text")) {
		t.Fatal("unknown types must equal only the same spelling")
	}
}

func FuzzParseType(f *testing.F) {
	for _, s := range []string{"text", "varchar(3)", "numeric(1,0)", "unknown(x)", "numeric(", "BIGINT", "time(3)[]", "numeric declared x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseType(s)
		if err != nil {
			return
		}
		again, err := ParseType(got.String())
		if err != nil || again != got {
			t.Fatalf("ParseType(%q) = %v; reparse = %v, %v", s, got, again, err)
		}
	})
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
