"""Every size limit the loader enforces, in one place, with the reason for it.

A `.mapstudio` file may come from anywhere (mail, a shared drive), so the
loader treats it as hostile: each limit keeps a crafted file from exhausting
memory, disk or time. They are far above what a real project needs; raising
one is safe as long as the reason beside it still holds.
"""

from __future__ import annotations

_MIB = 1024 * 1024

# The whole file is read into memory; a real project with photos is a few MiB.
MAX_FILE_BYTES = 256 * _MIB

# One entry per photo plus two; zipfile builds an object per entry on open.
MAX_ENTRIES = 2_000

# Checked from the end-of-archive record before zipfile parses the directory,
# so a directory claiming millions of entries is refused without building them.
MAX_CENTRAL_DIRECTORY_BYTES = 2 * _MIB

# project.json is parsed in memory, where it takes ~10x its size as objects.
MAX_JSON_BYTES = 32 * _MIB

# A persona photo is shown as a small portrait; 16 MiB is a generous camera JPEG.
MAX_PHOTO_BYTES = 16 * _MIB

# No single entry may claim to be larger than the largest thing we read.
MAX_ENTRY_BYTES = max(MAX_JSON_BYTES, MAX_PHOTO_BYTES)

# Sum of the declared sizes of all entries: bounds what a bomb could promise.
MAX_TOTAL_UNCOMPRESSED_BYTES = 512 * _MIB

# Deflate reaches ~1000:1 on zeros; JSON and images compress far below 100:1.
# Tiny entries are exempt because their ratio is meaningless and harmless.
MAX_COMPRESSION_RATIO = 100
RATIO_CHECK_MIN_BYTES = 1 * _MIB

# Our schema nests four levels deep; deep nesting only serves to crash parsers.
MAX_JSON_DEPTH = 16

# Longest text in one field (a long description is a few thousand characters).
MAX_TEXT_LENGTH = 100_000

# Ids are short generated strings such as "card-1a2b3c4d5e6f".
MAX_ID_LENGTH = 200

# Lists in records (a persona's buying roles) hold a handful of items.
MAX_LIST_LENGTH = 64

# Whole numbers (order, emotion, levels) are small; huge ones only break layout.
MAX_INT_MAGNITUDE = 1_000_000_000

# A big workshop map has a few thousand cards; these leave room for 30x that.
MAX_NODES = 100_000
MAX_EDGES = 400_000

# Decoding an image costs width x height x 4 bytes: 40 MP is 160 MB in memory.
MAX_PHOTO_PIXELS = 40_000_000
