"""Polarity: does a sentence deny or correct an earlier claim?

``is_negated`` marks a sentence whose claim contradicts what it refers to, so that matching
turns a link to the earlier claim into a contradiction.  It is deliberately narrow:

Marked (German / English)
  * denial verbs: bestreiten (with "dass", Vorwürfe, Bericht, Angaben or a colon),
    dementieren / Dementi, zurückweisen ("wies die Angaben zurück"), widersprechen;
    deny / denied (not "was denied bail"), refute, dispute, reject or dismiss a claim /
    report / allegation / figure, contradict;
  * corrections: korrigieren / Korrektur / richtigstellen; correct / corrected /
    correction;
  * the correction pattern "nicht X, sondern Y" (not "nicht nur ..., sondern auch") and
    "not X but Y" (not "not only ... but also"), "not 120 as ... claimed / said";
  * explicit falsity: "sei falsch", "ist nicht zutreffend", "entspricht nicht der
    Wahrheit", "stimmt nicht", Falschmeldung; "is false", "was untrue / incorrect /
    inaccurate / baseless", "false claim";
  * contrast with an earlier account: "entgegen (früheren) Angaben", "anders als zunächst
    berichtet", "contrary to (earlier) reports".

Not marked: ordinary negation that states a fact ("Sie tragen nicht dazu bei", "did not
respond", "keine Einschränkungen"), refusals ("lehnte ab", "refused to comment"), and
criticism without a claim being denied.

The rules are regular expressions in ``tracker/lexicon/polarity.tsv``, one row per rule.
"""

from __future__ import annotations

import re
from functools import cache

from tracker import lexicon

__all__ = ["is_negated"]


@cache
def _rules(language: str) -> tuple[re.Pattern[str], ...]:
    """The rules of ``tracker/lexicon/polarity.tsv`` for ``language``, compiled on first use."""
    return tuple(
        re.compile(pattern, re.IGNORECASE)
        for lang, pattern in lexicon.patterns("polarity", 2)
        if lang == language
    )


def is_negated(sentence_text: str, language: str) -> bool:
    """True when the sentence denies or corrects a claim (see the module doc for the rules).

    Other languages than German are read with the English rules.
    """
    rules = _rules("de" if (language or "").lower().startswith("de") else "en")
    return any(r.search(sentence_text) for r in rules)
