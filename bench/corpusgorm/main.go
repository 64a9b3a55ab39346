// Command corpusgorm builds the GORM database of ferro's adoption corpus
// (tests/testdata/corpus, issue 17): it runs GORM's AutoMigrate on the
// models GORM ships for its own tests (gorm.io/gorm/utils/tests), in the
// order GORM's test suite migrates them, makes a view with GORM's
// Migrator().CreateView, then writes a few rows through GORM's
// associations. The schema is GORM's: no model here is ferro's.
//
//	go run ./corpusgorm sqlite /path/to/new.db
//	go run ./corpusgorm postgres 'postgres://postgres@127.0.0.1:5432/EMPTY_DB?sslmode=disable'
//
// tests/testdata/corpus/generate.sh runs it and dumps the result.
package main

import (
	"fmt"
	"os"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
	"gorm.io/gorm/utils/tests"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: corpusgorm sqlite|postgres DSN")
		os.Exit(1)
	}
	var dialector gorm.Dialector
	switch os.Args[1] {
	case "sqlite":
		dialector = sqlite.Open(os.Args[2])
	case "postgres":
		dialector = postgres.Open(os.Args[2])
	default:
		fmt.Fprintf(os.Stderr, "corpusgorm: unknown engine %q (sqlite or postgres)\n", os.Args[1])
		os.Exit(1)
	}
	db, err := gorm.Open(dialector, &gorm.Config{Logger: logger.Discard})
	if err == nil {
		err = build(db)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpusgorm:", err)
		os.Exit(1)
	}
}

func build(db *gorm.DB) error {
	// The models and their order of gorm's tests/tests_test.go RunMigrations.
	models := []any{&tests.User{}, &tests.Account{}, &tests.Pet{}, &tests.Company{}, &tests.Toy{}, &tests.Language{}, &tests.Coupon{}, &tests.CouponProduct{}, &tests.Order{}, &tests.Parent{}, &tests.Child{}, &tests.Tools{}}
	if err := db.AutoMigrate(models...); err != nil {
		return fmt.Errorf("automigrate: %w", err)
	}
	// A view as GORM's own migrator tests make one (tests/migrate_test.go).
	view := db.Model(&tests.User{}).Select("users.id, users.name, pets.name AS pet_name").
		Joins("LEFT JOIN pets ON pets.user_id = users.id")
	if err := db.Migrator().CreateView("users_pets", gorm.ViewOption{Query: view}); err != nil {
		return fmt.Errorf("create view: %w", err)
	}
	at := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	model := func(id uint) gorm.Model { return gorm.Model{ID: id, CreatedAt: at, UpdatedAt: at} }
	acme := tests.Company{ID: 1, Name: "Acme"}
	en, fr := tests.Language{Code: "en", Name: "English"}, tests.Language{Code: "fr", Name: "French"}
	boss := tests.User{Model: model(1), Name: "boss", Age: 50, Company: acme, Active: true,
		Account:   tests.Account{Model: model(1), Number: "A-1"},
		Languages: []tests.Language{en, fr}}
	if err := db.Create(&boss).Error; err != nil {
		return err
	}
	born := time.Date(1990, 5, 17, 0, 0, 0, 0, time.UTC)
	ada := tests.User{Model: model(2), Name: "ada", Age: 34, Birthday: &born, Manager: &boss, Active: true,
		Account:   tests.Account{Model: model(2), Number: "A-2"},
		Pets:      []*tests.Pet{{Model: model(1), Name: "rex", Toy: tests.Toy{Model: model(1), Name: "ball"}}},
		Toys:      []tests.Toy{{Model: model(2), Name: "kite"}},
		Tools:     []tests.Tools{{Model: model(1), Name: "hammer"}},
		Languages: []tests.Language{en},
		Friends:   []*tests.User{&boss}}
	if err := db.Create(&ada).Error; err != nil {
		return err
	}
	coupon := tests.Coupon{ID: 1, AmountOff: 5, PercentOff: 0.1,
		AppliesToProduct: []*tests.CouponProduct{{ProductId: "p-1", Desc: "mug"}, {ProductId: "p-2", Desc: "shirt"}}}
	if err := db.Create(&coupon).Error; err != nil {
		return err
	}
	if err := db.Create(&tests.Order{Model: model(1), Num: "O-1", Coupon: &coupon}).Error; err != nil {
		return err
	}
	parent := tests.Parent{Model: model(1), Children: []*tests.Child{{Model: model(1), Name: "kid"}, {Model: model(2), Name: "kid2"}}}
	if err := db.Create(&parent).Error; err != nil {
		return err
	}
	return db.Model(&parent).Update("fav_child_id", 1).Error
}
