-- roundcube 1.6.5+dfsg-1+deb12u14 (Debian roundcube-core): the shipped schema /usr/share/roundcube/SQL/postgres.initial.sql, run as is;
-- the rows are tools/roundcube-rows.sql, written for the corpus (ferro's).
-- Command: psql -X -1 -f each file, then
-- pg_dump --no-owner --no-privileges.
-- License: GPL-3.0-or-later (Roundcube Webmail); the rows are ferro's.
-- Made by tests/testdata/corpus/generate.sh (see README.md there).

--
-- PostgreSQL database dump
--

\restrict MoopdP9C1LidcQKYxtn3hUDqXG58Z4IBDS4m5ULKdttbW5eYXDbP1DfEGSVcfHB

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
-- Name: cache; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cache (
    user_id integer NOT NULL,
    cache_key character varying(128) DEFAULT ''::character varying NOT NULL,
    expires timestamp with time zone,
    data text NOT NULL
);


--
-- Name: cache_index; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cache_index (
    user_id integer NOT NULL,
    mailbox character varying(255) NOT NULL,
    expires timestamp with time zone,
    valid smallint DEFAULT 0 NOT NULL,
    data text NOT NULL
);


--
-- Name: cache_messages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cache_messages (
    user_id integer NOT NULL,
    mailbox character varying(255) NOT NULL,
    uid integer NOT NULL,
    expires timestamp with time zone,
    data text NOT NULL,
    flags integer DEFAULT 0 NOT NULL
);


--
-- Name: cache_shared; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cache_shared (
    cache_key character varying(255) NOT NULL,
    expires timestamp with time zone,
    data text NOT NULL
);


--
-- Name: cache_thread; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cache_thread (
    user_id integer NOT NULL,
    mailbox character varying(255) NOT NULL,
    expires timestamp with time zone,
    data text NOT NULL
);


--
-- Name: collected_addresses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.collected_addresses (
    address_id integer DEFAULT nextval(('collected_addresses_seq'::text)::regclass) NOT NULL,
    user_id integer NOT NULL,
    changed timestamp with time zone DEFAULT now() NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    email character varying(255) NOT NULL,
    type integer NOT NULL
);


--
-- Name: collected_addresses_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.collected_addresses_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: contactgroupmembers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contactgroupmembers (
    contactgroup_id integer NOT NULL,
    contact_id integer NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: contactgroups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contactgroups (
    contactgroup_id integer DEFAULT nextval(('contactgroups_seq'::text)::regclass) NOT NULL,
    user_id integer NOT NULL,
    changed timestamp with time zone DEFAULT now() NOT NULL,
    del smallint DEFAULT 0 NOT NULL,
    name character varying(128) DEFAULT ''::character varying NOT NULL
);


--
-- Name: contactgroups_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.contactgroups_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: contacts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contacts (
    contact_id integer DEFAULT nextval(('contacts_seq'::text)::regclass) NOT NULL,
    user_id integer NOT NULL,
    changed timestamp with time zone DEFAULT now() NOT NULL,
    del smallint DEFAULT 0 NOT NULL,
    name character varying(128) DEFAULT ''::character varying NOT NULL,
    email text DEFAULT ''::text NOT NULL,
    firstname character varying(128) DEFAULT ''::character varying NOT NULL,
    surname character varying(128) DEFAULT ''::character varying NOT NULL,
    vcard text,
    words text
);


--
-- Name: contacts_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.contacts_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: dictionary; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dictionary (
    user_id integer,
    language character varying(16) NOT NULL,
    data text NOT NULL
);


--
-- Name: filestore; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.filestore (
    file_id integer DEFAULT nextval(('filestore_seq'::text)::regclass) NOT NULL,
    user_id integer NOT NULL,
    context character varying(32) NOT NULL,
    filename character varying(128) NOT NULL,
    mtime integer NOT NULL,
    data text NOT NULL
);


--
-- Name: filestore_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.filestore_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: identities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.identities (
    identity_id integer DEFAULT nextval(('identities_seq'::text)::regclass) NOT NULL,
    user_id integer NOT NULL,
    changed timestamp with time zone DEFAULT now() NOT NULL,
    del smallint DEFAULT 0 NOT NULL,
    standard smallint DEFAULT 0 NOT NULL,
    name character varying(128) NOT NULL,
    organization character varying(128),
    email character varying(128) NOT NULL,
    "reply-to" character varying(128),
    bcc character varying(128),
    signature text,
    html_signature smallint DEFAULT 0 NOT NULL
);


--
-- Name: identities_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.identities_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: responses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.responses (
    response_id integer DEFAULT nextval(('responses_seq'::text)::regclass) NOT NULL,
    user_id integer NOT NULL,
    changed timestamp with time zone DEFAULT now() NOT NULL,
    del smallint DEFAULT 0 NOT NULL,
    name character varying(255) NOT NULL,
    data text NOT NULL,
    is_html smallint DEFAULT 0 NOT NULL
);


--
-- Name: responses_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.responses_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: searches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.searches (
    search_id integer DEFAULT nextval(('searches_seq'::text)::regclass) NOT NULL,
    user_id integer NOT NULL,
    type smallint DEFAULT 0 NOT NULL,
    name character varying(128) NOT NULL,
    data text NOT NULL
);


--
-- Name: searches_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.searches_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.session (
    sess_id character varying(128) DEFAULT ''::character varying NOT NULL,
    changed timestamp with time zone DEFAULT now() NOT NULL,
    ip character varying(41) NOT NULL,
    vars text NOT NULL
);


--
-- Name: system; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.system (
    name character varying(64) NOT NULL,
    value text
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    user_id integer DEFAULT nextval(('users_seq'::text)::regclass) NOT NULL,
    username character varying(128) DEFAULT ''::character varying NOT NULL,
    mail_host character varying(128) DEFAULT ''::character varying NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    last_login timestamp with time zone,
    failed_login timestamp with time zone,
    failed_login_counter integer,
    language character varying(16),
    preferences text
);


--
-- Name: users_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.users_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Data for Name: cache; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cache (user_id, cache_key, expires, data) FROM stdin;
\.


--
-- Data for Name: cache_index; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cache_index (user_id, mailbox, expires, valid, data) FROM stdin;
1	INBOX	2024-03-08 12:00:00+00	1	YToxOntzOjU6ImNvdW50IjtpOjA7fQ==
\.


--
-- Data for Name: cache_messages; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cache_messages (user_id, mailbox, uid, expires, data, flags) FROM stdin;
\.


--
-- Data for Name: cache_shared; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cache_shared (cache_key, expires, data) FROM stdin;
\.


--
-- Data for Name: cache_thread; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cache_thread (user_id, mailbox, expires, data) FROM stdin;
\.


--
-- Data for Name: collected_addresses; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.collected_addresses (address_id, user_id, changed, name, email, type) FROM stdin;
1	1	2024-03-01 12:10:00+00	Carol	carol@example.org	1
\.


--
-- Data for Name: contactgroupmembers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.contactgroupmembers (contactgroup_id, contact_id, created) FROM stdin;
1	1	2024-03-01 12:06:00+00
\.


--
-- Data for Name: contactgroups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.contactgroups (contactgroup_id, user_id, changed, del, name) FROM stdin;
1	1	2024-03-01 12:06:00+00	0	Friends
\.


--
-- Data for Name: contacts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.contacts (contact_id, user_id, changed, del, name, email, firstname, surname, vcard, words) FROM stdin;
1	1	2024-03-01 12:05:00+00	0	Bob Stone	bob@example.org	Bob	Stone	BEGIN:VCARD\nVERSION:3.0\nFN:Bob Stone\nEMAIL:bob@example.org\nEND:VCARD	 bob stone bob@example.org
\.


--
-- Data for Name: dictionary; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dictionary (user_id, language, data) FROM stdin;
1	en_US	ferro
\.


--
-- Data for Name: filestore; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.filestore (file_id, user_id, context, filename, mtime, data) FROM stdin;
1	1	enigma	pubring.kbx	1709294400	
\.


--
-- Data for Name: identities; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.identities (identity_id, user_id, changed, del, standard, name, organization, email, "reply-to", bcc, signature, html_signature) FROM stdin;
1	1	2024-03-01 12:00:00+00	0	1	Ada	\N	ada@example.org			-- Ada	0
2	2	2024-03-02 08:30:00+00	0	1	Bob	\N	bob@example.org				0
\.


--
-- Data for Name: responses; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.responses (response_id, user_id, changed, del, name, data, is_html) FROM stdin;
1	1	2024-03-01 12:11:00+00	0	Thanks	Thank you!	0
\.


--
-- Data for Name: searches; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.searches (search_id, user_id, type, name, data) FROM stdin;
1	2	0	unread	a:1:{s:6:"search";s:6:"UNSEEN";}
\.


--
-- Data for Name: session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.session (sess_id, changed, ip, vars) FROM stdin;
0123456789abcdef0123456789abcdef	2024-03-01 12:00:00+00	192.0.2.7	bGFuZ3VhZ2V8czo1OiJlbl9VUyI7
\.


--
-- Data for Name: system; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.system (name, value) FROM stdin;
roundcube-version	2022081200
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users (user_id, username, mail_host, created, last_login, failed_login, failed_login_counter, language, preferences) FROM stdin;
1	ada@example.org	localhost	2024-03-01 12:00:00+00	\N	\N	\N	en_US	a:1:{s:8:"timezone";s:4:"auto";}
2	bob@example.org	localhost	2024-03-02 08:30:00+00	\N	\N	\N	\N	\N
\.


--
-- Name: collected_addresses_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.collected_addresses_seq', 1, true);


--
-- Name: contactgroups_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.contactgroups_seq', 1, true);


--
-- Name: contacts_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.contacts_seq', 1, true);


--
-- Name: filestore_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.filestore_seq', 1, true);


--
-- Name: identities_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.identities_seq', 2, true);


--
-- Name: responses_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.responses_seq', 1, true);


--
-- Name: searches_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.searches_seq', 1, true);


--
-- Name: users_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.users_seq', 2, true);


--
-- Name: cache_index cache_index_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cache_index
    ADD CONSTRAINT cache_index_pkey PRIMARY KEY (user_id, mailbox);


--
-- Name: cache_messages cache_messages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cache_messages
    ADD CONSTRAINT cache_messages_pkey PRIMARY KEY (user_id, mailbox, uid);


--
-- Name: cache cache_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cache
    ADD CONSTRAINT cache_pkey PRIMARY KEY (user_id, cache_key);


--
-- Name: cache_shared cache_shared_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cache_shared
    ADD CONSTRAINT cache_shared_pkey PRIMARY KEY (cache_key);


--
-- Name: cache_thread cache_thread_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cache_thread
    ADD CONSTRAINT cache_thread_pkey PRIMARY KEY (user_id, mailbox);


--
-- Name: collected_addresses collected_addresses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.collected_addresses
    ADD CONSTRAINT collected_addresses_pkey PRIMARY KEY (address_id);


--
-- Name: contactgroupmembers contactgroupmembers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contactgroupmembers
    ADD CONSTRAINT contactgroupmembers_pkey PRIMARY KEY (contactgroup_id, contact_id);


--
-- Name: contactgroups contactgroups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contactgroups
    ADD CONSTRAINT contactgroups_pkey PRIMARY KEY (contactgroup_id);


--
-- Name: contacts contacts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contacts
    ADD CONSTRAINT contacts_pkey PRIMARY KEY (contact_id);


--
-- Name: dictionary dictionary_user_id_language_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dictionary
    ADD CONSTRAINT dictionary_user_id_language_key UNIQUE (user_id, language);


--
-- Name: filestore filestore_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.filestore
    ADD CONSTRAINT filestore_pkey PRIMARY KEY (file_id);


--
-- Name: filestore filestore_user_id_filename; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.filestore
    ADD CONSTRAINT filestore_user_id_filename UNIQUE (user_id, context, filename);


--
-- Name: identities identities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identities
    ADD CONSTRAINT identities_pkey PRIMARY KEY (identity_id);


--
-- Name: responses responses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT responses_pkey PRIMARY KEY (response_id);


--
-- Name: searches searches_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.searches
    ADD CONSTRAINT searches_pkey PRIMARY KEY (search_id);


--
-- Name: searches searches_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.searches
    ADD CONSTRAINT searches_user_id_key UNIQUE (user_id, type, name);


--
-- Name: session session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session
    ADD CONSTRAINT session_pkey PRIMARY KEY (sess_id);


--
-- Name: system system_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.system
    ADD CONSTRAINT system_pkey PRIMARY KEY (name);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (user_id);


--
-- Name: users users_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_username_key UNIQUE (username, mail_host);


--
-- Name: cache_expires_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cache_expires_idx ON public.cache USING btree (expires);


--
-- Name: cache_index_expires_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cache_index_expires_idx ON public.cache_index USING btree (expires);


--
-- Name: cache_messages_expires_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cache_messages_expires_idx ON public.cache_messages USING btree (expires);


--
-- Name: cache_shared_expires_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cache_shared_expires_idx ON public.cache_shared USING btree (expires);


--
-- Name: cache_thread_expires_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cache_thread_expires_idx ON public.cache_thread USING btree (expires);


--
-- Name: collected_addresses_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX collected_addresses_user_id_idx ON public.collected_addresses USING btree (user_id, type, email);


--
-- Name: contactgroupmembers_contact_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contactgroupmembers_contact_id_idx ON public.contactgroupmembers USING btree (contact_id);


--
-- Name: contactgroups_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contactgroups_user_id_idx ON public.contactgroups USING btree (user_id, del);


--
-- Name: contacts_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contacts_user_id_idx ON public.contacts USING btree (user_id, del);


--
-- Name: identities_email_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identities_email_idx ON public.identities USING btree (email, del);


--
-- Name: identities_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX identities_user_id_idx ON public.identities USING btree (user_id, del);


--
-- Name: responses_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX responses_user_id_idx ON public.responses USING btree (user_id, del);


--
-- Name: session_changed_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX session_changed_idx ON public.session USING btree (changed);


--
-- Name: cache_index cache_index_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cache_index
    ADD CONSTRAINT cache_index_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: cache_messages cache_messages_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cache_messages
    ADD CONSTRAINT cache_messages_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: cache_thread cache_thread_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cache_thread
    ADD CONSTRAINT cache_thread_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: cache cache_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cache
    ADD CONSTRAINT cache_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: collected_addresses collected_addresses_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.collected_addresses
    ADD CONSTRAINT collected_addresses_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: contactgroupmembers contactgroupmembers_contact_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contactgroupmembers
    ADD CONSTRAINT contactgroupmembers_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES public.contacts(contact_id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: contactgroupmembers contactgroupmembers_contactgroup_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contactgroupmembers
    ADD CONSTRAINT contactgroupmembers_contactgroup_id_fkey FOREIGN KEY (contactgroup_id) REFERENCES public.contactgroups(contactgroup_id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: contactgroups contactgroups_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contactgroups
    ADD CONSTRAINT contactgroups_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: contacts contacts_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contacts
    ADD CONSTRAINT contacts_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: dictionary dictionary_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dictionary
    ADD CONSTRAINT dictionary_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: filestore filestore_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.filestore
    ADD CONSTRAINT filestore_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: identities identities_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identities
    ADD CONSTRAINT identities_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: responses responses_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT responses_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: searches searches_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.searches
    ADD CONSTRAINT searches_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(user_id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict MoopdP9C1LidcQKYxtn3hUDqXG58Z4IBDS4m5ULKdttbW5eYXDbP1DfEGSVcfHB

