package cli_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ferrosql/ferro/migrate/cli"
)

// A program's own migration command: here `plan -check` against a new
// SQLite database, as main would run it with cli.Main(models...).
func ExampleRun() {
	dir, _ := os.MkdirTemp("", "cli-example")
	defer os.RemoveAll(dir)
	db := filepath.Join(dir, "shop.db")
	os.WriteFile(db, nil, 0o644) // an empty SQLite database

	code := cli.Run(context.Background(), "shopmigrate", []string{"plan", "-check", db}, os.Stdout, io.Discard, Invoice{})
	fmt.Println("exit", code)
	// Output:
	// -- ferro/migrate plan (sqlite, level create): 1 change, 2 statements in one transaction
	// + table invoice
	//     CREATE TABLE "invoice" (
	//     	"id" INTEGER NOT NULL,
	//     	"number" TEXT NOT NULL,
	//     	CONSTRAINT "pk_invoice" PRIMARY KEY ("id")
	//     );
	//     CREATE UNIQUE INDEX "uq_invoice_number" ON "invoice" ("number");
	// -- then ferro's records in ferro_objects (created by this plan): 2 objects recorded, 0 forgotten
	// exit 2
}
