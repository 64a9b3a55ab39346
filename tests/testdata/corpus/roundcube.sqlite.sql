-- roundcube 1.6.5+dfsg-1+deb12u14 (Debian roundcube-core): the shipped schema /usr/share/roundcube/SQL/sqlite.initial.sql, run as is;
-- the rows are tools/roundcube-rows.sql, written for the corpus (ferro's).
-- Command: sqlite3 DB < each file, then
-- sqlite3 DB .dump.
-- License: GPL-3.0-or-later (Roundcube Webmail); the rows are ferro's.
-- Made by tests/testdata/corpus/generate.sh (see README.md there).

PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE users (
  user_id integer NOT NULL PRIMARY KEY,
  username varchar(128) NOT NULL default '',
  mail_host varchar(128) NOT NULL default '',
  created datetime NOT NULL default '0000-00-00 00:00:00',
  last_login datetime DEFAULT NULL,
  failed_login datetime DEFAULT NULL,
  failed_login_counter integer DEFAULT NULL,
  language varchar(16),
  preferences text DEFAULT NULL
);
INSERT INTO users VALUES(1,'ada@example.org','localhost','2024-03-01 12:00:00',NULL,NULL,NULL,'en_US','a:1:{s:8:"timezone";s:4:"auto";}');
INSERT INTO users VALUES(2,'bob@example.org','localhost','2024-03-02 08:30:00',NULL,NULL,NULL,NULL,NULL);
CREATE TABLE contacts (
  contact_id integer NOT NULL PRIMARY KEY,
  user_id integer NOT NULL
    REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
  changed datetime NOT NULL default '0000-00-00 00:00:00',
  del tinyint NOT NULL default '0',
  name varchar(128) NOT NULL default '',
  email text NOT NULL default '',
  firstname varchar(128) NOT NULL default '',
  surname varchar(128) NOT NULL default '',
  vcard text NOT NULL default '',
  words text NOT NULL default ''
);
INSERT INTO contacts VALUES(1,1,'2024-03-01 12:05:00',0,'Bob Stone','bob@example.org','Bob','Stone',replace('BEGIN:VCARD\nVERSION:3.0\nFN:Bob Stone\nEMAIL:bob@example.org\nEND:VCARD','\n',char(10)),' bob stone bob@example.org');
CREATE TABLE contactgroups (
  contactgroup_id integer NOT NULL PRIMARY KEY,
  user_id integer NOT NULL
    REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
  changed datetime NOT NULL default '0000-00-00 00:00:00',
  del tinyint NOT NULL default '0',
  name varchar(128) NOT NULL default ''
);
INSERT INTO contactgroups VALUES(1,1,'2024-03-01 12:06:00',0,'Friends');
CREATE TABLE contactgroupmembers (
  contactgroup_id integer NOT NULL
    REFERENCES contactgroups(contactgroup_id) ON DELETE CASCADE ON UPDATE CASCADE,
  contact_id integer NOT NULL
    REFERENCES contacts(contact_id) ON DELETE CASCADE ON UPDATE CASCADE,
  created datetime NOT NULL default '0000-00-00 00:00:00',
  PRIMARY KEY (contactgroup_id, contact_id)
);
INSERT INTO contactgroupmembers VALUES(1,1,'2024-03-01 12:06:00');
CREATE TABLE collected_addresses (
  address_id integer NOT NULL PRIMARY KEY,
  user_id integer NOT NULL
    REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
  changed datetime NOT NULL default '0000-00-00 00:00:00',
  name varchar(255) NOT NULL default '',
  email varchar(255) NOT NULL,
  "type" integer NOT NULL
);
INSERT INTO collected_addresses VALUES(1,1,'2024-03-01 12:10:00','Carol','carol@example.org',1);
CREATE TABLE identities (
  identity_id integer NOT NULL PRIMARY KEY,
  user_id integer NOT NULL
    REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
  changed datetime NOT NULL default '0000-00-00 00:00:00',
  del tinyint NOT NULL default '0',
  standard tinyint NOT NULL default '0',
  name varchar(128) NOT NULL default '',
  organization varchar(128) default '',
  email varchar(128) NOT NULL default '',
  "reply-to" varchar(128) NOT NULL default '',
  bcc varchar(128) NOT NULL default '',
  signature text NOT NULL default '',
  html_signature tinyint NOT NULL default '0'
);
INSERT INTO identities VALUES(1,1,'2024-03-01 12:00:00',0,1,'Ada','','ada@example.org','','','-- Ada',0);
INSERT INTO identities VALUES(2,2,'2024-03-02 08:30:00',0,1,'Bob','','bob@example.org','','','',0);
CREATE TABLE responses (
  response_id integer NOT NULL PRIMARY KEY,
  user_id integer NOT NULL
    REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
  changed datetime NOT NULL default '0000-00-00 00:00:00',
  del tinyint NOT NULL default '0',
  name varchar(255) NOT NULL,
  data text NOT NULL,
  is_html tinyint NOT NULL default '0'
);
INSERT INTO responses VALUES(1,1,'2024-03-01 12:11:00',0,'Thanks','Thank you!',0);
CREATE TABLE session (
  sess_id varchar(128) NOT NULL PRIMARY KEY,
  changed datetime NOT NULL default '0000-00-00 00:00:00',
  ip varchar(40) NOT NULL default '',
  vars text NOT NULL
);
INSERT INTO session VALUES('0123456789abcdef0123456789abcdef','2024-03-01 12:00:00','192.0.2.7','bGFuZ3VhZ2V8czo1OiJlbl9VUyI7');
CREATE TABLE dictionary (
  user_id integer DEFAULT NULL
    REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
  language varchar(16) NOT NULL,
  data text NOT NULL
);
INSERT INTO dictionary VALUES(1,'en_US','ferro');
CREATE TABLE searches (
  search_id integer NOT NULL PRIMARY KEY,
  user_id integer NOT NULL
    REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
  "type" smallint NOT NULL DEFAULT '0',
  name varchar(128) NOT NULL,
  data text NOT NULL
);
INSERT INTO searches VALUES(1,2,0,'unread','a:1:{s:6:"search";s:6:"UNSEEN";}');
CREATE TABLE cache (
  user_id integer NOT NULL
    REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
  cache_key varchar(128) NOT NULL default '',
  expires datetime DEFAULT NULL,
  data text NOT NULL,
  PRIMARY KEY (user_id, cache_key)
);
CREATE TABLE cache_shared (
  cache_key varchar(255) NOT NULL,
  expires datetime DEFAULT NULL,
  data text NOT NULL,
  PRIMARY KEY (cache_key)
);
CREATE TABLE cache_index (
    user_id integer NOT NULL
        REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    mailbox varchar(255) NOT NULL,
    expires datetime DEFAULT NULL,
    valid smallint NOT NULL DEFAULT '0',
    data text NOT NULL,
    PRIMARY KEY (user_id, mailbox)
);
INSERT INTO cache_index VALUES(1,'INBOX','2024-03-08 12:00:00',1,'YToxOntzOjU6ImNvdW50IjtpOjA7fQ==');
CREATE TABLE cache_thread (
    user_id integer NOT NULL
        REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    mailbox varchar(255) NOT NULL,
    expires datetime DEFAULT NULL,
    data text NOT NULL,
    PRIMARY KEY (user_id, mailbox)
);
CREATE TABLE cache_messages (
    user_id integer NOT NULL
        REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    mailbox varchar(255) NOT NULL,
    uid integer NOT NULL,
    expires datetime DEFAULT NULL,
    data text NOT NULL,
    flags integer NOT NULL DEFAULT '0',
    PRIMARY KEY (user_id, mailbox, uid)
);
CREATE TABLE filestore (
    file_id integer NOT NULL PRIMARY KEY,
    user_id integer NOT NULL
        REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE,
    context varchar(32) NOT NULL,
    filename varchar(128) NOT NULL,
    mtime integer NOT NULL,
    data text NOT NULL
);
INSERT INTO filestore VALUES(1,1,'enigma','pubring.kbx',1709294400,'');
CREATE TABLE system (
  name varchar(64) NOT NULL PRIMARY KEY,
  value text NOT NULL
);
INSERT INTO system VALUES('roundcube-version','2022081200');
CREATE UNIQUE INDEX ix_users_username ON users(username, mail_host);
CREATE INDEX ix_contacts_user_id ON contacts(user_id, del);
CREATE INDEX ix_contactgroups_user_id ON contactgroups(user_id, del);
CREATE INDEX ix_contactgroupmembers_contact_id ON contactgroupmembers (contact_id);
CREATE UNIQUE INDEX ix_collected_addresses_user_id ON collected_addresses(user_id, "type", email);
CREATE INDEX ix_identities_user_id ON identities(user_id, del);
CREATE INDEX ix_identities_email ON identities(email, del);
CREATE INDEX ix_responses_user_id ON responses(user_id, del);
CREATE INDEX ix_session_changed ON session (changed);
CREATE UNIQUE INDEX ix_dictionary_user_language ON dictionary (user_id, language);
CREATE UNIQUE INDEX ix_searches_user_type_name ON searches (user_id, type, name);
CREATE INDEX ix_cache_expires ON cache(expires);
CREATE INDEX ix_cache_shared_expires ON cache_shared(expires);
CREATE INDEX ix_cache_index_expires ON cache_index (expires);
CREATE INDEX ix_cache_thread_expires ON cache_thread (expires);
CREATE INDEX ix_cache_messages_expires ON cache_messages (expires);
CREATE UNIQUE INDEX ix_filestore_user_id ON filestore(user_id, context, filename);
COMMIT;
