"""The wedge detector fed key events shaped as a HID scanner and a person really send them:
Shift pressed and released around each upper-case letter, releases after presses, a few
milliseconds apart for a scanner, ~150 ms for a person."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posapp.devices.wedge import Key, KeyFate, Verdict, WedgeDetector
from posapp.domain.errors import InvalidInput

CODE = "GC7K2MQ9XD4HBN0RST~"
SCANNER = 0.005  # a scanner's pace between key events
HUMAN = 0.150
SHIFTED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ~!@#$%^&*()_+{}|:\"<>?")


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def press(ch: str) -> Key:
    return Key(text=ch, event=("press", ch))


def release(ch: str) -> Key:
    return Key(press=False, event=("release", ch))


def shift(down: bool) -> Key:
    return Key(press=down, modifier=True, event=("shift", down))


COMMANDS = {name: Key(event=("command", name)) for name in ("BackSpace", "Escape", "Ctrl+U")}


def keystrokes(text: str) -> list[Key]:
    """The key events a keyboard (or a wedge scanner) sends to type ``text``."""
    events: list[Key] = []
    for ch in text:
        if ch in SHIFTED:
            events += [shift(True), press(ch), release(ch), shift(False)]
        else:
            events += [press(ch), release(ch)]
    return events


class Typist:
    """Feeds events ``gap`` seconds apart and records what reaches the widget and scans."""

    def __init__(self, detector: WedgeDetector, clock: FakeClock) -> None:
        self.detector, self.clock = detector, clock
        self.delivered: list[Key] = []
        self.scans: list[str] = []
        self.verdicts: list[Verdict] = []

    def send(self, keys: list[Key], gap: float) -> None:
        for key in keys:
            self.clock.now += gap
            verdict = self.detector.feed(key)
            self.verdicts.append(verdict)
            self._apply(verdict)
            if verdict.fate is KeyFate.TYPE:
                self.delivered.append(key)

    def idle(self, seconds: float) -> None:
        self.clock.now += seconds
        self._apply(self.detector.flush_idle())

    def _apply(self, verdict: Verdict) -> None:
        self.delivered += verdict.release
        if verdict.scan:
            self.scans.append(verdict.scan)

    @property
    def typed(self) -> str:
        return "".join(k.text for k in self.delivered)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_an_upper_case_scan_with_shift_around_each_letter_is_a_scan(clock: FakeClock) -> None:
    typist = Typist(WedgeDetector(clock), clock)
    typist.send(keystrokes(CODE + "\r"), SCANNER)
    assert typist.scans == [CODE]
    # Only the Shift before the first letter (nothing was held yet) and Enter's release pass.
    assert typist.delivered == [shift(True), release("\r")]
    assert typist.detector.held == ""


def test_the_enter_release_after_a_scan_is_not_held(clock: FakeClock) -> None:
    typist = Typist(WedgeDetector(clock), clock)
    typist.send(keystrokes(CODE + "\r")[:-1], SCANNER)
    assert typist.verdicts[-1] == Verdict(KeyFate.SCAN, scan=CODE)
    assert typist.detector.feed(release("\r")) == Verdict(KeyFate.TYPE)


def test_a_scan_with_altgr_symbols_keeps_them(clock: FakeClock) -> None:
    altgr = [Key(modifier=True), press("@"), release("@"), Key(press=False, modifier=True)]
    typist = Typist(WedgeDetector(clock), clock)
    typist.send(keystrokes("GC12") + altgr + keystrokes("34\r"), SCANNER)
    assert typist.scans == ["GC12@34"]


def test_slow_upper_case_typing_reaches_the_widget_in_order(clock: FakeClock) -> None:
    typist = Typist(WedgeDetector(clock), clock)
    events = keystrokes("Tom Smith\r")
    typist.send(events, HUMAN)
    typist.idle(HUMAN)
    assert typist.scans == []
    assert typist.delivered == events  # every press, release and Shift, in order


def test_a_single_slow_key_is_released_once_the_gap_has_passed(clock: FakeClock) -> None:
    detector = WedgeDetector(clock, max_gap=0.035)
    assert detector.feed(press("5")).fate is KeyFate.HOLD
    clock.now += 0.02
    assert detector.flush_idle() == Verdict(KeyFate.TYPE)
    clock.now += 0.02
    assert detector.flush_idle() == Verdict(KeyFate.TYPE, (press("5"),))
    assert detector.flush_idle() == Verdict(KeyFate.TYPE)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_commands_go_straight_through_when_nothing_is_held(clock: FakeClock, name: str) -> None:
    assert WedgeDetector(clock).feed(COMMANDS[name]) == Verdict(KeyFate.TYPE)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_command_releases_what_was_held_before_it(clock: FakeClock, name: str) -> None:
    typist = Typist(WedgeDetector(clock), clock)
    typist.send(keystrokes("to"), 0.01)
    typist.send([COMMANDS[name]], 0.01)
    assert typist.delivered == [*keystrokes("to"), COMMANDS[name]]
    assert typist.detector.held == ""


def test_modifiers_and_releases_alone_go_straight_through(clock: FakeClock) -> None:
    detector = WedgeDetector(clock)
    for key in (shift(True), shift(False), release("a")):
        assert detector.feed(key) == Verdict(KeyFate.TYPE)


def test_a_bare_modifier_never_ends_a_scan(clock: FakeClock) -> None:
    typist = Typist(WedgeDetector(clock), clock)
    typist.send(keystrokes("GC7K2M"), SCANNER)
    typist.send([shift(True), shift(False), shift(True), shift(False)], 0.002)
    typist.send(keystrokes("Q\r"), SCANNER)
    assert typist.scans == ["GC7K2MQ"]


def test_enter_typed_on_its_own_goes_straight_through(clock: FakeClock) -> None:
    assert WedgeDetector(clock).feed(press("\r")) == Verdict(KeyFate.TYPE)


def test_a_pause_mid_scan_releases_what_was_held_and_starts_afresh(clock: FakeClock) -> None:
    typist = Typist(WedgeDetector(clock), clock)
    typist.send(keystrokes("GC7K"), SCANNER)
    clock.now += 0.2
    typist.send(keystrokes("2MQ9XD4\r"), SCANNER)
    assert typist.typed == "GC7K"
    assert typist.scans == ["2MQ9XD4"]


def test_a_fast_burst_shorter_than_the_minimum_is_typing(clock: FakeClock) -> None:
    typist = Typist(WedgeDetector(clock, min_length=6), clock)
    typist.send(keystrokes("ok\r"), SCANNER)
    assert typist.scans == [] and typist.typed == "ok\r"


def test_a_slow_enter_after_fast_keys_is_not_a_scan(clock: FakeClock) -> None:
    typist = Typist(WedgeDetector(clock), clock)
    typist.send(keystrokes(CODE), SCANNER)
    typist.send([press("\r")], HUMAN)
    assert typist.scans == [] and typist.typed == CODE + "\r"


def test_with_a_prefix_keys_that_cannot_begin_it_are_never_delayed(clock: FakeClock) -> None:
    detector = WedgeDetector(clock, prefix="]C")
    for ch in "hello":
        clock.now += SCANNER
        assert detector.feed(press(ch)) == Verdict(KeyFate.TYPE)


def test_with_a_prefix_a_fast_sequence_without_it_is_not_a_scan(clock: FakeClock) -> None:
    typist = Typist(WedgeDetector(clock, prefix="$$"), clock)
    typist.send(keystrokes(CODE + "\r"), SCANNER)
    assert typist.scans == [] and typist.typed == CODE + "\r"


@pytest.mark.parametrize("suffix", ["\t", "\r", "\t\r"])
def test_the_prefix_and_suffix_are_removed_from_the_scan(clock: FakeClock, suffix: str) -> None:
    typist = Typist(WedgeDetector(clock, prefix="$$", suffix=suffix), clock)
    typist.send(keystrokes("$$" + CODE + suffix), SCANNER)
    assert typist.scans == [CODE] and typist.typed == ""


def test_with_a_tab_suffix_enter_inside_a_run_is_typing(clock: FakeClock) -> None:
    typist = Typist(WedgeDetector(clock, suffix="\t"), clock)
    typist.send(keystrokes(CODE + "\r"), SCANNER)
    assert typist.scans == [] and typist.typed == CODE + "\r"


def test_without_a_suffix_a_scan_ends_when_the_keys_stop(clock: FakeClock) -> None:
    typist = Typist(WedgeDetector(clock, suffix=""), clock)
    typist.send(keystrokes(CODE), SCANNER)
    typist.idle(0.02)
    assert typist.scans == []
    typist.idle(0.02)
    assert typist.scans == [CODE] and typist.delivered == [shift(True)]


def test_without_a_suffix_the_next_key_after_a_pause_ends_the_scan(clock: FakeClock) -> None:
    typist = Typist(WedgeDetector(clock, suffix=""), clock)
    typist.send(keystrokes(CODE), SCANNER)
    typist.send(keystrokes("x"), HUMAN)
    assert typist.scans == [CODE]
    typist.idle(HUMAN)
    assert typist.typed == "x"


def test_without_a_suffix_short_bursts_and_enter_are_typing(clock: FakeClock) -> None:
    typist = Typist(WedgeDetector(clock, suffix=""), clock)
    typist.send(keystrokes("abc"), SCANNER)
    typist.idle(HUMAN)
    typist.send(keystrokes(CODE + "\r"), SCANNER)
    typist.idle(HUMAN)
    assert typist.scans == [] and typist.typed == "abc" + CODE + "\r"


def test_a_broken_prefix_is_released_as_typing(clock: FakeClock) -> None:
    typist = Typist(WedgeDetector(clock, prefix="$$"), clock)
    typist.send([press("$"), press("a")], SCANNER)
    assert typist.verdicts == [Verdict(KeyFate.HOLD), Verdict(KeyFate.TYPE, (press("$"),))]


def test_an_endless_fast_stream_is_released_as_typing(clock: FakeClock) -> None:
    typist = Typist(WedgeDetector(clock, max_length=10), clock)
    typist.send([press("A")] * 12, SCANNER)
    assert typist.verdicts[10] == Verdict(KeyFate.HOLD, (press("A"),) * 10)
    assert typist.detector.held == "AA"  # the 11th began a new run


def test_reset_releases_everything_held(clock: FakeClock) -> None:
    typist = Typist(WedgeDetector(clock), clock)
    typist.send(keystrokes("GC7"), SCANNER)
    assert typist.detector.reset() == tuple(keystrokes("GC7")[1:])  # the first Shift passed
    assert typist.detector.held == ""


@pytest.mark.parametrize(
    "options",
    [{"max_gap": 0}, {"min_length": 0}, {"min_length": 9, "max_length": 8},
     {"prefix": "\x02"}, {"suffix": "\x03"}],
)
def test_impossible_settings_are_refused(clock: FakeClock, options: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        WedgeDetector(clock, **options)  # type: ignore[arg-type]


def test_more_than_one_character_at_a_time_is_refused(clock: FakeClock) -> None:
    with pytest.raises(InvalidInput):
        WedgeDetector(clock).feed(press("ab"))


# --- properties -------------------------------------------------------------------------------

events = st.lists(
    st.tuples(
        st.sampled_from([*"GC7K2M$\r\t a", "BackSpace", "Escape", "shift", "release"]),
        st.sampled_from([0.001, 0.005, 0.02, 0.034, 0.035, 0.5]),
    ),
    max_size=60,
)


def as_event(name: str, index: int) -> Key:
    if name in COMMANDS:
        return Key(event=("command", name, index))
    if name == "shift":
        return Key(modifier=True, press=index % 2 == 0, event=("shift", index))
    if name == "release":
        return Key(press=False, event=("release", index))
    return Key(text=name, event=("press", name, index))


@given(events, st.sampled_from(["", "$", "$$"]), st.sampled_from(["\r", "\t", ""]))
def test_every_key_is_delivered_once_in_order_or_consumed_by_a_scan(
    typed: list[tuple[str, float]], prefix: str, suffix: str
) -> None:
    clock = FakeClock()
    detector = WedgeDetector(clock, prefix=prefix, suffix=suffix, min_length=3)
    keys = [as_event(name, i) for i, (name, _gap) in enumerate(typed)]
    delivered: list[Key] = []
    consumed: list[Key] = []
    held: list[Key] = []
    for key, (_name, gap) in zip(keys, typed, strict=True):
        clock.now += gap
        verdict = detector.feed(key)
        delivered += verdict.release
        held = [k for k in held if k not in verdict.release]
        if verdict.scan:
            ended = held + [key] if verdict.fate is KeyFate.SCAN else held
            ending = suffix if verdict.fate is KeyFate.SCAN else ""
            assert "".join(k.text for k in ended) == prefix + verdict.scan + ending
            consumed += ended
            held = []
        if verdict.fate is KeyFate.TYPE:
            delivered.append(key)
        elif verdict.fate is KeyFate.HOLD:
            held.append(key)
    delivered += detector.reset()
    assert delivered == [k for k in keys if k in delivered]  # in order
    assert sorted(map(keys.index, delivered + consumed)) == list(range(len(keys)))  # each once


@given(st.text(alphabet="0123456789ABCDEFGHJKMNPQRSTVWXYZ-", min_size=6, max_size=40),
       st.sampled_from([0.001, 0.005, 0.008]))
def test_any_payload_typed_by_a_scanner_is_recognised(payload: str, gap: float) -> None:
    clock = FakeClock()
    typist = Typist(WedgeDetector(clock), clock)
    typist.send(keystrokes(payload + "\r"), gap)
    assert typist.scans == [payload] and typist.typed == ""


def test_keys_judged_by_when_they_were_typed_not_when_they_are_handled(
    clock: FakeClock,
) -> None:
    """A busy app handles a person's keys late and all at once: their own times tell."""
    detector = WedgeDetector(clock)
    typed_at = clock.now
    delivered: list[Key] = []
    for ch in "Alice12\r":
        typed_at += HUMAN
        key = Key(text=ch, event=ch, at=typed_at)
        verdict = detector.feed(key)  # the clock does not move: all handled at once
        assert not verdict.scan
        delivered += verdict.release
        if verdict.fate is KeyFate.TYPE:
            delivered.append(key)
    assert "".join(k.text for k in delivered) == "Alice12\r"


def test_a_scan_handled_slowly_is_still_a_scan_by_when_its_keys_were_typed(
    clock: FakeClock,
) -> None:
    detector = WedgeDetector(clock)
    typed_at, verdicts = 900.0, []
    for ch in CODE + "\r":
        typed_at += SCANNER
        clock.now += HUMAN  # the app took its time over each key
        verdicts.append(detector.feed(Key(text=ch, event=ch, at=typed_at)))
    assert verdicts[-1] == Verdict(KeyFate.SCAN, scan=CODE)
