from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posapp import codes
from posapp.domain.errors import InvalidCode, InvalidInput


def test_generated_codes_have_prefix_body_and_a_valid_check_symbol() -> None:
    code = codes.generate()
    assert code.startswith("GC") and len(code) == 19
    assert codes.check_symbol(code[2:-1]) == code[-1]
    assert codes.normalize(code) == code


@given(st.text(alphabet=codes.ALPHABET, min_size=16, max_size=16), st.data())
def test_every_single_symbol_error_is_caught(body: str, data: st.DataObject) -> None:
    code = "GC" + body + codes.check_symbol(body)
    i = data.draw(st.integers(min_value=2, max_value=17))
    other = data.draw(st.sampled_from([c for c in codes.ALPHABET if c != code[i]]))
    typo = code[:i] + other + code[i + 1 :]
    with pytest.raises(InvalidCode):
        codes.normalize(typo)


@given(st.text(alphabet=codes.ALPHABET, min_size=16, max_size=16), st.data())
def test_every_adjacent_transposition_is_caught(body: str, data: st.DataObject) -> None:
    code = "GC" + body + codes.check_symbol(body)
    i = data.draw(st.integers(min_value=2, max_value=17))
    if code[i] == code[i + 1]:
        return
    swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
    with pytest.raises(InvalidCode):
        codes.normalize(swapped)


def test_normalising_reads_lowercase_spaces_hyphens_and_confusable_letters() -> None:
    body = "0123456789ABCDEF"
    code = "GC" + body + codes.check_symbol(body)
    typed = "gc-o123-4567-89ab-cdef-" + code[-1].lower()
    assert codes.normalize(typed) == code
    typed_il = "GC " + "OI23456789ABCDEF".replace("I", "l") + code[-1]
    assert codes.normalize(typed_il) == code


def test_imported_codes_are_taken_as_they_are() -> None:
    assert codes.normalize("abc-123-xyz") == "ABC123XYZ"
    assert codes.normalize("99123456") == "99123456"


@pytest.mark.parametrize("bad", ["", "GC", "12345", "!!!!!!!!", "A" * 41, "GC-ÄÖÜ-1234"])
def test_malformed_codes_are_refused(bad: str) -> None:
    with pytest.raises(InvalidCode):
        codes.normalize(bad)


def test_our_code_with_a_symbol_missing_is_not_taken_for_an_imported_code() -> None:
    # A fixed code, not a random one: about one random code in 37 still passes its check
    # symbol with a symbol dropped, and is then read as one of ours of another length.
    body = "7KQ2M9XH4RT3VW8P"
    code = codes.DEFAULT_PREFIX + body + codes.check_symbol(body)
    short = code[:5] + code[6:]
    assert codes.check_symbol(short[len(codes.DEFAULT_PREFIX):-1]) != short[-1]
    with pytest.raises(InvalidCode, match="symbols"):
        codes.normalize(short)


def test_masking_and_display_show_only_what_they_should() -> None:
    code = codes.generate()
    assert codes.mask_code(code) == f"GC-****-****-****-{code[-4:]}"
    assert codes.display(code).replace("-", "") == code
    assert codes.mask_code("ABC123XYZ") == "****-****-****-Z"


def test_lookup_hash_is_keyed_and_encryption_round_trips() -> None:
    ring, other = codes.KeyRing.generate(), codes.KeyRing.generate()
    code = codes.generate()
    assert ring.lookup_hash(code) != other.lookup_hash(code)
    assert code not in ring.lookup_hash(code)
    blob = ring.encrypt(code)
    assert code.encode() not in blob
    assert ring.decrypt(blob, ring.lookup_hash(code)) == code
    with pytest.raises(InvalidInput):
        other.decrypt(blob, ring.lookup_hash(code))


@pytest.mark.parametrize(
    ("code", "tail"),
    [("C12345", ""), ("C1234567", ""), ("C12345678", "8"), ("OLDSYS123456", "3456"),
     ("A" * 40, "AAAA")],
)
def test_a_masked_code_always_keeps_eight_unknown_symbols(code: str, tail: str) -> None:
    assert codes.visible_tail(code) == tail
    assert codes.mask_code(code) == f"****-****-****-{tail or '****'}"
    assert len(code) - len(tail) >= min(len(code), codes.MASK_HIDDEN)


@given(st.integers(min_value=8, max_value=32), st.sampled_from(["GC", "G", "ZQXY"]))
def test_a_generated_code_shows_at_most_what_leaves_eight_unknown(length: int, prefix: str) -> None:
    code = codes.generate(prefix, length)
    tail = codes.visible_tail(code, prefix)
    assert len(code) - len(prefix) - len(tail) >= codes.MASK_HIDDEN
    assert codes.mask_code(code, prefix).endswith(tail or "****")


def test_codes_of_an_earlier_format_are_read_after_the_settings_change() -> None:
    old = codes.generate("GC", 16)
    short = codes.generate("GC", 10)
    earlier = [("GC", 16), ("GC", 10)]
    for code in (old, short):
        typed = code.lower().replace("0", "o")
        assert codes.candidates(typed, "ZQ", 20, earlier)[0] == code
    # A mistyped code of an earlier format is refused before any look-up.
    typo = old[:-1] + ("1" if old[-1] != "1" else "2")
    with pytest.raises(InvalidCode):
        codes.candidates(typo, "ZQ", 20, earlier)
    new = codes.generate("ZQ", 20)
    assert codes.candidates(new, "ZQ", 20, earlier) == (new,)


@pytest.mark.parametrize("text", ["ＧＣ12345678", "GC1234567ı", "", "   ", "ABC"])
def test_text_that_is_no_code_in_any_format_is_refused(text: str) -> None:
    with pytest.raises(InvalidCode):
        codes.candidates(text, "GC", 16, [("ZQ", 10)])


def test_a_code_of_ours_ending_in_a_symbol_no_imported_code_has_is_read_with_any_prefix() -> None:
    body = next(b for b in (f"{n:016d}" for n in range(1000)) if codes.check_symbol(b) in "*~$=")
    old = "GC" + body + codes.check_symbol(body)
    assert codes.candidates(old, "ZQ", 20) == (old,)
    with pytest.raises(InvalidCode):
        codes.candidates(old[:-2] + "9" + old[-1], "ZQ", 20)
