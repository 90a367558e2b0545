"""Survey metadata: timestamps, ids, contact details, progress, tool-derived columns. Never reported.

Two readings: a header that names metadata whatever the tool (``roles.is_metadata_header``), and a
tool's own set of metadata columns, applied once the file shows that tool's signature (three or more
of its column names), so that ambiguous names ("Seed", "Last page", "Token", "Score") are metadata only
in that tool's exports, even when they are empty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from feedback_gui.core.schema.evidence import HIGH, ColumnEvidence, Inference
from feedback_gui.core.schema.roles import is_metadata_header
from feedback_gui.core.survey import QuestionType

NAME = "metadata"
SIGNATURE = 3  # this many of a tool's metadata names in one file identify the tool
# Qualtrics Text iQ and Stats iQ columns, derived by Qualtrics from an answer ("Q2 - Topics").
_DERIVED = re.compile(r" - (parent topics|topics|topic sentiment (label|score)|sentiment( polarity| score)?|"
                      r"actionability|emotion( intensity)?|effort)$", re.I)
_DERIVED_IMPORT = re.compile(r"(topics|sentiment|actionability|emotion|effort)", re.I)

TOOL_METADATA: dict[str, frozenset[str]] = {
    "LimeSurvey": frozenset({
        "response id", "date submitted", "last page", "start language", "seed", "date started", "date last action",
        "referrer url", "ip address", "token", "total time", "id", "submitdate", "lastpage", "startlanguage",
        "startdate", "datestamp", "refurl", "ipaddr", "interviewtime"}),
    "SurveyMonkey": frozenset({
        "respondent id", "respondentid", "collector id", "collectorid", "start date", "startdate", "end date",
        "enddate", "ip address", "email address", "first name", "firstname", "last name", "lastname",
        "custom data", "custom data 1", "custom data 2", "custom data 3"}),
    "Qualtrics": frozenset({
        "responseid", "response id", "responseset", "response set", "ipaddress", "ip address", "startdate",
        "start date", "enddate", "end date", "recordeddate", "recorded date", "status", "response type", "progress",
        "finished", "duration (in seconds)", "recipientlastname", "recipientfirstname", "recipientemail",
        "externalreference", "externaldatareference", "external data reference", "locationlatitude",
        "locationlongitude", "locationaccuracy", "distributionchannel", "userlanguage", "name", "emailaddress"}),
    "Microsoft Forms": frozenset({
        "id", "start time", "completion time", "email", "name", "last modified time", "total points",
        "quiz feedback"}),
    "Google Forms": frozenset({"timestamp", "email address", "score", "total score"}),
}
_TOOL_PATTERNS: dict[str, re.Pattern[str]] = {
    "Microsoft Forms": re.compile(r"^(points|feedback) - ", re.I),
    "LimeSurvey": re.compile(r"^(group|question) time: |^grouptime\d+$", re.I),
    "Qualtrics": re.compile(r"^v\d{1,2}$", re.I),  # legacy exports name their ten metadata columns V1-V10
}


def name_key(text: str) -> str:
    """A column name as the tool signatures list it: lower case, single spaces, no underscores."""
    return " ".join(text.replace("_", " ").casefold().split())


def recognise(column: ColumnEvidence) -> Inference | None:
    """Metadata named by the header (or the file's column id), or a column a tool derives from an answer."""
    for name in (column.header, column.column_id or ""):
        if name and is_metadata_header(name):
            return Inference(QuestionType.METADATA).noted(f"survey metadata ('{name}')", HIGH, NAME)
    if _DERIVED.search(column.header) or (column.import_id and "QID" in column.import_id
                                          and _DERIVED_IMPORT.search(column.import_id.split("_TEXT")[-1])):
        return Inference(QuestionType.METADATA).noted("derived by Qualtrics from an answer (Text iQ)", HIGH, NAME)
    return None


def tool_metadata(names: Sequence[tuple[str, str | None]]) -> tuple[str | None, set[int]]:
    """The tool whose metadata columns the file has (three or more of them), and the positions of those columns.

    ``names`` holds each column's header text and its id (Qualtrics export tag), if any."""
    keys = [{name_key(text), name_key(cid or "")} - {""} for text, cid in names]
    best, best_hits = None, 0
    for tool, known in TOOL_METADATA.items():
        hits = sum(1 for k in keys if k & known)
        if hits > best_hits:
            best, best_hits = tool, hits
    if best is None or best_hits < SIGNATURE:
        if keys and "timestamp" in keys[0]:
            best = "Google Forms"  # Google Forms puts "Timestamp" first and little else
        else:
            return None, set()
    known, pattern = TOOL_METADATA[best], _TOOL_PATTERNS.get(best)
    found = {i for i, k in enumerate(keys) if k & known or (pattern and any(pattern.search(x) for x in k))}
    return best, found


def tool_note(tool: str, name: str) -> Inference:
    """The metadata call for a column of a tool's metadata set."""
    return Inference(QuestionType.METADATA).noted(f"{tool} metadata ('{name}')", HIGH, NAME)
