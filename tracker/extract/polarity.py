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
"""

from __future__ import annotations

import re

__all__ = ["is_negated"]

_I = re.IGNORECASE

_DE = [
    re.compile(
        r"\b(?:bestreit\w*|bestritt\w*)\b[^.!?]{0,80}?(?:\bdass\b|\bVorw[uü]rf|\bBericht|"
        r"\bAngaben\b|\bDarstellung|\bBehauptung|:)",
        _I,
    ),
    re.compile(r"\bdementi\w*", _I),
    re.compile(
        r"\b(?:wies|weist|wiesen|weisen)\b[^.!?;]{0,100}?\bzurück\b|\bzurückgewiesen\b|"
        r"\bzurückzuweisen\b|\bzurückweis\w*",
        _I,
    ),
    re.compile(r"\bwidersprach\w*|\bwidersprich\w*|\bwiderspricht\b|\bwidersprochen\b", _I),
    re.compile(r"\bkorrigier\w*|\bKorrektur\w*|\brichtiggestellt\b|\brichtigstell\w*", _I),
    re.compile(r"\bnicht\s+(?!nur\b|bloß\b|allein\b|lediglich\b)[^.;:!?]{1,60}?,?\s+sondern\b", _I),
    re.compile(
        r"\b(?:sei|seien|ist|sind|war|waren|wäre)\s+(?:\w+\s+){0,2}?(?:falsch|unwahr|"
        r"frei\s+erfunden|nicht\s+zutreffend|nicht\s+korrekt|unzutreffend)\b",
        _I,
    ),
    re.compile(r"\bFalsch(?:meldung|behauptung|information|darstellung)\w*", _I),
    re.compile(r"\bentspr(?:icht|ach|äche)\s+nicht\s+der\s+Wahrheit\b", _I),
    re.compile(r"\b(?:stimmt|stimme|stimmten)\s+nicht\b(?!\s+zu\b)", _I),  # not "stimmt nicht zu"
    re.compile(r"\b(?:treffe|trifft|träfen|traf)\s+nicht\s+zu\b", _I),
    re.compile(
        r"\bentgegen\s+(?:\w+\s+){0,2}?(?:Angaben|Berichten|Darstellungen?|Behauptungen)\b", _I
    ),
    re.compile(
        r"\banders\s+als\s+(?:\w+\s+){0,3}?(?:berichtet|gemeldet|angegeben|behauptet|"
        r"dargestellt|zunächst)\b",
        _I,
    ),
]

_EN = [
    re.compile(
        r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )\b(?:denied|denies|deny|denying)\b", _I
    ),
    re.compile(r"\bdenial\b", _I),
    re.compile(r"\b(?:refuted|refutes|refute|rebutted|rebuts|contradicted|contradicts)\b", _I),
    re.compile(
        r"\b(?:rejected|rejects|dismissed|dismisses|disputed|disputes|contested|contests)\b"
        r"[^.!?]{0,40}?\b(?:claims?|reports?|allegations?|accusations?|figures?|numbers?|"
        r"assertions?|suggestions?|account|that|as)\b",
        _I,
    ),
    re.compile(r"\b(?:corrected|corrects|correcting|correction)\b", _I),
    re.compile(
        r"\bnot\s+[^.;!?]{1,40}?\bas\s+[^.;!?]{0,60}?\b(?:claimed|said|reported|stated|"
        r"suggested|alleged|announced)\b",
        _I,
    ),
    re.compile(
        r"\bnot\s+(?!only\b|just\b|merely\b|simply\b)[^.;:!?]{1,40}?,?\s+but\s+(?!also\b)", _I
    ),
    re.compile(
        r"\b(?:is|was|are|were|be|been|being)\s+(?:\w+\s+){0,2}?(?:false|untrue|inaccurate|"
        r"incorrect|baseless|unfounded|fabricated|fake)\b",
        _I,
    ),
    re.compile(r"\bfalse\s+(?:claims?|reports?|information|statements?)\b|\bfake\s+news\b", _I),
    re.compile(
        r"\bcontrary\s+to\s+(?:\w+\s+){0,2}?(?:reports?|claims?|statements?|accounts?)\b", _I
    ),
]

_RULES = {"de": _DE, "en": _EN}


def is_negated(sentence_text: str, language: str) -> bool:
    """True when the sentence denies or corrects a claim (see the module doc for the rules).

    Other languages than German are read with the English rules.
    """
    rules = _RULES["de" if (language or "").lower().startswith("de") else "en"]
    return any(r.search(sentence_text) for r in rules)
