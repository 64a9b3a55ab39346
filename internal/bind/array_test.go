package bind_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/coerce"
	"github.com/ferrosql/ferro/schema"
)

type arrayMood string

func (arrayMood) Values() []string { return []string{"ok", "sad"} }

// An array column has no CHECK: Bind checks every element of a slice of
// enum values, on both engines, as it checks one enum value.
func TestBind_enumSliceMembers(t *testing.T) {
	t.Parallel()
	for _, d := range []schema.Dialect{schema.SQLite, schema.Postgres} {
		if _, _, err := forms(d).Bind([]arrayMood{"ok", "sad"}); err != nil {
			t.Errorf("%s: members: %v", d, err)
		}
		ok := arrayMood("ok")
		bad := arrayMood("happy")
		for _, v := range []any{[]arrayMood{"ok", "happy"}, []*arrayMood{&ok, nil, &bad}} {
			if _, _, err := forms(d).Bind(v); !errors.Is(err, coerce.ErrNotMember) || !strings.Contains(err.Error(), "element") {
				t.Errorf("%s: %v: %v", d, v, err)
			}
		}
	}
}
