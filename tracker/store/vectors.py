"""Claim embeddings in the database (``claim_vectors``): stored after ingest, read back
as a re-ranking signal of ``tracker match``. The model and the encoding of a vector are
in :mod:`tracker.match.semantic`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from tracker.db import dialects
from tracker.db.models import Claim, ClaimVector
from tracker.match import semantic
from tracker.match.semantic import (
    MODEL_NAME,
    EmbeddingModel,
    pack_vector,
    passage_text,
    unpack_vector,
)
from tracker.store.index import CLAIM_TEXTS

_VECTORS = select(ClaimVector.claim_id, ClaimVector.vector).where(
    ClaimVector.model == bindparam("model"),
    ClaimVector.claim_id.in_(bindparam("ids", expanding=True)),
)


class ClaimVectors:
    """Claim vectors in the database, and similarities to a query."""

    def __init__(self, session: Session, model: EmbeddingModel | None = None) -> None:
        self.session = session
        self._model = model
        self._checked = False

    @property
    def model(self) -> EmbeddingModel | None:
        if self._model is None and not self._checked:
            self._checked = True
            self._model = semantic.load_model()
        return self._model

    def usable(self) -> bool:
        if self.model is None:
            return False
        found = self.session.scalar(
            select(ClaimVector.claim_id).where(ClaimVector.model == self.model.name).limit(1)
        )
        return found is not None

    def similarities(self, text: str, claim_ids: Sequence[int]) -> dict[int, float]:
        model = self.model
        if model is None or not claim_ids:
            return {}
        rows = self.session.connection().execute(
            _VECTORS, {"model": model.name, "ids": list(claim_ids)}
        )
        vectors = {claim_id: unpack_vector(blob) for claim_id, blob in rows}
        if not vectors:
            return {}
        query = model.query(text)
        return {claim_id: float(vector @ query) for claim_id, vector in vectors.items()}


def _missing(model_name: str, from_article: int | None) -> Any:
    """Claims without a vector of the model (of articles ``from_article`` on)."""
    have = select(ClaimVector.claim_id).where(ClaimVector.model == model_name)
    condition: Any = Claim.id.not_in(have)
    if from_article is not None:
        condition = condition & (Claim.article_id >= from_article)
    return condition


def count_missing(session: Session, model_name: str, from_article: int | None = None) -> int:
    """How many claims :func:`embed_missing` would embed."""
    return (
        session.scalar(
            select(func.count()).select_from(Claim).where(_missing(model_name, from_article))
        )
        or 0
    )


def embed_missing(
    session_factory: Callable[[], Any],
    model: EmbeddingModel,
    *,
    batch: int = 256,
    on_batch: Callable[[int], None] | None = None,
    from_article: int | None = None,
) -> int:
    """Store vectors for every claim that has none for ``model`` (of the articles
    ``from_article`` on, when given: what an ingest run just stored), ``batch``
    claims per model call and transaction; returns how many."""
    done = 0
    while True:
        with session_factory() as session:
            rows = session.execute(
                CLAIM_TEXTS.where(_missing(model.name, from_article)).limit(batch)
            ).all()
            if not rows:
                return done
            vectors = model.passages([passage_text(r) for r in rows])
            dialects.upsert(
                session.connection(),
                ClaimVector.__table__,  # type: ignore[arg-type]
                [
                    {"claim_id": claim_id, "model": model.name, "vector": pack_vector(vector)}
                    for (claim_id, *_), vector in zip(rows, vectors, strict=True)
                ],
                index_elements=["claim_id", "model"],
            )
        done += len(rows)
        if on_batch:
            on_batch(len(rows))


def count_vectors(session: Session, model_name: str = MODEL_NAME) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(ClaimVector).where(ClaimVector.model == model_name)
        )
        or 0
    )
