"""The user's decisions about wave matches, kept in the project (``Project.wave_matches``).

Each decision is one dict in ``project.wave_matches``::

    {"old": "My PDU has a culture which promotes openness and constructive challenge",
     "new": "The PDU has a culture that promotes openness and constructive challenge",
     "decision": "confirmed"}

``old`` is the question's text in the earlier wave, ``new`` its text in the later wave (compared with
``Project.key``: case and spacing ignored, so a decision survives re-importing and applies to every
pair of consecutive waves holding those texts). ``decision`` is one of

- ``"confirmed"``: a proposed (fuzzy) match the user accepted;
- ``"rejected"``: these two questions are not the same question; never pair them;
- ``"manual"``: the user paired these two questions by hand.

A question is in at most one confirmed or manual decision on each side: recording a new one removes
older ones sharing its old or its new text. Records the code cannot read are kept but ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.project import Project

CONFIRMED = "confirmed"
REJECTED = "rejected"
MANUAL = "manual"
DECISIONS = (CONFIRMED, REJECTED, MANUAL)

Pair = tuple[str, str]  # (old key, new key)


@dataclass(frozen=True)
class MatchDecisions:
    """Decisions read from the project, as pairs of question keys."""

    confirmed: frozenset[Pair] = frozenset()
    rejected: frozenset[Pair] = frozenset()
    manual: tuple[Pair, ...] = ()

    @classmethod
    def from_records(cls, records: list[dict] | tuple[dict, ...]) -> MatchDecisions:
        """Read ``project.wave_matches`` (unreadable records are skipped)."""
        found: dict[str, list[Pair]] = {d: [] for d in DECISIONS}
        for record in records:
            pair = _pair(record)
            if pair is not None:
                found[record["decision"]].append(pair)
        return cls(frozenset(found[CONFIRMED]), frozenset(found[REJECTED]), tuple(dict.fromkeys(found[MANUAL])))


NO_DECISIONS = MatchDecisions()


def _pair(record: object) -> Pair | None:
    if not isinstance(record, dict) or record.get("decision") not in DECISIONS:
        return None
    old, new = record.get("old"), record.get("new")
    if not isinstance(old, str) or not isinstance(new, str) or not old.strip() or not new.strip():
        return None
    return Project.key(old), Project.key(new)


def record_match_decision(project: Project, old_text: str, new_text: str, decision: str) -> dict:
    """Store a decision about the pair (old_text, new_text) in the project and return its record."""
    if decision not in DECISIONS:
        raise FeedbackError(f"unknown wave-match decision {decision!r} (use {', '.join(DECISIONS)})")
    if not old_text.strip() or not new_text.strip():
        raise FeedbackError("a wave match needs the question's text in both waves")
    pair = (Project.key(old_text), Project.key(new_text))
    kept = []
    for record in project.wave_matches:
        other = _pair(record)
        if other == pair:
            continue
        if other is not None and decision != REJECTED and record["decision"] != REJECTED and (
                other[0] == pair[0] or other[1] == pair[1]):
            continue  # one pairing per question: the new decision replaces the old one
        kept.append(record)
    entry = {"old": old_text, "new": new_text, "decision": decision}
    project.wave_matches[:] = [*kept, entry]
    return entry


def confirm_match(project: Project, old_text: str, new_text: str) -> dict:
    """Accept a proposed match: the two questions are the same question."""
    return record_match_decision(project, old_text, new_text, CONFIRMED)


def reject_match(project: Project, old_text: str, new_text: str) -> dict:
    """Refuse a match: these two questions must never be paired."""
    return record_match_decision(project, old_text, new_text, REJECTED)


def pair_questions(project: Project, old_text: str, new_text: str) -> dict:
    """Pair two questions by hand (replacing any other pairing of either)."""
    return record_match_decision(project, old_text, new_text, MANUAL)


def forget_match_decision(project: Project, old_text: str, new_text: str) -> bool:
    """Remove any decision about this pair; True if one was removed."""
    pair = (Project.key(old_text), Project.key(new_text))
    before = len(project.wave_matches)
    project.wave_matches[:] = [r for r in project.wave_matches if _pair(r) != pair]
    return len(project.wave_matches) < before
