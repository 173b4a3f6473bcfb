"""Claimant entities in the database: one row per real-world claimant, every spelling an alias.

Resolution compares a new name only with the aliases that share a surname block
key (see :mod:`tracker.extract.names`), so it costs a few rows, not a scan. A name
that fits two different claimants equally well ("Vogt" when Petra and Peter Vogt
are both known) is not guessed: it becomes a claimant of its own.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from tracker.db import dialects
from tracker.db.base import utcnow
from tracker.db.models import Claimant, ClaimantAlias
from tracker.extract import names
from tracker.lexicon import fold_name

NAME_LENGTH = 300


def claimant_key(name: str) -> str:
    """What makes two claimant names the same name: folded (case, ß, umlauts, marks,
    punctuation), at most as long as the column."""
    return (fold_name(name) or name.strip().casefold())[:NAME_LENGTH]


# Built once: a batch resolves its names one by one.
_ALIASES = (
    select(Claimant.id, Claimant.name, Claimant.kind, ClaimantAlias.alias)
    .join(ClaimantAlias, ClaimantAlias.claimant_id == Claimant.id)
    .where(ClaimantAlias.block_key.in_(bindparam("keys", expanding=True)))
)


class ClaimantDirectory:
    """Find-or-create claimants for one session (one article's transaction)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def resolve(self, name: str, kind: str = "unknown", aliases: tuple[str, ...] = ()) -> int:
        """The id of the claimant ``name`` denotes, created when nobody known fits.

        ``aliases`` are other spellings the caller knows for the same claimant (a
        surname used alone, a spelling in the title); they are remembered.
        """
        resolver = names.ClaimantResolver()
        rows = self.session.execute(_ALIASES, {"keys": sorted(names.block_keys(name))}).all()
        for claimant_id, canonical, known_kind, alias in rows:
            resolver.add(claimant_id, canonical, [alias], kind=known_kind)
        match = resolver.resolve(name, kind if kind != "unknown" else None)
        if match is not None:
            claimant_id = int(match.key)  # type: ignore[call-overload]
            self._remember(claimant_id, (name, *aliases))
            return claimant_id
        # One claimant per folded name, also when another process makes it meanwhile.
        claimant_id = dialects.insert_or_get_id(
            self.session.connection(),
            Claimant.__table__,  # type: ignore[arg-type]
            {
                "name": name[:NAME_LENGTH],
                "name_key": claimant_key(name),
                "kind": kind,
                "created_at": utcnow(),
            },
            ["name_key"],
        )
        self._remember(claimant_id, (name, *aliases))
        return claimant_id

    def _remember(self, claimant_id: int, spellings: tuple[str, ...]) -> None:
        rows = [
            {
                "claimant_id": claimant_id,
                "alias": spelling[:NAME_LENGTH],
                "key": fold_name(spelling)[:NAME_LENGTH],
                "block_key": block[:100],
            }
            for spelling in dict.fromkeys(s for s in spellings if s and s.strip())
            for block in sorted(names.block_keys(spelling))
        ]
        dialects.upsert(
            self.session.connection(),
            ClaimantAlias.__table__,  # type: ignore[arg-type]
            rows,
            index_elements=["claimant_id", "key", "block_key"],
        )
