from __future__ import annotations

import time

import pytest

from tracker.extract.names import (
    ClaimantResolver,
    block_keys,
    first_name_gender,
    fold_name,
    fold_variants,
    name_similarity,
    same_claimant,
)

FOLDS = [
    ("Jürgen Weiß", "juergen weiss"),
    ("JÜRGEN  WEISS", "juergen weiss"),
    ("Björn Höcke", "bjoern hoecke"),
    ("François Hollande", "francois hollande"),
    ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
    ("Park's", "park"),
    ("Kramp-Karrenbauer", "kramp karrenbauer"),
]


@pytest.mark.parametrize(("raw", "folded"), FOLDS)
def test_fold_name(raw: str, folded: str) -> None:
    assert fold_name(raw) == folded


def test_fold_variants() -> None:
    assert fold_variants("Jürgen Weiß") == ("juergen weiss", "jurgen weiss")
    assert fold_variants("Petra Vogt") == ("petra vogt",)


SAME = [
    ("Selensky", "Selenskyj", True),
    ("Selenskyj", "Wolodymyr Selenskyj", True),
    ("Zelensky", "Wolodymyr Selenskyj", True),
    ("Volodymyr Zelenskyy", "Wolodymyr Selenskyj", True),
    ("Dmitri Peskow", "Dmitry Peskov", True),
    ("Chruschtschow", "Khrushchev", True),
    ("Jürgen Weiß", "Juergen Weiss", True),
    ("Jürgen Weiß", "Jurgen Weiss", True),
    ("Jürgen Weiss", "Juergen Weiss", True),
    ("Vogt", "Petra Vogt", True),
    ("P. Vogt", "Petra Vogt", True),
    ("Leyen", "Ursula von der Leyen", True),
    ("von der Leyen", "Ursula von der Leyen", True),
    ("George W. Bush", "George Bush", True),
    ("Stoltenberg", "Stoltenburg", True),  # one typo in a long name
    ("Peter Vogt", "Petra Vogt", False),
    ("Park", "Parker", False),
    ("Polizei", "Politik", False),
    ("Meier", "Meyer", False),
    ("Müller", "Möller", False),
    ("Petra", "Petra Vogt", False),  # a given name alone does not join
    ("Sam Reed", "Sam Reid", False),
    ("", "Vogt", False),
]


@pytest.mark.parametrize(("a", "b", "same"), SAME)
def test_same_claimant(a: str, b: str, same: bool) -> None:
    assert same_claimant(a, b) is same
    assert same_claimant(b, a) is same


def test_similarity_range() -> None:
    assert name_similarity("Petra Vogt", "Petra Vogt") == 100.0
    assert 0.0 <= name_similarity("Petra Vogt", "Klaus Meier") < 60.0


def test_first_name_gender() -> None:
    assert first_name_gender("Petra") == "f"
    assert first_name_gender("Jürgen") == "m"
    assert first_name_gender("Vogt") is None


@pytest.fixture
def resolver() -> ClaimantResolver:
    r = ClaimantResolver()
    r.add(1, "Petra Vogt", kind="person")
    r.add(2, "Peter Vogt", kind="person")
    r.add(3, "Wolodymyr Selenskyj", aliases=["Selensky"], kind="person")
    r.add(4, "Polizei", kind="institution")
    r.add(5, "Ellen Park", kind="person")
    return r


RESOLVE = [
    ("Petra Vogt", None, 1),
    ("Vogt", None, None),  # ambiguous: Petra and Peter
    ("P. Vogt", None, None),  # still ambiguous
    ("Zelensky", None, 3),
    ("Volodymyr Zelenskyy", "person", 3),
    ("Polizei", "institution", 4),
    ("Polizei", "person", None),  # kinds must agree when both are known
    ("Politik", None, None),
    ("Park", None, 5),
    ("Parker", None, None),
    ("Jan Ott", None, None),
]


@pytest.mark.parametrize(("name", "kind", "key"), RESOLVE)
def test_resolver(resolver: ClaimantResolver, name: str, kind: str | None, key: int | None) -> None:
    match = resolver.resolve(name, kind)
    assert (match.key if match else None) == key


def test_resolver_aliases_and_len(resolver: ClaimantResolver) -> None:
    resolver.add(3, "Wolodymyr Selenskyj", aliases=["Selenskij"])
    assert len(resolver) == 5
    match = resolver.resolve("Selenskij")
    assert match is not None and match.name == "Wolodymyr Selenskyj"


def test_block_keys_shared_by_spellings() -> None:
    keys = block_keys("Wolodymyr Selenskyj")
    assert keys & block_keys("Zelensky") and keys & block_keys("Selensky")
    assert not block_keys("Petra Vogt") & block_keys("Klaus Meier")


def test_unknown_kind_fits_either(resolver: ClaimantResolver) -> None:
    match = resolver.resolve("Ellen Park", "unknown")
    assert match is not None and match.key == 5


@pytest.mark.slow
def test_resolver_is_fast() -> None:
    r = ClaimantResolver()
    for i in range(20000):
        r.add(i, f"Vorname{i % 50} Nachname{i}")
    r.add("x", "Petra Vogt")
    start = time.perf_counter()
    for _ in range(200):
        assert r.resolve("Petra Vogt") is not None
    assert time.perf_counter() - start < 1.0
