-- Rows for the Roundcube corpus database (ferro's, not Roundcube's): what
-- two webmail users leave behind. The same text runs on PostgreSQL and
-- SQLite; keys come from the schema's own sequences or rowids.
INSERT INTO users (username, mail_host, created, language, preferences) VALUES
    ('ada@example.org', 'localhost', '2024-03-01 12:00:00', 'en_US', 'a:1:{s:8:"timezone";s:4:"auto";}'),
    ('bob@example.org', 'localhost', '2024-03-02 08:30:00', NULL, NULL);
INSERT INTO identities (user_id, changed, standard, name, email, "reply-to", bcc, signature) VALUES
    ((SELECT user_id FROM users WHERE username = 'ada@example.org'), '2024-03-01 12:00:00', 1, 'Ada', 'ada@example.org', '', '', '-- Ada'),
    ((SELECT user_id FROM users WHERE username = 'bob@example.org'), '2024-03-02 08:30:00', 1, 'Bob', 'bob@example.org', '', '', '');
INSERT INTO contacts (user_id, changed, name, email, firstname, surname, vcard, words) VALUES
    ((SELECT user_id FROM users WHERE username = 'ada@example.org'), '2024-03-01 12:05:00', 'Bob Stone', 'bob@example.org', 'Bob', 'Stone',
     'BEGIN:VCARD
VERSION:3.0
FN:Bob Stone
EMAIL:bob@example.org
END:VCARD', ' bob stone bob@example.org');
INSERT INTO contactgroups (user_id, changed, name) VALUES
    ((SELECT user_id FROM users WHERE username = 'ada@example.org'), '2024-03-01 12:06:00', 'Friends');
INSERT INTO contactgroupmembers (contactgroup_id, contact_id, created) VALUES
    ((SELECT contactgroup_id FROM contactgroups WHERE name = 'Friends'), (SELECT contact_id FROM contacts WHERE email = 'bob@example.org'), '2024-03-01 12:06:00');
INSERT INTO collected_addresses (user_id, changed, name, email, "type") VALUES
    ((SELECT user_id FROM users WHERE username = 'ada@example.org'), '2024-03-01 12:10:00', 'Carol', 'carol@example.org', 1);
INSERT INTO responses (user_id, changed, name, data, is_html) VALUES
    ((SELECT user_id FROM users WHERE username = 'ada@example.org'), '2024-03-01 12:11:00', 'Thanks', 'Thank you!', 0);
INSERT INTO searches (user_id, "type", name, data) VALUES
    ((SELECT user_id FROM users WHERE username = 'bob@example.org'), 0, 'unread', 'a:1:{s:6:"search";s:6:"UNSEEN";}');
INSERT INTO dictionary (user_id, language, data) VALUES
    ((SELECT user_id FROM users WHERE username = 'ada@example.org'), 'en_US', 'ferro');
INSERT INTO session (sess_id, changed, ip, vars) VALUES
    ('0123456789abcdef0123456789abcdef', '2024-03-01 12:00:00', '192.0.2.7', 'bGFuZ3VhZ2V8czo1OiJlbl9VUyI7');
INSERT INTO cache_index (user_id, mailbox, expires, valid, data) VALUES
    ((SELECT user_id FROM users WHERE username = 'ada@example.org'), 'INBOX', '2024-03-08 12:00:00', 1, 'YToxOntzOjU6ImNvdW50IjtpOjA7fQ==');
INSERT INTO filestore (user_id, context, filename, mtime, data) VALUES
    ((SELECT user_id FROM users WHERE username = 'ada@example.org'), 'enigma', 'pubring.kbx', 1709294400, '');
