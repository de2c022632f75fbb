"""``posapp report rollforward | settlement | breakage | ageing | journal``: the money view."""

from __future__ import annotations

import argparse
from typing import Any

from posapp import edge_reports
from posapp.cli.registry import Env, command, options
from posapp.services.accounting import report_export, rollforward, settlement


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
