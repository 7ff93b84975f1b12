"""CSV and Mermaid imports are untrusted input too: bounded in size, count and
time, and any text either imports into a valid map or raises the importer's
own error, with a line number, never anything else."""

from __future__ import annotations

import re
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapstudio.interchange import (
    CsvImportError,
    InterchangeError,
    MermaidImportError,
    csv_cards,
    import_csv,
    import_mermaid,
    mermaid,
    mermaid_grammar,
    parse_csv,
    parse_mermaid,
    parsed,
)
from mapstudio.model.validate import project_problems

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def refused_csv(text: str | bytes, fragment: str) -> CsvImportError:
    with pytest.raises(CsvImportError) as info:
        parse_csv(text.encode() if isinstance(text, str) else text)
    assert fragment in str(info.value), str(info.value)
    return info.value


def refused_mermaid(text: str, fragment: str) -> MermaidImportError:
    with pytest.raises(MermaidImportError) as info:
        parse_mermaid(text.encode())
    assert fragment in str(info.value), str(info.value)
    return info.value


# ------------------------------------------------------------------- CSV
def test_csv_file_over_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_cards, "MAX_BYTES", 1000)
    refused_csv("phase,title\n" + "p,t\n" * 300, "larger than")


def test_csv_huge_field() -> None:
    refused_csv("phase,title\np," + "x" * 200_000 + "\n", "malformed")


def test_csv_long_field_under_the_parser_limit() -> None:
    result = parse_csv(("phase,title\np," + "x" * 20_000 + "\n").encode())
    assert result.problems and "longer than" in result.problems[0][1]


def test_csv_header_with_a_huge_cell_is_an_import_error() -> None:
    """A first line that is one giant field for some separator must not crash sniffing."""
    refused_csv('phase;title,"' + "x" * 200_000 + '"\n', "malformed")


def test_csv_too_many_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_cards, "MAX_ROWS", 50)
    refused_csv("phase,title\n" + "p,t\n" * 51, "more than 50 rows")


def test_csv_too_many_columns() -> None:
    refused_csv("phase,title" + ",x" * 200 + "\n", "more than 100 columns")
    result = parse_csv(("phase,title\np,t" + ",x" * 200 + "\n").encode())
    assert result.cards == [] and "more than 100 values" in result.problems[0][1]


def test_csv_too_many_phases_or_lanes() -> None:
    rows = "".join(f"phase {i},t\n" for i in range(parsed.MAX_PHASES + 1))
    error = refused_csv("phase,title\n" + rows, f"more than {parsed.MAX_PHASES} phases")
    assert error.problems[0][0] == parsed.MAX_PHASES + 2  # the line that went over
    rows = "".join(f"p,lane {i},t\n" for i in range(parsed.MAX_LANES + 1))
    refused_csv("phase,lane,title\n" + rows, f"more than {parsed.MAX_LANES} lanes")


def test_csv_crowded_cell(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_cards, "MAX_CARDS_PER_CELL", 20)
    refused_csv("phase,title\n" + "p,t\n" * 21, "more than 20 cards in the cell p")


def test_csv_many_phases_are_matched_in_linear_time() -> None:
    """10 000 rows over 200 phases: a lookup per row, not a scan of the phases."""
    rows = "".join(f"Phase {i % parsed.MAX_PHASES},t{i}\n" for i in range(10_000))
    calls = 0
    real = parsed.normalize

    def counting(word: str) -> str:
        nonlocal calls
        calls += 1
        return real(word)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parsed, "normalize", counting)
        result = parse_csv(("phase,title\n" + rows).encode())
    assert len(result.phases) == parsed.MAX_PHASES
    assert calls <= 2 * 10_000


# --------------------------------------------------------------- Mermaid
def test_mermaid_file_over_the_size_limit() -> None:
    with pytest.raises(MermaidImportError, match="larger than"):
        parse_mermaid(b"journey\n" + b"a: 3\n" * 500_000)


def test_mermaid_too_many_tokens_stops_early() -> None:
    tracemalloc.start()
    try:
        refused_mermaid("journey\n" + ";" * 1_500_000, "far longer than a journey")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024


def test_mermaid_too_many_sections_actors_or_tasks_in_one_section() -> None:
    sections = "".join(f"section s{i}\n" for i in range(parsed.MAX_PHASES + 1))
    refused_mermaid("journey\n" + sections, f"more than {parsed.MAX_PHASES} sections")
    actors = ",".join(f"actor {i}" for i in range(parsed.MAX_PERSONAS + 1))
    refused_mermaid(f"journey\ntask: 3: {actors}\n", f"more than {parsed.MAX_PERSONAS} actors")
    tasks = "".join(f"t{i}: 3\n" for i in range(parsed.MAX_CARDS_PER_CELL + 1))
    refused_mermaid("journey\nsection A\n" + tasks, "tasks in one section")


def test_mermaid_unclosed_directives_are_read_in_linear_time() -> None:
    """`%%{` over and over without `}%%` made the old regular expression quadratic."""
    result = parse_mermaid(("journey\n" + "%%{" * 200_000).encode())
    assert result.cards == []


# A directive regular expression and a rule-by-rule lexer, as they were: the
# fast versions must give exactly the same results.
_OLD_DIRECTIVE = re.compile(r"%%\{.*?\}%%", re.DOTALL)
mermaid_text = st.text(alphabet="journey%{}:;#\n ab5,title section accDescr", max_size=80)


@FUZZ
@given(mermaid_text)
def test_directive_removal_matches_the_regular_expression(text: str) -> None:
    expected = _OLD_DIRECTIVE.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    assert mermaid_grammar._without_directives(text) == expected


def _old_first_rule(text: str, pos: int) -> tuple[str, str | None]:
    for pattern, kind, _enter in mermaid_grammar._INITIAL:
        match = pattern.match(text, pos)
        if match:
            return match.group(0), kind
    raise AssertionError


@FUZZ
@given(mermaid_text, st.integers(0, 80))
def test_combined_lexer_rule_matches_the_rules_in_order(text: str, pos: int) -> None:
    if pos >= len(text):
        return
    match, kind, _enter = mermaid_grammar._first_rule(text, pos)
    assert (match.group(0), kind) == _old_first_rule(text, pos)


# ------------------------------------------------------------ any text
csv_text = st.text(alphabet='phase,title;lane\tkind"\n\r é=+-@0123', max_size=300)


@FUZZ
@given(csv_text)
def test_any_csv_text_imports_or_is_refused(text: str) -> None:
    try:
        result = import_csv(text.encode("utf-8"))
    except InterchangeError as error:
        assert isinstance(error, CsvImportError) and str(error)
    else:
        assert project_problems(result.project) == []


@FUZZ
@given(mermaid_text)
def test_any_mermaid_text_imports_or_is_refused(text: str) -> None:
    try:
        result = import_mermaid(text.encode("utf-8"))
    except InterchangeError as error:
        assert isinstance(error, MermaidImportError) and str(error)
    else:
        assert project_problems(result.project) == []


def test_limits_are_where_the_docs_say() -> None:
    assert (csv_cards.MAX_BYTES, csv_cards.MAX_ROWS, csv_cards.MAX_COLUMNS) == (
        10_000_000,
        10_000,
        100,
    )
    assert (mermaid.MAX_BYTES, mermaid.MAX_TASKS, mermaid_grammar.MAX_TOKENS) == (
        2_000_000,
        5_000,
        50_000,
    )
