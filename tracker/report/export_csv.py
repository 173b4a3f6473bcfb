"""`tracker export --format csv`: one row per figure, with its claim, provenance and
the claim's current verdicts in flat columns, for spreadsheets."""

from __future__ import annotations

import csv
import datetime as dt
from typing import IO, Any

from sqlalchemy.orm import Session

from tracker.query.dataset import Dataset, Selection, load
from tracker.report.values import iso, plain

COLUMNS = [
    "figure_id",
    "value",
    "unit",
    "approx",
    "raw_text",
    "figure_negated",
    "previous",
    "rank",
    "rank_reason",
    "fact_id",
    "fact_label",
    "figure_span_start",
    "figure_span_end",
    "claim_id",
    "claim_text",
    "claim_negated",
    "stated_at",
    "claimant",
    "claimant_kind",
    "claimant_text",
    "attribution",
    "via",
    "source",
    "article_id",
    "article_url",
    "article_title",
    "article_author",
    "published_at",
    "language",
    "article_sha256",
    "article_version",
    "claim_span_start",
    "claim_span_end",
    "recorded_at",
    "rating",
    "rating_value",
    "reviewer",
    "review_url",
    "reviewed_at",
]
# The claim's current verdicts (one per reviewer), joined with "; " when several.
VERDICT_COLUMNS = ("rating", "rating_value", "reviewer", "review_url", "reviewed_at")


def export_csv(session: Session, selection: Selection, out: IO[str]) -> int:
    """Write the rows; returns how many figures were written."""
    data = load(session, selection)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for row in figure_rows(data):
        writer.writerow([_cell(row[c]) for c in COLUMNS])
        count += 1
    return count


def figure_rows(data: Dataset) -> list[dict[str, Any]]:
    rows = []
    for claim_id in data.selected:
        claim = data.claims[claim_id]
        article = data.articles[claim["article_id"]]
        claimant = data.claimants.get(claim["claimant_id"])
        verdicts = verdict_cells(data.verdicts.get(claim_id, []))
        for figure in data.figures.get(claim_id, []):
            fact = data.facts.get(figure["fact_id"])
            rows.append(
                {
                    "figure_id": figure["id"],
                    "value": figure["value"],
                    "unit": figure["unit"],
                    "approx": figure["approx"],
                    "raw_text": figure["raw_text"],
                    "figure_negated": figure["negated"],
                    "previous": figure["previous"],
                    "rank": figure["rank"],
                    "rank_reason": figure["rank_reason"],
                    "fact_id": figure["fact_id"],
                    "fact_label": fact["label"] if fact else None,
                    "figure_span_start": figure["span_start"],
                    "figure_span_end": figure["span_end"],
                    "claim_id": claim_id,
                    "claim_text": claim["text"],
                    "claim_negated": claim["negated"],
                    "stated_at": data.claim_time(claim_id),
                    "claimant": data.claimant_label(claim_id),
                    "claimant_kind": claimant["kind"] if claimant else None,
                    "claimant_text": claim["claimant_text"],
                    "attribution": claim["attribution"],
                    "via": claim["via_text"],
                    "source": data.source_name(article["id"]),
                    "article_id": article["id"],
                    "article_url": article["url"],
                    "article_title": article["title"],
                    "article_author": article["author"],
                    "published_at": article["published_at"],
                    "language": claim["language"],
                    "article_sha256": article["sha256"],
                    "article_version": article["version"],
                    "claim_span_start": claim["span_start"],
                    "claim_span_end": claim["span_end"],
                    "recorded_at": claim["recorded_at"],
                    **verdicts,
                }
            )
    return rows


def verdict_cells(verdicts: list[dict[str, Any]]) -> dict[str, Any]:
    current = [v for v in verdicts if v["latest"]]
    if len(current) == 1:
        return {name: current[0][name] for name in VERDICT_COLUMNS}
    return {
        name: "; ".join(str(_cell(v[name])) for v in current) or None for name in VERDICT_COLUMNS
    }


def _cell(value: Any) -> Any:
    """Spreadsheet-friendly: empty for missing, true/false, ISO UTC times."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return iso(value)
    return plain(value)
