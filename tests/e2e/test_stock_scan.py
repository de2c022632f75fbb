"""The Stock page's Mark field, scanned by xdotool as a keyboard-wedge scanner types: a
printed card scanned in, marked lost with a reason, and the books say so."""

from __future__ import annotations

from posapp import edge_admin
from posapp.services.back_office import batches, stock
from tests.e2e.app import App, centre


def printed_codes(app: App, count: int) -> list[str]:
    with app.context() as ctx:
        admin = app.actor(ctx, "admin")
        batch = edge_admin.create_batch(ctx, admin, count)
        edge_admin.mark_printed(ctx, admin, batch.batch_id)
        return [str(card.code) for card in batches.batch_cards(ctx, admin, batch.batch_id)[1]]


def lost_cards(app: App) -> int:
    with app.context() as ctx:
        lines = stock.report(ctx, app.actor(ctx))
    return sum(line.cards for line in lines if line.state == "lost")


def test_a_card_scanned_into_the_mark_field_is_marked_lost(app: App) -> None:
    first, second = printed_codes(app, 2)
    app.sign_in("manager")
    app.x.key("shift+F5")
    app.wait_screen("the Stock page", lambda s: s.find("stockReport"))

    app.x.scan(first)  # anywhere on the page: the page opens its Mark tab for it
    screen = app.wait_screen("the first card listed", lambda s: s.find("stockMarkCards")
                             and len(s.get("stockMarkCards")["rows"]) == 1)
    app.click_into("stockMarkScan")
    app.x.scan(second)
    screen = app.wait_screen("the second card listed",
                             lambda s: len(s.get("stockMarkCards")["rows"]) == 2)
    shown = [row[0] for row in screen.get("stockMarkCards")["rows"]]
    assert [text[-4:] for text in shown] == [first[-4:], second[-4:]]
    assert first not in "".join(shown) and second not in "".join(shown)
    assert screen.text("stockMarkScan") == ""

    app.click_into("stockMarkReason")
    app.x.type_as_person("wet")
    before = lost_cards(app)
    app.x.click(*centre(app.dump().get("stockMarkLost")))
    app.x.click(*centre(app.dump().get("stockMarkButton")))
    app.wait_screen("the question", lambda s: s.window("QMessageBox"))
    app.x.key("alt+y")  # Yes (No is the default)
    app.wait_screen("the cards marked", lambda s: "Marked: 2." in s.texts())
    assert lost_cards(app) == before + 2

