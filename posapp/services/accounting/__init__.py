"""The books: the ledger (the one writer of balances), its hash chain, audit events, reports."""
