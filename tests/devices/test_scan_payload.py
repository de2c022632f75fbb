from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from posapp import codes
from posapp.devices.payload import parse_scan, parse_scan_bytes
from posapp.domain.errors import InvalidCode

BODY = "7K2MQ9XD4HBN0RST"
CODE = "GC" + BODY + codes.check_symbol(BODY)
PRINTED = codes.display(CODE)


def test_a_bare_code_parses_to_itself() -> None:
    assert parse_scan(CODE) == CODE


@pytest.mark.parametrize(
    "typed",
    [PRINTED, PRINTED.lower(), " ".join(PRINTED.split("-")), CODE.lower(), f"  {CODE}  "],
)
def test_a_code_with_hyphens_spaces_or_lower_case_is_normalised(typed: str) -> None:
    assert parse_scan(typed) == CODE


def test_confusable_letters_in_the_body_are_read_as_digits() -> None:
    assert parse_scan(CODE.replace("0", "O")) == CODE


@pytest.mark.parametrize("aim", ["]C0", "]Q1", "]E0", "]d2", "]z3"])
def test_an_aim_symbology_identifier_is_removed(aim: str) -> None:
    assert parse_scan(aim + CODE) == CODE
    assert parse_scan(aim + PRINTED) == CODE


@pytest.mark.parametrize(
    "url",
    [
        f"https://shop.example/g/{CODE}",
        f"https://shop.example/balance/g/{PRINTED}",
        f"http://shop.example:8080/a/b/g/{CODE}/",
        f"https://shop.example/g/{CODE}?utm_source=card&lang=fr",
        f"https://shop.example/g/{CODE}#balance",
        f"https://shop.example/g/{CODE}?x=1#y",
        f"HTTPS://SHOP.EXAMPLE/G/{CODE}",
        f"https://shop.example/g/{PRINTED.replace('-', '%2D')}",
    ],
)
def test_a_qr_url_carrying_the_code_yields_the_code(url: str) -> None:
    assert parse_scan(url) == CODE


@pytest.mark.parametrize("text", [f"GIFTCARD:{CODE}", f"giftcard:{PRINTED}", f"GiftCard: {CODE}"])
def test_giftcard_text_yields_the_code(text: str) -> None:
    assert parse_scan(text) == CODE


@pytest.mark.parametrize(
    "payload",
    [
        f"\x02{CODE}\x03",
        f"{CODE}\r\n",
        f"\x00\x00{CODE}\x00",
        f"\x02]Q1https://shop.example/g/{CODE}\x03\r\n",
        f"\t {CODE} \n",
        f"]C0 {CODE}\r",
    ],
)
def test_stray_framing_characters_around_the_payload_are_trimmed(payload: str) -> None:
    assert parse_scan(payload) == CODE


def test_an_imported_code_is_accepted_as_it_is() -> None:
    assert parse_scan("]C0ab12cd34ef\r\n") == "AB12CD34EF"


def test_another_prefix_and_length_can_be_configured() -> None:
    body = "ABCD2345"
    code = "XY" + body + codes.check_symbol(body)
    assert parse_scan(f"GIFTCARD:{code}", prefix="XY", length=8) == code


def test_bytes_from_a_serial_frame_parse_like_text() -> None:
    assert parse_scan_bytes(f"\x02{CODE}\x03".encode("ascii")) == CODE


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ("", "empty"),
        ("\x02\x03\r\n\x00  ", "empty"),
        ("]C0", "empty"),
        ("\xff\xfe\x81junk", "never has"),
        ("ßßßßßß", "never has"),
        (f"{CODE}\x07", "never has"),
        ("https://example.com/products/12345", "not a gift card link"),
        ("https://example.com/g/", "not a gift card link"),
        ("https:///g/" + CODE, "not a gift card link"),
        ("https://example.com/g/not%20a%20code!", "carries no gift card code"),
        ("mailto:someone@example.com", "not a gift card code"),
        ("GIFTCARD:", "carries no gift card code"),
        ("GIFTCARD:<script>", "carries no gift card code"),
        ("hello, world", "not a gift card code"),
        ("GC-", "not a gift card code"),
    ],
)
def test_a_payload_without_a_code_is_refused_with_a_clear_message(
    payload: str, message: str
) -> None:
    with pytest.raises(InvalidCode, match=message):
        parse_scan(payload)


def test_a_mistyped_code_is_refused_before_any_look_up() -> None:
    wrong = "GC" + "8" + BODY[1:] + codes.check_symbol(BODY)
    with pytest.raises(InvalidCode, match="mistyped"):
        parse_scan(wrong)


def test_a_transposed_code_in_a_url_is_refused() -> None:
    swapped = "GC" + BODY[1] + BODY[0] + BODY[2:] + codes.check_symbol(BODY)
    with pytest.raises(InvalidCode, match="mistyped"):
        parse_scan(f"https://shop.example/g/{swapped}")


def test_bytes_that_are_not_ascii_are_refused() -> None:
    with pytest.raises(InvalidCode, match="not text"):
        parse_scan_bytes(b"\xff\xfeGC\x81")


def test_something_that_is_not_text_is_refused() -> None:
    with pytest.raises(InvalidCode):
        parse_scan(b"GC" + BODY.encode())  # type: ignore[arg-type]


# --- properties -------------------------------------------------------------------------------

bodies = st.text(alphabet=codes.ALPHABET, min_size=16, max_size=16)
stray = st.text(alphabet="\x00\x02\x03\r\n\t ", max_size=4)
aim = st.one_of(
    st.just(""),
    st.builds(
        lambda letter, digit: f"]{letter}{digit}",
        st.sampled_from("CQEdzAeL"),
        st.sampled_from("0123456789"),
    ),
)
hosts = st.from_regex(r"[a-z][a-z0-9\-]{0,20}(\.[a-z]{2,6}){1,2}", fullmatch=True)
paths = st.lists(st.from_regex(r"[A-Za-z0-9_\-]{1,10}", fullmatch=True), max_size=3)
queries = st.one_of(st.just(""), st.from_regex(r"\?[a-z]{1,5}=[A-Za-z0-9]{0,8}", fullmatch=True))
fragments = st.one_of(st.just(""), st.from_regex(r"#[A-Za-z0-9]{0,8}", fullmatch=True))


@st.composite
def wrapped_codes(draw: st.DrawFn) -> tuple[str, str]:
    body = draw(bodies)
    code = "GC" + body + codes.check_symbol(body)
    shown = draw(st.sampled_from([code, codes.display(code), codes.display(code).lower()]))
    form = draw(st.sampled_from(["bare", "url", "text"]))
    if form == "url":
        scheme = draw(st.sampled_from(["http", "https"]))
        path = "".join(f"/{segment}" for segment in draw(paths))
        inner = f"{scheme}://{draw(hosts)}{path}/g/{shown}{draw(queries)}{draw(fragments)}"
    elif form == "text":
        inner = f"GIFTCARD:{shown}"
    else:
        inner = shown
    return code, f"{draw(stray)}{draw(aim)}{inner}{draw(stray)}"


@given(wrapped_codes())
def test_any_code_in_any_accepted_form_parses_back_to_itself(case: tuple[str, str]) -> None:
    code, payload = case
    assert parse_scan(payload) == code


@given(st.text())
@example("ß" * 8)
@example("]C0")
@example("https://[::1/g/X")
def test_random_text_parses_or_is_refused_as_invalid_code(text: str) -> None:
    try:
        code = parse_scan(text)
    except InvalidCode as exc:
        assert exc.message
    else:
        assert code == codes.normalize(code)


@given(st.binary(max_size=64))
def test_random_bytes_parse_or_are_refused_as_invalid_code(data: bytes) -> None:
    try:
        parse_scan_bytes(data)
    except InvalidCode:
        pass
