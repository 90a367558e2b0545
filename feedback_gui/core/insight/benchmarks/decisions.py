"""The user's decisions about benchmark matches, kept in the project (``Project.benchmark_matches``).

Each decision is one dict::

    {"question": "My workload is manageable", "benchmark": "I have an acceptable workload",
     "code": "B33", "decision": "confirmed"}

``question`` is the survey question's text and ``benchmark`` the benchmark question's wording, both
compared with ``Project.key`` (case and spacing ignored), so a decision holds for every wave of the survey
and for every built-in CSPS benchmark (they share their wording). ``code`` is kept for reading only.
``decision`` is ``"confirmed"`` (a proposed match accepted), ``"rejected"`` (never pair these) or
``"manual"`` (paired by hand). Recording a decision about a pair replaces any earlier one about it; a
confirmed or manual decision also replaces other confirmed or manual ones sharing its question. Records
the code cannot read are kept but ignored. (Undo lives in the app: it puts the previous list back.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.project import Project

CONFIRMED, REJECTED, MANUAL = "confirmed", "rejected", "manual"
DECISIONS = (CONFIRMED, REJECTED, MANUAL)
Pair = tuple[str, str]  # (question key, benchmark wording key)


@dataclass(frozen=True)
class BenchmarkDecisions:
    """Decisions read from the project, as pairs of keys."""

    confirmed: frozenset[Pair] = field(default_factory=frozenset)
    rejected: frozenset[Pair] = field(default_factory=frozenset)
    manual: tuple[Pair, ...] = ()

    @classmethod
    def from_project(cls, project: Project | None) -> BenchmarkDecisions:
        """The readable decisions of a project (none without a project)."""
        found: dict[str, list[Pair]] = {d: [] for d in DECISIONS}
        for record in project.benchmark_matches if project is not None else ():
            pair = _pair(record)
            if pair is not None:
                found[record["decision"]].append(pair)
        return cls(frozenset(found[CONFIRMED]), frozenset(found[REJECTED]), tuple(dict.fromkeys(found[MANUAL])))


def _pair(record: object) -> Pair | None:
    if not isinstance(record, dict) or record.get("decision") not in DECISIONS:
        return None
    question, benchmark = record.get("question"), record.get("benchmark")
    if not isinstance(question, str) or not isinstance(benchmark, str) or not question.strip() or \
            not benchmark.strip():
        return None
    return Project.key(question), Project.key(benchmark)


def record_benchmark_decision(
    project: Project, question: str, benchmark: str, decision: str, code: str | None = None,
) -> dict:
    """Keep a decision about pairing ``question`` with the benchmark wording ``benchmark``; returns its record."""
    if decision not in DECISIONS:
        raise FeedbackError(f"unknown benchmark-match decision {decision!r} (use {', '.join(DECISIONS)})")
    if not question.strip() or not benchmark.strip():
        raise FeedbackError("a benchmark match needs the question's text and the benchmark's wording")
    pair = (Project.key(question), Project.key(benchmark))
    kept = []
    for record in project.benchmark_matches:
        other = _pair(record)
        if other == pair:
            continue
        if other is not None and decision != REJECTED and record["decision"] != REJECTED and other[0] == pair[0]:
            continue
        kept.append(record)
    new = {"question": question, "benchmark": benchmark, "decision": decision}
    if code:
        new["code"] = code
    kept.append(new)
    project.benchmark_matches[:] = kept
    return new


def forget_benchmark_decision(project: Project, question: str, benchmark: str) -> bool:
    """Remove any decision about this pair; True if there was one."""
    pair = (Project.key(question), Project.key(benchmark))
    before = len(project.benchmark_matches)
    project.benchmark_matches[:] = [r for r in project.benchmark_matches if _pair(r) != pair]
    return len(project.benchmark_matches) != before
