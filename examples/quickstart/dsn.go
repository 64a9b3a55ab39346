package main

import (
	"net/url"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // "pgx", for the side-by-side demo
)

// withSearchPath returns dsn with search_path set to schema.
func withSearchPath(dsn, schema string) string {
	if strings.Contains(dsn, "://") {
		u, err := url.Parse(dsn)
		check(err)
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return dsn + " search_path=" + schema
}
