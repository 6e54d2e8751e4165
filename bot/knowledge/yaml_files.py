"""Reading the knowledge base's YAML files quickly (libyaml's C loader when present)."""
from __future__ import annotations

from pathlib import Path

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path):
    """The YAML document in ``path`` (safe types only); raises yaml.YAMLError when malformed."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_LOADER)
