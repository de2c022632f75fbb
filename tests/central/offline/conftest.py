"""The offline tests get a chain and a service of their own: they check the ledger's invariants
over the whole database, so no other test's cards may be in it."""

from __future__ import annotations

import pytest

from tests.central import conftest as central

# The same fixture as the central tests', made again for this package.
chain = pytest.fixture(scope="package", name="chain")(
    central.chain.__wrapped__  # type: ignore[attr-defined]
)
