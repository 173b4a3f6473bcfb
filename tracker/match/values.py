"""Comparing two values of one unit, within what their approximations allow.

* ``agree``: the same value said twice: equal numbers whatever words stand before them
  ("gut 83 Millionen" and "83 Millionen"), or within 10% when one says "about". Opposite
  bounds of one number ("weniger als zwei" / "mehr als zwei") do not agree.
* ``conflict``: no value fits both, even read loosely: "mehr als 10.000" and "3.500"
  conflict; "mindestens 37" and "52" do not (the later one is news, not a dispute);
  "rund 80" and "83" do not.
* ``ratio``: how far apart two values are; an order of magnitude marks an outlier.
"""

from __future__ import annotations

import math
from typing import Protocol

ABOUT_TOLERANCE = 0.10
ROUNDING_TOLERANCE = 0.005
BOUND_TOLERANCE = 0.05
_LOWER = ("more_than", "at_least")
_UPPER = ("less_than", "at_most")


# A unit and the broader one news uses for the same people ("rund 80 Einsatzkräfte" and
# "about 80 firefighters" at one fire count the same crews).
BROADER_UNIT = {"firefighter": "emergency worker"}


def same_unit(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    return a == b or BROADER_UNIT.get(a) == b or BROADER_UNIT.get(b) == a


def unit_family(unit: str | None) -> list[str]:
    """The unit and the broader one it is counted under, for looking candidates up."""
    if unit is None:
        return []
    broader = BROADER_UNIT.get(unit)
    return [unit, broader] if broader else [unit]


class HasValue(Protocol):
    value: float
    unit: str | None
    approx: str | None


def interval(value: float, approx: str | None) -> tuple[float, float]:
    """The values a figure allows, strictly: "rund 1.200" is 1,080-1,320."""
    if approx == "about":
        return value * (1 - ABOUT_TOLERANCE), value * (1 + ABOUT_TOLERANCE)
    if approx == "more_than":
        return value * 1.000001, math.inf
    if approx == "at_least":
        return value, math.inf
    if approx == "less_than":
        return 0.0, value * 0.999999
    if approx == "at_most":
        return 0.0, value
    return value, value


def loose_interval(value: float, approx: str | None) -> tuple[float, float]:
    """The values a figure allows, read as loosely as news uses the words: a bound
    admits its own number and a little beyond ("gut 83" fits 83), a plain number its
    rounding."""
    low, high = sorted((value, value))
    if approx == "about":
        return interval(value, approx)
    if approx in _LOWER:
        return low * (1 - BOUND_TOLERANCE), math.inf
    if approx in _UPPER:
        return 0.0, high * (1 + BOUND_TOLERANCE)
    return low * (1 - ROUNDING_TOLERANCE), high * (1 + ROUNDING_TOLERANCE)


def agree(a: HasValue, b: HasValue) -> bool:
    """The same value said twice (see the module docstring)."""
    if not same_unit(a.unit, b.unit):
        return False
    if (a.approx in _LOWER and b.approx in _UPPER) or (a.approx in _UPPER and b.approx in _LOWER):
        return False  # "weniger als zwei Euro" and "mehr als 2 Euro"
    if math.isclose(a.value, b.value, rel_tol=1e-9, abs_tol=1e-9):
        return True
    if "about" in (a.approx, b.approx):
        lo_a, hi_a = interval(a.value, "about" if a.approx == "about" else None)
        lo_b, hi_b = interval(b.value, "about" if b.approx == "about" else None)
        return lo_a <= hi_b and lo_b <= hi_a
    return False


def conflict(a: HasValue, b: HasValue) -> bool:
    """No value fits both figures, even read loosely."""
    lo_a, hi_a = loose_interval(a.value, a.approx)
    lo_b, hi_b = loose_interval(b.value, b.approx)
    return hi_a < lo_b or hi_b < lo_a


def ratio(a: HasValue, b: HasValue) -> float:
    """The larger value over the smaller (1 when equal; inf when one is 0)."""
    x, y = abs(a.value), abs(b.value)
    if x == y:
        return 1.0
    if min(x, y) == 0:
        return math.inf
    return max(x, y) / min(x, y)


def distinctive(value: float) -> bool:
    """A value that rarely recurs by chance: not a small count, not a round number."""
    v = abs(value)
    if v < 13 and float(v).is_integer():
        return False
    if v >= 100 and float(v).is_integer():
        # 100, 500, 1000, 2000, 10000, 1 million: round numbers recur everywhere
        digits = str(int(v)).rstrip("0")
        if len(digits) <= 1 or digits in ("15", "25", "75"):
            return False
    return True
