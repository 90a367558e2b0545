"""Names Excel accepts: sheet names (31 characters, no []:*?/\\ or quotes, unique) and short chart labels."""

from __future__ import annotations

import re

MAX_SHEET_NAME = 31
_FORBIDDEN = re.compile(r"[\[\]:*?/\\'\x00-\x1f]")
_RESERVED = {"history"}  # Excel keeps this name for itself


def clean_sheet_name(text: str) -> str:
    """``text`` made into a valid sheet name (not yet checked for uniqueness)."""
    name = " ".join(_FORBIDDEN.sub(" ", text).split()).strip()
    if len(name) > MAX_SHEET_NAME:
        cut = name[:MAX_SHEET_NAME]
        name = cut.rsplit(" ", 1)[0] if " " in cut[MAX_SHEET_NAME // 2:] else cut
    name = name.strip()
    if not name or name.casefold() in _RESERVED:
        name = f"Sheet {name}".strip()
    return name


class SheetNames:
    """Hands out valid sheet names, never the same one twice (Excel compares them case-blind)."""

    def __init__(self) -> None:  # noqa: D107
        self.taken: set[str] = set()

    def take(self, text: str) -> str:
        """A valid, unused sheet name as close to ``text`` as possible."""
        base = clean_sheet_name(text)
        name, n = base, 1
        while name.casefold() in self.taken:
            n += 1
            suffix = f" ({n})"
            name = base[: MAX_SHEET_NAME - len(suffix)].rstrip() + suffix
        self.taken.add(name.casefold())
        return name


def short_label(text: str, limit: int = 40) -> str:
    """A label for a chart axis: the text cut at a word boundary, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–") + "…"


def item_label(text: str, stem: str | None) -> str:
    """A matrix item's own words: "Stem - Item" or "Stem [Item]" without the stem."""
    if not stem:
        return text
    match = re.match(rf"^{re.escape(stem)}\s*(?:\[(?P<bracket>.*)\]|[-–—:|_]\s*(?P<rest>.*))$", text)
    if match:
        return (match["bracket"] or match["rest"] or text).strip() or text
    return text
