"""The stored unit forms (lexicons/unit-forms.json, `make forms`): current for the lexicons as they
are, equal to what generating them gives, and not used once the words they were made from change."""
import json

from extractor import lexicons
from extractor.figures.lexicon import FORMS_FILE, _lexicon_forms, forms_key, lex, stored_forms


def test_stored_forms_are_current():
    """Fails when a lexicon word was added without `make forms`."""
    declined = lexicons.table("units.json")["declined"]
    stored = json.loads(lexicons.path(FORMS_FILE).read_text(encoding="utf-8"))
    assert stored["key"] == forms_key(lex().inflected, declined), "run `make forms`"
    generated = _lexicon_forms(lex().inflected, declined)
    assert {k: frozenset(v) for k, v in stored["forms"].items()} == generated
    assert lex().forms == generated


def test_stored_forms_hold_the_inflections():
    forms = lex().forms
    assert "тенге" in forms["тенге"]
    assert "рубль" in forms["рублями"] and "рубль" in forms["рублей"]
    assert "гектар" in forms["гектарах"]


def test_other_words_are_generated_not_read():
    declined = lexicons.table("units.json")["declined"]
    forms = stored_forms({"тонна", "баррель"}, declined)
    assert forms["тоннами"] == {"тонна"} and forms["баррелей"] == {"баррель"}
    assert "рублями" not in forms
