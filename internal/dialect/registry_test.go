package dialect_test

import (
	"database/sql"
	"testing"

	"github.com/ferrosql/ferro/internal/dialect"
	_ "github.com/ferrosql/ferro/internal/dialect/all"
	"github.com/ferrosql/ferro/schema"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"
)

// Engine identity lives in the registry: every engine names itself the
// same way in each of its parts, and is found from its raw driver.
func TestRegistry(t *testing.T) {
	t.Parallel()
	var names []schema.Dialect
	for _, e := range dialect.Engines() {
		names = append(names, e.Name)
		if e.Catalog.Name() != e.Name || e.Migrator.Name() != e.Name || e.Migrator.Catalog().Name() != e.Name {
			t.Errorf("engine %s: parts disagree on the name", e.Name)
		}
		if got, ok := dialect.Lookup(e.Name); !ok || got != e {
			t.Errorf("Lookup(%s)", e.Name)
		}
	}
	if len(names) != 2 {
		t.Fatalf("engines = %q", names)
	}
	// catalog.Detect probes an engine whose failed statement aborts the
	// transaction before any other, and every engine has a probe.
	seenOther := false
	for _, e := range dialect.Probes() {
		if e.Probe == "" || (e.ProbeFirst && seenOther) {
			t.Errorf("Probes: %s out of order or without a probe", e.Name)
		}
		seenOther = seenOther || !e.ProbeFirst
	}
	for raw, want := range map[string]schema.Dialect{"sqlite": schema.SQLite, "pgx": schema.Postgres} {
		db, err := sql.Open(raw, "")
		if err != nil {
			t.Fatal(err)
		}
		e, ok := dialect.ForDriver(db.Driver())
		if !ok || e.Name != want {
			t.Errorf("ForDriver(%s) = %v, %v", raw, e, ok)
		}
		db.Close()
	}
	if _, ok := dialect.Lookup("mysql"); ok {
		t.Fatal("Lookup of an unknown engine")
	}
	defer func() {
		if recover() == nil {
			t.Fatal("a second registration of a name must panic")
		}
	}()
	dialect.Register(&dialect.Engine{Name: "sqlite"})
}
