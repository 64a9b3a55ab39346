-- PostgreSQL DDL as SQLAlchemy 2.0 / Alembic emits it: native ENUM types,
-- String() without a length (VARCHAR), JSON (not JSONB), SERIAL keys,
-- server-generated primary key names (<table>_pkey).
CREATE TYPE mood AS ENUM ('happy', 'sad', 'ok');

CREATE TABLE users (
	id SERIAL NOT NULL,
	name VARCHAR(50) NOT NULL,
	email VARCHAR NOT NULL,
	mood mood,
	prefs JSON,
	created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL,
	PRIMARY KEY (id)
);

CREATE TABLE addresses (
	id SERIAL NOT NULL,
	user_id INTEGER NOT NULL,
	street VARCHAR,
	country CHAR(2) NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(user_id) REFERENCES users (id)
);
