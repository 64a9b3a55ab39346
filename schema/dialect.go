package schema

// Dialect names a database engine ferro supports: the name its engine
// registers under, and the driver name ferro registers ("ferro-" +
// Dialect). Every package names engines with it: catalog.Detect returns
// one, catalog.Render, catalog.ForDialect and catalog.InspectDialect take
// one, and ferro.WithDialect chooses one.
type Dialect string

// The engines ferro supports.
const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)
