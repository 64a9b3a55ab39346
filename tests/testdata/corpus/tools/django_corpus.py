"""Builds the Django corpus database (see ../README.md).

Run with Debian's python3 (python3-django, python3-psycopg2):

    python3 django_corpus.py sqlite /path/to/new.db
    python3 django_corpus.py postgres NAME_OF_AN_EMPTY_DATABASE

It applies the migrations of Django's own contrib apps (auth,
contenttypes, sessions, admin, sites, flatpages, redirects) with
`migrate`, as a project using those apps would, then writes a few rows
through the ORM. No model of ours: every table is Django's.
"""
import sys

import django
from django.conf import settings

engine, name = sys.argv[1], sys.argv[2]
if engine == "sqlite":
    db = {"ENGINE": "django.db.backends.sqlite3", "NAME": name}
elif engine == "postgres":
    db = {"ENGINE": "django.db.backends.postgresql", "NAME": name,
          "USER": "postgres", "HOST": "127.0.0.1", "PORT": "5432"}
else:
    sys.exit("usage: django_corpus.py sqlite|postgres NAME")

settings.configure(
    DATABASES={"default": db},
    INSTALLED_APPS=[
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "django.contrib.admin",
        "django.contrib.sites",
        "django.contrib.flatpages",
        "django.contrib.redirects",
    ],
    SITE_ID=1,
    USE_TZ=True,
    SECRET_KEY="corpus-not-secret",
    # Fixed password hashing so that two runs write the same rows.
    PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
)
django.setup()

from django.core.management import call_command  # noqa: E402

call_command("migrate", verbosity=0, interactive=False)

import datetime  # noqa: E402

from django.contrib.admin.models import ADDITION, CHANGE, LogEntry  # noqa: E402
from django.contrib.auth.models import Group, Permission, User  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.contrib.flatpages.models import FlatPage  # noqa: E402
from django.contrib.redirects.models import Redirect  # noqa: E402
from django.contrib.sessions.models import Session  # noqa: E402
from django.contrib.sites.models import Site  # noqa: E402

when = datetime.datetime(2024, 3, 1, 12, 0, tzinfo=datetime.timezone.utc)

site = Site.objects.get(pk=1)
second = Site.objects.create(domain="docs.example.org", name="Docs")

admin = User.objects.create_superuser("admin", "admin@example.org", "admin-pass")
editor = User.objects.create_user("editor", "editor@example.org", "editor-pass",
                                  first_name="Ed", last_name="Itor")
reader = User.objects.create_user("reader", "reader@example.org", "reader-pass")
for u in (admin, editor, reader):
    u.date_joined = when
    u.save()

editors = Group.objects.create(name="editors")
editors.permissions.set(Permission.objects.filter(content_type__app_label="flatpages"))
editor.groups.add(editors)
reader.user_permissions.add(Permission.objects.get(codename="view_redirect"))

about = FlatPage.objects.create(url="/about/", title="About", content="<p>About us</p>")
about.sites.set([site, second])
FlatPage.objects.create(url="/private/", title="Private", content="members only",
                        registration_required=True).sites.set([site])

Redirect.objects.create(site=site, old_path="/old-about/", new_path="/about/")
Redirect.objects.create(site=second, old_path="/gone/", new_path="")

ct = ContentType.objects.get_for_model(FlatPage)
LogEntry.objects.log_action(admin.pk, ct.pk, about.pk, str(about), ADDITION,
                            change_message="[{\"added\": {}}]")
LogEntry.objects.log_action(editor.pk, ct.pk, about.pk, str(about), CHANGE,
                            change_message="[{\"changed\": {\"fields\": [\"Content\"]}}]")
LogEntry.objects.all().update(action_time=when)

Session.objects.create(session_key="corpussession0000000000000000001",
                       session_data="e30:1pcorpus:signature", expire_date=when)

# migrate stamps each migration with the time it ran: a fixed time keeps
# two runs of the corpus recipe comparable.
from django.db.migrations.recorder import MigrationRecorder  # noqa: E402

MigrationRecorder.Migration.objects.all().update(applied=when)
