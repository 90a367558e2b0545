"""Who answered: the respondents' profile against a reference population, group by group.

For each reference characteristic matched to a survey question, each group's share of respondents
is set beside its share of the population. Respondents are counted if their answer belongs to a
compared group: blank or declined answers, and answers that are no group of the reference ("Unsure"),
are listed but not compared. Reference groups that record no value ("Not recorded") are left out too,
and the remaining groups' shares are taken as shares of the recorded population.

**Rule for the flag.** A group is *underrepresented* when its population share lies above the
respondents' Wilson interval (95% by default), *overrepresented* when it lies below, and *in line*
otherwise. Each characteristic also gets a goodness-of-fit test (see :mod:`.goodness`).
Respondents' shares are not suppressed: the inspectorate prints them (2 of 67 female respondents).
"""

from __future__ import annotations

from dataclasses import dataclass

from feedback_gui.core.analysis.breakdown import NOT_STATED, group_labels
from feedback_gui.core.analysis.proportions import wilson_interval
from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.equality.goodness import GoodnessOfFit, goodness_of_fit
from feedback_gui.core.equality.matching import CharacteristicMatch
from feedback_gui.core.equality.phrases import decimal_per_cent, lower_name, people, sentence_case, whole_per_cent
from feedback_gui.core.equality.reference import ReferenceCharacteristic
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Survey

UNDER, OVER, IN_LINE = "underrepresented", "overrepresented", "in line"


@dataclass(frozen=True)
class GroupShare:
    """One group: its share of respondents and of the population, and the verdict."""

    group: str  # the reference's label
    answers: tuple[str, ...]  # survey answers counted in the group
    respondents: int
    respondent_percent: float  # of the compared respondents, unrounded
    ci95: tuple[float, float]  # Wilson interval of respondent_percent
    population_count: int | None
    population_percent: float  # as the reference gives it
    comparison_percent: float  # share of the recorded population (the compared groups)
    flag: str  # UNDER, OVER or IN_LINE
    finding: str  # "Females were underrepresented at 3 per cent compared to 12.7 per cent of the caseload."
    represented: str  # "Females represented 3 per cent of respondents and 12.7 per cent of the caseload."
    confidence: float = 0.95  # the confidence level of ``ci95``

    @property
    def respondent_text(self) -> str:
        """The respondents' share as printed: "3%"."""
        return percent_text(self.respondent_percent)

    @property
    def population_text(self) -> str:
        """The population's share as printed: "12.7%"."""
        return decimal_per_cent(self.population_percent).replace(" per cent", "%")

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"group": self.group, "answers": list(self.answers), "respondents": self.respondents,
                "respondent_percent": self.respondent_percent, "ci95": list(self.ci95),
                "population_count": self.population_count, "population_percent": self.population_percent,
                "comparison_percent": self.comparison_percent, "respondent_text": self.respondent_text,
                "population_text": self.population_text, "flag": self.flag, "finding": self.finding,
                "represented": self.represented}


@dataclass(frozen=True)
class Representation:
    """One characteristic: every group's shares, the goodness-of-fit test and what was left out."""

    characteristic: str
    protected: str | None
    question_id: str
    question_text: str
    base: int  # respondents whose answer is in a compared group
    respondents: int  # all respondents
    groups: tuple[GroupShare, ...]
    test: GoodnessOfFit | None
    not_compared: tuple[tuple[str, int], ...]  # survey answers not compared, with how many gave them
    not_recorded: tuple[str, ...]  # reference groups not compared
    summary: str
    notes: tuple[str, ...]

    def group(self, label: str) -> GroupShare:
        """The group with this reference label."""
        return next(g for g in self.groups if g.group == label)

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"characteristic": self.characteristic, "protected": self.protected, "question": self.question_id,
                "question_text": self.question_text, "base": self.base, "respondents": self.respondents,
                "groups": [g.to_dict() for g in self.groups], "test": self.test.to_dict() if self.test else None,
                "not_compared": [{"answer": a, "respondents": n} for a, n in self.not_compared],
                "not_recorded": list(self.not_recorded), "summary": self.summary, "notes": list(self.notes)}


def represent(survey: Survey, match: CharacteristicMatch, item: ReferenceCharacteristic,
              population: str = "caseload", settings: AnalysisSettings = DEFAULT_SETTINGS) -> Representation:
    """Compare the respondents' profile on one matched characteristic with the reference's."""
    if match.question_id is None:
        raise ValueError(f"{match.characteristic} is not matched to a survey question")
    labels = group_labels(survey, survey.question(match.question_id))
    given = labels.value_counts().to_dict()
    counts = {g: sum(int(given.get(a, 0)) for a in answers) for g, answers in match.groups}
    base = sum(counts.values())
    by_label = {g.label: g for g in item.groups}
    comparison = comparison_shares(match, item)
    shares = []
    for label, answers in match.groups:
        ref = by_label[label]
        shares.append(_share(label, answers, counts[label], base, ref.count, ref.percent, comparison[label],
                             match.protected, match.characteristic, population, settings.confidence))
    test = goodness_of_fit([counts[g] for g, _ in match.groups], [comparison[g] for g, _ in match.groups],
                           settings.confidence) if base else None
    used = {a for _, answers in match.groups for a in answers}
    not_compared = tuple((str(a), int(n)) for a, n in given.items() if a not in used and n)
    notes = _notes(not_compared, match, item, counts, population)
    return Representation(match.characteristic, match.protected, match.question_id, match.question_text or "",
                          base, survey.respondents, tuple(shares), test, not_compared, match.not_recorded,
                          _summary(match.characteristic, test, base, population), notes)


def comparison_shares(match: CharacteristicMatch, item: ReferenceCharacteristic) -> dict[str, float]:
    """Each compared group's percentage of the recorded population (from counts when every group has one)."""
    by_label = {g.label: g for g in item.groups}
    compared = [by_label[label] for label, _ in match.groups]
    if all(g.count is not None for g in compared):
        sizes = {g.label: float(g.count) for g in compared}  # type: ignore[arg-type]
    else:
        sizes = {g.label: g.percent for g in compared}
    total = sum(sizes.values())
    return {label: 100.0 * size / total if total else 0.0 for label, size in sizes.items()}


def _share(label: str, answers: tuple[str, ...], count: int, base: int, population_count: int | None,
           population_percent: float, comparison: float, protected: str | None, name: str, population: str,
           confidence: float) -> GroupShare:
    percent = 100.0 * count / base if base else 0.0
    low, high = wilson_interval(count, base, confidence)
    flag = UNDER if comparison > high else OVER if comparison < low else IN_LINE
    who, mine, theirs = people(protected, label, name), whole_per_cent(percent), decimal_per_cent(population_percent)
    if flag == IN_LINE:
        finding = f"{who} were broadly representative at {mine} compared to {theirs} of the {population}."
    else:
        finding = f"{who} were {flag} at {mine} compared to {theirs} of the {population}."
    represented = f"{who} represented {mine} of respondents and {theirs} of the {population}."
    return GroupShare(label, answers, count, percent, (low, high), population_count, population_percent,
                      comparison, flag, sentence_case(finding), sentence_case(represented), confidence)


def _summary(name: str, test: GoodnessOfFit | None, base: int, population: str) -> str:
    subject = lower_name(name)
    if not base:
        return f"No respondent gave an answer that matches a {subject} group of the {population}."
    if test is None:
        return f"There is only one {subject} group to compare, so there is no test."
    verdict = "differs from" if test.significant else "is not clearly different from"
    return f"The respondents' {subject} profile {verdict} the {population}'s ({test.text})."


def _notes(not_compared: tuple[tuple[str, int], ...], match: CharacteristicMatch, item: ReferenceCharacteristic,
           counts: dict[str, int], population: str) -> tuple[str, ...]:
    notes = []
    for answer, n in not_compared:
        who = f"{n} respondent{'s' if n != 1 else ''}"
        if answer == NOT_STATED:
            notes.append(f"{who} did not say and {'is' if n == 1 else 'are'} not compared.")
        else:
            notes.append(f"{who} answered “{answer}”, which is not a group of the {population} profile, "
                         f"and {'is' if n == 1 else 'are'} not compared.")
    for label, answers in match.groups:
        if not answers and not counts[label]:
            notes.append(f"No respondent answered “{label}”.")
    for label in match.not_recorded:
        percent = next(g.percent for g in item.groups if g.label == label)
        notes.append(f"“{label}” ({decimal_per_cent(percent)} of the {population}) records no value and is not "
                     "compared; the other groups are compared as shares of the rest.")
    return tuple(notes)
