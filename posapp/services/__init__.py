"""Use cases: the handlers of commands, and the read-only queries beside them.

Every change runs through :func:`posapp.services.command_path.bus.dispatch`: one command, one
transaction, at most once per idempotency key. Handlers take already-parsed
values, let the card model in :mod:`posapp.domain.card` decide, and have
:mod:`posapp.services.accounting.ledger` write balances. A refusal is a
:class:`~posapp.domain.errors.PosError` raised before anything is written.
See docs/architecture.md for where each rule lives.
"""
