from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pty_cable import PtyCable, wait_for

from posapp import codes
from posapp.devices.scanner import ScannerState
from posapp.devices.serial_reader import SerialScanner, SerialSettings
from posapp.domain.errors import DeviceError, InvalidCode, InvalidInput, PosError

BODY = "7K2MQ9XD4HBN0RST"
CODE = "GC" + BODY + codes.check_symbol(BODY)
OTHER_BODY = "ABCDEFGHJKMNPQRS"
OTHER = "GC" + OTHER_BODY + codes.check_symbol(OTHER_BODY)


class Recorder:
    """Collects what the scanner reports, from its worker thread."""

    def __init__(self) -> None:
        self.codes: list[str] = []
        self.errors: list[PosError] = []
        self.states: list[tuple[ScannerState, DeviceError | None]] = []
        self._lock = threading.Lock()

    def code(self, code: str) -> None:
        with self._lock:
            self.codes.append(code)

    def error(self, error: PosError) -> None:
        with self._lock:
            self.errors.append(error)

    def state(self, state: ScannerState, error: DeviceError | None) -> None:
        with self._lock:
            self.states.append((state, error))

    @property
    def last_state(self) -> ScannerState | None:
        return self.states[-1][0] if self.states else None


def fast_settings(port: Path | str, **overrides: object) -> SerialSettings:
    options: dict[str, object] = {"idle_timeout": 0.2, "retry_min": 0.02, "retry_max": 0.1}
    options.update(overrides)
    return SerialSettings(str(port), **options)  # type: ignore[arg-type]


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def scanner(cable: PtyCable, recorder: Recorder) -> Iterator[SerialScanner]:
    reader = SerialScanner(
        fast_settings(cable.port),
        on_code=recorder.code,
        on_error=recorder.error,
        on_state=recorder.state,
    )
    reader.start()
    wait_for(lambda: reader.state is ScannerState.CONNECTED)
    yield reader
    reader.stop()


def test_frames_written_to_the_port_arrive_as_codes(
    cable: PtyCable, scanner: SerialScanner, recorder: Recorder
) -> None:
    cable.send(f"{CODE}\r\n".encode())
    cable.send(f"\x02]Q1https://shop.example/g/{codes.display(OTHER)}?s=1\x03\r\n".encode())
    cable.send(f"GIFTCARD:{CODE}\r".encode())
    wait_for(lambda: len(recorder.codes) == 3)
    assert recorder.codes == [CODE, OTHER, CODE]
    assert recorder.errors == []
    assert recorder.states == [(ScannerState.CONNECTED, None)]


def test_garbage_between_frames_is_reported_and_later_frames_still_arrive(
    cable: PtyCable, scanner: SerialScanner, recorder: Recorder
) -> None:
    cable.send(f"{CODE}\r\n".encode())
    cable.send(b"\xff\xfe\x00\x81\x9c\r\n")
    cable.send(b"hello, world\r\n")
    cable.send(b"\x80" * 1000)
    cable.send(f"\x02{OTHER}\x03".encode())
    wait_for(lambda: len(recorder.codes) == 2)
    assert recorder.codes == [CODE, OTHER]
    assert len(recorder.errors) == 3
    assert all(isinstance(error, InvalidCode) for error in recorder.errors)
    assert "not text" in recorder.errors[0].message
    assert "far more" in recorder.errors[2].message
    assert scanner.state is ScannerState.CONNECTED


def test_a_half_frame_is_dropped_after_the_idle_timeout(
    cable: PtyCable, scanner: SerialScanner, recorder: Recorder
) -> None:
    cable.send(CODE[:7].encode())
    wait_for(lambda: len(recorder.errors) == 1)
    assert "stopped in the middle" in recorder.errors[0].message
    cable.send(f"{OTHER}\r".encode())
    wait_for(lambda: recorder.codes == [OTHER])


def test_a_mistyped_code_is_reported_as_an_invalid_code(
    cable: PtyCable, scanner: SerialScanner, recorder: Recorder
) -> None:
    cable.send(f"GC8{BODY[1:]}{codes.check_symbol(BODY)}\r".encode())
    wait_for(lambda: len(recorder.errors) == 1)
    assert "mistyped" in recorder.errors[0].message
    assert recorder.codes == []


def test_an_unplugged_scanner_is_reopened_when_it_comes_back(
    cable: PtyCable, scanner: SerialScanner, recorder: Recorder
) -> None:
    cable.send(f"{CODE}\r".encode())
    wait_for(lambda: recorder.codes == [CODE])

    cable.unplug()
    wait_for(lambda: scanner.state is ScannerState.RECONNECTING)
    _, error = recorder.states[-1]
    assert isinstance(error, DeviceError)
    assert str(cable.port) in error.message and "stopped answering" in error.message
    time.sleep(0.3)  # several failed reopen attempts, reported once
    assert len(recorder.states) == 2

    cable.plug_in()
    wait_for(lambda: scanner.state is ScannerState.CONNECTED)
    cable.send(f"{OTHER}\r".encode())
    wait_for(lambda: recorder.codes == [CODE, OTHER])
    assert [s for s, _ in recorder.states] == [
        ScannerState.CONNECTED,
        ScannerState.RECONNECTING,
        ScannerState.CONNECTED,
    ]


@pytest.mark.timing
def test_stop_is_prompt_and_reports_disconnected(
    scanner: SerialScanner, recorder: Recorder
) -> None:
    started = time.monotonic()
    scanner.stop()
    assert time.monotonic() - started < 0.5
    assert not scanner.running
    assert scanner.state is ScannerState.DISCONNECTED
    assert recorder.last_state is ScannerState.DISCONNECTED


def test_a_scanner_can_be_started_again_after_stop(
    cable: PtyCable, scanner: SerialScanner, recorder: Recorder
) -> None:
    scanner.stop()
    scanner.start()
    scanner.start()
    wait_for(lambda: scanner.state is ScannerState.CONNECTED)
    cable.send(f"{CODE}\r".encode())
    wait_for(lambda: recorder.codes == [CODE])


@pytest.mark.timing
def test_a_missing_port_is_retried_until_stopped_and_stop_is_prompt(
    tmp_path: Path, recorder: Recorder
) -> None:
    reader = SerialScanner(
        fast_settings(tmp_path / "nothing-here", retry_max=5.0),
        on_code=recorder.code,
        on_state=recorder.state,
    )
    reader.start()
    wait_for(lambda: reader.state is ScannerState.RECONNECTING)
    _, error = recorder.states[0]
    assert error is not None and "cannot be opened" in error.message
    time.sleep(0.5)  # the delay between attempts has grown well past the read timeout
    started = time.monotonic()
    reader.stop()
    assert time.monotonic() - started < 0.5
    assert reader.state is ScannerState.DISCONNECTED


def test_a_callback_that_raises_does_not_stop_the_reader(
    cable: PtyCable, recorder: Recorder
) -> None:
    def explode(code: str) -> None:
        recorder.code(code)
        raise RuntimeError("the UI is gone")

    reader = SerialScanner(fast_settings(cable.port), on_code=explode)
    reader.start()
    try:
        wait_for(lambda: reader.state is ScannerState.CONNECTED)
        cable.send(f"{CODE}\r{OTHER}\r".encode())
        wait_for(lambda: recorder.codes == [CODE, OTHER])
        assert reader.running
    finally:
        reader.stop()


def test_a_configured_suffix_ends_frames_on_the_wire(cable: PtyCable, recorder: Recorder) -> None:
    reader = SerialScanner(fast_settings(cable.port, suffix=b"\t"), on_code=recorder.code)
    reader.start()
    try:
        wait_for(lambda: reader.state is ScannerState.CONNECTED)
        cable.send(f"{CODE}\t{OTHER}\t".encode())
        wait_for(lambda: recorder.codes == [CODE, OTHER])
    finally:
        reader.stop()


def test_stopping_a_scanner_that_never_started_does_nothing(recorder: Recorder) -> None:
    reader = SerialScanner(SerialSettings("/dev/ttyUSB9"), on_code=recorder.code)
    reader.stop()
    assert reader.state is ScannerState.DISCONNECTED


def test_the_defaults_are_9600_8n1_with_cr_lf_framing() -> None:
    settings = SerialSettings("/dev/ttyUSB0")
    assert (settings.baudrate, settings.bytesize, settings.parity, settings.stopbits) == (
        9600,
        8,
        "N",
        1,
    )
    assert settings.suffix is None


@pytest.mark.parametrize(
    "options",
    [
        {"port": " "},
        {"baudrate": 0},
        {"bytesize": 9},
        {"parity": "X"},
        {"stopbits": 3},
        {"idle_timeout": 0},
        {"max_frame": 0},
        {"suffix": b""},
        {"retry_min": 0},
        {"retry_min": 2, "retry_max": 1},
    ],
)
def test_impossible_settings_are_refused(options: dict[str, object]) -> None:
    port = options.pop("port", "/dev/ttyUSB0")
    with pytest.raises(InvalidInput):
        SerialSettings(port, **options)  # type: ignore[arg-type]
