"""Names and constants of the `.mapstudio` format (see docs/file-format.md).

Changing anything here changes the file format: bump `SCHEMA_VERSION` and
register a migration in `migrate.py` for files written before.
"""

from __future__ import annotations

import hashlib
import re

# Version of the JSON layout; a file declaring a higher one is refused.
SCHEMA_VERSION = 1

# Content of the `mimetype` entry, stored uncompressed first (as in OpenDocument)
# so tools can recognise the file from its first bytes.
MIME_TYPE = "application/x-mapstudio"
FORMAT_NAME = "mapstudio"
GENERATOR_NAME = "MapStudio"

MIMETYPE_ENTRY = "mimetype"
PROJECT_ENTRY = "project.json"
MEDIA_DIR = "media/"

# Media names are content hashes, so this is all they can look like; anything
# else (`../x`, absolute paths, backslashes) is refused as a reference.
MEDIA_NAME = re.compile(r"media/[A-Za-z0-9][A-Za-z0-9._-]{0,127}")

# Image types a persona photo may have, with the extension of its media entry.
IMAGE_EXTENSIONS: dict[str, str] = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/gif": "gif",
    "image/bmp": "bmp",
    "image/webp": "webp",
}

# Node attributes holding binary data, stored in `media/` and referenced by name.
MEDIA_FIELDS = frozenset({"photo"})

# Edge attributes the format knows, with their JSON type; others are refused.
EDGE_FIELDS: dict[str, type] = {"order": int, "label": str}

# Order of node types in project.json: owners before what they own, for reading.
NODE_TYPE_ORDER = ("persona", "map", "phase", "lane", "card")


def media_name(data: bytes, mime: str) -> str:
    """The entry name of a photo: named by content, so saves are deterministic
    and a photo used twice is stored once."""
    digest = hashlib.sha256(data).hexdigest()[:32]
    return f"{MEDIA_DIR}{digest}.{IMAGE_EXTENSIONS[mime]}"
