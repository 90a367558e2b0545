"""Case-audit data: one row per inspected case, Yes/No per key question, key questions grouped into
standards. Each standard is rated by its lowest key-question score through rating bands, and the
ratings add up to the overall score ("4/21")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from feedback_gui.core.analysis.bands import RatingBands
from feedback_gui.core.analysis.counting import tally
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.importing import list_sheets, read_survey
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import QuestionType, Survey

_CODE = re.compile(r"^[A-Z]?\d+(\.\d+)*")


@dataclass(frozen=True)
class KeyQuestionScore:
    """Share of relevant cases answered Yes."""

    id: str
    text: str
    numerator: int
    denominator: int
    percent: float

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"id": self.id, "text": self.text, "numerator": self.numerator,
                "denominator": self.denominator, "percent": self.percent}


@dataclass(frozen=True)
class StandardRating:
    """A standard's rating: from its lowest key question, or given by the inspectors."""

    name: str
    rating: str
    points: int
    key_questions: tuple[KeyQuestionScore, ...] = ()

    @property
    def lowest(self) -> KeyQuestionScore | None:
        """The key question that drives the rating."""
        return min(self.key_questions, key=lambda k: k.percent) if self.key_questions else None

    def to_dict(self) -> dict:
        """JSON-ready form."""
        lowest = self.lowest
        return {"name": self.name, "rating": self.rating, "points": self.points,
                "source": "cases" if self.key_questions else "given",
                "lowest_percent": lowest.percent if lowest else None,
                "key_questions": [k.to_dict() for k in self.key_questions]}


@dataclass(frozen=True)
class AuditResult:
    """Scores, ratings and the overall score of a case audit."""

    cases: int
    standards: tuple[StandardRating, ...]
    bands: RatingBands

    @property
    def score(self) -> int:
        """Points over all standards."""
        return sum(s.points for s in self.standards)

    @property
    def max_score(self) -> int:
        """Points if every standard were rated best."""
        return self.bands.max_points * len(self.standards)

    def to_dict(self) -> dict:
        """JSON-ready form (what `feedback-gui audit --json` prints)."""
        return {"cases": self.cases, "bands": self.bands.to_dict(),
                "standards": [s.to_dict() for s in self.standards],
                "score": self.score, "max_score": self.max_score, "score_text": f"{self.score}/{self.max_score}"}


def audit(survey: Survey, given: dict[str, str] | None = None,
          settings: AnalysisSettings = DEFAULT_SETTINGS) -> AuditResult:
    """Rate each standard of a case audit; ``given`` adds ratings not scored from cases."""
    bands = settings.bands
    grouped: dict[str, list[KeyQuestionScore]] = {}
    for question in survey.of_type(QuestionType.YES_NO):
        counts = tally(survey, question)
        if counts.relevant == 0:
            continue
        yes = counts.counts.get("Yes", 0)
        score = KeyQuestionScore(question.id, _question_text(question.text, question.stem), yes, counts.relevant,
                                 100.0 * yes / counts.relevant)
        grouped.setdefault(question.stem or "Key questions", []).append(score)
    if not grouped:
        raise FeedbackError("no Yes/No key questions were found in the case data")
    standards = [
        StandardRating(name, bands.rating(min(k.percent for k in scores)),
                       bands.points_for(bands.rating(min(k.percent for k in scores))), tuple(scores))
        for name, scores in grouped.items()
    ]
    for name, rating in (given or {}).items():
        standards.append(StandardRating(name, rating, bands.points_for(rating)))
    standards.sort(key=lambda s: _sort_key(s.name))
    return AuditResult(survey.respondents, tuple(standards), bands)


def _question_text(text: str, stem: str | None) -> str:
    if stem and text.startswith(stem + " - "):
        return text[len(stem) + 3:]
    return text


def _sort_key(name: str) -> tuple:
    match = _CODE.match(name.replace("P ", "P"))
    if not match:
        return (1, name)
    parts = re.findall(r"\d+", match.group(0))
    return (0, name[0], *[int(p) for p in parts])


def read_given_ratings(path: Path, sheet: str, password: str | None = None) -> dict[str, str]:
    """Ratings typed into a sheet with a "Standard" column and a "Rating" column."""
    table = read_survey(path, sheet, password=password)
    frame = table.responses
    standard = next((c for c in frame.columns if "standard" in c.casefold()), None)
    rating = next((c for c in frame.columns if "rating" in c.casefold()), None)
    if standard is None or rating is None:
        raise FeedbackError(f"sheet {sheet!r} needs a Standard column and a Rating column")
    pairs = frame[[standard, rating]].dropna()
    return {str(s).strip(): str(r).strip() for s, r in pairs.itertuples(index=False)}


def audit_file(path: Path, sheet: str | None = None, ratings_sheet: str | None = None,
               password: str | None = None, settings: AnalysisSettings = DEFAULT_SETTINGS) -> AuditResult:
    """Read case-audit data (and any sheet of given ratings) and rate it."""
    survey = read_survey(path, sheet, password=password)
    if ratings_sheet is None:
        ratings_sheet = next((s for s in list_sheets(path, password) if "rating" in s.casefold()
                              and s != survey.layout.sheet), None)
    given = read_given_ratings(path, ratings_sheet, password) if ratings_sheet else {}
    return audit(survey, given, settings)
