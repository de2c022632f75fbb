from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posapp.devices.wedge import KeyFate, Verdict, WedgeDetector
from posapp.domain.errors import InvalidInput

CODE = "GC7K2MQ9XD4HBN0RST~"
FAST = 0.008
SLOW = 0.150


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def type_keys(detector: WedgeDetector, clock: FakeClock, text: str, gap: float) -> list[Verdict]:
    verdicts = []
    for ch in text:
        clock.now += gap
        verdicts.append(detector.feed(ch))
    return verdicts


def delivered(verdicts: list[Verdict]) -> str:
    """What reached the focused widget, as the UI would deliver it."""
    out = ""
    for verdict, ch in verdicts:
        out += verdict.release + (ch if verdict.fate is KeyFate.TYPE else "")
    return out


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_a_fast_sequence_ending_in_enter_is_a_scan(clock: FakeClock) -> None:
    detector = WedgeDetector(clock)
    verdicts = type_keys(detector, clock, CODE + "\r", FAST)
    assert all(v.fate is KeyFate.HOLD and not v.release for v in verdicts[:-1])
    assert verdicts[-1] == Verdict(KeyFate.SCAN, "", CODE)
    assert verdicts[-1].is_scan
    assert detector.held == ""


def test_slow_typing_is_not_a_scan_and_every_key_is_delivered_in_order(clock: FakeClock) -> None:
    detector = WedgeDetector(clock)
    text = "GC7K2M\r"
    verdicts = type_keys(detector, clock, text, SLOW)
    assert not any(v.is_scan for v in verdicts)
    clock.now += SLOW
    rest = detector.flush_idle()
    assert delivered(list(zip(verdicts, text, strict=True))) + rest == text


def test_a_single_slow_key_is_released_once_the_gap_has_passed(clock: FakeClock) -> None:
    detector = WedgeDetector(clock, max_gap=0.035)
    assert detector.feed("5").fate is KeyFate.HOLD
    clock.now += 0.02
    assert detector.flush_idle() == ""
    clock.now += 0.02
    assert detector.flush_idle() == "5"
    assert detector.flush_idle() == ""


def test_enter_typed_on_its_own_goes_straight_through(clock: FakeClock) -> None:
    assert WedgeDetector(clock).feed("\r") == Verdict(KeyFate.TYPE)


def test_a_pause_mid_scan_releases_what_was_held_and_starts_afresh(clock: FakeClock) -> None:
    detector = WedgeDetector(clock)
    type_keys(detector, clock, "GC7K", FAST)
    clock.now += 0.2
    after_pause = detector.feed("2")
    assert after_pause == Verdict(KeyFate.HOLD, release="GC7K")
    verdicts = type_keys(detector, clock, "MQ9XD4\r", FAST)
    assert verdicts[-1] == Verdict(KeyFate.SCAN, "", "2MQ9XD4")


def test_a_fast_burst_shorter_than_the_minimum_is_typing(clock: FakeClock) -> None:
    detector = WedgeDetector(clock, min_length=6)
    verdicts = type_keys(detector, clock, "ok\r", FAST)
    assert verdicts[-1] == Verdict(KeyFate.TYPE, release="ok")


def test_a_slow_enter_after_fast_keys_is_not_a_scan(clock: FakeClock) -> None:
    detector = WedgeDetector(clock)
    type_keys(detector, clock, CODE, FAST)
    clock.now += SLOW
    assert detector.feed("\r") == Verdict(KeyFate.TYPE, release=CODE)


def test_with_a_prefix_keys_that_cannot_begin_it_are_never_delayed(clock: FakeClock) -> None:
    detector = WedgeDetector(clock, prefix="\x1d]")
    verdicts = type_keys(detector, clock, "hello", FAST)
    assert verdicts == [Verdict(KeyFate.TYPE)] * 5


def test_with_a_prefix_a_fast_sequence_without_it_is_not_a_scan(clock: FakeClock) -> None:
    detector = WedgeDetector(clock, prefix="$$")
    verdicts = type_keys(detector, clock, CODE + "\r", FAST)
    assert not any(v.is_scan for v in verdicts)


def test_the_prefix_and_suffix_are_removed_from_the_scan(clock: FakeClock) -> None:
    detector = WedgeDetector(clock, prefix="$$", suffix="\t")
    verdicts = type_keys(detector, clock, "$$" + CODE + "\t", FAST)
    assert [v.fate for v in verdicts[:-1]] == [KeyFate.HOLD] * (len(CODE) + 2)
    assert verdicts[-1] == Verdict(KeyFate.SCAN, "", CODE)


def test_a_broken_prefix_is_released_as_typing(clock: FakeClock) -> None:
    detector = WedgeDetector(clock, prefix="$$")
    verdicts = type_keys(detector, clock, "$a", FAST)
    assert verdicts == [Verdict(KeyFate.HOLD), Verdict(KeyFate.TYPE, release="$")]


def test_a_multi_character_suffix_ends_a_scan(clock: FakeClock) -> None:
    detector = WedgeDetector(clock, suffix="\r\n")
    verdicts = type_keys(detector, clock, CODE + "\r\n", FAST)
    assert verdicts[-1] == Verdict(KeyFate.SCAN, "", CODE)


def test_an_endless_fast_stream_is_released_as_typing(clock: FakeClock) -> None:
    detector = WedgeDetector(clock, max_length=10)
    verdicts = type_keys(detector, clock, "A" * 12, FAST)
    assert verdicts[10] == Verdict(KeyFate.TYPE, release="A" * 10)
    assert verdicts[11].fate is KeyFate.HOLD


def test_reset_releases_everything_held(clock: FakeClock) -> None:
    detector = WedgeDetector(clock)
    type_keys(detector, clock, "GC7", FAST)
    assert detector.reset() == "GC7"
    assert detector.held == ""


@pytest.mark.parametrize(
    "options",
    [{"max_gap": 0}, {"min_length": 0}, {"suffix": ""}, {"min_length": 9, "max_length": 8}],
)
def test_impossible_settings_are_refused(clock: FakeClock, options: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        WedgeDetector(clock, **options)  # type: ignore[arg-type]


def test_more_than_one_character_at_a_time_is_refused(clock: FakeClock) -> None:
    with pytest.raises(InvalidInput):
        WedgeDetector(clock).feed("ab")


# --- properties -------------------------------------------------------------------------------

keys = st.lists(
    st.tuples(st.sampled_from("GC7K2M$\r a"), st.sampled_from([0.001, 0.02, 0.034, 0.035, 0.5])),
    max_size=60,
)


@given(keys, st.sampled_from(["", "$", "$$"]))
def test_every_key_is_delivered_once_in_order_or_consumed_by_a_scan(
    typed: list[tuple[str, float]], prefix: str
) -> None:
    clock = FakeClock()
    detector = WedgeDetector(clock, prefix=prefix, min_length=3)
    out = ""
    for ch, gap in typed:
        clock.now += gap
        verdict = detector.feed(ch)
        out += verdict.release
        if verdict.fate is KeyFate.TYPE:
            out += ch
        elif verdict.is_scan:
            out += prefix + verdict.scan + "\r"
    out += detector.reset()
    assert out == "".join(ch for ch, _ in typed)


@given(st.text(alphabet="0123456789ABCDEFGHJKMNPQRSTVWXYZ-", min_size=6, max_size=40))
def test_any_payload_typed_by_a_scanner_is_recognised(payload: str) -> None:
    clock = FakeClock()
    detector = WedgeDetector(clock)
    verdicts = type_keys(detector, clock, payload + "\r", 0.034)
    assert verdicts[-1] == Verdict(KeyFate.SCAN, "", payload)
