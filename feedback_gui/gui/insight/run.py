"""The Insight panel's work, done off the GUI thread: the cards' figures, what can be an outcome, key drivers.

Pure functions over the core (no Qt), run through ``state.runner``:

- :func:`compute_cards`: the engagement index, the user's indices and theme scores
  (:func:`~feedback_gui.core.insight.indices.survey_indices`), the eNPS of every Net Promoter question, and the
  outcomes key drivers can explain;
- :func:`rank_drivers`: :func:`~feedback_gui.core.insight.drivers.key_drivers` of one outcome and its priority
  matrix.

An outcome is handed to the core by its full name or text, with only the definitions it needs: an index by its
own definition (none for the built-in engagement index), a question with none, so that no other index whose
name starts with the same words is taken instead.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from feedback_gui.core.analysis.proportions import QuestionResult
from feedback_gui.core.insight.definitions import IndexDefinition
from feedback_gui.core.insight.drivers import DEFAULT_RESAMPLES, DEFAULT_SEED, DriversResult, key_drivers
from feedback_gui.core.insight.indices import IndexResult, survey_indices
from feedback_gui.core.insight.nps import NpsResult
from feedback_gui.core.insight.priorities import PriorityMatrix, priority_matrix
from feedback_gui.core.insight.scoring import is_scored
from feedback_gui.core.progress import ProgressFn, no_progress
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import QuestionType, Survey

INDEX, THEME, NPS, QUESTION = "index", "theme", "nps", "question"


@dataclass(frozen=True)
class OutcomeChoice:
    """Something key drivers can explain: an index or theme score (by name) or a rating question."""

    label: str  # as the chooser shows it
    text: str  # what the core is given: the index's name or the question's full text
    kind: str  # INDEX, THEME, NPS or QUESTION
    question_id: str | None = None

    @property
    def is_index(self) -> bool:
        """True for an index or theme score (made of several questions)."""
        return self.kind in (INDEX, THEME)


@dataclass(frozen=True)
class NpsCard:
    """A Net Promoter question and its score."""

    question_id: str
    text: str
    nps: NpsResult


@dataclass(frozen=True)
class CardsRun:
    """What the cards show, and the outcomes the chooser offers (indices first, then questions)."""

    indices: tuple[IndexResult, ...]
    nps: tuple[NpsCard, ...]
    definitions: tuple[IndexDefinition, ...]
    outcomes: tuple[OutcomeChoice, ...]
    items: int  # rating-scale questions (the items key drivers ranks come from them)

    def index(self, name: str) -> IndexResult | None:
        """The index or theme score of this name (case ignored), if it has a result."""
        return next((r for r in self.indices if r.name.casefold() == name.casefold()), None)

    def definition(self, name: str) -> IndexDefinition | None:
        """The user's definition of this name (case ignored), if there is one."""
        return next((d for d in self.definitions if d.name.casefold() == name.casefold()), None)


@dataclass(frozen=True)
class DriversRun:
    """The key drivers of one outcome and where each falls on the priority matrix."""

    choice: OutcomeChoice
    result: DriversResult
    matrix: PriorityMatrix

    def quadrant(self, question: str) -> str | None:
        """The quadrant of an item (None when it has no % favourable, so is not placed)."""
        return next((p.quadrant for p in self.matrix.points if p.question == question), None)


def outcome_choices(survey: Survey, indices: Sequence[IndexResult]) -> tuple[OutcomeChoice, ...]:
    """The indices and theme scores, then the Net Promoter questions, then the other rating questions."""
    choices = [OutcomeChoice(r.name, r.name, r.kind) for r in indices]
    scored = [q for q in survey.questions if is_scored(q)]
    choices += [OutcomeChoice(q.text, q.text, NPS, q.id) for q in scored if q.type == QuestionType.NPS]
    choices += [OutcomeChoice(q.text, q.text, QUESTION, q.id) for q in scored if q.type != QuestionType.NPS]
    return tuple(choices)


def default_outcome(choices: Sequence[OutcomeChoice]) -> OutcomeChoice | None:
    """The engagement index (or the first index) when there is one, else the first Net Promoter question, else the
    first rating question."""
    for kinds in ((INDEX, THEME), (NPS,), (QUESTION,)):
        found = next((c for c in choices if c.kind in kinds), None)
        if found is not None:
            return found
    return None


def compute_cards(survey: Survey, definitions: Sequence[IndexDefinition], results: Mapping[str, QuestionResult],
                  settings: AnalysisSettings = DEFAULT_SETTINGS, progress: ProgressFn = no_progress) -> CardsRun:
    """The cards' figures: every index and theme score, and the eNPS of each Net Promoter question (from its
    result, as the Questions panel shows it)."""
    progress(0.0)
    indices = tuple(survey_indices(survey, list(definitions), settings))
    progress(0.8)
    nps = tuple(NpsCard(r.id, r.text, r.nps) for r in results.values() if r.nps is not None)
    items = sum(1 for q in survey.of_type(QuestionType.LIKERT) if is_scored(q))
    return CardsRun(indices, nps, tuple(definitions), outcome_choices(survey, indices), items)


def rank_drivers(survey: Survey, choice: OutcomeChoice, definitions: Sequence[IndexDefinition],
                 settings: AnalysisSettings = DEFAULT_SETTINGS, resamples: int = DEFAULT_RESAMPLES,
                 seed: int = DEFAULT_SEED, progress: ProgressFn = no_progress) -> DriversRun:
    """Key drivers of ``choice`` and its priority matrix (FeedbackError with a one-line reason when it cannot)."""
    own = [d for d in definitions if d.name.casefold() == choice.text.casefold()] if choice.is_index else []
    result = key_drivers(survey, choice.text, definitions=own, resamples=resamples, seed=seed, settings=settings,
                         progress=progress)
    return DriversRun(choice, result, priority_matrix(result))


__all__ = ["INDEX", "NPS", "QUESTION", "THEME", "CardsRun", "DriversRun", "NpsCard", "OutcomeChoice",
           "compute_cards", "default_outcome", "outcome_choices", "rank_drivers"]
