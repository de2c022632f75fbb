"""Invariant tests of the ledger: stateful model, concurrency, crashes, idempotency."""
