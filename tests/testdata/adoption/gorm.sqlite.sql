-- SQLite DDL as GORM's AutoMigrate writes it: backquoted names, integer
-- keys, text strings, datetime, numeric booleans, real floats.
CREATE TABLE `products` (`id` integer PRIMARY KEY AUTOINCREMENT,`created_at` datetime,`updated_at` datetime,`deleted_at` datetime,`code` text,`price` integer,`weight` real,`available` numeric);
CREATE INDEX `idx_products_deleted_at` ON `products`(`deleted_at`);
