from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posapp.devices.framing import Dropped, DropReason, Event, Frame, FrameAssembler
from posapp.domain.errors import InvalidInput


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def frames(events: list[Event]) -> list[bytes]:
    return [event.payload for event in events if isinstance(event, Frame)]


@pytest.mark.parametrize("ending", [b"\r", b"\n", b"\r\n"])
def test_a_frame_ends_at_cr_lf_or_crlf(clock: FakeClock, ending: bytes) -> None:
    assembler = FrameAssembler(clock=clock)
    assert assembler.feed(b"GC123" + ending + b"GC456" + ending) == [
        Frame(b"GC123"),
        Frame(b"GC456"),
    ]


@pytest.mark.parametrize(
    "stream", [b"\x02GC123\x03", b"\x02GC123\x03\r\n", b"\x02GC123\r\n", b"GC123\x03"]
)
def test_stx_etx_wrapping_is_removed(clock: FakeClock, stream: bytes) -> None:
    assert FrameAssembler(clock=clock).feed(stream) == [Frame(b"GC123")]


def test_a_frame_split_across_reads_is_reassembled(clock: FakeClock) -> None:
    assembler = FrameAssembler(clock=clock)
    assert assembler.feed(b"\x02GC1") == []
    clock.advance(0.1)
    assert assembler.feed(b"23") == []
    assert assembler.pending == 5
    assert assembler.feed(b"\x03\r\n") == [Frame(b"GC123")]
    assert assembler.pending == 0


def test_empty_frames_produce_nothing(clock: FakeClock) -> None:
    assert FrameAssembler(clock=clock).feed(b"\r\n\r\n\x02\x03\n") == []


def test_a_partial_frame_is_dropped_after_the_idle_timeout(clock: FakeClock) -> None:
    assembler = FrameAssembler(clock=clock, idle_timeout=0.5)
    assembler.feed(b"GC12")
    clock.advance(0.49)
    assert assembler.expire() == []
    clock.advance(0.01)
    assert assembler.expire() == [Dropped(DropReason.IDLE, 4)]
    assert assembler.pending == 0


def test_bytes_after_an_idle_gap_start_a_new_frame(clock: FakeClock) -> None:
    assembler = FrameAssembler(clock=clock, idle_timeout=0.5)
    assembler.feed(b"junk")
    clock.advance(2)
    assert assembler.feed(b"GC123\r") == [Dropped(DropReason.IDLE, 4), Frame(b"GC123")]


def test_slow_but_steady_bytes_keep_the_frame(clock: FakeClock) -> None:
    assembler = FrameAssembler(clock=clock, idle_timeout=0.5)
    for byte in b"GC123":
        assert assembler.feed(bytes([byte])) == []
        clock.advance(0.4)
    assert assembler.feed(b"\r") == [Frame(b"GC123")]


def test_expire_with_nothing_pending_reports_nothing(clock: FakeClock) -> None:
    assembler = FrameAssembler(clock=clock)
    clock.advance(10)
    assert assembler.expire() == []
    assert assembler.feed(b"") == []


def test_an_overlong_frame_is_dropped_once_and_the_next_frame_arrives(clock: FakeClock) -> None:
    assembler = FrameAssembler(clock=clock, max_length=8)
    events = assembler.feed(b"A" * 100 + b"\r\nGC123\r\n")
    assert events == [Dropped(DropReason.TOO_LONG, 9), Frame(b"GC123")]


def test_a_frame_of_exactly_the_maximum_length_is_kept(clock: FakeClock) -> None:
    assert FrameAssembler(clock=clock, max_length=5).feed(b"GC123\r") == [Frame(b"GC123")]


def test_the_rest_of_an_overlong_frame_is_not_reported_again_when_idle(clock: FakeClock) -> None:
    assembler = FrameAssembler(clock=clock, max_length=4)
    assert assembler.feed(b"ABCDEFGH") == [Dropped(DropReason.TOO_LONG, 5)]
    clock.advance(1)
    assert assembler.expire() == []
    assert assembler.feed(b"GC1\r") == [Frame(b"GC1")]


def test_stx_interrupts_a_pending_frame_and_resynchronises(clock: FakeClock) -> None:
    assembler = FrameAssembler(clock=clock)
    events = assembler.feed(b"\xff\xfegarbage\x02GC123\x03")
    assert events == [Dropped(DropReason.INTERRUPTED, 9), Frame(b"GC123")]


def test_bytes_that_are_not_text_are_framed_without_decoding(clock: FakeClock) -> None:
    assert FrameAssembler(clock=clock).feed(b"\xff\x00\x81\r\n") == [Frame(b"\xff\x00\x81")]


def test_a_configured_suffix_replaces_cr_and_lf(clock: FakeClock) -> None:
    assembler = FrameAssembler(clock=clock, suffix=b"#!")
    assert assembler.feed(b"GC1\r\n23#") == []
    assert assembler.feed(b"!GC4#!") == [Frame(b"GC1\r\n23"), Frame(b"GC4")]


def test_a_configured_suffix_ends_an_overlong_frame(clock: FakeClock) -> None:
    assembler = FrameAssembler(clock=clock, suffix=b"\t", max_length=3)
    assert assembler.feed(b"ABCDEFG\tGC1\t") == [Dropped(DropReason.TOO_LONG, 4), Frame(b"GC1")]


@pytest.mark.parametrize(
    "options",
    [{"idle_timeout": 0}, {"max_length": 0}, {"suffix": b""}, {"suffix": b"\x03"}],
)
def test_impossible_settings_are_refused(clock: FakeClock, options: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        FrameAssembler(clock=clock, **options)  # type: ignore[arg-type]


# --- properties -------------------------------------------------------------------------------

payloads = st.binary(min_size=1, max_size=40).filter(
    lambda b: not any(ch in b for ch in b"\x02\x03\r\n")
)
endings = st.sampled_from([b"\r", b"\n", b"\r\n", b"\x03", b"\x03\r\n"])


@given(
    st.lists(st.tuples(st.booleans(), payloads, endings), max_size=8),
    st.lists(st.integers(min_value=0, max_value=400), max_size=10),
)
def test_frames_survive_being_split_at_any_points(
    framed: list[tuple[bool, bytes, bytes]], cuts: list[int]
) -> None:
    stream = b"".join((b"\x02" if stx else b"") + data + end for stx, data, end in framed)
    assembler = FrameAssembler(clock=FakeClock(), max_length=64)
    events: list[Event] = []
    previous = 0
    for cut in sorted(c for c in cuts if c <= len(stream)) + [len(stream)]:
        events += assembler.feed(stream[previous:cut])
        previous = cut
    assert events == [Frame(data) for _, data, _ in framed]


@given(st.lists(st.binary(max_size=50), max_size=10), st.floats(min_value=0, max_value=2))
def test_random_bytes_never_break_the_assembler(chunks: list[bytes], pause: float) -> None:
    clock = FakeClock()
    assembler = FrameAssembler(clock=clock, max_length=16, idle_timeout=0.5)
    for chunk in chunks:
        for event in assembler.feed(chunk):
            if isinstance(event, Frame):
                assert 0 < len(event.payload) <= 16
        clock.advance(pause)
        assembler.expire()
    assert assembler.pending <= 16
