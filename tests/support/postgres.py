"""A throwaway PostgreSQL server for the test suite.

The tests run against Debian's PostgreSQL (package ``postgresql``, installed by
``scripts/setup``). Its server programs live in ``/usr/lib/postgresql/<major>/bin``
and are not on PATH, so they are looked up there. A fresh cluster is created in a
temporary directory, started on 127.0.0.1 on a free port with trust
authentication and ``fsync=off``, and removed again by :meth:`PostgresServer.stop`.

``initdb`` refuses to run as root. When the tests run as root the server programs
are run as the ``postgres`` system user (created by the Debian package), or as a
``diplotrack-test`` system user created on the spot when that one is absent.

If ``DIPLOTRACK_TEST_POSTGRES_URL`` is set (a SQLAlchemy URL to a server whose
user may create databases), that server is used instead and nothing is started.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

ENV_URL = "DIPLOTRACK_TEST_POSTGRES_URL"
SUPERUSER = "postgres"
FALLBACK_OS_USER = "diplotrack-test"
HOST = "127.0.0.1"

_SERVER_SETTINGS = {
    "listen_addresses": f"'{HOST}'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "100",
    "shared_buffers": "32MB",
    "timezone": "'UTC'",
    "log_timezone": "'UTC'",
    "logging_collector": "off",
}


class PostgresUnavailable(RuntimeError):
    """The test PostgreSQL server could not be found, started or reached."""


def find_server_bindir() -> Path:
    """Directory holding ``initdb`` and ``pg_ctl``: the highest Debian version, else PATH."""
    candidates: list[tuple[tuple[int, ...], Path]] = []
    for bindir in glob.glob("/usr/lib/postgresql/*/bin"):
        path = Path(bindir)
        if (path / "initdb").is_file() and (path / "pg_ctl").is_file():
            version = tuple(int(p) for p in path.parent.name.split(".") if p.isdigit())
            candidates.append((version, path))
    if candidates:
        return max(candidates)[1]
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent
    raise PostgresUnavailable(
        "PostgreSQL server programs (initdb, pg_ctl) were not found in "
        "/usr/lib/postgresql/*/bin nor on PATH. Run scripts/setup, or install the "
        "Debian package 'postgresql' (apt-get install postgresql). "
        f"To use an existing server instead set {ENV_URL}."
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def _cluster_parent() -> str | None:
    """Where to put the cluster: /dev/shm when it has room (memory makes CREATE DATABASE
    about 20 times faster than a disk), else /tmp (which the postgres user can reach)."""
    shm = "/dev/shm"
    with contextlib.suppress(OSError):
        stat = os.statvfs(shm)
        if stat.f_bavail * stat.f_frsize >= 1 << 30 and os.access(shm, os.W_OK | os.X_OK):
            return shm
    return "/tmp" if os.path.isdir("/tmp") else None


def _remove_stale_clusters(parent: Path) -> None:
    """Remove clusters left by killed test runs: older than an hour, server not running."""
    for path in parent.glob("diplotrack-pg-*"):
        with contextlib.suppress(OSError, ValueError):
            if time.time() - path.stat().st_mtime < 3600:
                continue
            pid_file = path / "data" / "postmaster.pid"
            if pid_file.exists():
                pid = int(pid_file.read_text().split()[0])
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, 0)
                    continue  # still running: not ours to touch
            shutil.rmtree(path, ignore_errors=True)


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _server_os_user() -> pwd.struct_passwd | None:
    """The unprivileged user to run the server as, or None when not running as root."""
    if os.geteuid() != 0:
        return None
    for name in (SUPERUSER, FALLBACK_OS_USER):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    useradd = shutil.which("useradd") or "/usr/sbin/useradd"
    result = subprocess.run(
        [useradd, "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", FALLBACK_OS_USER],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode not in (0, 9):  # 9: the user exists already (a parallel run)
        raise PostgresUnavailable(
            f"Running as root, and neither the 'postgres' user exists nor could "
            f"'{FALLBACK_OS_USER}' be created: {result.stderr.strip()}"
        )
    return pwd.getpwnam(FALLBACK_OS_USER)


class PostgresServer:
    """A PostgreSQL server for tests: started here, or an existing one from the environment."""

    def __init__(self, external_url: str | None = None) -> None:
        self.external_url = external_url
        self.user = SUPERUSER
        self.host = HOST
        self.port = 0
        self.tempdir: Path | None = None
        self.startup_seconds = 0.0
        self._maintenance_db = "postgres"
        self._bindir: Path | None = None
        self._os_user: pwd.struct_passwd | None = None
        self._admin_engine: Any = None
        self._running = False

    @classmethod
    def from_environment(cls) -> PostgresServer:
        return cls(os.environ.get(ENV_URL) or None)

    # -- life cycle --------------------------------------------------------------

    def start(self) -> PostgresServer:
        if self._running:
            return self
        began = time.monotonic()
        if self.external_url:
            self._use_external()
        else:
            self._start_own()
        self._running = True
        atexit.register(self.stop)
        try:
            self.scalar("select 1")
        except Exception as exc:
            self.stop()
            raise PostgresUnavailable(
                f"The test PostgreSQL server at {self.url(self._maintenance_db)} "
                f"does not answer: {getattr(exc, 'orig', None) or exc}\n{self.log_tail()}"
            ) from exc
        self.startup_seconds = time.monotonic() - began
        return self

    def stop(self) -> None:
        if self._admin_engine is not None:
            self._admin_engine.dispose()
            self._admin_engine = None
        if self._running and not self.external_url and self.tempdir is not None:
            self._run(self._pg_ctl_stop(), check=False)
        self._running = False
        if self.tempdir is not None:
            shutil.rmtree(self.tempdir, ignore_errors=True)
            self.tempdir = None

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._running

    # -- databases ---------------------------------------------------------------

    def url(self, dbname: str) -> str:
        """SQLAlchemy URL of database *dbname* on this server."""
        if self.external_url:
            from sqlalchemy.engine import make_url

            url = make_url(self.external_url).set(drivername="postgresql+psycopg", database=dbname)
            return url.render_as_string(hide_password=False)
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{dbname}"

    def create_database(self, name: str, template: str | None = None) -> str:
        """Create database *name* (optionally copied from *template*); return its URL."""
        sql = f"CREATE DATABASE {_quote_ident(name)}"
        if template is not None:
            sql += f" TEMPLATE {_quote_ident(template)}"
        self.execute(sql)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop database *name* if it exists, ending any sessions still connected to it."""
        self.execute(f"DROP DATABASE IF EXISTS {_quote_ident(name)} WITH (FORCE)")

    def execute(self, sql: str) -> None:
        """Run *sql* in autocommit mode on the maintenance database."""
        from sqlalchemy import text

        with self._engine().connect() as conn:
            conn.execute(text(sql))

    def scalar(self, sql: str) -> Any:
        from sqlalchemy import text

        with self._engine().connect() as conn:
            return conn.execute(text(sql)).scalar()

    def log_tail(self, lines: int = 30) -> str:
        if self.tempdir is None:
            return ""
        log = self.tempdir / "server.log"
        try:
            tail = log.read_text(errors="replace").splitlines()[-lines:]
        except OSError:
            return ""
        return "Server log (last lines):\n" + "\n".join(tail)

    # -- internals ---------------------------------------------------------------

    def _engine(self) -> Any:
        if not self._running:
            raise PostgresUnavailable("The test PostgreSQL server is not running")
        if self._admin_engine is None:
            from sqlalchemy import create_engine
            from sqlalchemy.pool import NullPool

            self._admin_engine = create_engine(
                self.url(self._maintenance_db),
                isolation_level="AUTOCOMMIT",
                poolclass=NullPool,
                connect_args={"connect_timeout": 10},
            )
        return self._admin_engine

    def _use_external(self) -> None:
        from sqlalchemy.engine import make_url

        try:
            url = make_url(self.external_url or "")
        except Exception as exc:
            raise PostgresUnavailable(f"{ENV_URL} is not a valid URL: {exc}") from exc
        self.user = url.username or ""
        self.host = url.host or ""
        self.port = url.port or 5432
        self._maintenance_db = url.database or "postgres"

    def _start_own(self) -> None:
        self._bindir = find_server_bindir()
        self._os_user = _server_os_user()
        parent = _cluster_parent()
        _remove_stale_clusters(Path(parent or tempfile.gettempdir()))
        self.tempdir = Path(tempfile.mkdtemp(prefix="diplotrack-pg-", dir=parent))
        try:
            if self._os_user is not None:
                os.chown(self.tempdir, self._os_user.pw_uid, self._os_user.pw_gid)
            self._initdb()
            attempts = 3
            for attempt in range(attempts):
                self.port = free_port()
                self._write_settings()
                result = self._run(self._pg_ctl_start(), check=False)
                if result.returncode == 0:
                    return
                # Somebody may have taken the port between the check and the start.
                if attempt == attempts - 1 or "already in use" not in self.log_tail(10):
                    raise PostgresUnavailable(
                        f"pg_ctl could not start the test PostgreSQL server "
                        f"(exit {result.returncode}): {result.stdout.strip()}\n{self.log_tail()}"
                    )
        except BaseException:
            shutil.rmtree(self.tempdir, ignore_errors=True)
            self.tempdir = None
            raise

    def _initdb(self) -> None:
        assert self._bindir is not None and self.tempdir is not None
        base = [
            str(self._bindir / "initdb"),
            "--pgdata",
            str(self.tempdir / "data"),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--no-sync",
        ]
        result = self._run([*base, "--locale", "C.UTF-8"], check=False)
        if result.returncode != 0:  # no C.UTF-8 locale on this system: plain C will do
            shutil.rmtree(self.tempdir / "data", ignore_errors=True)
            result = self._run([*base, "--locale", "C"], check=False)
        if result.returncode != 0:
            raise PostgresUnavailable(
                f"initdb failed (exit {result.returncode}):\n{result.stdout.strip()}"
            )

    def _write_settings(self) -> None:
        assert self.tempdir is not None
        settings = dict(_SERVER_SETTINGS)
        settings["port"] = str(self.port)
        settings["unix_socket_directories"] = f"'{self.tempdir}'"
        # postgresql.auto.conf is read last, so these values win over postgresql.conf.
        conf = self.tempdir / "data" / "postgresql.auto.conf"
        conf.write_text("".join(f"{key} = {value}\n" for key, value in settings.items()))
        if self._os_user is not None:
            os.chown(conf, self._os_user.pw_uid, self._os_user.pw_gid)

    def _pg_ctl_start(self) -> list[str]:
        assert self._bindir is not None and self.tempdir is not None
        return [
            str(self._bindir / "pg_ctl"),
            "start",
            "--pgdata",
            str(self.tempdir / "data"),
            "--log",
            str(self.tempdir / "server.log"),
            "--wait",
            "--timeout",
            "60",
            "--silent",
        ]

    def _pg_ctl_stop(self) -> list[str]:
        assert self._bindir is not None and self.tempdir is not None
        return [
            str(self._bindir / "pg_ctl"),
            "stop",
            "--pgdata",
            str(self.tempdir / "data"),
            "--mode",
            "immediate",
            "--wait",
            "--silent",
        ]

    def _run(self, command: list[str], *, check: bool) -> subprocess.CompletedProcess[str]:
        if self._os_user is not None:
            runuser = shutil.which("runuser") or "/usr/sbin/runuser"
            command = [runuser, "-u", self._os_user.pw_name, "--", *command]
        env = dict(os.environ)
        env.pop("PGDATA", None)
        try:
            return subprocess.run(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                cwd=self.tempdir,
                env=env,
                check=check,
                timeout=120,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            raise PostgresUnavailable(f"Could not run {' '.join(command)}: {exc}") from exc
