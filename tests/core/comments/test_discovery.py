"""Discovery of new themes among unmatched comments (NMF over TF-IDF)."""

from __future__ import annotations

from feedback_gui.core.comments.discovery import discover_themes

CORPUS = (
    ["The car park barrier is broken again and the car park is full"] * 3
    + ["Car park spaces are never free in the morning", "No car park spaces for visitors"]
    + ["The lunch canteen food is cold", "Canteen lunch options are poor", "Lunch in the canteen is expensive"]
    + ["Canteen closes before lunch ends", "The canteen lunch queue is long"]
)


def test_small_corpus_yields_themes_named_by_their_terms_with_counts():
    found = discover_themes(CORPUS)
    assert found, "two clear topics should be proposed"
    terms = [" ".join(t.terms) for t in found]
    assert any("car park" in t for t in terms)
    assert any("canteen" in t or "lunch" in t for t in terms)
    assert sum(t.count for t in found) <= len(CORPUS)
    assert all(t.count == len(t.members) >= 2 for t in found)
    assert found[0].to_dict() == {"terms": list(found[0].terms), "count": found[0].count}


def test_discovery_is_deterministic():
    assert discover_themes(CORPUS) == discover_themes(CORPUS)


def test_fewer_than_five_comments_propose_nothing():
    assert discover_themes(CORPUS[:4]) == []
    assert discover_themes([]) == []


def test_degenerate_inputs_do_not_crash():
    assert discover_themes(["the a an", "it is", "of the", "and or", "to be"]) == []
    assert isinstance(discover_themes(["[NAME] x"] * 6 + ["word word"] * 5), list)
