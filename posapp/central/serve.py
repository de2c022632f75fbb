"""``posapp serve``: the API on uvicorn, TLS from certificate files, graceful on SIGTERM.

uvicorn stops accepting connections at SIGTERM or SIGINT and lets requests in
flight finish (up to :data:`GRACE_SECONDS`) before the process exits; a request
in flight is one database transaction, so it either commits and is answered or
never happened.
"""

from __future__ import annotations

import hashlib
import logging
import logging.config
import socket
import ssl
from pathlib import Path

import uvicorn

from posapp.central import logs
from posapp.central.app import create_app
from posapp.central.mail_loop import MailLoop
from posapp.central.workers import supervise
from posapp.db import migrate
from posapp.db.engine import MAX_OVERFLOW, POOL_SIZE
from posapp.domain.errors import InvalidInput, InvalidState
from posapp.services.command_path.context import Context

GRACE_SECONDS = 30
#: A sanity bound: the database's connection limit is checked as well (see _check_workers).
MAX_WORKERS = 64
log = logging.getLogger("posapp.central")


def certificate_fingerprint(cert_file: Path) -> str:
    """The SHA-256 of the (first) certificate in a PEM file, as a till pins it."""
    try:
        pem = cert_file.read_text()
        der = ssl.PEM_cert_to_DER_cert(pem[: pem.index("-----END CERTIFICATE-----") + 25])
    except (OSError, ValueError) as exc:
        raise InvalidInput(
            "{path} is not a PEM certificate: {reason}", path=cert_file, reason=str(exc)
        ) from exc
    return hashlib.sha256(der).hexdigest()


def _check_tls(cert: Path, key: Path) -> str:
    """The certificate's fingerprint, once the pair is known to load (uvicorn would exit)."""
    fingerprint = certificate_fingerprint(cert)
    try:
        ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(cert, key)
    except (OSError, ssl.SSLError) as exc:
        raise InvalidInput(
            "--cert {cert} with --key {key} cannot be used: {reason}.",
            cert=cert, key=key, reason=str(exc),
        ) from exc
    return fingerprint


def _check_workers(ctx: Context, workers: int) -> None:
    """Refuse more workers than PostgreSQL has connections for: each keeps a pool of its
    own, which may grow to POOL_SIZE + MAX_OVERFLOW connections under load, and one for
    its event loop (:mod:`posapp.central.on_loop`)."""
    if ctx.db.is_sqlite or workers == 1:
        return
    with ctx.db.snapshot() as conn:
        allowed = int(conn.exec_driver_sql("SHOW max_connections").scalar_one())
        reserved = int(conn.exec_driver_sql("SHOW superuser_reserved_connections").scalar_one())
    each = POOL_SIZE + MAX_OVERFLOW + 1
    if workers * each > allowed - reserved:
        raise InvalidInput(
            "--workers {workers} may open {needed} database connections ({each} each) and "
            "the database allows {allowed}: use fewer workers or raise max_connections.",
            workers=workers, needed=workers * each, each=each, allowed=allowed - reserved,
        )


def _listen(host: str, port: int) -> socket.socket:
    """The listening socket, taken before uvicorn starts (it exits when it cannot bind)."""
    try:
        info = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = info[0]
        sock = socket.socket(family, kind, proto)
    except OSError as exc:
        raise InvalidInput(
            "Cannot listen on {host}: {reason}.", host=host, reason=str(exc)
        ) from exc
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise InvalidState(
            "Cannot listen on {host}:{port}: {reason}.", host=host, port=port, reason=exc.strerror
        ) from exc
    return sock


def serve(
    ctx: Context,
    *,
    host: str,
    port: int,
    cert: Path | None = None,
    key: Path | None = None,
    send_email_every: float = 60.0,
    workers: int = 1,
) -> None:
    """Serve until SIGTERM or SIGINT; ``workers`` processes (:mod:`posapp.central.workers`)
    when more than one."""
    if (cert is None) != (key is None):
        raise InvalidInput("TLS needs both --cert and --key.")
    if not 1 <= workers <= MAX_WORKERS:
        raise InvalidInput("--workers is 1-{most}.", most=MAX_WORKERS)
    if not migrate.is_current(ctx.db):
        # Tills would meet missing tables request by request; say it once, at the start.
        raise InvalidState(
            "The database's schema is at {current}, this version needs {head}: run "
            "`posapp db upgrade` first.",
            current=migrate.current_revision(ctx.db), head=migrate.head_revision(),
        )
    _check_workers(ctx, workers)
    fingerprint = _check_tls(cert, key) if cert and key else None
    listening = _listen(host, port)
    logging.config.dictConfig(logs.config())
    log.info(
        "serving",
        extra={
            "fields": {
                "event": "serving",
                "url": f"{'https' if cert else 'http'}://{host}:{port}/v1",
                "certificate_sha256": fingerprint,
                "workers": workers,
            }
        },
    )

    def work() -> None:
        _run(ctx, listening, cert, key, send_email_every)

    if workers == 1:
        work()
        return
    ctx.db.dispose()  # each worker opens connections of its own
    supervise(workers, listening, work)


def _run(
    ctx: Context, listening: socket.socket, cert: Path | None, key: Path | None,
    send_email_every: float,
) -> None:
    """One process of the service: uvicorn on ``listening`` and the e-mail sender."""
    mail = MailLoop(ctx, send_email_every) if send_email_every > 0 else None
    config = uvicorn.Config(
        create_app(ctx, made_cards=mail.nudge if mail else None),
        ssl_certfile=str(cert) if cert else None,
        ssl_keyfile=str(key) if key else None,
        log_config=logs.config(),
        access_log=False,
        server_header=False,
        timeout_graceful_shutdown=GRACE_SECONDS,
    )
    server = uvicorn.Server(config)
    if mail is not None:
        mail.start()
    try:
        server.run(sockets=[listening])
    finally:
        if mail is not None:
            mail.stop()
