"""A real PostgreSQL for the tests: initdb into a temporary directory, a free port on 127.0.0.1.

Fixtures (import them into a test module, or list this module in ``pytest_plugins``):

- ``postgres_server`` (session): a running :class:`PgServer`, shared by the session;
- ``postgres_url`` (session): ``postgresql+psycopg://gcmbot:PASSWORD@127.0.0.1:PORT/gcmbot``;
- ``pg_database`` (function): a fresh, empty database on the shared server (dropped after);
- ``store_url`` (function, parametrized ``sqlite`` / ``postgresql``): an empty database URL;
- ``own_postgres`` (function): a server of the test's own, which the test may stop and start.

The binaries come from the Debian package ``postgresql`` (``make test`` installs it
with the other system packages of the tests). Without them the PostgreSQL tests are
skipped with that advice, except under CI (``CI=true``) where they fail.
As root, the server runs as the ``postgres`` user (PostgreSQL refuses root).
"""
from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

INSTALL_HINT = (
    "PostgreSQL binaries (initdb, pg_ctl) not found: `make test` installs the Debian package "
    "postgresql (with chromium, chromium-driver and fonts-dejavu-core), or run `apt-get install -y postgresql`"
)


def find_bindir() -> Path | None:
    """The directory holding initdb and pg_ctl: the newest /usr/lib/postgresql/*/bin, else PATH."""
    def version(path: str) -> float:
        try:
            return float(Path(path).parent.parent.name)
        except ValueError:
            return 0.0

    for initdb in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version, reverse=True):
        bindir = Path(initdb).parent
        if (bindir / "pg_ctl").exists():
            return bindir
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _unprivileged_user() -> pwd.struct_passwd:
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError("running as root but neither a 'postgres' nor a 'nobody' user exists to run PostgreSQL")


class PgServer:
    """One PostgreSQL cluster in a temporary directory (``start``/``stop`` may be repeated)."""

    user = "gcmbot"
    dbname = "gcmbot"

    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="gcmbot-pg-"))
        self.data = self.root / "data"
        self.logfile = self.root / "server.log"
        self.password = secrets.token_urlsafe(12)
        self.port = free_port()
        self._as: list[str] = []
        if os.geteuid() == 0:
            account = _unprivileged_user()
            os.chown(self.root, account.pw_uid, account.pw_gid)
            if shutil.which("runuser"):
                self._as = ["runuser", "-u", account.pw_name, "--"]
            else:
                self._as = ["su", account.pw_name, "-s", "/bin/sh", "-c"]
        self.running = False

    # -- running the binaries as the right user
    def _run(self, *args: str, check: bool = True, timeout: float = 60) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self._as and self._as[0] == "su":
            import shlex

            cmd = [*self._as, shlex.join(cmd)]
        else:
            cmd = [*self._as, *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=self.root)
        if check and done.returncode != 0:
            log = self.logfile.read_text(errors="replace")[-3000:] if self.logfile.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}\n{log}")
        return done

    def init(self) -> "PgServer":
        pwfile = self.root / "pwfile"
        pwfile.write_text(self.password + "\n")
        if self._as:
            os.chown(pwfile, os.stat(self.root).st_uid, os.stat(self.root).st_gid)
        self._run(
            "initdb", "-D", str(self.data), "-U", self.user, f"--pwfile={pwfile}",
            "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync",
        )
        pwfile.unlink()
        return self

    def start(self) -> "PgServer":
        options = (
            f"-p {self.port} -h 127.0.0.1 -k {self.root} -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=100"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.logfile), "-w", "-t", "30", "start")
        self.running = True
        return self

    def stop(self, mode: str = "fast") -> None:
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "30", "stop", check=False)
            self.running = False

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    # -- databases
    def url(self, dbname: str | None = None) -> str:
        return f"postgresql+psycopg://{self.user}:{self.password}@127.0.0.1:{self.port}/{dbname or self.dbname}"

    def _admin(self):
        import psycopg

        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=self.user, password=self.password, dbname="postgres", autocommit=True
        )

    def create_database(self, dbname: str | None = None) -> str:
        name = dbname or f"t_{uuid.uuid4().hex[:12]}"
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _missing_postgres() -> None:
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(INSTALL_HINT)
    pytest.skip(INSTALL_HINT)


def start_server() -> PgServer:
    bindir = find_bindir()
    if bindir is None:
        _missing_postgres()
    server = PgServer(bindir)
    try:
        server.init().start()
    except Exception:
        server.destroy()
        raise
    return server


def _running_server():
    """A started server with its ``gcmbot`` database, destroyed afterwards (generator for fixtures)."""
    server = start_server()
    server.create_database(PgServer.dbname)
    try:
        yield server
    finally:
        server.destroy()


@pytest.fixture(scope="session")
def postgres_server():
    yield from _running_server()


@pytest.fixture(scope="session")
def postgres_url(postgres_server) -> str:
    return postgres_server.url()


@pytest.fixture
def pg_database(postgres_server):
    """A fresh empty database on the shared server: its URL."""
    name = postgres_server.create_database()
    try:
        yield postgres_server.url(name)
    finally:
        try:
            postgres_server.drop_database(name)
        except Exception:  # the server may have been stopped by the test; the session cleans up
            pass


@pytest.fixture
def own_postgres():
    """A PostgreSQL server of the test's own (stop it, start it again); its database is ``gcmbot``."""
    yield from _running_server()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """An empty database: SQLite in tmp_path, or a fresh database on the session's PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'gcmbot.sqlite3'}"
    return request.getfixturevalue("pg_database")

