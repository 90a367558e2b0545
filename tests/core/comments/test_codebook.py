"""Codebooks: the built-in themes, editing, and export/import."""

from __future__ import annotations

import json

import pytest

from feedback_gui.core.comments.codebook import Codebook, built_in_codebook, load_codebook, save_codebook
from feedback_gui.core.errors import FeedbackError

STAFF_THEMES = (
    "Workload", "Management and supervision", "Leadership", "Training and development", "Staffing and recruitment",
    "Wellbeing", "Bullying and harassment", "Communication", "Services and interventions", "IT and systems",
    "Office and environment", "Equality, diversity and inclusion",
)
USER_VOICE_THEMES = (
    "Relationship with practitioner", "Appointments", "Communication", "Mental health", "Finance, benefits and debt",
    "Accommodation", "Employment, training and education", "Substance misuse", "Rehabilitation",
    "Services and interventions", "Travel and access",
)


def test_built_in_codebooks_have_exactly_the_agreed_themes():
    assert built_in_codebook("staff").theme_names == STAFF_THEMES
    assert built_in_codebook("user-voice").theme_names == USER_VOICE_THEMES
    assert all(t.keywords for t in built_in_codebook("user_voice").themes)
    with pytest.raises(FeedbackError, match="unknown codebook"):
        built_in_codebook("nhs")


def test_add_rename_edit_remove_return_new_codebooks():
    book = built_in_codebook("staff")
    added = book.add_theme("Court work", ["court report", "PSR", "court"])
    assert added.theme_names[-1] == "Court work" and "Court work" not in book.theme_names
    assert added.theme("Court work").keywords == ("court report", "psr", "court")
    renamed = added.rename_theme("Court work", "Courts")
    assert renamed.theme("Courts").keywords == ("court report", "psr", "court")
    assert renamed.theme_names.index("Courts") == len(STAFF_THEMES)
    edited = renamed.add_keywords("Courts", ["magistrates", "court"]).remove_keywords("Courts", ["psr"])
    assert edited.theme("Courts").keywords == ("court report", "court", "magistrates")
    assert "Courts" not in edited.remove_theme("Courts").theme_names
    with pytest.raises(FeedbackError, match="already has"):
        book.add_theme("workload")
    with pytest.raises(FeedbackError, match="no theme"):
        book.rename_theme("Nope", "Other")


def test_merge_keeps_all_keywords_at_the_first_themes_place():
    book = built_in_codebook("staff")
    merged = book.merge_themes(["Leadership", "Management and supervision"], "Leaders and managers")
    assert merged.theme_names[1] == "Leaders and managers"
    assert "Leadership" not in merged.theme_names and len(merged.themes) == len(book.themes) - 1
    keywords = set(merged.theme("Leaders and managers").keywords)
    assert set(book.theme("Leadership").keywords) | set(book.theme("Management and supervision").keywords) == keywords
    with pytest.raises(FeedbackError, match="at least two"):
        book.merge_themes(["Leadership"], "X")


def test_export_import_round_trip(tmp_path):
    book = built_in_codebook("user_voice").add_theme("Family", ["children", "partner"], "Family contact")
    path = tmp_path / "codebook.json"
    save_codebook(book, path)
    assert load_codebook(path) == book
    assert json.loads(path.read_text(encoding="utf-8"))["themes"][-1]["name"] == "Family"


def test_importing_a_bad_file_says_what_is_wrong(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(FeedbackError, match="not valid JSON"):
        load_codebook(bad)
    bad.write_text('{"themes": [{"name": "A"}, {"name": "a"}]}', encoding="utf-8")
    with pytest.raises(FeedbackError, match="different"):
        load_codebook(bad)
    bad.write_text('{"name": "x"}', encoding="utf-8")
    with pytest.raises(FeedbackError, match="not a codebook"):
        load_codebook(bad)


def test_codebook_from_dict_cleans_keywords():
    data = {"name": "B", "kind": "staff", "themes": [{"name": "T", "keywords": [" A  b ", "a b", ""]}]}
    book = Codebook.from_dict(data)
    assert book.theme("T").keywords == ("a b",)
