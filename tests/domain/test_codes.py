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
    code = codes.generate()
    with pytest.raises(InvalidCode, match="symbols"):
        codes.normalize(code[:5] + code[6:])


def test_masking_and_display_show_only_what_they_should() -> None:
    code = codes.generate()
    assert codes.mask_code(code) == f"GC-****-****-****-{code[-4:]}"
    assert codes.display(code).replace("-", "") == code
    assert codes.mask_code("ABC123XYZ") == "****-****-****-3XYZ"


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
