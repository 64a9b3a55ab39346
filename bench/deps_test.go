package bench

import (
	_ "github.com/ferrosql/ferro/internal/testdb"
	_ "github.com/georgysavva/scany/v2/sqlscan"
	_ "github.com/glebarez/sqlite"
	_ "github.com/jmoiron/sqlx"
	_ "gorm.io/driver/postgres"
	_ "gorm.io/gorm"
)
