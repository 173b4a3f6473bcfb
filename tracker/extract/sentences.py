"""Sentence splitting with character offsets, for German and English news text.

How it works
------------
1. The text is cut into paragraphs at line breaks (a blank line or a single newline: news
   text often puts one paragraph per line).
2. Each paragraph is cut at *safe* boundaries only: ``.``/``!``/``?`` (plus closing quotes)
   after a word of two or more letters that is not a known abbreviation, followed by
   whitespace and a capital letter or an opening quote.  Most sentences end like that.
3. A piece that still holds an ambiguous terminator inside (abbreviations, ordinals such as
   ``am 3. Oktober``, initials, ellipses) goes to pysbd (``char_span=True``, ``clean=False``).
   pysbd costs a few microseconds per character and grows faster than linearly with the
   input, so it only sees the pieces that need it (measured on 1,028 derStandard articles:
   about 10x faster than pysbd on whole paragraphs, same splits after the fix-ups below),
   and never more than ``PYSBD_WINDOW`` characters at once: a longer piece is cut after
   the last terminator (else the last space) before the window's end, and the fix-ups
   below join what that cut wrongly. So splitting takes time linear in the text.
4. Fix-ups on pysbd's known problems:
   - a closing quote moved into the next sentence is handed back (quote pairing below);
   - a piece that does not end in sentence punctuation is joined to the next one (pysbd
     treats ``1.`` in ``am 1. Mai`` as a list item);
   - a piece ending in an abbreviation (``Abs.``, ``Min.``, ``z. B.``) or an ordinal before a
     month or a lower-case word is joined to the next one;
   - a piece starting with a lower-case letter or a comma is joined to the previous one.

Quote pairing (``scan_quotes``) is shared with the attribution module: ``„`` opens and
``“``/``”``/``"`` close it; ``»…«`` and ``«…»`` pair with each other; English ``“`` opens and
``”`` closes; a straight ``"`` opens or closes by context (space before and a letter after
opens; a letter or punctuation before and space after closes), else it toggles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["Sentence", "split_sentences", "scan_quotes", "QuoteSpan"]


@dataclass(frozen=True)
class Sentence:
    text: str  # exactly article_text[start:end]
    start: int
    end: int
    index: int  # 0-based sentence number in the article
    paragraph: int  # 0-based paragraph number


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted stretch inside one sentence, offsets relative to the sentence text.

    ``start`` is the offset of the opening quote character, or -1 when the quotation was
    opened in an earlier sentence; ``end`` is the offset just after the closing quote, or
    ``len(text)`` when it is still open at the end of the sentence (``closed`` is False).
    """

    start: int
    end: int
    closed: bool

    @property
    def continued(self) -> bool:
        return self.start < 0


# --------------------------------------------------------------------------- quotes

_CLOSERS_FOR_OPENER: dict[str, str] = {
    "\u201e": '\u201c\u201d"',  # „ closes with “ ” "
    "\u201c": '\u201d"',  # English “ closes with ” "
    '"': '"',
    "\u00bb": "\u00ab",  # » … «
    "\u00ab": "\u00bb",  # « … »
    "\u201a": "\u2018",  # ‚ … ‘
}
QUOTE_CHARS = '\u201e\u201c\u201d"\u00bb\u00ab\u201a\u2018'
_QUOTE_RE = re.compile("[" + re.escape(QUOTE_CHARS) + "]")


def _looks_opening(text: str, i: int) -> bool | None:
    """Context of a straight or guillemet quote: True opening, False closing, None unknown."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    space_before = before.isspace() or before in "([{-\u2013\u2014/"
    space_after = after.isspace() or after in ".,;:!?)]}"
    if space_before and not space_after:
        return True
    if space_after and not space_before:
        return False
    return None


def scan_quotes(text: str, stack: tuple[str, ...] = ()) -> tuple[list[QuoteSpan], tuple[str, ...]]:
    """Find quoted stretches in ``text``, given the quotes still open before it.

    ``stack`` holds the opening characters still open (outermost first).  Returns the
    top-level quoted spans and the stack at the end of ``text``.  Only the outermost level
    is reported as spans; nested quotes are tracked so that they pair correctly.
    """
    spans: list[QuoteSpan] = []
    st = list(stack)
    span_start: int | None = -1 if st else None
    for m in _QUOTE_RE.finditer(text):
        ch = m.group()
        i = m.start()
        top = st[-1] if st else None
        closes_top = top is not None and ch in _CLOSERS_FOR_OPENER[top]
        if ch in '"\u00bb\u00ab':
            ctx = _looks_opening(text, i)
            if closes_top and ctx is True and ch == '"' and top == '"':
                # a clear opener while a straight quote is open: the old one was never
                # closed; close it here and open a new one
                if len(st) == 1 and span_start is not None:
                    spans.append(QuoteSpan(span_start, i, True))
                st.pop()
                st.append(ch)
                if len(st) == 1:
                    span_start = i
                continue
            if not closes_top and ctx is False and ch == '"':
                continue  # stray closing quote: its opener was lost; ignore it
        elif ch == "\u201d" and not closes_top:
            continue  # stray closing quote
        elif ch == "\u2018" and not closes_top:
            continue  # apostrophe-like single quote
        if closes_top:
            st.pop()
            if not st and span_start is not None:
                spans.append(QuoteSpan(span_start, i + 1, True))
                span_start = None
        else:
            st.append(ch)
            if len(st) == 1:
                span_start = i
    if st and span_start is not None:
        spans.append(QuoteSpan(span_start, len(text), False))
    return spans, tuple(st)


# --------------------------------------------------------------------------- abbreviations

_ABBREVIATIONS = frozenset(
    """
    abs abt allg anm apr art aug bd bearb bes best betr bsp bspw bzgl bzw ca chr co corp
    dez di dipl do dr ebd ehem eig einschl engl entspr erg etc ev evtl exkl fa feb ff fr frl
    gebr geb gegr gem gen ges gest ggf gmbh hbf hl hr hrn hrsg inc inkl insb jan jh jhd jhdt
    jr jul jun kap kath kfm kl kpt lfd lt ltd mag max mi min mio mo mr mrd mrs ms mwst nachf
    nov nr o okt op pkt pl pol prof prot rd reg rep resp sa sek sen sep sept sog sogen sr st
    std str stud tab tel tsd tz ua usf usw v verf vgl vs wg z zb zit zt zzgl zzt
    adm brig capt cmdr col cpl gov govs hon lieut maj messrs mt pfc pvt rev reps sens sgt supt
    vol vols
    approx dept est govt intl jan feb mar apr jun jul aug sep oct nov dec no nos fig figs
    """.split()
)
_MONTHS = frozenset(
    """
    januar jänner februar feber märz april mai juni juli august september oktober november
    dezember january february march may june july october december
    jan feb mär mar apr jun jul aug sep sept okt oct nov dez dec
    """.split()
)
_ORDINAL_CONTEXT = frozenset(
    "am im vom zum bis seit dem der den des die das ab jeden jedes jeder zum zur beim".split()
)

# a terminator that may end a sentence: . ! ? … followed by optional closing marks
_SAFE_BOUNDARY_RE = re.compile(
    r"([.!?]+)([\"\u201c\u201d\u00bb\u00ab\u2019')\]]*)(\s+)(?=[\"\u201e\u201c\u00bb\u00ab(]?[A-ZÄÖÜ])"
)
_INTERNAL_TERMINATOR_RE = re.compile(r"[.!?\u2026](?=[\s\"\u201c\u201d\u00bb\u00ab\u2019')\]]|$)")
_WORD_BEFORE_RE = re.compile(r"(\S+)$")
_ENDS_TERMINAL_RE = re.compile(r"[.!?\u2026:][\"\u201c\u201d\u00bb\u00ab\u2018\u2019')\]]*$")
_LAST_TOKEN_RE = re.compile(r"(\S+)\s*$")
_FIRST_WORD_RE = re.compile(r"^[\"\u201e\u201c\u00bb\u00ab(]?\s*([^\W\d_]+)")
_DOTTED_ABBREV_RE = re.compile(r"^(?:[^\W\d_]{1,3}\.-?)+[^\W\d_]{1,3}$")
_PARAGRAPH_RE = re.compile(r"[^\n\r]+")
_WINDOW_CUT_RE = re.compile(r"[.!?\u2026][\"\u201c\u201d\u00bb\u00ab\u2019')\]]*\s+")
PYSBD_WINDOW = 1_000  # longest piece pysbd sees at once (characters)
# Longest sentence (characters): a longer run without a sentence end is cut at spaces.
# Real news sentences stay far below it (the longest of 9,800 measured: 843); the
# attribution rules cost more than linear time in a sentence's words.
MAX_SENTENCE_CHARS = 1_500
JOIN_LOOKBACK = 200  # characters of the previous piece that decide a join


def _is_safe_word(word: str, term: str) -> bool:
    """Whether ``word`` followed by ``term`` surely ends a sentence."""
    if term != ".":
        return term in ("!", "?", "!?", "?!", "!!", "??") and len(word) >= 2
    w = word.lstrip('"\u201e\u201c\u00bb\u00ab(')
    if len(w) < 2 or not w.replace("-", "").isalpha():
        return False
    return w.lower() not in _ABBREVIATIONS


def _safe_chunks(par: str) -> list[tuple[int, int]]:
    """Cut a paragraph at boundaries that need no sentence model."""
    chunks: list[tuple[int, int]] = []
    pos = 0
    for m in _SAFE_BOUNDARY_RE.finditer(par):
        wm = _WORD_BEFORE_RE.search(par, max(0, m.start() - 60), m.start())
        if wm is None or not _is_safe_word(wm.group(1), m.group(1)):
            continue
        cut = m.end(2)
        chunks.append((pos, cut))
        pos = m.end()
    if pos < len(par):
        chunks.append((pos, len(par)))
    return chunks


@lru_cache(maxsize=8)
def _segmenter(language: str) -> Any:
    import pysbd
    from pysbd.languages import LANGUAGE_CODES

    lang = language if language in LANGUAGE_CODES else "en"
    return pysbd.Segmenter(language=lang, clean=False, char_span=True)


def _windows(chunk: str, limit: int = PYSBD_WINDOW) -> list[tuple[int, int]]:
    """Cut ``chunk`` into pieces of at most ``limit`` characters, each ending after a
    terminator and its spaces where there is one, else after a space."""
    pieces: list[tuple[int, int]] = []
    pos = 0
    while len(chunk) - pos > limit:
        end = pos + limit
        cut = -1
        for m in _WINDOW_CUT_RE.finditer(chunk, pos + limit // 2, end):
            cut = m.end()
        if cut <= pos:
            space = chunk.rfind(" ", pos + 1, end)
            cut = space + 1 if space > pos else end
        pieces.append((pos, cut))
        pos = cut
    if pos < len(chunk):
        pieces.append((pos, len(chunk)))
    return pieces


def _pysbd_spans(chunk: str, language: str) -> list[tuple[int, int]]:
    if len(chunk) > PYSBD_WINDOW:
        return [
            (ws + s, ws + e)
            for ws, we in _windows(chunk)
            for s, e in _pysbd_spans(chunk[ws:we], language)
        ]
    spans: list[tuple[int, int]] = []
    pos = 0
    for seg in _segmenter(language).segment(chunk):
        sent = seg.sent
        start = seg.start
        if chunk[start : start + len(sent)] != sent:  # defensive: recover the offset
            found = chunk.find(sent.strip(), pos)
            if found < 0:
                continue
            start = found
        end = start + len(sent)
        spans.append((start, end))
        pos = end
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# words before the platform X ("auf X.", "im Onlinedienst X.", "on X."): its full stop ends
# the sentence; any other single capital letter with a full stop is an initial
_PLATFORM_X_BEFORE = frozenset(
    "auf via bei im on onlinedienst kurznachrichtendienst plattform dienst netzwerk "
    "online-dienst platform network".split()
)


_PLATFORM_X_RE = re.compile(
    r"(?i:\b(?:" + "|".join(sorted(_PLATFORM_X_BEFORE)) + r"))\s+X\.(?=\s+[\"„“»]?[A-ZÄÖÜ])"
)


def _split_platform_x(par: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut after "auf X." / "im Onlinedienst X.", which the segmenter reads as an initial."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for m in _PLATFORM_X_RE.finditer(par, start, end):
            if m.end() < end:
                out.append((start, m.end()))
                start = m.end()
        out.append((start, end))
    return out


# a broadcaster's byline that lost its line break: "Von Kathrin Schmid, ARD BrüsselAlle fünf
# Jahre ...", "Von Ann-Brit Bakkenbüll, ARD-Studio StockholmDänemark wird ..." (teasers of
# tagesschau.de); the byline ends where a capital follows a lower-case letter
_GLUED_BYLINE_RE = re.compile(
    r"\bVon\s+[A-ZÄÖÜ][\w.\-]+(?:\s+[A-ZÄÖÜ][\w.\-]+){0,3},\s+"
    r"(?:ARD|ZDF|NDR|WDR|BR|SWR|MDR|HR|RBB|SR|DLF|Deutschlandfunk|tagesschau\.de)[\w\-]*"
    r"(?:\s+[A-ZÄÖÜ][\w\-]*?)?(?:\s+[A-ZÄÖÜ][a-zäöüß\-]*?[a-zäöüß])(?=[A-ZÄÖÜ][a-zäöüß])"
)


def _split_glued_byline(par: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut after a byline glued to the sentence that follows it."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for m in _GLUED_BYLINE_RE.finditer(par, start, end):
            if start < m.end() < end:
                out.append((start, m.end()))
                start = m.end()
        out.append((start, end))
    return out


# Headlines of a list that lost their line breaks: "Die wichtigsten Entwicklungen im
# Überblick:Israels Kabinett will Generalstaatsanwältin entlassenIsrael meldet ...". A
# joint is a letter, then a capital starting a word of three letters or more, inside one
# token; a colon glued to a capital opens a list; a ticker's time glued to a word
# ("geborgen19:32 Uhr - ...") starts an entry.
_GLUED_JOINT_RE = re.compile(
    r"(?<=[^\W\d_])(?=[A-ZÄÖÜ][a-zäöüß]{2,})"
    r"|(?<=[^\W\d_]{3}:)(?=[A-ZÄÖÜ][A-Za-zäöüß])"
    r"|(?<=[^\W\d_]{3})(?=\d{1,2}:\d{2} Uhr\b)"
)
_LETTERS_BEFORE_RE = re.compile(r"[^\W\d_]+$")


def _glued_joints(par: str, start: int, end: int, language: str) -> list[int]:
    """Where a piece is headlines glued together: after a lower-case word the dictionary
    knows ("entlassen|Israel") or a colon ("im Überblick:|Israels"), and, in a piece that
    has such a joint, also after a capitalised word it knows ("Gebietsabtretungen|Zahl").
    Camel-case names ("BlackRock", "MasterCard", "WhatsApp") have none of the first kind
    and are left whole."""
    from tracker import lemmas

    sure: list[int] = []
    capitalised: list[int] = []  # joints after a known capitalised word: only in a list
    for m in _GLUED_JOINT_RE.finditer(par, start, end):
        at = m.start()
        if at <= start or at >= end:
            continue
        if par[at - 1] == ":" or par[at].isdigit():
            sure.append(at)  # "im Überblick:|Israels", "geborgen|19:32 Uhr - ..."
            continue
        left = _LETTERS_BEFORE_RE.search(par, start, at)
        if left is None or len(left.group()) < 2:
            continue
        word = left.group()
        if len(word) < 3 and not word.islower():
            continue
        if not lemmas.is_known(word, language if language in ("de", "en") else "en"):
            continue
        (sure if word.islower() else capitalised).append(at)
    return sorted(sure + capitalised) if sure else []


def _split_glued_headlines(
    par: str, spans: list[tuple[int, int]], language: str
) -> list[tuple[int, int]]:
    """Cut a piece at the joints of headlines glued together (``_glued_joints``)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        for at in _glued_joints(par, start, end, language):
            out.append((start, at))
            start = at
        out.append((start, end))
    return out


def _word_before(text: str, end: int) -> str:
    words = text[:end].split()
    return words[-1].strip("\"'„“”»«(").lower() if words else ""


def _needs_join(prev: str, nxt: str) -> bool:
    """Whether two adjacent pieces of one paragraph belong to the same sentence."""
    first = nxt.lstrip()
    if not first:
        return True
    if first[0] in ",;:)]":
        return True
    if first[0].islower():
        fw = first.split(None, 1)[0].rstrip(".,;:!?\"'”“»«)")
        return not any(c in fw for c in "./@")  # a link or handle may start a sentence
    if not _ENDS_TERMINAL_RE.search(prev):
        # pysbd cuts before list-like numbers ("am | 1. Mai"); a closing bracket or quote
        # (bylines such as "(APA, 18.3.2016)") may end a sentence without a full stop
        return prev[-1] not in ')]"\u201c\u201d\u00bb\u00ab'
    lt = _LAST_TOKEN_RE.search(prev)
    if lt is None:
        return False
    last = lt.group(1)
    if not last.endswith("."):
        return False
    core = last.rstrip(".").lstrip('"\u201e\u201c\u00bb\u00ab(')
    if not core:
        return False
    if core == "X" and _word_before(prev, lt.start()) in _PLATFORM_X_BEFORE:
        return False  # "schrieb er auf X.", "im Onlinedienst X.": the platform, no initial
    if _DOTTED_ABBREV_RE.match(core) or (len(core) == 1 and core.isalpha()):
        return True  # z.B. / U.S. / d.h. / initials
    if core.lower() in _ABBREVIATIONS:
        return True
    if core.isdigit() and len(core) <= 2:
        fm = _FIRST_WORD_RE.match(first)
        word = fm.group(1).lower() if fm else ""
        if word in _MONTHS:
            return True
        before = prev[: lt.start()].split()
        if before and before[-1].lower() in _ORDINAL_CONTEXT:
            return True
    return False


def _fix_closing_quotes(par: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Hand a closing quote that pysbd put at the start of a sentence back to the previous one."""
    out: list[tuple[int, int]] = []
    stack: tuple[str, ...] = ()
    for start, end in spans:
        k = start
        while out and stack and k < end and par[k] in _CLOSERS_FOR_OPENER[stack[-1]]:
            after = par[k + 1] if k + 1 < len(par) else " "
            glued = k > 0 and par[k - 1] in ".!?\u2026"  # 'Erfolg."Damit': closes
            if not (glued or after.isspace() or after in QUOTE_CHARS or after in ".,;:!?)"):
                break  # followed by a letter: an opening quote of a new quotation
            stack = stack[:-1]
            k += 1
        if k > start:
            out[-1] = (out[-1][0], k)
            start = k
        if start < end:
            _, stack = scan_quotes(par[start:end], stack)
            out.append((start, end))
    return out


def _split_paragraph(par: str, language: str) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    for cs, ce in _safe_chunks(par):
        chunk = par[cs:ce]
        inner = chunk.rstrip()
        if _INTERNAL_TERMINATOR_RE.search(inner, 0, max(0, len(inner) - 1)) is None:
            pieces.append((cs, ce))
            continue
        for s, e in _pysbd_spans(chunk, language):
            pieces.append((cs + s, cs + e))
    stripped = [_strip_span(par, s, e) for s, e in pieces]
    stripped = [(s, e) for s, e in stripped if e > s]
    stripped = _fix_closing_quotes(par, stripped)
    stripped = [_strip_span(par, s, e) for s, e in _split_platform_x(par, stripped)]
    merged: list[tuple[int, int]] = []
    for s, e in stripped:
        if e <= s:
            continue
        if merged and _needs_join(
            par[max(merged[-1][0], merged[-1][1] - JOIN_LOOKBACK) : merged[-1][1]],
            par[s : min(e, s + JOIN_LOOKBACK)],
        ):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    # after the joins: no full stop marks their ends
    return _split_glued_headlines(par, _split_glued_byline(par, merged), language)


def split_sentences(text: str, language: str) -> list[Sentence]:
    """Split ``text`` into sentences whose ``text`` is exactly ``text[start:end]``."""
    lang = (language or "en").lower()[:2]
    sentences: list[Sentence] = []
    paragraph = 0
    for pm in _PARAGRAPH_RE.finditer(text):
        ps, pe = _strip_span(text, pm.start(), pm.end())
        if pe <= ps:
            continue
        par = text[ps:pe]
        for s, e in _split_paragraph(par, lang):
            for ws, we in _windows(par[s:e], MAX_SENTENCE_CHARS):
                ws, we = _strip_span(par, s + ws, s + we)
                if we > ws:
                    sentences.append(
                        Sentence(par[ws:we], ps + ws, ps + we, len(sentences), paragraph)
                    )
        paragraph += 1
    return sentences
