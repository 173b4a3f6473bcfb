"""The optional semantic signal, with a stand-in model (the real one is an extra)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tracker.db import open_database
from tracker.match import semantic
from tracker.store import vectors
from tracker.store.retrieval import Retriever


class ToyModel:
    """Vectors from a few topic words: enough to tell the test claims apart."""

    name = "toy"
    topics = ("school", "guantanamo", "flood", "budget")

    def _vector(self, text: str) -> np.ndarray:
        lowered = text.lower()
        vector = np.array([1.0 if t in lowered else 0.0 for t in self.topics] + [0.1])
        return vector / np.linalg.norm(vector)

    def passages(self, texts):  # type: ignore[no-untyped-def]
        return np.vstack([self._vector(t) for t in texts])

    def query(self, text: str) -> np.ndarray:
        return self._vector(text)


def test_embed_and_rerank(
    cli, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(r)
            for r in [
                {
                    "id": "a",
                    "text": "The council approved 40 new school buses.",
                    "title": "School buses",
                },
                {
                    "id": "b",
                    "text": "The council approved 40 new flood barriers.",
                    "title": "Flood barriers",
                },
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    assert cli("ingest", "--as-claims", str(path)).exit_code == 0
    model = ToyModel()
    monkeypatch.setattr(semantic, "load_model", lambda: model)
    result = cli("embed")
    assert result.exit_code == 0 and result.stdout == "2 claims embedded with toy\n"
    assert cli("embed").stdout == "0 claims embedded with toy\n"  # only new claims
    db = open_database(db_url)
    with db.reader() as session:
        assert vectors.count_vectors(session, "toy") == 2
        found = Retriever(session, semantic=True).search("council approved 40 new flood barriers")
        assert found[0].external_id == "b" and "semantic" in found[0].components
        # the passage of a collection's record includes its headline
        similarities = vectors.ClaimVectors(session, model).similarities("school", [1, 2])
        assert similarities[1] > similarities[2]
    db.dispose()


def test_semantic_requested_without_model(
    cli, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(semantic, "load_model", lambda: None)
    result = cli("embed")
    assert result.exit_code == 1
    assert "pip install 'tracker[semantic]'" in result.output
