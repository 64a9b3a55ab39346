package bench

// GORM's pure-Go SQLite dialector (github.com/glebarez/sqlite) registers the
// database/sql driver name "sqlite", as modernc.org/sqlite does, so it lives
// in its own test binary: see migratebench/gormsqlite.
import (
	_ "github.com/georgysavva/scany/v2/sqlscan"
	_ "github.com/jmoiron/sqlx"
	_ "gorm.io/driver/postgres"
	_ "gorm.io/gorm"
)
