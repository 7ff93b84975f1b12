"""Checking many nodes of project.json at once, a column of values at a time.

A big project's nodes nearly all share a few shapes: every card MapStudio
writes has the same fields, and so has every phase and lane. Nodes of one
type and number of fields are checked together: the values of each field
form a column, checked with C-speed set, `map`, `min` and `max` operations
against the model's `FIELD_RULES` and the file's `limits`, instead of one
Python step per value (on a 10,000-card file that was a third of opening it).

A node passes only if the careful checks of `serialize` would pass it too
(the same rules, or stricter); any other node, and every node of a group
whose column holds a single doubtful value, is checked alone by `serialize`,
which says what is wrong. `tests/fileformat/test_columns.py` holds the two
to that.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import compress, repeat
from operator import eq, itemgetter
from typing import Any

from mapstudio.fileformat import limits
from mapstudio.model.validate import FIELD_RULES, FieldRule

# Lone surrogates parse from JSON escapes but cannot be written back as UTF-8.
SURROGATE = re.compile("[\ud800-\udfff]")
# Only the most common groups are checked together, so a crafted file of
# endless shapes costs at most this many passes over its nodes.
_MOST_SHAPES = 16
_DICTS = frozenset({dict})
_TEXTS = frozenset({str})
_WHOLES = frozenset({int})
# Types of fields whose every allowed value is listed: no value of another
# type equals a string or None, so being among the choices is enough.
_NAMED = frozenset({str, type(None)})

Group = tuple[Any, int]  # a type of node, a number of fields


def nodes_passing(nodes: list[Any], may_hold_surrogates: bool) -> list[bool]:
    """For each item of the document's list of nodes, whether it passed with its group.

    False means "check it alone", not "wrong".
    """
    if not _DICTS.issuperset(map(type, nodes)):
        return [False] * len(nodes)  # the file is broken: check every node alone
    groups = list(zip(map(dict.get, nodes, repeat("type")), map(len, nodes), strict=True))
    try:
        common = Counter(groups).most_common(_MOST_SHAPES)
    except TypeError:  # a node's type is a list or an object
        return [False] * len(nodes)
    passed = {
        group
        for group, _ in common
        if _sound(list(compress(nodes, map(eq, groups, repeat(group)))), may_hold_surrogates)
    }
    return list(map(passed.__contains__, groups))


def _sound(nodes: list[dict[str, Any]], may_hold_surrogates: bool) -> bool:
    """Whether every node of `nodes` (one type, as many fields each) passes every check."""
    kind = nodes[0].get("type")
    rules = FIELD_RULES.get(kind) if type(kind) is str else None
    if rules is None or "id" not in nodes[0]:
        return False
    try:
        for name, column in _columns(nodes):
            if name == "id":
                if not _ids_sound(column, may_hold_surrogates):
                    return False
            elif name not in rules or not _column_sound(column, rules[name], may_hold_surrogates):
                return False
    except KeyError:  # a node lacks a field the first one has: they differ in shape
        return False
    except TypeError:  # a value of the wrong type for `str.__len__` or a set of choices
        return False
    return True


def _columns(nodes: list[dict[str, Any]]) -> Iterator[tuple[str, list[Any]]]:
    """(field name, its value in every node), for each field of the first node.

    `KeyError` if a node lacks one of them; as all have as many fields,
    the others then have the same fields, in whatever order.
    """
    for name in nodes[0]:
        yield name, list(map(itemgetter(name), nodes))


def _ids_sound(ids: list[Any], may_hold_surrogates: bool) -> bool:
    """Whether every id is a short, non-empty text; `TypeError` for one that is no text."""
    longest = max(map(str.__len__, ids))  # TypeError: not all of them text
    return (
        longest <= limits.MAX_ID_LENGTH
        and all(ids)  # none empty
        and not (may_hold_surrogates and any(map(SURROGATE.search, ids)))
    )


def _column_sound(values: list[Any], rule: FieldRule, may_hold_surrogates: bool) -> bool:
    """Whether every value passes `rule` and the file's limits; `TypeError` for some that cannot."""
    if rule.choices is not None and rule.types <= _NAMED:
        return rule.choices.issuperset(values)
    if rule.types == _TEXTS:
        longest = max(map(str.__len__, values))  # TypeError: not all of them text
        return longest <= limits.MAX_TEXT_LENGTH and not (
            may_hold_surrogates and any(map(SURROGATE.search, values))
        )
    kinds = set(map(type, values))  # 1.0 and True equal 1: their type tells
    if not kinds <= rule.types:
        return False
    if rule.choices is not None:
        return rule.choices.issuperset(values)
    if kinds == _WHOLES:
        lowest = -limits.MAX_INT_MAGNITUDE if rule.lowest is None else rule.lowest
        return min(values) >= max(lowest, -limits.MAX_INT_MAGNITUDE) and (
            max(values) <= limits.MAX_INT_MAGNITUDE
        )
    return False
