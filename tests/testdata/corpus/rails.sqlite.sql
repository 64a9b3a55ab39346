-- Ruby on Rails 2:6.1.7.10+dfsg-1~deb12u4 (Debian ruby-rails): the migrations Active Storage, Action Text and
-- Action Mailbox ship, and a blog's as 'bin/rails generate model' writes them; rows by
-- the models (Active Record, Active Storage, Action Text, Action Mailbox).
-- Command: ruby tools/rails_corpus.rb sqlite3:DB WORKDIR,
-- then sqlite3 DB .dump.
-- License: MIT (Ruby on Rails); tools/rails_corpus.rb is ferro's.
-- Made by tests/testdata/corpus/generate.sh (see README.md there).

PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "schema_migrations" ("version" varchar NOT NULL PRIMARY KEY);
INSERT INTO schema_migrations VALUES('20170806125915');
INSERT INTO schema_migrations VALUES('20180528164100');
INSERT INTO schema_migrations VALUES('20180917164000');
INSERT INTO schema_migrations VALUES('20240301000001');
INSERT INTO schema_migrations VALUES('20240301000002');
INSERT INTO schema_migrations VALUES('20240301000003');
INSERT INTO schema_migrations VALUES('20240301000004');
CREATE TABLE IF NOT EXISTS "ar_internal_metadata" ("key" varchar NOT NULL PRIMARY KEY, "value" varchar, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
INSERT INTO ar_internal_metadata VALUES('environment','production','2026-12-07 13:31:19.546621','2026-12-07 13:31:19.546621');
CREATE TABLE IF NOT EXISTS "active_storage_blobs" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "key" varchar NOT NULL, "filename" varchar NOT NULL, "content_type" varchar, "metadata" text, "service_name" varchar NOT NULL, "byte_size" bigint NOT NULL, "checksum" varchar NOT NULL, "created_at" datetime NOT NULL);
INSERT INTO active_storage_blobs VALUES(1,'98q1l77djwzlugo0mxnewuk1q6n9','cover.png','image/png','{"identified":true}','local',16,'pPhP6t9MrYUQhHjgdDV7Mw==','2026-12-07 13:31:21.151807');
INSERT INTO active_storage_blobs VALUES(2,'y54u4undy8xp74ghh2bn2et5wv6p','message.eml','message/rfc822','{"identified":true,"analyzed":true}','local',103,'MCi3XbFnu1zYbz0gRmB0Hg==','2026-12-07 13:31:21.435465');
CREATE TABLE IF NOT EXISTS "active_storage_attachments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar NOT NULL, "record_type" varchar NOT NULL, "record_id" bigint NOT NULL, "blob_id" bigint NOT NULL, "created_at" datetime NOT NULL, CONSTRAINT "fk_rails_c3b3935057"
FOREIGN KEY ("blob_id")
  REFERENCES "active_storage_blobs" ("id")
);
INSERT INTO active_storage_attachments VALUES(1,'cover','Post',1,1,'2026-12-07 13:31:21.170863');
INSERT INTO active_storage_attachments VALUES(2,'raw_email','ActionMailbox::InboundEmail',1,2,'2026-12-07 13:31:21.445932');
CREATE TABLE IF NOT EXISTS "active_storage_variant_records" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "blob_id" bigint NOT NULL, "variation_digest" varchar NOT NULL, CONSTRAINT "fk_rails_993965df05"
FOREIGN KEY ("blob_id")
  REFERENCES "active_storage_blobs" ("id")
);
CREATE TABLE IF NOT EXISTS "action_text_rich_texts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar NOT NULL, "body" text, "record_type" varchar NOT NULL, "record_id" integer NOT NULL, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
INSERT INTO action_text_rich_texts VALUES(1,'body','<p>Hello <b>corpus</b></p>','Post',1,'2026-12-07 13:31:20.811110','2026-12-07 13:31:20.811110');
CREATE TABLE IF NOT EXISTS "action_mailbox_inbound_emails" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "status" integer DEFAULT 0 NOT NULL, "message_id" varchar NOT NULL, "message_checksum" varchar NOT NULL, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
INSERT INTO action_mailbox_inbound_emails VALUES(1,0,'corpus-1@example.org','10c1f4db5c23aeffd41b03faf6e9e729b81c2efa','2026-12-07 13:31:21.412989','2026-12-07 13:31:21.451405');
CREATE TABLE IF NOT EXISTS "authors" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar NOT NULL, "email" varchar NOT NULL, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
INSERT INTO authors VALUES(1,'Ada','ada@example.org','2024-03-01 12:00:00','2024-03-01 12:00:00');
INSERT INTO authors VALUES(2,'Bob','bob@example.org','2024-03-01 12:00:00','2024-03-01 12:00:00');
CREATE TABLE IF NOT EXISTS "posts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "author_id" integer NOT NULL, "title" varchar NOT NULL, "status" integer DEFAULT 0 NOT NULL, "price" decimal(8,2), "published_at" datetime, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL, CONSTRAINT "fk_rails_04d13ef8c7"
FOREIGN KEY ("author_id")
  REFERENCES "authors" ("id")
, CONSTRAINT chk_rails_e957b9d19f CHECK (price >= 0));
INSERT INTO posts VALUES(1,1,'First',1,9.5,'2024-03-01 12:00:00','2026-12-07 13:31:20.721427','2026-12-07 13:31:21.172410');
INSERT INTO posts VALUES(2,2,'Draft',0,NULL,NULL,'2026-12-07 13:31:20.883869','2026-12-07 13:31:20.883869');
CREATE TABLE IF NOT EXISTS "comments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "post_id" integer NOT NULL, "author_id" integer, "body" text NOT NULL, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL, CONSTRAINT "fk_rails_2fd19c0db7"
FOREIGN KEY ("post_id")
  REFERENCES "posts" ("id")
 ON DELETE CASCADE, CONSTRAINT "fk_rails_f44b1e3c8a"
FOREIGN KEY ("author_id")
  REFERENCES "authors" ("id")
);
INSERT INTO comments VALUES(1,1,2,'Nice.','2026-12-07 13:31:21.262399','2026-12-07 13:31:21.262399');
INSERT INTO comments VALUES(2,1,NULL,'Anonymous.','2026-12-07 13:31:21.293178','2026-12-07 13:31:21.293178');
CREATE TABLE IF NOT EXISTS "tags" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar NOT NULL, "created_at" datetime(6) NOT NULL, "updated_at" datetime(6) NOT NULL);
INSERT INTO tags VALUES(1,'go','2026-12-07 13:31:19.855759','2026-12-07 13:31:19.855759');
INSERT INTO tags VALUES(2,'sql','2026-12-07 13:31:19.914655','2026-12-07 13:31:19.914655');
CREATE TABLE IF NOT EXISTS "posts_tags" ("post_id" integer NOT NULL, "tag_id" integer NOT NULL);
INSERT INTO posts_tags VALUES(1,1);
INSERT INTO posts_tags VALUES(1,2);
INSERT INTO posts_tags VALUES(2,2);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('authors',2);
INSERT INTO sqlite_sequence VALUES('tags',2);
INSERT INTO sqlite_sequence VALUES('posts',2);
INSERT INTO sqlite_sequence VALUES('action_text_rich_texts',1);
INSERT INTO sqlite_sequence VALUES('active_storage_blobs',2);
INSERT INTO sqlite_sequence VALUES('active_storage_attachments',2);
INSERT INTO sqlite_sequence VALUES('comments',2);
INSERT INTO sqlite_sequence VALUES('action_mailbox_inbound_emails',1);
CREATE UNIQUE INDEX "index_active_storage_blobs_on_key" ON "active_storage_blobs" ("key");
CREATE INDEX "index_active_storage_attachments_on_blob_id" ON "active_storage_attachments" ("blob_id");
CREATE UNIQUE INDEX "index_active_storage_attachments_uniqueness" ON "active_storage_attachments" ("record_type", "record_id", "name", "blob_id");
CREATE UNIQUE INDEX "index_active_storage_variant_records_uniqueness" ON "active_storage_variant_records" ("blob_id", "variation_digest");
CREATE UNIQUE INDEX "index_action_text_rich_texts_uniqueness" ON "action_text_rich_texts" ("record_type", "record_id", "name");
CREATE UNIQUE INDEX "index_action_mailbox_inbound_emails_uniqueness" ON "action_mailbox_inbound_emails" ("message_id", "message_checksum");
CREATE UNIQUE INDEX "index_authors_on_email" ON "authors" ("email");
CREATE INDEX "index_posts_on_author_id" ON "posts" ("author_id");
CREATE INDEX "index_comments_on_post_id" ON "comments" ("post_id");
CREATE INDEX "index_comments_on_author_id" ON "comments" ("author_id");
CREATE UNIQUE INDEX "index_tags_on_name" ON "tags" ("name");
CREATE UNIQUE INDEX "index_posts_tags_on_post_id_and_tag_id" ON "posts_tags" ("post_id", "tag_id");
CREATE INDEX "index_posts_tags_on_tag_id" ON "posts_tags" ("tag_id");
COMMIT;
