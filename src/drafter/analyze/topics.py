"""Which of the customary topics a section is about, from its header and its body.

The topics are the five revitalizations as county reports name them (组织, 人才, 产业, and
治理 standing for 生态/文化's neighbour), with 生态, 文化 and 作风 where a corpus has them.
Each is known by the words that carry it; the header counts three times its body. Words the
whole genre uses everywhere (党建引领, 示范) are no evidence of a topic and are left out.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from drafter.vocabulary import TOPICS

_HEADER_WEIGHT = 3


@cache
def _words() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """One pattern for every topic word (longest first), and the topics each word counts for."""
    owners: dict[str, list[str]] = {}
    for topic, words in TOPICS.items():
        for word in words:
            owners.setdefault(word, []).append(topic)
    pattern = re.compile("|".join(sorted(map(re.escape, owners), key=len, reverse=True)))
    return pattern, owners


def topic_of(header: str, body: str) -> str:
    """The topic whose words weigh most in the header and body (the first listed on a tie)."""
    pattern, owners = _words()
    weights: Counter[str] = Counter()
    for text, weight in ((header, _HEADER_WEIGHT), (body, 1)):
        for word, times in Counter(pattern.findall(text)).items():
            for topic in owners[word]:
                weights[topic] += weight * times
    if not weights:
        return next(iter(TOPICS))
    best = max(weights.values())
    return next(topic for topic in TOPICS if weights[topic] == best)


def topic_named(text: str) -> str | None:
    """The topic whose words `text` says, or None when it says none."""
    return topic_of(text, "") if _words()[0].search(text) else None


def names_topic(text: str, topic: str) -> bool:
    """Whether `text` says one of `topic`'s own words."""
    pattern, owners = _words()
    return any(topic in owners[word] for word in pattern.findall(text))


# The five revitalizations, each named outright: `为推动人才振兴注入强劲动力` is about 人才,
# whatever section it closes.
_REVITALISATION = re.compile("(" + "|".join(TOPICS) + ")振兴")


def revitalisation_named(text: str) -> str | None:
    """The topic whose revitalization `text` names (`人才振兴` → 人才), or None."""
    found = _REVITALISATION.search(text)
    return found[1] if found else None
