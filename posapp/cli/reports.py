"""``posapp report rollforward | settlement | breakage | ageing | journal``: the money view."""

from __future__ import annotations

import argparse
from typing import Any

from posapp import edge_reports
from posapp.cli.registry import Env, command, options
from posapp.domain.errors import InvalidInput
from posapp.services.accounting import (
    ageing,
    breakage,
    journal,
    report_export,
    rollforward,
    settlement,
)


def _period(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="first", required=True, metavar="DATE", help="YYYY-MM-DD")
    p.add_argument("--to", dest="last", required=True, metavar="DATE",
                   help="YYYY-MM-DD, included")
    p.add_argument("--csv", metavar="FILE", help="also write the report to this CSV file")


def _period_store(p: argparse.ArgumentParser) -> None:
    _period(p)
    p.add_argument("--store", help="one issuing store")


def _with_csv(env: Env, name: str, report: Any) -> dict[str, Any]:
    out: dict[str, Any] = report.to_dict()
    if env.args.csv:
        rows = report_export.export(env.ctx, env.actor, name, report.table(), env.args.csv)
        out["csv"] = {"file": env.args.csv, "rows": rows}
    return out


@command("report", "rollforward",
         help="liability roll-forward per issuing store and currency (manager)")
@options(_period_store)
def rollforward_report(env: Env) -> Any:
    start, end = edge_reports.period(env.args.first, env.args.last)
    report = rollforward.rollforward(env.ctx, env.actor, start, end, store=env.args.store)
    return _with_csv(env, "rollforward", report)


@command("report", "settlement", help="what stores owe each other for cards (manager)")
@options(_period)
def settlement_report(env: Env) -> Any:
    start, end = edge_reports.period(env.args.first, env.args.last)
    return _with_csv(env, "settlement", settlement.settlement(env.ctx, env.actor, start, end))


def _ageing_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--csv", metavar="FILE", help="write the balances by age to this CSV file")
    p.add_argument("--dormant-csv", metavar="FILE",
                   help="write the dormant cards (unclaimed-property review) to this CSV file")


@command("report", "ageing",
         help="balances owed by months since last use; dormant cards (manager)")
@options(_ageing_opts)
def ageing_report(env: Env) -> Any:
    report = ageing.ageing(env.ctx, env.actor)
    out = _with_csv(env, "ageing", report)
    if env.args.dormant_csv:
        rows = report_export.export(env.ctx, env.actor, "dormant", report.dormant_table(),
                                    env.args.dormant_csv)
        out["dormant_csv"] = {"file": env.args.dormant_csv, "rows": rows}
    return out


def _breakage_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--maturity", default="12", metavar="MONTHS",
                   help="age from which a cohort's redeeming counts as done (default 12)")
    p.add_argument("--csv", metavar="FILE", help="write the expired balances to this CSV file")


def _months(text: str) -> int:
    value = text.strip()
    if not value.isascii() or not value.isdigit() or not 1 <= int(value[:4]) <= 600:
        raise InvalidInput("{text!r} is not a whole number from {low} to {high}.",
                           text=text[:40], low=1, high=600)
    return int(value)


@command("report", "breakage",
         help="expired balances by month and estimated future breakage (manager)")
@options(_breakage_opts)
def breakage_report(env: Env) -> Any:
    report = breakage.breakage(env.ctx, env.actor, maturity_months=_months(env.args.maturity))
    return _with_csv(env, "breakage", report)


def _journal_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="first", required=True, metavar="DATE", help="YYYY-MM-DD")
    p.add_argument("--to", dest="last", required=True, metavar="DATE",
                   help="YYYY-MM-DD, included")
    p.add_argument("--csv", metavar="FILE", required=True, help="the journal's CSV file")


@command("report", "journal",
         help="journal lines per day, store, currency and movement, to a CSV file (manager)")
@options(_journal_opts)
def journal_report(env: Env) -> Any:
    start, end = edge_reports.period(env.args.first, env.args.last)
    report = journal.journal(env.ctx, env.actor, start, end)
    rows = report_export.export(env.ctx, env.actor, "journal", report.table(), env.args.csv)
    return {"from": start.isoformat(), "to": end.isoformat(),
            "csv": {"file": env.args.csv, "rows": rows}}
