"""Helpers shared by the sample-data generators: seeded choices and byte-stable xlsx files."""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from openpyxl import Workbook

T = TypeVar("T")

FIXED_TIME = datetime(2024, 3, 1, 9, 0, 0)
_ZIP_TIME = (2024, 3, 1, 9, 0, 0)
_MODIFIED = re.compile(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>")


def new_workbook() -> Workbook:
    """A workbook with fixed document properties (author, created, modified)."""
    wb = Workbook()
    wb.properties.creator = "Feedback Analyser sample data"
    wb.properties.lastModifiedBy = "Feedback Analyser sample data"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


def save_workbook(wb: Workbook, path: Path) -> None:
    """Save ``wb`` so that re-running gives the same bytes.

    openpyxl stamps the current time into docProps/core.xml and into every zip entry; both are
    replaced with a fixed time.
    """
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(buffer) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = _MODIFIED.sub(rb"<dcterms:modified\1>" + stamp + rb"</dcterms:modified>", data)
            info = zipfile.ZipInfo(item.filename, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            zout.writestr(info, data)


def weighted_sample(rng: random.Random, items: Sequence[T], weights: Sequence[float], k: int) -> list[T]:
    """``k`` distinct items drawn without replacement, each with probability growing with its weight."""
    if k > len(items):
        raise ValueError(f"cannot draw {k} from {len(items)}")
    keyed = sorted(
        ((rng.random() ** (1.0 / w) if w > 0 else -1.0, i) for i, w in enumerate(weights)), reverse=True
    )
    return [items[i] for _, i in keyed[:k]]


def expand(counts: Sequence[tuple[str, int]]) -> list[str]:
    """["A", "A", "B"] from [("A", 2), ("B", 1)]."""
    return [label for label, n in counts for _ in range(n)]


def assign_ranked(
    rng: random.Random,
    people: Sequence[T],
    counts_best_first: Sequence[tuple[str, int]],
    score: Callable[[T], float],
    noise: float = 1.0,
) -> dict[int, str]:
    """Give exactly the counted answers to ``people``: best answers to the highest scores.

    Returns {index in people: answer}.  The score plus Gaussian noise decides the order, so the
    answers lean with the score (office, grade, morale) while the totals are exact.
    """
    labels = expand(counts_best_first)
    if len(labels) != len(people):
        raise ValueError(f"{len(labels)} answers for {len(people)} people")
    order = sorted(range(len(people)), key=lambda i: score(people[i]) + rng.gauss(0.0, noise), reverse=True)
    return {i: label for i, label in zip(order, labels, strict=True)}
