"""What a scanner sends, turned into a normalised gift card code.

A scan carries a code in one of these forms, possibly preceded by an AIM
symbology identifier (``]C0``, ``]Q1``, ``]E0``: ``]`` + letter + digit) and
surrounded by framing leftovers (STX, ETX, CR, LF, NUL, whitespace):

- the bare code, with or without the hyphens and spaces of its printed form;
- a QR URL whose path ends in ``/g/CODE`` (``https://shop.example/balance/g/GC-...``),
  with or without a query string or fragment;
- the QR text ``GIFTCARD:CODE``.

The code itself is checked by :func:`posapp.codes.normalize`, so a mistyped
card code is refused here, before any database look-up, and an imported code
(6-40 of A-Z0-9) is accepted as it is.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from posapp.codes import DEFAULT_LENGTH, DEFAULT_PREFIX, normalize
from posapp.domain.errors import InvalidCode

#: Framing leftovers a scanner or a serial line may leave around a payload.
_STRAY = "\x00\x02\x03\r\n\t\x0b\x0c "
_AIM = re.compile(r"^\][A-Za-z][0-9]")
_URL = re.compile(r"^https?://", re.IGNORECASE)
_SCHEME_TEXT = re.compile(r"^GIFTCARD:", re.IGNORECASE)
#: What may remain once the wrapper is gone: the code, perhaps in its printed groups.
#: A mod-37 check symbol can also be one of ``*~$=``, always the last character.
_CODE_TEXT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 \-]*[*~$=]?$")


def parse_scan(payload: str, *, prefix: str = DEFAULT_PREFIX, length: int = DEFAULT_LENGTH) -> str:
    """Return the normalised code a scan carries, or raise :class:`InvalidCode`.

    Guaranteed: the result is what :func:`posapp.codes.normalize` returns for the
    code inside the payload; every other outcome is an ``InvalidCode`` whose
    message a cashier can read (empty scan, text that is not a code, a URL that
    is not a card link, a card code whose check symbol fails).
    """
    if not isinstance(payload, str):
        raise InvalidCode("The scanner sent something that is not text.")
    text = payload.strip(_STRAY)
    text = _AIM.sub("", text, count=1).strip(_STRAY)
    if not text:
        raise InvalidCode("The scan was empty: scan the card again.")
    if not text.isascii() or not text.isprintable():
        # Checked before normalising: upper-casing some non-ASCII letters
        # ("ß" -> "SS") would otherwise turn noise into a plausible code.
        raise InvalidCode("The scan holds characters a gift card code never has.")
    return normalize(_code_text(text), prefix=prefix, length=length)


def parse_scan_bytes(
    data: bytes, *, prefix: str = DEFAULT_PREFIX, length: int = DEFAULT_LENGTH
) -> str:
    """Like :func:`parse_scan` for the raw bytes of a serial frame.

    Scanners send ASCII; bytes that are not ASCII raise :class:`InvalidCode`
    rather than being guessed at.
    """
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        raise InvalidCode("The scanner sent bytes that are not text: scan again.") from None
    return parse_scan(text, prefix=prefix, length=length)


def _code_text(text: str) -> str:
    """The part of an unwrapped payload that should be a code."""
    if _URL.match(text):
        return _code_from_url(text)
    if _SCHEME_TEXT.match(text):
        candidate = text.split(":", 1)[1].strip()
        if not _CODE_TEXT.match(candidate):
            raise InvalidCode("That GIFTCARD: label carries no gift card code.")
        return candidate
    if not _CODE_TEXT.match(text):
        raise InvalidCode("That is not a gift card code.")
    return text


def _code_from_url(text: str) -> str:
    try:
        parts = urlsplit(text)
    except ValueError:
        raise InvalidCode("That link is not a gift card link.") from None
    segments = [unquote(s) for s in parts.path.split("/")]
    while segments and segments[-1] == "":
        segments.pop()
    if len(segments) < 2 or segments[-2].lower() != "g" or not parts.netloc:
        raise InvalidCode("That link is not a gift card link.")
    candidate = segments[-1]
    if not _CODE_TEXT.match(candidate):
        raise InvalidCode("That gift card link carries no gift card code.")
    return candidate
