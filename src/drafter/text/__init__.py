"""Text helpers every stage shares: character classes, punctuation widening, script
conversion and variants, and positions as line:column. Light to import; OpenCC loads on use."""
