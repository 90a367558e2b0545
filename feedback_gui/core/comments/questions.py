"""What kind of answer a question asks for: the good side, the bad side, improvements, or none in particular.

"What do you like about working here?" and "What was good?" ask for praise, so "Help with my benefits"
answers them with praise; "What do you dislike?", "Cons" and "Worst thing about ..." ask for complaints, so
"Salary, growth, hike" complains. "What could we do better?" asks for suggestions: its answers are
suggestions (neutral) unless they complain. A question that asks for both sides ("Any positive or
negative comments?") is of no kind in particular.
"""

from __future__ import annotations

import re

PRAISE, COMPLAINT, IMPROVEMENT = "praise", "complaint", "improvement"
QUESTION_KINDS = (PRAISE, COMPLAINT, IMPROVEMENT)

_PRAISE = re.compile(
    r"\b(most helpful|been helpful|(was|were|is|are) (good|helpful|useful)|went well|works? well|"
    r"best (thing|part|about)|what did you (like|value|find (useful|helpful))|what do you (like|value|enjoy)|"
    r"what (has|have) helped|positives?|likes|pros|strengths?|what (is|was) great|liked? (most|best)|"
    r"enjoy (most|about)|good things?)\b",
    re.IGNORECASE,
)
_COMPLAINT = re.compile(
    r"\b(dislikes?|disliked|cons|worst|least (like|liked|enjoy|enjoyed|satisf\w*|helpful)|"
    r"(don'?t|do not|didn'?t|did not) (like|enjoy|value)|negatives?|what (is|was|were|are) (bad|poor|wrong)|"
    r"bad things?|downsides?|disadvantages?|frustrat\w*|weakness(es)?|what went wrong|unhappy)\b",
    re.IGNORECASE,
)
_IMPROVEMENT = re.compile(
    r"\b(improve\w*|do better|done better|(could|should|would) (we|you|they) (do|change)|change|suggestions?|"
    r"recommendations?|could be better|better\?|what would make)\b",
    re.IGNORECASE,
)


def question_kind(question: str | None) -> str:
    """``praise``, ``complaint``, ``improvement`` or "" (both sides, or nothing in particular)."""
    text = question or ""
    praise, complaint = bool(_PRAISE.search(text)), bool(_COMPLAINT.search(text))
    if praise != complaint:
        return PRAISE if praise else COMPLAINT
    if not praise and _IMPROVEMENT.search(text):
        return IMPROVEMENT
    return ""


def asks_for_praise(question: str | None) -> bool:
    """True for questions that ask what was good or helpful (and not also what was bad)."""
    return question_kind(question) == PRAISE


def asks_for_complaints(question: str | None) -> bool:
    """True for questions that ask what was bad or disliked (and not also what was good)."""
    return question_kind(question) == COMPLAINT
