// Package catalogschema builds the Inspect benchmark schema (see package
// inspectschema) as a *schema.Schema, for the ferro benchmark that creates
// it with catalog.Render and checks catalog.Inspect against it. It links
// ferro's catalog (and so modernc.org/sqlite): the GORM SQLite benchmark
// must use inspectschema.SQLiteDDL instead.
package catalogschema
