package ferro

import "database/sql"

// ListenerHandled returns how many notifications db's listener has acted
// on, its own pool's included; 0 when db does not listen.
func ListenerHandled(db *sql.DB) uint64 {
	d, ok := db.Driver().(*connectorDriver)
	if !ok || d.c.lst == nil {
		return 0
	}
	return d.c.lst.handled.Load()
}
