"""The small dialogs behind a card's actions: what the manager types, confirms, or sees once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posapp.codes import display
from posapp.domain.transitions import LONGEST_LIFETIME, last_day
from posapp.services.command_path.results import CardView


@dataclass(frozen=True)
class CardActionInput:
    """What the manager entered: the note or reason, and the amount if one was asked."""

    text: str
    amount: str = ""


@dataclass(frozen=True)
class ActionSpec:
    """What an action asks for: always a note or reason, an amount only if labelled."""

    title: str
    intro: str
    text_label: str
    amount_label: str | None = None


class CardActionDialog(QDialog):
    """Asks for a reason (and an amount); OK stays off until everything asked is there."""

    def __init__(self, card: CardView, spec: ActionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardActionDialog")
        self.setWindowTitle(spec.title)
        self._spec = spec
        layout = QVBoxLayout(self)
        intro = QLabel(spec.intro.replace("%1", card.masked_code), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("amountEdit")
        self.amount_edit.setPlaceholderText(self.tr("e.g. 5.00 or -5.00"))
        if spec.amount_label:
            form.addRow(spec.amount_label, self.amount_edit)
        else:
            self.amount_edit.hide()
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("textEdit")
        self.text_edit.setMaxLength(500)
        form.addRow(spec.text_label, self.text_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(self.buttons)
        self._connect_callbacks()
        self._update_ok()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @classmethod
    def ask(
        cls, parent: QWidget | None, card: CardView, spec: ActionSpec
    ) -> CardActionInput | None:
        dialog = cls(card, spec, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def value(self) -> CardActionInput:
        return CardActionInput(self.text_edit.text().strip(), self.amount_edit.text().strip())

    def _connect_callbacks(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.amount_edit.textChanged.connect(self._update_ok)
        self.text_edit.textChanged.connect(self._update_ok)

    def _update_ok(self) -> None:
        entered = self.value()
        needs_amount = self._spec.amount_label is not None
        self.ok_button.setEnabled(bool(entered.text) and (bool(entered.amount) or not needs_amount))


class ExpiryDialog(QDialog):
    """Asks for the new last day a card (or many cards) may be used: a calendar from
    tomorrow on, no further than the longest lifetime a card can have."""

    def __init__(self, intro: str, suggested: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expiryDialog")
        self.setWindowTitle(self.tr("Extend expiry"))
        layout = QVBoxLayout(self)
        text = QLabel(intro, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("expiryDate")
        self.date_edit.setCalendarPopup(True)
        today = QDate.currentDate()
        self.date_edit.setDateRange(today.addDays(1), today.addDays(LONGEST_LIFETIME.days))
        self.date_edit.setDate(QDate(suggested.year, suggested.month, suggested.day))
        form.addRow(self.tr("Usable until (last day)"), self.date_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> date:
        picked = self.date_edit.date()
        return date(picked.year(), picked.month(), picked.day())

    @classmethod
    def ask(cls, parent: QWidget | None, intro: str, suggested: date) -> date | None:
        dialog = cls(intro, suggested, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask_for_card(cls, parent: QWidget | None, card: CardView) -> date | None:
        """A year after the card's last day (or after today, for an expired card)."""
        intro = QCoreApplication.translate(
            "CardDetailDialog",
            "Choose the last day card %1 may be used. An expired card becomes usable again "
            "with its balance.",
        ).replace("%1", card.masked_code)
        today = date.today()
        last = last_day(card.expires_at) if card.expires_at else today
        return cls.ask(parent, intro, max(today, last) + timedelta(days=365))


def confirm(parent: QWidget | None, name: str, title: str, question: str, detail: str) -> bool:
    """A last question before a change that cannot be undone; No is the default."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(question)
    box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


# What each action asks, for the card detail dialog and the card care page alike (the texts
# keep the dialog's translation context, where they were first written).
def adjust_spec() -> ActionSpec:
    return ActionSpec(
        QCoreApplication.translate("CardDetailDialog", "Adjust balance"),
        QCoreApplication.translate(
            "CardDetailDialog",
            "Enter the amount to add to card %1 (or to take off, with a minus sign) and why.",
        ),
        text_label=QCoreApplication.translate("CardDetailDialog", "Note (required)"),
        amount_label=QCoreApplication.translate("CardDetailDialog", "Amount"),
    )


def freeze_spec() -> ActionSpec:
    return ActionSpec(
        QCoreApplication.translate("CardDetailDialog", "Freeze card"),
        QCoreApplication.translate(
            "CardDetailDialog", "Say why card %1 is frozen. It cannot pay until it is unfrozen."
        ),
        text_label=QCoreApplication.translate("CardDetailDialog", "Reason (required)"),
    )


def void_spec() -> ActionSpec:
    return ActionSpec(
        QCoreApplication.translate("CardDetailDialog", "Void card"),
        QCoreApplication.translate(
            "CardDetailDialog", "Say why card %1 is voided. A void cannot be undone."
        ),
        text_label=QCoreApplication.translate("CardDetailDialog", "Reason (required)"),
    )


def confirm_void(parent: QWidget | None, card: CardView, locale: str) -> bool:
    return confirm(
        parent,
        "confirmVoid",
        QCoreApplication.translate("CardDetailDialog", "Void card"),
        QCoreApplication.translate("CardDetailDialog", "Void card %1 for good?").replace(
            "%1", card.masked_code
        ),
        QCoreApplication.translate(
            "CardDetailDialog",
            "Its balance of %1 goes to zero and the card can never be used again.",
        ).replace("%1", card.balance.format(locale)),
    )


def confirm_transfer(parent: QWidget | None, card: CardView) -> bool:
    return confirm(
        parent,
        "confirmTransfer",
        QCoreApplication.translate("CardDetailDialog", "Transfer to a new card"),
        QCoreApplication.translate(
            "CardDetailDialog", "Move the balance of card %1 to a new card?"
        ).replace("%1", card.masked_code),
        QCoreApplication.translate(
            "CardDetailDialog",
            "This card is closed for good. The new card's code is shown only once: "
            "have a blank card or paper ready.",
        ),
    )


class NewCodeDialog(QDialog):
    """The new card's full code after a transfer: shown this once, never again."""

    def __init__(self, card: CardView, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCodeDialog")
        self.setWindowTitle(self.tr("New card code"))
        layout = QVBoxLayout(self)
        warning = QLabel(
            self.tr(
                "Write this code down or print the card now: it is shown only this once. "
                "The old card is closed."
            ),
            self,
        )
        warning.setObjectName("warningText")
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.code_label = QLabel(display(card.code) if card.code else card.masked_code, self)
        self.code_label.setObjectName("newCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code_label)
        balance = QLabel(self.tr("Balance: %1").replace("%1", card.balance.format(locale)), self)
        balance.setProperty("kind", "amount")
        layout.addWidget(balance)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    @classmethod
    def show_once(cls, parent: QWidget | None, card: CardView, locale: str) -> NewCodeDialog:
        dialog = cls(card, locale, parent)
        dialog.open()
        return dialog
