// Package interop proves that what ferro writes for other tools works with
// those tools. It is a separate module so that the tools (golang-migrate and
// its database drivers) never enter the root module's go.mod.
package interop
