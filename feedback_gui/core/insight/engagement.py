"""The Civil Service People Survey engagement questions (B47-B51), recognised by their wording.

The CSPS writes "[my organisation]" where each organisation puts its own name ("HMPPS", "the Probation
Service", "my PDU"). A question is recognised when its wording, once case and punctuation are ignored,
is the CSPS wording with any name of up to eight words in that place; a question number in front
("B47.", "Q12") is allowed. The CSPS wording itself, "[my organisation]" included, is recognised too.

The employee engagement index needs at least :data:`MIN_ITEMS` of the five questions, each a rating
scale; with fewer it is not computed, since it would not be the CSPS index.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from feedback_gui.core.insight.scoring import is_scored
from feedback_gui.core.survey import Question, Survey
from feedback_gui.core.waves.matching import normalise_text

ENGAGEMENT_NAME = "Engagement index"
ENGAGEMENT_CODE = "EES"
MIN_ITEMS = 3
_ORG = r"(?P<org>(?:[a-z0-9]+ ){0,7}[a-z0-9]+)"
_NUMBER = r"(?:(?:q|b|question )?\d+[a-z]? )?"
ENGAGEMENT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (code, re.compile(f"^{_NUMBER}{pattern}$")) for code, pattern in (
        ("B47", rf"i am proud when i tell others (?:that )?i am (?:a )?part of {_ORG}"),
        ("B48", rf"i would recommend {_ORG} as a great place to work"),
        ("B49", rf"i feel a strong personal attachment to {_ORG}"),
        ("B50", rf"{_ORG} inspires me to do (?:the|my) best in my job"),
        ("B51", rf"{_ORG} motivates me to help (?:it|them) achieve (?:its|their) objectives"),
    )
)


@dataclass(frozen=True)
class EngagementItems:
    """The engagement questions found in a survey, their CSPS codes and the name standing for the organisation."""

    questions: tuple[Question, ...]
    codes: tuple[str, ...]
    organisation: str | None  # the most common name found in the "[my organisation]" place

    @property
    def complete(self) -> bool:
        """True when all five CSPS engagement questions are there."""
        return len(self.codes) == len(ENGAGEMENT_PATTERNS)


def engagement_code(text: str) -> tuple[str, str] | None:
    """(CSPS code, organisation name) if ``text`` is one of the engagement questions, else None."""
    normal = normalise_text(text)
    for code, pattern in ENGAGEMENT_PATTERNS:
        match = pattern.match(normal)
        if match:
            return code, match.group("org")
    return None


def find_engagement(survey: Survey) -> EngagementItems | None:
    """The engagement questions of a survey (first question per code, in CSPS order), or None if under three."""
    found: dict[str, tuple[Question, str]] = {}
    for question in survey.questions:
        if not is_scored(question):
            continue
        hit = engagement_code(question.text)
        if hit is not None and hit[0] not in found:
            found[hit[0]] = (question, hit[1])
    if len(found) < MIN_ITEMS:
        return None
    codes = tuple(code for code, _ in ENGAGEMENT_PATTERNS if code in found)
    names = Counter(found[c][1] for c in codes)
    return EngagementItems(tuple(found[c][0] for c in codes), codes, names.most_common(1)[0][0] if names else None)
