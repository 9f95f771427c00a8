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


@pytest.mark.parametrize("text, outlet", [
    ("Аким доложил Президенту об итогах года\n\nАСТАНА, 15 октября – Kazinform. Глава государства принял акима.",
     "Kazinform"),
    ("МОСКВА, 3 окт – РИА Новости. Губернатор доложил о ходе уборки.", "РИА Новости"),
])
def test_the_agency_of_a_dateline_is_the_outlet(pipeline, text, outlet):
    a = pipeline.extract(text).attribution
    assert (a.outlet, a.via) == (outlet, [])
    assert text[a.start:a.stop].endswith(outlet.split()[-1])


def test_a_dateline_without_an_agency_names_no_outlet(pipeline):
    assert pipeline.extract("Астана, 14 октября 2025 года. Глава государства принял акима.").attribution is None
