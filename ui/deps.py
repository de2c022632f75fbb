"""What every controller needs, handed over in one value."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ui.events import AppEvents
from ui.operations import OperationRunner
from ui.terminal_config import TerminalConfig

if TYPE_CHECKING:
    from posapp.services.command_path.context import Actor, Context
    from ui.counter.port import Counter


@dataclass(frozen=True)
class Deps:
    #: The database this process opened itself; in central mode there is none, and the
    #: pages that need one are not offered (see ``Page.central``).
    ctx: Context | None
    actor: Callable[[], Actor]  # the actor signed in now; call it for every service call
    runner: OperationRunner
    events: AppEvents
    config: TerminalConfig
    #: The counter's work, on the local database or through the central service.
    counter: Counter
