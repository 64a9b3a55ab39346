package ferro

import "database/sql/driver"

// bind applies ferro's write-side conversion to nv.
func (c *conn) bind(nv *driver.NamedValue) error {
	return nil
}
