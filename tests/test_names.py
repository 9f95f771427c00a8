"""Names in the nominative: persons by case agreement, places and organisations by head noun."""
import pytest

from extractor.document import NerSpan
from extractor.names import normalize


def name(kind, text):
    return normalize(NerSpan(0, len(text), kind, text))


@pytest.mark.parametrize("text, expected", [
    # Kazakh names pymorphy3 does not know
    ("Бейбита Исабаева", "Бейбит Исабаев"),
    ("Касым-Жомарту Токаеву", "Касым-Жомарт Токаев"),
    ("Касым-Жомарт Токаев", "Касым-Жомарт Токаев"),
    ("Жениса Касымбека", "Женис Касымбек"),
    ("Дархана Сатыбалды", "Дархан Сатыбалды"),
    ("Алтаем Кульгиновым", "Алтай Кульгинов"),
    ("Нурсултаном Назарбаевым", "Нурсултан Назарбаев"),
    ("Олжасу Бектенову", "Олжас Бектенов"),
    ("Токаеву", "Токаев"),
    # Russian names, male and female, with patronymics
    ("Анны Ивановой", "Анна Иванова"),
    ("Ларисой Долиной", "Лариса Долина"),
    ("Аллы Пугачёвой", "Алла Пугачёва"),
    ("Владимиру Владимировичу Путину", "Владимир Владимирович Путин"),
    ("Бориса Николаевича Ельцина", "Борис Николаевич Ельцин"),
    ("Марии Петровны", "Мария Петровна"),
    ("Игорем Петровым", "Игорь Петров"),
    ("Никиты Михалкова", "Никита Михалков"),
    ("Сергея Шойгу", "Сергей Шойгу"),
    ("Алексей Миллер", "Алексей Миллер"),
    ("Валентины Матвиенко", "Валентина Матвиенко"),
    ("Льва Толстого", "Лев Толстой"),
    ("Ерлана Карина", "Ерлан Карин"),
    # a Kazakh woman's name in a consonant does not decline; her surname does
    ("Жанар Сагимбаевой", "Жанар Сагимбаева"),
    ("Айгерим Жумабаевой", "Айгерим Жумабаева"),
    # a Kazakh man's name in -и does not decline, though pymorphy3 reads it as a woman's `Ганя`
    ("Гани Бейсембаева", "Гани Бейсембаев"),
    ("Гани Бейсембаевым", "Гани Бейсембаев"),
    ("Ильи Ильфа", "Илья Ильф"),
    ("Марии Ивановой", "Мария Иванова"),
    # a man's adjectival surname in -ой keeps it; a woman's oblique -ой is her -ая
    ("Игорь Ланской", "Игорь Ланской"),
    ("Ольгой Ланской", "Ольга Ланская"),
])
def test_person_names_in_the_nominative(text, expected):
    assert name("PER", text) == expected


def test_latin_person_name_kept():
    assert name("PER", "Joel Simon") == "Joel Simon"


@pytest.mark.parametrize("kind, text, expected", [
    ("LOC", "Джунгарских ворот", "Джунгарские ворота"),
    ("LOC", "Кербулакском районе", "Кербулакский район"),
    ("LOC", "области Жетісу", "область Жетісу"),
    ("LOC", "Свердловской области", "Свердловская область"),
    ("LOC", "Соединённых Штатов", "Соединённые Штаты"),
    ("LOC", "Москвы", "Москва"),
    ("LOC", "Казахстане", "Казахстан"),
    ("LOC", "Жонгарского Алатау", "Жонгарский Алатау"),
    ("LOC", "Ұлытау", "Ұлытау"),
    ("LOC", "Алаколь", "Алаколь"),
    ("ORG", "компании «Самрук-Энерго»", "компания «Самрук-Энерго»"),
    ("ORG", "Министерства финансов", "Министерство финансов"),
    ("ORG", "Высшего совета по реформам", "Высший совет по реформам"),
    ("ORG", "Европейского союза", "Европейский союз"),
    ("ORG", "Акорду", "Акорда"),
    ("ORG", "японского МИДа", "японский МИД"),
    ("ORG", "российском министерстве финансов", "российское министерство финансов"),
    ("ORG", "Казахстанско-китайский международный промышленный город",
     "Казахстанско-китайский международный промышленный город"),
])
def test_place_and_organisation_names(kind, text, expected):
    assert name(kind, text) == expected


def test_kazakh_letters_pass_through():
    assert name("PER", "Әлихана Бөкейханова") == "Әлихан Бөкейханов"
    assert name("LOC", "Түркістан") == "Түркістан"


@pytest.mark.parametrize("text, before, expected", [
    ("Нурлана Ногаева", "акима", "Нурлан Ногаев"),          # after a genitive title: a man
    ("Нурлана Ногаева", "", "Нурлана Ногаева"),             # alone: a woman's nominative
    ("Нурлана Ногаева", "Глава", "Нурлана Ногаева"),
])
def test_word_before_breaks_the_tie(text, before, expected):
    assert normalize(NerSpan(0, len(text), "PER", text), before) == expected


@pytest.mark.parametrize("text, kind, expected", [
    ("Семее", "LOC", "Семей"),                                          # a gazetteer city in the locative
    ("Алакольском", "LOC", "Алакольский"),                              # a district's adjective alone
    ("Экибастузскую ГРЭС-1", "ORG", "Экибастузская ГРЭС-1"),            # unknown head: adjectives alone change
    ("Экибастузской ГРЭС-1 имени Булата Нуржанова", "ORG", "Экибастузская ГРЭС-1 имени Булата Нуржанова"),
    ("Янтарном", "LOC", "Янтарный"),                                    # a town named by an adjective alone
    ("Щучье", "LOC", "Щучье"),                                          # a place's name as it stands
    ("Щучьем", "LOC", "Щучье"),
    ("Ангаре", "LOC", "Ангара"),                                        # a river, not `ангар`
    ("Куршской косе", "LOC", "Куршская коса"),                          # the head agrees in gender too
])
def test_places_and_bodies_with_unknown_heads(text, kind, expected):
    assert normalize(NerSpan(0, len(text), kind, text)) == expected


def test_title_before_a_name_is_found_across_its_complement():
    from extractor.names import title_before
    text = "Токаев принял акима Мангистауской области Нурлана Ногаева."
    assert title_before(text, text.index("Нурлана")) == "акима"
    text = "Встреча. Нурлана Ногаева поздравили коллеги."
    assert title_before(text, text.index("Нурлана")) == ""


@pytest.mark.parametrize("text, expected", [
    ("Алексеем Лихачевым", "Алексей Лихачев"),      # the text writes е: so does the name
    ("Алексеем Лихачёвым", "Алексей Лихачёв"),
])
def test_names_keep_the_texts_e_or_yo(text, expected):
    assert normalize(NerSpan(0, len(text), "PER", text)) == expected


@pytest.mark.parametrize("text, before, expected", [
    ("Дарханом Сатыбалды", "акимом", "Дархан Сатыбалды"),        # the first name shows the case
    ("Дарханом Сатыбалды", "", "Дархан Сатыбалды"),
    ("Ерланом Нурланулы", "министром", "Ерлан Нурланулы"),         # -улы does not decline
    ("Айгерим Нурланкызы", "министра", "Айгерим Нурланкызы"),      # nor does -кызы
    ("Женисом Касымбеком", "акимом", "Женис Касымбек"),
    ("Сериком Жумабаем", "", "Серик Жумабай"),
    ("Айгерим Сапаровой", "акимом", "Айгерим Сапарова"),         # a woman's name stays hers
    ("Гульнары Исаевой", "министра", "Гульнара Исаева"),
    ("Дарига Назарбаева", "председатель", "Дарига Назарбаева"),  # a nominative title: a woman's nominative
    ("Жансае Ахметовой", "акиму", "Жансая Ахметова"),
    ("Владиславом Шапшой", "губернатором", "Владислав Шапша"),   # a man's surname in -а
    ("Вадимом Шумковым", "губернатором", "Вадим Шумков"),
])
def test_kazakh_and_womens_names_after_a_title(text, before, expected):
    assert normalize(NerSpan(0, len(text), "PER", text), before) == expected


@pytest.mark.parametrize("text, expected", [
    ("Глава государства поручил Бейбиту Исабаеву", ""),      # a verb between: no title phrase
    ("заместителем акима Алматинской области Иваном", "заместителем"),   # the phrase's head
    ("выступил председатель Агентства по делам государственной службы Дарига", "председатель"),
])
def test_title_before_is_the_head_of_a_contiguous_phrase(text, expected):
    from extractor.names import title_before
    assert title_before(text, len(text) - len(text.split()[-1])) == expected


@pytest.mark.parametrize("text, expected", [
    ("А.Дрозденко", "А. Дрозденко"),        # initials written against the surname
    ("В.В.Путину", "В.В. Путин"),
    ("Б. Исабаеву", "Б. Исабаев"),
])
def test_initials(text, expected):
    assert name("PER", text) == expected


@pytest.mark.parametrize("kind, text, expected", [
    ("LOC", "АСТАНА", "Астана"),                          # a dateline in capitals
    ("LOC", "ПЕТРОПАВЛОВСКЕ", "Петропавловск"),
    ("ORG", "ИНТЕРФАКС", "Интерфакс"),
    ("ORG", "KAZAKHSTAN TODAY", "Kazakhstan Today"),       # a name in capitals through and through
    ("ORG", "ЮНЕСКО", "ЮНЕСКО"),                           # an abbreviation stays
    ("ORG", "NASA", "NASA"),
    ("PER", "ЕРЛАНА КАРИНА", "Ерлан Карин"),
    ("LOC", "ВКО", "Восточно-Казахстанская область"),      # abbreviations named in full
    ("LOC", "СКО", "Северо-Казахстанская область"),
    ("LOC", "РК", "Казахстан"),
    ("LOC", "РФ", "Россия"),
    ("ORG", "АрселорМиттал Темиртау", "АрселорМиттал Темиртау"),   # a brand's inner capital stays
    ("ORG", "компании ЕвроХим", "компания ЕвроХим"),
    ("LOC", "Приволжском федеральных округах", "Приволжский федеральный округ"),
])
def test_capitals_abbreviations_and_brands(kind, text, expected):
    assert name(kind, text) == expected


@pytest.mark.parametrize("sentence, word, expected", [
    ("Цены выросли в Павлодарской и Костанайской областях .", "Павлодарской", "Павлодарская область"),
    ("Рост зафиксирован в Атырауской — на 2,1 % , Мангистауской — на 1,8 % и Кызылординской — на 1 % областях",
     "Атырауской", "Атырауская область"),
    ("Рост зафиксирован в Атырауской — на 2,1 % , Мангистауской — на 1,8 % и Кызылординской — на 1 % областях",
     "Мангистауской", "Мангистауская область"),
    ("в Железнодорожном и Советском районах города", "Железнодорожном", "Железнодорожный район"),
    ("в Приволжском и Южном федеральных округах", "Приволжском", "Приволжский федеральный округ"),
    ("в Карагандинской области", "Карагандинской", None),             # no elided word
    ("в Павлодарской сказали , что в областях", "Павлодарской", None),  # a verb between
])
def test_elided_generic_word_of_coordinated_regions(sentence, word, expected):
    from extractor.names import elided_generic
    tokens = sentence.split()
    i = tokens.index(word)
    assert elided_generic(tokens, i, i + 1) == expected
