"""Tender allocation: how a refund is shared among the tenders that paid."""

from __future__ import annotations

from collections.abc import Sequence


def split_proportionally(total: int, weights: Sequence[int]) -> list[int]:
    """Split ``total`` minor units in proportion to ``weights`` exactly (largest remainder).

    The parts add up to ``total`` and no part exceeds its weight when
    ``total <= sum(weights)``. Ties go to the earlier weight, so the split is
    deterministic.
    """
    whole = sum(weights)
    if whole <= 0:
        return [0 for _ in weights]
    floors = [total * w // whole for w in weights]
    remainders = [(total * w % whole, -i) for i, w in enumerate(weights)]
    short = total - sum(floors)
    for _, neg_index in sorted(remainders, reverse=True)[:short]:
        floors[-neg_index] += 1
    return floors
