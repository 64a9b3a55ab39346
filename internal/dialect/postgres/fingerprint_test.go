package postgres

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Tripwire for the fingerprint's coverage (fingerprint.go): the
// fingerprint is no longer the hash of the inspection's rows, so every
// catalog, catalog column and deparse function the inspection query reads
// must also be read by the fingerprint queries. A new one in
// pgInspectTables (say pg_enum, or attcompression) fails here until the
// fingerprint covers it; the behaviour for each dependency is proven on the
// server by tests.TestInspect_fingerprintSeesDeparseDependencies.
func TestFingerprint_coversInspection(t *testing.T) {
	t.Parallel()
	names := func(query string) []string {
		var out []string
		for _, re := range []*regexp.Regexp{
			regexp.MustCompile(`pg_catalog\.([a-z_]+)`),
			regexp.MustCompile(`\b((?:rel|att|ind|con|ad|typ|coll|am|nsp|enum|ref|dep|class|obj)[a-z]+)\b`),
		} {
			for _, m := range re.FindAllStringSubmatch(query, -1) {
				out = append(out, m[1])
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	read := names(pgInspectTables)
	if len(read) < 30 {
		t.Fatalf("found only %v in the inspection query: the patterns no longer match it", read)
	}
	for _, q := range []struct{ name, sql string }{
		{"pgFingerprintQuery", pgFingerprintQuery},
		{"pgInspectFingerprintQuery's own CTEs", pgFingerprintFromRows + pgFingerprintExpr},
	} {
		covered := names(q.sql)
		for _, n := range read {
			if q.name != "pgFingerprintQuery" && slices.Contains(pgFingerprintFromRowsTakes, n) {
				continue
			}
			if !slices.Contains(covered, n) {
				t.Errorf("the inspection query reads %s, %s does not: the fingerprint would miss a change to it; extend fingerprint.go", n, q.name)
			}
		}
	}
	// The live query calls each deparse function the inspection calls,
	// with the same arguments.
	for _, call := range []string{
		"pg_catalog.format_type(a.atttypid, a.atttypmod)",
		"pg_catalog.pg_get_expr(d.adbin, d.adrelid)",
		"pg_catalog.pg_get_expr(x.indpred, x.indrelid, true)",
		"pg_catalog.pg_get_constraintdef(k.oid, true)",
	} {
		if !strings.Contains(pgInspectTables, call) || !strings.Contains(pgFingerprintQuery, call) {
			t.Errorf("%s: not in both the inspection and the fingerprint query", call)
		}
	}
	if !strings.Contains(pgInspectTables, "pg_catalog.pg_get_indexdef(x.indexrelid, k.n::int, true)") ||
		!strings.Contains(pgFingerprintQuery, "pg_catalog.pg_get_indexdef(x.indexrelid, n, true)") {
		t.Error("pg_get_indexdef: not called alike by the inspection and the fingerprint query")
	}
}

// pgFingerprintFromRowsTakes is what InspectFingerprint's CTEs take from
// the inspection rows instead of reading: the deparse functions and the
// columns only they need; and the catalogs the relations CTE (t, which
// InspectFingerprint's ft is) reads a partition's parent and a partitioned
// table's key from, hashed as ft.parent and ft.partkey.
var pgFingerprintFromRowsTakes = []string{"format_type", "pg_get_expr", "pg_get_indexdef", "pg_get_constraintdef",
	"adbin", "indpred", "atttypid", "atttypmod", "attcollation", "typcollation", "collname", "pg_type", "pg_collation",
	"attgenerated", "attidentity", "attnotnull", "attname", "attnum", "attisdropped",
	"typtype", "typname", "typnamespace", "pg_enum", "pg_depend", "enumtypid", "enumsortorder", "enumlabel",
	"refclassid", "refobjid", "deptype", "classid", "objid", "pg_attrdef", "adnum", "adrelid", "pg_inherits", "pg_partitioned_table"}
