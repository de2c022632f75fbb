"""The manager's card grid model: pages of cards from the database, never all of them.

The row count comes from ``queries.count_cards``; rows are read a page at a time
with ``queries.list_cards`` when the view first asks for one of them, off the UI
thread, and kept in a small most-recently-used cache. Scrolling to row 900,000 of
a million reads one page there, not the 900,000 before it. Sorting and filtering
happen in the database; this model only shows what the service returned.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from posapp.services.cards import queries
from posapp.services.cards.queries import CardFilter
from posapp.services.command_path.context import Actor, Context
from posapp.services.command_path.results import CardView
from ui.models.cells import alignment, last_day_text, short_date
from ui.models.lifetime import while_alive
from ui.models.status import status_colour, status_label
from ui.operations import OperationRunner

AnyIndex = QModelIndex | QPersistentModelIndex

#: The whole :class:`CardView` of a row (``None`` while its page is loading).
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
#: The colour of the row's card state, for delegates and style.
STATUS_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 2

PAGE_SIZE = 200
CACHED_PAGES = 40
#: Pages read at once. A deep page is slow (the database skips every row before it), so a
#: fast scroll must not queue every page it passed: the newest wish is read first, and
#: pages asked for long ago are forgotten (asked for again if they are still shown).
PARALLEL_LOADS = 2
WAITING_PAGES = 6


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[CardView, str], str]
    sort_key: str | None = None  # a key of queries.SORTABLE, or None: not sortable
    amount: bool = False


COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("CardTableModel", "Card"), lambda c, _: c.masked_code, "last4"),
    Column(
        QT_TRANSLATE_NOOP("CardTableModel", "Status"), lambda c, _: status_label(c.status), "status"
    ),
    Column(
        QT_TRANSLATE_NOOP("CardTableModel", "Balance"),
        lambda c, loc: c.balance.format(loc),
        "balance",
        amount=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("CardTableModel", "Initial"),
        lambda c, loc: c.initial_balance.format(loc),
        amount=True,
    ),
    Column(QT_TRANSLATE_NOOP("CardTableModel", "Store"), lambda c, _: c.location),
    Column(
        QT_TRANSLATE_NOOP("CardTableModel", "Recipient"),
        lambda c, _: c.recipient_name or c.recipient_email or "",
        "recipient",
    ),
    Column(QT_TRANSLATE_NOOP("CardTableModel", "Purchaser"), lambda c, _: c.purchaser_name or ""),
    Column(
        QT_TRANSLATE_NOOP("CardTableModel", "Created"),
        lambda c, _: short_date(c.created_at),
        "created_at",
    ),
    Column(
        QT_TRANSLATE_NOOP("CardTableModel", "Expires"),
        lambda c, _: last_day_text(c.expires_at),
        "expires_at",
    ),
)
STATUS_COLUMN = 1
DEFAULT_SORT_COLUMN = 7


@dataclass
class _Page:
    generation: int
    cards: list[CardView]


class CardTableModel(QAbstractTableModel):
    """Cards matching a :class:`CardFilter`, sorted in the database, read page by page."""

    #: The number of matching cards, each time it has been counted.
    counted = Signal(int)
    #: A count or a page could not be read; the error is for ``ui.errors.show_error``.
    load_failed = Signal(object)

    def __init__(
        self,
        ctx: Context,
        actor_provider: Callable[[], Actor],
        runner: OperationRunner,
        *,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._actor = actor_provider
        self._runner = runner
        self._page_size = page_size
        self._filter = CardFilter()
        self._sort_column = DEFAULT_SORT_COLUMN
        self._descending = True
        self._total = 0
        self._generation = 0
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        # Pages asked for in each generation: a page that failed is not asked again until
        # the next reload, so a broken database shows one message, not one per repaint.
        self._asked: set[tuple[int, int]] = set()
        self._in_flight: set[tuple[int, int]] = set()
        self._waiting: list[int] = []
        self._locale = "en_US"
        self._counting = False
        self._active = False

    # -- what the grid asks -------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """True while the count or a page of the current filter is still being read."""
        return self._counting or bool(self._in_flight) or bool(self._waiting)

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def set_filter(self, card_filter: CardFilter) -> None:
        """Show the cards matching ``card_filter`` (counted anew, rows read on demand)."""
        self._filter = card_filter
        self._active = True
        self._reload(keep_rows=False)

    def refresh(self) -> None:
        """Read the same filter again (cards changed); rows stay on screen until replaced."""
        if self._active:
            self._reload(keep_rows=True)

    def clear(self) -> None:
        """Show nothing and read nothing until the next :meth:`set_filter` (signed out)."""
        self._active = False
        self._generation += 1
        self._asked.clear()
        self._in_flight.clear()
        self._waiting.clear()
        self._counting = False
        self.beginResetModel()
        self._pages.clear()
        self._total = 0
        self.endResetModel()

    def card_at(self, row: int) -> CardView | None:
        page = self._pages.get(row // self._page_size)
        if page is None:
            return None
        offset = row % self._page_size
        return page.cards[offset] if offset < len(page.cards) else None

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column].sort_key is not None

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CardTableModel", COLUMNS[section].title)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._total:
            return None
        card = self._card_for_view(index.row())
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return alignment(column.amount)
        if card is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return self.tr("Loading…")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(card, self._locale)
        if role == CARD_ROLE:
            return card
        if role == STATUS_COLOUR_ROLE or (
            role == Qt.ItemDataRole.ForegroundRole and index.column() == STATUS_COLUMN
        ):
            return status_colour(card.status)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database; columns the service cannot sort by are left as they are."""
        if not self.is_sortable(column):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._active:
            self._reload(keep_rows=False)

    # -- loading ------------------------------------------------------------------------

    def _reload(self, *, keep_rows: bool) -> None:
        self._generation += 1
        self._asked.clear()
        self._in_flight.clear()
        self._waiting.clear()
        actor = self._actor()
        self._locale = actor.locale
        if not keep_rows:
            self.beginResetModel()
            self._pages.clear()
            self.endResetModel()
        self._count(actor, self._generation)
        if keep_rows and self._total:
            self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, len(COLUMNS) - 1))

    def _count(self, actor: Actor, generation: int) -> None:
        ctx, card_filter = self._ctx, self._filter
        self._counting = True
        self._runner.run(
            lambda: queries.count_cards(ctx, actor, card_filter),
            while_alive(self, lambda total: self._counted(generation, total)),
            while_alive(self, lambda error: self._count_failed(generation, error)),
        )

    def _counted(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._counting = False
        if total != self._total:
            self.beginResetModel()
            self._total = total
            self.endResetModel()
        self.counted.emit(total)

    def _card_for_view(self, row: int) -> CardView | None:
        number = row // self._page_size
        page = self._pages.get(number)
        if page is None or page.generation != self._generation:
            self._request(number)
        if page is None:
            return None
        self._pages.move_to_end(number)
        offset = row % self._page_size
        return page.cards[offset] if offset < len(page.cards) else None

    def _request(self, number: int) -> None:
        key = (self._generation, number)
        if key in self._asked:
            return
        self._asked.add(key)
        self._waiting.append(number)
        if len(self._waiting) > WAITING_PAGES:
            self._asked.discard((self._generation, self._waiting.pop(0)))
        self._start_loads()

    def _start_loads(self) -> None:
        while self._waiting and len(self._in_flight) < PARALLEL_LOADS:
            self._load(self._waiting.pop())

    def _load(self, number: int) -> None:
        key = (self._generation, number)
        self._in_flight.add(key)
        ctx, actor, card_filter = self._ctx, self._actor(), self._filter
        sort_key = COLUMNS[self._sort_column].sort_key or "created_at"
        descending, offset, limit = self._descending, number * self._page_size, self._page_size
        self._runner.run(
            lambda: queries.list_cards(
                ctx,
                actor,
                card_filter,
                offset=offset,
                limit=limit,
                sort=sort_key,
                descending=descending,
            ),
            while_alive(self, lambda cards: self._page_arrived(key, cards)),
            while_alive(self, lambda error: self._page_failed(key, error)),
        )

    def _page_arrived(self, key: tuple[int, int], cards: list[CardView]) -> None:
        generation, number = key
        self._in_flight.discard(key)
        if generation != self._generation:
            return
        self._start_loads()
        self._pages[number] = _Page(generation, cards)
        self._pages.move_to_end(number)
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        first = number * self._page_size
        last = min(first + self._page_size, self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _count_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._counting = False
            self.load_failed.emit(error)

    def _page_failed(self, key: tuple[int, int], error: BaseException) -> None:
        self._in_flight.discard(key)
        if key[0] == self._generation:
            self.load_failed.emit(error)
            self._start_loads()
