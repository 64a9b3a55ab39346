package tests

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/stdlib"

	"github.com/ferrosql/ferro/internal/testdb"
)

// Loading SQL files that other tools wrote (pg_dump, Rails'
// structure.sql, sqlite3 .dump, Prisma migrations, sample databases) into
// a test's own database, as their tools or psql would, and counting what
// the engine then holds. The adoption corpus (issue 17) is loaded this way.

// schemaCounts is what countSchema reads back from a database, from the
// engine's own catalog (not ferro's).
type schemaCounts struct {
	tables int   // base tables (PostgreSQL: a partitioned table and each partition count once)
	fks    int   // foreign keys as declared (not the copies PostgreSQL makes on partitions)
	idx    int   // indexes, including those behind keys (SQLite: sqlite_autoindex_* too)
	views  int   // views (PostgreSQL: materialized views too)
	rows   int64 // rows summed over every base table (a partitioned table's rows once)
}

// loadSQL runs the SQL text on e through its raw driver, on one
// connection: on SQLite every statement in turn, on PostgreSQL as
// execPgDump does. It fails the test on the first error.
func loadSQL(t testing.TB, e testdb.Engine, name, text string) {
	t.Helper()
	db := testdb.Open(t, e.RawDriver, e.DSN)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if e.Name == "sqlite" {
		// A file of one INSERT per row and no transaction of its own would
		// wait for a sync per row: the load does not need durability.
		// modernc runs every statement of the text in turn.
		if _, err := conn.ExecContext(ctx, "PRAGMA synchronous = OFF"); err != nil {
			t.Fatal(err)
		}
		if _, err := conn.ExecContext(ctx, text); err != nil {
			t.Fatalf("load %s: %v", name, err)
		}
		return
	}
	if err := execPgDump(ctx, conn, text, e.Schema); err != nil {
		t.Fatalf("load %s: %v", name, err)
	}
}

var (
	// copyStart is the COPY statement of pg_dump's data section.
	copyStart = regexp.MustCompile(`(?m)^COPY [^\n]* FROM stdin;\n`)
	// publicSchema is the schema name public in a dump's qualified names,
	// SCHEMA clauses and search_path settings (lowercase: the role PUBLIC
	// of GRANT and REVOKE is not it).
	publicSchema = regexp.MustCompile(`\bpublic\b`)
	// createPublic is the statement pg_dump -n public writes first; the
	// schema that stands for public already exists.
	createPublic = regexp.MustCompile(`(?m)^CREATE SCHEMA public;$`)
	// psqlRestrict is a line of the psql meta-commands that pg_dump
	// 15.14 and later writes around a dump (\restrict KEY first,
	// \unrestrict KEY last): psql runs them itself, the server never sees
	// them, and they change nothing that is loaded.
	psqlRestrict = regexp.MustCompile(`(?m)^\\(un)?restrict [0-9A-Za-z]+$`)
)

// execPgDump runs a pg_dump-style SQL text on conn: the text between COPY
// blocks as one simple-protocol Exec each (several statements at once, as
// psql sends them), each COPY ... FROM stdin block through pgx's CopyFrom.
// Outside the COPY data, the schema public of the text is read as schema,
// so that a dump loads into the test's own schema (and pg_dump -n
// public's CREATE SCHEMA public finds it made), and psql's \restrict and
// \unrestrict lines are left to psql, that is, skipped.
func execPgDump(ctx context.Context, conn *sql.Conn, text, schema string) error {
	quoted := `"` + schema + `"`
	run := func(sqlText string) error {
		sqlText = psqlRestrict.ReplaceAllString(sqlText, "")
		sqlText = createPublic.ReplaceAllString(sqlText, "CREATE SCHEMA IF NOT EXISTS public;")
		if strings.TrimSpace(sqlText) == "" {
			return nil
		}
		_, err := conn.ExecContext(ctx, publicSchema.ReplaceAllString(sqlText, quoted))
		return err
	}
	for {
		loc := copyStart.FindStringIndex(text)
		if loc == nil {
			return run(text)
		}
		if err := run(text[:loc[0]]); err != nil {
			return err
		}
		stmt := publicSchema.ReplaceAllString(strings.TrimSuffix(text[loc[0]:loc[1]], ";\n"), quoted)
		rest := text[loc[1]:]
		var data string
		if strings.HasPrefix(rest, "\\.\n") {
			rest = rest[len("\\.\n"):]
		} else {
			end := strings.Index(rest, "\n\\.\n")
			if end < 0 {
				return fmt.Errorf("%s: no end of data (a line \\.)", stmt)
			}
			data, rest = rest[:end+1], rest[end+len("\n\\.\n"):]
		}
		err := conn.Raw(func(dc any) error {
			_, err := dc.(*stdlib.Conn).Conn().PgConn().CopyFrom(ctx, strings.NewReader(data), stmt)
			return err
		})
		if err != nil {
			return fmt.Errorf("%s: %w", stmt, err)
		}
		text = rest
	}
}

// countSchema counts the base tables, declared foreign keys, indexes,
// views and rows of the database e.
func countSchema(t testing.TB, e testdb.Engine) schemaCounts {
	t.Helper()
	db := testdb.Open(t, e.RawDriver, e.DSN)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var c schemaCounts
	var tablesQ, rowTablesQ, fksQ, idxQ, viewsQ string
	var args []any
	if e.Name == "sqlite" {
		tablesQ = `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'`
		rowTablesQ = `SELECT '"' || replace(name, '"', '""') || '"' FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'`
		fksQ = `SELECT count(*) FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.seq = 0`
		idxQ = `SELECT count(*) FROM sqlite_master WHERE type = 'index'`
		viewsQ = `SELECT count(*) FROM sqlite_master WHERE type = 'view'`
	} else {
		tablesQ = `SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')`
		rowTablesQ = `SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`
		fksQ = `SELECT count(*) FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace WHERE n.nspname = $1 AND k.contype = 'f' AND k.conparentid = 0`
		idxQ = `SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('i', 'I')`
		viewsQ = `SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('v', 'm')`
		args = []any{e.Schema}
	}
	for _, q := range []struct {
		sql string
		to  *int
	}{{tablesQ, &c.tables}, {fksQ, &c.fks}, {idxQ, &c.idx}, {viewsQ, &c.views}} {
		if err := db.QueryRowContext(ctx, q.sql, args...).Scan(q.to); err != nil {
			t.Fatalf("%s: %v", q.sql, err)
		}
	}
	rows, err := db.QueryContext(ctx, rowTablesQ, args...)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	if err := rows.Close(); err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		var k int64
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM `+n).Scan(&k); err != nil {
			t.Fatalf("count rows of %s: %v", n, err)
		}
		c.rows += k
	}
	return c
}

// TestLoadSQL_ToolForms pins what the loader must do with the forms other
// tools write: on PostgreSQL pg_dump's (psql's \restrict and \unrestrict
// around it, CREATE SCHEMA public of -n public, search_path emptied, names
// qualified with public, a dollar-quoted function, COPY blocks with NULLs,
// tabs and no rows, a partitioned table, constraints after the data, SET
// search_path back to public before more rows, as Rails' structure.sql
// ends); on SQLite sqlite3 .dump's (a transaction of its own, a trigger
// with a body of statements).
func TestLoadSQL_ToolForms(t *testing.T) {
	pg := `\restrict Ab0Cd1Ef2
SET statement_timeout = 0;
CREATE SCHEMA public;
COMMENT ON SCHEMA public IS 'standard public schema';
SELECT pg_catalog.set_config('search_path', '', false);
CREATE FUNCTION public.touched() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.note = NEW.note || ';';
    RETURN NEW;
END;
$$;
CREATE TABLE public.owner (
    id integer NOT NULL,
    name text
);
CREATE TABLE public.pet (
    id integer NOT NULL,
    owner_id integer,
    note text
);
CREATE TABLE public.visit (
    id integer NOT NULL,
    at date NOT NULL
)
PARTITION BY RANGE (at);
CREATE TABLE public.visit_2024 (
    id integer NOT NULL,
    at date NOT NULL
);
CREATE VIEW public.owner_names AS
 SELECT owner.name
   FROM public.owner;
ALTER TABLE ONLY public.visit ATTACH PARTITION public.visit_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
COPY public.owner (id, name) FROM stdin;
1	Ada
2	\N
\.
COPY public.pet (id, owner_id, note) FROM stdin;
\.
COPY public.visit_2024 (id, at) FROM stdin;
1	2024-03-01
\.
ALTER TABLE ONLY public.owner
    ADD CONSTRAINT owner_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.pet
    ADD CONSTRAINT pet_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.pet
    ADD CONSTRAINT fk_rails_0123456789 FOREIGN KEY (owner_id) REFERENCES public.owner(id);
CREATE TRIGGER touched BEFORE INSERT ON public.pet FOR EACH ROW EXECUTE FUNCTION public.touched();
SET search_path TO "$user", public;
INSERT INTO pet (id, owner_id, note) VALUES (1, 1, 'tab	and ;');
\unrestrict Ab0Cd1Ef2
`
	sqlite := `PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "owner" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(40) NOT NULL UNIQUE);
INSERT INTO owner VALUES(1,'Ada');
CREATE TABLE pet (id INTEGER NOT NULL, owner_id INT, note TEXT, PRIMARY KEY (id), CONSTRAINT fk_pet_owner FOREIGN KEY (owner_id) REFERENCES owner (id));
CREATE TRIGGER pet_ai AFTER INSERT ON pet
 BEGIN
  UPDATE pet SET note = note || ';' WHERE rowid = new.rowid;
 END;
INSERT INTO pet VALUES(1,1,'x');
CREATE VIEW owner_names AS SELECT name FROM owner;
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('owner',1);
COMMIT;
`
	for _, tc := range []struct {
		engine string
		text   string
		want   schemaCounts
		check  string // a query whose single text result is checked
		result string
	}{
		// owner, pet, visit, visit_2024 and a view; the pet row went through the trigger.
		{"postgres", pg, schemaCounts{tables: 4, fks: 1, idx: 2, views: 1, rows: 4}, `SELECT note FROM pet`, "tab\tand ;;"},
		// owner, pet (sqlite_sequence is the engine's); owner's UNIQUE is an autoindex.
		{"sqlite", sqlite, schemaCounts{tables: 2, fks: 1, idx: 1, views: 1, rows: 2}, `SELECT note FROM pet`, "x;"},
	} {
		t.Run(tc.engine, func(t *testing.T) {
			e := testdb.SQLite(t)
			if tc.engine == "postgres" {
				e = testdb.Postgres(t)
			}
			loadSQL(t, e, tc.engine+" dump", tc.text)
			if got := countSchema(t, e); got != tc.want {
				t.Errorf("counts: got %+v, want %+v", got, tc.want)
			}
			var got string
			if err := testdb.Open(t, e.RawDriver, e.DSN).QueryRow(tc.check).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != tc.result {
				t.Errorf("%s: got %q, want %q", tc.check, got, tc.result)
			}
		})
	}
}
