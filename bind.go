package ferro

import (
	"database/sql/driver"
	"errors"
	"strconv"

	"github.com/ferrosql/ferro/coerce"
)

// bind applies ferro's write-side conversion (internal/bind, with the
// engine's forms) to nv: enum values are checked, decimals bound as exact
// text, maps and structs as JSON text and, where the engine stores them as
// text (SQLite), times, UUIDs and slices written in one canonical text
// form. Values coerce does not canonicalise are left to the inner driver,
// and so is a map or struct whose Go type the inner driver has a codec for
// on this connection (on PostgreSQL, a type the application registered in
// pgx's type map, e.g. for a composite type): it is not written as JSON.
// An error is a *coerce.Error naming the argument (nv's name, or its
// position from 1).
func (c *conn) bind(nv *driver.NamedValue) error {
	if c.c.driverTime && leaveTimeToDriver(nv.Value) {
		return nil
	}
	out, ok, err := c.c.eng.forms.BindNative(nv.Value, c.native)
	if err != nil {
		var ce *coerce.Error
		if errors.As(err, &ce) {
			ce.Arg = nv.Name
			if ce.Arg == "" {
				ce.Arg = strconv.Itoa(nv.Ordinal)
			}
		}
		return err
	}
	if ok {
		nv.Value = out
	}
	return nil
}
