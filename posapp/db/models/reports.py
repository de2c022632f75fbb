"""Derived figures of the money view: the ledger's daily totals for sealed days."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import BigInteger, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from posapp.db.models.base import Base


class LedgerDayTotal(Base):
    """The liability movement of one UTC day (by ``recorded_at``), issuing store, currency
    and movement column, summed once the day is sealed; never changed afterwards."""

    __tablename__ = "ledger_day_totals"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    movement: Mapped[str] = mapped_column(String(16), primary_key=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)


class LedgerSeal(Base):
    """One row: every day before ``sealed_until`` has its totals in ``ledger_day_totals``."""

    __tablename__ = "ledger_seal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    sealed_until: Mapped[date] = mapped_column(Date)
