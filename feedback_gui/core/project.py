"""The project file: which surveys are open and every correction the user made, saved atomically.

A project (``*.fbproj``, JSON) keeps type overrides and counted answers keyed by question text,
so they are re-applied when the next wave of the same survey is opened; it also holds codebook
edits, sentiment corrections, wave matches, the user's indices and theme scores (``indices``, see
feedback_gui.core.insight.definitions) and benchmark-match decisions (``benchmark_matches``, see
feedback_gui.core.insight.benchmarks.decisions). Saving writes a temporary file and replaces the
old one, so a crash never leaves a half-written project.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.schema.labels import label_key
from feedback_gui.core.schema.overrides import retype, set_counted, set_excluded
from feedback_gui.core.survey import Survey

PROJECT_SUFFIX = ".fbproj"
FORMAT = "feedback-analyser-project"
VERSION = 1


@dataclass
class QuestionOverride:
    """What the user changed about one question."""

    type: str | None = None
    counted: list[str] | None = None
    excluded: list[str] | None = None

    def to_dict(self) -> dict:
        """JSON-ready form, leaving out what was not changed."""
        return {k: v for k, v in {"type": self.type, "counted": self.counted, "excluded": self.excluded}.items()
                if v is not None}


@dataclass
class SurveyRef:
    """A survey file in the project."""

    path: str
    sheet: str | None = None
    label: str | None = None  # e.g. "2024"


@dataclass
class Project:
    """Everything the user has done that must survive closing the app."""

    surveys: list[SurveyRef] = field(default_factory=list)
    overrides: dict[str, QuestionOverride] = field(default_factory=dict)  # by question key
    codebook: dict | None = None
    sentiment_corrections: dict[str, str] = field(default_factory=dict)
    wave_matches: list[dict] = field(default_factory=list)
    indices: list[dict] = field(default_factory=list)  # {"name", "kind": "index" | "theme", "questions": [text]}
    benchmark_matches: list[dict] = field(default_factory=list)  # {"question", "benchmark", "decision"}
    settings: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)  # sections written by newer versions, kept as they are

    @staticmethod
    def key(text: str) -> str:
        """The key a question's corrections are stored under: its text, case and spacing ignored."""
        return label_key(text)

    def record(self, text: str, **changes: object) -> None:
        """Remember a correction to the question with this text."""
        override = self.overrides.setdefault(self.key(text), QuestionOverride())
        for name, value in changes.items():
            setattr(override, name, list(value) if isinstance(value, (list, tuple)) else value)

    def apply(self, survey: Survey) -> list[str]:
        """Re-apply saved corrections to a survey (this wave or the next); returns the ids changed."""
        changed = []
        for question in list(survey.questions):
            override = self.overrides.get(self.key(question.text))
            if override is None:
                continue
            try:
                if override.type and override.type != question.type:
                    question = retype(survey, question.id, override.type)
                if override.excluded is not None:
                    question = set_excluded(survey, question.id,
                                            [e for e in override.excluded if e in question.options + question.excluded])
                if override.counted is not None:
                    question = set_counted(survey, question.id, [c for c in override.counted if c in question.options])
            except ValueError:
                continue  # the next wave's answers no longer fit the correction: leave the inference
            changed.append(question.id)
        return changed

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {
            "format": FORMAT, "version": VERSION,
            "surveys": [vars(s) for s in self.surveys],
            "overrides": {k: v.to_dict() for k, v in self.overrides.items()},
            "codebook": self.codebook, "sentiment_corrections": self.sentiment_corrections,
            "wave_matches": self.wave_matches, "indices": self.indices, "benchmark_matches": self.benchmark_matches,
            "settings": self.settings, **self.extra,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Project:
        """Rebuild a project from its JSON form."""
        if data.get("format") != FORMAT:
            raise FeedbackError("this is not a Feedback Analyser project file")
        known = {"format", "version", "surveys", "overrides", "codebook", "sentiment_corrections",
                 "wave_matches", "indices", "benchmark_matches", "settings"}
        return cls(
            surveys=[SurveyRef(**s) for s in data.get("surveys", [])],
            overrides={k: QuestionOverride(**v) for k, v in data.get("overrides", {}).items()},
            codebook=data.get("codebook"),
            sentiment_corrections=dict(data.get("sentiment_corrections", {})),
            wave_matches=list(data.get("wave_matches", [])),
            indices=[i for i in data.get("indices") or [] if isinstance(i, dict)],
            benchmark_matches=[m for m in data.get("benchmark_matches") or [] if isinstance(m, dict)],
            settings=dict(data.get("settings", {})),
            extra={k: v for k, v in data.items() if k not in known},
        )


def save_project(project: Project, path: str | Path) -> Path:
    """Write the project atomically: a temporary file in the same folder, then a rename over the old one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(project.to_dict(), indent=2, ensure_ascii=False)
    handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def load_project(path: str | Path) -> Project:
    """Read a project file, with a clear error if it is damaged."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FeedbackError(f"{path.name}: the project file cannot be read ({type(exc).__name__})") from None
    if not isinstance(data, dict):
        raise FeedbackError(f"{path.name}: this is not a Feedback Analyser project file")
    try:
        return Project.from_dict(data)
    except (TypeError, AttributeError) as exc:
        raise FeedbackError(f"{path.name}: the project file is damaged ({exc})") from None
