"""Bytes to text: byte-order marks, UTF-8, a guessed legacy encoding, and refusals."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

from tracker.errors import ReadError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program (ELF binary)"),
)

# Control characters that do not occur in text (everything below 0x20 except
# tab, newline, carriage return and form feed).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode_bytes(data: bytes, origin: str) -> Decoded:
    """Decode file contents, or raise :class:`ReadError` naming ``origin``.

    UTF-8 and UTF-8/16/32 with a byte-order mark are read as they are. Bytes that
    are not UTF-8 are decoded as Windows-1252 (the usual legacy encoding of German
    and English text) with a warning that the encoding was guessed. Empty files and
    binary files are refused.
    """
    if not data.strip():
        raise ReadError(origin, "empty file: nothing to ingest")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise ReadError(
                    origin,
                    f"starts with a {encoding} byte-order mark but is not {encoding}: "
                    f"{error.reason}",
                ) from None
            return _checked(Decoded(text, encoding), origin)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ReadError(origin, f"binary file ({what}), not text: refused")
    if b"\x00" in data[:8192]:
        raise ReadError(origin, "binary file (contains NUL bytes), not text: refused")
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"), origin)
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    decoded = Decoded(
        text,
        "cp1252",
        [f"{origin}: not UTF-8; decoded as Windows-1252 (a guess): check umlauts and quotes"],
    )
    return _checked(decoded, origin)


def _checked(decoded: Decoded, origin: str) -> Decoded:
    text = decoded.text
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise ReadError(origin, "binary file (control characters), not text: refused")
    if not text.strip():
        raise ReadError(origin, "empty file: nothing to ingest")
    return decoded


def clean_text(text: str) -> str:
    """NFC, ``\n`` line endings, no outer whitespace: the stored text is this, and
    claim spans and the content hash refer to it."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()
