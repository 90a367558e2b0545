"""Codebooks: named themes of keywords and phrases, editable and saved as JSON.

A codebook is immutable: every edit (add, rename, merge, remove, set keywords) returns a new
one, which suits undo and saving with a project. Keywords are matched on word stems, so
"recruit" finds "recruiting" and "recruitment"; a keyword ending in ``*`` matches any word that
starts with it ("bull*"); a keyword in double quotes matches those exact words only (``"train"``
for the railway, where the stem would also find "training"). ``ignore`` phrases are read as one
unit that counts for no theme, so "offender management" does not make a comment about
"Management and supervision".
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.resources import resource_path

STAFF, USER_VOICE = "staff", "user_voice"
BUILT_IN_FILES = {STAFF: "staff.json", USER_VOICE: "user_voice.json"}


def _clean_keywords(keywords) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for keyword in keywords:
        text = " ".join(str(keyword).lower().split())
        if text:
            seen.setdefault(text, None)
    return tuple(seen)


@dataclass(frozen=True)
class Theme:
    """A theme: its name and the keywords or phrases that signal it."""

    name: str
    keywords: tuple[str, ...] = ()
    description: str = ""

    def to_dict(self) -> dict[str, object]:
        """JSON form."""
        out: dict[str, object] = {"name": self.name, "keywords": list(self.keywords)}
        if self.description:
            out["description"] = self.description
        return out


@dataclass(frozen=True)
class Codebook:
    """An ordered set of themes for one kind of survey ("staff" or "user_voice")."""

    name: str
    kind: str
    themes: tuple[Theme, ...] = ()
    ignore: tuple[str, ...] = field(default=())

    @property
    def theme_names(self) -> tuple[str, ...]:
        """Theme names in codebook order."""
        return tuple(t.name for t in self.themes)

    def theme(self, name: str) -> Theme:
        """The theme called ``name`` (FeedbackError if there is none)."""
        for theme in self.themes:
            if theme.name == name:
                return theme
        raise FeedbackError(f"the codebook has no theme called {name!r}")

    def _check_new_name(self, name: str) -> str:
        name = " ".join(name.split())
        if not name:
            raise FeedbackError("a theme needs a name")
        if name.casefold() in {t.name.casefold() for t in self.themes}:
            raise FeedbackError(f"the codebook already has a theme called {name!r}")
        return name

    def add_theme(self, name: str, keywords=(), description: str = "") -> Codebook:
        """A copy with a new theme at the end."""
        theme = Theme(self._check_new_name(name), _clean_keywords(keywords), description)
        return replace(self, themes=(*self.themes, theme))

    def remove_theme(self, name: str) -> Codebook:
        """A copy without the theme ``name``."""
        self.theme(name)
        return replace(self, themes=tuple(t for t in self.themes if t.name != name))

    def rename_theme(self, old: str, new: str) -> Codebook:
        """A copy with theme ``old`` renamed to ``new`` (same place, same keywords)."""
        theme = self.theme(old)
        if " ".join(new.split()).casefold() != old.casefold():
            new = self._check_new_name(new)
        return replace(self, themes=tuple(replace(t, name=new) if t is theme else t for t in self.themes))

    def set_keywords(self, name: str, keywords) -> Codebook:
        """A copy with the keywords of theme ``name`` replaced."""
        theme = self.theme(name)
        updated = replace(theme, keywords=_clean_keywords(keywords))
        return replace(self, themes=tuple(updated if t is theme else t for t in self.themes))

    def add_keywords(self, name: str, keywords) -> Codebook:
        """A copy with keywords added to theme ``name``."""
        return self.set_keywords(name, (*self.theme(name).keywords, *keywords))

    def remove_keywords(self, name: str, keywords) -> Codebook:
        """A copy with the given keywords taken out of theme ``name``."""
        drop = set(_clean_keywords(keywords))
        return self.set_keywords(name, [k for k in self.theme(name).keywords if k not in drop])

    def merge_themes(self, names, into: str) -> Codebook:
        """A copy where themes ``names`` become one theme ``into`` (at the first one's place)."""
        names = list(dict.fromkeys(names))
        if len(names) < 2:
            raise FeedbackError("choose at least two themes to merge")
        merged = [self.theme(n) for n in names]
        keywords = _clean_keywords(k for t in merged for k in t.keywords)
        others = [t for t in self.themes if t.name not in names]
        if into.casefold() in {t.name.casefold() for t in others}:
            raise FeedbackError(f"the codebook already has a theme called {into!r}")
        new = Theme(" ".join(into.split()) or merged[0].name, keywords, merged[0].description)
        out: list[Theme] = []
        for theme in self.themes:
            if theme.name == names[0]:
                out.append(new)
            elif theme.name not in names:
                out.append(theme)
        return replace(self, themes=tuple(out))

    def to_dict(self) -> dict[str, object]:
        """JSON form (as saved in projects and exported files)."""
        return {
            "format": "feedback-gui codebook",
            "version": 1,
            "name": self.name,
            "kind": self.kind,
            "ignore": list(self.ignore),
            "themes": [t.to_dict() for t in self.themes],
        }

    @classmethod
    def from_dict(cls, data: dict, source: str = "codebook") -> Codebook:
        """Build a codebook from its JSON form, checking it."""
        try:
            themes = tuple(
                Theme(str(t["name"]).strip(), _clean_keywords(t.get("keywords", ())), str(t.get("description", "")))
                for t in data["themes"]
            )
            book = cls(str(data.get("name", "Codebook")), str(data.get("kind", STAFF)), themes,
                       _clean_keywords(data.get("ignore", ())))
        except (KeyError, TypeError, AttributeError) as exc:
            raise FeedbackError(f"{source}: not a codebook file (missing {exc})") from None
        names = [t.name.casefold() for t in themes]
        if len(set(names)) != len(names) or "" in names:
            raise FeedbackError(f"{source}: theme names must be present and different")
        return book


def save_codebook(codebook: Codebook, path: str | Path) -> None:
    """Export a codebook as a JSON file."""
    Path(path).write_text(json.dumps(codebook.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def load_codebook(path: str | Path) -> Codebook:
    """Import a codebook from a JSON file."""
    file = Path(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise FeedbackError(f"{file.name}: cannot read the codebook ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise FeedbackError(f"{file.name}: not valid JSON (line {exc.lineno})") from None
    if not isinstance(data, dict):
        raise FeedbackError(f"{file.name}: not a codebook file")
    return Codebook.from_dict(data, file.name)


@cache
def built_in_codebook(kind: str) -> Codebook:
    """The shipped codebook for ``"staff"`` or ``"user_voice"`` (also accepts "user-voice")."""
    key = kind.replace("-", "_").lower()
    if key not in BUILT_IN_FILES:
        raise FeedbackError(f"unknown codebook {kind!r}; choose staff or user-voice")
    return load_codebook(resource_path("codebooks", BUILT_IN_FILES[key]))
