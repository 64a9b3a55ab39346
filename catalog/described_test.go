package catalog_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ferrosql/ferro/catalog"
	"github.com/ferrosql/ferro/internal/testdb"
	"github.com/ferrosql/ferro/schema"
)

// Models of issue 17's spellings: names and shapes beside ferro's
// defaults (the Constraints method), generated keys of every kind, keys
// of other types, deferrable keys, checks of any expression, columns of
// types outside the vocabulary, tables without a key, partitioned tables.

// DescParent has a named key and a composite unique in another order
// than its fields.
type DescParent struct {
	Code string `ferro:"code,pk"`
	Kind string `ferro:"kind"`
}

func (DescParent) TableName() string { return "desc_parent" }

func (DescParent) Constraints() schema.Constraints {
	return schema.Constraints{
		PrimaryKey: &schema.PrimaryKey{Name: "desc_parent_pkey"},
		Indexes:    []*schema.Index{{Name: "desc_parent_kind_code_key", Unique: true, Columns: []string{"kind", "code"}}},
	}
}

// DescChild has a composite key out of field order, an fk= tag that is
// deferred, a composite foreign key, two keys of one definition, a
// descending and a partial index, a check of an expression, a foreign key
// of another integer width and a key that is not generated.
type DescChild struct {
	A      int64   `ferro:"a,pk"`
	B      int64   `ferro:"b,pk"`
	Code   string  `ferro:"code,fk=desc_parent.code,initially_deferred"`
	Kind   string  `ferro:"kind"`
	Qty    int32   `ferro:"qty"`
	Note   *string `ferro:"note"`
	Parent *int32  `ferro:"parent"`
}

func (DescChild) TableName() string { return "desc_child" }

func (DescChild) Constraints() schema.Constraints {
	return schema.Constraints{
		PrimaryKey: &schema.PrimaryKey{Name: "desc_child_pk", Columns: []string{"b", "a"}},
		Indexes: []*schema.Index{
			{Name: "index_desc_child_on_qty_and_a", Columns: []string{"qty", "a"}, Desc: []bool{true, false}},
			{Name: "desc_child_note_partial", Columns: []string{"note"}, Where: "note IS NOT NULL"},
		},
		ForeignKeys: []*schema.ForeignKey{
			{Name: "desc_child_kind_code_fkey", Columns: []string{"kind", "code"}, RefTable: "desc_parent", RefColumns: []string{"code", "kind"}, OnDelete: "cascade", Deferrable: true},
			{Name: "fk_code_again", Columns: []string{"code"}, RefTable: "desc_parent", RefColumns: []string{"code"}},
			{Name: "fk_code_once_more", Columns: []string{"code"}, RefTable: "desc_parent", RefColumns: []string{"code"}},
			{Name: "desc_child_parent_fkey", Columns: []string{"parent"}, RefTable: "desc_plain", RefColumns: []string{"id"}},
		},
		Checks: []*schema.Check{{Name: "desc_child_qty_check", Expr: "qty >= 0"}},
	}
}

// DescPlain has a bigint key the database does not generate.
type DescPlain struct {
	ID   int64  `ferro:"id,pk,autoincrement=false"`
	Name string `ferro:"name"`
}

func (DescPlain) TableName() string { return "desc_plain" }

// DescKeyless is a table without a primary key.
type DescKeyless struct {
	At   int64  `ferro:"at"`
	What string `ferro:"what"`
}

func (DescKeyless) TableName() string { return "desc_keyless" }

func (DescKeyless) Constraints() schema.Constraints {
	return schema.Constraints{NoPrimaryKey: true, Indexes: []*schema.Index{{Name: "desc_keyless_at", Columns: []string{"at"}}}}
}

// DescMonotonic is a key that never gives an id twice (SQLite's
// AUTOINCREMENT; on PostgreSQL an identity, which never does anyway).
type DescMonotonic struct {
	ID   int64  `ferro:"id,pk,autoincrement=monotonic"`
	Name string `ferro:"name"`
}

func (DescMonotonic) TableName() string { return "desc_monotonic" }

func (DescMonotonic) Constraints() schema.Constraints {
	return schema.Constraints{PrimaryKey: &schema.PrimaryKey{Name: "desc_monotonic_pkey"}}
}

// SQLite: a key of nullable columns (GORM writes them), indexes with
// collated parts, columns of declared types outside the vocabulary.
type DescSQLite struct {
	Code  *string `ferro:"code,pk"`
	Lang  *string `ferro:"lang,pk"`
	Name  string  `ferro:"name"`
	Flags int64   `ferro:"flags,type=unknown(smallint unsigned)"`
	Big   *int64  `ferro:"big,type=unknown(INTEGER UNSIGNED)"`
	Body  *string `ferro:"body,type=unknown(CLOB)"`
	Price float64 `ferro:"price,type=numeric(8,2) declared decimal(8,2)"`
}

func (DescSQLite) TableName() string { return "desc_sqlite" }

func (DescSQLite) Constraints() schema.Constraints {
	return schema.Constraints{Indexes: []*schema.Index{
		{Name: "name_index", Unique: true, Columns: []string{"name", "lang"}, Collate: []string{"NOCASE", ""}},
	}}
}

// PostgreSQL: a serial int key, columns of types outside the vocabulary
// with a GIN index, a partitioned table.
type DescPostgres struct {
	ID     int32   `ferro:"id,pk,autoincrement"`
	Words  *string `ferro:"words,type=unknown(tsvector)"`
	Addr   string  `ferro:"addr,type=unknown(inet)"`
	Tagged int16   `ferro:"tagged,autoincrement"`
}

func (DescPostgres) TableName() string { return "desc_postgres" }

func (DescPostgres) Constraints() schema.Constraints {
	return schema.Constraints{
		PrimaryKey: &schema.PrimaryKey{Name: "desc_postgres_pkey"},
		Indexes:    []*schema.Index{{Name: "desc_postgres_words", Columns: []string{"words"}, Method: "gin"}},
	}
}

type DescEvents struct {
	ID     int64  `ferro:"id,pk,autoincrement=false"`
	Device int64  `ferro:"device"`
	Kind   string `ferro:"kind"`
}

func (DescEvents) TableName() string { return "desc_events" }

func (DescEvents) Constraints() schema.Constraints {
	return schema.Constraints{
		PrimaryKey:  &schema.PrimaryKey{Name: "desc_events_pkey"},
		PartitionBy: &schema.PartitionKey{Method: "range", Columns: []string{"id"}},
	}
}

// describedModels are the models of issue 17's spellings the engine
// stores.
func describedModels(engine schema.Dialect) []any {
	common := []any{DescParent{}, DescPlain{}, DescChild{}, DescKeyless{}, DescMonotonic{}}
	if engine == schema.SQLite {
		return append(common, DescSQLite{})
	}
	return append(common, DescPostgres{}, DescEvents{})
}

// The parity invariant for every spelling of issue 17, on both engines:
// rendering FromModels(m), executing it and inspecting gives back the
// schema the engine stores (ForDialect: PostgreSQL has no AUTOINCREMENT
// keyword).
func TestInspect_describedParity(t *testing.T) {
	t.Parallel()
	testdb.Each(t, func(t *testing.T, e testdb.Engine) {
		t.Parallel()
		ctx := context.Background()
		want, err := catalog.FromModels(describedModels(e.Name)...)
		if err != nil {
			t.Fatal(err)
		}
		db := testdb.Open(t, e.RawDriver, e.DSN)
		stmts, err := catalog.Render(want, e.Name)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range stmts {
			if _, err := db.ExecContext(ctx, s); err != nil {
				t.Fatalf("%s: %v", s, err)
			}
		}
		got, err := catalog.Inspect(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		stored, err := catalog.ForDialect(want, e.Name)
		if err != nil {
			t.Fatal(err)
		}
		if m := schema.Mismatches(stored, got); len(m) > 0 {
			t.Fatalf("Inspect differs from FromModels:\n%s\n%s", strings.Join(m, "\n"), strings.Join(stmts, ";\n"))
		}
	})
}

// The DDL of issue 17's spellings, pinned per engine.
func TestRender_describedGolden(t *testing.T) {
	t.Parallel()
	for _, d := range []schema.Dialect{schema.SQLite, schema.Postgres} {
		s, err := catalog.FromModels(describedModels(d)...)
		if err != nil {
			t.Fatal(err)
		}
		stmts, err := catalog.Render(s, d)
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "described."+string(d)+".golden", strings.Join(stmts, ";\n\n")+";\n")
	}
}

type declBadPK struct {
	A int64 `ferro:"a,pk"`
	B int64 `ferro:"b"`
}

func (declBadPK) Constraints() schema.Constraints {
	return schema.Constraints{PrimaryKey: &schema.PrimaryKey{Columns: []string{"b", "a"}}}
}

type declKeylessWithPK struct {
	A int64 `ferro:"a,pk"`
}

func (declKeylessWithPK) Constraints() schema.Constraints {
	return schema.Constraints{NoPrimaryKey: true}
}

type declIndexColumn struct {
	A int64 `ferro:"a,pk"`
}

func (declIndexColumn) Constraints() schema.Constraints {
	return schema.Constraints{Indexes: []*schema.Index{{Name: "i", Columns: []string{"nope"}}}}
}

type declIndexWhere struct {
	A int64 `ferro:"a,pk"`
}

func (declIndexWhere) Constraints() schema.Constraints {
	return schema.Constraints{Indexes: []*schema.Index{{Name: "i", Columns: []string{"a"}, Where: "a > 0); DROP TABLE x; --"}}}
}

type declIndexUnnamed struct {
	A int64 `ferro:"a,pk"`
}

func (declIndexUnnamed) Constraints() schema.Constraints {
	return schema.Constraints{Indexes: []*schema.Index{{Columns: []string{"a"}}}}
}

type declCheckEnum struct {
	A int64 `ferro:"a,pk"`
}

func (declCheckEnum) Constraints() schema.Constraints {
	return schema.Constraints{Checks: []*schema.Check{{Name: "c", Column: "a", Values: []string{"1"}}}}
}

type declCheckComment struct {
	A int64 `ferro:"a,pk"`
}

func (declCheckComment) Constraints() schema.Constraints {
	return schema.Constraints{Checks: []*schema.Check{{Name: "c", Expr: "a > 0 -- and"}}}
}

type declFKTable struct {
	A int64 `ferro:"a,pk"`
}

func (declFKTable) Constraints() schema.Constraints {
	return schema.Constraints{ForeignKeys: []*schema.ForeignKey{{Name: "f", Columns: []string{"a"}, RefTable: "nowhere", RefColumns: []string{"id"}}}}
}

type declFKNotKey struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (declFKNotKey) Constraints() schema.Constraints {
	return schema.Constraints{ForeignKeys: []*schema.ForeignKey{{Name: "f", Columns: []string{"name"}, RefTable: "decl_fk_not_key", RefColumns: []string{"name"}}}}
}

type declFKType struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (declFKType) Constraints() schema.Constraints {
	return schema.Constraints{ForeignKeys: []*schema.ForeignKey{{Name: "f", Columns: []string{"name"}, RefTable: "decl_fk_type", RefColumns: []string{"id"}}}}
}

type declSameNames struct {
	ID int64 `ferro:"id,pk"`
	N  int64 `ferro:"n"`
}

func (declSameNames) Constraints() schema.Constraints {
	return schema.Constraints{Checks: []*schema.Check{{Name: "c", Expr: "n > 0"}, {Name: "c", Expr: "n < 9"}}}
}

type declPartition struct {
	ID int64 `ferro:"id,pk"`
}

func (declPartition) Constraints() schema.Constraints {
	return schema.Constraints{PartitionBy: &schema.PartitionKey{Method: "by year", Columns: []string{"id"}}}
}

type autoText struct {
	ID string `ferro:"id,pk,autoincrement"`
}

type autoDefault struct {
	ID int64 `ferro:"id,pk,autoincrement,default=1"`
}

type unknownOfStruct struct {
	ID int64          `ferro:"id,pk"`
	V  map[string]int `ferro:"v,type=unknown(hstore)"`
}

type deferrableNoFK struct {
	ID int64 `ferro:"id,pk,deferrable"`
}

// What a model declares beside its tags is checked like the tags: each
// mistake is a *ModelError naming the model and what to do.
func TestFromModels_declaredErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		models []any
		want   []string
	}{
		{"primary key of other columns", []any{declBadPK{}}, []string{"declBadPK", "PrimaryKey lists (b, a), but the fields tagged pk are (a)"}},
		{"no primary key and a pk field", []any{declKeylessWithPK{}}, []string{"NoPrimaryKey", "tagged pk"}},
		{"index of no column", []any{declIndexColumn{}}, []string{`index "i"`, `names "nope", which is not a column`}},
		{"index predicate that ends the statement", []any{declIndexWhere{}}, []string{`index "i"`, "closes a parenthesis it did not open"}},
		{"index without a name", []any{declIndexUnnamed{}}, []string{"empty index name"}},
		{"enum check", []any{declCheckEnum{}}, []string{`check "c"`, "Expr"}},
		{"check with a comment", []any{declCheckComment{}}, []string{`check "c"`, "comment"}},
		{"foreign key to no model", []any{declFKTable{}}, []string{`foreign key "f"`, `RefTable "nowhere" is not among the models`}},
		{"foreign key to no key", []any{declFKNotKey{}}, []string{`foreign key "f"`, "not the primary key"}},
		{"foreign key of another type", []any{declFKType{}}, []string{`foreign key "f"`, "is text but decl_fk_type.id is bigint"}},
		{"two checks of one name", []any{declSameNames{}}, []string{`constraint name "c" is given twice`}},
		{"partition method", []any{declPartition{}}, []string{`PartitionBy method "by year"`}},
		{"autoincrement text", []any{autoText{}}, []string{"field ID", "autoincrement needs an integer column"}},
		{"autoincrement with a default", []any{autoDefault{}}, []string{"field ID", "takes no default"}},
		{"unknown type of a map", []any{unknownOfStruct{}}, []string{"field V", "type=unknown(hstore)", "no column type of its own"}},
		{"deferrable without fk", []any{deferrableNoFK{}}, []string{"field ID", "deferrable", "needs fk="}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := catalog.FromModels(tc.models...)
			var me *catalog.ModelError
			if err == nil || !errors.As(err, &me) || !strings.HasPrefix(err.Error(), "ferro/catalog: ") {
				t.Fatalf("FromModels: %v, want a *ModelError", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

type renderIntKey struct {
	ID int32 `ferro:"id,pk,autoincrement"`
}

type renderNullKey struct {
	ID *string `ferro:"id,pk"`
}

type renderIndexes struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (renderIndexes) Constraints() schema.Constraints {
	return schema.Constraints{Indexes: []*schema.Index{{Name: "m", Columns: []string{"name"}, Method: "gin"}}}
}

type renderCollate struct {
	ID   int64  `ferro:"id,pk"`
	Name string `ferro:"name"`
}

func (renderCollate) Constraints() schema.Constraints {
	return schema.Constraints{Indexes: []*schema.Index{{Name: "c", Columns: []string{"name"}, Collate: []string{"NOCASE"}}}}
}

// What one engine cannot store is refused when the schema is rendered for
// it, naming the table, the column and the fix.
func TestRender_describedRefusals(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		dialect schema.Dialect
		models  []any
		want    string
	}{
		{"int autoincrement", schema.SQLite, []any{renderIntKey{}}, "SQLite generates only the rowid"},
		{"index method", schema.SQLite, []any{renderIndexes{}}, "uses method gin, and sqlite indexes have none"},
		{"partitioned", schema.SQLite, []any{DescEvents{}}, "sqlite has no partitioned tables"},
		{"nullable key", schema.Postgres, []any{renderNullKey{}}, `primary key column "id" is nullable`},
		{"collated index", schema.Postgres, []any{renderCollate{}}, "names collations of its parts"},
	} {
		s, err := catalog.FromModels(tc.models...)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if _, err := catalog.Render(s, tc.dialect); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Render = %v, want %q", tc.name, err, tc.want)
		}
	}
}

// Validate refuses in a schema what FromModels refuses in models (ferro
// gen runs it on the schema its code describes); every schema FromModels
// returns passes it.
func TestValidate(t *testing.T) {
	t.Parallel()
	for _, d := range []schema.Dialect{schema.SQLite, schema.Postgres} {
		s, err := catalog.FromModels(describedModels(d)...)
		if err != nil {
			t.Fatal(err)
		}
		if err := catalog.Validate(s); err != nil {
			t.Errorf("%s: FromModels' schema: %v", d, err)
		}
	}
	base := func() *schema.Schema {
		s, _ := catalog.FromModels(DescParent{}, DescPlain{}, DescChild{})
		return s
	}
	for _, tc := range []struct {
		name string
		edit func(s *schema.Schema)
		want string
	}{
		{"foreign key to no table", func(s *schema.Schema) { s.Tables[2].ForeignKeys[0].RefTable = "nowhere" }, `references table "nowhere"`},
		{"predicate out of its place", func(s *schema.Schema) { s.Tables[2].Indexes[0].Where = "1); DROP TABLE x; --" }, "closes a parenthesis"},
		{"kept type that is not one", func(s *schema.Schema) { s.Tables[1].Columns[1].Type = schema.Unknown("text NOT NULL") }, "holds NOT"},
		{"enum type name", func(s *schema.Schema) {
			s.Enums = []*schema.Enum{{Name: `my"mood`, Values: []string{"a"}}}
		}, `enum type "my\"mood"`},
		{"generated text", func(s *schema.Schema) { s.Tables[1].Columns[1].AutoIncrement = true }, "is generated (autoincrement) but is not an integer"},
		{"two checks of one name", func(s *schema.Schema) {
			s.Tables[2].Checks = append(s.Tables[2].Checks, &schema.Check{Name: "desc_child_qty_check", Expr: "qty < 9"})
		}, "given twice"},
	} {
		s := base()
		tc.edit(s)
		if err := catalog.Validate(s); err == nil || !errors.Is(err, catalog.ErrModel) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Validate = %v, want %q", tc.name, err, tc.want)
		}
	}
}
