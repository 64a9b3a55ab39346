package catalogschema

import (
	"fmt"

	"github.com/ferrosql/ferro/bench/internal/inspectschema"
	"github.com/ferrosql/ferro/schema"
)

// Build returns a new schema of inspectschema.Tables tables; each call
// returns a fresh value the caller owns.
func Build() *schema.Schema { return BuildN(inspectschema.Tables) }

// BuildN is Build with n tables (named as inspectschema.TableName says).
func BuildN(n int) *schema.Schema {
	ty := func(s string) schema.Type {
		t, err := schema.ParseType(s)
		if err != nil {
			panic(fmt.Sprintf("ferro/bench/internal/inspectschema/catalogschema: type %q: %v", s, err))
		}
		return t
	}
	s := &schema.Schema{}
	for i := range n {
		name := inspectschema.TableName(i)
		t := &schema.Table{Name: name, PrimaryKey: &schema.PrimaryKey{Name: "pk_" + name, Columns: []string{"id"}}}
		t.Columns = []*schema.Column{
			{Name: "id", Type: ty("bigint"), AutoIncrement: true},
			{Name: "name", Type: ty("varchar(64)")},
			{Name: "code", Type: ty("text")},
			{Name: "amount", Type: ty("numeric(12,2)"), Default: "0"},
			{Name: "qty", Type: ty("int")},
			{Name: "price", Type: ty("double"), Nullable: true},
			{Name: "active", Type: ty("boolean"), Default: "true"},
			{Name: "created_at", Type: ty("timestamptz")},
			{Name: "ref", Type: ty("uuid"), Nullable: true},
			{Name: "parent_id", Type: ty("bigint"), Nullable: true},
		}
		t.Indexes = []*schema.Index{
			{Name: "idx_" + name + "_name_qty", Columns: []string{"name", "qty"}},
			{Name: "idx_" + name + "_parent_id", Columns: []string{"parent_id"}},
			{Name: "uq_" + name + "_code", Unique: true, Columns: []string{"code"}},
		}
		if i > 0 {
			t.ForeignKeys = []*schema.ForeignKey{{Name: "fk_" + name + "_parent_id", Columns: []string{"parent_id"},
				RefTable: inspectschema.TableName(i - 1), RefColumns: []string{"id"}, OnDelete: schema.ActionCascade, OnUpdate: schema.ActionNoAction}}
		}
		s.Tables = append(s.Tables, t)
	}
	return s
}
