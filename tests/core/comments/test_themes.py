"""Theme matching on stems, and choosing a codebook."""

from __future__ import annotations

from feedback_gui.core.comments.codebook import Codebook, Theme, built_in_codebook
from feedback_gui.core.comments.themes import choose_codebook, choose_codebook_kind, match_themes


def test_keywords_match_other_forms_of_the_word():
    book = Codebook("t", "staff", (Theme("Staffing", ("recruit", "vacancy")), Theme("Training", ("train",))))
    found = match_themes(["Recruiting is slow", "two vacancies", "the training was late", "nothing here"], book)
    assert [m.themes for m in found] == [("Staffing",), ("Staffing",), ("Training",), ()]


def test_a_comment_can_carry_several_themes_with_hit_counts():
    match = match_themes(["My caseload is too high and nDelius keeps crashing; the caseload weighting is wrong"],
                         built_in_codebook("staff"))[0]
    assert set(match.themes) >= {"Workload", "IT and systems"}
    assert match.strength("Workload") >= 2
    assert match.strength("Leadership") == 0


def test_longest_phrase_wins_and_ignored_phrases_count_for_no_theme():
    staff = built_in_codebook("staff")
    assert "Management and supervision" not in match_themes(["We do offender management"], staff)[0].themes
    assert match_themes(["We are in crisis management mode"], staff)[0].themes == ("Workload",)
    assert match_themes(["My line manager is great"], staff)[0].themes == ("Management and supervision",)


def test_prefix_keywords():
    book = Codebook("t", "staff", (Theme("Bullying", ("bull*",)),))
    assert match_themes(["He bullies people", "A bull in a field", "nothing"], book)[1].themes == ("Bullying",)
    assert match_themes(["nothing"], book)[0].themes == ()


def test_user_voice_themes():
    found = match_themes(["I can't afford the bus fare to my appointments"], built_in_codebook("user_voice"))[0]
    assert set(found.themes) == {"Finance, benefits and debt", "Travel and access", "Appointments"}


def test_choose_codebook_from_question_wording_or_comments():
    assert choose_codebook_kind(["How well does your probation officer understand your needs?"]) == "user_voice"
    assert choose_codebook_kind(["Does your line manager support your wellbeing?"]) == "staff"
    assert choose_codebook_kind(["My caseload is huge and my SPO is never around"]) == "staff"
    assert choose_codebook_kind(["I was released homeless and my PO found me a hostel"]) == "user_voice"
    assert choose_codebook(["Any other comments?"]).kind == "staff"  # nothing to go on: staff


def test_quoted_keywords_match_exact_words_only():
    voice = built_in_codebook("user_voice")
    assert "Travel and access" in match_themes(["I get the train to my appointments"], voice)[0].themes
    assert "Travel and access" not in match_themes(["The training was useful"], voice)[0].themes
    book = Codebook("t", "staff", (Theme("Rail", ('"train"',)),))
    assert [m.themes for m in match_themes(["by train", "trains", "training"], book)] == [("Rail",), (), ()]
