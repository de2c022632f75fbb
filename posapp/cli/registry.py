"""The command registry: each command declares its words, its options and what it runs."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from posapp.services.command_path.context import Actor, Context

Configure = Callable[[argparse.ArgumentParser], None]


@dataclass
class Env:
    """What a running command gets: its arguments, the context, and who signed in."""

    args: argparse.Namespace
    open_context: Callable[[], Context]
    sign_in: Callable[[Context], Actor]
    #: The context for setting a database up: may create the key file of a new database.
    open_setup_context: Callable[[], Context]
    key_file: Path
    _ctx: Context | None = None
    _actor: Actor | None = None

    @property
    def ctx(self) -> Context:
        if self._ctx is None:
            self._ctx = self.open_context()
        return self._ctx

    @property
    def setup_ctx(self) -> Context:
        if self._ctx is None:
            self._ctx = self.open_setup_context()
        return self._ctx

    @property
    def actor(self) -> Actor:
        if self._actor is None:
            self._actor = self.sign_in(self.ctx)
        return self._actor

    def close(self) -> None:
        if self._ctx is not None:
            self._ctx.close()


@dataclass
class Command:
    words: tuple[str, ...]
    help: str
    configure: Configure
    run: Callable[[Env], Any]


COMMANDS: list[Command] = []


def command(*words: str, help: str) -> Callable[[Callable[[Env], Any]], Callable[[Env], Any]]:
    """Register ``run`` as ``posapp WORDS...``, with the options :func:`options` gave it."""

    def wrap(run: Callable[[Env], Any]) -> Callable[[Env], Any]:
        configure = getattr(run, "configure", lambda parser: None)
        COMMANDS.append(Command(tuple(words), help, configure, run))
        return run

    return wrap


def options(configure: Configure) -> Callable[[Callable[[Env], Any]], Callable[[Env], Any]]:
    def wrap(run: Callable[[Env], Any]) -> Callable[[Env], Any]:
        run.configure = configure  # type: ignore[attr-defined]
        return run

    return wrap
