"""Searching the card list by a whole code keeps the code out of the SQL (and its log) even
when the code has no digit, while a name is still found by its letters."""

from __future__ import annotations

import logging

import pytest

from posapp import codes, edge
from posapp.services.cards import queries
from posapp.services.cards.issuing import CardTerms
from posapp.services.cards.queries import CardFilter
from tests.conftest import Store

LETTERS = "ABCDEFGHJKMNPQRSTVWXYZ"


def letters_only_code() -> str:
    """One of our codes whose body has no digit (about 1 in 400 random codes is so)."""
    for start in range(len(LETTERS)):
        body = "".join(LETTERS[(start + i * 7) % len(LETTERS)] for i in range(15))
        check = codes.check_symbol(body)
        if check.isalpha():
            return codes.DEFAULT_PREFIX + body + check
    raise AssertionError("no letters-only code found")


def test_a_whole_code_without_a_digit_is_searched_by_its_hash_only(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    code = letters_only_code()
    assert not any(ch.isdigit() for ch in code)
    card = edge.issue(store.ctx, store.manager, "20.00", code=code).card
    caplog.set_level(logging.DEBUG, logger="sqlalchemy.engine")
    for typed in (code, codes.display(code), code.lower()):
        found = queries.list_cards(store.ctx, store.manager, CardFilter(search=typed))
        assert [c.id for c in found] == [card.id]
    assert caplog.records
    assert code not in caplog.text.upper()
    assert code[2:12] not in caplog.text.upper()


def test_a_name_that_could_be_an_imported_code_is_still_found_by_its_letters(
    store: Store,
) -> None:
    card = edge.issue(store.ctx, store.manager, "20.00",
                      terms=CardTerms(recipient_name="Marie Dubois")).card
    found = queries.list_cards(store.ctx, store.manager, CardFilter(search="Dubois"))
    assert [c.id for c in found] == [card.id]
