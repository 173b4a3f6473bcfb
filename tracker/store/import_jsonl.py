"""`tracker import`: a `tracker export --format jsonl` file back into a database.

Nothing is extracted or matched again: sources, articles (with their text),
claimants and their aliases, claims, fact-checkers' verdicts, figures, facts,
relations and people's decisions are recreated as they were, with their recorded times, in one
transaction, written with SQLAlchemy Core in bulk. The claims are added to the
claim index, so later ingests match against them.

Rows are found by their stable references (see :mod:`tracker.report.jsonl_format`), so importing
into a database that already has some of them adds only what is missing, and
importing the same file twice changes nothing the second time. Facts and
claimants the database already knows (through a claim or figure it already has)
are reused; a fact that gains figures is refreshed.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

import tracker
from tracker.db import dialects
from tracker.db.base import utcnow
from tracker.db.models import MatcherSettingsRecord
from tracker.extract import names
from tracker.lexicon import fold_name
from tracker.match.index import claim_index_terms
from tracker.query.dataset import Ref, article_ref, ref_key, rows_in, span_ref, table
from tracker.report.jsonl_format import (
    ExportFile,
    ImportFormatError,
    Line,
    article_part,
    row_values,
)
from tracker.report.values import parse_iso
from tracker.store import facts as fact_store
from tracker.store.claimants import claimant_key
from tracker.store.index import ClaimIndex, index_claim_ids
from tracker.store.ingest import identity_key
from tracker.store.verdicts import VERDICT_FIELDS, verdict_key

Key = tuple[Any, ...]
KINDS = (
    "articles",
    "claimants",
    "claims",
    "verdicts",
    "figures",
    "facts",
    "relations",
    "decisions",
)


@dataclass
class ImportSummary:
    origin: str
    new: Counter[str] = field(default_factory=Counter)
    existing: Counter[str] = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)
    run_id: int | None = None

    def line(self) -> str:
        parts = [
            f"{self.new[kind]} {kind}"
            + (f" ({self.existing[kind]} already there)" if self.existing[kind] else "")
            for kind in KINDS
            if self.new[kind] or self.existing[kind]
        ]
        text = f"imported {self.origin}: " + (", ".join(parts) or "nothing")
        if self.skipped:
            text += f"; {len(self.skipped)} relations skipped"
        return text


def import_document(session: Session, document: ExportFile) -> ImportSummary:
    """Write ``document`` into the session's database (the caller commits)."""
    return Importer(session, document).run()


class Importer:
    def __init__(self, session: Session, document: ExportFile) -> None:
        self.session = session
        self.conn = session.connection()
        self.doc = document
        self.summary = ImportSummary(document.origin)
        self.source_ids: dict[str, int] = {}
        self.article_ids: dict[Key, int] = {}  # article reference -> id
        self.article_keys: dict[int, Key] = {}
        self.article_refs: dict[int, Ref] = {}
        self.claim_ids: dict[Key, int] = {}  # claim reference -> id
        self.claim_claimants: dict[int, int | None] = {}  # claims that were there before
        self.figure_ids: dict[Key, int] = {}  # figure reference -> id
        self.figure_facts: dict[int, int | None] = {}  # figures that were there before
        self.fact_ids: dict[Key, int] = {}  # fact reference -> id
        self.fact_lines: dict[Key, Line] = {}
        self.new_facts: set[int] = set()
        self.touched_facts: set[int] = set()
        self.new_claims: dict[int, dict[str, Any]] = {}  # id -> its line
        self.imported_articles: set[int] = set()

    def import_matcher_settings(self) -> None:
        """The matcher versions the file's links were made with, unless known already."""
        for item in self.doc.header.get("matcher_settings") or []:
            version = str(item["version"])
            if self.session.get(MatcherSettingsRecord, version) is not None:
                continue
            created = parse_iso(item["created_at"]) if item.get("created_at") else None
            record = MatcherSettingsRecord(
                version=version, settings=json.dumps(item["settings"], sort_keys=True)
            )
            if created is not None:
                record.created_at = created
            self.session.add(record)
        self.session.flush()

    def run(self) -> ImportSummary:
        self.import_matcher_settings()
        self.import_sources()
        self.import_articles()
        self.load_existing_claims()
        claimants = self.import_claimants()
        self.import_claims(claimants)
        self.import_verdicts()
        self.fact_lines = {ref_key(line.data["ref"]): line for line in self.doc.facts}
        self.map_known_facts()
        self.import_figures()
        self.finish_facts()
        self.import_relations()
        self.index_claims()
        return self.summary

    # -- helpers ------------------------------------------------------------------

    def insert(self, name: str, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Insert rows in bulk; their new ids in the same order. Rows are grouped by
        the columns they set, so a file from an older schema still imports."""
        target: Table = table(name)
        ids: list[int] = [0] * len(rows)
        groups: dict[frozenset[str], list[int]] = defaultdict(list)
        for index, row in enumerate(rows):
            groups[frozenset(row)].append(index)
        for indexes in groups.values():
            found = self.conn.execute(
                insert(target).returning(target.c.id, sort_by_parameter_order=True),
                [rows[i] for i in indexes],
            ).scalars()
            for index, new_id in zip(indexes, found, strict=True):
                ids[index] = new_id
        return ids

    def fail(self, line: Line, problem: str) -> ImportFormatError:
        return ImportFormatError(f"{self.doc.origin}:{line.number}: {problem}")

    # -- sources and articles -----------------------------------------------------

    def import_sources(self) -> None:
        lines = {line.data["name"]: line.data for line in self.doc.sources}
        wanted = set(lines)
        wanted |= {a.data["source"] for a in self.doc.articles if a.data.get("source")}
        wanted |= {
            c.data["via"]["source"]
            for c in self.doc.claims
            if c.data.get("via") and c.data["via"].get("source")
        }
        sources = table("sources")
        for chunk in _chunks(sorted(wanted)):
            for source_id, name in self.conn.execute(
                select(sources.c.id, sources.c.name).where(sources.c.name.in_(chunk))
            ):
                self.source_ids[name] = source_id
        missing = sorted(wanted - set(self.source_ids))
        rows = [row_values("sources", lines.get(name, {})) | {"name": name} for name in missing]
        for name, new_id in zip(missing, self.insert("sources", rows), strict=True):
            self.source_ids[name] = new_id

    def import_articles(self) -> None:
        referenced = [a.data["ref"] for a in self.doc.articles]
        referenced += [article_part(ref) for ref in self._outside_refs()]
        self._find_articles(referenced)
        new_lines: list[Line] = []
        seen: set[Key] = set()
        for line in self.doc.articles:
            key = ref_key(line.data["ref"])
            if key in self.article_ids or key in seen:
                self.summary.existing["articles"] += 1
                continue
            seen.add(key)
            new_lines.append(line)
        if not new_lines:
            return
        run_id = self._start_run(len(new_lines))
        rows = []
        for line in new_lines:
            data = line.data
            row = row_values("articles", data)
            row["source_id"] = self.source_ids.get(data["source"]) if data.get("source") else None
            row["ingest_run_id"] = run_id
            if not row.get("identity_key"):  # a file from before identity keys
                row["identity_key"] = identity_key(url=row.get("url"), sha256=row["sha256"])
            rows.append(row)
        self._place_versions(new_lines, rows)
        for line, new_id in zip(new_lines, self.insert("articles", rows), strict=True):
            key = ref_key(line.data["ref"])
            self.article_ids[key] = new_id
            self.article_keys[new_id] = key
            self.article_refs[new_id] = line.data["ref"]
            self.imported_articles.add(new_id)
        self.summary.new["articles"] += len(new_lines)
        self._link_articles(new_lines)

    def _outside_refs(self) -> list[Ref]:
        """References in the file to claims or figures, wherever they are."""
        refs: list[Ref] = []
        for line in self.doc.facts:
            refs.append(line.data["ref"])
            current = line.data.get("current_figure") or {}
            if current.get("ref"):
                refs.append(current["ref"])
        for line in self.doc.claims:
            claimant = line.data.get("claimant") or {}
            if claimant.get("ref"):
                refs.append(claimant["ref"])
            for relation in line.data.get("relations") or []:
                refs.append(relation["older_claim"]["ref"])
                older = relation.get("older_figure") or {}
                if older.get("ref"):
                    refs.append(older["ref"])
        for line in self.doc.articles:
            for link in ("previous_version", "syndicated_from"):
                target = line.data.get(link) or {}
                if target.get("ref"):
                    refs.append(target["ref"])
        return refs

    def _find_articles(self, refs: Iterable[Ref]) -> None:
        """Map references to articles the database already has."""
        articles, sources = table("articles"), table("sources")
        wanted = {ref_key(article_part(r)): article_part(r) for r in refs}
        urls = sorted({r["url"] for r in wanted.values() if r.get("url")})
        hashes = sorted({r["sha256"] for r in wanted.values() if not r.get("url")})
        stmt = select(
            articles.c.id,
            articles.c.url,
            articles.c.sha256,
            articles.c.external_id,
            sources.c.name.label("source"),
        ).outerjoin(sources, sources.c.id == articles.c.source_id)
        rows: list[Any] = []
        for chunk in _chunks(urls):
            rows += self.conn.execute(stmt.where(articles.c.url.in_(chunk))).mappings().all()
        for chunk in _chunks(hashes):
            rows += (
                self.conn.execute(
                    stmt.where(articles.c.url.is_(None), articles.c.sha256.in_(chunk))
                )
                .mappings()
                .all()
            )
        for row in rows:
            ref = article_ref(dict(row), row["source"])
            key = ref_key(ref)
            if key in wanted:
                self.article_ids.setdefault(key, row["id"])
                self.article_keys[row["id"]] = key
                self.article_refs[row["id"]] = ref

    def _place_versions(self, lines: list[Line], rows: list[dict[str, Any]]) -> None:
        """A new text under a URL the database has, with no earlier version in the file,
        becomes the next version of that URL."""
        articles = table("articles")
        in_file = {ref_key(line.data["ref"]) for line in lines}
        for line, row in zip(lines, rows, strict=True):
            url = line.data.get("url")
            previous = (line.data.get("previous_version") or {}).get("ref")
            if not url or (previous and ref_key(previous) in in_file | set(self.article_ids)):
                continue
            latest = self.conn.execute(
                select(articles.c.id, articles.c.version)
                .where(articles.c.url == url)
                .order_by(articles.c.version.desc())
                .limit(1)
            ).first()
            if latest is not None:
                row["version"] = latest.version + 1
                row["previous_version_id"] = latest.id

    def _link_articles(self, lines: list[Line]) -> None:
        updates = []
        for line in lines:
            values: dict[str, Any] = {}
            for link, column in (
                ("previous_version", "previous_version_id"),
                ("syndicated_from", "syndicated_from_id"),
            ):
                target = (line.data.get(link) or {}).get("ref")
                if target and ref_key(target) in self.article_ids:
                    values[column] = self.article_ids[ref_key(target)]
            if values:
                updates.append(
                    {
                        "b_id": self.article_ids[ref_key(line.data["ref"])],
                        "b_previous": values.get("previous_version_id"),
                        "b_syndicated": values.get("syndicated_from_id"),
                    }
                )
        if updates:
            articles = table("articles")
            self.conn.execute(
                update(articles)
                .where(articles.c.id == bindparam("b_id"))
                .values(
                    previous_version_id=bindparam("b_previous"),
                    syndicated_from_id=bindparam("b_syndicated"),
                ),
                updates,
            )

    def _start_run(self, new_articles: int) -> int:
        now = utcnow()
        run_id = self.insert(
            "ingest_runs",
            [
                {
                    "started_at": now,
                    "finished_at": now,
                    "tracker_version": tracker.__version__,
                    "command": "import",
                    "inputs": self.doc.origin,
                    "status": "done",
                    "new_count": new_articles,
                    "unchanged_count": len(self.doc.articles) - new_articles,
                    "version_count": 0,
                    "failed_count": 0,
                }
            ],
        )[0]
        self.summary.run_id = run_id
        return run_id

    # -- what the database had before ---------------------------------------------

    def load_existing_claims(self) -> None:
        claims, figures = table("claims"), table("figures")
        before = [i for i in self.article_keys if i not in self.imported_articles]
        claim_rows = rows_in(
            self.session,
            select(
                claims.c.id,
                claims.c.article_id,
                claims.c.span_start,
                claims.c.span_end,
                claims.c.claimant_id,
            ),
            claims.c.article_id,
            before,
        )
        article_of: dict[int, int] = {}
        for row in claim_rows:
            self.claim_ids[ref_key(span_ref(self.article_refs[row["article_id"]], row))] = row["id"]
            self.claim_claimants[row["id"]] = row["claimant_id"]
            article_of[row["id"]] = row["article_id"]
        for row in rows_in(
            self.session,
            select(
                figures.c.id,
                figures.c.claim_id,
                figures.c.span_start,
                figures.c.span_end,
                figures.c.fact_id,
            ),
            figures.c.claim_id,
            article_of,
        ):
            ref = span_ref(self.article_refs[article_of[row["claim_id"]]], row)
            self.figure_ids[ref_key(ref)] = row["id"]
            self.figure_facts[row["id"]] = row["fact_id"]

    # -- claimants and claims -------------------------------------------------------

    def import_claimants(self) -> dict[Key, int]:
        """Claimant of each file claimant reference: one the database knows through a
        claim it has, else the only one with that name and kind, else a new one."""
        found: dict[Key, int] = {}
        people: dict[Key, dict[str, Any]] = {}
        for line in self.doc.claims:
            claimant = line.data.get("claimant")
            if not claimant:
                continue
            key = _claimant_key(claimant)
            people.setdefault(key, claimant)
            known = self._claimant_of(line.data["ref"])
            if key not in found and known is not None:
                found[key] = known
        for key, claimant in people.items():
            anchor = self._claimant_of(claimant["ref"]) if claimant.get("ref") else None
            if anchor is not None:
                found[key] = anchor
        claimants = table("claimants")
        unresolved = [k for k in people if k not in found]
        # one claimant per folded name (claimants.name_key is unique)
        by_name: dict[str, int] = {}
        for chunk in _chunks(sorted({claimant_key(people[k]["name"]) for k in unresolved})):
            for row in self.conn.execute(
                select(claimants.c.id, claimants.c.name_key).where(claimants.c.name_key.in_(chunk))
            ):
                by_name[row.name_key] = row.id
        new_keys = []
        made: dict[str, Key] = {}
        for key in unresolved:
            name_key = claimant_key(people[key]["name"])
            if name_key in by_name:
                found[key] = by_name[name_key]
            elif name_key in made:
                continue  # the same name twice in the file: one new claimant
            else:
                made[name_key] = key
                new_keys.append(key)
        self.summary.existing["claimants"] += len(people) - len(new_keys)
        rows = [
            row_values("claimants", people[k]) | {"name_key": claimant_key(people[k]["name"])}
            for k in new_keys
        ]
        for key, new_id in zip(new_keys, self.insert("claimants", rows), strict=True):
            found[key] = new_id
        for key in unresolved:
            if key not in found:
                found[key] = found[made[claimant_key(people[key]["name"])]]
        self.summary.new["claimants"] += len(new_keys)
        self._remember_aliases({found[k]: people[k].get("aliases") or [] for k in people})
        return found

    def _claimant_of(self, claim: Ref) -> int | None:
        """The claimant of a claim the database had before this import."""
        claim_id = self.claim_ids.get(ref_key(claim))
        return self.claim_claimants.get(claim_id) if claim_id is not None else None

    def _remember_aliases(self, spellings: dict[int, list[str]]) -> None:
        rows = [
            {
                "claimant_id": claimant_id,
                "alias": alias,
                "key": fold_name(alias),
                "block_key": block,
            }
            for claimant_id, aliases in sorted(spellings.items())
            for alias in aliases
            if alias and alias.strip()
            for block in sorted(names.block_keys(alias))
        ]
        for start in range(0, len(rows), 500):
            dialects.upsert(
                self.conn,
                table("claimant_aliases"),
                rows[start : start + 500],
                index_elements=["claimant_id", "key", "block_key"],
            )

    def import_claims(self, claimants: dict[Key, int]) -> None:
        new_lines: list[Line] = []
        rows = []
        for line in self.doc.claims:
            data = line.data
            key = ref_key(data["ref"])
            if key in self.claim_ids:
                self.summary.existing["claims"] += 1
                continue
            article_id = self.article_ids.get(ref_key(article_part(data["ref"])))
            if article_id is None:
                raise self.fail(
                    line, "the claim's article is neither in the file nor in the database"
                )
            via = data.get("via") or {}
            row = row_values("claims", data)
            row |= {
                "article_id": article_id,
                "span_start": data["span"][0],
                "span_end": data["span"][1],
                "claimant_id": (
                    claimants[_claimant_key(data["claimant"])] if data.get("claimant") else None
                ),
                "via_text": via.get("text"),
                "via_source_id": self.source_ids.get(via["source"]) if via.get("source") else None,
            }
            self.claim_ids[key] = -1  # a placeholder until inserted: duplicates are skipped
            new_lines.append(line)
            rows.append(row)
        for line, new_id in zip(new_lines, self.insert("claims", rows), strict=True):
            self.claim_ids[ref_key(line.data["ref"])] = new_id
            self.new_claims[new_id] = line.data
        self.summary.new["claims"] += len(new_lines)

    def import_verdicts(self) -> None:
        """Verdicts on the file's claims that the database does not have yet."""
        verdicts = table("verdicts")
        before = [
            self.claim_ids[ref_key(line.data["ref"])]
            for line in self.doc.claims
            if line.data.get("verdicts")
            and self.claim_ids[ref_key(line.data["ref"])] not in self.new_claims
        ]
        known = {
            (row["claim_id"], verdict_key(row))
            for row in rows_in(
                self.session,
                select(verdicts.c.claim_id, *(verdicts.c[name] for name in VERDICT_FIELDS)),
                verdicts.c.claim_id,
                before,
            )
        }
        rows = []
        for line in self.doc.claims:
            claim_id = self.claim_ids[ref_key(line.data["ref"])]
            for verdict in line.data.get("verdicts") or []:
                values = row_values("verdicts", verdict)
                key = (claim_id, verdict_key(values))
                if key in known:
                    self.summary.existing["verdicts"] += 1
                    continue
                known.add(key)
                rows.append(values | {"claim_id": claim_id})
        self.insert("verdicts", rows)
        self.summary.new["verdicts"] += len(rows)

    # -- facts and figures ----------------------------------------------------------

    def map_known_facts(self) -> None:
        """A fact whose first figure the database already has is that figure's fact."""
        for key in self.fact_lines:
            figure_id = self.figure_ids.get(key)
            fact_id = self.figure_facts.get(figure_id) if figure_id is not None else None
            if fact_id is not None:
                self.fact_ids[key] = fact_id
                self.summary.existing["facts"] += 1

    def fact_id(self, link: dict[str, Any] | None, line: Line) -> int | None:
        """The database id of a fact link, creating the fact on first use."""
        if not link or link.get("ref") is None:
            return None
        key = ref_key(link["ref"])
        if key not in self.fact_ids:
            fact_line = self.fact_lines.get(key)
            if fact_line is None:
                raise self.fail(line, "a figure or relation names a fact without a fact line")
            new_id = self.insert("facts", [row_values("facts", fact_line.data)])[0]
            self.fact_ids[key] = new_id
            self.new_facts.add(new_id)
            self.summary.new["facts"] += 1
        return self.fact_ids[key]

    def import_figures(self) -> None:
        pending: list[tuple[Key, int | None]] = []
        pending_keys: set[Key] = set()
        rows = []
        for line in self.doc.claims:
            data = line.data
            claim_id = self.claim_ids[ref_key(data["ref"])]
            article = article_part(data["ref"])
            for figure in data.get("figures") or []:
                key = ref_key({**article, "span": figure["span"]})
                if key in self.figure_ids or key in pending_keys:
                    self.summary.existing["figures"] += 1
                    continue
                fact_id = self.fact_id(figure.get("fact"), line)
                row = row_values("figures", figure)
                row |= {
                    "claim_id": claim_id,
                    "span_start": figure["span"][0],
                    "span_end": figure["span"][1],
                    "fact_id": fact_id,
                }
                pending.append((key, fact_id))
                pending_keys.add(key)
                rows.append(row)
        memberships = []
        for (key, fact_id), new_id in zip(pending, self.insert("figures", rows), strict=True):
            self.figure_ids[key] = new_id
            if fact_id is not None:
                memberships.append(
                    {"figure_id": new_id, "fact_id": fact_id, "placement": "imported"}
                )
                if fact_id not in self.new_facts:
                    self.touched_facts.add(fact_id)
        if memberships:
            self.insert("fact_memberships", memberships)
        self.summary.new["figures"] += len(rows)

    def finish_facts(self) -> None:
        """New facts point at their current figure; facts that were there and gained
        figures are refreshed (current value, counts, ranks)."""
        facts = table("facts")
        updates = []
        for key, fact_id in self.fact_ids.items():
            if fact_id not in self.new_facts:
                continue
            current = (self.fact_lines[key].data.get("current_figure") or {}).get("ref")
            figure_id = self.figure_ids.get(ref_key(current)) if current else None
            updates.append({"b_id": fact_id, "b_figure": figure_id})
        if updates:
            self.conn.execute(
                update(facts)
                .where(facts.c.id == bindparam("b_id"))
                .values(current_figure_id=bindparam("b_figure")),
                updates,
            )
        if self.touched_facts:
            fact_store.refresh(self.session, self.touched_facts)

    # -- relations and decisions ------------------------------------------------------

    def import_relations(self) -> None:
        relations = table("relations")
        existing: set[Key] = set()
        before = [i for i in self.claim_ids.values() if i not in self.new_claims]
        for row in rows_in(
            self.session,
            select(
                relations.c.newer_claim_id,
                relations.c.older_claim_id,
                relations.c.kind,
                relations.c.newer_figure_id,
                relations.c.older_figure_id,
                relations.c.created_at,
                relations.c.superseded_at,
            ),
            relations.c.newer_claim_id,
            before,
        ):
            values = list(row.values())
            made, replaced = values[5], values[6]
            existing.add((*values[:5], made if replaced is not None else None))
        rows: list[dict[str, Any]] = []
        decisions: list[list[dict[str, Any]]] = []
        for line in self.doc.claims:
            data = line.data
            newer = self.claim_ids[ref_key(data["ref"])]
            article = article_part(data["ref"])
            for relation in data.get("relations") or []:
                older = self.claim_ids.get(ref_key(relation["older_claim"]["ref"]))
                if older is None:
                    self.summary.skipped.append(
                        f"{self.doc.origin}:{line.number}: a {relation['kind']} relation to a "
                        "claim that is neither in the file nor in the database"
                    )
                    continue
                newer_figure = self._figure(article, relation.get("newer_figure"))
                older_figure = self._figure(None, relation.get("older_figure"))
                # a replaced relation is a row of history, told apart by when it was made;
                # the one in force is the same whenever it was made
                made = None
                if relation.get("superseded_at") and relation.get("created_at"):
                    made = parse_iso(relation["created_at"])
                key = (newer, older, relation["kind"], newer_figure, older_figure, made)
                if key in existing:
                    self.summary.existing["relations"] += 1
                    continue
                existing.add(key)
                row = row_values("relations", relation)
                row |= {
                    "newer_claim_id": newer,
                    "older_claim_id": older,
                    "newer_figure_id": newer_figure,
                    "older_figure_id": older_figure,
                    "fact_id": self.fact_id(relation.get("fact"), line),
                    "components": json.dumps(relation.get("components") or {}),
                }
                rows.append(row)
                decisions.append(
                    [
                        row_values("decisions", d)
                        | {
                            "figure_id": self._figure(None, d.get("figure")),
                            "fact_id": self.fact_id(d.get("fact"), line),
                        }
                        for d in relation.get("decisions") or []
                    ]
                )
        new_ids = self.insert("relations", rows)
        self.summary.new["relations"] += len(rows)
        decision_rows = [
            d | {"relation_id": relation_id}
            for relation_id, made in zip(new_ids, decisions, strict=True)
            for d in made
        ]
        self.insert("decisions", decision_rows)
        self.summary.new["decisions"] += len(decision_rows)

    def _figure(self, article: Ref | None, link: dict[str, Any] | None) -> int | None:
        if not link:
            return None
        ref = link.get("ref") or ({**article, "span": link["span"]} if article else None)
        return self.figure_ids.get(ref_key(ref)) if ref else None

    def index_claims(self) -> None:
        """New claims join the claim index, as the matcher would have added them."""
        entries = []
        for claim_id, data in self.new_claims.items():
            figures = [(f.get("unit"), float(f["value"])) for f in data.get("figures") or []]
            entries.append(
                (claim_id, claim_index_terms((data.get("key_text") or "").split(), figures))
            )
        ClaimIndex(self.session).add(entries)
        index_claim_ids(self.session, list(self.new_claims))


def _claimant_key(claimant: dict[str, Any]) -> Key:
    if claimant.get("ref"):
        return ("ref", ref_key(claimant["ref"]))
    return ("name", claimant.get("name"), claimant.get("kind"), claimant.get("id"))


def _chunks(values: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
