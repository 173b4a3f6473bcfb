"""Stated time: the day a sentence says its claim was made, resolved against the article date.

Decisions
---------
* A date tells when a claim was stated only when it belongs to the statement: it stands next
  to the attribution cue ("Wie Selenskyj am Freitag erklärte", "Peskov on Friday denied",
  "said on Tuesday", "teilte ... am Montagmorgen mit", "tweeted in 2015"), or opens the
  sentence whose verb is the cue ("Am Montag hatte die Behörde ... bestätigt"). A date
  inside what is claimed is not when it was said: "from June 1 to Sept. 15", "nach dem 11.
  September 2001", "Am Sonntag wurden 300 Menschen evakuiert" (the outlet states that at
  publication). A sentence without such a date was stated at the article's time.
* A statement dated only coarsely ("tweeted in 2015", "reported last year", "said last
  week", "im Jahr 2008 warf X vor") has no known day: None, and readers fall back to the
  article's time.
* Only references into the past or to the publication day move the time: a statement is
  made before it is reported.  Future references ("morgen", "nächste Woche", "tomorrow",
  "am Wochenende sollen ...") are ignored, and the published time is returned.
* Weekdays ("am Montag", "Montagmorgen", "on Tuesday", "last Friday") mean the most recent
  such day *on or before* the publication day: in an article from a Friday, "am Freitag"
  is that same Friday (news reports same-day statements that way).  "vergangenen Freitag"
  / "last Friday" on a Friday means the Friday a week before.
* gestern / vorgestern / yesterday -> 1 / 2 days back; heute, heute Morgen, today, this
  morning, tonight, "am Morgen", "am Abend" -> the publication day.
* Dates: "am 3. Oktober", "3. Oktober 2024", "3.10.", "3.10.2024", "March 3", "3 March",
  "March 3, 2025" (month names capitalised).  Without a year, this year's date is taken
  when it is on or before the publication day; up to 90 days after it, the date is a
  future reference and ignored; otherwise it is last year's.  A date with a year is taken
  as written.
* The first qualifying expression in the sentence wins.
* Week, month and year references ("letzte Woche", "im März") are too coarse: ignored.
* The result keeps the publication time's clock time and time zone; only its date moves
  (naive publication times are taken as UTC).  Without a publication time, only a date with
  a year can be returned (at 00:00 UTC); otherwise None.

Implemented with a small table of regular expressions instead of dateparser: faster,
predictable for weekdays, and it never reads "die" or "mit" as a weekday.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

__all__ = ["stated_time"]

_WEEKDAYS_DE = {
    "montag": 0,
    "dienstag": 1,
    "mittwoch": 2,
    "donnerstag": 3,
    "freitag": 4,
    "samstag": 5,
    "sonnabend": 5,
    "sonntag": 6,
}
_WEEKDAYS_EN = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_MONTHS = {
    "januar": 1,
    "jänner": 1,
    "january": 1,
    "jan": 1,
    "februar": 2,
    "feber": 2,
    "february": 2,
    "feb": 2,
    "märz": 3,
    "maerz": 3,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "december": 12,
    "dez": 12,
    "dec": 12,
}
_DAY_PARTS_DE = r"(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)"
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))

_DE_RE = re.compile(
    r"\b(?P<vorgestern>vorgestern)\b"
    r"|\b(?P<gestern>gestern)\b"
    r"|\b(?P<heute>heute|heutigen)\b"
    r"|\b(?P<daypart>am|in\s+der)\s+(?:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)\b"
    r"|\b(?P<last>vergangenen|letzten|vorigen)\s+(?P<lastday>Montag|Dienstag|Mittwoch|"
    r"Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\b"
    r"|\b(?P<weekday>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
    + _DAY_PARTS_DE
    + r"?s?\b"
    r"|\b(?P<dday>[0-3]?\d)\.\s*(?P<dmonth>"
    + _MONTH_ALT
    + r")\.?(?:\s+(?P<dyear>(?:19|20)\d\d))?\b"
    r"|\b(?P<nday>[0-3]?\d)\.(?P<nmonth>[01]?\d)\.(?P<nyear>(?:19|20)?\d\d)?(?![\d])",
    re.IGNORECASE,
)
_EN_RE = re.compile(
    r"\b(?P<vorgestern>the\s+day\s+before\s+yesterday)\b"
    r"|\b(?P<gestern>yesterday)\b"
    r"|\b(?P<heute>today|tonight|this\s+(?:morning|afternoon|evening))\b"
    r"|\b(?P<last>last)\s+(?P<lastday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b"
    r"|\b(?P<emonth>" + _MONTH_ALT + r")\.?\s+(?P<eday>[0-3]?\d)(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<eyear>(?:19|20)\d\d))?"
    r"|\b(?P<dday>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<dmonth>" + _MONTH_ALT + r")\.?"
    r"(?:,?\s+(?P<dyear>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
# an expression right after these words speaks about the future: skip it
_FUTURE_BEFORE = re.compile(
    r"(?:\b(?:ab|bis|kommenden|nächsten|next|coming|until|from|by)\s+(?:dem\s+|zum\s+|am\s+)?)$",
    re.IGNORECASE,
)


def _aware(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=dt.UTC)


def _on_or_before(day: int, month: int, base: dt.date) -> dt.date | None:
    """This year's date if it is not after ``base``; a date up to 90 days ahead is a future
    reference (None); else last year's."""
    try:
        d = dt.date(base.year, month, day)
    except ValueError:
        return None
    if d <= base:
        return d
    if (d - base).days <= 90:
        return None
    try:
        return dt.date(base.year - 1, month, day)
    except ValueError:  # 29 February
        return None


def _shift_to(base: dt.datetime, day: dt.date) -> dt.datetime:
    return base + dt.timedelta(days=(day - base.date()).days)


def _resolve(
    m: re.Match[str], base: dt.datetime | None, weekdays: dict[str, int]
) -> dt.datetime | None:
    g = m.groupdict()
    if g.get("dyear") or g.get("eyear") or g.get("nyear"):
        day = int(g.get("dday") or g.get("eday") or g.get("nday") or 0)
        month_s = g.get("dmonth") or g.get("emonth")
        month = _MONTHS[month_s.lower()] if month_s else int(g.get("nmonth") or 0)
        year_s = g.get("dyear") or g.get("eyear") or g.get("nyear") or ""
        year = int(year_s) if len(year_s) == 4 else 2000 + int(year_s)
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        if base is None:
            return dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC)
        return _shift_to(base, d)
    if base is None:
        return None
    today = base.date()
    if g.get("vorgestern"):
        return base - dt.timedelta(days=2)
    if g.get("gestern"):
        return base - dt.timedelta(days=1)
    if g.get("heute") or g.get("daypart"):
        return base
    if g.get("lastday"):
        wd = weekdays[g["lastday"].lower()]
        back = (today.weekday() - wd) % 7 or 7
        return base - dt.timedelta(days=back)
    if g.get("weekday"):
        wd = weekdays[g["weekday"].lower()]
        return base - dt.timedelta(days=(today.weekday() - wd) % 7)
    day_s = g.get("dday") or g.get("eday") or g.get("nday")
    month_s = g.get("dmonth") or g.get("emonth")
    if day_s:
        month = _MONTHS[month_s.lower()] if month_s else int(g.get("nmonth") or 0)
        past = _on_or_before(int(day_s), month, today)
        return _shift_to(base, past) if past is not None else None
    return None


_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*|\d+|[^\w\s]")
# words that start the reported content: a date after them belongs to what is claimed
_CONTENT_START = frozenset(
    """that dass ob whether if wenn would will could should might can may shall werde würde
    würden könne könnte könnten solle sollten seien sei habe hätten hätte wolle wird
    werden""".split()
)
_BARRIERS = frozenset(':;"“”„«»‚‘’()')
_AUX_DE = frozenset("hat hatte hatten haben habe hätte hätten ist war waren wurde wurden".split())
_WINDOW = 5  # words between a cue and its date
_PUNCT = ".,;:!?\"'»«“”„)("
_COARSE = {
    "de": re.compile(
        r"\b(?:(?:im\s+(?:Jahr\s+)?|in\s+den\s+Jahren\s+)(?:19|20)\d\d"
        r"|(?:vergangene[nrs]?|letzte[nrs]?|vorige[nrs]?|diese[nrs]?)\s+(?:Woche|Monat|Jahr)"
        r"|(?:Anfang|Mitte|Ende)\s+(?:der\s+Woche|des\s+Monats|des\s+Jahres|(?:19|20)\d\d)"
        r"|im\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
        r"|November|Dezember)|(?:^|(?<=\s))(?:19|20)\d\d(?=\s+[-–—]\s))\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:in\s+(?:19|20)\d\d|(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+"
        r"(?:week|month|year)|in\s+(?:January|February|March|April|May|June|July|August"
        r"|September|October|November|December))\b",
        re.IGNORECASE,
    ),
}


@cache
def _cue_words(language: str) -> dict[str, frozenset[str]]:
    """Attribution verbs in every form, and the nouns of a statement, each with the
    particles one of which must follow it ("stellte ... klar"; none needed when empty).
    Imported lazily: the attribution lexicon imports this package."""
    from tracker.extract.attribution_lexicon import CUES, STATEMENT_WORDS

    lang = "de" if language == "de" else "en"
    words = {word: frozenset(cue.particles) for word, cue in CUES[lang].items()}
    words.update((word, frozenset()) for word in STATEMENT_WORDS[lang])
    return words


# "sich bereit / einverstanden erklären": the cue verb declares a state, it says nothing
_DECLARED_STATE = frozenset("bereit einverstanden zuständig solidarisch".split())


def _is_cue(word: str, rest: list[str], lang: str) -> bool:
    """Whether ``word`` is an attribution cue; ``rest``: the words after it in the sentence."""
    particles = _cue_words(lang).get(word.lower())
    if particles is None:
        return False
    return not particles or any(w.lower().strip(_PUNCT) in particles for w in rest)


def _words_between(text: str, start: int, end: int) -> list[str]:
    return _WORD_RE.findall(text[start:end])


def _attached(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the date at text[start:end] belongs to an attribution cue next to it."""
    after = _words_between(text, end, len(text))
    for k, word in enumerate(after):
        low = word.lower()
        if word in _BARRIERS or low in _CONTENT_START or word == "," and k > 0:
            break
        if low in _DECLARED_STATE:
            break  # "hatten sich im September bereit erklärt": agreed, no statement
        if _is_cue(word, after[k + 1 :], lang):
            return True
        if k >= _WINDOW:
            break
    rest = _words_between(text, start, len(text))
    before = _words_between(text, max(0, start - 80), start)
    for k, word in enumerate(reversed(before)):
        low = word.lower()
        if word in _BARRIERS or word == "," or low in _CONTENT_START:
            break
        if _is_cue(word, rest, lang):
            return True
        if k >= _WINDOW:
            break
    if lang == "de" and not text[:start].strip(" \"'„“”«»–—-"):
        # "Am Montag hatte die Behörde ... bestätigt": the date opens a clause whose
        # finite verb is an auxiliary and whose participle is the cue
        if after and after[0].lower() in _AUX_DE:
            for k, word in enumerate(after[1:14], start=2):
                if word in _BARRIERS or word == ",":
                    break
                if _is_cue(word, after[k:], lang):
                    return True
    return False


def _masked(text: str) -> str:
    """The sentence with quotations blanked: a date inside a quote was not said then."""
    from tracker.extract.sentences import scan_quotes

    chars = list(text)
    spans, _ = scan_quotes(text, ())
    for q in spans:
        a = max(q.start, 0)
        for i in range(a, q.end):
            chars[i] = " "
    return "".join(chars)


_YEAR_IN_RE = re.compile(r"\b(?:1[89]|20|21)\d\d\b")


def stated_time(
    sentence_text: str, language: str, published_at: dt.datetime | None
) -> dt.datetime | None:
    """When the sentence says its claim was made; the published time when it does not say,
    None when it says so only coarsely ("in 2015", "last week")."""
    base = _aware(published_at) if published_at is not None else None
    de = (language or "").lower().startswith("de")
    lang = "de" if de else "en"
    rx, weekdays = (_DE_RE, _WEEKDAYS_DE) if de else (_EN_RE, _WEEKDAYS_EN)
    text = _masked(sentence_text)
    for m in rx.finditer(text):
        if _FUTURE_BEFORE.search(text, 0, m.start()):
            continue
        if de and m.group("weekday") and text[m.start()].islower():
            continue  # "montags" as an adverb of habit, or a lower-case compound
        month = m.group("dmonth") or (None if de else m.group("emonth"))
        if month and month[0].islower():
            continue  # "may" the verb, not "May"
        if not _attached(text, m.start(), m.end(), lang):
            continue  # a date inside what is claimed
        resolved = _resolve(m, base, weekdays)
        if resolved is not None:
            return resolved
    for m in _COARSE[lang].finditer(text):
        year = _YEAR_IN_RE.search(m.group())
        if base is not None and year is not None and int(year.group()) > base.year:
            continue  # "Im Jahr 2027 geht die Regierung von ... aus": a forecast, said now
        if _attached(text, m.start(), m.end(), lang):
            return None  # "tweeted in 2015": stated then, on a day the text does not give
    return base
