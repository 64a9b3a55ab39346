-- GORM v1.31.2 (github.com/glebarez/sqlite v1.11.0): AutoMigrate of gorm.io/gorm/utils/tests models (User, Account,
-- Pet, Company, Toy, Language, Coupon, CouponProduct, Order, Parent, Child, Tools), a view
-- by Migrator().CreateView, rows by GORM.
-- Command: cd bench && go run ./corpusgorm sqlite DB,
-- then sqlite3 DB .dump.
-- License: MIT (GORM and its drivers); bench/corpusgorm is ferro's.
-- Made by tests/testdata/corpus/generate.sh (see README.md there).

PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE `companies` (`id` integer PRIMARY KEY AUTOINCREMENT,`name` text);
INSERT INTO companies VALUES(1,'Acme');
CREATE TABLE `users` (`id` integer PRIMARY KEY AUTOINCREMENT,`created_at` datetime,`updated_at` datetime,`deleted_at` datetime,`name` text,`age` integer,`birthday` datetime,`company_id` integer,`manager_id` integer,`active` numeric,CONSTRAINT `fk_users_company` FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`),CONSTRAINT `fk_users_team` FOREIGN KEY (`manager_id`) REFERENCES `users`(`id`));
INSERT INTO users VALUES(1,'2024-03-01 12:00:00+00:00','2024-03-01 12:00:00+00:00',NULL,'boss',50,NULL,1,NULL,1);
INSERT INTO users VALUES(2,'2024-03-01 12:00:00+00:00','2024-03-01 12:00:00+00:00',NULL,'ada',34,'1990-05-17 00:00:00+00:00',NULL,1,1);
CREATE TABLE `user_friends` (`user_id` integer,`friend_id` integer,PRIMARY KEY (`user_id`,`friend_id`),CONSTRAINT `fk_user_friends_user` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`),CONSTRAINT `fk_user_friends_friends` FOREIGN KEY (`friend_id`) REFERENCES `users`(`id`));
INSERT INTO user_friends VALUES(2,1);
CREATE TABLE `languages` (`code` text,`name` text,PRIMARY KEY (`code`));
INSERT INTO languages VALUES('en','English');
INSERT INTO languages VALUES('fr','French');
CREATE TABLE `user_speaks` (`user_id` integer,`language_code` text,PRIMARY KEY (`user_id`,`language_code`),CONSTRAINT `fk_user_speaks_user` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`),CONSTRAINT `fk_user_speaks_language` FOREIGN KEY (`language_code`) REFERENCES `languages`(`code`));
INSERT INTO user_speaks VALUES(1,'en');
INSERT INTO user_speaks VALUES(1,'fr');
INSERT INTO user_speaks VALUES(2,'en');
CREATE TABLE `accounts` (`id` integer PRIMARY KEY AUTOINCREMENT,`created_at` datetime,`updated_at` datetime,`deleted_at` datetime,`user_id` integer,`number` text,CONSTRAINT `fk_users_account` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`));
INSERT INTO accounts VALUES(1,'2024-03-01 12:00:00+00:00','2024-03-01 12:00:00+00:00',NULL,1,'A-1');
INSERT INTO accounts VALUES(2,'2024-03-01 12:00:00+00:00','2024-03-01 12:00:00+00:00',NULL,2,'A-2');
CREATE TABLE `pets` (`id` integer PRIMARY KEY AUTOINCREMENT,`created_at` datetime,`updated_at` datetime,`deleted_at` datetime,`user_id` integer,`name` text,CONSTRAINT `fk_users_pets` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`),CONSTRAINT `fk_users_named_pet` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`));
INSERT INTO pets VALUES(1,'2024-03-01 12:00:00+00:00','2024-03-01 12:00:00+00:00',NULL,2,'rex');
CREATE TABLE `toys` (`id` integer PRIMARY KEY AUTOINCREMENT,`created_at` datetime,`updated_at` datetime,`deleted_at` datetime,`name` text,`owner_id` integer,`owner_type` text);
INSERT INTO toys VALUES(1,'2024-03-01 12:00:00+00:00','2024-03-01 12:00:00+00:00',NULL,'ball',1,'pets');
INSERT INTO toys VALUES(2,'2024-03-01 12:00:00+00:00','2024-03-01 12:00:00+00:00',NULL,'kite',2,'users');
CREATE TABLE `coupons` (`id` integer PRIMARY KEY AUTOINCREMENT,`amount_off` integer,`percent_off` real);
INSERT INTO coupons VALUES(1,5,0.10000000149011611938);
CREATE TABLE `coupon_products` (`coupon_id` integer,`product_id` text,`desc` text,PRIMARY KEY (`coupon_id`,`product_id`),CONSTRAINT `fk_coupons_applies_to_product` FOREIGN KEY (`coupon_id`) REFERENCES `coupons`(`id`) ON DELETE CASCADE);
INSERT INTO coupon_products VALUES(1,'p-1','mug');
INSERT INTO coupon_products VALUES(1,'p-2','shirt');
CREATE TABLE `orders` (`id` integer PRIMARY KEY AUTOINCREMENT,`created_at` datetime,`updated_at` datetime,`deleted_at` datetime,`num` text,`coupon_id` integer,CONSTRAINT `fk_orders_coupon` FOREIGN KEY (`coupon_id`) REFERENCES `coupons`(`id`));
INSERT INTO orders VALUES(1,'2024-03-01 12:00:00+00:00','2024-03-01 12:00:00+00:00',NULL,'O-1',1);
CREATE TABLE `parents` (`id` integer PRIMARY KEY AUTOINCREMENT,`created_at` datetime,`updated_at` datetime,`deleted_at` datetime,`fav_child_id` integer);
INSERT INTO parents VALUES(1,'2024-03-01 12:00:00+00:00','2026-12-07 13:40:39.37638466+00:00',NULL,1);
CREATE TABLE `children` (`id` integer PRIMARY KEY AUTOINCREMENT,`created_at` datetime,`updated_at` datetime,`deleted_at` datetime,`name` text,`parent_id` integer,CONSTRAINT `fk_parents_fav_child` FOREIGN KEY (`parent_id`) REFERENCES `parents`(`id`),CONSTRAINT `fk_parents_children` FOREIGN KEY (`parent_id`) REFERENCES `parents`(`id`));
INSERT INTO children VALUES(1,'2024-03-01 12:00:00+00:00','2024-03-01 12:00:00+00:00',NULL,'kid',1);
INSERT INTO children VALUES(2,'2024-03-01 12:00:00+00:00','2024-03-01 12:00:00+00:00',NULL,'kid2',1);
CREATE TABLE `tools` (`id` integer PRIMARY KEY AUTOINCREMENT,`created_at` datetime,`updated_at` datetime,`deleted_at` datetime,`name` text,`custom_id` integer,`type` text);
INSERT INTO tools VALUES(1,'2024-03-01 12:00:00+00:00','2024-03-01 12:00:00+00:00',NULL,'hammer',2,'users');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('companies',1);
INSERT INTO sqlite_sequence VALUES('users',2);
INSERT INTO sqlite_sequence VALUES('accounts',2);
INSERT INTO sqlite_sequence VALUES('pets',1);
INSERT INTO sqlite_sequence VALUES('toys',2);
INSERT INTO sqlite_sequence VALUES('tools',1);
INSERT INTO sqlite_sequence VALUES('coupons',1);
INSERT INTO sqlite_sequence VALUES('orders',1);
INSERT INTO sqlite_sequence VALUES('parents',1);
INSERT INTO sqlite_sequence VALUES('children',2);
CREATE INDEX `idx_users_deleted_at` ON `users`(`deleted_at`);
CREATE INDEX `idx_accounts_deleted_at` ON `accounts`(`deleted_at`);
CREATE INDEX `idx_pets_deleted_at` ON `pets`(`deleted_at`);
CREATE INDEX `idx_toys_deleted_at` ON `toys`(`deleted_at`);
CREATE INDEX `idx_orders_deleted_at` ON `orders`(`deleted_at`);
CREATE INDEX `idx_parents_deleted_at` ON `parents`(`deleted_at`);
CREATE INDEX `idx_children_deleted_at` ON `children`(`deleted_at`);
CREATE INDEX `idx_tools_deleted_at` ON `tools`(`deleted_at`);
CREATE VIEW `users_pets` AS SELECT users.id, users.name, pets.name AS pet_name FROM `users` LEFT JOIN pets ON pets.user_id = users.id WHERE `users`.`deleted_at` IS NULL;
COMMIT;
