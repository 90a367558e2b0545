"""Short answers read by their opening: "all is well", dismissing the question, or unsure.

"Nothing to dislike", "nothing, all good", "no complaints", "can't complain" and "everything is fine" say
that all is well: they are praise whatever the question. "Nothing really", "Not much", "None as such"
dismiss the question: praise for "What do you dislike?", a complaint for "What do you like?". "Don't
know" and "Not sure" are unsure. A bare "Nothing" or "N/A" is a non-answer (see text.is_non_answer):
neutral, and left out of the figures.
"""

from __future__ import annotations

import re

_OPENER = r"^\W*(?:(?:honestly|well|really|to be honest|tbh|um+|erm|so far|personally|i think)\W+)?(?:i\s+)?"
_END = r"\s*(?:[.!,;:\-]|$)"
_ALL_WELL = re.compile(
    r"\b(?:"
    r"(?:nothing|not a thing|not anything|none)\s+(?:\w+\s+){0,2}?"
    r"(?:to|i)\s+(?:would\s+|could\s+)?(?:dislike|complain|moan|grumble|change|improve|fault|criticise|criticize)\b|"
    r"nothing\s+(?:bad|wrong|negative|i\s+(?:dislike|don'?t\s+like|would\s+change))\b|"
    r"no\s+(?:real\s+|major\s+|big\s+)?(?:complaints?|cons|negatives?|grumbles?|moans?|concerns?|"
    r"issues?|problems?)(?:\s+(?:at\s+all|so\s+far|whatsoever|here|really))?" + _END + r"|"
    r"(?:can'?t|cannot|could\s*n[o']t)\s+(?:really\s+)?(?:complain|fault\b|think\s+of\s+anything\s+(?:bad|negative|wrong))|"
    r"could\s*n[o']t\s+be\s+better|"
    r"(?:i\s+)?(?:don'?t|do\s+not)\s+dislike\s+anything|"
    r"(?:everything|all)\s+(?:is\s+|was\s+|has\s+been\s+)?(?:fine|good|great|ok|okay|perfect|well|excellent|brilliant)\b"
    r")",
    re.IGNORECASE,
)
_QUALIFIERS = (r"(?:\W+(?:much|really|as\s+such|in\s+particular|specific|specifically|special|at\s+all|"
               r"comes\s+to\s+mind|(?:that\s+)?i\s+can\s+think\s+of|so\s+far|at\s+the\s+moment|at\s+present|"
               r"right\s+now|for\s+now|yet|to\s+be\s+honest|tbh|honestly|i'?m\s+afraid|sorry|here|about\s+it))*")
_DISMISSIVE = re.compile(
    _OPENER + r"(?:nothing|none|not\s+a\s+thing|not\s+anything|nil|nada|nowt|no)" + _QUALIFIERS + _END + "|"
    + _OPENER + r"not\s+(?:much|a\s+lot|really|a\s+great\s+deal)" + _END,
    re.IGNORECASE,
)
_NOTHING_GOOD = re.compile(_OPENER + r"nothing\s+(?:to\s+like|good|positive|great|worth)\b", re.IGNORECASE)
_UNSURE = re.compile(
    _OPENER + r"(?:don'?t know|do not know|dunno|not sure|unsure|can'?t (?:think|say)|cannot (?:think|say)|"
    r"no idea|hard to say)",
    re.IGNORECASE,
)


def says_all_is_well(text: str) -> bool:
    """True for answers that say there is nothing wrong ("no complaints", "nothing to dislike", "all good")."""
    return bool(_ALL_WELL.search(text or ""))


def dismisses(text: str) -> bool:
    """True for answers that open by dismissing the question ("Nothing really", "Not much", "None as such")."""
    return bool(_DISMISSIVE.match(text or ""))


def only_dismisses(text: str) -> bool:
    """True when the whole answer is a dismissal ("Nothing much to be honest"): its own words carry no feeling."""
    match = _DISMISSIVE.match(text or "")
    return match is not None and not (text or "")[match.end():].strip(" .!,;:-")


def finds_nothing_good(text: str) -> bool:
    """True for answers that open by saying nothing is good ("Nothing to like", "Nothing good about it")."""
    return bool(_NOTHING_GOOD.match(text or ""))


def unsure(text: str) -> bool:
    """True for answers that open by saying the writer does not know ("Don't know", "Not sure")."""
    return bool(_UNSURE.match(text or ""))
