-- PowerDNS 4.7.3-2 (Debian pdns-backend-sqlite3): the shipped /usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql,
-- rows by pdnsutil (zones, records, DNSSEC keys, metadata, a TSIG key, an autoprimary).
-- Command: sqlite3 DB < schema.sqlite3.sql; pdnsutil --config-dir=CONF ...; then
-- sqlite3 DB .dump.
-- License: GPL-2 with OpenSSL exception (PowerDNS).
-- Made by tests/testdata/corpus/generate.sh (see README.md there).

PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE domains (
  id                    INTEGER PRIMARY KEY,
  name                  VARCHAR(255) NOT NULL COLLATE NOCASE,
  master                VARCHAR(128) DEFAULT NULL,
  last_check            INTEGER DEFAULT NULL,
  type                  VARCHAR(8) NOT NULL,
  notified_serial       INTEGER DEFAULT NULL,
  account               VARCHAR(40) DEFAULT NULL,
  options               VARCHAR(65535) DEFAULT NULL,
  catalog               VARCHAR(255) DEFAULT NULL
);
INSERT INTO domains VALUES(1,'example.org','',NULL,'NATIVE',NULL,'',NULL,NULL);
INSERT INTO domains VALUES(2,'example.net','',NULL,'NATIVE',NULL,'',NULL,NULL);
CREATE TABLE records (
  id                    INTEGER PRIMARY KEY,
  domain_id             INTEGER DEFAULT NULL,
  name                  VARCHAR(255) DEFAULT NULL,
  type                  VARCHAR(10) DEFAULT NULL,
  content               VARCHAR(65535) DEFAULT NULL,
  ttl                   INTEGER DEFAULT NULL,
  prio                  INTEGER DEFAULT NULL,
  disabled              BOOLEAN DEFAULT 0,
  ordername             VARCHAR(255),
  auth                  BOOL DEFAULT 1,
  FOREIGN KEY(domain_id) REFERENCES domains(id) ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO records VALUES(1,1,'example.org','SOA','a.misconfigured.dns.server.invalid hostmaster.example.org 0 10800 3600 604800 3600',3600,0,0,'',1);
INSERT INTO records VALUES(2,1,'example.org','NS','ns1.example.org',3600,0,0,'',1);
INSERT INTO records VALUES(3,1,'www.example.org','A','192.0.2.10',3600,0,0,'www',1);
INSERT INTO records VALUES(4,1,'example.org','MX','mail.example.org',3600,10,0,'',1);
INSERT INTO records VALUES(5,1,'mail.example.org','AAAA','2001:db8::25',3600,0,0,'mail',1);
INSERT INTO records VALUES(6,2,'example.net','SOA','a.misconfigured.dns.server.invalid hostmaster.example.net 0 10800 3600 604800 3600',3600,0,0,NULL,1);
INSERT INTO records VALUES(7,2,'example.net','NS','ns1.example.org',3600,0,0,NULL,1);
CREATE TABLE supermasters (
  ip                    VARCHAR(64) NOT NULL,
  nameserver            VARCHAR(255) NOT NULL COLLATE NOCASE,
  account               VARCHAR(40) NOT NULL
);
INSERT INTO supermasters VALUES('192.0.2.53','ns1.example.net','corpus');
CREATE TABLE comments (
  id                    INTEGER PRIMARY KEY,
  domain_id             INTEGER NOT NULL,
  name                  VARCHAR(255) NOT NULL,
  type                  VARCHAR(10) NOT NULL,
  modified_at           INT NOT NULL,
  account               VARCHAR(40) DEFAULT NULL,
  comment               VARCHAR(65535) NOT NULL,
  FOREIGN KEY(domain_id) REFERENCES domains(id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE domainmetadata (
 id                     INTEGER PRIMARY KEY,
 domain_id              INT NOT NULL,
 kind                   VARCHAR(32) COLLATE NOCASE,
 content                TEXT,
 FOREIGN KEY(domain_id) REFERENCES domains(id) ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO domainmetadata VALUES(1,1,'ALLOW-AXFR-FROM','192.0.2.0/24');
CREATE TABLE cryptokeys (
 id                     INTEGER PRIMARY KEY,
 domain_id              INT NOT NULL,
 flags                  INT NOT NULL,
 active                 BOOL,
 published              BOOL DEFAULT 1,
 content                TEXT,
 FOREIGN KEY(domain_id) REFERENCES domains(id) ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO cryptokeys VALUES(1,1,257,1,1,replace('Private-key-format: v1.2\nAlgorithm: 13 (ECDSAP256SHA256)\nPrivateKey: yiNYd9VYZoGtNyoCmt5jWFMAnyEHTX6wlyITyOqI4Ok=\n','\n',char(10)));
CREATE TABLE tsigkeys (
 id                     INTEGER PRIMARY KEY,
 name                   VARCHAR(255) COLLATE NOCASE,
 algorithm              VARCHAR(50) COLLATE NOCASE,
 secret                 VARCHAR(255)
);
INSERT INTO tsigkeys VALUES(1,'xfr','hmac-sha256','cZz5C+Q5KlRgDW8w2TQFSDO8pkaTTIC6N6XgwMxMpvVyYr7H1YdYjZVK4rMPrj5I2lfavsfPW+PnpHiVyXETGA==');
CREATE UNIQUE INDEX name_index ON domains(name);
CREATE INDEX catalog_idx ON domains(catalog);
CREATE INDEX records_lookup_idx ON records(name, type);
CREATE INDEX records_lookup_id_idx ON records(domain_id, name, type);
CREATE INDEX records_order_idx ON records(domain_id, ordername);
CREATE UNIQUE INDEX ip_nameserver_pk ON supermasters(ip, nameserver);
CREATE INDEX comments_idx ON comments(domain_id, name, type);
CREATE INDEX comments_order_idx ON comments (domain_id, modified_at);
CREATE INDEX domainmetaidindex ON domainmetadata(domain_id);
CREATE INDEX domainidindex ON cryptokeys(domain_id);
CREATE UNIQUE INDEX namealgoindex ON tsigkeys(name, algorithm);
COMMIT;
