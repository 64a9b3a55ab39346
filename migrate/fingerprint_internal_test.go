package migrate

import (
	"bytes"
	"log/slog"
	"reflect"
	"slices"
	"testing"

	"github.com/ferrosql/ferro/schema"
)

func fpSchema(col string) *schema.Schema {
	return &schema.Schema{Tables: []*schema.Table{{
		Name:       "t",
		Columns:    []*schema.Column{{Name: "id", Type: schema.Type{Kind: schema.KindBigint}}, {Name: col, Type: schema.Type{Kind: schema.KindText}}},
		PrimaryKey: &schema.PrimaryKey{Name: "pk_t", Columns: []string{"id"}},
	}}}
}

// emptyPlan is a plan with nothing to execute, with residue (a kept
// object) so that entries can be told apart.
func emptyPlan(kept string) *Plan { return &Plan{dialect: "sqlite", kept: []string{kept}} }

// The memory answers only for the same engine, the same fingerprint, a
// deep-equal desired schema (a fresh value built the same way) and equal
// planning options, with the plan it was given.
func TestConvergedSet_find(t *testing.T) {
	t.Parallel()
	var s convergedSet
	fp := bytes.Repeat([]byte{1}, 32)
	key := planKey{level: LevelUpdates, dropTables: []string{"a", "b"}}
	s.add("sqlite", fp, fpSchema("a"), key, emptyPlan("k"))
	if got := s.candidates("sqlite", fpSchema("a"), keyOf(config{level: LevelUpdates, dropTables: []string{"a", "b"}})); len(got) != 1 || !bytes.Equal(got[0].fp, fp) {
		t.Fatalf("candidates(sqlite, a) = %v", got)
	}
	if got := s.candidates("sqlite", fpSchema("b"), key); len(got) != 0 {
		t.Fatalf("candidates(sqlite, b) = %v", got)
	}
	if got := s.candidates("postgres", fpSchema("a"), key); len(got) != 0 {
		t.Fatalf("candidates(postgres, a) = %v", got)
	}
	tests := []struct {
		name    string
		dialect schema.Dialect
		fp      []byte
		desired *schema.Schema
		key     planKey
		want    bool
	}{
		{"same", "sqlite", bytes.Repeat([]byte{1}, 32), fpSchema("a"), planKey{level: LevelUpdates, dropTables: []string{"a", "b"}}, true},
		{"other fingerprint", "sqlite", bytes.Repeat([]byte{2}, 32), fpSchema("a"), key, false},
		{"other models", "sqlite", fp, fpSchema("b"), key, false},
		{"other engine", "postgres", fp, fpSchema("a"), key, false},
		{"no fingerprint", "sqlite", nil, fpSchema("a"), key, false},
		{"other level", "sqlite", fp, fpSchema("a"), planKey{level: LevelDestructive, dropTables: []string{"a", "b"}}, false},
		{"expand only", "sqlite", fp, fpSchema("a"), planKey{level: LevelUpdates, expandOnly: true, dropTables: []string{"a", "b"}}, false},
		{"naive time zone", "sqlite", fp, fpSchema("a"), planKey{level: LevelUpdates, naiveZone: "UTC", dropTables: []string{"a", "b"}}, false},
		{"fewer DropTables", "sqlite", fp, fpSchema("a"), planKey{level: LevelUpdates, dropTables: []string{"a"}}, false},
		{"DropTables reordered", "sqlite", fp, fpSchema("a"), planKey{level: LevelUpdates, dropTables: []string{"b", "a"}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := s.find(tc.dialect, tc.fp, tc.desired, tc.key)
			if (got != nil) != tc.want {
				t.Fatalf("find = %v, want found %v", got, tc.want)
			}
			if got != nil && !slices.Equal(got.Residue().Kept, []string{"k"}) {
				t.Fatalf("find returned a plan keeping %q, want the one added", got.Residue().Kept)
			}
		})
	}
}

// The memory is bounded: the oldest entry goes first, and adding an entry
// that is already there keeps one copy.
func TestConvergedSet_bounded(t *testing.T) {
	t.Parallel()
	var s convergedSet
	for i := range maxConverged + 5 {
		s.add("sqlite", bytes.Repeat([]byte{byte(i)}, 32), fpSchema("a"), planKey{}, emptyPlan("k"))
		s.add("sqlite", bytes.Repeat([]byte{byte(i)}, 32), fpSchema("a"), planKey{}, emptyPlan("k"))
	}
	if len(s.entries) != maxConverged {
		t.Fatalf("%d entries, want %d", len(s.entries), maxConverged)
	}
	if s.find("sqlite", bytes.Repeat([]byte{0}, 32), fpSchema("a"), planKey{}) != nil {
		t.Error("the oldest entry was kept")
	}
	if s.find("sqlite", bytes.Repeat([]byte{maxConverged + 4}, 32), fpSchema("a"), planKey{}) == nil {
		t.Error("the newest entry is missing")
	}
}

// Only a plan that executes nothing is remembered: one with statements
// describes work that leaves another schema once done. And the entry does
// not keep the caller's options (its logger) alive.
func TestConvergedSet_onlyEmptyPlans(t *testing.T) {
	t.Parallel()
	var s convergedSet
	fp := bytes.Repeat([]byte{1}, 32)
	busy := &Plan{dialect: "sqlite", steps: []step{{c: &schema.DropTable{T: &schema.Table{Name: "t"}}, stmts: []string{`DROP TABLE "t"`}}}}
	s.add("sqlite", fp, fpSchema("a"), planKey{}, busy)
	if len(s.entries) != 0 {
		t.Fatalf("a plan with a statement was remembered")
	}
	p := emptyPlan("k")
	p.cfg = config{level: LevelUpdates, logger: slog.Default()}
	s.add("sqlite", fp, fpSchema("a"), planKey{}, p)
	if got := s.find("sqlite", fp, fpSchema("a"), planKey{}); got == nil || got.cfg.logger != nil || p.cfg.logger == nil {
		t.Fatalf("remembered %+v; the added plan's logger %v", got, p.cfg.logger)
	}
}

// Every option either steers planning, and is then part of planKey (a
// field of the same name, which keyOf copies and same compares), or is
// named here with the reason it does not. An option added to config fails
// this until it is classified.
func TestPlanKey_coversConfig(t *testing.T) {
	t.Parallel()
	notPlanning := map[string]string{
		"lockTimeout":     "how long run waits for the lock",
		"allowRawDB":      "whether run accepts the pool; fastNoop checks it first",
		"requireComplete": "applied to the plan after it is made (pendingError), by replay as by makePlan",
		"logger":          "where the plan is reported",
		"watch":           "the re-plan's own bookkeeping",
	}
	keyFields := map[string]bool{}
	kt := reflect.TypeFor[planKey]()
	for i := range kt.NumField() {
		keyFields[kt.Field(i).Name] = true
	}
	ct := reflect.TypeFor[config]()
	for i := range ct.NumField() {
		name := ct.Field(i).Name
		_, skip := notPlanning[name]
		if skip == keyFields[name] {
			t.Errorf("config.%s: in planKey %v, named as not planning %v; exactly one must hold", name, keyFields[name], skip)
		}
		delete(keyFields, name)
	}
	for name := range keyFields {
		t.Errorf("planKey.%s is no option", name)
	}
	// keyOf copies each field and same tells each apart.
	full := config{level: LevelDestructive, expandOnly: true, naiveZone: "UTC", dropTables: []string{"x"}}
	k := keyOf(full)
	if !k.same(keyOf(full)) || !k.same(planKey{level: LevelDestructive, expandOnly: true, naiveZone: "UTC", dropTables: []string{"x"}}) {
		t.Fatalf("keyOf(%+v) = %+v", full, k)
	}
	perturb := map[string]func(c *config){
		"level":      func(c *config) { c.level = LevelUpdates },
		"expandOnly": func(c *config) { c.expandOnly = false },
		"naiveZone":  func(c *config) { c.naiveZone = "Europe/Paris" },
		"dropTables": func(c *config) { c.dropTables = []string{"x", "x"} },
	}
	for i := range kt.NumField() {
		name := kt.Field(i).Name
		f, ok := perturb[name]
		if !ok {
			t.Errorf("planKey.%s: teach this test to change it", name)
			continue
		}
		c := full
		f(&c)
		if k.same(keyOf(c)) {
			t.Errorf("same does not tell %s apart", name)
		}
	}
	full.dropTables[0] = "y"
	if k.dropTables[0] != "x" {
		t.Error("keyOf shares the DropTables slice with the options")
	}
}

// sameSchema stands in for reflect.DeepEqual on the fast path; this pins
// that they agree. A schema with every field set is perturbed one leaf at
// a time (each string, bool and number changed, each pointer set to nil,
// each slice set to nil and grown), found by reflection, so a field added
// to any type reachable from schema.Schema and not compared by sameSchema
// fails here.
func TestSameSchema_isDeepEqual(t *testing.T) {
	t.Parallel()
	var fill func(v reflect.Value)
	fill = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			v.SetString("s")
		case reflect.Bool:
			v.SetBool(true)
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			v.SetInt(1)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			v.SetUint(1)
		case reflect.Pointer:
			v.Set(reflect.New(v.Type().Elem()))
			fill(v.Elem())
		case reflect.Slice:
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
			for i := range 2 {
				fill(v.Index(i))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if !v.Type().Field(i).IsExported() {
					// schema.Type is compared with == (its documented
					// equality), which sees unexported fields too.
					if v.Type() != reflect.TypeFor[schema.Type]() {
						t.Fatalf("%s.%s is unexported: sameSchema cannot compare it", v.Type(), v.Type().Field(i).Name)
					}
					continue
				}
				fill(v.Field(i))
			}
		default:
			t.Fatalf("a %s in the schema: teach this test (and sameSchema) about it", v.Type())
		}
	}
	build := func() *schema.Schema {
		s := &schema.Schema{}
		fill(reflect.ValueOf(s).Elem())
		return s
	}
	base := build()
	if !sameSchema(base, build()) || !reflect.DeepEqual(base, build()) {
		t.Fatal("two schemas built alike differ")
	}
	// Each leaf is a path of steps from the root; perturb walks to it in a
	// fresh copy and changes it.
	type step struct {
		field, index int // index for a slice element, field for a struct
	}
	var leaves [][]step
	var walk func(v reflect.Value, path []step)
	walk = func(v reflect.Value, path []step) {
		leaf := append(slices.Clone(path), step{-1, -1})
		switch v.Kind() {
		case reflect.Pointer:
			leaves = append(leaves, leaf)
			walk(v.Elem(), path)
		case reflect.Slice:
			leaves = append(leaves, leaf)
			for i := range v.Len() {
				walk(v.Index(i), append(slices.Clone(path), step{-1, i}))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i), append(slices.Clone(path), step{i, -1}))
				}
			}
		default:
			leaves = append(leaves, leaf)
		}
	}
	walk(reflect.ValueOf(base), nil)
	if len(leaves) < 50 {
		t.Fatalf("only %d leaves: the walk is broken", len(leaves))
	}
	for n, path := range leaves {
		for variant := range 2 {
			s := build()
			v := reflect.ValueOf(s)
			for _, st := range path[:len(path)-1] {
				if v.Kind() == reflect.Pointer {
					v = v.Elem()
				}
				if st.field >= 0 {
					v = v.Field(st.field)
				} else {
					v = v.Index(st.index)
				}
			}
			what := v.Type().String()
			switch v.Kind() {
			case reflect.String:
				v.SetString(v.String() + "x")
			case reflect.Bool:
				v.SetBool(!v.Bool())
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				v.SetInt(v.Int() + 1)
			case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
				v.SetUint(v.Uint() + 1)
			case reflect.Pointer:
				if v.IsNil() || v == reflect.ValueOf(s) {
					continue // the root itself
				}
				v.Set(reflect.Zero(v.Type()))
			case reflect.Slice:
				if variant == 0 {
					v.Set(reflect.Zero(v.Type()))
				} else {
					v.Set(reflect.Append(v, reflect.New(v.Type().Elem()).Elem()))
				}
			}
			if reflect.DeepEqual(base, s) {
				continue // a variant that changed nothing (a bool flipped twice is not made)
			}
			if sameSchema(base, s) {
				t.Errorf("leaf %d (%s, variant %d): reflect.DeepEqual sees the change, sameSchema does not", n, what, variant)
			}
		}
	}
}
