"""A read-only ``str -> str`` dictionary in one file that opens in milliseconds.

The file holds a sorted list of (key, value) byte strings, cut into blocks of
``BLOCK`` entries. Each block's first key is stored whole in an index; the other
keys are front-coded against the key before them, and every value is stored as an
edit of its own key (drop ``trim`` bytes from the end, append a suffix), which is
how a lemma relates to its word form. Opening the file maps it into memory and
reads the index (one ``split`` and one array); a lookup bisects the index and
decodes at most one block. Nothing is decoded up front, so the cost does not grow
with the size of the dictionary, and worker processes share the mapped pages.

Layout (all integers are unsigned LEB128 varints unless said otherwise)::

    MAGIC
    header: one line of JSON (entries, block, blocks, firsts_bytes, stream_bytes, source)
    offsets: (blocks + 1) little-endian uint32, block starts relative to the stream
    firsts: the first key of every block, joined by b"\\n" (keys never contain it)
    stream: per entry [shared, suffix_len, suffix] (not for a block's first key),
            then [trim, value_suffix_len, value_suffix]
"""

from __future__ import annotations

import json
import mmap
import sys
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

MAGIC = b"TRACKER-PACKED-DICTIONARY 1\n"
BLOCK = 16


class PackedFileError(ValueError):
    """The file is not a packed dictionary this code can read."""


def _varint(number: int) -> bytes:
    out = bytearray()
    while True:
        low = number & 0x7F
        number >>= 7
        if number:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def _read_varint(data: Any, pos: int) -> tuple[int, int]:
    result = 0
    shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7


def _common_prefix(a: bytes, b: bytes) -> int:
    limit = min(len(a), len(b))
    n = 0
    while n < limit and a[n] == b[n]:
        n += 1
    return n


def write_packed(
    path: Path, items: Iterable[tuple[bytes, bytes]], source: Mapping[str, str]
) -> dict[str, Any]:
    """Write ``items`` (UTF-8 keys and values) to ``path``; returns the header.

    The output depends only on the items and ``source``: the same input gives the
    same bytes, so a rebuilt file can be compared with the shipped one.
    """
    entries = sorted(items)
    offsets: list[int] = []
    firsts: list[bytes] = []
    stream = bytearray()
    previous = b""
    for index, (key, value) in enumerate(entries):
        if not key or b"\n" in key:
            raise ValueError(f"cannot pack the key {key!r}")
        if index and key == previous:
            raise ValueError(f"duplicate key {key!r}")
        if index % BLOCK == 0:
            offsets.append(len(stream))
            firsts.append(key)
        else:
            shared = _common_prefix(previous, key)
            stream += _varint(shared) + _varint(len(key) - shared) + key[shared:]
        kept = _common_prefix(key, value)
        stream += _varint(len(key) - kept) + _varint(len(value) - kept) + value[kept:]
        previous = key
    offsets.append(len(stream))
    firsts_blob = b"\n".join(firsts)
    offset_array = array("I", offsets)
    if sys.byteorder == "big":
        offset_array.byteswap()
    header = {
        "entries": len(entries),
        "block": BLOCK,
        "blocks": len(firsts),
        "firsts_bytes": len(firsts_blob),
        "stream_bytes": len(stream),
        "source": dict(source),
    }
    with open(path, "wb") as handle:
        handle.write(MAGIC)
        handle.write(json.dumps(header, sort_keys=True).encode("utf-8") + b"\n")
        handle.write(offset_array.tobytes())
        handle.write(firsts_blob)
        handle.write(stream)
    return header


class PackedDictionary(Mapping[str, str]):
    """The mapping stored in a file written by :func:`write_packed`."""

    __slots__ = ("_base", "_data", "_firsts", "_offsets", "header", "path")

    def __init__(self, path: Path) -> None:
        self.path = path
        with open(path, "rb") as handle:
            try:
                data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            except ValueError:  # an empty file cannot be mapped
                raise PackedFileError(f"{path}: empty file") from None
        if data[: len(MAGIC)] != MAGIC:
            raise PackedFileError(f"{path}: not a packed dictionary")
        end = data.find(b"\n", len(MAGIC))
        try:
            header = json.loads(data[len(MAGIC) : end])
            blocks = int(header["blocks"])
            firsts_bytes = int(header["firsts_bytes"])
            stream_bytes = int(header["stream_bytes"])
        except (ValueError, KeyError, TypeError):
            raise PackedFileError(f"{path}: broken header") from None
        pos = end + 1
        offsets = array("I")
        offsets.frombytes(data[pos : pos + 4 * (blocks + 1)])
        if sys.byteorder == "big":
            offsets.byteswap()
        pos += 4 * (blocks + 1)
        firsts = data[pos : pos + firsts_bytes].split(b"\n") if blocks else []
        pos += firsts_bytes
        if len(firsts) != blocks or len(data) != pos + stream_bytes:
            raise PackedFileError(f"{path}: truncated or corrupt")
        self.header: dict[str, Any] = header
        self._data = data
        self._firsts = firsts
        self._offsets = offsets
        self._base = pos

    def get(self, key: str, default: Any = None) -> Any:
        target = key.encode()
        block = bisect_right(self._firsts, target) - 1
        if block < 0:
            return default
        data = self._data
        pos = self._base + self._offsets[block]
        end = self._base + self._offsets[block + 1]
        current = self._firsts[block]
        while True:
            if current == target:
                trim = data[pos]
                pos += 1
                if trim & 0x80:
                    trim, pos = _read_varint(data, pos - 1)
                size = data[pos]
                pos += 1
                if size & 0x80:
                    size, pos = _read_varint(data, pos - 1)
                return (current[: len(current) - trim] + data[pos : pos + size]).decode()
            if current > target:
                return default
            # Skip this value, then read the next key of the block.
            if data[pos] & 0x80:
                _, pos = _read_varint(data, pos)
            else:
                pos += 1
            size = data[pos]
            pos += 1
            if size & 0x80:
                size, pos = _read_varint(data, pos - 1)
            pos += size
            if pos >= end:
                return default
            shared = data[pos]
            pos += 1
            if shared & 0x80:
                shared, pos = _read_varint(data, pos - 1)
            size = data[pos]
            pos += 1
            if size & 0x80:
                size, pos = _read_varint(data, pos - 1)
            current = current[:shared] + data[pos : pos + size]
            pos += size

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return str(value)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __len__(self) -> int:
        return int(self.header["entries"])

    def __iter__(self) -> Iterator[str]:
        for key, _ in self.raw_items():
            yield key.decode()

    def raw_items(self) -> Iterator[tuple[bytes, bytes]]:
        """Every (key, value) as stored, in sorted order: a sequential decode."""
        data = self._data
        for block, first in enumerate(self._firsts):
            pos = self._base + self._offsets[block]
            end = self._base + self._offsets[block + 1]
            current = first
            while True:
                trim, pos = _read_varint(data, pos)
                size, pos = _read_varint(data, pos)
                yield current, current[: len(current) - trim] + data[pos : pos + size]
                pos += size
                if pos >= end:
                    break
                shared, pos = _read_varint(data, pos)
                size, pos = _read_varint(data, pos)
                current = current[:shared] + data[pos : pos + size]
                pos += size
