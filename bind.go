package ferro

import (
	"database/sql/driver"

	"github.com/ferrosql/ferro/coerce"
)

// bind applies ferro's write-side conversion (coerce.Bind) to nv: enum
// values are checked, decimals bound as exact text and, on SQLite, times
// and UUIDs written in one canonical text form. Values coerce does not
// canonicalise are left to the inner driver.
func (c *conn) bind(nv *driver.NamedValue) error {
	if c.c.driverTime && leaveTimeToDriver(nv.Value) {
		return nil
	}
	out, ok, err := coerce.Bind(c.c.eng.bindAs, nv.Value)
	if err != nil {
		return err
	}
	if ok {
		nv.Value = out
	}
	return nil
}
