"""Redaction: each kind of personal detail is replaced and counted; ordinary words are left alone."""

from __future__ import annotations

import pytest

from feedback_gui.core.comments.redaction import KINDS, redact, total_counts


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Ring me on 07700 900123 please", "phone", "Ring me on [PHONE] please"),
        ("Ring me on +44 7700 900123 please", "phone", "Ring me on [PHONE] please"),
        ("The office is 01473 123456", "phone", "The office is [PHONE]"),
        ("The office is (01473) 123456", "phone", "The office is [PHONE]"),
        ("London office 020 7946 0958.", "phone", "London office [PHONE]."),
        ("Email me at jane.doe@justice.gov.uk today", "email", "Email me at [EMAIL] today"),
        ("I live at IP1 2AB now", "postcode", "I live at [POSTCODE] now"),
        ("moved to NR32 1XY", "postcode", "moved to [POSTCODE]"),
        ("visited SW1A 1AA once", "postcode", "visited [POSTCODE] once"),
        ("NI number QQ 12 34 56 C here", "ni_number", "NI number [NI NUMBER] here"),
        ("NI number QQ123456C here", "ni_number", "NI number [NI NUMBER] here"),
        ("my CRN is X123456.", "case_ref", "my CRN is [CASE REF]."),
        ("PNC 2019/0123456A on file", "pnc", "PNC [PNC] on file"),
        ("PNC 19/123456X on file", "pnc", "PNC [PNC] on file"),
        ("prison number A1234BC at HMP Norwich", "prison_no", "prison number [PRISON NO] at HMP Norwich"),
        ("I spoke to Mr Smith yesterday", "name", "I spoke to [NAME] yesterday"),
        ("Mrs Jones was kind", "name", "[NAME] was kind"),
        ("Dr Patel referred me", "name", "[NAME] referred me"),
        ("Sarah my SPO has been amazing", "name", "[NAME] my SPO has been amazing"),
        ("My PO Jason Smith is great", "name", "My PO [NAME] is great"),
        ("my po sarah is great", "name", "my po [NAME] is great"),
    ],
)
def test_each_kind_is_replaced_and_counted(text, kind, expected):
    result = redact(text)
    assert result.text == expected
    assert result.counts[kind] == 1
    assert sum(result.counts.values()) == 1


def test_counts_cover_every_kind_and_add_up():
    first = redact("Call 07700 900123 or email a@b.com")
    second = redact("Mr Smith, 07700 900124")
    assert set(first.counts) == set(KINDS)
    totals = total_counts([first, second])
    assert totals["phone"] == 2 and totals["email"] == 1 and totals["name"] == 1 and totals["postcode"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "Will they ever listen? May I suggest more training.",
        "Hope this helps. Faith groups and Grace periods are not people.",
        "Bill payments are late and the bill was high.",
        "PQiP, SPO, CRS and MHTR are not names.",
        "Most come from HMP Highpoint or HMP Warren Hill.",
        "The report was 12 pages, in 2023, 10 hours, 3 times a week, 45 cases.",
        "It took 6 months (from 01/02/2023) to get seen.",
        "I started in May and finish in June.",
        "The Hope project is good.",
    ],
)
def test_ordinary_words_are_not_redacted(text):
    result = redact(text)
    assert result.text == text
    assert sum(result.counts.values()) == 0


def test_word_names_are_redacted_inside_a_sentence_or_after_a_cue():
    assert redact("We spoke with Will about it.").text == "We spoke with [NAME] about it."
    assert redact("My PO Will is great.").text == "My PO [NAME] is great."
    assert redact("Mrs May helped.").text == "[NAME] helped."


def test_a_full_name_is_one_placeholder():
    result = redact("Sarah Jones and John Smith came")
    assert result.text == "[NAME] and [NAME] came"
    assert result.counts["name"] == 2
