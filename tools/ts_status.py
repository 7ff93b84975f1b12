"""Report what is left to translate in Qt .ts catalogues (run by `make translations`).

    python tools/ts_status.py resources/translations/mapstudio_fr.ts [--strict]

Lists every unfinished entry (new strings lupdate just added, or translations
marked unfinished), and every finished one whose `{placeholders}` differ from
the source's or whose keyboard accelerator (`&`) went missing. `--strict`
exits with status 1 when anything is listed, for CI.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translation: str
    finished: bool


def entries(ts_file: Path) -> list[Entry]:
    """Every message of the catalogue (obsolete and vanished ones excluded)."""
    result = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            text = (translation.text or "") if translation is not None else ""
            result.append(
                Entry(
                    name, message.findtext("source", ""), text, kind != "unfinished" and bool(text)
                )
            )
    return result


def accelerators(text: str) -> int:
    """How many `&x` accelerators a text holds (`&&` is a literal ampersand)."""
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def problems(entry: Entry) -> list[str]:
    """What is wrong with a finished translation, in words."""
    found = []
    if sorted(PLACEHOLDER.findall(entry.source)) != sorted(PLACEHOLDER.findall(entry.translation)):
        found.append("placeholders differ")
    if accelerators(entry.source) != accelerators(entry.translation):
        found.append("accelerator (&) missing or added")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts_files", nargs="+", type=Path)
    parser.add_argument("--strict", action="store_true", help="exit 1 when anything is left")
    args = parser.parse_args(argv)
    left = 0
    for ts_file in args.ts_files:
        all_entries = entries(ts_file)
        unfinished = [e for e in all_entries if not e.finished]
        broken = [(e, p) for e in all_entries if e.finished and (p := problems(e))]
        print(f"{ts_file}: {len(all_entries)} entries, {len(unfinished)} unfinished")
        for e in unfinished:
            print(f"  unfinished  [{e.context}] {e.source!r}")
        for e, found in broken:
            print(f"  {', '.join(found)}  [{e.context}] {e.source!r} -> {e.translation!r}")
        left += len(unfinished) + len(broken)
    return 1 if args.strict and left else 0


if __name__ == "__main__":
    sys.exit(main())
