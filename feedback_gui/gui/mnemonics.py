"""Mnemonics (the underlined Alt+letter of a button, box or menu item) for texts made at run time: a
characteristic's check box, a benchmark's menu item. Each gets a letter no other text near it uses."""

from __future__ import annotations

from collections.abc import Iterable


def mnemonic_letter(text: str) -> str | None:
    """The (case-folded) letter a text's "&" marks as its mnemonic, or None ("&&" is a plain ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return None


def with_mnemonics(names: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Each name as a button text with a mnemonic no other name (nor a letter of ``taken``) has.

    A word's first letter is preferred, then any other letter; a name left without a free letter gets
    none. Ampersands in the names are doubled so they show as they are."""
    used = {t.casefold() for t in taken}
    texts = []
    for name in names:
        starts = [i for i, c in enumerate(name) if c.isalnum() and (i == 0 or not name[i - 1].isalnum())]
        others = [i for i, c in enumerate(name) if c.isalnum() and i not in starts]
        at = next((i for i in starts + others if name[i].casefold() not in used), None)
        if at is not None:
            used.add(name[at].casefold())
        texts.append("".join(("&" if i == at else "") + ("&&" if c == "&" else c) for i, c in enumerate(name)))
    return texts


__all__ = ["mnemonic_letter", "with_mnemonics"]
