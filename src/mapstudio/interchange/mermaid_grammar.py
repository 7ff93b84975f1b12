"""Mermaid's `journey` grammar, read the way Mermaid's own parser reads it.

The rules mirror Mermaid's lexer (`user-journey/parser/journey.jison`): tried
in order at each position, first match wins, case-insensitive. So the quirks
carry over: `#` and `%%` start comments, spaces around tokens are skipped,
a task name ends at `:`, `#` or `;`, and a word like `title` at the start of a
line is a keyword. Before lexing we do what Mermaid does to the whole text:
front matter and `%%{…}%%` directives are set aside and `#name;` entities are
protected, to be decoded in the names (see `decode`).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_I = re.IGNORECASE
_INITIAL: list[tuple[re.Pattern[str], str | None, str | None]] = [
    # (pattern, token kind or None to skip, state to enter)
    (re.compile(r"%%(?!\{)[^\n]*", _I), None, None),
    (re.compile(r"[^}]%%[^\n]*", _I), None, None),
    (re.compile(r"\n+"), "NEWLINE", None),
    (re.compile(r"\s+"), None, None),
    (re.compile(r"#[^\n]*"), None, None),
    (re.compile(r"journey", _I), "journey", None),
    (re.compile(r"title\s[^#\n;]+", _I), "title", None),
    (re.compile(r"accTitle\s*:\s*", _I), "acc_title", "acc_title"),
    (re.compile(r"accDescr\s*:\s*", _I), "acc_descr", "acc_descr"),
    (re.compile(r"accDescr\s*\{\s*", _I), None, "acc_descr_multiline"),
    (re.compile(r"section\s[^#:\n;]+", _I), "section", None),
    (re.compile(r"[^#:\n;]+"), "taskName", None),
    (re.compile(r":[^#\n;]+"), "taskData", None),
    (re.compile(r":"), ":", None),
    (re.compile(r"."), "INVALID", None),
]
# The same rules as one alternation: at a position Python's `re` tries the
# alternatives left to right and takes the first that matches, exactly the
# lexer's rule, but in one C-level call instead of up to fifteen per token.
_ANY_RULE = re.compile(
    "|".join(f"(?P<r{i}>{pattern.pattern})" for i, (pattern, _, _) in enumerate(_INITIAL)), _I
)
# A journey of MAX_TASKS tasks takes about four tokens a task; far more only
# comes from a file that is not a journey (a megabyte of ";" is a token each).
MAX_TOKENS = 50_000
_LINE_VALUE = re.compile(r"[^\n]*")
_MULTILINE_VALUE = re.compile(r"[^}]*")

_FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?)\n-{3}[ \t]*(?:\n|$)", re.DOTALL)
_ENTITY = re.compile(r"#(\w+);")
_PLACEHOLDER = re.compile("\ue000(\\d+)\ue001")
_BREAK = re.compile(r"<br\s*/?>", _I)


@dataclass(frozen=True)
class Token:
    kind: str  # journey, title, section, taskName, taskData, acc_*, NEWLINE, INVALID, ":"
    text: str
    line: int


class TooManyTokens(Exception):
    """The text holds more than `MAX_TOKENS` tokens; carries the line reached."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


class UnclosedBlock(Exception):
    """An `accDescr {` without its `}`; carries the line where it opened."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


@dataclass
class Prepared:
    """The text ready for the lexer, and what preparing it set aside."""

    text: str
    front_matter_title: str
    entities: list[str]


def prepare(text: str) -> Prepared:
    """Mermaid's preprocessing, keeping line numbers intact."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = ""
    match = _FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).split("\n"):
            key, _, value = line.partition(":")
            if key.strip() == "title" and not line.startswith((" ", "\t")):
                title = value.strip().strip("\"'")
        text = "\n" * match.group(0).count("\n") + text[match.end() :]
    text = _without_directives(text)
    entities: list[str] = []

    def protect(match: re.Match[str]) -> str:
        entities.append(match.group(1))
        return f"\ue000{len(entities) - 1}\ue001"

    return Prepared(_ENTITY.sub(protect, text), title, entities)


def _without_directives(text: str) -> str:
    """`%%{…}%%` directives blanked out (newlines kept), in one pass.

    Does what the regular expression `%%{.*?}%%` (DOTALL) would, without its
    quadratic time on a text of many unclosed `%%{`.
    """
    parts: list[str] = []
    position = 0
    while (start := text.find("%%{", position)) >= 0:
        end = text.find("}%%", start + 3)
        if end < 0:  # no directive can close after this one either
            break
        parts += [text[position:start], "\n" * text.count("\n", start, end)]
        position = end + 3
    parts.append(text[position:])
    return "".join(parts)


def decode(text: str, entities: list[str]) -> str:
    """A name as Mermaid shows it: entities decoded, `<br>` as a line break, trimmed."""

    def entity(match: re.Match[str]) -> str:
        name = entities[int(match.group(1))]
        if name.isdigit():
            code = int(name)
            return chr(code) if 0 < code < 0x110000 else f"#{name};"
        decoded = html.unescape(f"&{name};")
        return f"#{name};" if decoded == f"&{name};" else decoded

    return _BREAK.sub("\n", _PLACEHOLDER.sub(entity, text)).strip()


def tokens(text: str) -> list[Token]:
    """The lexer's tokens with their line numbers; raises `UnclosedBlock`, `TooManyTokens`."""
    result: list[Token] = []
    pos, line, state = 0, 1, "INITIAL"
    opened = 0
    while pos < len(text):
        if len(result) > MAX_TOKENS:
            raise TooManyTokens(line)
        if state in ("acc_title", "acc_descr"):
            match = _LINE_VALUE.match(text, pos)
            assert match is not None
            result.append(Token(f"{state}_value", match.group(0), line))
            state = "INITIAL"
        elif state == "acc_descr_multiline":
            if text[pos] == "}":
                pos, state = pos + 1, "INITIAL"
                continue
            match = _MULTILINE_VALUE.match(text, pos)
            assert match is not None
            if match.end() == len(text):
                raise UnclosedBlock(opened)
            result.append(Token("acc_descr_multiline_value", match.group(0), line))
        else:
            match, kind, enter = _first_rule(text, pos)
            if kind is not None:
                result.append(Token(kind, match.group(0), line))
            if enter is not None:
                state, opened = enter, line
        line += match.group(0).count("\n")
        pos = match.end()
    if state == "acc_descr_multiline":
        raise UnclosedBlock(opened)
    if state in ("acc_title", "acc_descr"):
        result.append(Token(f"{state}_value", "", line))
    return result


def _first_rule(text: str, pos: int) -> tuple[re.Match[str], str | None, str | None]:
    """The first rule of the initial state that matches at `pos` (the last always does)."""
    match = _ANY_RULE.match(text, pos)
    if match is None or match.lastgroup is None:
        raise AssertionError("the catch-all rule matches any character")
    _, kind, enter = _INITIAL[int(match.lastgroup[1:])]
    return match, kind, enter
