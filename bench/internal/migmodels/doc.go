// Package migmodels holds the generated models of the migrate benchmarks
// (bench/migratebench): 100 named struct types, tables mig_m0000 to
// mig_m0099, each with 8 columns (a bigint primary key, text name with an
// index, text email with a unique index, int age, bigint score, boolean
// active, timestamp created_at, nullable text note), tagged identically for
// ferro and for GORM.
//
// They are generated source because ferro's catalog names a table after the
// Go type (or its TableName method), which reflect.StructOf types lack.
// Regenerate with `go generate ./internal/migmodels` from bench/.
package migmodels

//go:generate go run ../genmodels -n 100 -o models_gen.go -pkg migmodels
