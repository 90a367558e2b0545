"""Equality figures in the inspectorate's words: "3 per cent", "12.7 per cent", "people with disabilities"."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.schema.labels import label_key

# How a group of a protected characteristic is named in a sentence, by (characteristic, group key).
_PEOPLE: dict[tuple[str, str], str] = {
    ("sex", "female"): "females",
    ("sex", "male"): "males",
    ("sex", "woman"): "women",
    ("sex", "man"): "men",
    ("disability", "yes"): "people with disabilities",
    ("disability", "no"): "people without disabilities",
    ("disability", "disabled"): "people with disabilities",
    ("disability", "not disabled"): "people without disabilities",
}


def whole_per_cent(percent: float) -> str:
    """A respondents' percentage in words, rounded half up to a whole number: "3 per cent"."""
    return percent_text(percent).rstrip("%") + " per cent"


def decimal_per_cent(percent: float) -> str:
    """A reference percentage in words with one decimal, rounded half up: "12.7 per cent"."""
    rounded = Decimal(repr(percent)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{rounded} per cent"


def p_text(p_value: float) -> str:
    """A p-value as printed: "p < 0.001" or "p = 0.034"."""
    return "p < 0.001" if p_value < 0.001 else f"p = {p_value:.3f}"


def people(characteristic: str | None, group: str, name: str = "") -> str:
    """The people in a group, as a sentence names them ("females", "people aged 18-24")."""
    key = label_key(group)
    known = _PEOPLE.get((characteristic or "", key))
    if known:
        return known
    if characteristic == "age":
        return f"people aged {group}"
    if characteristic == "ethnicity":
        return f"people of {group} ethnicity"
    if characteristic == "religion":
        return f"people giving their religion as {group}"
    if characteristic in ("sex", "sexual orientation"):
        return f"people identifying as {group}"
    if characteristic == "disability":
        return f"people answering “{group}” about disability"
    return f"people in the {lower_name(name)} group “{group}”" if name else f"people in the group “{group}”"


def lower_name(name: str) -> str:
    """A characteristic's name inside a sentence: "Sentence type" -> "sentence type" (acronyms kept)."""
    return name if name[1:2].isupper() else name[:1].lower() + name[1:]


def and_list(items: list[str] | tuple[str, ...], conjunction: str = "and") -> str:
    """'A', 'A and B', 'A, B and C' (or with another conjunction: 'A, B or C')."""
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def sentence_case(text: str) -> str:
    """The text with its first letter in capitals."""
    return text[:1].upper() + text[1:]
