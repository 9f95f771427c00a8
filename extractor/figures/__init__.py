"""Figures: every number of a news text with its unit, as a normalised `Quantity`.

    numbers     digits and number words → values (`двух тысяч`, `1 250 000`)
    tokens      a sentence's tokens and the records the grammar passes around
    units       units, currencies and the word lexicons (lexicons/*.json)
    reading     a number in the tokens, with its scale word (`188,2 млрд`)
    counts      the counted noun (`86 объектов` → объект)
    filters     what is no figure (codes, phones, years, clock times, titles)
    qualifiers  `около`, `более`, `до` … before a figure, its kept prepositions, its sign
    grammar     number + unit → figure
    elided      a unit taken from the neighbours (`50 и 30 метров`)
    subjects    what a figure measures (`инвестиции`, `объем производства`)
    extract     the stage over a document: `extract_quantities(doc)`

Data flows top to bottom; each module imports only the ones above it.
"""
from .extract import extract_quantities

__all__ = ["extract_quantities"]
