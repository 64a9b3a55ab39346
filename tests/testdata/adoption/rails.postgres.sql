-- PostgreSQL DDL as Rails 7 writes it in db/structure.sql: a native enum
-- made by create_enum and used by t.enum (a default cast to the type), a
-- bigint key filled from its own sequence, character varying without a
-- length, the primary key <table>_pkey added by ALTER TABLE, an index
-- named index_<table>_on_<column>.
CREATE TYPE article_status AS ENUM (
    'draft',
    'published',
    'archived'
);

CREATE TABLE articles (
    id bigint NOT NULL,
    title character varying,
    status article_status DEFAULT 'draft'::article_status NOT NULL
);

CREATE SEQUENCE articles_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;

ALTER SEQUENCE articles_id_seq OWNED BY articles.id;

ALTER TABLE ONLY articles ALTER COLUMN id SET DEFAULT nextval('articles_id_seq'::regclass);

ALTER TABLE ONLY articles ADD CONSTRAINT articles_pkey PRIMARY KEY (id);

CREATE INDEX index_articles_on_status ON articles USING btree (status);
