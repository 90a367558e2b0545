"""Weights that make the respondents' profile match a reference: post-stratification and raking.

One characteristic: post-stratification (each respondent's weight is their group's population share
over its respondent share). Two or three: raking, i.e. iterative proportional fitting, adjusting to
each characteristic in turn until every weighted margin is within ``tolerance`` of the reference
(or ``max_iterations`` is reached; the result says whether it converged). Weights average 1 over
the weighted respondents, so weighted counts stay on the scale of the respondents.

**Missing values (a documented choice).** A respondent whose answer to a weighting characteristic is
blank, declined or no group of the reference cannot be placed in a weighting cell. Such respondents
keep a weight of 1, and the others are weighted so that, among them, each characteristic matches the
reference. Reference groups with no respondents cannot be weighted to: they are dropped and the
other groups' shares are scaled up to add to 100 (a note says so).

**Extreme weights.** With ``cap`` (say 5), no weight may exceed cap times the mean weight: while
raking, every weight above the cap is cut to it after each adjustment, so the other respondents
take up the difference. If the cap and the margins cannot both hold, the cap wins, the weights are
rescaled to average 1, and the margins' remaining gap is reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from feedback_gui.core.analysis.breakdown import group_labels
from feedback_gui.core.equality.matching import CharacteristicMatch
from feedback_gui.core.equality.phrases import and_list, decimal_per_cent, lower_name
from feedback_gui.core.equality.reference import Reference
from feedback_gui.core.equality.representation import comparison_shares
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.progress import ProgressFn, no_progress
from feedback_gui.core.survey import Survey

POST_STRATIFICATION = "post-stratification"
RAKING = "raking"
MAX_VARIABLES = 3


@dataclass(frozen=True)
class Margin:
    """One group of a weighting characteristic: target, unweighted and weighted share (percent)."""

    characteristic: str
    group: str
    respondents: int
    target_percent: float
    unweighted_percent: float
    weighted_percent: float

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"characteristic": self.characteristic, "group": self.group, "respondents": self.respondents,
                "target_percent": self.target_percent, "unweighted_percent": self.unweighted_percent,
                "weighted_percent": self.weighted_percent}


@dataclass(frozen=True)
class Weights:
    """Respondent weights and how they were made."""

    method: str  # POST_STRATIFICATION or RAKING
    characteristics: tuple[str, ...]
    question_ids: tuple[str, ...]
    weights: tuple[float, ...]  # one per respondent, in the survey's row order
    weighted: int  # respondents placed in every weighting cell
    left_unweighted: int  # respondents keeping weight 1 (a weighting answer missing)
    iterations: int
    converged: bool
    max_margin_error: float  # largest |weighted - target| share, in percentage points
    cap: float | None
    trimmed: int  # weights cut to the cap
    effective_sample_size: float  # Kish, over all respondents
    margins: tuple[Margin, ...]
    notes: tuple[str, ...]

    def to_dict(self) -> dict:
        """JSON-ready form (the weights themselves are summarised, not listed)."""
        values = np.asarray(self.weights)
        return {"method": self.method, "characteristics": list(self.characteristics),
                "questions": list(self.question_ids), "weighted": self.weighted,
                "left_unweighted": self.left_unweighted, "iterations": self.iterations,
                "converged": self.converged, "max_margin_error": self.max_margin_error, "cap": self.cap,
                "trimmed": self.trimmed, "effective_sample_size": self.effective_sample_size,
                "min_weight": float(values.min()), "max_weight": float(values.max()),
                "margins": [m.to_dict() for m in self.margins], "notes": list(self.notes)}


def effective_sample_size(weights: Sequence[float] | np.ndarray) -> float:
    """Kish's effective sample size: (sum of weights) squared over the sum of squared weights."""
    w = np.asarray(weights, dtype=float)
    squares = float((w * w).sum())
    return float(w.sum()) ** 2 / squares if squares else 0.0


def make_weights(survey: Survey, matches: Sequence[CharacteristicMatch], reference: Reference,
                 cap: float | None = None, max_iterations: int = 500, tolerance: float = 1e-10,
                 progress: ProgressFn = no_progress) -> Weights:
    """Weight respondents to the reference on one (post-stratification) to three (raking) characteristics."""
    if not 1 <= len(matches) <= MAX_VARIABLES:
        raise FeedbackError(f"weighting needs one to {MAX_VARIABLES} characteristics, not {len(matches)}")
    if cap is not None and cap <= 1:
        raise FeedbackError(f"the weight cap must be above 1 (it was {cap})")
    unmatched = [m.characteristic for m in matches if not m.matched]
    if unmatched:
        raise FeedbackError(f"no survey question matches {', '.join(unmatched)}, so it cannot be weighted by")
    notes: list[str] = []
    cells = [_cells(survey, m) for m in matches]
    complete = np.all([c >= 0 for c, _ in cells], axis=0)
    if not complete.any():
        raise FeedbackError(f"no respondent has a usable answer to {and_list([m.characteristic for m in matches])}")
    codes, targets = [], []
    for match, (code, groups) in zip(matches, cells, strict=True):
        code = code[complete]
        target, kept = _targets(match, reference, groups, np.bincount(code, minlength=len(groups)), notes)
        codes.append(kept[code])
        targets.append(target)
    w, iterations, converged = _rake(np.ones(int(complete.sum())), codes, targets, max_iterations, tolerance,
                                     progress, cap)
    capped = cap is not None and not converged
    if capped:
        w = _enforce_cap(w, cap)  # type: ignore[arg-type]
    trimmed = int((w >= cap * (1 - 1e-9)).sum()) if cap is not None else 0
    weights = np.ones(survey.respondents)
    weights[complete] = w
    margins, error = _margins(matches, cells, complete, codes, targets, w)
    if trimmed:
        notes.append(f"{trimmed} weight{'s' if trimmed != 1 else ''} above the cap of {cap:g} times the average "
                     f"{'were' if trimmed != 1 else 'was'} cut to it.")
    if capped:
        notes.append(f"With weights capped at {cap:g}, the reference cannot be matched exactly: the largest gap "
                     f"is {error:.2g} percentage points.")
    elif not converged:
        notes.append(f"The weights did not settle within {max_iterations} rounds; the largest gap to the "
                     f"reference is {error:.2g} percentage points.")
    missing = survey.respondents - int(complete.sum())
    if missing:
        names = and_list([lower_name(m.characteristic) for m in matches], "or")
        notes.append(f"{missing} respondent{'s' if missing != 1 else ''} with no usable answer to {names} "
                     f"{'keep' if missing != 1 else 'keeps'} a weight of 1.")
    return Weights(POST_STRATIFICATION if len(matches) == 1 else RAKING,
                   tuple(m.characteristic for m in matches), tuple(m.question_id or "" for m in matches),
                   tuple(float(x) for x in weights), int(complete.sum()), missing, iterations, converged, error,
                   cap, trimmed, effective_sample_size(weights), tuple(margins), tuple(notes))


def _cells(survey: Survey, match: CharacteristicMatch) -> tuple[np.ndarray, list[str]]:
    """Each respondent's reference group as a code (-1 when none), and the groups in order."""
    groups = [g for g, _ in match.groups]
    index = {g: i for i, g in enumerate(groups)}
    labels = group_labels(survey, survey.question(match.question_id or ""))
    codes = np.array([index.get(match.group_of(str(a)) or "", -1) for a in labels], dtype=np.int64)
    return codes, groups


def _targets(match: CharacteristicMatch, reference: Reference, groups: list[str], counts: np.ndarray,
             notes: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Target shares of the groups that have respondents, and each group's position among them (-1: none)."""
    item = reference.characteristic(match.characteristic)
    shares = comparison_shares(match, item)
    present = counts > 0
    for group, has in zip(groups, present, strict=True):
        if not has:
            given = next(g.percent for g in item.groups if g.label == group)
            name = lower_name(match.characteristic)
            notes.append(f"“{group}” ({decimal_per_cent(given)} of the reference) has no respondents and cannot be "
                         f"weighted to; the other {name} groups are scaled to add up to 100.")
    target = np.array([shares[g] for g, has in zip(groups, present, strict=True) if has])
    kept = np.where(present, np.cumsum(present) - 1, -1)
    return target / target.sum(), kept


def _rake(w: np.ndarray, codes: list[np.ndarray], targets: list[np.ndarray], max_iterations: int,
          tolerance: float, progress: ProgressFn, cap: float | None = None) -> tuple[np.ndarray, int, bool]:
    """Iterative proportional fitting; with a cap, weights above it are cut after every adjustment."""
    total = float(w.size)
    for iteration in range(1, max_iterations + 1):
        for code, target in zip(codes, targets, strict=True):
            sums = np.bincount(code, weights=w, minlength=len(target))
            w = w * (target * total / sums)[code]
            if cap is not None:
                w = np.minimum(w, cap)
        progress(iteration / max_iterations)
        if _error(w, codes, targets) < tolerance and (cap is None or w.sum() >= total * (1 - tolerance)):
            return w * (total / w.sum()), iteration, True
    return w, max_iterations, False


def _enforce_cap(w: np.ndarray, cap: float) -> np.ndarray:
    """When the cap and the margins cannot both hold, keep the cap (and an average weight of 1)."""
    for _ in range(500):
        w = np.minimum(w, cap)
        w = w * (w.size / w.sum())
        if w.max() <= cap * (1 + 1e-12):
            break
    return w


def _error(w: np.ndarray, codes: list[np.ndarray], targets: list[np.ndarray]) -> float:
    total = w.sum()
    return max(float(np.abs(np.bincount(c, weights=w, minlength=len(t)) / total - t).max())
               for c, t in zip(codes, targets, strict=True))


def _margins(matches: Sequence[CharacteristicMatch], cells: list[tuple[np.ndarray, list[str]]],
             complete: np.ndarray, codes: list[np.ndarray], targets: list[np.ndarray],
             w: np.ndarray) -> tuple[list[Margin], float]:
    margins, error = [], 0.0
    for match, (code, groups), kept, target in zip(matches, cells, codes, targets, strict=True):
        present = [g for g in groups if (code[complete] == groups.index(g)).any()]
        unweighted = np.bincount(kept, minlength=len(target)) / max(len(kept), 1)
        weighted = np.bincount(kept, weights=w, minlength=len(target)) / max(w.sum(), 1e-300)
        error = max(error, 100.0 * float(np.abs(weighted - target).max()) if len(target) else 0.0)
        for i, group in enumerate(present):
            margins.append(Margin(match.characteristic, group, int((kept == i).sum()), 100.0 * float(target[i]),
                                  100.0 * float(unweighted[i]), 100.0 * float(weighted[i])))
    return margins, error
