"""What a column's header says about its role: survey metadata or a demographic.

Metadata (timestamps, IDs, contact details, progress) is kept with the responses but never
reported as a question. Demographics are the columns a breakdown is made by.
"""

from __future__ import annotations

import re

_METADATA_PATTERNS = [
    r"^(id|#|no\.?|ref(erence)?|row)$",
    r"time ?stamp",
    r"^(start|end|completion|completed|submission|submitted|recorded|last modified|modified|created)"
    r"( ?(date|time|at|on))*$",
    r"^(start|end|recorded)date$",
    r"^date( submitted| completed| of (completion|submission|response|interview))?$",
    r"\b(response|respondent|collector|submission|record|recipient|survey|participant|case)[ _]?(id|number|no)\b",
    r"^responseid$|^respondentid$|^collectorid$",
    r"^respondent$",
    r"\be-?mail( address)?\b",
    r"^(full |first |last |your )?name$|^recipient(first|last)name$|^(first|last) ?name$",
    r"^recipient ?(e-?mail|first ?name|last ?name|id)$|^e-?mail ?address$",
    r"\bip ?address\b|^ipaddress$|^ipaddr$",
    r"^response ?set$|^date (started|last action)$|^referr?er ?url$|^refurl$|^submit ?date$|^datestamp$",
    r"^last ?page$|^start ?language$|^interview ?time$|^total time$|^(group|question) ?time\b",
    r"location ?accuracy",
    r"^progress$|^duration\b|^finished$|^status$|^complete[d]?$|^response type$",
    r"\b(user)?language\b|^lang$",
    r"distribution ?channel|^channel$|^collector$|^source$",
    r"location ?(latitude|longitude)|^latitude$|^longitude$",
    r"external ?(reference|data)|^externalreference$|^custom data|^custom ?variable",
    r"^user ?agent$|^browser$|^device$|^referr?er$",
    r"^q_|^_",
]
_METADATA = [re.compile(p, re.IGNORECASE) for p in _METADATA_PATTERNS]

_DEMOGRAPHIC_PATTERNS = [
    r"\bgender\b|\bsex\b",
    r"\bage\b|\bage ?(band|group|range)\b|how old",
    r"\bethnic",
    r"\bdisab",
    r"\breligio|\bfaith\b|\bbelief\b",
    r"sexual orientation|\bsexuality\b",
    r"\boffice\b|\bsite\b|\bteam\b|\blocation\b|\bregion\b|\bbased\b",
    r"\bgrade\b|\brole\b|\bjob\b|\bposition\b|\bband\b",
    r"length of service|how long have you|how many years have you|years? (of|in) service|\btenure\b",
    r"\bcontract\b|full[ -]?time|part[ -]?time|working pattern",
    r"\bincome\b|\beducation\b|\bqualification",
    r"sentence type|type of sentence|\bcase type\b|order type|\b(survey|interview) mode\b|^mode$",
    r"marital|\bcaring\b|\bcarer\b|pregnan|nationality|\bveteran\b|care leaver",
]
_DEMOGRAPHIC = [re.compile(p, re.IGNORECASE) for p in _DEMOGRAPHIC_PATTERNS]

# Demographic characteristics protected under the Equality Act 2010, by keyword.
PROTECTED: dict[str, str] = {
    "sex": r"\bgender\b|\bsex\b",
    "age": r"\bage\b|how old",
    "ethnicity": r"\bethnic",
    "disability": r"\bdisab",
    "religion": r"\breligio|\bfaith\b|\bbelief\b",
    "sexual orientation": r"sexual orientation|\bsexuality\b",
}


def _clean(header: str) -> str:
    return re.sub(r"\s+", " ", header.replace("_", " ")).strip()


def is_metadata_header(header: str) -> bool:
    """True if the header names survey metadata rather than a question."""
    text = _clean(header)
    compact = header.strip()
    return any(p.search(text) or p.search(compact) for p in _METADATA)


def is_demographic_header(header: str) -> bool:
    """True if the header names a demographic (gender, age band, office, grade, sentence type...)."""
    return demographic_word(header) is not None


def demographic_word(header: str) -> str | None:
    """The words of the header that name a demographic ("team", "age band"), or None."""
    if len(header) > 160:
        return None
    text = _clean(header)
    for pattern in _DEMOGRAPHIC:
        match = pattern.search(text)
        if match:
            return match.group(0)
    return None


def protected_characteristic(header: str) -> str | None:
    """The protected characteristic a demographic header names ("sex", "age" ...), if any."""
    text = _clean(header)
    for name, pattern in PROTECTED.items():
        if re.search(pattern, text, re.IGNORECASE):
            return name
    return None
