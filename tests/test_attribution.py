"""Attribution: outlet and the source it cites."""
import pytest

from extractor.attribution import find_attribution
from extractor.segment import prepare

from test_briefing import ent


@pytest.mark.parametrize("text,outlet,via", [
    ("Президент принял акима, сообщает Kazpravda.kz со ссылкой на Акорду.", "Kazpravda.kz", ["Акорда"]),
    ("Об этом говорится в сообщении, передает Информбюро.", "Информбюро", []),
    ("Президент принял акима, сообщается на сайте Акорды.", None, ["Акорда"]),
    ("Президент принял акима, сообщает пресс-служба Акорды.", None, ["Акорда"]),
    ("Указ подписан, сообщает ТАСС.", "ТАСС", []),
    ("Аким провел прием, сообщает Inbusiness.kz со ссылкой на пресс-службу Акорды.", "Inbusiness.kz", ["Акорда"]),
    ("Министр выступил, передает корреспондент Kazinform.", "Kazinform", []),
    ("Совещание прошло, сообщает primeminister.kz.", "primeminister.kz", []),
    ("Открыта школа, сообщает пресс-служба акимата Костанайской области.", None, ["акимат Костанайской области"]),
    ("Открыт парк, сообщает пресс-служба городского акимата.", None, ["городской акимат"]),
    ("Как сообщили в Акорде, встреча прошла в рабочем режиме.", None, ["Акорда"]),
])
def test_attribution(text, outlet, via):
    a = find_attribution(prepare(text), [])
    assert (a.outlet, a.via) == (outlet, via)
    assert text[a.start:a.stop].split()[0] in ("сообщает", "передает", "сообщается", "Как")


def test_via_takes_entity_name():
    text = "Президент принял акима, сообщает Kazpravda.kz со ссылкой на Акорду."
    a = find_attribution(prepare(text), [ent(text, "e1", "ORG", "Акорда", "Акорду")])
    assert a.via == ["Акорда"]


def test_no_attribution():
    assert find_attribution(prepare("Министр сообщил, что работы завершены."), []) is None
