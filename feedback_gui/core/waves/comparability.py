"""Whether a matched pair can be compared, and which answers to count in each wave.

Answer options are harmonised by their comparison key (``label_key``: "Strongly Agree" and "Strongly
agree" are one answer). The counted answers are the later wave's (or an override), mapped to the
earlier wave's spelling. A pair is **not comparable**, with a reason, when

- one wave has free text and the other answer options, or one allows several answers and the other one;
- a rating scale or yes/no question changed shape (a 4-point scale in one wave, 5-point in the other);
- a counted answer is not an answer in either wave, or no answers are counted at all.

For single- and multiple-choice questions and demographics, options offered in one wave only do not
block the comparison; they are reported as notes, as are changes in the answers left out of the
denominator ("Not applicable" offered in one wave only).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from feedback_gui.core.schema.labels import canonical_label, label_key
from feedback_gui.core.survey import Question, QuestionType
from feedback_gui.core.waves.matching import COMPARABLE_TYPES

SCALE_TYPES = frozenset({QuestionType.LIKERT, QuestionType.NPS, QuestionType.YES_NO})


@dataclass(frozen=True)
class Harmonised:
    """The counted answers in each wave, or why the pair cannot be compared; notes either way."""

    counted_old: tuple[str, ...]
    counted_new: tuple[str, ...]
    reason: str | None
    notes: tuple[str, ...] = ()

    @property
    def comparable(self) -> bool:
        """True when the headline figures of the two waves measure the same thing."""
        return self.reason is None


def option_key(label: str) -> str:
    """The key two waves' answer labels are matched by ("Strongly Agree" = "strongly agree")."""
    return label_key(canonical_label(label))


def _substantive(question: Question) -> list[str]:
    excluded = {option_key(e) for e in question.excluded}
    return [o for o in question.options if option_key(o) not in excluded]


def _listed(labels: Sequence[str]) -> str:
    quoted = [f"“{label}”" for label in labels]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def harmonise(
    old: Question, new: Question, old_wave: str, new_wave: str, counted: Sequence[str] | None = None,
) -> Harmonised:
    """Map the counted answers of ``new`` (or ``counted``) onto ``old``, or say why they cannot be compared."""
    chosen = tuple(new.counted if counted is None else counted)

    def refuse(reason: str, notes: Sequence[str] = ()) -> Harmonised:
        return Harmonised((), chosen, reason, tuple(notes))

    if old.type not in COMPARABLE_TYPES or new.type not in COMPARABLE_TYPES:
        return refuse(f"free text in one wave ({old_wave} or {new_wave}) and answer options in the other")
    if (old.type == QuestionType.MULTI_CHOICE) != (new.type == QuestionType.MULTI_CHOICE):
        several = old_wave if old.type == QuestionType.MULTI_CHOICE else new_wave
        return refuse(f"several answers could be ticked in {several} but only one in the other wave")
    old_options, new_options = _substantive(old), _substantive(new)
    old_keys, new_keys = {option_key(o) for o in old_options}, {option_key(o) for o in new_options}
    added = [o for o in new_options if option_key(o) not in old_keys]
    dropped = [o for o in old_options if option_key(o) not in new_keys]
    notes = _excluded_notes(old, new, old_wave, new_wave)
    if (old.type in SCALE_TYPES or new.type in SCALE_TYPES) and (added or dropped):
        change = "; ".join(filter(None, (f"{_listed(added)} added" if added else "",
                                         f"{_listed(dropped)} dropped" if dropped else "")))
        return refuse(f"the answer scale changed: {len(old_options)} options in {old_wave}, {len(new_options)} in "
                      f"{new_wave} ({change})", notes)
    if added:
        notes.append(f"{_listed(added)} offered only in {new_wave}")
    if dropped:
        notes.append(f"{_listed(dropped)} offered only in {old_wave}")
    if not chosen:
        return refuse(f"no answers are counted in {new_wave}: choose the answers to count", notes)
    unknown = [c for c in chosen if c not in new.options]
    if unknown:
        return refuse(f"{_listed(unknown)} {'is' if len(unknown) == 1 else 'are'} not an answer in {new_wave}", notes)
    by_key = {option_key(o): o for o in old.options}
    missing = [c for c in chosen if option_key(c) not in by_key]
    if missing:
        return refuse(f"{_listed(missing)} {'is' if len(missing) == 1 else 'are'} not an answer in {old_wave}", notes)
    return Harmonised(tuple(by_key[option_key(c)] for c in chosen), chosen, None, tuple(notes))


def _excluded_notes(old: Question, new: Question, old_wave: str, new_wave: str) -> list[str]:
    old_keys = {option_key(e): e for e in old.excluded}
    new_keys = {option_key(e): e for e in new.excluded}
    notes = [f"“{label}” was an answer (not counted in the denominator) only in {new_wave}"
             for key, label in new_keys.items() if key not in old_keys]
    notes += [f"“{label}” was an answer (not counted in the denominator) only in {old_wave}"
              for key, label in old_keys.items() if key not in new_keys]
    return notes
