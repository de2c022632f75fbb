"""What an enrolled till keeps: the service's address, its pinned certificate and the credential.

The file is written readable by its owner only (0600) and refused when others
may read it: its credential lets anyone act as this till.
"""

from __future__ import annotations

import json
import stat
from dataclasses import asdict, dataclass
from pathlib import Path

from posapp import paths
from posapp.domain.errors import KeyFileError

_MAX_SIZE = 64 * 1024


def default_path() -> Path:
    return paths.config_dir() / "central.json"


def store_path(credential_file: Path) -> Path:
    """The till's own store (outbox, card cache, reference data) beside its credential file:
    ``central.json`` keeps ``central-till.sqlite3``. One store per credential, so two tills
    enrolled on one machine under two files never share an outbox."""
    return credential_file.with_name(credential_file.stem + "-till.sqlite3")


@dataclass(frozen=True)
class TillCredential:
    url: str
    terminal: str
    store: str
    credential: str
    #: The service's certificate (PEM) as seen at enrolment, and its SHA-256.
    certificate: str
    fingerprint: str

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with paths.open_private(path, "w") as handle:
            handle.write(json.dumps(asdict(self), indent=2) + "\n")

    @classmethod
    def load(cls, path: Path) -> TillCredential:
        try:
            info = path.stat()
            if info.st_mode & 0o077 or not stat.S_ISREG(info.st_mode):
                raise KeyFileError(
                    "{path} may be read by others (run chmod 600): its credential acts as "
                    "this till.",
                    path=path,
                )
            if info.st_size > _MAX_SIZE:
                raise KeyFileError(
                    "{path} is too large to be a till's credential file.", path=path
                )
            return cls(**json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            raise KeyFileError(
                "{path} does not exist: enrol this till with `posapp terminal enroll URL CODE`.",
                path=path,
            ) from None
        except (OSError, ValueError, TypeError) as exc:
            raise KeyFileError(
                "{path} is not a till's credential file ({reason}).", path=path, reason=str(exc)
            ) from None
