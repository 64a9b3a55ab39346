package catalog_test

import (
	"testing"

	"github.com/ferrosql/ferro/schema"
)

// The package doc promises that unknown(<live spelling>) "never equals a
// known type" (issue 13 item 10: every "never" has a test): not even when
// the spelling is the known type's own.
func TestUnknown_neverEqualsAKnownType(t *testing.T) {
	t.Parallel()
	for k := schema.KindText; k <= schema.KindJSON; k++ {
		known := schema.Type{Kind: k}
		for _, spelling := range []string{known.String(), k.String(), ""} {
			if u := schema.Unknown(spelling); u == known || u.Equal(known) {
				t.Errorf("Unknown(%q) equals %s", spelling, known)
			}
		}
	}
}
