"""Benchmark figures: the built-in Civil Service People Survey 2024 scores, or a CSV of the user's own.

Built-in names (:data:`BUILT_IN`) pick one column of ``resources/benchmarks/csps/csps_2024_benchmarks.csv``:
the Civil Service benchmark (median of organisations), the Civil Service mean, and the Probation Service,
HMPPS headquarters, HM Prison Service and Ministry of Justice group scores. These carry no respondent
numbers. Their source line names the Cabinet Office and carries the Open Government Licence attribution,
which must be shown wherever the figures are.

A user's CSV has the columns ``question`` and ``percent`` (0-100; "46%" is read as 46) and optionally
``respondents`` (the benchmark's relevant respondents, which turns the exact binomial test into a
two-proportion test), ``code`` and ``measure`` (what the % counts, e.g. "% selecting 'Strongly agree' or
'Agree'"). Column names are matched with case and spacing ignored. A row whose question is the
engagement index ("Engagement index", "Employee engagement index") holds an index score (0-100).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.resources import resource_path

OGL = "Contains public sector information licensed under the Open Government Licence v3.0."
CSPS_FILE = ("benchmarks", "csps", "csps_2024_benchmarks.csv")
CSPS_SHORT = "CSPS 2024"
ENGAGEMENT_CODE = "EES"
_ENGAGEMENT_TEXT = re.compile(r"^\s*(employee\s+)?engagement\s+(index|score)\b", re.I)
_INDEX_CODES = re.compile(r"^(EES|HSE_index|PERMA_index|.*_ts)$")


@dataclass(frozen=True)
class BuiltIn:
    """One built-in benchmark: the CSV column, how a sentence names it, and what the source line says."""

    column: str
    label: str
    description: str


BUILT_IN: dict[str, BuiltIn] = {
    "csps-2024-median": BuiltIn("cs_median_2024", "the Civil Service benchmark",
                                "Civil Service benchmark: the median of participating organisations' scores"),
    "csps-2024-mean": BuiltIn("cs_mean_2024", "the Civil Service as a whole",
                              "Civil Service mean: all respondents"),
    "csps-2024-probation": BuiltIn("probation_service_2024", "the Probation Service nationally",
                                   "Probation Service scores"),
    "csps-2024-hmpps-hq": BuiltIn("hmpps_hq_2024", "HMPPS headquarters", "HMPPS headquarters scores"),
    "csps-2024-prison": BuiltIn("hm_prison_service_2024", "HM Prison Service", "HM Prison Service scores"),
    "csps-2024-moj": BuiltIn("moj_group_2024", "the Ministry of Justice group", "Ministry of Justice group scores"),
}


@dataclass(frozen=True)
class BenchmarkRow:
    """One benchmark figure: a question's % (or an index score), what it counts, and its respondents if known."""

    code: str
    text: str
    measure: str
    percent: float  # 0-100
    respondents: int | None = None
    section: str = ""

    @property
    def is_index(self) -> bool:
        """True for an index or theme score rather than one question's %."""
        return bool(_INDEX_CODES.match(self.code)) or bool(_ENGAGEMENT_TEXT.match(self.text))

    @property
    def is_engagement(self) -> bool:
        """True for the employee engagement index."""
        return self.code == ENGAGEMENT_CODE or bool(_ENGAGEMENT_TEXT.match(self.text))


@dataclass(frozen=True)
class BenchmarkSet:
    """A set of benchmark figures: its name, how sentences name it, its source (with attribution) and rows."""

    name: str
    label: str  # "the Probation Service nationally"
    short_source: str  # "CSPS 2024", shown beside each figure
    source: str  # the full source line, attribution included
    rows: tuple[BenchmarkRow, ...]

    @property
    def question_rows(self) -> tuple[BenchmarkRow, ...]:
        """The rows holding one question's %."""
        return tuple(r for r in self.rows if not r.is_index)

    @property
    def engagement(self) -> BenchmarkRow | None:
        """The engagement index row, if the set has one."""
        return next((r for r in self.rows if r.is_engagement), None)


def load_benchmark(against: str | Path) -> BenchmarkSet:
    """A built-in benchmark by name (:data:`BUILT_IN`) or a CSV file of the user's own."""
    name = str(against).strip()
    if name.casefold() in BUILT_IN:
        return csps_benchmark(name.casefold())
    path = Path(against)
    if path.suffix.lower() in (".csv", ".txt") or path.exists():
        return read_benchmark_csv(path)
    raise FeedbackError(f"unknown benchmark {name!r}: use one of {', '.join(BUILT_IN)} or a CSV file")


def csps_benchmark(name: str) -> BenchmarkSet:
    """One column of the bundled CSPS 2024 scores."""
    built = BUILT_IN[name]
    path = resource_path(*CSPS_FILE)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError:
        raise FeedbackError("the bundled CSPS 2024 benchmark file is missing from this installation") from None
    rows = []
    for record in csv.DictReader(io.StringIO(text)):
        value = (record.get(built.column) or "").strip()
        if not value:
            continue  # no figure for this group (suppressed or not asked)
        rows.append(BenchmarkRow(record["code"].strip(), record["text"].strip(), (record.get("measure") or "").strip(),
                                 float(value), None, (record.get("section") or "").strip()))
    source = f"Cabinet Office, Civil Service People Survey 2024 ({built.description}). {OGL}"
    return BenchmarkSet(name, built.label, CSPS_SHORT, source, tuple(rows))


def read_benchmark_csv(path: Path) -> BenchmarkSet:
    """A benchmark CSV of the user's own (columns question, percent, optional respondents, code, measure)."""
    text = _read_text(path)
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if not header:
        raise FeedbackError(f"{path.name}: the benchmark file is empty")
    columns = {" ".join(h.split()).casefold(): i for i, h in enumerate(header)}
    if "question" not in columns or "percent" not in columns:
        raise FeedbackError(f"{path.name}: a benchmark file needs the columns question and percent "
                            f"(found {', '.join(h for h in header if h.strip()) or 'none'})")
    rows = []
    for number, record in enumerate(reader, start=2):
        def cell(name: str, record: list[str] = record) -> str:
            i = columns.get(name)
            return record[i].strip() if i is not None and i < len(record) else ""

        question = " ".join(cell("question").split())
        if not question:
            continue
        percent = _percent(cell("percent"), path, number)
        respondents = _respondents(cell("respondents"), path, number)
        rows.append(BenchmarkRow(cell("code"), question, cell("measure"), percent, respondents))
    if not rows:
        raise FeedbackError(f"{path.name}: the benchmark file has no rows with a question and a percent")
    return BenchmarkSet(path.name, f"the {path.stem} benchmark", path.name, f"{path.name} (the user's benchmark)",
                        tuple(rows))


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FeedbackError(f"{path.name}: cannot read the benchmark file ({exc.strerror or type(exc).__name__})") \
            from None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise FeedbackError(f"{path.name}: the benchmark file is not text")


def _percent(value: str, path: Path, row: int) -> float:
    try:
        percent = float(value.rstrip("%").strip().replace(",", "."))
    except ValueError:
        raise FeedbackError(f"{path.name}: row {row}: percent {value!r} is not a number") from None
    if not 0.0 <= percent <= 100.0:
        raise FeedbackError(f"{path.name}: row {row}: percent {value} is not between 0 and 100")
    return percent


def _respondents(value: str, path: Path, row: int) -> int | None:
    if not value:
        return None
    try:
        number = float(value.replace(",", ""))
    except ValueError:
        raise FeedbackError(f"{path.name}: row {row}: respondents {value!r} is not a number") from None
    if number < 1 or not number.is_integer():
        raise FeedbackError(f"{path.name}: row {row}: respondents must be a whole number above 0 (got {value})")
    return int(number)
