-- PowerDNS 4.7.3-2 (Debian pdns-backend-pgsql): the shipped /usr/share/pdns-backend-pgsql/schema/schema.pgsql.sql,
-- rows by pdnsutil (zones, records, DNSSEC keys, metadata, a TSIG key, an autoprimary).
-- Command: psql -f schema.pgsql.sql; pdnsutil --config-dir=CONF ...; then
-- pg_dump --no-owner --no-privileges.
-- License: GPL-2 with OpenSSL exception (PowerDNS).
-- Made by tests/testdata/corpus/generate.sh (see README.md there).

--
-- PostgreSQL database dump
--

\restrict Cir3vKdOM38dFfAORaAfaYEOpc2qO8gUycako7FBejxdwNPcBEat9rJIiXIBi3V

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: comments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.comments (
    id integer NOT NULL,
    domain_id integer NOT NULL,
    name character varying(255) NOT NULL,
    type character varying(10) NOT NULL,
    modified_at integer NOT NULL,
    account character varying(40) DEFAULT NULL::character varying,
    comment character varying(65535) NOT NULL,
    CONSTRAINT c_lowercase_name CHECK (((name)::text = lower((name)::text)))
);


--
-- Name: comments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.comments_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: comments_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.comments_id_seq OWNED BY public.comments.id;


--
-- Name: cryptokeys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cryptokeys (
    id integer NOT NULL,
    domain_id integer,
    flags integer NOT NULL,
    active boolean,
    published boolean DEFAULT true,
    content text
);


--
-- Name: cryptokeys_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.cryptokeys_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: cryptokeys_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.cryptokeys_id_seq OWNED BY public.cryptokeys.id;


--
-- Name: domainmetadata; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.domainmetadata (
    id integer NOT NULL,
    domain_id integer,
    kind character varying(32),
    content text
);


--
-- Name: domainmetadata_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.domainmetadata_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: domainmetadata_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.domainmetadata_id_seq OWNED BY public.domainmetadata.id;


--
-- Name: domains; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.domains (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    master character varying(128) DEFAULT NULL::character varying,
    last_check integer,
    type text NOT NULL,
    notified_serial bigint,
    account character varying(40) DEFAULT NULL::character varying,
    options text,
    catalog text,
    CONSTRAINT c_lowercase_name CHECK (((name)::text = lower((name)::text)))
);


--
-- Name: domains_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.domains_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: domains_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.domains_id_seq OWNED BY public.domains.id;


--
-- Name: records; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.records (
    id bigint NOT NULL,
    domain_id integer,
    name character varying(255) DEFAULT NULL::character varying,
    type character varying(10) DEFAULT NULL::character varying,
    content character varying(65535) DEFAULT NULL::character varying,
    ttl integer,
    prio integer,
    disabled boolean DEFAULT false,
    ordername character varying(255),
    auth boolean DEFAULT true,
    CONSTRAINT c_lowercase_name CHECK (((name)::text = lower((name)::text)))
);


--
-- Name: records_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.records_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: records_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.records_id_seq OWNED BY public.records.id;


--
-- Name: supermasters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.supermasters (
    ip inet NOT NULL,
    nameserver character varying(255) NOT NULL,
    account character varying(40) NOT NULL
);


--
-- Name: tsigkeys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tsigkeys (
    id integer NOT NULL,
    name character varying(255),
    algorithm character varying(50),
    secret character varying(255),
    CONSTRAINT c_lowercase_name CHECK (((name)::text = lower((name)::text)))
);


--
-- Name: tsigkeys_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tsigkeys_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tsigkeys_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tsigkeys_id_seq OWNED BY public.tsigkeys.id;


--
-- Name: comments id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments ALTER COLUMN id SET DEFAULT nextval('public.comments_id_seq'::regclass);


--
-- Name: cryptokeys id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cryptokeys ALTER COLUMN id SET DEFAULT nextval('public.cryptokeys_id_seq'::regclass);


--
-- Name: domainmetadata id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domainmetadata ALTER COLUMN id SET DEFAULT nextval('public.domainmetadata_id_seq'::regclass);


--
-- Name: domains id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domains ALTER COLUMN id SET DEFAULT nextval('public.domains_id_seq'::regclass);


--
-- Name: records id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records ALTER COLUMN id SET DEFAULT nextval('public.records_id_seq'::regclass);


--
-- Name: tsigkeys id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tsigkeys ALTER COLUMN id SET DEFAULT nextval('public.tsigkeys_id_seq'::regclass);


--
-- Data for Name: comments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.comments (id, domain_id, name, type, modified_at, account, comment) FROM stdin;
\.


--
-- Data for Name: cryptokeys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cryptokeys (id, domain_id, flags, active, published, content) FROM stdin;
1	1	257	t	t	Private-key-format: v1.2\nAlgorithm: 13 (ECDSAP256SHA256)\nPrivateKey: nF25ZugDeMZG8ckZSB+8pxivFRm0Kw6UHLcYJi1Zh04=\n
\.


--
-- Data for Name: domainmetadata; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.domainmetadata (id, domain_id, kind, content) FROM stdin;
1	1	ALLOW-AXFR-FROM	192.0.2.0/24
\.


--
-- Data for Name: domains; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.domains (id, name, master, last_check, type, notified_serial, account, options, catalog) FROM stdin;
1	example.org		\N	NATIVE	\N		\N	\N
2	example.net		\N	NATIVE	\N		\N	\N
\.


--
-- Data for Name: records; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.records (id, domain_id, name, type, content, ttl, prio, disabled, ordername, auth) FROM stdin;
5	1	mail.example.org	AAAA	2001:db8::25	3600	0	f	mail	t
3	1	www.example.org	A	192.0.2.10	3600	0	f	www	t
6	2	example.net	SOA	a.misconfigured.dns.server.invalid hostmaster.example.net 0 10800 3600 604800 3600	3600	0	f	\N	t
7	2	example.net	NS	ns1.example.org	3600	0	f	\N	t
1	1	example.org	SOA	a.misconfigured.dns.server.invalid hostmaster.example.org 0 10800 3600 604800 3600	3600	0	f		t
2	1	example.org	NS	ns1.example.org	3600	0	f		t
4	1	example.org	MX	mail.example.org	3600	10	f		t
\.


--
-- Data for Name: supermasters; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.supermasters (ip, nameserver, account) FROM stdin;
192.0.2.53	ns1.example.net	corpus
\.


--
-- Data for Name: tsigkeys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.tsigkeys (id, name, algorithm, secret) FROM stdin;
1	xfr	hmac-sha256	Z1KD9wXJIGXGv48qeSGsgBhf+gKLZSXyGt7GCzCyjHtKl346jgqpUBnz0f9PKNT+493/BB0Y4LWq5juiB0ngbg==
\.


--
-- Name: comments_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.comments_id_seq', 1, false);


--
-- Name: cryptokeys_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.cryptokeys_id_seq', 1, true);


--
-- Name: domainmetadata_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.domainmetadata_id_seq', 1, true);


--
-- Name: domains_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.domains_id_seq', 2, true);


--
-- Name: records_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.records_id_seq', 7, true);


--
-- Name: tsigkeys_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tsigkeys_id_seq', 1, true);


--
-- Name: comments comments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_pkey PRIMARY KEY (id);


--
-- Name: cryptokeys cryptokeys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cryptokeys
    ADD CONSTRAINT cryptokeys_pkey PRIMARY KEY (id);


--
-- Name: domainmetadata domainmetadata_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domainmetadata
    ADD CONSTRAINT domainmetadata_pkey PRIMARY KEY (id);


--
-- Name: domains domains_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domains
    ADD CONSTRAINT domains_pkey PRIMARY KEY (id);


--
-- Name: records records_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records
    ADD CONSTRAINT records_pkey PRIMARY KEY (id);


--
-- Name: supermasters supermasters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supermasters
    ADD CONSTRAINT supermasters_pkey PRIMARY KEY (ip, nameserver);


--
-- Name: tsigkeys tsigkeys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tsigkeys
    ADD CONSTRAINT tsigkeys_pkey PRIMARY KEY (id);


--
-- Name: catalog_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX catalog_idx ON public.domains USING btree (catalog);


--
-- Name: comments_domain_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comments_domain_id_idx ON public.comments USING btree (domain_id);


--
-- Name: comments_name_type_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comments_name_type_idx ON public.comments USING btree (name, type);


--
-- Name: comments_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comments_order_idx ON public.comments USING btree (domain_id, modified_at);


--
-- Name: domain_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX domain_id ON public.records USING btree (domain_id);


--
-- Name: domainidindex; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX domainidindex ON public.cryptokeys USING btree (domain_id);


--
-- Name: domainidmetaindex; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX domainidmetaindex ON public.domainmetadata USING btree (domain_id);


--
-- Name: name_index; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX name_index ON public.domains USING btree (name);


--
-- Name: namealgoindex; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX namealgoindex ON public.tsigkeys USING btree (name, algorithm);


--
-- Name: nametype_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX nametype_index ON public.records USING btree (name, type);


--
-- Name: rec_name_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX rec_name_index ON public.records USING btree (name);


--
-- Name: recordorder; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX recordorder ON public.records USING btree (domain_id, ordername text_pattern_ops);


--
-- Name: cryptokeys cryptokeys_domain_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cryptokeys
    ADD CONSTRAINT cryptokeys_domain_id_fkey FOREIGN KEY (domain_id) REFERENCES public.domains(id) ON DELETE CASCADE;


--
-- Name: comments domain_exists; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT domain_exists FOREIGN KEY (domain_id) REFERENCES public.domains(id) ON DELETE CASCADE;


--
-- Name: records domain_exists; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.records
    ADD CONSTRAINT domain_exists FOREIGN KEY (domain_id) REFERENCES public.domains(id) ON DELETE CASCADE;


--
-- Name: domainmetadata domainmetadata_domain_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domainmetadata
    ADD CONSTRAINT domainmetadata_domain_id_fkey FOREIGN KEY (domain_id) REFERENCES public.domains(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict Cir3vKdOM38dFfAORaAfaYEOpc2qO8gUycako7FBejxdwNPcBEat9rJIiXIBi3V

