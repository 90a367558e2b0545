"""Unmet need: options a respondent ticked as needed but not as received (User Voice "support
needed" against "support received")."""

from __future__ import annotations

from dataclasses import dataclass

from feedback_gui.core.analysis.counting import indicators
from feedback_gui.core.survey import Question, QuestionType, Survey


@dataclass(frozen=True)
class UnmetNeed:
    """Respondents needing an option, receiving it, and needing it without receiving it."""

    option: str
    needed: int
    received: int  # among those who needed it
    unmet: int

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"option": self.option, "needed": self.needed, "received": self.received, "unmet": self.unmet}


def unmet_needs(survey: Survey, needed: Question, received: Question) -> list[UnmetNeed]:
    """For each option of ``needed``: who needed it and did not receive it, largest unmet need first."""
    for question in (needed, received):
        if question.type != QuestionType.MULTI_CHOICE:
            raise ValueError(f"{question.text!r} is not a multi-select question")
    need = indicators(survey, needed)
    got = indicators(survey, received)
    by_key = {c.casefold(): c for c in got.columns}
    out = []
    for option in need.columns:
        wanted = need[option]
        match = by_key.get(option.casefold())
        had = got[match] if match is not None else wanted & False
        out.append(UnmetNeed(option, int(wanted.sum()), int((wanted & had).sum()), int((wanted & ~had).sum())))
    return sorted(out, key=lambda u: (-u.unmet, u.option))


def find_needs_pair(survey: Survey) -> tuple[Question, Question] | None:
    """The "support needed" and "support received" questions, if the survey has both."""
    multi = survey.of_type(QuestionType.MULTI_CHOICE)
    needed = next((q for q in multi if "need" in q.text.casefold()), None)
    received = next((q for q in multi if any(w in q.text.casefold() for w in ("received", "receive", "got"))),
                    None)
    if needed is None or received is None or needed is received:
        return None
    return needed, received
