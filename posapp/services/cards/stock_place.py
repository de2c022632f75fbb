"""Where a printed card is in the stock, and the rule that it is sold only where it is on
hand (see :mod:`posapp.services.back_office.stock` for the moves)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from posapp.db.models import GiftCard
from posapp.domain.errors import Phrase, WrongLocation
from posapp.domain.roles import Permission, allows
from posapp.services.accounting import audit
from posapp.services.command_path.context import Actor, Context

STOCK_ROOM, IN_TRANSIT, AT_STORE, SOLD = "stock_room", "in_transit", "at_store", "sold"
DAMAGED, LOST = "damaged", "lost"
#: Where a card is on hand: it may be sold there, and a stock count expects it there.
ON_HAND = (STOCK_ROOM, AT_STORE)
_PLACES = {
    STOCK_ROOM: Phrase("in another store's stock room"),
    IN_TRANSIT: Phrase("in transit"),
    AT_STORE: Phrase("at another store"),
    SOLD: Phrase("sold"),
    DAMAGED: Phrase("marked damaged"),
    LOST: Phrase("marked lost"),
}


def check_sellable(session: Session, ctx: Context, actor: Actor, card: GiftCard) -> None:
    """A printed card is activated where it is on hand; a manager may override (audited).
    It is then sold."""
    if card.stock_state is None:
        return
    here = card.stock_state in ON_HAND and card.stock_location_id == actor.location_id
    if not here:
        if not allows(actor.role, Permission.ACTIVATE_AWAY_FROM_STOCK):
            raise WrongLocation(
                "This card is not in this store's stock ({state}): a manager may activate it.",
                state=_PLACES.get(card.stock_state, Phrase("elsewhere")),
            )
        audit.record(session, ctx, actor, "stock_override",
                     {"stock_state": card.stock_state}, card_id=card.id)
    card.stock_state, card.stock_location_id = SOLD, actor.location_id


