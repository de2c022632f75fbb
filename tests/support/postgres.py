"""Throw-away PostgreSQL servers for tests and benchmarks.

`PostgresCluster` starts a private cluster in a temporary directory and deletes it on stop.
`postgres_for_tests()` is the suite's policy: an external server named by POSAPP_TEST_PG_URL
wins; otherwise a cluster is started; when that is impossible the tests skip, except under
CI=true, where they must run and the failure is an error. A session fixture looks like::

    @pytest.fixture(scope="session")
    def postgres() -> Iterator[PostgresServer]:
        with postgres_for_tests() as server:
            if isinstance(server, str):
                pytest.skip(server)
            yield server
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Protocol

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from tests.support.net import free_port

URL_ENV = "POSAPP_TEST_PG_URL"
# postgres refuses to run as root; when the tests do, the server runs as this system user.
SERVER_ACCOUNT = "posapp-test"
SUPERUSER = "postgres"
_PROGRAM_TIMEOUT_S = 120
# Another process may take the free port between our probe and the server's bind.
_PORT_ATTEMPTS = 5


class PostgresUnavailable(RuntimeError):
    """PostgreSQL cannot be started here: no server programs, no usable account, ..."""


class PostgresServer(Protocol):
    """A server tests may use; `url` is a database on it that belongs to the tests."""

    @property
    def url(self) -> str: ...

    def create_database(self, name: str) -> str: ...


def to_libpq_url(url: str) -> str:
    """The SQLAlchemy URL `url` as a URL psycopg.connect() accepts."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _create_database(server_url: str, name: str) -> str:
    """Create database `name` on the server of `server_url`; return the new database's URL."""
    with psycopg.connect(to_libpq_url(server_url), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


class ExternalPostgres:
    """A server someone else runs, named by its URL; the tests never stop it."""

    def __init__(self, url: str) -> None:
        # Accept plain postgresql:// URLs too: the app always talks through psycopg 3.
        self.url = (
            make_url(url).set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
        )

    def create_database(self, name: str) -> str:
        return _create_database(self.url, name)


def find_bin_dir() -> Path:
    """The directory holding initdb, pg_ctl and postgres: from PATH, else Debian's newest."""
    candidates = []
    if on_path := shutil.which("initdb"):
        # A symlink (e.g. /usr/local/bin/initdb) stands for the directory it points into.
        candidates.append(Path(on_path).resolve().parent)
    # Debian keeps the server programs out of PATH, one directory per major version.
    candidates += sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda d: int(d.parent.name) if d.parent.name.isdigit() else 0,
        reverse=True,
    )
    for directory in candidates:
        if all(os.access(directory / p, os.X_OK) for p in ("initdb", "pg_ctl", "postgres")):
            return directory
    raise PostgresUnavailable(
        "PostgreSQL server programs (initdb, pg_ctl, postgres) not found in PATH or "
        "/usr/lib/postgresql/*/bin; install Debian's postgresql package"
    )


def _server_account() -> pwd.struct_passwd | None:
    """The account the server runs as: None for our own, a non-root one when we are root."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(SERVER_ACCOUNT)
    except KeyError:
        pass
    # Parallel test processes may race here: a failed useradd is fine if the user exists after.
    try:
        subprocess.run(
            ["useradd", "--system", "--user-group", "--shell=/usr/sbin/nologin", SERVER_ACCOUNT],
            capture_output=True,
            check=False,
            timeout=_PROGRAM_TIMEOUT_S,
        )
    except OSError:
        pass
    for name in (SERVER_ACCOUNT, "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise PostgresUnavailable(
        f"running as root, and neither user {SERVER_ACCOUNT!r} (useradd failed) nor 'nobody' "
        "exists to run the server as"
    )




class PostgresCluster:
    """A private PostgreSQL cluster in a temporary directory, deleted when it stops.

    It listens on 127.0.0.1 at a free port and on a unix socket in `directory`, trusts
    every connection (it is reachable from this machine only), and holds the database
    `dbname`, at `url`. Use it as a context manager, or call start() and stop().
    """

    def __init__(self, *, dbname: str = "posapp_test", max_connections: int = 200) -> None:
        self.dbname = dbname
        self.max_connections = max_connections
        self.host = "127.0.0.1"
        self.user = SUPERUSER
        self.port: int | None = None
        self.directory: Path | None = None
        self._bin_dir: Path | None = None
        self._account: pwd.struct_passwd | None = None

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the tests' database, `dbname`."""
        return self._url(self.dbname)

    def _url(self, dbname: str) -> str:
        if self.port is None:
            raise RuntimeError("the PostgreSQL cluster is not running")
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{dbname}"

    def create_database(self, name: str) -> str:
        """Create an empty database `name` and return its SQLAlchemy URL."""
        return _create_database(self._url("postgres"), name)

    def start(self) -> None:
        """Create, start and fill the cluster; on any failure leave nothing behind."""
        if self.directory is not None:
            raise RuntimeError("the PostgreSQL cluster is already started")
        self._bin_dir = find_bin_dir()
        self._account = _server_account()
        self.directory = Path(tempfile.mkdtemp(prefix="posapp-pg-"))
        try:
            if self._account is not None:
                os.chown(self.directory, self._account.pw_uid, self._account.pw_gid)
            self._run(
                "initdb",
                f"--pgdata={self._data_dir}",
                f"--username={SUPERUSER}",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
                "--no-instructions",
            )
            self._configure()
            self._start_server()
            self.create_database(self.dbname)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the server and delete its directory; a no-op when it is not started."""
        if self.directory is None:
            return
        try:
            if (self._data_dir / "postmaster.pid").exists():
                # Immediate: no shutdown checkpoint, the data is about to be deleted anyway.
                self._run(
                    "pg_ctl", "stop", f"--pgdata={self._data_dir}", "--mode=immediate", check=False
                )
        finally:
            shutil.rmtree(self.directory)
            self.directory = None
            self.port = None

    def __enter__(self) -> PostgresCluster:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def _directory(self) -> Path:
        assert self.directory is not None, "the PostgreSQL cluster is not started"
        return self.directory

    @property
    def _data_dir(self) -> Path:
        return self._directory / "data"

    def _configure(self) -> None:
        # Appending keeps the file's owner, so root may write it for the server account.
        with open(self._data_dir / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(
                "\n# posapp tests (tests/support/postgres.py)\n"
                "listen_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self._directory}'\n"
                f"max_connections = {self.max_connections}\n"
                "# Speed over durability: the data is thrown away, and the crash tests kill\n"
                "# clients, never the server, so nothing needs to survive a server crash.\n"
                "fsync = off\n"
                "full_page_writes = off\n"
                "synchronous_commit = off\n"
            )

    def _start_server(self) -> None:
        log = self._directory / "server.log"
        for _ in range(_PORT_ATTEMPTS):
            self.port = free_port()
            log.unlink(missing_ok=True)
            started = self._run(
                "pg_ctl",
                "start",
                f"--pgdata={self._data_dir}",
                f"--log={log}",
                f"--timeout={_PROGRAM_TIMEOUT_S}",
                f"--options=-p {self.port}",
                check=False,
            )
            if started.returncode == 0:
                return
            server_log = log.read_text(errors="replace") if log.exists() else ""
            if "Address already in use" not in server_log:
                break
        self.port = None
        raise PostgresUnavailable(f"pg_ctl start failed:\n{started.stdout}\n{server_log}")

    def _run(
        self, program: str, *args: str, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        """Run a PostgreSQL program as the server account, from the cluster's directory."""
        assert self._bin_dir is not None
        account = self._account
        result = subprocess.run(
            [self._bin_dir / program, *args],
            # The caller's cwd (say /root) may be closed to the server account.
            cwd=self.directory,
            user=account.pw_uid if account else None,
            group=account.pw_gid if account else None,
            extra_groups=[] if account else None,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=_PROGRAM_TIMEOUT_S,
            check=False,
        )
        if check and result.returncode != 0:
            raise PostgresUnavailable(f"{program} failed:\n{result.stdout}")
        return result


def skip_reason(exc: PostgresUnavailable) -> str:
    """Why tests needing PostgreSQL skip. Under CI=true they must run: raise instead."""
    if os.environ.get("CI", "").lower() in ("true", "1"):
        raise RuntimeError(f"CI=true, but PostgreSQL could not be started: {exc}") from exc
    return f"PostgreSQL unavailable (set {URL_ENV} to use a running server): {exc}"


@contextmanager
def postgres_for_tests() -> Iterator[PostgresServer | str]:
    """Yield the server the tests use, or the reason to skip them (see skip_reason).

    POSAPP_TEST_PG_URL (a SQLAlchemy or libpq URL of a database the tests may fill and
    create databases beside) wins; otherwise a PostgresCluster runs until the block ends.
    """
    if url := os.environ.get(URL_ENV):
        yield ExternalPostgres(url)
        return
    cluster = PostgresCluster()
    try:
        cluster.start()
    except PostgresUnavailable as exc:
        yield skip_reason(exc)
        return
    try:
        yield cluster
    finally:
        cluster.stop()
