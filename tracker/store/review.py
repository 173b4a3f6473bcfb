"""People's decisions about relations: confirm or reject, kept as events.

A decision changes the relation's status, records a :class:`Decision` row (with
the status it replaced, so "as of" queries can answer for any date), and moves the
figure between facts where the decision implies it. Re-matching never overrides a
decision.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.db.base import utcnow
from tracker.db.models import Decision, Fact, Figure, Relation
from tracker.errors import NotFound, TrackerError
from tracker.store import facts as fact_store

ACTIONS = {"confirm": "confirmed", "reject": "rejected"}


def decide(
    session: Session, relation_id: int, action: str, actor: str, note: str | None = None
) -> Relation:
    relation = session.get(Relation, relation_id)
    if relation is None:
        raise NotFound(f"no relation with id {relation_id}: see `tracker relations`")
    if action not in ACTIONS:
        raise TrackerError(f"unknown decision {action!r}: use confirm or reject")
    previous = relation.status
    relation.status = ACTIONS[action]
    session.add(
        Decision(
            created_at=utcnow(),
            actor=actor,
            action=action,
            relation_id=relation.id,
            figure_id=relation.newer_figure_id,
            fact_id=relation.fact_id,
            previous_status=previous,
            note=note,
        )
    )
    touched = {relation.fact_id} if relation.fact_id else set()
    figure = session.get(Figure, relation.newer_figure_id) if relation.newer_figure_id else None
    now = utcnow()
    left: set[int] = set()
    if figure is not None and relation.fact_id is not None:
        if action == "confirm" and figure.fact_id != relation.fact_id:
            # A confirmed suggestion: the figure joins the fact it was suggested for.
            if figure.fact_id:
                left.add(figure.fact_id)
            session.flush()
            fact_store.place(session, [(figure.id, relation.fact_id, "confirmed", None)], None, now)
            session.refresh(figure)
        elif action == "reject" and figure.fact_id == relation.fact_id:
            session.flush()
            still_linked = session.scalar(
                select(Relation.id).where(
                    Relation.newer_figure_id == figure.id,
                    Relation.fact_id == relation.fact_id,
                    Relation.status != "rejected",
                    Relation.alive(),
                )
            )
            if still_linked is None:
                # Nothing else ties the figure to this fact: it stands on its own.
                old = session.get(Fact, relation.fact_id)
                fact = Fact(
                    label=old.label if old else "", key=old.key if old else None, unit=figure.unit
                )
                session.add(fact)
                session.flush()
                fact_store.place(session, [(figure.id, fact.id, "rejected_link", None)], None, now)
                session.refresh(figure)
                touched.add(fact.id)
    session.flush()
    emptied = fact_store.mark_emptied(session, left, now)
    fact_store.refresh(session, {t for t in touched | left if t and t not in emptied})
    return relation


def decide_all(
    session: Session, relation_ids: Iterable[int], action: str, actor: str, note: str | None = None
) -> list[Relation]:
    """:func:`decide` for every relation, or for none: :class:`NotFound` names every id that
    does not exist before anything is decided."""
    wanted = list(dict.fromkeys(relation_ids))
    known = set(session.scalars(select(Relation.id).where(Relation.id.in_(wanted))))
    missing = [str(i) for i in wanted if i not in known]
    if missing:
        raise NotFound(
            f"no relation with id {', '.join(missing)}: see `tracker relations`; "
            "nothing was decided"
        )
    return [decide(session, i, action, actor, note) for i in wanted]
