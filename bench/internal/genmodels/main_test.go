package main

import (
	"bytes"
	"os"
	"testing"
)

// The committed models are what the generator makes: run
// `go generate ./internal/migmodels` after changing it.
func TestGenerate_upToDate(t *testing.T) {
	want, err := generate("migmodels", 100)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../migmodels/models_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("internal/migmodels/models_gen.go is stale: run go generate ./internal/migmodels")
	}
}
