from __future__ import annotations

import pytest

from tracker.extract.polarity import is_negated

CASES = [
    # German: denials and corrections
    ("de", "Die Polizei korrigierte die Zahl der Todesopfer.", True),
    ("de", "Es sei nicht zwei, sondern ein Mensch ums Leben gekommen.", True),
    ("de", "Der Sprecher bestritt, dass 500 Soldaten entsandt wurden.", True),
    ("de", "Das Ministerium dementierte den Bericht über 40 Tote.", True),
    ("de", "Die Regierung wies die Angaben der Opposition zurück.", True),
    ("de", "Die Zahl von 300 Verletzten sei falsch, sagte der Sprecher.", True),
    ("de", "Das stimmt nicht, sagte Vogt.", True),
    ("de", "Diese Darstellung trifft nicht zu.", True),
    ("de", "Entgegen ersten Angaben starben drei Menschen.", True),
    ("de", "Anders als zunächst berichtet, wurden 12 Häuser zerstört.", True),
    ("de", "Die Stadt widersprach den Angaben des Vereins.", True),
    # German: ordinary negation and look-alikes are not denials
    ("de", "Sie tragen nicht dazu bei.", False),
    ("de", "Es gibt keine Einschränkungen für die Armee.", False),
    ("de", "Das ist nicht nur teuer, sondern auch gefährlich.", False),
    ("de", "Er stimmt dem Vorschlag nicht zu.", False),
    ("de", "Er stimmt nicht zu.", False),
    ("de", "Vier Wettkämpfe bestreitet er im Jahr.", False),
    ("de", "Die Firma lehnte eine Stellungnahme ab.", False),
    # English
    ("en", "The finance office said it funds 95 teachers, not 120 as the mayor had claimed.", True),
    ("en", "The ministry denied the report.", True),
    ("en", "Police corrected the death toll to one.", True),
    ("en", "Not 120 but 95 teachers will be hired.", True),
    ("en", "The claim is false, officials said.", True),
    ("en", "The mayor rejected the claim that the budget was cut.", True),
    ("en", "Contrary to earlier reports, two people died.", True),
    ("en", "Park's office did not respond to a request for comment.", False),
    ("en", "He was denied bail.", False),
    ("en", "It is not only expensive but also dangerous.", False),
    ("en", "The council did not approve the budget.", False),
    ("fr", "The ministry denied the report.", True),  # other languages: English rules
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_is_negated(lang: str, text: str, expected: bool) -> None:
    assert is_negated(text, lang) is expected
