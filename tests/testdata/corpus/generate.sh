#!/usr/bin/env bash
# generate.sh: rebuilds the adoption corpus (issue 17) in this folder by
# running other projects' tools, as their users would, and dumping the
# databases they make. See README.md for what each file holds.
#
#   bash tests/testdata/corpus/generate.sh            # every file
#   bash tests/testdata/corpus/generate.sh django gorm  # some of them
#
# Run it as root on Debian 12 (bookworm): it installs what it needs from
# Debian's packages (apt-get) and the Go module proxy (the bench module's
# GORM), and uses the PostgreSQL 15 server at 127.0.0.1:5432 as user
# postgres without a password (the tests' server; on a fresh machine it
# installs, starts and opens one as .ci/run does). It makes and
# drops databases named corpusgen_*, and writes only the *.sql files here.
#
# Every output is what a tool wrote: pg_dump (plain format, --no-owner
# --no-privileges) of a PostgreSQL database, `sqlite3 DB .dump` of a SQLite
# one, each under a header naming the tool, its version, the command and
# the license. Rows come from the tool where it has a way to write them
# (Django's ORM, Rails' models, Redmine's default data, GORM, pdnsutil);
# elsewhere from tools/*-rows.*.sql, written for the corpus and marked so.
# Dumps carry the day they were made (timestamps, random keys, salts):
# two runs differ in those values, not in schema or row counts.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
tools=$here/tools
repo=$(cd "$here/../../.." && pwd)
pg=postgres://postgres@127.0.0.1:5432
work=$(mktemp -d /tmp/ferro-corpus.XXXXXX)
trap 'rm -rf "$work"' EXIT
export PATH="$PATH:/usr/local/go/bin:/usr/lib/postgresql/15/bin"

log() { printf '== %s\n' "$*" >&2; }

# --- what the corpus needs ------------------------------------------------

packages=(
	sqlite3 postgresql-15 postgresql-client-15
	python3 python3-django python3-psycopg2                 # django
	ruby ruby-rails ruby-pg ruby-sqlite3                    # rails
	redmine redmine-pgsql redmine-sqlite                    # redmine
	postgresql-15-partman                                   # partman
	pdns-server pdns-backend-pgsql pdns-backend-sqlite3     # powerdns
)

install_packages() {
	local missing=()
	for p in "${packages[@]}"; do
		dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return
	log "installing ${missing[*]}"
	# Install only: no service (pdns, a web server) is started by the
	# packages' scripts, and Redmine's package makes no database of its own.
	local policy=/usr/sbin/policy-rc.d had_policy=
	[ -e $policy ] && had_policy=1
	if [ -z "$had_policy" ]; then printf '#!/bin/sh\nexit 101\n' > $policy; chmod +x $policy; fi
	echo 'redmine redmine/instances/default/dbconfig-install boolean false' | debconf-set-selections
	DEBIAN_FRONTEND=noninteractive apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	[ -n "$had_policy" ] || rm -f $policy
}

ensure_postgres() {
	pg_isready -q -h 127.0.0.1 -p 5432 || {
		log "starting PostgreSQL"
		pg_lsclusters --no-header | while read -r ver name _ status _; do
			[ "$status" = online ] || pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start || true
		done
		for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
	}
	if ! psql -X "$pg/postgres" -tAc 'select 1' >/dev/null 2>&1; then
		log "allowing local trust access for postgres on 127.0.0.1"
		local hba
		hba=$(su postgres -c "psql -tAc 'show hba_file'")
		sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
		su postgres -c "psql -tAc 'select pg_reload_conf()'" >/dev/null
	fi
}

# --- helpers --------------------------------------------------------------

version() { dpkg-query -W -f '${Version}' "$1"; }

# fresh_pg NAME: an empty database corpusgen_NAME; prints its URL.
fresh_pg() {
	psql -X -q "$pg/postgres" -c "DROP DATABASE IF EXISTS corpusgen_$1" -c "CREATE DATABASE corpusgen_$1" >&2
	echo "$pg/corpusgen_$1"
}
drop_pg() { psql -X -q "$pg/postgres" -c "DROP DATABASE IF EXISTS corpusgen_$1" >&2; }

# header OUT LINE...: starts OUT with the lines as SQL comments.
header() {
	local out=$1
	shift
	{
		printf -- '-- %s\n' "$@"
		printf -- '-- Made by tests/testdata/corpus/generate.sh (see README.md there).\n\n'
	} > "$out"
}

# dump_pg NAME OUT [pg_dump flags]: appends pg_dump's plain output of
# corpusgen_NAME to OUT, then drops the database.
dump_pg() {
	local name=$1 out=$2
	shift 2
	pg_dump --no-owner --no-privileges "$@" "$pg/corpusgen_$name" >> "$out"
	drop_pg "$name"
}

# dump_sqlite DB OUT: appends sqlite3's .dump of DB to OUT.
dump_sqlite() { sqlite3 "$1" .dump >> "$2"; }

# --- the corpus -----------------------------------------------------------

# Django 3.2: the migrations of its contrib apps, rows through the ORM.
django() {
	local v lic="BSD-3-Clause (Django); tools/django_corpus.py is ferro's"
	v=$(version python3-django)
	for engine in postgres sqlite; do
		local out=$here/django.$engine.sql target
		if [ $engine = postgres ]; then target=corpusgen_django; fresh_pg django >/dev/null; else target=$work/django.db; fi
		header "$out" \
			"Django $v (Debian python3-django), contrib apps auth, contenttypes, sessions, admin," \
			"sites, flatpages, redirects: tables by Django's migrate, rows by its ORM." \
			"Command: python3 tools/django_corpus.py $engine $( [ $engine = postgres ] && echo corpusgen_django || echo DB )," \
			"then $( [ $engine = postgres ] && echo 'pg_dump --no-owner --no-privileges' || echo 'sqlite3 DB .dump')." \
			"License: $lic."
		(cd "$work" && /usr/bin/python3 "$tools/django_corpus.py" $engine "$target")
		if [ $engine = postgres ]; then dump_pg django "$out"; else dump_sqlite "$target" "$out"; fi
	done
}

# Rails 6.1: Active Storage, Action Text and Action Mailbox migrations and
# a small blog's, rows through the models.
rails() {
	local v lic="MIT (Ruby on Rails); tools/rails_corpus.rb is ferro's"
	v=$(version ruby-rails)
	for engine in postgres sqlite; do
		local out=$here/rails.$engine.sql url
		if [ $engine = postgres ]; then url=$pg/corpusgen_rails; fresh_pg rails >/dev/null
		else url=sqlite3:$work/rails.db; fi
		mkdir -p "$work/rails-$engine"
		header "$out" \
			"Ruby on Rails $v (Debian ruby-rails): the migrations Active Storage, Action Text and" \
			"Action Mailbox ship, and a blog's as 'bin/rails generate model' writes them; rows by" \
			"the models (Active Record, Active Storage, Action Text, Action Mailbox)." \
			"Command: ruby tools/rails_corpus.rb $( [ $engine = postgres ] && echo 'postgresql://.../corpusgen_rails' || echo 'sqlite3:DB') WORKDIR," \
			"then $( [ $engine = postgres ] && echo 'pg_dump --no-owner --no-privileges' || echo 'sqlite3 DB .dump')." \
			"License: $lic."
		ruby "$tools/rails_corpus.rb" "$url" "$work/rails-$engine" >/dev/null
		if [ $engine = postgres ]; then dump_pg rails "$out"; else dump_sqlite "$work/rails.db" "$out"; fi
	done
}

# Redmine 5.0 (a Rails 6.1 application): its 301 migrations and its
# default data (trackers, statuses, roles, workflows, enumerations).
redmine() {
	local v conf=/etc/redmine/default/database.yml saved=
	v=$(version redmine)
	[ -e $conf ] && { saved=$work/database.yml.saved; cp -p $conf "$saved"; }
	for engine in postgres sqlite; do
		local out=$here/redmine.$engine.sql
		if [ $engine = postgres ]; then
			fresh_pg redmine >/dev/null
			printf 'production:\n  adapter: postgresql\n  url: %s\n' "$pg/corpusgen_redmine" > $conf
		else
			printf 'production:\n  adapter: sqlite3\n  database: %s\n' "$work/redmine.db" > $conf
		fi
		header "$out" \
			"Redmine $v (Debian redmine, on Debian's Rails $(version ruby-rails)): tables by its" \
			"migrations, rows by its default data." \
			"Command: cd /usr/share/redmine && RAILS_ENV=production rake db:migrate &&" \
			"RAILS_ENV=production REDMINE_LANG=en rake redmine:load_default_data (database.yml:" \
			"$( [ $engine = postgres ] && echo 'postgresql corpusgen_redmine' || echo 'sqlite3 DB')), then" \
			"$( [ $engine = postgres ] && echo 'pg_dump --no-owner --no-privileges' || echo 'sqlite3 DB .dump')." \
			"License: GPL-2.0-or-later (Redmine)."
		(cd /usr/share/redmine && RAILS_ENV=production rake db:migrate >/dev/null &&
			RAILS_ENV=production REDMINE_LANG=en rake redmine:load_default_data >/dev/null)
		if [ $engine = postgres ]; then dump_pg redmine "$out"; else dump_sqlite "$work/redmine.db" "$out"; fi
	done
	if [ -n "$saved" ]; then cp -p "$saved" $conf; else rm -f $conf; fi
}

# GORM: AutoMigrate of the models GORM ships for its own tests, rows
# through GORM (bench/corpusgorm, in the bench module with the other peers).
gorm() {
	local v
	v=$(cd "$repo/bench" && go list -m -f '{{.Version}}' gorm.io/gorm)
	for engine in postgres sqlite; do
		local out=$here/gorm.$engine.sql dsn driver
		if [ $engine = postgres ]; then
			fresh_pg gorm >/dev/null
			dsn="$pg/corpusgen_gorm?sslmode=disable"
			driver="gorm.io/driver/postgres $(cd "$repo/bench" && go list -m -f '{{.Version}}' gorm.io/driver/postgres)"
		else
			dsn=$work/gorm.db
			driver="github.com/glebarez/sqlite $(cd "$repo/bench" && go list -m -f '{{.Version}}' github.com/glebarez/sqlite)"
		fi
		header "$out" \
			"GORM $v ($driver): AutoMigrate of gorm.io/gorm/utils/tests models (User, Account," \
			"Pet, Company, Toy, Language, Coupon, CouponProduct, Order, Parent, Child, Tools), a view" \
			"by Migrator().CreateView, rows by GORM." \
			"Command: cd bench && go run ./corpusgorm $engine $( [ $engine = postgres ] && echo "'.../corpusgen_gorm'" || echo DB)," \
			"then $( [ $engine = postgres ] && echo 'pg_dump --no-owner --no-privileges' || echo 'sqlite3 DB .dump')." \
			"License: MIT (GORM and its drivers); bench/corpusgorm is ferro's."
		(cd "$repo/bench" && go run ./corpusgorm $engine "$dsn")
		if [ $engine = postgres ]; then dump_pg gorm "$out"; else dump_sqlite "$dsn" "$out"; fi
	done
}

# pg_partman 4.7: partitions made and named by create_parent and
# run_maintenance (PostgreSQL only). The extension lives in schema partman,
# left out of the dump: the corpus loads without pg_partman installed.
partman() {
	local out=$here/partman.postgres.sql
	fresh_pg partman >/dev/null
	header "$out" \
		"pg_partman $(version postgresql-15-partman) (Debian postgresql-15-partman) on PostgreSQL $(version postgresql-15):" \
		"partitions by partman.create_parent and run_maintenance_proc; the parent tables and the rows" \
		"are tools/partman.sql's (ferro's)." \
		"Command: psql -X -f tools/partman.sql corpusgen_partman, then" \
		"pg_dump --no-owner --no-privileges -n public (schema partman, the extension's, left out)." \
		"License: PostgreSQL License (pg_partman); tools/partman.sql is ferro's."
	psql -X -q "$pg/corpusgen_partman" -f "$tools/partman.sql" >/dev/null
	dump_pg partman "$out" -n public
}

# PowerDNS 4.7: the schema its packages ship, rows by pdnsutil.
powerdns() {
	local v
	v=$(version pdns-server)
	for engine in postgres sqlite; do
		local out=$here/powerdns.$engine.sql conf=$work/pdns-$engine schema
		mkdir -p "$conf"
		if [ $engine = postgres ]; then
			schema=/usr/share/pdns-backend-pgsql/schema/schema.pgsql.sql
			fresh_pg pdns >/dev/null
			psql -X -q -v ON_ERROR_STOP=1 "$pg/corpusgen_pdns" -f $schema >/dev/null
			printf 'launch=gpgsql\ngpgsql-host=127.0.0.1\ngpgsql-port=5432\ngpgsql-user=postgres\ngpgsql-dbname=corpusgen_pdns\ngpgsql-dnssec=yes\n' > "$conf/pdns.conf"
		else
			schema=/usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql
			sqlite3 "$work/pdns.db" < $schema
			printf 'launch=gsqlite3\ngsqlite3-database=%s\ngsqlite3-dnssec=yes\n' "$work/pdns.db" > "$conf/pdns.conf"
		fi
		header "$out" \
			"PowerDNS $v (Debian pdns-backend-$( [ $engine = postgres ] && echo pgsql || echo sqlite3)): the shipped $schema," \
			"rows by pdnsutil (zones, records, DNSSEC keys, metadata, a TSIG key, an autoprimary)." \
			"Command: $( [ $engine = postgres ] && echo 'psql -f' || echo 'sqlite3 DB <') $(basename $schema); pdnsutil --config-dir=CONF ...; then" \
			"$( [ $engine = postgres ] && echo 'pg_dump --no-owner --no-privileges' || echo 'sqlite3 DB .dump')." \
			"License: GPL-2 with OpenSSL exception (PowerDNS)."
		local u=(pdnsutil --config-dir="$conf")
		"${u[@]}" create-zone example.org ns1.example.org >/dev/null
		"${u[@]}" add-record example.org www A 3600 192.0.2.10 >/dev/null
		"${u[@]}" add-record example.org @ MX 3600 '10 mail.example.org' >/dev/null
		"${u[@]}" add-record example.org mail AAAA 3600 2001:db8::25 >/dev/null
		"${u[@]}" create-zone example.net ns1.example.org >/dev/null
		"${u[@]}" secure-zone example.org >/dev/null
		"${u[@]}" set-meta example.org ALLOW-AXFR-FROM 192.0.2.0/24 >/dev/null
		"${u[@]}" generate-tsig-key xfr hmac-sha256 >/dev/null
		"${u[@]}" add-autoprimary 192.0.2.53 ns1.example.net corpus >/dev/null
		"${u[@]}" rectify-all-zones >/dev/null
		if [ $engine = postgres ]; then dump_pg pdns "$out"; else dump_sqlite "$work/pdns.db" "$out"; fi
	done
}

# debfile PACKAGE PATH: the file PATH of Debian's PACKAGE, unpacked
# without installing the package (and its web server, PHP ...).
debfile() {
	local d=$work/deb-$1
	if [ ! -d "$d" ]; then
		mkdir -p "$d"
		(cd "$work" && apt-get download -qq "$1" 2>/dev/null && dpkg -x "$1"_*.deb "$d")
	fi
	echo "$d$2"
}

# shipped NAME PACKAGE LICENSE PG_FILES SQLITE_FILES: a schema that a
# package ships, run as its installer runs it, plus tools/NAME-rows.ENGINE.sql.
shipped() {
	local name=$1 pkg=$2 lic=$3 pgfiles=$4 slfiles=$5 v
	v=$(apt-cache show --no-all-versions "$pkg" | sed -n 's/^Version: //p')
	for engine in postgres sqlite; do
		local out=$here/$name.$engine.sql files f rows=$tools/$name-rows.$engine.sql
		[ -e "$rows" ] || rows=$tools/$name-rows.sql
		if [ $engine = postgres ]; then files=$pgfiles; else files=$slfiles; fi
		header "$out" \
			"$name $v (Debian $pkg): the shipped schema $(echo $files | tr ' ' '+'), run as is;" \
			"the rows are tools/$(basename "$rows"), written for the corpus (ferro's)." \
			"Command: $( [ $engine = postgres ] && echo 'psql -X -1 -f' || echo 'sqlite3 DB <') each file, then" \
			"$( [ $engine = postgres ] && echo 'pg_dump --no-owner --no-privileges' || echo 'sqlite3 DB .dump')." \
			"License: $lic; the rows are ferro's."
		if [ $engine = postgres ]; then
			fresh_pg "$name" >/dev/null
			for f in $files; do psql -X -q -1 -v ON_ERROR_STOP=1 "$pg/corpusgen_$name" -f "$(debfile "$pkg" "$f")" >/dev/null; done
			psql -X -q -1 -v ON_ERROR_STOP=1 "$pg/corpusgen_$name" -f "$rows" >/dev/null
			dump_pg "$name" "$out"
		else
			local db=$work/$name.db
			for f in $files; do sqlite3 -bail "$db" < "$(debfile "$pkg" "$f")"; done
			sqlite3 -bail "$db" < "$rows"
			dump_sqlite "$db" "$out"
		fi
	done
}

roundcube() {
	shipped roundcube roundcube-core "GPL-3.0-or-later (Roundcube Webmail)" \
		/usr/share/roundcube/SQL/postgres.initial.sql /usr/share/roundcube/SQL/sqlite.initial.sql
}

mediawiki() {
	local m=/usr/share/mediawiki/maintenance
	shipped mediawiki mediawiki "GPL-2.0-or-later (MediaWiki)" \
		"$m/postgres/tables-generated.sql $m/postgres/tables.sql" "$m/sqlite/tables-generated.sql"
}

all=(django rails redmine gorm partman powerdns roundcube mediawiki)
[ $# -gt 0 ] && all=("$@")
install_packages
ensure_postgres
for c in "${all[@]}"; do
	log "$c"
	"$c"
done
