-- SQLite DDL as Django 4.x writes it: integer autoincrement keys,
-- varchar(n), char(32) for UUIDField, datetime, bool, decimal.
CREATE TABLE "shop_item" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(100) NOT NULL, "token" char(32) NOT NULL UNIQUE, "price" decimal NOT NULL, "active" bool NOT NULL, "added" datetime NOT NULL, "photo" BLOB NULL);
