"""Rating scales written in words: agreement, satisfaction, frequency, quality, ease, openness ...

In order: a scale of the known list (scales.KNOWN_SCALES, filled out with the options nobody chose);
abbreviations as hand-kept sheets write them (SA / A / N / D / SD, with M or NA); any scale family
(scale_families: "very X .. not X at all", "X / neither / un-X", antonyms, frequency and quality words).
"""

from __future__ import annotations

from feedback_gui.core.schema.evidence import HIGH, MEDIUM, ColumnEvidence, Inference, capped, leave
from feedback_gui.core.schema.labels import NOT_APPLICABLE, excluded_label, label_key
from feedback_gui.core.schema.scale_families import FamilyScale, read_scale, scale_key, sentence_case
from feedback_gui.core.schema.scales import full_scale, match_scale, top_boxes
from feedback_gui.core.survey import QuestionType

NAME = "scales"

# Abbreviated agreement codes; "N" is the midpoint, "M" (missing) and "NA" leave the denominator.
_ABBREVIATIONS = {"sa": "Strongly agree", "a": "Agree", "n": "Neutral", "d": "Disagree", "sd": "Strongly disagree"}
_NAMES = {"agree": "agreement", "satisfied": "satisfaction", "often": "frequency", "good": "quality",
          "likely": "likelihood", "important": "importance", "helpful": "helpfulness", "easy": "ease",
          "positive": "positive/negative", "better": "change", "extent": "extent", "useful": "usefulness",
          "effective": "effectiveness", "confident": "confidence", "yes": "graded yes/no"}
_ABBREVIATED_MISSING = {"m": NOT_APPLICABLE, "na": NOT_APPLICABLE, "n/a": NOT_APPLICABLE}
# With at least this many answers, a known scale's option that nobody chose although options on both sides of it
# were chosen was probably not offered: "Excellent / Good / Fair / Poor" is a 4-point scale, not "Excellent, Very
# good, Good, Fair, Poor" with "Very good" unchosen (which would count only "Excellent" in the headline).
GAP_ANSWERS = 20


def recognise(column: ColumnEvidence) -> Inference | None:
    """A rating scale in words, or None."""
    if not column.substantive:
        return None
    return _declared(column) or _known(column) or _abbreviated(column) or _family(column)


def _declared(column: ColumnEvidence) -> Inference | None:
    """A scale whose every point the file declares (SPSS value labels): those points, in the file's spelling."""
    hint = _hint_labels(column)
    full = read_scale(hint, strict=False) if len(hint) >= 2 else None
    if full is None or read_scale(column.substantive, strict=False) is None:
        return None
    declared = {label_key(h): h for h in full.ordered}
    if not all(label_key(s) in declared for s in column.substantive):
        return None
    options = full.ordered
    labels = {raw: declared.get(label_key(label), label) for raw, label in column.labels.items()}
    name = _NAMES.get(full.dimension, f"'{full.dimension}'")
    reason = f"{len(options)}-point {name} scale declared by the file ({options[0]} … {options[-1]})"
    reason += _direction(column, options) + _leaving(column)
    inference = Inference(QuestionType.LIKERT, options, column.excluded, full.counted, labels)
    return inference.noted(reason, capped(HIGH, column.answered), NAME)


def _known(column: ColumnEvidence) -> Inference | None:
    scale = match_scale(column.substantive)
    if scale is None:
        return None
    options = full_scale(scale)
    counted = _counted(options)
    present = read_scale(list(scale.ordered), strict=False)
    if not set(counted) & set(scale.ordered) and present is not None and present.favourable:
        return None  # "Good / Fair / Poor": a 3-point scale, not the top of "Excellent ... Poor" left unchosen
    if column.answered >= GAP_ANSWERS and _inner_gap(options, scale.ordered):
        return None  # read as the scale of the answers given (scale families)
    missing = len(options) - len(scale.ordered)
    reason = f"{len(options)}-point {scale.scale.name} scale ({options[0]} … {options[-1]})"
    if missing:
        reason += f"; {missing} of its options nobody chose"
    reason += _direction(column, options) + _leaving(column)
    inference = Inference(QuestionType.LIKERT, options, column.excluded, counted, column.labels)
    return inference.noted(reason, capped(HIGH, column.answered), NAME)


def _inner_gap(options: tuple[str, ...], chosen: tuple[str, ...]) -> bool:
    """True if some option lies between two chosen ones and was itself never chosen."""
    keys = [label_key(o) for o in options]
    picked = [keys.index(label_key(c)) for c in chosen if label_key(c) in keys]
    return bool(picked) and len(picked) < max(picked) - min(picked) + 1


def _counted(options: tuple[str, ...]) -> tuple[str, ...]:
    """The favourable end of a known scale: its top two boxes, but never the midpoint of a 3-point scale."""
    boxes = tuple(top_boxes(options, False))
    family = read_scale(list(options), strict=False)
    if family is not None:
        return family.counted
    return boxes


def _abbreviated(column: ColumnEvidence) -> Inference | None:
    keys = {label_key(v) for v in column.values}
    scale_keys = keys & set(_ABBREVIATIONS)
    others = keys - scale_keys
    if len(scale_keys) < 3 or not scale_keys & {"sa", "sd"}:
        return None  # "A" and "D" alone could be anything
    if not all(k in _ABBREVIATED_MISSING or excluded_label(k) is not None for k in others):
        return None
    labels = {}
    for raw in column.values:
        key = label_key(raw)
        labels[raw] = _ABBREVIATIONS.get(key) or _ABBREVIATED_MISSING.get(key) or excluded_label(raw) or raw
    order = ("Strongly agree", "Agree", "Neutral", "Disagree", "Strongly disagree")
    present = {_ABBREVIATIONS[k] for k in scale_keys}
    options = tuple(o for o in order if o in present or o != "Neutral")
    excluded = tuple(dict.fromkeys(labels[raw] for raw in column.values if label_key(raw) in others))
    reason = "agreement scale written as SA / A / N / D / SD"
    if others:
        reason += f"; {' and '.join(sorted(k.upper() for k in others))} {leave(len(others))} the denominator"
    inference = Inference(QuestionType.LIKERT, options, excluded, ("Strongly agree", "Agree"), labels)
    return inference.noted(reason, capped(HIGH, column.answered), NAME)


def _family(column: ColumnEvidence) -> Inference | None:
    substantive = column.substantive
    hint = _hint_labels(column)
    scale = read_scale(substantive)
    if scale is None:
        return None
    spelling = {label: sentence_case(label) for label in substantive}
    if hint:  # the file declares the whole scale (SPSS value labels): every point, chosen or not
        full = read_scale(hint, strict=False)
        if full is not None and {scale_key(s) for s in substantive} <= {scale_key(h) for h in full.ordered}:
            by_key = {scale_key(s): s for s in substantive}
            scale = FamilyScale(full.dimension, tuple(by_key.get(scale_key(h), h) for h in full.ordered),
                                full.scores)
            spelling.update({h: sentence_case(h) for h in full.ordered if h not in spelling})
    options = tuple(spelling[label] for label in scale.ordered)
    counted = tuple(spelling[label] for label in scale.counted)
    labels = {raw: spelling.get(label, label) for raw, label in column.labels.items()}
    name = _NAMES.get(scale.dimension, f"'{scale.dimension}'")
    reason = f"{len(options)}-point {name} scale ({options[0]} … {options[-1]})"
    reason += (_direction(column, options) if hint else "") + _leaving(column)
    if not counted:
        reason += "; no answer on its favourable side"
    confidence = HIGH if len(options) >= 3 and scale.two_sided else MEDIUM
    inference = Inference(QuestionType.LIKERT, options, column.excluded, counted, labels)
    return inference.noted(reason, capped(confidence, column.answered), NAME)


def _leaving(column: ColumnEvidence) -> str:
    if not column.excluded:
        return ""
    return f"; {', '.join(column.excluded)} {leave(len(column.excluded))} the denominator"


def _hint_labels(column: ColumnEvidence) -> list[str]:
    """The declared options that are scale points (not Don't know, Not answered and the like)."""
    if not column.order_hint:
        return []
    return [h for h in column.order_hint if excluded_label(h) is None]


def _direction(column: ColumnEvidence, options: tuple[str, ...]) -> str:
    """How the file's codes run, when it declares them (SPSS value labels)."""
    hint = _hint_labels(column)
    if len(hint) < 2:
        return ""
    first = label_key(hint[0])
    if first == label_key(options[0]):
        return f"; codes reversed (the first code is {options[0]})"
    if first == label_key(options[-1]):
        return f"; codes run from {options[-1]} to {options[0]}"
    return ""
