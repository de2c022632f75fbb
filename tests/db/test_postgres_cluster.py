"""The throw-away PostgreSQL cluster the database tests run on, and the policy around it."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.support import postgres
from tests.support.postgres import (
    URL_ENV,
    ExternalPostgres,
    PostgresCluster,
    PostgresUnavailable,
    find_bin_dir,
    postgres_for_tests,
    skip_reason,
    to_libpq_url,
)


@pytest.fixture(scope="module")
def server_programs() -> None:
    try:
        find_bin_dir()
    except PostgresUnavailable as exc:
        pytest.skip(skip_reason(exc))


@pytest.fixture(scope="module")
def cluster(server_programs: None) -> Iterator[PostgresCluster]:
    with PostgresCluster() as running:
        yield running


def _unreachable(self: PostgresCluster) -> None:
    raise PostgresUnavailable("no server programs here")


@pytest.mark.postgres
def test_cluster_serves_its_database_on_localhost_with_room_for_many_clients(
    cluster: PostgresCluster,
) -> None:
    with psycopg.connect(to_libpq_url(cluster.url)) as conn:
        row = conn.execute(
            "SELECT host(inet_server_addr()), current_database(),"
            " current_setting('max_connections')::int"
        ).fetchone()
    assert row is not None
    address, database, max_connections = row
    assert address == "127.0.0.1"
    assert database == cluster.dbname
    assert max_connections >= 100


@pytest.mark.postgres
def test_cluster_also_listens_on_a_unix_socket_in_its_directory(cluster: PostgresCluster) -> None:
    with psycopg.connect(
        host=str(cluster.directory), port=cluster.port, user=cluster.user, dbname=cluster.dbname
    ) as conn:
        row = conn.execute("SELECT inet_server_addr()").fetchone()
    assert row == (None,)


@pytest.mark.postgres
def test_server_never_runs_as_root(cluster: PostgresCluster) -> None:
    # postgres only starts on a data directory owned by its own user.
    assert cluster.directory is not None
    assert (cluster.directory / "data").stat().st_uid != 0


@pytest.mark.postgres
def test_create_database_gives_a_separate_empty_database(cluster: PostgresCluster) -> None:
    url = cluster.create_database("isolated")
    assert make_url(url).database == "isolated"
    with psycopg.connect(to_libpq_url(url)) as conn:
        conn.execute("CREATE TABLE only_here (id int)")
    with psycopg.connect(to_libpq_url(cluster.url)) as conn:
        assert conn.execute("SELECT to_regclass('only_here')").fetchone() == (None,)


@pytest.mark.postgres
def test_stop_stops_the_server_and_deletes_its_directory(server_programs: None) -> None:
    with PostgresCluster() as cluster:
        directory, url = cluster.directory, cluster.url
    assert directory is not None and not directory.exists()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(to_libpq_url(url), connect_timeout=2)


@pytest.mark.postgres
def test_cluster_is_deleted_when_the_block_raises(server_programs: None) -> None:
    class Failure(Exception):
        pass

    with pytest.raises(Failure), PostgresCluster() as cluster:
        directory = cluster.directory
        raise Failure
    assert directory is not None and not directory.exists()


@pytest.mark.postgres
def test_start_moves_to_another_port_when_its_port_is_taken(
    server_programs: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        ports = iter([taken])
        free_port = postgres.free_port
        monkeypatch.setattr(postgres, "free_port", lambda: next(ports, None) or free_port())
        with PostgresCluster() as cluster:
            assert cluster.port != taken
            with psycopg.connect(to_libpq_url(cluster.url)) as conn:
                assert conn.execute("SELECT 1").fetchone() == (1,)


@pytest.mark.postgres
def test_external_url_wins_over_starting_a_cluster(
    cluster: PostgresCluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(URL_ENV, to_libpq_url(cluster.url))
    monkeypatch.setattr(PostgresCluster, "start", _unreachable)
    with postgres_for_tests() as server:
        assert isinstance(server, ExternalPostgres)
        assert server.url == cluster.url
        url = server.create_database("via_external")
    with psycopg.connect(to_libpq_url(url)) as conn:
        assert conn.execute("SELECT current_database()").fetchone() == ("via_external",)


def test_outside_ci_an_unavailable_server_is_a_reason_to_skip(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(URL_ENV, raising=False)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(PostgresCluster, "start", _unreachable)
    with postgres_for_tests() as server:
        assert isinstance(server, str)
        assert "no server programs here" in server


def test_under_ci_an_unavailable_server_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(URL_ENV, raising=False)
    monkeypatch.setenv("CI", "true")
    monkeypatch.setattr(PostgresCluster, "start", _unreachable)
    with pytest.raises(RuntimeError, match="CI=true.*no server programs here"):
        with postgres_for_tests():
            pass
