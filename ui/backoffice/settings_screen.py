"""Admins' back office: settings (global and per store), stores, staff and products."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from posapp import edge_admin
from posapp.money import circulating_currencies
from posapp.services.back_office import admin
from posapp.services.back_office.products import list_products
from posapp.services.command_path import bus
from posapp.services.command_path.commands import SetSmtpPassword
from posapp.services.delivery import mail_setup
from posapp.services.security import staff
from ui.backoffice.settings_form import SettingsForm
from ui.deps import Deps
from ui.i18n import role_label
from ui.views.common import big_button, heading, table
from ui.widgets.message_banner import MessageBanner


def _fill(grid: Any, rows: list[tuple[str, ...]]) -> None:
    grid.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            grid.setItem(r, c, QTableWidgetItem(text))


class SettingsScreen(QWidget):
    def __init__(self, deps: Deps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsScreen")
        self._deps = deps
        self.banner = MessageBanner(self)
        self.tabs = QTabWidget(self)
        self.form = SettingsForm(deps, self)
        self.tabs.addTab(self.form, self.tr("Settings"))
        self.tabs.addTab(self._locations_tab(), self.tr("Stores"))
        self.tabs.addTab(self._staff_tab(), self.tr("Staff"))
        self.tabs.addTab(self._products_tab(), self.tr("Products"))
        self.tabs.addTab(self._email_tab(), self.tr("E-mail"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Settings"), self))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        deps.events.settings_changed.connect(self.reload)

    # tabs -----------------------------------------------------------------------
    def _form_tab(self, grid_headers: list[str], fields: list[tuple[str, QWidget]],
                  button: str, action: Callable[[], None]) -> tuple[QWidget, Any]:
        tab = QWidget(self)
        grid = table(tab, grid_headers)
        form = QFormLayout()
        for label, widget in fields:
            widget.setParent(tab)
            form.addRow(label, widget)
        add = big_button(button, tab, kind="primary")
        add.clicked.connect(action)
        layout = QVBoxLayout(tab)
        layout.addWidget(grid, 1)
        layout.addLayout(form)
        layout.addWidget(add)
        return tab, grid

    def _locations_tab(self) -> QWidget:
        self.loc_code, self.loc_name = QLineEdit(), QLineEdit()
        self.loc_currency, self.loc_locale = QComboBox(), QLineEdit("en_US")
        # Only currencies in circulation can be a store's; the list says which they are.
        self.loc_currency.addItems(sorted(circulating_currencies()))
        self.loc_currency.setCurrentText("USD")
        tab, self.locations = self._form_tab(
            [self.tr("Code"), self.tr("Name"), self.tr("Currency"), self.tr("Locale")],
            [(self.tr("Code"), self.loc_code), (self.tr("Name"), self.loc_name),
             (self.tr("Currency"), self.loc_currency), (self.tr("Locale"), self.loc_locale)],
            self.tr("Add store"), self._add_location)
        return tab

    def _staff_tab(self) -> QWidget:
        self.staff_name, self.staff_pin = QLineEdit(), QLineEdit()
        self.staff_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.staff_role = QComboBox()
        for role in ("cashier", "manager", "admin"):
            self.staff_role.addItem(role_label(role), role)
        tab, self.staff = self._form_tab(
            [self.tr("Name"), self.tr("Role"), self.tr("Active")],
            [(self.tr("Name"), self.staff_name), (self.tr("Role"), self.staff_role),
             (self.tr("PIN"), self.staff_pin)],
            self.tr("Add staff member"), self._add_staff)
        return tab

    def _products_tab(self) -> QWidget:
        self.sku, self.product_name = QLineEdit(), QLineEdit()
        self.denominations, self.minimum, self.maximum = QLineEdit(), QLineEdit(), QLineEdit()
        self.denominations.setPlaceholderText("25,50,100")
        tab, self.products = self._form_tab(
            [self.tr("SKU"), self.tr("Name"), self.tr("Amounts"), self.tr("Range")],
            [(self.tr("SKU"), self.sku), (self.tr("Name"), self.product_name),
             (self.tr("Fixed amounts"), self.denominations), (self.tr("Minimum"), self.minimum),
             (self.tr("Maximum"), self.maximum)],
            self.tr("Add product"), self._add_product)
        return tab

    def _email_tab(self) -> QWidget:
        """The SMTP password (set, never shown) and a test e-mail; the server, sender and
        security are settings in the first tab's E-mail group."""
        tab = QWidget(self)
        self.smtp_password = QLineEdit(tab)
        self.smtp_password.setObjectName("smtpPassword")
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_password.setPlaceholderText(self.tr("Stored encrypted; never shown again"))
        set_password = big_button(self.tr("Set password"), tab)
        set_password.setObjectName("setSmtpPassword")
        set_password.clicked.connect(self._set_password)
        self.test_address = QLineEdit(tab)
        self.test_address.setObjectName("testAddress")
        self.test_address.setPlaceholderText("it@example.com")
        send_test = big_button(self.tr("Send test e-mail"), tab, kind="primary")
        send_test.setObjectName("sendTestEmail")
        send_test.clicked.connect(self._send_test)
        form = QFormLayout()
        form.addRow(self.tr("SMTP password"), self.smtp_password)
        form.addRow("", set_password)
        form.addRow(self.tr("Send a test to"), self.test_address)
        form.addRow("", send_test)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addStretch(1)
        return tab

    # loading --------------------------------------------------------------------
    def reload(self) -> None:
        deps = self._deps
        actor = deps.actor()
        deps.runner.run(
            lambda: (admin.list_locations(deps.ctx), staff.list_staff(deps.ctx, actor),
                     list_products(deps.ctx)),
            self._show, self.banner.show_failure)

    def _show(self, data: tuple[list[Any], list[Any], list[Any]]) -> None:
        locations, people, products = data
        _fill(self.locations, [(x.code, x.name, x.currency, x.locale) for x in locations])
        _fill(self.staff, [(x.name, role_label(x.role),
                            self.tr("yes") if x.active else self.tr("no")) for x in people])
        _fill(self.products, [
            (p.sku, p.name, ", ".join(d.amount_str() for d in p.denominations),
             f"{p.minimum.amount_str()}–{p.maximum.amount_str()}" if p.minimum and p.maximum
             else "") for p in products])
        self.form.show_locations(locations)

    # changes --------------------------------------------------------------------
    def _change(self, work: Callable[[], object], done: str) -> None:
        def changed(_result: object) -> None:
            self.banner.show_info(done)
            self._deps.events.settings_changed.emit()

        self._deps.runner.run(work, changed, self.banner.show_failure)

    def _set_password(self) -> None:
        deps, actor = self._deps, self._deps.actor()
        password = self.smtp_password.text()
        self.smtp_password.clear()
        self._change(lambda: bus.dispatch(deps.ctx, actor, SetSmtpPassword(password)),
                     self.tr("SMTP password set."))

    def _send_test(self) -> None:
        deps, actor = self._deps, self._deps.actor()
        address = self.test_address.text()
        deps.runner.run(
            lambda: mail_setup.send_test(deps.ctx, actor, address),
            lambda sent: self.banner.show_info(
                self.tr("Test e-mail sent to %1.").replace("%1", sent.to)),
            self.banner.show_failure)

    def _add_location(self) -> None:
        deps, actor = self._deps, self._deps.actor()
        code, name = self.loc_code.text(), self.loc_name.text()
        cur, loc = self.loc_currency.currentText(), self.loc_locale.text().strip()
        self._change(lambda: edge_admin.add_location(deps.ctx, actor, code, name, cur, loc),
                     self.tr("Store %1 added.").replace("%1", code))

    def _add_staff(self) -> None:
        deps, actor = self._deps, self._deps.actor()
        name, role, pin = self.staff_name.text(), self.staff_role.currentData(), \
            self.staff_pin.text()
        self.staff_pin.clear()
        self._change(lambda: edge_admin.add_staff(deps.ctx, actor, name, role, pin),
                     self.tr("%1 can now sign in.").replace("%1", name))

    def _add_product(self) -> None:
        deps, actor = self._deps, self._deps.actor()
        sku, name = self.sku.text().strip(), self.product_name.text()
        fixed = [d.strip() for d in self.denominations.text().split(",") if d.strip()]
        low, high = self.minimum.text().strip() or None, self.maximum.text().strip() or None
        self._change(lambda: edge_admin.add_product(deps.ctx, actor, sku, name, denominations=fixed,
                                               minimum=low, maximum=high),
                     self.tr("Product %1 added.").replace("%1", sku))
