package coerce

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParsePGArray(t *testing.T) {
	t.Parallel()
	s := func(v string) *string { return &v }
	for _, tc := range []struct {
		in   string
		want []*string
		err  string
	}{
		{in: "{}", want: []*string{}},
		{in: "{a,b}", want: []*string{s("a"), s("b")}},
		{in: `{"a,b","x \"y\" \\z",NULL,"NULL",""}`, want: []*string{s("a,b"), s(`x "y" \z`), nil, s("NULL"), s("")}},
		{in: "{1,-2}", want: []*string{s("1"), s("-2")}},
		{in: "{{1,2},{3,4}}", err: "nested"},
		{in: "[0:1]={1,2}", err: "want {...}"},
		{in: `{"a}`, err: "unterminated quote"},
		{in: `{"a"b}`, err: "want , between"},
		{in: "", err: "want {...}"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := parsePGArrayText(tc.in)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("parsePGArray(%q) = %v, %v; want an error with %q", tc.in, got, err, tc.err)
				}
				return
			}
			if err != nil || !slices.EqualFunc(got, tc.want, func(a, b *string) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }) {
				t.Fatalf("parsePGArray(%q) = %v, %v", tc.in, got, err)
			}
		})
	}
}

// pgArrayLiteral writes elems as PostgreSQL writes a text[] value, every
// element quoted.
func pgArrayLiteral(elems []string) string {
	var b strings.Builder
	b.WriteByte('{')
	for i, e := range elems {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(e) + `"`)
	}
	return b.String() + "}"
}

func FuzzParsePGArray(f *testing.F) {
	for _, s := range []string{"{}", "{a,b}", `{"a\"b",NULL}`, "{{1}}", `{"`} {
		f.Add(s, "x", "y")
	}
	f.Fuzz(func(t *testing.T, lit, a, b string) {
		parsePGArrayText(lit) // never panics
		got, err := parsePGArrayText(pgArrayLiteral([]string{a, b}))
		if err != nil || len(got) != 2 || got[0] == nil || *got[0] != a || got[1] == nil || *got[1] != b {
			t.Fatalf("round trip of %q, %q: %v, %v", a, b, got, err)
		}
	})
}

type arrayMood string

func (arrayMood) Values() []string { return []string{"ok", "sad"} }

// The elements of an array go through their type's rule in both forms:
// enum members are checked, times come back in UTC, NULL needs a pointer.
func TestArrayDecoder(t *testing.T) {
	t.Parallel()
	var moods []arrayMood
	for _, src := range []string{`{ok,sad}`, `["ok","sad"]`} {
		if err := Into(&moods).Scan(src); err != nil || !slices.Equal(moods, []arrayMood{"ok", "sad"}) {
			t.Fatalf("%s: %v, %v", src, moods, err)
		}
	}
	for _, src := range []string{`{ok,happy}`, `["ok","happy"]`} {
		if err := Into(&moods).Scan(src); !errors.Is(err, ErrNotMember) || !strings.Contains(err.Error(), "element 2 of the array (happy)") {
			t.Errorf("%s: %v", src, err)
		}
	}
	var times []time.Time
	if err := Into(&times).Scan(`["2020-01-02T03:04:05+02:00"]`); err != nil || len(times) != 1 || times[0].Location() != time.UTC || times[0].Hour() != 1 {
		t.Fatalf("times %v, %v", times, err)
	}
	var nums []int64
	if err := Into(&nums).Scan(`[1,-9223372036854775808]`); err != nil || !slices.Equal(nums, []int64{1, -9223372036854775808}) {
		t.Fatalf("nums %v, %v", nums, err)
	}
	if err := Into(&nums).Scan(`[1,null]`); !errors.Is(err, ErrNull) {
		t.Errorf("null element: %v", err)
	}
	if err := Into(&nums).Scan(`[[1]]`); !errors.Is(err, ErrConvert) || !strings.Contains(err.Error(), "is a JSON array, not a value") {
		t.Errorf("nested: %v", err)
	}
	if err := Into(&nums).Scan(nil); err != nil || nums != nil {
		t.Errorf("NULL: %v, %v", nums, err)
	}
}

// Regression (issue 12): text in an array column that is not an array
// (another program wrote it on SQLite) is an error, never an empty slice.
func TestArrayDecoder_notAnArray(t *testing.T) {
	t.Parallel()
	var tags []string
	for _, src := range []any{"abc", "", "null", int64(1)} {
		if err := Into(&tags).Scan(src); !errors.Is(err, ErrConvert) {
			t.Errorf("%v: %v", src, err)
		}
	}
}
