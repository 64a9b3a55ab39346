package tests

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ferrosql/ferro"
	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/migrate"
	"github.com/ferrosql/ferro/schema"
)

// Adopting a database another tool made (issue 12). testdata/adoption
// holds DDL written the way SQLAlchemy/Alembic, Django, Prisma, Rails and
// GORM write it. For each: models describing it plan nothing at the
// destructive level (columns whose live type ferro cannot read are
// reported and left alone); models describing only part of it still
// create new tables and add columns, at every level, and a second run is
// empty.

// loadCorpus runs the DDL file path on db, one statement at a time
// (statements end with ";" at the end of a line).
func loadCorpus(t testing.TB, db *sql.DB, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var stmt strings.Builder
	for line := range strings.SplitSeq(string(b), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "--") {
			continue
		}
		stmt.WriteString(line)
		stmt.WriteByte('\n')
		if strings.HasSuffix(strings.TrimSpace(line), ";") {
			if _, err := db.Exec(stmt.String()); err != nil {
				t.Fatalf("%s: %s: %v", path, stmt.String(), err)
			}
			stmt.Reset()
		}
	}
}

// saMood is SQLAlchemy's Enum("happy", "sad", "ok", name="mood"): a Go
// string enum mapped to the native enum type mood.
type saMood string

func (saMood) Values() []string { return []string{"happy", "sad", "ok"} }
func (saMood) EnumType() string { return "mood" }

// prRole is Prisma's `enum Role { USER ADMIN }`, an integer enum whose
// String() names are the labels of the native type "Role".
type prRole int8

const (
	prRoleUser prRole = iota
	prRoleAdmin
)

func (prRole) Values() []prRole { return []prRole{prRoleUser, prRoleAdmin} }
func (prRole) EnumType() string { return "Role" }
func (r prRole) String() string { return [...]string{"USER", "ADMIN"}[r] }

// SQLAlchemy / Alembic on PostgreSQL.
type saUser struct {
	ID        int32     `ferro:"id,pk"`
	Name      string    `ferro:"name,type=varchar(50)"`
	Email     string    `ferro:"email,type=varchar"`
	Mood      *saMood   `ferro:"mood"`
	Prefs     []byte    `ferro:"prefs,type=jsontext,nullable"`
	CreatedAt time.Time `ferro:"created_at,type=timestamp,default=now()"`
}

func (saUser) TableName() string { return "users" }

type saAddress struct {
	ID      int32   `ferro:"id,pk"`
	UserID  int32   `ferro:"user_id,fk=users.id"`
	Street  *string `ferro:"street,type=varchar"`
	Country string  `ferro:"country,type=char(2)"`
}

func (saAddress) TableName() string { return "addresses" }

// Part of users: the enum column, a new column.
type saUserPart struct {
	ID       int32   `ferro:"id,pk"`
	Mood     *saMood `ferro:"mood"`
	Nickname *string `ferro:"nickname"`
}

func (saUserPart) TableName() string { return "users" }

// Django on PostgreSQL.
type djQuestion struct {
	ID           int64           `ferro:"id,pk"`
	QuestionText string          `ferro:"question_text,type=varchar(200)"`
	PubDate      time.Time       `ferro:"pub_date"`
	Meta         json.RawMessage `ferro:"meta"`
}

func (djQuestion) TableName() string { return "polls_question" }

type djChoice struct {
	ID         int64  `ferro:"id,pk"`
	ChoiceText string `ferro:"choice_text,type=varchar(200)"`
	Votes      int32  `ferro:"votes"`
	QuestionID int64  `ferro:"question_id"`
}

func (djChoice) TableName() string { return "polls_choice" }

type djChoicePart struct {
	ID    int64 `ferro:"id,pk"`
	Votes int32 `ferro:"votes"`
	Rank  int32 `ferro:"rank,default=0"`
}

func (djChoicePart) TableName() string { return "polls_choice" }

// Prisma on PostgreSQL.
type prUser struct {
	ID        int32     `ferro:"id,pk"`
	Email     string    `ferro:"email,unique"`
	Name      *string   `ferro:"name"`
	Role      prRole    `ferro:"role,default='USER'"`
	Tags      []string  `ferro:"tags,type=text[],nullable"`
	CreatedAt time.Time `ferro:"createdAt,type=timestamp(3),default=CURRENT_TIMESTAMP"`
}

func (prUser) TableName() string { return "User" }

type prUserPart struct {
	ID   int32      `ferro:"id,pk"`
	Role prRole     `ferro:"role,default='USER'"`
	Bio  *string    `ferro:"bio"`
	Seen *time.Time `ferro:"seen"`
}

func (prUserPart) TableName() string { return "User" }

// Rails on SQLite.
type rlArticle struct {
	ID        int64     `ferro:"id,pk"`
	Title     *string   `ferro:"title,type=varchar"`
	Body      *string   `ferro:"body"`
	Published *bool     `ferro:"published,default=0"`
	CreatedAt time.Time `ferro:"created_at,type=timestamp"`
	UpdatedAt time.Time `ferro:"updated_at,type=timestamp"`
}

func (rlArticle) TableName() string { return "articles" }

type rlSchemaMigration struct {
	Version string `ferro:"version,pk,type=varchar"`
}

func (rlSchemaMigration) TableName() string { return "schema_migrations" }

type rlArticlePart struct {
	ID    int64   `ferro:"id,pk"`
	Title *string `ferro:"title"`
	Slug  *string `ferro:"slug"`
}

func (rlArticlePart) TableName() string { return "articles" }

// Rails on PostgreSQL: t.enum of a create_enum type.
type rlStatus string

func (rlStatus) Values() []string { return []string{"draft", "published", "archived"} }
func (rlStatus) EnumType() string { return "article_status" }

type rlpArticle struct {
	ID     int64    `ferro:"id,pk"`
	Title  *string  `ferro:"title,type=varchar"`
	Status rlStatus `ferro:"status,default='draft',index"`
}

func (rlpArticle) TableName() string { return "articles" }

type rlpArticlePart struct {
	ID     int64    `ferro:"id,pk"`
	Status rlStatus `ferro:"status,default='draft'"`
	Slug   *string  `ferro:"slug"`
}

func (rlpArticlePart) TableName() string { return "articles" }

// Django on SQLite.
type djItem struct {
	ID     int64     `ferro:"id,pk"`
	Name   string    `ferro:"name,type=varchar(100)"`
	Token  string    `ferro:"token,type=char(32),unique"`
	Price  string    `ferro:"price,type=numeric"`
	Active bool      `ferro:"active"`
	Added  time.Time `ferro:"added,type=timestamp"`
	Photo  []byte    `ferro:"photo,nullable"`
}

func (djItem) TableName() string { return "shop_item" }

type djItemPart struct {
	ID    int64   `ferro:"id,pk"`
	Token string  `ferro:"token"`
	Price string  `ferro:"price,type=numeric"` // read as numeric (declared decimal): described so
	Note  *string `ferro:"note"`
}

func (djItemPart) TableName() string { return "shop_item" }

// GORM on SQLite.
type gmProduct struct {
	ID        int64      `ferro:"id,pk"`
	CreatedAt *time.Time `ferro:"created_at,type=timestamp"`
	UpdatedAt *time.Time `ferro:"updated_at,type=timestamp"`
	DeletedAt *time.Time `ferro:"deleted_at,type=timestamp,index"`
	Code      *string    `ferro:"code"`
	Price     *int64     `ferro:"price"`
	Weight    *float32   `ferro:"weight"`
	Available *bool      `ferro:"available"`
}

func (gmProduct) TableName() string { return "products" }

type gmProductPart struct {
	ID   int64   `ferro:"id,pk"`
	Code *string `ferro:"code"`
	SKU  *string `ferro:"sku"`
}

func (gmProductPart) TableName() string { return "products" }

// A table none of the tools made.
type adoptNew struct {
	ID   int64  `ferro:"id,pk"`
	Note string `ferro:"note"`
}

func (adoptNew) TableName() string { return "adopt_new" }

func TestMigrate_adoptCorpus(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		file   string
		full   []any
		part   []any
		added  []string // "table.column" the partial models add
		unread []string // "table.column" reported by the full models
	}{
		{file: "sqlalchemy.postgres.sql", full: []any{saUser{}, saAddress{}}, part: []any{saUserPart{}},
			added: []string{"users.nickname"}},
		{file: "django.postgres.sql", full: []any{djQuestion{}, djChoice{}}, part: []any{djChoicePart{}},
			added: []string{"polls_choice.rank"}},
		{file: "prisma.postgres.sql", full: []any{prUser{}}, part: []any{prUserPart{}},
			added: []string{"User.bio", "User.seen"}},
		{file: "rails.postgres.sql", full: []any{rlpArticle{}}, part: []any{rlpArticlePart{}},
			added: []string{"articles.slug"}},
		{file: "rails.sqlite.sql", full: []any{rlArticle{}, rlSchemaMigration{}}, part: []any{rlArticlePart{}},
			added: []string{"articles.slug"}},
		{file: "django.sqlite.sql", full: []any{djItem{}}, part: []any{djItemPart{}},
			added: []string{"shop_item.note"}},
		{file: "gorm.sqlite.sql", full: []any{gmProduct{}}, part: []any{gmProductPart{}},
			added: []string{"products.sku"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			open := func(t *testing.T) *sql.DB {
				var e testdb.Engine
				if strings.Contains(tc.file, ".postgres.") {
					e = testdb.Postgres(t)
				} else {
					e = testdb.SQLite(t)
				}
				db := testdb.Open(t, e.FerroDriver, e.DSN)
				loadCorpus(t, db, "testdata/adoption/"+tc.file)
				return db
			}
			t.Run("full models plan nothing", func(t *testing.T) {
				db := open(t)
				p, err := migrate.NewPlan(ctx, db, tc.full, migrate.AllowDestructive())
				if err != nil {
					t.Fatal(err)
				}
				if !p.Empty() || len(p.Residue().Pending) > 0 || len(p.Residue().Deferred) > 0 {
					t.Fatalf("plan is not empty:\n%s", p)
				}
				var unread []string
				for _, u := range p.Residue().Unknown {
					unread = append(unread, u.Table+"."+u.Column)
					if !strings.Contains(p.String(), u.String()) {
						t.Errorf("plan does not report %s:\n%s", u, p)
					}
				}
				if !slices.Equal(unread, tc.unread) {
					t.Errorf("unknown columns %q, want %q\n%s", unread, tc.unread, p)
				}
				if len(unread) > 0 {
					_, err := migrate.NewPlan(ctx, db, tc.full, migrate.AllowDestructive(), migrate.RequireComplete())
					if !errors.Is(err, migrate.ErrPending) || !strings.Contains(err.Error(), p.Residue().Unknown[0].String()) {
						t.Errorf("RequireComplete with columns it cannot compare: %v", err)
					}
				}
			})
			t.Run("partial models create and add", func(t *testing.T) {
				db := open(t)
				before, err := catalog.Inspect(ctx, db)
				if err != nil {
					t.Fatal(err)
				}
				models := append([]any{adoptNew{}}, tc.part...)
				// The default level creates the new table; nothing about
				// the existing ones blocks it.
				if err := ferro.Migrate(db, models); err != nil {
					t.Fatal(err)
				}
				if _, err := db.Exec(`INSERT INTO adopt_new (note) VALUES ('x')`); err != nil {
					t.Fatal(err)
				}
				if err := ferro.Migrate(db, models, migrate.AllowUpdates()); err != nil {
					t.Fatal(err)
				}
				for _, tc := range tc.added {
					table, col, _ := strings.Cut(tc, ".")
					if _, err := db.Exec(`SELECT "` + col + `" FROM "` + table + `"`); err != nil {
						t.Errorf("column %s was not added: %v", tc, err)
					}
				}
				p, err := migrate.NewPlan(ctx, db, models, migrate.AllowUpdates())
				if err != nil {
					t.Fatal(err)
				}
				if !p.Empty() {
					t.Fatalf("second run is not empty:\n%s", p)
				}
				// Columns of unknown type are left exactly as they were.
				after, err := catalog.Inspect(ctx, db)
				if err != nil {
					t.Fatal(err)
				}
				for _, bt := range before.Tables {
					at, _ := after.Table(bt.Name)
					for _, bc := range bt.Columns {
						if bc.Type.Kind != schema.KindUnknown {
							continue
						}
						if ac, ok := at.Column(bc.Name); !ok || ac.Type != bc.Type || ac.Nullable != bc.Nullable || ac.Default != bc.Default || ac.Extra != bc.Extra {
							t.Errorf("%s.%s changed: %+v -> %+v", bt.Name, bc.Name, bc, ac)
						}
					}
				}
			})
		})
	}
}

type legacyKeyed struct {
	ID int64 `ferro:"id,pk"`
	A  int32 `ferro:"a"`
	B  int32 `ferro:"b"`
}

func (legacyKeyed) TableName() string { return "legacy" }

// Regression (issue 12): a problem in an existing table (here a primary key
// the models would change; before, also a type ferro cannot read) refused
// every plan, even one at the create level that only creates an unrelated
// table. Now it refuses only the levels whose changes it concerns, is
// listed by Plan.Deferred below them, and fails RequireComplete.
func TestMigrate_createLevelNotBlockedByExistingTables(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		db := testdb.Open(t, e.FerroDriver, e.DSN)
		if _, err := db.Exec(`CREATE TABLE legacy (id bigint NOT NULL, a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b))`); err != nil {
			t.Fatal(err)
		}
		models := []any{legacyKeyed{}, adoptNew{}}
		p, err := migrate.NewPlan(ctx, db, models)
		if err != nil {
			t.Fatal(err)
		}
		want := "legacy: primary key (a, b) would change to (id); ferro never changes primary keys"
		if d := p.Residue().Deferred; len(d) != 1 || !strings.HasPrefix(d[0].String(), want) || !strings.Contains(p.String(), want) {
			t.Fatalf("deferred %q, want one starting %q\n%s", d, want, p)
		}
		if _, err := migrate.NewPlan(ctx, db, models, migrate.RequireComplete()); !errors.Is(err, migrate.ErrPending) || !strings.Contains(err.Error(), want) {
			t.Fatalf("RequireComplete: %v", err)
		}
		if _, err := migrate.NewPlan(ctx, db, models, migrate.AllowUpdates()); !errors.Is(err, migrate.ErrRefused) || !strings.Contains(err.Error(), want) {
			t.Fatalf("updates level: %v", err)
		}
		if err := ferro.Migrate(db, models); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO adopt_new (note) VALUES ('x')`); err != nil {
			t.Fatal(err)
		}
	})
}

type stamp1 struct {
	ID int64     `ferro:"id,pk"`
	At time.Time `ferro:"at,type=timestamp"`
}

func (stamp1) TableName() string { return "stamp" }

type stamp2 struct {
	ID int64     `ferro:"id,pk"`
	At time.Time `ferro:"at"`
}

func (stamp2) TableName() string { return "stamp" }

// timestamp <-> timestamptz assumes nothing (issue 12 item 5): the
// change is refused until migrate.NaiveTimeZone names the zone naive
// values are in, whatever the session's zone; then the plan says it and
// the values are converted in that zone, both ways.
func TestMigrate_naiveTimeZone(t *testing.T) {
	t.Parallel()
	e := testdb.Postgres(t)
	ctx := context.Background()
	db, _ := openTracedPostgres(t, e, map[string]string{"TimeZone": "UTC"})
	if err := ferro.Migrate(db, []any{stamp1{}}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO stamp (at) VALUES ('2020-01-01 12:00:00')`); err != nil {
		t.Fatal(err)
	}
	_, err := migrate.NewPlan(ctx, db, []any{stamp2{}}, migrate.AllowUpdates())
	if !errors.Is(err, migrate.ErrRefused) || !strings.Contains(err.Error(), "stamp.at: changing the type from timestamp to timestamptz reads every naive value as a wall-clock time of some time zone; name it with migrate.NaiveTimeZone") {
		t.Fatalf("without a zone: %v", err)
	}
	zone := migrate.NaiveTimeZone("Europe/Paris")
	p, err := migrate.NewPlan(ctx, db, []any{stamp2{}}, migrate.AllowUpdates(), zone)
	if err != nil {
		t.Fatal(err)
	}
	if want := "~ type stamp.at timestamp -> timestamptz (naive values are wall-clock times of time zone Europe/Paris)"; !strings.Contains(p.String(), want) {
		t.Fatalf("plan does not say %q:\n%s", want, p)
	}
	if err := p.Apply(ctx, db); err != nil {
		t.Fatal(err)
	}
	var utc string
	db.QueryRow(`SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM stamp`).Scan(&utc)
	if utc != "2020-01-01 11:00" {
		t.Errorf("12:00 in Paris is %s UTC, want 2020-01-01 11:00", utc)
	}
	if err := ferro.Migrate(db, []any{stamp1{}}, migrate.AllowUpdates(), zone); err != nil {
		t.Fatal(err)
	}
	var naive string
	db.QueryRow(`SELECT to_char(at, 'YYYY-MM-DD HH24:MI') FROM stamp`).Scan(&naive)
	if naive != "2020-01-01 12:00" {
		t.Errorf("back to timestamp: %s, want 2020-01-01 12:00", naive)
	}
}
