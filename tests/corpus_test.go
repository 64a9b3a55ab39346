package tests

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/internal/testdb"
)

// The adoption corpus (issue 17): databases that other tools and projects
// made, one file per database per engine in testdata/corpus, each the
// dump of a database that the tool itself built (Django's migrate, Rails'
// and Redmine's migrations, GORM's AutoMigrate, pg_partman, pdnsutil) or
// that a schema file shipped by a Debian package built, as that
// package's installer runs it. testdata/corpus/generate.sh rebuilds them
// from the package registries; README.md there says what each covers.

// corpusDB is one corpus file and what loading it must give.
type corpusDB struct {
	file string // in testdata/corpus: <name>.<sqlite|postgres>.sql
	want schemaCounts
}

func (c corpusDB) engine() string { return strings.Split(c.file, ".")[1] }

// corpus lists every file of testdata/corpus; TestCorpus_Load fails when a
// file is missing here or there. The counts were read with psql and the
// sqlite3 shell, not through this loader, from the databases the files
// make (README.md). PostgreSQL's tables count each partition; its indexes
// include those behind keys and partitions' own; SQLite's include
// sqlite_autoindex_*.
var corpus = []corpusDB{
	{"django.postgres.sql", schemaCounts{tables: 14, fks: 12, idx: 45, rows: 90}},
	{"django.sqlite.sql", schemaCounts{tables: 14, fks: 12, idx: 26, rows: 90}},
	{"gorm.postgres.sql", schemaCounts{tables: 14, fks: 13, idx: 22, views: 1, rows: 22}},
	{"gorm.sqlite.sql", schemaCounts{tables: 14, fks: 13, idx: 12, views: 1, rows: 22}},
	{"mediawiki.postgres.sql", schemaCounts{tables: 58, fks: 0, idx: 187, rows: 16}},
	{"mediawiki.sqlite.sql", schemaCounts{tables: 58, fks: 0, idx: 161, rows: 16}},
	{"partman.postgres.sql", schemaCounts{tables: 14, fks: 2, idx: 22, rows: 10}},
	{"powerdns.postgres.sql", schemaCounts{tables: 7, fks: 4, idx: 19, rows: 13}},
	{"powerdns.sqlite.sql", schemaCounts{tables: 7, fks: 4, idx: 11, rows: 13}},
	{"rails.postgres.sql", schemaCounts{tables: 12, fks: 5, idx: 24, rows: 25}},
	{"rails.sqlite.sql", schemaCounts{tables: 12, fks: 5, idx: 15, rows: 25}},
	{"redmine.postgres.sql", schemaCounts{tables: 54, fks: 0, idx: 157, rows: 482}},
	{"redmine.sqlite.sql", schemaCounts{tables: 54, fks: 0, idx: 114, rows: 482}},
	{"roundcube.postgres.sql", schemaCounts{tables: 17, fks: 14, idx: 33, rows: 15}},
	{"roundcube.sqlite.sql", schemaCounts{tables: 17, fks: 14, idx: 25, rows: 15}},
}

// loadCorpusDB loads c into a fresh database of its engine (SQLite: a new
// file; PostgreSQL: a new schema, see testdb.Postgres) through the raw
// driver.
func loadCorpusDB(t testing.TB, c corpusDB) testdb.Engine {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "corpus", c.file))
	if err != nil {
		t.Fatal(err)
	}
	var e testdb.Engine
	switch c.engine() {
	case "sqlite":
		e = testdb.SQLite(t)
	case "postgres":
		e = testdb.Postgres(t)
	default:
		t.Fatalf("%s: unknown engine %q (name files <name>.<sqlite|postgres>.sql)", c.file, c.engine())
	}
	loadSQL(t, e, c.file, string(b))
	return e
}

// TestCorpus_Load loads every corpus file into a database of its own and
// checks the tables, foreign keys, indexes, views and rows the engine then
// holds.
func TestCorpus_Load(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.sql"))
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, c := range corpus {
		listed[c.file] = true
	}
	for _, f := range files {
		if !listed[filepath.Base(f)] {
			t.Errorf("testdata/corpus/%s is not listed in corpus: add it with its counts", filepath.Base(f))
		}
		delete(listed, filepath.Base(f))
	}
	for f := range listed {
		t.Errorf("corpus lists %s, which is not in testdata/corpus", f)
	}
	for _, c := range corpus {
		t.Run(c.file, func(t *testing.T) {
			t.Parallel()
			e := loadCorpusDB(t, c)
			if got := countSchema(t, e); got != c.want {
				t.Errorf("loaded %s: got %+v, want %+v", c.file, got, c.want)
			}
		})
	}
}
