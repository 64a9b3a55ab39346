-- SQLite DDL as Rails 7 (ActiveRecord) writes it: integer autoincrement
-- keys, varchar without a length, datetime(6), and its bookkeeping tables.
CREATE TABLE "schema_migrations" ("version" varchar NOT NULL PRIMARY KEY);
CREATE TABLE "articles" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar, "body" text, "published" boolean DEFAULT 0, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
CREATE INDEX "index_articles_on_title" ON "articles" ("title");
