-- Rows for the MediaWiki corpus database on SQLite (ferro's, not
-- MediaWiki's): a wiki with one user and a Main Page of one revision,
-- the rows MediaWiki's installer writes, by hand (timestamps in
-- MediaWiki's 14-digit form, as it stores them on SQLite).
INSERT INTO "user" (user_id, user_name, user_real_name, user_password, user_newpassword, user_email, user_touched, user_token, user_registration, user_editcount)
    VALUES (1, 'Admin', '', ':pbkdf2:sha512:30000:64:c2FsdA==:aGFzaA==', '', 'admin@example.org', '20240301120000', '0123456789abcdef0123456789abcdef', '20240301120000', 1);
INSERT INTO user_groups (ug_user, ug_group) VALUES (1, 'sysop'), (1, 'bureaucrat'), (1, 'interface-admin');
INSERT INTO actor (actor_id, actor_user, actor_name) VALUES (1, 1, 'Admin'), (2, NULL, 'MediaWiki default');
INSERT INTO comment (comment_id, comment_hash, comment_text) VALUES (1, 0, '');
INSERT INTO text (old_id, old_text, old_flags) VALUES (1, '<strong>MediaWiki has been installed.</strong>', 'utf-8');
INSERT INTO content_models (model_id, model_name) VALUES (1, 'wikitext');
INSERT INTO slot_roles (role_id, role_name) VALUES (1, 'main');
INSERT INTO content (content_id, content_size, content_sha1, content_model, content_address) VALUES (1, 46, 'gnl6ghb4qxtm8ey4wnhvvx8v3p4q0df', 1, 'tt:1');
INSERT INTO page (page_id, page_namespace, page_title, page_is_new, page_random, page_touched, page_latest, page_len, page_content_model)
    VALUES (1, 0, 'Main_Page', 1, 0.318712, '20240301120000', 1, 46, 'wikitext');
INSERT INTO revision (rev_id, rev_page, rev_comment_id, rev_actor, rev_timestamp, rev_len, rev_parent_id, rev_sha1)
    VALUES (1, 1, 1, 2, '20240301120000', 46, 0, 'gnl6ghb4qxtm8ey4wnhvvx8v3p4q0df');
INSERT INTO slots (slot_revision_id, slot_role_id, slot_content_id, slot_origin) VALUES (1, 1, 1, 1);
INSERT INTO site_stats (ss_row_id, ss_total_edits, ss_good_articles, ss_total_pages, ss_users, ss_active_users, ss_images)
    VALUES (1, 1, 0, 1, 1, 0, 0);
INSERT INTO updatelog (ul_key, ul_value) VALUES ('corpus-rows', NULL);
