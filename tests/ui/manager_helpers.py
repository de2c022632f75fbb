"""Shared set-up for the manager tool tests: real SQLite stores filled through the services.

Test modules wrap :func:`make_world` / :func:`make_big_world` in their own fixtures.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from posapp import edge, edge_admin
from posapp.codes import KeyRing
from posapp.db import migrate
from posapp.db.engine import Database
from posapp.services.cards.issuing import CardTerms
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.results import CardView
from tests.conftest import Clock, Store, open_store
from ui.events import AppEvents
from ui.operations import OperationRunner

BIG = 100_000
W = TypeVar("W", bound=QWidget)


@dataclass
class World:
    """A store with issued cards; their full codes are kept, as if the cards were in hand."""

    store: Store
    cards: dict[str, CardView]

    @property
    def ctx(self) -> Context:
        return self.store.ctx

    def code(self, name: str) -> str:
        code = self.cards[name].code
        assert code is not None
        return code


def _issue_cards(store: Store) -> dict[str, CardView]:
    """ann 30.00, zoe 20.00, max 10.00, issued one day apart from 2026-11-22 12:00 UTC."""
    people = {
        "ann": ("30.00", CardTerms(recipient_name="Ann Lee", purchaser_name="Bob Stone")),
        "zoe": ("20.00", CardTerms(recipient_email="zoe@example.com")),
        "max": ("10.00", CardTerms(recipient_name="Max Payne", purchaser_name="Ivy Frost")),
    }
    issued = {}
    for name, (amount, terms) in people.items():
        store.clock.advance(days=1)
        issued[name] = edge.issue(store.ctx, store.manager, amount, terms=terms).card
    return issued


def _open(path: Path, clock: Clock) -> Context:
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    return Context(db, KeyRing.generate(), clock)


def make_world(folder: Path, sqlite_template: Path) -> World:
    """Store S1 (root, mia the manager, carl the cashier) and the three issued cards."""
    target = folder / "giftpos.sqlite3"
    shutil.copy(sqlite_template, target)
    clock = Clock()
    store = open_store(_open(target, clock), clock)
    return World(store, _issue_cards(store))


def make_big_world(folder: Path) -> World:
    """100,000 inactive batch cards, then the three issued cards of :func:`make_world`."""
    clock = Clock()
    store = open_store(_open(folder / "giftpos.sqlite3", clock), clock)
    edge_admin.create_batch(store.ctx, store.admin, BIG)
    return World(store, _issue_cards(store))


@dataclass
class Shell:
    """What the main window hands each page: the runner, the events, the signed-in actor."""

    runner: OperationRunner
    events: AppEvents
    actor: Actor

    def actor_provider(self) -> Actor:
        return self.actor


def shell_for(actor: Actor) -> Shell:
    events = AppEvents()
    return Shell(OperationRunner(events=events), events, actor)


def when_modal(kind: type[W], handle: Callable[[W], None], *, name: str = "") -> None:
    """Run ``handle`` on the next modal ``kind`` (named ``name``) once ``exec()`` shows it.

    ``exec()`` blocks the test, so the answer is queued beforehand; it gives up after 5 s.
    """
    tries = iter(range(500))

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.objectName().startswith(name):
            handle(widget)
        elif next(tries, None) is not None:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
