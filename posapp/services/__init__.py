"""Use cases: every rule of GiftPOS lives here or in posapp.domain.

Each public function takes a :class:`~posapp.services.context.Context` and the
:class:`~posapp.services.context.Actor` it acts for, runs as one database
transaction, and either returns a result or raises a
:class:`~posapp.domain.errors.PosError` having changed nothing.
"""
