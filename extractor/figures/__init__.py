"""Figures: every number of a news text with its unit, as a normalised `Quantity`.

    numbers     digits and number words → values (`двух тысяч`, `три триллиона двести миллиардов`,
                `две целых пять десятых`, `три с половиной`)
    tokens      a sentence's tokens (`10руб`, `USD3.14` split) and the records the grammar passes around
    lexicon     the lexicons (lexicons/units.json, quantity-words.json), loaded once
    units       the unit at a token: currencies, measures, minor units (`копеек`), rates (`за тонну`)
    reading     a number in the tokens, with its scale word (`188,2 млрд`, `1 трлн 200 млрд`)
    counts      the counted noun (`86 объектов` → объект, `936 рабочих мест` → рабочее место)
    filters     what is no figure (codes, phones, years, clock times, titles)
    qualifiers  `около`, `более`, `до`, `превысил` … before a figure, its kept prepositions, its sign
    money       a currency before the number, kopecks and cents after it, `1 599 059, 38 Евро`
    grammar     number + unit → figure
    elided      a unit taken from the neighbours (`50 и 30 метров`)
    phrases     noun phrases in a sentence: a measuring verb's subject, its adjectives and genitives
    subjects    what a figure measures: the quantity's subject and the briefing's indicator names
    extract     the stage over a document: `extract_quantities(doc)`

Data flows top to bottom; each module imports only the ones above it.
"""
from .extract import extract_quantities

__all__ = ["extract_quantities"]
