"""drafter: learn the shape of Chinese report articles and draft new ones from a region's facts.

Pipeline: clean → parse → analyze → new → render (see README).
"""

__version__ = "0.1.0"
