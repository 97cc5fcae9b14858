"""Regular expressions compiled on first use, for patterns that many runs never need.

A class of every Han character takes milliseconds to compile (the regex compiler visits each of
its 28,000 code points), and a module may hold several that only some texts reach: mojibake's
repairs, HTML pages, rare headers. Defined with `LazyPattern` instead of `re.compile`, such a
pattern costs nothing until a text needs it, and its uses are written as before.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """A pattern compiled when one of its attributes is first asked for. Each attribute asked
    for (`search`, `finditer`, `pattern`…) is then kept on the object, so later uses cost what
    they cost on the compiled pattern (measured: a lookup is no slower)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # not the pattern's: copy, pickle and the like probe for these
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = re.compile(*self._source)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value
