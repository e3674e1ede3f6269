"""News extraction: tables of Russian input and the records expected from them."""

from types import SimpleNamespace

import pytest

from promgraph.graph.model import Document
from promgraph.loaders.mentions import _common_word_first, _past_fronts
from promgraph.loaders.news import _tag, extract_document, to_eval
from promgraph.loaders.sources import is_file, menu_item


def _extract(models, text: str, published: str | None = "2025-03-24") -> dict:
    return to_eval(extract_document(Document("t", "", text, published=published), models))


def _names(result: dict, type_: str) -> set[str]:
    return {e["name"] for e in result["entities"] if e["type"] == type_}


def _agreement_parties(result: dict) -> list[set[str]]:
    names = {e["id"]: e["name"] for e in result["entities"]}
    return [{names[p] for p in r["parties"]} for r in result["relations"] if r["type"] == "AGREEMENT"]


def _positions(result: dict) -> set[tuple[str, str, str | None]]:
    """(person, role, organization or place) of every post, by name."""
    names = {e["id"]: e["name"] for e in result["entities"]}
    return {(names[r["person"]], r["role"], names.get(r["org"])) for r in result["relations"]
            if r["type"] == "POSITION"}


def _members(result: dict) -> set[tuple[str, str]]:
    """(member, group) of every membership, by name."""
    names = {e["id"]: e["name"] for e in result["entities"]}
    return {(names[r["member"]], names[r["group"]]) for r in result["relations"] if r["type"] == "MEMBER"}


def _locations(result: dict) -> set[tuple[str, str]]:
    """(organization, place) of every location, by name."""
    names = {e["id"]: e["name"] for e in result["entities"]}
    return {(names[r["entity"]], names[r["place"]]) for r in result["relations"] if r["type"] == "LOCATED_IN"}


@pytest.mark.parametrize("text, name, kind", [
    # a ministry said by its syllables after a place's adjective is that place's
    ("Республика Татарстан растёт. Татарстанский минпромторг поддержал проект.",
     "Министерство промышленности и торговли Республики Татарстан", "government"),
    ("Свердловский Минпром выделил средства.", "Министерство промышленности Свердловской области", "government"),
    ("Заседание коллегии Министерства промышленности и энергетики Чувашской Республики прошло в Чебоксарах.",
     "Министерство промышленности и энергетики Чувашской Республики", "government"),
    ("Соглашение подписано с Корпорацией развития Донбасса.", "Корпорация развития Донбасса",
     "development_corporation"),
    ("Поставки выполнит АО «Тульский завод гидравлических машин».", "Тульский завод гидравлических машин", "company"),
    ("ООО «Дзержинский химический комбинат «Синтез»» расширяет производство.",
     "Дзержинский химический комбинат «Синтез»", "company"),
    ("Компания стала резидентом ОЭЗ «Приокская».", "Особая экономическая зона «Приокская»", "sez"),
    # but a company's abbreviated kind is part of its name
    ("Контракт получило НПО «Красный Октябрь».", "НПО «Красный Октябрь»", "company"),
    ("Проект судна разработало ЦКБ «Коралл».", "ЦКБ «Коралл»", "company"),
    # a railway's initials the text never spells out are written out ("РЖД")
    ("Вагоны закупит РЖД.", "Российские железные дороги", "company"),
    # a known abbreviation with the country after it
    ("МЧС России направило спасателей.", "Министерство Российской Федерации по делам гражданской обороны, "
     "чрезвычайным ситуациям и ликвидации последствий стихийных бедствий", "government"),
    ("ТПП РФ провела форум.", "Торгово-промышленная палата Российской Федерации", "association"),
    # a federal ministry renamed since its short form was coined, a region's as its syllables say
    ("Минобрнауки России поддержало проект.", "Министерство науки и высшего образования Российской Федерации",
     "government"),
    ("Минобрнауки Челябинской области поддержало проект.", "Министерство образования и науки Челябинской области",
     "government"),
    ("Проект поддержан Минпромом России.", "Министерство промышленности и торговли Российской Федерации",
     "government"),
    ("В Ростовской области открыли завод. Проект поддержало донское правительство.",
     "Правительство Ростовской области", "government"),
    ("Республика вошла в топ-5 рейтинга Минпромторга по уровню эффективности проводимой промполитики.",
     "Министерство промышленности и торговли Российской Федерации", "government"),
    # a directory's form: the abbreviation and the legal form after the name are not part of it
    ("Другие новости компании «Хабаровский судостроительный завод (ХСЗ), АО». Показать еще новости.",
     "Хабаровский судостроительный завод", "company"),
    # capitals with a case ending in lower case are the capitals
    ("Договор подписан с РУСАЛом.", "РУСАЛ", "other"),
    ("ОАО «Российские железные дороги» (РЖД) закупит вагоны. РЖД получит их в мае.", "Российские железные дороги",
     "company"),
    ("Открылся частный технопарк «Волга-Тех».", "Технопарк «Волга-Тех»", "technopark"),
    ("Оборудование поставят на Курскую атомную электростанцию.", "Курская атомная электростанция", "company"),
    # "парке" reads as "парк" or "парка"; the masculine adjective decides
    ("Производство размещено в индустриальном парке «Заволжье».", "Индустриальный парк «Заволжье»",
     "industrial_park"),
    ("Он руководит Министерством промышленности и торговли Республики Татарстан.",
     "Министерство промышленности и торговли Республики Татарстан", "government"),
    # a plant described in lower case is its quoted name; a name written with capitals keeps its words
    ("Соглашение подписано с ульяновским авиационным заводом «Авиастар».", "Авиастар", "company"),
    ("Прибалтийский судостроительный завод «Янтарь» спустил судно.", "Прибалтийский судостроительный завод «Янтарь»",
     "company"),
    # the region's official name once, not after the lower-case word the text gave it
    ("Прошло заседание комиссии по вопросам развития промышленности республики Дагестан.",
     "Комиссия по вопросам развития промышленности Республики Дагестан", "government"),
    # a region's body without the country its region is in, a federal body with it
    ("Соглашение подписано с Правительством Омской области РФ.", "Правительство Омской области", "government"),
    ("Соглашение между Кабинетом Министров Чувашской Республики Российской Федерации и Беларусью.",
     "Кабинет Министров Чувашской Республики", "government"),
    ("Проект одобрило Министерство промышленности и торговли РФ.",
     "Министерство промышленности и торговли Российской Федерации", "government"),
    # an adjective the tagger read in another case than its head
    ("ТВЗ поставит Федеральной пассажирской компании 3730 пассажирских вагонов.",
     "Федеральная пассажирская компания", "company"),
])
def test_organization_names_in_the_nominative(models, text, name, kind):
    result = _extract(models, text)
    orgs = {e["name"]: e for e in result["entities"] if e["type"] == "ORG"}
    assert name in orgs, orgs.keys()
    assert orgs[name]["subtype"] == kind


@pytest.mark.parametrize("text, name, place", [
    ("В Тульской области заключено соглашение с тульским научно-производственным объединением «Сплав».",
     "Научно-производственное объединение «Сплав»", "Тульская область"),
    ("В Калининградской области в калининградском промышленном парке «Храброво» открыт цех.",
     "Промышленный парк «Храброво»", "Калининградская область"),
    ("В Севастополе частью кластера станет также севастопольское КБ «Коралл».", "КБ «Коралл»", "Севастополь"),
])
def test_a_place_adjective_in_lower_case_describes_a_named_organization(models, text, name, place):
    result = _extract(models, text)
    assert name in _names(result, "ORG")
    assert (name, place) in _locations(result)


@pytest.mark.parametrize("text, names", [
    # a quoted name declined in its sentence is recorded in the nominative ...
    ("Заключены контракты между «БазэлЦемент-Пикалево» и «Апатитом» на поставки.", {"БазэлЦемент-Пикалево",
                                                                                    "Апатит"}),
    ("Речь шла о сотрудничестве с предприятиями «Объединенной авиастроительной корпорации».",
     {"Объединённая авиастроительная корпорация"}),
    # a word read as a genitive or a plural nominative is the genitive its noun governs
    ("Контракт подписан на базе предприятий «Группы ГАЗ».", {"Группа ГАЗ"}),
    ("Продукция компании «Магниты» востребована.", {"Магниты"}),
    # a word the dictionary does not know, in a masculine instrumental no nominative ends in
    ("Налажено взаимодействие с «Татнефтью» и «Татспиртпромом».", {"Татнефть", "Татспиртпром"}),
    # a last word that can only be an instrumental, after one that does not decline with it
    ("Заключены контракты с «Газпромом» и «Газпром нефтью».", {"Газпром", "Газпром нефть"}),
    ("Заключены контракты между «БазэлЦемент-Пикалево» и «Апатитом» на поставки концентрата, между "
     "«БазэлЦемент-Пикалево» и «Пикалевским цементом» на поставки шлама.",
     {"БазэлЦемент-Пикалево", "Апатит", "Пикалёвский цемент"}),
    # ... but a name that may be a nominative, or a word the dictionary only guesses, stays as written
    ("Контракт с заводом «Красное Сормово» и компанией «Знамя труда» подписан.", {"Красное Сормово", "Знамя труда"}),
    ("Соглашение о локализации подписано с ОАО «Амкодор».", {"Амкодор"}),
    ("Подписано соглашение с ООО «Эллара» об инвестициях.", {"Эллара"}),  # no first name's genitive
    # ... nor one listed after a name written in the nominative ("Элит" reads as "элита"'s genitive)
    ("Соглашения с компаниями «Атлант» и «Элит» подписал губернатор.", {"Атлант", "Элит"}),
    # ... nor one in apposition to its kind word in another case ("Логистик" reads as "логистика"'s genitive)
    ("Напомним, компания «Логистик Лес» построит деревоперерабатывающее производство.", {"Логистик Лес"}),
    ("Соглашение подписано с компанией «Логистик Лес».", {"Логистик Лес"}),
    # ... nor one with a word the dictionary does not know after the word that would decline
    ("Соглашение подписано с фирмой «Паха Тере».", {"Паха Тере"}),
    # the words keep their spacing: no space comes into the initials of a legal form
    ('ВМЗ и турецкая компания "ГАМА Эндюстри А.Ш." подписали контракт.', {"ВМЗ", "ГАМА Эндюстри А.Ш."}),
])
def test_quoted_names_declined_in_the_sentence(models, text, names):
    assert _names(_extract(models, text), "ORG") == names


@pytest.mark.parametrize("text, name", [
    # the phrase's head is its first noun, though a later one tells the kind
    ("Соглашение подписано с Архангельским региональным отделением Союза машиностроителей России.",
     "Архангельское региональное отделение Союза машиностроителей России"),
    ("Планы рассмотрели на заседании Экспертного совета по промышленно-производственным зонам.",
     "Экспертный совет по промышленно-производственным зонам"),
    # ... a common noun the tagger took for a name among them (fresh46 o2139)
    ("Напомним, решение принято на заседании Президиума Правительственной комиссии по Дальнему Востоку.",
     "Президиум Правительственной комиссии по Дальнему Востоку"),
    # "госуниверситет" written out in the order of official names
    ("Соглашение подписал Тюменский медицинский госуниверситет.", "Тюменский государственный медицинский университет"),
    # the second locative ("в аэропорту") and a quote NER left open
    ("Самолёт сел в Международном аэропорту «Грозный».", "Международный аэропорт «Грозный»"),
    # an abbreviation does not decline: its adjective is put in the nominative by the dictionary
    ("Для энергоблока № 3 Улан-Удэнской ТЭЦ-2 поставят турбину.", "Улан-Удэнская ТЭЦ-2"),
    # an adjective the dictionary knows as a surname only declines as one
    ("Директор Каменской бумажно-картонной фабрики выступил.", "Каменская бумажно-картонная фабрика"),
    # a superlative already in the nominative's form keeps it
    ("Он перевёлся в Строгановское высшее художественное училище.", "Строгановское высшее художественное училище"),
    # a head the tagger read in a case its ending cannot have ("технопарку" as an accusative)
    ("Минобороны может передать технопарку «Нойдорф» 10 га земли.", "Технопарк «Нойдорф»"),
    # a capitalized head the tagger took for a name in the nominative, which its form cannot be
    ("Новыми резидентами Технополиса «Москва» стали 10 компаний.", "Технополис «Москва»"),
    # a name the dictionary knows in one case only, which the tagger read as another ("на «Курганмашзаводе»"
    # as an accusative)
    ("Напомним, машины будут собирать на «Курганмашзаводе». Участок получил завод.", "Курганмашзавод"),
    # "Большим" is "большой", not the comparative "больший"
    ("Проект поддержан Большим университетом Томска.", "Большой университет Томска"),
    # a head after a preposition is governed: the name's own is before it
    ("Выступил руководитель Совета при правительстве РФ Иван Петров.", "Совет при правительстве Российской Федерации"),
    # a noun the tagger took for an adjective, which neither its ending nor the dictionary allows
    ("Напомним, соглашение подписали КРДВ и Инвестагентство Приморского края.", "Инвестагентство Приморского края"),
    ("Напомним, директор Инвестагентства Приморского края Иван Петров выступил.", "Инвестагентство Приморского края"),
    # a capitalized adjective the tagger took for a noun, before a head it took for a singular
    ("Напомним, договор подписал директор «Донских биотехнологий» Вадим Варшавский.", "Донские биотехнологии"),
    # a hyphen typed with a space after it
    ('Напомним, в Иннополисе планируется разместить специалистов "РТ- Информ".', "РТ-Информ"),
    # a declined abbreviation is a masculine noun, whatever the dictionary guesses of "ГОКа"
    ("Напомним, продукцией Асачинского ГОКа будут заниматься.", "Асачинский ГОК"),
])
def test_names_in_the_nominative_by_their_own_head(models, text, name):
    assert name in _names(_extract(models, text), "ORG")


@pytest.mark.parametrize("text, places", [
    ("Соглашение между Тверской и Челябинской областями подписано.", {"Тверская область", "Челябинская область"}),
    ("Губернаторы Тульской и Рязанской областей встретились.", {"Тульская область", "Рязанская область"}),
    ("Красноярский и Пермский края договорились.", {"Красноярский край", "Пермский край"}),
    ("Компания поставляет продукцию в страны Азиатско-Тихоокеанского региона.", {"Азиатско-Тихоокеанский регион"}),
    # a town's adjective the tagger cut from the name it describes is that town ("на Улан-Удэнской ТЭЦ-2")
    ("Строительство энергоблоков на Улан-Удэнской ТЭЦ-2 позволит обеспечить энергонезависимость Улан-Удэ.",
     {"Улан-Удэ"}),
    # "р-н", the district's word cut short, in any case ("Напомним" keeps the sentence one the tagger reads as news)
    ("Напомним, парк создается в Уфимском р-не, глава Уфимского р-на его открыл.", {"Уфимский район"}),
])
def test_regions_named_together_are_each_in_the_nominative(models, text, places):
    assert _names(_extract(models, text), "LOC") == places


@pytest.mark.parametrize("text, names", [
    ("Об этом сообщил Союз координационных советов (СКС).", {"Союз координационных советов"}),
    ("Завод «Титран» (входит в Объединенную вагонную компанию, ОВК) поставит вагоны.",
     {"Титран", "Объединённая вагонная компания"}),
    ("Сделку одобрил Промышленный банк Китая (Industrial Bank of China).", {"Промышленный банк Китая"}),
    ("Бундестаг Германии прошлого года одобрил закон.", {"Бундестаг Германии"}),
    ("Совет безопасности ООН грозной резолюции не принял.", {"Совет безопасности ООН"}),
    ("Завод построят после принятия Правительством Российской Федерации решения о зоне.",
     {"Правительство Российской Федерации"}),  # a named country or region ends the name
    ("Завод построят после принятия Правительством Свердловской области решения о парке.",
     {"Правительство Свердловской области"}),
    ("Администрация Нанайского района и РМК подписали соглашение о сотрудничестве.",
     {"Администрация Нанайского района", "РМК"}),  # a district ends a body's name before "и"
    ("Заявление сделал Совет при Президенте РФ по развитию гражданского общества.",
     {"Совет при Президенте РФ по развитию гражданского общества"}),
    ("Совет при губернаторе Тульской области одобрил проект.", {"Совет при губернаторе Тульской области"}),
    ("СИБУР при осуществлении инвестиционной деятельности получит льготы.", {"СИБУР"}),  # what happens
    ("Министерство экономического развития РФ по итогам года снизило прогноз.",
     {"Министерство экономического развития Российской Федерации"}),
    ("Минэнерго поддержало проект, сообщила пресс-служба министерства по итогу рабочей поездки вице-премьера.",
     {"Министерство энергетики Российской Федерации"}),
    ("Об этом сообщили в японском МИДе.", {"Японский МИД"}),  # an agreeing adjective; the abbreviation's case
    ("Это решение нелегитимной Мосгордумы.", {"Мосгордума"}),  # a judgement is not a part of the name
    ("Контракт получил Завод имени Лихачёва.", {"Завод имени Лихачёва"}),
    ("Письмо направил Координационный совет пострадавших соинвесторов.",
     {"Координационный совет пострадавших соинвесторов"}),  # a participle in the tail
    ("Спектакль показали в Театре им. Йозефа Бойса.", {"Театр имени Йозефа Бойса"}),
    ("Заявление сделал спикер Конгресса США Джон Бейнер.", {"Конгресс США"}),
    # "и" or a comma before a head in the singular starts another organization
    ("Заводы объединили: в него вошли цеха Нальчикского завода полупроводниковых приборов, завода «Тангстен».",
     {"Нальчикский завод полупроводниковых приборов", "Тангстен"}),
    ("Соглашение между Министерством экономического развития Российской Федерации и министерства экономики "
     "Республики Узбекистан подписано.", {"Министерство экономического развития Российской Федерации",
                                          "Министерство экономики Республики Узбекистан"}),
    # an abbreviation's field in lower case is what it does; a seat after "по" is its name's
    ("Подписано соглашение с корпорацией РОСНАНО по пилотному запуску проекта водородной энергетики.", {"РОСНАНО"}),
    ("Жалобу рассмотрело УФАС по Москве.", {"УФАС по Москве"}),
    # an adverb opening the sentence is no part of the name
    ("Больше ему никто не помешает\nСегодня Магнитогорский металлургический комбинат и поставщик подписали "
     "контракт.", {"Магнитогорский металлургический комбинат"}),
    # a bare quoted name ends a list whose last organization closed with its own quote
    ("Университет совместно с компаниями «Рубин», Афипским заводом «Польза», УК «ЭФКО» и «РУСТАРК» будут "
     "развивать технологии.", {"Рубин", "РУСТАРК"}),
    # "и" joins the words of one name, never a second capitalized name
    ("Акцию поддержали члены Социалистической рабочей партии Британии и Конгресса профсоюзов.",
     {"Социалистическая рабочая партия Британии"}),
    # a name in Latin letters ends where it does: the region after it is where the company is from
    ("Также с группой компаний 1AK-GROUP Брестской области заключили соглашение.", {"1AK-GROUP"}),
    # a town after its shortened word
    ("Об этом сообщила пресс-служба мэра и правительства г. Москвы.", {"Правительство г. Москвы"}),
])
def test_organization_boundaries(models, text, names):
    assert _names(_extract(models, text), "ORG") >= names
    assert not any(w in n for n in _names(_extract(models, text), "ORG")
                   for w in ("(", "года", "итогу", "резолюции", " и ", "Industrial"))


def test_a_center_or_institute_without_a_name_is_no_organization(models):
    result = _extract(models, "Встреча прошла в инновационном центре. Центр развития промышленности Чувашской "
                              "Республики провел семинар.")
    assert _names(result, "ORG") == {"Центр развития промышленности Чувашской Республики"}


def test_names_keep_their_type_whatever_ner_says(models):
    result = _extract(models, "Евросоюз и Еврокомиссия обсудили с партнерами по СНГ поставки оборудования.")
    assert {"Евросоюз", "Еврокомиссия"} <= _names(result, "ORG")
    assert "СНГ" in _names(result, "LOC") and "СНГ" not in _names(result, "ORG")
    result = _extract(models, "Завод принадлежал Советскому Союзу, писали СМИ, а теперь ПАО.")
    assert _names(result, "ORG") == set() and "Советский Союз" in _names(result, "LOC")


def test_districts_named_together_are_each_a_district_in_the_singular(models):
    result = _extract(models, "Напомним, предприятия работают в Земетчинском, Вадинском и Башмаковском районах.")
    assert "Башмаковский район" in _names(result, "LOC")


def test_a_regions_initials_and_a_closed_towns_kind_are_no_organizations(models):
    result = _extract(models, "Губернатор НСО и президент АО «ТВЭЛ» подписали в ЗАТО Северск дорожную карту.")
    assert _names(result, "ORG") == {"ТВЭЛ"}
    assert {"Новосибирская область", "Северск"} <= _names(result, "LOC")


def test_a_technical_school_is_an_organization_even_named_like_a_town(models):
    result = _extract(models, "Подписи поставили руководители Ирбитского мотоциклетного техникума, Ирбитского "
                              "политехникума и Тавдинского техникума.")
    assert _names(result, "ORG") == {"Ирбитский мотоциклетный техникум", "Ирбитский политехникум",
                                     "Тавдинский техникум"}
    assert _names(result, "LOC") == set() and _locations(result) == set()


def test_unnamed_cluster_takes_the_region_of_the_article(models):
    result = _extract(models, "В Чувашской Республике работает электротехнический кластер. "
                              "Создан межрегиональный электротехнический кластер.")
    assert "Электротехнический кластер Чувашской Республики" in _names(result, "ORG")
    assert "Межрегиональный электротехнический кластер" in _names(result, "ORG")


def test_a_cluster_named_by_its_regions_adjective_takes_no_region_after_it(models):
    result = _extract(models, "В Ярославской области открыт завод. Это резидент ярославского фармацевтического "
                              "кластера.")
    assert "Ярославский фармацевтический кластер" in _names(result, "ORG")
    assert ("Ярославский фармацевтический кластер", "Ярославская область") in _locations(result)


def test_the_leads_place_adjective_tells_the_articles_region(models):
    result = _extract(models, "В калининградском промышленном парке «Храброво» появились новые арендаторы. "
                              "Заявление сделала пресс-служба правительства области. Договоры заключены на форуме "
                              "в Санкт-Петербурге.")
    assert "Правительство Калининградской области" in _names(result, "ORG")


@pytest.mark.parametrize("text", [
    "В регионе действуют промышленные кластеры. Компания построит завод редукторов.",
    "Об этом сообщила администрация города. Парламент страны промолчал.",  # a tail that names no one
    "Призовой фонд турнира составил миллион, уставный фонд предприятия — сто тысяч.",
    "Под руководством Главы республики прошло объединение противоречивых интересов.",
    "Проект позволяет рассчитывать на новые заказы, цитирует слова Ярославского Губернатора портал.",  # a post
    "Заводу доставили новую партию оборудования, а проправительственная партия промолчала.",
    "Кластер включен в реестр\n\nПредприятия-участники кластера рассчитывают на поддержку.",  # members, unnamed
    "Высокотехнологичным предприятиям Башкирии обеспечат доступ к закупкам.",  # companies of a kind, unnamed
    "Поддержка МСБ и колледжей СПО выросла.",  # small business, vocational education
    "Напомним, резиденты кластера и колледжи будут объединены в НКО.",  # a non-profit of a kind, unnamed
])
def test_generic_phrases_are_not_organizations(models, text):
    assert _names(_extract(models, text), "ORG") == set()


@pytest.mark.parametrize("text, names", [
    ("Парламент Грузии утвердил положение, посольство США закрыто.", {"Парламент Грузии", "Посольство США"}),
    ("Об этом заявил замглавы Федеральной миграционной службы России.",  # the post is not part of the name
     {"Федеральная миграционная служба России"}),
    ("Заявку отклонило Бюро США по патентам и товарным знакам.", {"Бюро США по патентам и товарным знакам"}),
    # a field after a head; not a reason ("по обвинению"), nor what a government does
    ("Сборная России по бобслею и скелетону проиграла, а председатель влиятельного Комитета по иностранным "
     "делам прибыл в Исламабад.", {"Сборная России по бобслею и скелетону", "Комитет по иностранным делам"}),
    ("Его осудили судом по обвинению в измене.", set()),
    ("По данным агентства ТАСС, комитет ООН против пыток собрался в Женеве.",  # a name; a known organization
     {"Агентство ТАСС", "Комитет ООН против пыток", "ООН"}),
    ("Средства выделены в рамках развития центра производства БПЛА.", {"Центр производства БПЛА"}),  # a product
])
def test_institutions_of_a_place_are_organizations(models, text, names):
    assert _names(_extract(models, text), "ORG") == names


def test_a_headline_runs_into_the_text_but_its_next_line_starts_anew(models):
    text = "Hewlett-Packard берёт пример с Google\n\nКомпания принимает решение о расширении бизнеса."
    assert _names(_extract(models, text), "ORG") == {"Hewlett-Packard", "Google"}


def test_a_name_compounded_with_a_plant_is_a_company(models):
    result = _extract(models, "Завод наладит выпуск бульдозеров совместно с Уралвагонзаводом.")
    assert [(e["name"], e["subtype"]) for e in result["entities"] if e["type"] == "ORG"] == [
        ("Уралвагонзавод", "company")]


@pytest.mark.parametrize("text, organizations", [
    ("Об этом сообщает baltinfo.ru. К проекту 0.facebook.com присоединился оператор.", set()),
    ("Соглашение подписали, передает Telegram-канал «МинИнформ64 Z».", set()),
    ("Об этом сообщает ТАСС. Ранее «Ъ» сообщал о планах завода.", set()),
    ("Как сообщает ИА «Тульские новости», завод расширяет производство.", set()),
    ("Как сообщили агентству «Урал-пресс-информ» в АО «Вектор», завод расширяет производство.", {"Вектор"}),
    ("Об этом корреспонденту агентства «Татар-информ» сообщил председатель АО «Вектор».", {"Вектор"}),
    ("Напомним, в Москве создадут технопарк, сообщает Агентство «Москва».", set()),
    ("Напомним, в Казани создадут технопарк, сообщает Агентство инвестиционного развития Республики Татарстан.",
     {"Агентство инвестиционного развития Республики Татарстан"}),
    ("Напомним, АО «Вектор» открыло цех.\nДобавляйте нас в свои источники ЯНДЕКС.НОВОСТИ.", {"Вектор"}),
    ("Напомним, АО «Вектор» открыло цех.\nЧитайте нас в соцсетях:\n- Телеграм\n- Джем\n- ВКонтакте\n", {"Вектор"}),
    ("Губернатор провинции Хэйлунцзян принял участие в открытии выставки, сообщает Хэйлунцзянское телевидение.",
     set()),
    ("Рабочая программа главы региона началась с Делового завтрака под эгидой министерства экономики.",
     {"Министерство экономики"}),
    ("Об этом сообщили в пресс-службе правительства Свердловской области.",
     {"Правительство Свердловской области"}),
    ("Губернатор осмотрел цех.\nФото: пресс-служба АВО\nIMG_6612", set()),
    ("Пенза и Саров обсудили сотрудничество\n\nP1100639.JPG\n\nДелегация прибыла в Пензу.", set()),
    ("Губернатор осмотрел цех.\nФото: страница Владислава Шапши в ВКонтакте\nАО «Вектор» открыло цех.", {"Вектор"}),
    ("АО «Вектор» открыло цех.\n\nфото со страницы Владислава Шапши «ВКонтакте»\n\nЦех выпустит станки.", {"Вектор"}),
    ("Компания «Святой источник» и ООО «Вектор» подписали соглашение.", {"Святой источник", "Вектор"}),  # a name
    ("ООО «Вектор» займёт 12 га парка, говорится в его презентации (есть у «Ведомостей»).", {"Вектор"}),
    ("Делегация Татарстана посетила форум ПМЭФ-2022 и выставку «Иннопром».", set()),
    ("Новости / Общество\nАО «Вектор» открыло цех.", {"Вектор"}),
    ("Поволжье / Новости\nАО «Вектор» открыло цех.", {"Вектор"}),  # the page's path to its rubric
    # an agency in a dateline, a Cyrillic site in a page's chrome, an agency of news or of information
    ("Ростехнологии - ИФ. АО «Вектор» открыло цех.", {"Вектор"}),
    ("АО «Вектор» открыло цех.\nПодписка Корабел.ру экономит ваше время. ЗакС.Ру в Telegram", {"Вектор"}),
    ("АО «Вектор» открыло цех, сообщили Псковскому агентству информации.", {"Вектор"}),
    ("Служба новостей радио Гродно MFM сообщает: ОАО «Гродно Азот» открыло цех.", {"Гродно Азот"}),
    ("Подробности на souz.by. ОАО «Гродно Азот» открыло цех.", {"Гродно Азот"}),
    ("АО «Вектор» станет резидентом зоны, сообщил RUGRAD.EU на пресс-конференции.", {"Вектор"}),
    ("АО «Вектор» открыло цех, сообщил агентству \"Интерфакс-Сибирь\" директор. Об этом пишет ТИА «Острова».",
     {"Вектор"}),  # an agency's regional desk, a television and news agency
    # common words the tagger took for a name
    ("Согласно имеющейся информации, АО «Вектор» откроет цех.", {"Вектор"}),
    # a board or a service in front of a name is the organization's; a corporation named like a site is one
    ("Выступил председатель Совета директоров ЕвроХима Игорь Нечаев.", {"ЕвроХим"}),
    ("Набсовет ВЭБ.РФ ранее одобрил участие в проекте.", {"ВЭБ.РФ"}),
    ("Экспертный совет федерального Фонда развития промышленности одобрил заем.", {"Фонд развития промышленности"}),
    # a social network a post is quoted from, an outlet known by its last word; a network in business news is one
    ("Об этом заявил на своей страничке в соцсети Instagram гендиректор АО «Вектор».", {"Вектор"}),
    ("АО «Вектор» откроет цех, написал губернатор на своей странице в соцсети «ВКонтакте».", {"Вектор"}),
    ("АО «Вектор» откроет цех, сообщил мэр Сергей Собянин в своем канале в МАХ.", {"Вектор"}),
    # a site's name glued to its media word, a tag, a messenger
    ("Соглашение подписали компании «Вектор» и «Гранит», сообщает IrkutskMedia.", {"Вектор", "Гранит"}),
    ("Резиденты заняли парк, как сообщает InfoPro54 со ссылкой на АО «Вектор». Из архива «Комиинформ».",
     {"Вектор"}),  # a portal named with its region's code; an agency by its tail
    ("Такое мнение \"Комиинформу\" высказал директор АО «Вектор».", {"Вектор"}),  # and in its case
    ("О заводе «Гранит» сообщили «ЧелябинскСегодня» в пресс-службе.", {"Гранит"}),
    # a caption glued to the line before, and the account a photo is from
    ("В Чувашии ждут московского министраФото из Instagram-аккаунта Минпромторга РФ\n\nЗавод «Вектор» готов.",
     {"Министерство промышленности и торговли Российской Федерации", "Вектор"}),
    # the medium a press service speaks to
    ("Завод «Гранит» запущен. Об этом УрБК сообщили в пресс-службе завода. Сообщили «Росбалту» в "
     "пресс-службе ОМЗ.", {"Гранит", "ОМЗ"}),
    # the medium's kind said before its name
    ("Напомним, завод отгрузит 50 комбайнов. Об этом агентству МФД-ИнфоЦентр сообщили в пресс-службе ОАО "
     "\"Ростсельмаш\".", {"Ростсельмаш"}),
    ("Компания «Вектор» открыла цех, сообщает НИА \"Нижний Новгород\".", {"Вектор"}),
    # the agency of a dateline, between its date and a dash; a name with a head there is the news's own
    ("Саранск. 10 июня. НТА-Приволжье — Компания «Вектор» построит завод.", {"Вектор"}),
    ("12 марта. Завод «Гранит» — крупнейший производитель труб — открыл цех.", {"Гранит"}),
    ("Самара. 24 декабря. ИНТЕРФАКС-ПОВОЛЖЬЕ - Компания \"Гранит Кеда\" построит на территории ОЭЗ завод.",
     {"Гранит Кеда"}),  # NER ran from the agency over the dash into the name
    # a body of an organization told of without its name
    ("Заем компании «Вектор» одобрен на заседании Наблюдательного совета фонда.", {"Вектор"}),
    ("Компания «Вектор» открыла цех. Подписывайтесь на Газету.Ru в MAX Все ключевые события — в нашем канале.",
     {"Вектор"}),
    ("Как отмечает Брянск Today, делегация посетила АО «Вектор».\nЯндекс.Метрика", {"Вектор"}),
    ("АО «Вектор» получит статус технопарка.\n\nТеги: Вектор, технопарк, Промышленные объекты\n\nВласти решили.",
     {"Вектор"}),  # a page's tags
    ("КУРС ЦБ $ USD 91,6918 EUR 98,5602\nЗавод «Вектор» построят в области.", {"Вектор"}),  # a page's rates
    ("9 февраля 2026 Московское АО «Аурат» задерживается со стройкой.", {"Аурат"}),  # a place's adjective
    ("Об этом сообщили в Минпромэнерго РД и в Минпромторге РБ.",  # a republic's initials are no organization
     {"Министерство промышленности и энергетики Республики Дагестан", "Министерство промышленности и торговли РБ"}),
    # a channel by its dashed tail, an outlet by its kind's initials ("сетевое издание")
    ("Завод «Вектор» построит цех, сообщает «Кама-ТВ». Компания планирует расширение, сообщает СИ «Вести края».",
     {"Вектор"}),
    ("Facebook купил Instagram за миллиард долларов.", {"Facebook", "Instagram"}),
    ("ООО «Вектор» открыло цех. Следите за нами в ВКонтакте, Facebook'e и Twitter'e.", {"Вектор"}),
    ("ООО «Вектор» открыло цех. Читайте наши новости в Telegram, «ВКонтакте», «Одноклассниках» и «Дзен».",
     {"Вектор"}),
    ("В столице пройдет отраслевой форум «Чувашия Туристическая».", set()),
    # a common word capitalized as a sentence's first is no name; a brand, a region or a body is
    # the titles of programmes and prizes, listed after the word for them; the owner of a project is someone
    ("АО «Вектор» получит заём по таким программам, как «Производительность труда», «Проекты развития» и "
     "«Комплектующие изделия».", {"Вектор"}),
    ("Фильм получил премию «Эмми». Проект «Северстали» реализуют в Омске.", {"Северсталь"}),
    ("ООО «Вектор» выпускает воду под брендами «Святой источник», «Эдельвейс» и «Боржоми».", {"Вектор"}),
    ('АО «Вектор» участвует в реализации национальных проектов "Здравоохранение", "Наука" и "Образование".',
     {"Вектор"}),
    # people of a kind
    ("Тульским бойцам СВО передали хлебовоз ООО «Вектор».", {"Вектор"}),
    # a page's counters, an outlet, a span cut across parentheses or run into an arrow
    ("АО «Вектор» открыло цех.\nЯндекс Метрика\nLiveInternet\nПо данным ФедералПресс, Северный (Арктический) "
     "федеральный университет (САФУ) подписал договор с Bombardier → Транспорт.", {"Вектор", "Bombardier"}),
    # a headline's capitals: a town and a common phrase are no one, an abbreviation or a brand is
    ("ВЛАДИВОСТОК, 5 сентября. СУДОСТРОИТЕЛЬНОЕ ПРЕДПРИЯТИЕ получило заказ. КАМАЗ и ЛУКОЙЛ подписали соглашение.",
     {"КАМАЗ", "ЛУКОЙЛ"}),
    # a kind's words opening a quote
    ("\"Швейная фабрика приобретет оборудование\", – сообщила пресс-служба АО «Вектор».", {"Вектор"}),
    # exhibitions named in Latin after their word, a model's number
    ("Центр поддержки экспорта организовал участие компаний в выставках Food Africa и EGYPS 2022 Egypt "
     "Petroleum show в Каире. Пять троллейбусов «Адмирал 6281» отправил завод «Вектор».",
     {"Центр поддержки экспорта", "Вектор"}),
    # a fleet, a corporation's words for itself, a data centre, a brand's capital word
    ("Соглашение нацелено на обновление комбайнового парка региона компанией «Вектор».", {"Вектор"}),
    ("Парк вертолетов обновят в Тверской области. Завод «Вектор» создаст свой парк оборудования.", {"Вектор"}),
    ("Калужская область создаст парк. Парк будет создан при содействии ВЭБ.РФ, отмечают в областном "
     "правительстве. Государственная корпорация развития также является стороной соглашения.",
     {"ВЭБ.РФ", "Правительство Калужской области"}),
    ("Правительство Саратовской области подписало меморандум о строительстве центра обработки данных Сбербанка. "
     "Строительство ЦОД начнется в 2021 году.", {"Правительство Саратовской области", "Сбербанк"}),
    ("Область подписала новую дорожную карту с «Интер РАО».", {"Интер РАО"}),
    # the capital words of one name in Latin letters or in its own quotes are no abbreviations of their own
    ("Инвестором станет DONGFANG ELECTRIC CORPORATION. Соглашение подписано с сельхозпредприятием «ТД Регионы ТС».",
     {"DONGFANG ELECTRIC CORPORATION", "ТД Регионы ТС"}),
    # a kind of company said before the one named next
    ("Екатеринбург, 12 марта - Американская компания SI Group станет резидентом парка ООО «Вектор».",
     {"SI Group", "Вектор"}),
    ("ИНТЕРФАКС - Российско-белорусское предприятие ООО \"Омсклидагромаш\" создано в Омской области.",
     {"Омсклидагромаш"}),
    ("Напомним, соинвестором выступит фонд прямых инвестиций AVG Capital Partners.", {"AVG Capital Partners"}),
    # vessels named in quotes
    ("На заводе ремонтируют два буксира-кантовщика («Севастополец» и «Каламит») и учебное судно «Херсонес». "
     "ООО «Вектор» растёт.", {"Вектор"}),
    # a site's owner is no medium, a site's own name is
    ("Напомним, парк вошел в перечень, сообщает официальный сайт правительства Республики Башкортостан. ООО "
     "«Вектор» растёт.", {"Правительство Республики Башкортостан", "Вектор"}),
    ("Напомним, об этом сообщает сайт «Вести Башкортостан». ООО «Вектор» растёт.", {"Вектор"}),
])
def test_sources_credits_files_and_events_are_not_organizations(models, text, organizations):
    assert _names(_extract(models, text), "ORG") == organizations


@pytest.mark.parametrize("text, organizations, places", [
    ("Завод «Вектор» строит цех, сказал директор Ассоциации кластеров, технопа", {"Вектор"}, set()),
    ("Завод «Вектор» строит цех. На территории Хабаровского кр", {"Вектор"}, set()),
    ("Завод «Вектор» строит цех на территории Хабаровского края", {"Вектор"}, {"Хабаровский край"}),
    ("Завод «Вектор» готовит кадров в Институте м", {"Вектор"}, set()),
    ("Планируется запуск совместных проектов с предприятием «Полигон» и ОАО «", {"Полигон"}, set()),
    ("Напомним, завод «Вектор» строит цех. В санкционный список вошел концерн «Радиоэлектронные", {"Вектор"}, set()),
    ("Напомним, завод «Вектор» строит цех, сказал генеральный директор ООО «Химический завод Узл", {"Вектор"},
     set()),
    ("Газпром строит цех на территории Хабаровского края", {"Газпром"}, {"Хабаровский край"}),
])
def test_a_name_the_excerpt_cuts_in_its_last_word_is_none(models, text, organizations, places):
    result = _extract(models, text)
    assert _names(result, "ORG") == organizations and _names(result, "LOC") == places


def test_abbreviation_joins_its_expansion_and_people_are_named_in_full(models):
    result = _extract(models, "Андрей Шпиленко, директор Ассоциации кластеров, технопарков и ОЭЗ России, "
                              "выступил в Чебоксарах. Шпиленко отметил рейтинги АКИТ РФ.")
    association = next(e for e in result["entities"] if e["type"] == "ORG")
    assert association["name"] == "Ассоциация кластеров, технопарков и ОЭЗ России"
    assert "АКИТ РФ" in association["mentions"]
    people = [e for e in result["entities"] if e["type"] == "PER"]
    assert [p["name"] for p in people] == ["Андрей Шпиленко"]
    assert {"Шпиленко", "Андрей Шпиленко"} <= set(people[0]["mentions"])
    position = next(r for r in result["relations"] if r["type"] == "POSITION")
    assert (position["person"], position["org"], position["role"]) == (people[0]["id"], association["id"], "директор")


def test_patronymic_is_kept_aside(models):
    result = _extract(models, "Президент страны Владимир Владимирович Путин поставил задачу.")
    person = next(e for e in result["entities"] if e["type"] == "PER")
    assert person["name"] == "Владимир Путин" and person["patronymic"] == "Владимирович"


@pytest.mark.parametrize("text, person, role", [
    ("Министр иностранных дел Японии Сейдзи Маэхара прибыл в Москву.", "Сейдзи Маэхара", "министр иностранных дел"),
    ("Генеральный директор Ассоциации индустриальных парков (АИП) Денис Журавский выступил с докладом.",
     "Денис Журавский", "генеральный директор"),
])
def test_positions_through_plural_complements_and_asides(models, text, person, role):
    result = _extract(models, text)
    positions = {(p, r) for p, r, _ in _positions(result)}
    assert (person, role) in positions


@pytest.mark.parametrize("text, expected, wrong", [
    # a quoted name in the complement; a comma ends it, so the person before keeps no post of it
    ("Пришли правозащитник Лев Пономарев, координатор движения «Левый фронт» Сергей Удальцов.",
     {("Сергей Удальцов", "координатор", "Левый фронт")}, ("Лев Пономарев", "координатор")),
    ("Выступят Светлана Яковлева - директор Global Cultural Project, Кирилл Разлогов - директор "
     "Российского института культурологии.",
     {("Светлана Яковлева", "директор", "Global Cultural Project"),
      ("Кирилл Разлогов", "директор", "Российский институт культурологии")}, ("Кирилл Разлогов", "директор")),
    ("Посол Италии в Грузии Виторио Сандали встретился с журналистами.",
     {("Виторио Сандали", "посол", "Италия")}, None),
    # roles in a row share their person; a role inside the complement is not a second post
    ("Задержан депутат муниципального собрания района Отрадное, сопредседатель движения «Солидарность» "
     "Михаил Вельмакин.", {("Михаил Вельмакин", "депутат", "Отрадное"),
                           ("Михаил Вельмакин", "сопредседатель", "Солидарность")}, None),
    ("Заявку подал советник руководителя партии «Яблоко» Артур Гороховский.",
     {("Артур Гороховский", "советник", "Партия «Яблоко»")}, ("Артур Гороховский", "руководитель")),
    ("Пришёл председатель Совета муфтиев России шейх Равиль Гайнутдин.",
     {("Равиль Гайнутдин", "председатель", "Совет муфтиев России")}, None),
    ("Андрей Санников — бывший заместитель министра иностранных дел Беларуси.",
     {("Андрей Санников", "заместитель министра", "Беларусь")}, None),
    # a role in the instrumental with "стать", "назначить": its person, not the one before a comma
    ("Вместо Оливера Кана, капитаном стал Михаэль Баллак.", {("Михаэль Баллак", "капитан", None)},
     ("Оливер Кан", "капитан")),
    ("Иван Петров стал генеральным директором АО «Вектор».", {("Иван Петров", "генеральный директор", "Вектор")},
     None),
    # the place an adjective is made from; a bare head-of-government role is the article's country's
    ("Россия и Китай открыли нефтепровод. Его открыл российский президент Дмитрий Медведев.",
     {("Дмитрий Медведев", "президент", "Россия")}, None),
    ("Россия выплатит долг досрочно. Премьер-министр Михаил Фрадков подписал распоряжение.",
     {("Михаил Фрадков", "премьер-министр", "Россия")}, None),
    # "завода", "предприятия" after a role: the plant or company named before
    ("ООО «Завод Чувашкабель» расширяет цех. Директор завода Алексей Иванов рассказал о планах.",
     {("Алексей Иванов", "директор", "Завод Чувашкабель")}, None),
    ("АО «Вектор» открыло цех. Генеральный директор предприятия Павел Гришин поблагодарил рабочих.",
     {("Павел Гришин", "генеральный директор", "Вектор")}, None),
    ("Директор завода Павел Гришин открыл цех в Чебоксарах.", {("Павел Гришин", "директор", None)}, None),
    # a minister of the ministry the article names
    ("Коллегия Министерства промышленности и энергетики Чувашской Республики прошла в Чебоксарах. Министр "
     "промышленности и энергетики Чувашской Республики Михаил Старостин отметил рост.",
     {("Михаил Старостин", "министр", "Министерство промышленности и энергетики Чувашской Республики")}, None),
    # "республики" is the republic the article names, though another region is named more
    ("В Тульской области открыт завод. Тульская область рада. Соглашение с Чувашской Республикой "
     "подписал глава республики Олег Николаев.", {("Олег Николаев", "глава", "Чувашская Республика")}, None),
    # a woman named after a kin of the role holder: her accusative is not the role's genitive
    ("Среди соседей — дочь действующего президента Иванку Трамп и её мужа.", set(), ("Иванка Трамп", "президент")),
])
def test_positions_in_apposition_and_in_a_row(models, text, expected, wrong):
    result = _extract(models, text)
    positions = _positions(result)
    assert expected <= positions
    assert wrong not in {(person, role) for person, role, _ in positions - expected}


def test_first_name_and_patronymic_is_the_one_person_of_that_name(models):
    result = _extract(models, "Директор завода Павел Гришин открыл цех. Павел Андреевич поблагодарил рабочих.")
    people = [e for e in result["entities"] if e["type"] == "PER"]
    assert [p["name"] for p in people] == ["Павел Гришин"]
    assert "Павел Андреевич" in people[0]["mentions"]


def test_latin_spelling_and_lists_of_people(models):
    result = _extract(models, "Журналист Джошуа Вольф (Joshua Wolf) вышел на свободу. "
                              "В сборную вошли Овечкин, Федоров и Малкин.")
    names = _names(result, "PER")
    assert "Джошуа Вольф" in names and not any("(" in n or "," in n or "Wolf" in n for n in names)


def test_agreement_with_parties_signatories_subject_and_date(models):
    result = _extract(models, "5 марта Корпорация развития Тульской области и АО «Тульский завод гидравлических "
                              "машин» подписали соглашение о реализации инвестиционного проекта. Документ "
                              "подписали Павел Гришин и Анна Белова.", published="2025-03-06")
    agreement = next(r for r in result["relations"] if r["type"] == "AGREEMENT")
    names = {e["id"]: e["name"] for e in result["entities"]}
    assert {names[p] for p in agreement["parties"]} == {"Корпорация развития Тульской области",
                                                        "Тульский завод гидравлических машин"}
    assert agreement["kind"] == "соглашение"
    assert agreement["subject"] == "реализация инвестиционного проекта"
    assert agreement["date"] == "2025-03-05"
    assert "подписали соглашение" in agreement["evidence"]


@pytest.mark.parametrize("text, parties", [
    ("Нефть поставляется Россией в Китай. По договору между двумя странами Поднебесная получит кредит.",
     {"Россия", "Китай"}),  # "Поднебесная" is China, a name news use for it
    ("АО «Вектор» и ООО «Промавтоматика» обсудили поставки. Сделка между компаниями оценена в 1 млрд рублей.",
     {"Вектор", "Промавтоматика"}),
])
def test_an_agreement_between_the_two_named_before(models, text, parties):
    result = _extract(models, text)
    assert _agreement_parties(result) == [parties]
    assert _names(result, "LOC") <= {"Россия", "Китай"}


def test_a_partner_after_the_subject_is_a_party(models):
    result = _extract(models, "Правительство Чувашии и Корпорация развития Чувашской Республики подписали "
                              "соглашение о сотрудничестве с ООО «Завод Чувашкабель».")
    agreement = next(r for r in result["relations"] if r["type"] == "AGREEMENT")
    names = {e["id"]: e["name"] for e in result["entities"]}
    assert {names[p] for p in agreement["parties"]} == {
        "Правительство Чувашской Республики", "Корпорация развития Чувашской Республики", "Завод Чувашкабель"}
    assert agreement["subject"] == "сотрудничество"


@pytest.mark.parametrize("text", [
    "В ООО «Промавтоматика» утверждают, что кредит АО «Кама-Инвест» не предоставлялся.",  # denied
    "АО «Кама-Инвест» оценило ООО «Промавтоматика» по ценам последних сделок.",  # deals in general
    # the source of the news is no party
    "По данным издания РБК, АО «Кама-Инвест» прикупило акции, потратив на приобретение 90 млн рублей.",
    # countries lend, but a buyout they are asked about is no deal between them
    "Письмо президенту Турции просило Украину о программе выкупа квартир.",
    # money put into one's own project, or by companies listed after the verb, is no deal between them
    "ООО «Вектор» перенесет в парк «Сосновка» производство плёнки, вложив в проект 34 млн рублей.",
    "Остальное вложили компании-соинвесторы: «Альтоника», «Радиус Автоматика» и «Геатех».",
    # who tells of a loan, and the fund it goes through, are beside the deal
    "АО «Молочный комбинат» получит бюджетный кредит, сообщил сегодня, 30 ноября, председатель комитета "
    "Народного Хурала Бурятии по АПК Иван Петров.",
    "Деньги выделят через Фонд развития промышленности на приобретение линии у компании «Тетра».",
    # a sale among the things a company does
    "Регион представили компании «Зерно Групп» – переработка, хранение и продажа зерна, и ООО «Глобал Текстиль» "
    "– пошив одежды.",
])
def test_no_deal_without_a_deal_and_two_parties(models, text):
    result = _extract(models, text)
    assert not [r for r in result["relations"] if r["type"] == "AGREEMENT"]


@pytest.mark.parametrize("text, parties", [
    ("АО «Кама-Инвест» купило контрольный пакет ООО «Камские полимеры».", {"Кама-Инвест", "Камские полимеры"}),
    ("Антимонопольная служба одобрила сделку по слиянию ООО «Промавтоматика» и ООО «Электроника-Ч».",
     {"Промавтоматика", "Электроника-Ч"}),
    # an investment; "и" inside an apposition does not make its names the parties
    ("Корпорация Google вложила в Zynga — разработчика игр FarmVille и CityVille — 200 млн долларов. "
     "Акции Google выросли.", {"Google", "Zynga"}),
    ("Компания «Вектор» объявила о выделении АО «Кама-Инвест» гранта.",  # both before the deal word
     {"Вектор", "Кама-Инвест"}),
    ("Россия дала Украине кредит на сумму 2 миллиарда долларов, сообщает Лента.ру.",  # countries; not the source
     {"Россия", "Украина"}),
    ("Создатель MySQL против сделки Oracle — Sun Microsystems.", {"Oracle", "Sun Microsystems"}),  # a headline
    # a one-word name found again in another case, where NER missed it
    ("Интерпол работает в Сингапуре. Компания «Вектор» объявила о выделении Интерполу гранта.",
     {"Вектор", "Интерпол"}),
])
def test_deals_are_agreements_of_their_own_kind(models, text, parties):
    result = _extract(models, text)
    assert _agreement_parties(result) == [parties]
    assert next(r for r in result["relations"] if r["type"] == "AGREEMENT")["kind"] == "сделка"


def test_who_tells_of_a_loan_first_names_the_borrower(models):
    result = _extract(models, "Генеральный директор ПАО «Станкозавод» Марат Иванов сообщил, что проект получил "
                              "заем Фонда развития промышленности.")
    names = {e["id"]: e["name"] for e in result["entities"]}
    assert [{names[p] for p in r["parties"]} for r in result["relations"] if r["type"] == "COOPERATION"] == [
        {"Станкозавод", "Фонд развития промышленности"}]


def test_cooperation_and_membership(models):
    result = _extract(models, "ООО «Узловский литейный завод» будет поставлять отливки для АО «Тульский завод "
                              "гидравлических машин». Резидентами индустриального парка «Кама» стали "
                              "ООО «Камские полимеры» и ООО «Елабужский кабельный завод».")
    names = {e["id"]: e["name"] for e in result["entities"]}
    cooperation = [{names[p] for p in r["parties"]} for r in result["relations"] if r["type"] == "COOPERATION"]
    assert {"Узловский литейный завод", "Тульский завод гидравлических машин"} in cooperation
    assert _members(result) == {("Камские полимеры", "Индустриальный парк «Кама»"),
                                ("Елабужский кабельный завод", "Индустриальный парк «Кама»")}


def test_a_group_referred_to_is_the_one_the_sentence_before_told_of(models):
    text = ("Участниками Камского инновационного кластера стали компании «Кориб» и «Технопарк Прикамья». "
            "Таким образом, общее число участников кластера выросло до 33. Ранее в него вошли ПАО «КАМАЗ» и ТАНЕКО.")
    result = _extract(models, text)
    names = {e["id"]: e["name"] for e in result["entities"]}
    groups = {names[r["member"]]: names[r["group"]] for r in result["relations"] if r["type"] == "MEMBER"}
    assert groups["КАМАЗ"] == groups["ТАНЕКО"] == groups["Кориб"] != "Технопарк Прикамья"


@pytest.mark.parametrize("text, members", [
    # who builds or works on a zone's or a park's ground is its resident, a park too
    ("На территории индустриального парка «Ворсино» завершено строительство завода компании «Самсунг». Губернатор "
     "осмотрел цеха технопарка «Калуга» вместе с представителями Минпромторга России.",
     {("Самсунг", "Индустриальный парк «Ворсино»")}),
    ("На территории опережающего социально экономического развития «Лесной» открыли промышленный парк «Карандаш».",
     {("Промышленный парк «Карандаш»", "Территория опережающего социально экономического развития «Лесной»")}),
    # the tagger gave "опережающего" no case after a managing company's words; the zone is still named in full
    ("Управляющая компания территории опережающего социально-экономического развития «Северск» подписала соглашения "
     "с пятью компаниями. Новыми резидентами ТОР стали: «Завод промышленного оборудования» и компания «Новатор».",
     {(name, "Территория опережающего социально-экономического развития «Северск»")
      for name in ("Завод промышленного оборудования", "Новатор")}),
    # a zone said by its kind alone is the one the article names
    ("Четыре предприятия появятся в особой экономической зоне «Моглино». Российская компания «Псковгеокабель» "
     "разместит часть своего производства в ОЭЗ.", {("Псковгеокабель", "Особая экономическая зона «Моглино»")}),
    # a park's quoted name said again alone, in another case, is the park
    ("Индустриальный парк «Уфимский» растёт. Турецкая компания «Саника» разместит в «Уфимском» шесть линий по "
     "производству труб. ООО «Пласт» намерено создать в «Уфимском» лабораторию.",
     {("Саника", "Индустриальный парк «Уфимский»"), ("Пласт", "Индустриальный парк «Уфимский»")}),
    # a status received is the group's told of before; joining needs no group word
    ("Компания «Спектр» стала резидентом ТОСЭР «Бакал». Ранее этот статус получили компании «Вектор» и «Гранит».",
     {(name, "Территория опережающего социально-экономического развития «Бакал»")
      for name in ("Спектр", "Вектор", "Гранит")}),
    ("Особая экономическая зона «Моглино» растёт. К двенадцати действующим предприятиям присоединилась компания "
     "«Луч».", {("Луч", "Особая экономическая зона «Моглино»")}),
    # a zone described by its region is the one named there
    ("Министерство экономики Ульяновской области сообщило, что ОЭЗ «Ульяновск» и ОЭЗ «Тольятти» ждут инвесторов. "
     "Первым резидентом Ульяновской ОЭЗ стала компания «Авиасклад».",
     {("Авиасклад", "Особая экономическая зона «Ульяновск»")}),
    # brackets after a name tell of that name (its owner is no resident); after a common noun they name the members
    ("Напомним, Ижевский механический завод (входит в концерн «Калашников») станет резидентом технопарка «Развитие».",
     {("Ижевский механический завод", "Технопарк «Развитие»")}),
    ("Напомним, вузы региона (ТГУ и ТПУ) подтвердили готовность войти в кластер «Электроника».",
     {("ТГУ", "Кластер «Электроника»"), ("ТПУ", "Кластер «Электроника»")}),
    # who founded a resident, after a passive participle, is no resident
    ("Напомним, резидентом ОЭЗ «Моглино» стала компания «Луч» — совместное предприятие, созданное «Искрой» и "
     "группой «Вектор».", {("Луч", "Особая экономическая зона «Моглино»")}),
    # a quoted name after "резидента" is a company's
    ("Напомним, министр посетил индустриальный парк «Феникс» и его резидента «Смолмедпрепараты».",
     {("Смолмедпрепараты", "Индустриальный парк «Феникс»")}),
])
def test_residents_of_a_zone_or_park(models, text, members):
    assert _members(_extract(models, text)) == members


def test_a_college_named_without_its_titles_is_the_one_named_in_full(models):
    result = _extract(models, "Пермский университет будет готовить инженеров. Соглашение между ОАО «Протон-ПМ» и "
                              "Пермским государственным национальным исследовательским университетом подписано. В "
                              "консорциум вошли Тюменский государственный университет и Тюменский государственный "
                              "медицинский университет.")
    assert _names(result, "ORG") == {"Протон-ПМ", "Пермский государственный национальный исследовательский университет",
                                     "Тюменский государственный университет",
                                     "Тюменский государственный медицинский университет"}


def test_a_park_described_by_its_town_is_the_park_named_whatever_word_says_park(models):
    result = _extract(models, "В Казани Сбербанк и индустриальный парк «Химград» подписали соглашение. "
                              "Казанский технополис построит цех.")
    assert _names(result, "ORG") == {"Сбербанк", "Индустриальный парк «Химград»"}


@pytest.mark.parametrize("text", [
    "В состав конкурсной комиссии вошли представители Ассоциации кластеров и технопарков России и "
    "Торгово-промышленной палаты.",
    "Генеральный директор УК «Индустриальные парки Тюменской области» Андрей Саносян рассказал, что первые "
    "резиденты вышли на площадку индустриального парка «Богандинский».",
])
def test_a_name_completing_a_noun_is_no_member(models, text):
    result = _extract(models, text)
    assert [r for r in result["relations"] if r["type"] == "MEMBER"] == []


@pytest.mark.parametrize("text", [
    # a person is the member: the cue's own complement is an organization of no group's kind
    "Ассоциация кластеров и технопарков России провела форум. Член правления Сбербанка Иван Петров выступил "
    "с докладом о заводе «Пластик».",
    "Член Союза машиностроителей России Ирина Белова посетила завод «Пластик».",
    "Иван Петров, член Ассоциации кластеров и технопарков России, рассказал о заводе «Пластик».",
    # a verb names no group by itself: the article's one group is not where it leads
    "Ассоциация кластеров и технопарков России провела форум. Завод «Пластик» включен в реестр поставщиков "
    "Росатома.",
    # what one gets from a group does not make one its member
    "Nokia и Samsung получили уведомление от Российского союза правообладателей.",
    # a group listed among the members is one of them, not what they join
    "Пул потенциальных резидентов сформирован — среди них производители электроники «Радиус Автоматика», "
    "«МикроЭМ» и другие, а также Косметическое объединение «Свобода».",
    # a name joined by "и" to the members and their group stands beside them
    "Напомним, администрацией Алтайского края, членами Алтайского кластера аграрного машиностроения и ОАО "
    "«Гомсельмаш» несколько лет ведется совместная работа.",
    # a holding's part enters a company, not the association the sentence names later
    "Напомним, вклад холдинга «Вектор», входящего в госкорпорацию «Луч», отметил вице-президент Союза "
    "машиностроителей России Иван Петров.",
])
def test_no_member_without_a_group_to_join(models, text):
    result = _extract(models, text)
    assert [r for r in result["relations"] if r["type"] == "MEMBER"] == []


def test_joining_a_group_a_bare_word_names_joins_the_one_of_that_kind(models):
    """"войти в кластер" is the cluster the article told of, not the association the sentence names."""
    text = ("Напомним, в Тольятти создан кластер детских товаров «Детпром». В Национальной ассоциации "
            "игрушечников России утверждают, что среди желающих войти в кластер числятся ГК «Гранд-Тойз» и "
            "«Юнитойз».")
    cluster = "Кластер детских товаров «Детпром»"
    assert _members(_extract(models, text)) == {("Гранд-Тойз", cluster), ("Юнитойз", cluster)}
    assert _members(_extract(models, text[text.index(" В ") + 1:])) == set()


@pytest.mark.parametrize("later, members", [
    ("Индустриальный парк «Рязанский» открыли в 2018 году.", {("Медителл", "Индустриальный парк «Рязанский»")}),
    ("Индустриальный парк «Рязанский» открыли в 2018 году, индустриальный парк «Сокол» — в 2020.", set()),  # which?
])
def test_a_bare_word_for_a_group_named_only_later_is_the_articles_only_one(models, later, members):
    text = "Напомним, организатором выступает резидент парка — компания «Медителл». " + later
    assert _members(_extract(models, text)) == members


def test_a_group_a_bare_word_names_before_the_cue_is_the_one_told_of_and_an_association_may_join_it(models):
    text = ("Напомним, в Ростовской области создан винный кластер «Долина Дона». В кластер вошли 7 винодельческих "
            "предприятий, региональный Союз виноградарей и виноделов и Донской государственный технический "
            "университет (ДГТУ).")
    cluster = "Винный кластер «Долина Дона»"
    assert _members(_extract(models, text)) == {("Региональный Союз виноградарей и виноделов", cluster),
                                                ("Донской государственный технический университет", cluster)}


def test_every_relation_carries_its_sentence(models):
    text = "ПАО «Казанский станкостроительный завод» поставит станки для АО «Тульский завод гидравлических машин»."
    extraction = extract_document(Document("t", "", text, published="2025-01-01"), models)
    for edge in extraction.edges:
        for evidence in edge.evidence:
            assert text[evidence.start:evidence.end] == evidence.sentence
            assert evidence.method.startswith("rule:") and 0 < evidence.confidence <= 1


def test_seed_article_is_fully_extracted(models):
    from conftest import shared

    text = next(shared("seeds").glob("*.txt")).read_text(encoding="utf-8")
    result = _extract(models, text, published=None)
    assert {"Министерство промышленности и энергетики Чувашской Республики", "Корпорация развития Донбасса",
            "Ассоциация кластеров, технопарков и ОЭЗ России", "Чебоксарский электроаппаратный завод",
            "Электротехнический кластер Чувашской Республики",
            "Кластер по производству пищевого оборудования Чувашской Республики",
            "Межрегиональный электротехнический кластер"} <= _names(result, "ORG")
    assert _names(result, "PER") == {"Олег Николаев", "Андрей Шпиленко", "Владимир Путин"}
    assert any(r["type"] == "AGREEMENT" and len(r["parties"]) == 2 for r in result["relations"])


def test_countries_of_the_world_are_countries_under_one_name(models):
    result = _extract(models, "Делегация США прибыла в Италию. В Америке визит назвали успешным.")
    places = {e["name"]: e for e in result["entities"] if e["type"] == "LOC"}
    assert places.keys() == {"США", "Италия"}
    assert {p["subtype"] for p in places.values()} == {"country"}
    assert "Америке" in places["США"]["mentions"]


@pytest.mark.parametrize("text, names", [
    ("Закон принял Конгресс США. Конгресс собирается снова в марте.", {"Конгресс США"}),
    # a head naming a part of what it quotes is another organization
    ("Подписано соглашение между Челябинским региональным отделением «Союз машиностроителей России» и "
     "Ассоциацией предприятий ОПК. Союз машиностроителей России поддержал.",
     {"Союз машиностроителей России", "Ассоциация предприятий ОПК",
      "Челябинское региональное отделение «Союз машиностроителей России»"}),
    ("Oracle купила Sun Microsystems. Sun выпускала серверы.", {"Oracle", "Sun Microsystems"}),
    # ... and its first word written in Cyrillic
    ("Соглашение подписано с Teva Pharmaceutical Industries. Компания «Тева» построит завод.",
     {"Teva Pharmaceutical Industries"}),
    ("Международная федерация футбола (ФИФА) выделила деньги. ФИФА сообщила об этом в Цюрихе.",
     {"Международная федерация футбола"}),
    # a Cyrillic short name followed by more than a place is another company
    ("Газпром и Газпром нефть подписали соглашение.", {"Газпром", "Газпром нефть"}),
    # an abbreviation may take a compound's second part: "автозавод", МАЗ
    ("МАЗ подписал соглашение с правительством Смоленской области. Документ подписали генеральный директор "
     "Минского автозавода Валерий Иванкович и губернатор.", {"Минский автозавод", "Правительство Смоленской области"}),
    # ... or of a stem after a compound's linking vowel: "трубопрокатный", ЧТПЗ; "дальневосточное", ДВО РАН
    ("ОАО «Челябинский трубопрокатный завод» нарастило выпуск. Акционер ЧТПЗ доволен.",
     {"Челябинский трубопрокатный завод"}),
    ("Соглашение подписано с Дальневосточным отделением Российской академии наук. В ДВО РАН довольны.",
     {"Дальневосточное отделение Российской академии наук", "Российская академия наук"}),
])
def test_short_names_are_the_organization_they_shorten(models, text, names):
    assert _names(_extract(models, text), "ORG") == names


@pytest.mark.parametrize("text, name", [
    # a railway of РЖД, named by its initials alone, whose small letter is no case ending ("СвЖДа")
    ("Соглашение подписали начальник СвЖД Алексей Миронов и глава региона.", "Свердловская железная дорога"),
    ("Начальник ОЖД Виктор Голомолзин осмотрел вокзал.", "Октябрьская железная дорога"),
    ("Соглашение подписали начальник ТатЖД Алексей Миронов и глава региона.", "ТатЖД"),  # one we do not know
])
def test_a_railway_named_by_its_initials_as_written_or_spelled_out(models, text, name):
    assert _names(_extract(models, text), "ORG") == {name}


@pytest.mark.parametrize("text, name", [
    ("Депутат Госдумы Иван Петров приехал на завод.", "Государственная дума"),
    ("Законопроект внесен в Госдуму России.", "Государственная дума Российской Федерации"),  # its country's
])
def test_the_duma_is_named_in_full(models, text, name):
    assert _names(_extract(models, text), "ORG") == {name}


def test_an_abbreviation_after_its_adjective_is_the_names_head_not_an_organization_of_its_own(models):
    result = _extract(models, "Идея принадлежит руководителям Архангельского ЦБК и группы «Титан».")
    assert _names(result, "ORG") == {"Архангельский ЦБК", "Титан"}


def test_an_organization_inside_a_name_is_one_of_its_own_but_not_the_post(models):
    result = _extract(models, "Выступил директор Института этнологии и антропологии РАН Валерий Тишков.")
    names = {e["id"]: e["name"] for e in result["entities"]}
    assert _names(result, "ORG") == {"Институт этнологии и антропологии РАН", "Российская академия наук"}
    positions = [(names[r["person"]], names[r["org"]]) for r in result["relations"] if r["type"] == "POSITION"]
    assert positions == [("Валерий Тишков", "Институт этнологии и антропологии РАН")]


@pytest.mark.parametrize("text, name", [
    ("Большой театр открыл сезон. Страна гордится Большим театром.", "Большой театр"),  # not "Больший"
    ("Правительство Кипра подало в отставку. Кипрское правительство сформируют заново.", "Правительство Кипра"),
    ("Лидер партии «Яблоко» выступил. «Яблоко» выдвинет кандидата.", "Яблоко"),
    ("Запорожский автомобилестроительный завод остановлен. Работники завода «ЗАЗ» в отпуске.",
     "Запорожский автомобилестроительный завод"),
    ("Промышленный и коммерческий банк Китая (Industrial and Commercial Bank of China) купил долю.",
     "Промышленный и коммерческий банк Китая"),  # a translation in parentheses
    ("Соглашение подписано с Центром трансфера инновационных технологий. Директор некоммерческого партнерства "
     "«Центр трансфера инновационных технологий» доволен.", "Центр трансфера инновационных технологий"),
    ("Край подписал соглашение с «Норникелем». Компания «Норильский никель» вложит средства.",
     "Норильский никель"),  # a name contracted from the two words
    ("Парк вступил в Ассоциацию кластеров, технопарков и ОЭЗ России. Директор Ассоциации технопарков России "
     "поздравил парк.", "Ассоциация кластеров, технопарков и ОЭЗ России"),  # some of an association's words
    ("Улан-Удэнский авиазавод станет резидентом технопарка. Улан-Удэнский авиационный завод выпускает вертолеты.",
     "Улан-Удэнский авиационный завод"),  # a compound word for the adjective and the noun
])
def test_one_organization_named_two_ways_in_an_article(models, text, name):
    orgs = [e for e in _extract(models, text)["entities"] if e["type"] == "ORG"]
    assert [e["name"] for e in orgs] == [name]
    assert len(orgs[0]["mentions"]) == 2


def test_a_name_quoted_beside_its_kind_is_the_nominative_of_a_declined_one(models):
    text = ('ФРП выделил "Полиэфу" 1,2 млрд рублей на проект гранул\nФонд развития промышленности профинансировал '
            'проект предприятия "Полиэф" (входит в "Сибур").')
    names = _names(_extract(models, text), "ORG")
    assert "Полиэф" in names and "Полиэфу" not in names


def test_a_legal_form_spelled_out_in_the_genitive_is_no_part_of_the_name(models):
    text = ("Пришли директора Общества с ограниченной ответственностью «Завод чистых полимеров «Этана» С.В.Ашинова и "
            "Общества с ограниченной ответственностью «Юг-Агро» А.Х.Унежева.")
    assert _names(_extract(models, text), "ORG") == {"Завод чистых полимеров «Этана»", "Юг-Агро"}


def test_a_contracted_name_is_the_organization_in_any_case(models):
    text = ("«Сибстекло» начнёт экспортировать бутылки. ООО «Сибирское стекло» заключило контракт. По словам "
            "гендиректора «Сибстекла» Антона Мора, тара нужна. Пока «Сибстекло» — единственное предприятие.")
    orgs = [e for e in _extract(models, text)["entities"] if e["type"] == "ORG"]
    assert [e["name"] for e in orgs] == ["Сибирское стекло"]


@pytest.mark.parametrize("text, name", [
    ("Особая экономическая зона Ульяновска растёт. Управляющая компания ульяновской ОЭЗ подвела итоги.",
     "Особая экономическая зона Ульяновска"),  # described by its place twice, named by none
    ("Особая экономическая зона «Алга» расположена в Уфе. Резидентами ОЭЗ России «Алга» стали компании «Вектор» "
     "и «Кедр».", "Особая экономическая зона «Алга»"),  # one quoted name
])
def test_a_zone_described_or_named_twice_is_one(models, text, name):
    zones = [e for e in _extract(models, text)["entities"] if e.get("subtype") == "sez"]
    assert [e["name"] for e in zones] == [name]
    assert len(zones[0]["mentions"]) == 2


@pytest.mark.parametrize("text, names", [
    ("Промышленный кластер Ульяновской области вырос. Автомобильный кластер Ульяновской области тоже.",
     {"Промышленный кластер Ульяновской области", "Автомобильный кластер Ульяновской области"}),
    # a plant named by its place and its industry is not the region's cluster of that industry
    ("В Ульяновской области создан автомобильный промышленный кластер. Помимо Ульяновского автомобильного "
     "завода, в него вошли поставщики.",
     {"Автомобильный промышленный кластер Ульяновской области", "Ульяновский автомобильный завод"}),
    # a group and its managing company share a quoted name and stay two
    ("Напомним, Группа компаний «Дело» модернизирует порт. Работы ведет УК «Дело».",
     {"Группа компаний «Дело»", "Управляющая компания «Дело»"}),
])
def test_organizations_of_one_region_and_industry_stay_apart(models, text, names):
    assert _names(_extract(models, text), "ORG") == names


@pytest.mark.parametrize("text, people", [
    ("Премьер Реджеп Тайип Эрдоган прибыл в Киев. Реджеп Эрдоган заявил о сотрудничестве.",
     {"Реджеп Тайип Эрдоган"}),
    ("Министр Алексей Кудрин выступил. Позже А. Кудрин уточнил прогноз.", {"Алексей Кудрин"}),
    ("Генерал Дэвид Петреус назначен главой ЦРУ. Д.Петреус избран подавляющим большинством.", {"Дэвид Петреус"}),
    ("Президент Барак Обама прибыл в Сеул. Встреча с Обамой продлилась час.", {"Барак Обама"}),
    ("Тренер назвал Йенса Лемана первым вратарём. Йенс Леман доволен.", {"Йенс Леман"}),
    # a headline's post NER took into the name, after a date on the line before; a first name like a post stays
    ("27 июня 2014\nРектор Ильшат Гафуров обсудил сотрудничество с гендиректором «КАМАЗа».", {"Ильшат Гафуров"}),
    ("Напомним, Раис Ханнанов обсудил сотрудничество с гендиректором «КАМАЗа».", {"Раис Ханнанов"}),
    # a man and a woman of one family stay two people
    ("Директор Иван Петров и его жена Мария Петрова открыли цех. Петрова поблагодарила рабочих.",
     {"Иван Петров", "Мария Петрова"}),
    # a woman named in another case alone is in the nominative too
    ("Подписали с несколькими губернаторами, включая главу 33-го региона Светлану Орлову.", {"Светлана Орлова"}),
    ("ООО «Сырная долина» Беллы Багаевой модернизирует производство.", {"Белла Багаева"}),
    # a woman's first name pymorphy does not know, the surname in the nominative natasha made a man's
    ("Напомним, об этом журналистам сообщила глава Агентства инвестиционного развития Татарстана Талия "
     "Минуллина на проходящем в Казани форуме. Минуллина отметила рост инвестиций.", {"Талия Минуллина"}),
    # a man's surname in -а, declined as a woman's name is
    ("Заседание прошло под председательством губернатора Вячеслава Дудки.", {"Вячеслав Дудка"}),
    ("Напомним, соглашение подписано по итогам встречи главы района Виктора Зубы и директора завода.",
     {"Виктор Зуба"}),
    # a man's first name the dictionary does not know, in the genitive with his surname
    ("Напомним, на открытии было выступление известного предпринимателя Ринэта Габдуллина, который поблагодарил "
     "рабочих.", {"Ринэт Габдуллин"}),
    # ... and one declined as an adjective
    ("Договор подписан с новым ректором СТАНКИНа Владимиром Серебренным.", {"Владимир Серебренный"}),
    ("Напомним, встреча с министром Валерием Заречным прошла в Иркутске.", {"Валерий Заречный"}),
    ("Напомним, проект обсудили с ректором Андреем Донским.", {"Андрей Донский"}),
    # ... but not one in -ов or -ев, which natasha reads as an adjective too
    ("Министр провел встречу с генеральным директором ЗАО «Финсудпром» Игорем Шехелевым.", {"Игорь Шехелев"}),
    # the full first name names the person of an initial written before it
    ("А. Хлопонин открыл мясокомбинат. В церемонии участвовал полномочный представитель Президента РФ в СКФО "
     "Александр Хлопонин.", {"Александр Хлопонин"}),
])
def test_one_person_named_several_ways(models, text, people):
    result = _extract(models, text)
    assert _names(result, "PER") == people
    if len(people) == 2:
        petrova = next(e for e in result["entities"] if e["name"] == "Мария Петрова")
        assert "Петрова" in petrova["mentions"]


def test_a_text_cut_short_after_a_role_is_extracted(models):
    text = ("Корпорация развития Нижегородской области и АО «Индустриальный парк «Заволжье»» подписали меморандум. "
            "Меморандум подписали генеральный директор Корпорации развития Нижегородской области Константин Рябов "
            "и директор и")
    result = _extract(models, text)
    assert "Константин Рябов" in _names(result, "PER")


def test_every_relationship_the_extractor_emits_is_allowed_by_the_model():
    from promgraph.graph.schema import load_schema
    from promgraph.loaders.news import EMITS

    schema = load_schema()
    for type_, pairs in EMITS.items():
        assert pairs <= set(schema.relationship(type_).pairs), type_



def test_regions_and_countries_may_be_parties(models):
    from promgraph.loaders.news import EMITS

    result = _extract(models, "Россия и Китай подписали договор о поставках оборудования.")
    assert {"Россия", "Китай"} in _agreement_parties(result)
    assert ("Place", "Agreement") in EMITS["PARTY_TO"]


_YUGRA = "Правительство Ханты-Мансийского автономного округа — Югры"


@pytest.mark.parametrize("text, agreements", [
    # signers in the nominative, the other side after "с"
    ("Татарстан и Свердловская область подписали соглашение о сотрудничестве в машиностроении.",
     [{"Республика Татарстан", "Свердловская область"}]),
    ("ПАО «Уралкалий» заключило соглашение с Правительством Пермского края.",
     [{"Уралкалий", "Правительство Пермского края"}]),
    # a region's initials, which do not decline, after the word for cooperating and before "с"
    ("На газовом форуме подписано соглашение о сотрудничестве НАО с компанией «РУСХИМ».",
     [{"Ненецкий автономный округ", "РУСХИМ"}]),
    # every party after "между", in the passive
    ("Трехстороннее соглашение подписано между АО «Вектор», ООО «Луч» и ПАО «Искра».",
     [{"Вектор", "Луч", "Искра"}]),
    # documents in the plural: one agreement per other party; a signing without a signer is the last one's
    ("Соглашения заключили власти Башкортостана. Подписаны соглашения с компаниями «ПСК-6» о создании парка, "
     "ООО «Рэйлго» о расширении производства, а также с АО «Салаватский катализаторный завод» об организации "
     "производств.",
     [{"Республика Башкортостан", "ПСК-6"}, {"Республика Башкортостан", "Рэйлго"},
      {"Республика Башкортостан", "Салаватский катализаторный завод"}]),
    # each other party with its own "с": a document each
    ("Правительство Мурманской области подписало соглашение о партнерстве с ПАО «Лукойл», с ООО «Саффарм» о "
     "запуске производства.", [{"Правительство Мурманской области", "Лукойл"},
                               {"Правительство Мурманской области", "Саффарм"}]),
    # a person signs for the region they head; who was present is no party
    ("Губернатор Рязанской области Павел Малков в присутствии министра Ивана Петрова подписал соглашение "
     "с ООО «Экорост».", [{"Рязанская область", "Экорост"}]),
    # a place in parentheses is where a party is
    ("Заключено соглашение между ОАО «Агропомпарк» и РУП «Гомсельмаш» (Республика Беларусь) о поставках.",
     [{"Агропомпарк", "Гомсельмаш"}]),
    # ... and so is what a name in parentheses tells of the name before it; after a person, it is their side
    ("Подписано соглашение между Правительством Иркутской области, АО «Федеральный центр проектного "
     "финансирования» (ФЦПФ, группа ВЭБа) и ПАО «Иркут».",
     [{"Правительство Иркутской области", "Федеральный центр проектного финансирования", "Иркут"}]),
    ("Правительство Республики Бурятия заключило соглашение с резидентом промпарка Владимиром Щербаковым "
     "(компания «Структура»).", [{"Правительство Республики Бурятия", "Структура"}]),
    # the other side in apposition to a group, a legal form before a name without quotes
    ("Правительство Республики Коми подписало соглашение о сотрудничестве с группой «ВИС».",
     [{"Правительство Республики Коми", "ВИС"}]),
    ("Делегация Удмуртии подписала соглашение с ПАО КАМАЗ в рамках форума.", [{"Удмуртская Республика", "КАМАЗ"}]),
    # a scientific institution's legal form; "СО" of "СО РАН" is no one
    ("ФГБНУ «Федеральный исследовательский центр Институт цитологии и генетики СО РАН» и ООО «АгроКапитал» "
     "подписали соглашение о сотрудничестве.",
     [{"Федеральный исследовательский центр Институт цитологии и генетики СО РАН", "АгроКапитал"}]),
    # a clause about the other side names no party
    ("Губернатор Рязанской области Павел Малков подписал соглашение с компанией «Экорост», которая уже "
     "сотрудничает с Корпорацией развития Рязанской области.", [{"Рязанская область", "Экорост"}]),
    # ... but beside the region's own government, the governor signs for that government
    ("Правительство Рязанской области и ПАО «Искра» подписали соглашение о сотрудничестве. Соглашение подписали "
     "губернатор Рязанской области Павел Малков и директор «Искры» Иван Петров.",
     [{"Искра", "Правительство Рязанской области"}]),
    # ... and beside its ministry, the region is that ministry's side
    ("На форуме заключено соглашение о сотрудничестве между Министерством промышленности и торговли Республики "
     "Крым и Министерством промышленности Челябинской области, сообщил глава Республики Крым Сергей Аксёнов.",
     [{"Министерство промышленности Челябинской области", "Министерство промышленности и торговли Республики Крым"}]),
    # the parties named as such, or by who acts for them (a foreign name does not decline)
    ("Сторонами договора стали ООО «Луч» и ПАО «Искра».", [{"Луч", "Искра"}]),
    # a bare head noun refers back to the organization named before
    ("Колледж является филиалом Московского государственного технического университета гражданской авиации. "
     "Руководство вуза подписало соглашение о сотрудничестве с правительством Тамбовской области.",
     [{"Московский государственный технический университет гражданской авиации",
       "Правительство Тамбовской области"}]),
    ("ПАО «Искра» будет учить студентов в Тульском государственном университете. Во вторник вуз и предприятие "
     "подписали соглашение о сотрудничестве.", [{"Искра", "Тульский государственный университет"}]),
    ("Как сообщает пресс-служба завода «Стеклолит», предприятием было подписано соглашение с компанией «Глассхаус».",
     [{"Стеклолит", "Глассхаус"}]),  # the passive's agent, said by its head noun
    ("Напомним, ООО «Транзит» и АО «Вектор» осуществят совместную постройку терминала. Соответствующее соглашение "
     "подписано в среду.", [{"Транзит", "Вектор"}]),  # the document of what the sentence before told they will do
    ("ПАО «Искра» открыло завод в Самарской области. Встреча прошла в рамках соглашения о сотрудничестве между ПАО "
     "«Искра» и самарским регионом, подписанного в мае.", [{"Искра", "Самарская область"}]),  # by its adjective
    ("Напомним, ООО «Транзит» и АО «Вектор» изучат вопрос постройки терминала. По сообщению АО «Вектор», "
     "соответствующее соглашение подписано в среду.", [{"Транзит", "Вектор"}]),  # a source the sentence names
    ("Соглашение о создании города подписано. Документ подписали правительство Приморского края, ВЭБ.РФ и ООО "
     "«ПроГород».", [{"Правительство Приморского края", "ВЭБ.РФ", "ПроГород"}]),
    ("Соглашение подписали представители Siemens и руководство АО «Вектор».", [{"Siemens", "Вектор"}]),
    ("Документ подписали руководители компании Baltic Steel и Тульского завода гидравлических машин.",
     [{"Baltic Steel", "Тульский завод гидравлических машин"}]),
    # an abbreviation that opens a name does not decline, whatever case the tagger guesses for it
    ("УК «Белфарма» и ГК «Фармконтракт» подписали соглашение о стратегическом партнерстве.",
     [{"Управляющая компания «Белфарма»", "Фармконтракт"}]),
    ("«Нижнекамскнефтехим» и ОЭЗ «Алабуга» подписали соглашение о деятельности в индустриальном парке.",
     [{"Нижнекамскнефтехим", "Особая экономическая зона «Алабуга»"}]),
    # one document named, but two "между" with their own sides: a document each
    ("Подписано соглашение между Башкирией и компанией «РусГидро» и между «РусГидро» и французской компанией "
     "Alstom.", [{"Республика Башкортостан", "РусГидро"}, {"РусГидро", "Alstom"}]),
    ("В Ярославле руководители группы «ГАЗ» и французская компания «Renault Trucks» подписали соглашение о "
     "производстве двигателей.", [{"ГАЗ", "Renault Trucks"}]),
    # the signing named one side only; the document's signatories name the others by their posts
    ("Кемеровская область заключила соглашение с венгерскими инвесторами. Документ подписали гендиректор "
     "ООО «Полюс» Кристиан Хорват и руководитель ООО «Анжерский трубный завод» Игорь Долгов.",
     [{"Кемеровская область", "Полюс", "Анжерский трубный завод"}]),
    # documents counted first, their other sides listed after: one document each
    ("ОВК подписала контракт с четырьмя предприятиями на выпуск вагонов. В частности, контракт заключен с "
     "«Алтайвагоном», Новокузнецким вагоностроительным заводом и Рославльским вагоноремонтным заводом.",
     [{"Объединенная вагонная компания", "Алтайвагон"},
      {"Объединенная вагонная компания", "Новокузнецкий вагоностроительный завод"},
      {"Объединенная вагонная компания", "Рославльский вагоноремонтный завод"}]),
    # the tagger reads a rare head ("акиматом") as a plural; the dictionary knows it is one body
    ("Технопарк «Вектор» подписал меморандум о сотрудничестве с акиматом Павлодарской области.",
     [{"Технопарк «Вектор»", "Акимат Павлодарской области"}]),
    # the country after a region says where the region is: no part of the name
    ("Технопарк «Вектор» подписал меморандум о сотрудничестве с акиматом Павлодарской области Казахстана.",
     [{"Технопарк «Вектор»", "Акимат Павлодарской области"}]),
    # what they agreed on may come before the verb
    ("Стало известно, что о стратегическом партнерстве договорились Тверской университет и компания «Вектор».",
     [{"Тверской университет", "Вектор"}]),
    # a group of companies signs in the case of its own word
    ("Так, правительство Тверской области и группа компаний «Вектор» подписали соглашение о партнерстве.",
     [{"Правительство Тверской области", "Группа компаний «Вектор»"}]),
    # a signer completing the subject: "о сотрудничестве X с Y"
    ("На форуме подписано соглашение о сотрудничестве УГАТУ с Казанским заводом точного машиностроения в сфере "
     "подготовки специалистов.", [{"УГАТУ", "Казанский завод точного машиностроения"}]),
    # "Кроме того, документ подписали …" is another document
    ("Правительство Мурманской области заключило соглашение с компанией «Еврохим». Кроме того, документ подписали "
     "«Северсталь» и «Национальная транспортная компания».",
     [{"Правительство Мурманской области", "Еврохим"}, {"Северсталь", "Национальная транспортная компания"}]),
    # bulleted lines under a heading that names a region are the region's signings
    ("Итоги форума.\nЧелябинская область (губернатор Алексей Текслер)\n◾\ufe0fСоглашение с «АвтоВАЗ» (кооперация).\n"
     "◾\ufe0fСоглашение с «Росагролизинг» (поставки).\nТюменская область (губернатор Александр Моор)\n"
     "◾\ufe0fСоглашение с корпорацией «Синергия».\n◾\ufe0fСоглашение с «Росагролизинг» (поставки).",
     [{"Челябинская область", "АвтоВАЗ"}, {"Челябинская область", "Росагролизинг"},
      {"Тюменская область", "Синергия"}, {"Тюменская область", "Росагролизинг"}]),
    # a rare head the tagger reads as an adjective is a noun still
    ("Подписано соглашение между правительством Тюменской области и хокимиятом Ташкентской области о "
     "сотрудничестве.", [{"Правительство Тюменской области", "Хокимият Ташкентской области"}]),
    # a capitalized rare head the tagger lemmatizes as an adjective or a name ("Акиматом" as "акиматом")
    ("Напомним, соглашение о сотрудничестве между Правительством Оренбургской области и Акиматом "
     "Западно-Казахстанской области подписано в июне.",
     [{"Правительство Оренбургской области", "Акимат Западно-Казахстанской области"}]),
    # an akim signs for his region; a CIS agency's dateline is no party
    ("КАЗИНФОРМ - Аким Алматинской области Амандык Баталов и губернатор Челябинской области Борис Дубровский "
     "подписали соглашение о сотрудничестве.", [{"Алматинская область", "Челябинская область"}]),
    # a list of documents, each other side with its own "с", one of them a pair joined by "и"
    ("Правительство Мурманской области заключило семь соглашений. Среди них соглашения: с группой Accor в сфере "
     "гостиниц, с компанией «Еврохим» о модернизации порта, с банком «Открытие» и ООО «Вектор».",
     [{"Правительство Мурманской области", "Accor"}, {"Правительство Мурманской области", "Еврохим"},
      {"Правительство Мурманской области", "Банк «Открытие»", "Вектор"}]),
    # a list goes on past a bracket, and "между" takes two names, whatever case the second is written in
    ("АО «Концерн «Уралвагонзавод» (входит в Госкорпорацию Ростех) и ООО «Южный горно-металлургический "
     "комплекс» заключили соглашение о сотрудничестве.",
     [{"Концерн «Уралвагонзавод»", "Южный горно-металлургический комплекс"}]),
    ("Крупным стало соглашение между правительством Республики Бурятия и Корпорации развития Дальнего Востока "
     "и Арктики о сотрудничестве.", [{"Правительство Республики Бурятия", "Корпорация развития Дальнего Востока и "
                                      "Арктики"}]),
    # documents in the plural between three and more: the first named with each of the others
    ("В рамках форума подписан ряд соглашений о сотрудничестве между Пензенской областью, Могилевской и "
     "Гомельской областями и правительством Республики Беларусь.",
     [{"Пензенская область", "Могилёвская область"}, {"Пензенская область", "Гомельская область"},
      {"Пензенская область", "Правительство Республики Беларусь"}]),
    # documents in the plural, each "между" its own
    ("Заключены контракты между АО «Вектор» и ООО «Луч» на поставки стали, между АО «Вектор» и ПАО «Искра» на "
     "поставки угля.", [{"Вектор", "Луч"}, {"Вектор", "Искра"}]),
    # the headline and the text tell of one document: one agreement with every party
    ("Татарстан и Свердловская область подписали соглашение\nСоглашение подписано между Корпорацией развития "
     "Среднего Урала и АО «Иннокам».",
     [{"Республика Татарстан", "Свердловская область", "Корпорация развития Среднего Урала", "Иннокам"}]),
    # the other sides said by their heads' posts after "с": each head's region, one document each
    ("Губернатор Свердловской области Евгений Куйвашев подписал документы о сотрудничестве с главой Татарстана "
     "Рустамом Миннихановым и врио губернатора Магаданской области Сергеем Носовым.",
     [{"Свердловская область", "Республика Татарстан"}, {"Свердловская область", "Магаданская область"}]),
    # "Они" are the two people named last, signing for what they hold posts in; "стороны" in a clause about
    # the document, the two organizations named last
    ("Губернатор Челябинской области Алексей Текслер и гендиректор АО «Концерн «Уралвагонзавод» Александр Потапов "
     "провели встречу. Они подписали соглашение о сотрудничестве.",
     [{"Концерн «Уралвагонзавод»", "Челябинская область"}]),
    ("Университет «БГТУ» и ОАО «Белхудожкерамика» развивают связи. Это предусмотрено договором о сотрудничестве, "
     "который стороны подписали 10 мая.", [{"Университет «БГТУ»", "Белхудожкерамика"}]),
    # a region's word after "между" is the region it stands for
    ("Глава Башкортостана Радий Хабиров заключил соглашение между республикой и Центральным союзом "
     "потребительских обществ России.",
     [{"Республика Башкортостан", "Центральный союз потребительских обществ России"}]),
    # "Подписи под документом также поставили …": more parties of the document told before, not another
    # one; beside the people who sign, a name is their post's ("ректор университета Иван Петров")
    ("«ВСМПО-Ависма» подписала со Свердловской областью соглашение о подготовке кадров. Подписи под документом "
     "также поставили руководители Верхнесалдинского авиаметаллургического колледжа и Тавдинского техникума.",
     [{"ВСМПО-Ависма", "Свердловская область", "Верхнесалдинский авиаметаллургический колледж",
       "Тавдинский техникум"}]),
    # a document that seals what was agreed is signed
    ("Липецкая область и ВЭБ.РФ закрепили соглашением сотрудничество в развитии электротранспорта.",
     [{"Липецкая область", "ВЭБ.РФ"}]),
    # a joint communiqué is signed as an agreement is
    ("27 мая между Минпромэнерго Чувашии и Минпромторгом ДНР подписано коммюнике.",
     [{"Министерство промышленности и энергетики Чувашской Республики",
       "Министерство промышленности и торговли Донецкой Народной Республики"}]),
    # the signers after a participle: a body of the region, a company referred to by who leads it
    ("И трехстороннее соглашение, подписанное правительством региона, Агентством инвестиционного развития "
     "Новосибирской области и ООО «Распределительный центр «Новосибирск», касается складов.",
     [{"Правительство Новосибирской области", "Агентство инвестиционного развития Новосибирской области",
       "Распределительный центр «Новосибирск»"}]),
    ("Было подписано соглашение о строительстве в Ярославской области завода компании «Тева». Согласно этому "
     "документу, подписанному правительством области и руководством компании, начнется реализация проекта.",
     [{"Правительство Ярославской области", "Тева"}]),
    # the ends of a route are no parties, nor is the place a dateline in capitals ends on
    ("ОАО «РЖД» и ООО «Уральские локомотивы» подписали соглашение о поставке электропоездов для магистрали "
     "Москва - Санкт-Петербург.", [{"Российские железные дороги", "Уральские локомотивы"}]),
    ("Мурманск. 19 июня. ИНТЕРФАКС СЕВЕРО-ЗАПАД - Мурманская область подписала соглашение с ПАО «Газпром».",
     [{"Мурманская область", "Газпром"}]),
    # who watched the signing, and what they hold a post in, is no party
    ("В Перми Президент ПАО Лукойл Вагит Алекперов и Губернатор Пермского края Максим Решетников в присутствии "
     "Полномочного представителя Президента РФ в Приволжском федеральном округе Игоря Комарова подписали "
     "Протокол к Соглашению о сотрудничестве.", [{"Лукойл", "Пермский край"}]),
    # who concludes documents "между" a side and others is neither side
    ("Министерство промышленности и торговли Волгоградской области продолжает заключать соглашения о "
     "сотрудничестве между правительством региона и промышленными предприятиями. Новые соглашения были "
     "заключены с ОАО «Волжский Оргсинтез» и ОАО «Гидромонтаж».",
     [{"Правительство Волгоградской области", "Волжский Оргсинтез"},
      {"Правительство Волгоградской области", "Гидромонтаж"}]),
    # who tells of the signing is no party
    ("Как сообщает министерство промышленности Республики Татарстан, в ОЭЗ подписано соглашение между "
     "компанией «Кастамону» и АО «ОЭЗ «Алабуга».", [{"Кастамону", "ОЭЗ «Алабуга»"}]),
    # whose document it is, said with "у", signs it, not the signers of the document before
    ("Подписи под документом поставили руководители предприятий «Гранд Фиш» и «Полоцкий молочный комбинат». "
     "У «Гранд Фиш» также заключен договор с Гомельской компанией «САНАДСТАР».",
     [{"Гранд Фиш", "Полоцкий молочный комбинат"}, {"Гранд Фиш", "САНАДСТАР"}]),
    # a party between others named by its head and a word pointing back is the one the article named
    ("Компания «Продем» построит завод. Подписано соглашение о сотрудничестве между правительством "
     "Ставропольского края и данным предприятием.", [{"Правительство Ставропольского края", "Продем"}]),
    # signers after the verb, past the words that describe the first of them
    ("Меморандум о намерениях подписали казанское АО «Радиоприбор», ООО «Вектор» и технопарк «Идея».",
     [{"Радиоприбор", "Вектор", "Технопарк «Идея»"}]),
    # a hyphenated head is its first word, in that word's case: "компанией-инвестором" is a side "между"
    ("Соглашение заключено между администрацией Тамбовского района и компанией-инвестором «Зерновой двор».",
     [{"Администрация Тамбовского района", "Зерновой двор"}]),
    # a foreign legal form's dot inside an open quote ends no sentence; the short name in brackets is an alias
    ("Подписано соглашение между ОАО «КЭМЗ» и компанией «Такисава Машин Тул Ко. Лтд» («Такисава») о производстве "
     "станков. «Такисава» передаёт ОАО «КЭМЗ» право на сборку.", [{"КЭМЗ", "Такисава Машин Тул Ко. Лтд"}]),
    # documents counted without their other sides take the companies listed next, one document each
    ("Губернатор Рязанской области подписал новые инвестиционные соглашения с четырьмя компаниями. Эти соглашения "
     "направлены на поддержку проектов в регионе. Среди ключевых инициатив — строительство молочного завода "
     "компанией «Молпром» и развитие форелевого хозяйства «Окская ферма».",
     [{"Рязанская область", "Молпром"}, {"Рязанская область", "Окская ферма"}]),
    ("Правительство Югры заключило три соглашения о сотрудничестве с компаниями округа. Власти оформили "
     "отношения с предприятиями «Северный битум», «Югорские смолы» и «Сургутстрой».",
     [{_YUGRA, "Северный битум"}, {_YUGRA, "Югорские смолы"}, {_YUGRA, "Сургутстрой"}]),
    # a part of an organization the signing verb names signs for it; one named before or after signs for itself
    ("Напомним, соглашение подписали предприятие Магнитогорского металлургического комбината и Фонд развития "
     "промышленности.", [{"Магнитогорский металлургический комбинат", "Фонд развития промышленности"}]),
    ("Напомним, подразделение госкорпорации «Росатом» АО «Объединенная теплоэнергетическая компания» и компания "
     "Lagerway подписали соглашение.", [{"Объединенная теплоэнергетическая компания", "Lagerway"}]),
    # a list long after the documents were counted is not theirs
    ("Правительство Югры заключило три соглашения о сотрудничестве с компаниями округа. Это важно. Проекты "
     "обсуждали долго. Сроки не названы. Область известна предприятиями «Северный битум» и «Югорские смолы».",
     []),
    # a plant named by its trade is a plant: "рыбокомбинат", "мясокомбинат", "автозавод"
    ("Напомним, мясокомбинат «Клинский» подписал соглашение с рыбокомбинатом «Островной».",
     [{"Клинский", "Островной"}]),
    # a region's name beside its noun is in the noun's case, a side after "с" like the rest
    ("Напомним, Фонд развития моногородов подписал соглашения со Свердловской областью и с республикой Чувашия.",
     [{"Фонд развития моногородов", "Свердловская область"}, {"Фонд развития моногородов", "Чувашская Республика"}]),
])
def test_agreements_and_all_their_parties(models, text, agreements):
    found = _agreement_parties(_extract(models, text))
    assert sorted(map(sorted, found)) == sorted(map(sorted, agreements))


@pytest.mark.parametrize("text, name", [
    ("В Нижегородской области облправительство утвердило программу.", "Правительство Нижегородской области"),
    ("Завод в Тульской области получил поддержку регионального правительства.", "Правительство Тульской области"),
    # the region's own adjective before "краевой" is the region's too
    ("В Алтайском крае откроют завод, сообщили в пресс-центре Алтайской краевой администрации.",
     "Администрация Алтайского края"),
    ("Краевой фонд развития промышленности одобрил заем заводу в Краснодарском крае.",
     "Фонд развития промышленности Краснодарского края"),
    ("Смоленский областной фонд поддержки предпринимательства работает в Смоленской области.",
     "Смоленский областной фонд поддержки предпринимательства"),
    ("Башкирия заключила соглашение с тремя регионами. Министерство промышленности, энергетики и инноваций "
     "республики заключило соглашение с Омской областью.",
     "Министерство промышленности, энергетики и инноваций Республики Башкортостан"),
    ("Минпромторг Крыма и предприятия Крыма обсудили заказы.",
     "Министерство промышленности и торговли Республики Крым"),
    # the region's ministry said by its syllables, in any case the adjective is read in
    ("Губернатор Омской области провел совещание. Работы ведутся региональным минпромом.",
     "Министерство промышленности Омской области"),
    ("В Пермском крае растет выпуск. Об этом рассказали в краевом минпромторге.",
     "Министерство промышленности и торговли Пермского края"),
    # a region called by its popular name
    ("Правительство Зауралья утвердило соглашение о сотрудничестве с «УГМК-Холдинг».",
     "Правительство Курганской области"),
    ("Минпромторг выделил субсидию заводу.", "Министерство промышленности и торговли Российской Федерации"),
    # a region's initials after the syllables, the article's region or the gazetteer's; a foreign country's
    ("В Дагестане открыли завод. Об этом сообщили в Минпромэнерго РД.",
     "Министерство промышленности и энергетики Республики Дагестан"),
    ("Представители Минпромторга РТ посетили завод в Татарстане.",
     "Министерство промышленности и торговли Республики Татарстан"),
    ("Делегация Минтранса Белоруссии прибыла на завод.", "Министерство транспорта Беларуси"),
    # syllables of the first field only: the minister's post spells the ministry out
    ("Напомним, соглашение подписали региональный Мининвест и ОЭЗ «Дубна». Об этом рассказал министр инвестиций, "
     "промышленности и науки Московской области Иван Петров.",
     "Министерство инвестиций, промышленности и науки Московской области"),
    # a region said as "регион" with its adjective; the federal fund with the country the press adds to it
    ("Напомним, «Швабе» и правительство Магаданского региона объединят усилия.", "Правительство Магаданской области"),
    ("Напомним, Фонд развития промышленности России выделил заём.", "Фонд развития промышленности"),
    # a municipality's own name goes on after "муниципального образования", in the nominative or quoted
    ("Напомним, администрация муниципального образования Щекинский район и ООО «Вектор» заключили соглашение.",
     "Администрация муниципального образования Щекинский район"),
    ("Напомним, администрация муниципального образования «Дорогобужский район» поддержала проект.",
     "Администрация муниципального образования «Дорогобужский район»"),
    ("Напомним, договор заключен с администрацией муниципального образования городского округа «Сыктывкар».",
     "Администрация муниципального образования городского округа «Сыктывкар»"),
    # a region's adjective says no more once the region is named
    ("Об этом сообщает пресс-служба областного министерства инвестиций, промышленности и науки Подмосковья.",
     "Министерство инвестиций, промышленности и науки Московской области"),
    # a state body's name spells "РФ" out; an abbreviation's and a union's keep it as written
    ("Напомним, заседание провела Военно-промышленная комиссия РФ.",
     "Военно-промышленная комиссия Российской Федерации"),
    ("Напомним, МИД РФ выразил протест.", "МИД РФ"),
    ("Напомним, Ассоциация кластеров и технопарков РФ провела форум.", "Ассоциация кластеров и технопарков РФ"),
    # "НАО" with no name after it is the Ненецкий автономный округ, not a legal form
    ("Напомним, администрация НАО подписала соглашение с колхозами.", "Администрация Ненецкого автономного округа"),
])
def test_bodies_named_by_the_region_or_by_syllables(models, text, name):
    assert name in _names(_extract(models, text), "ORG")


@pytest.mark.parametrize("text, names", [
    ("Донецкий и Торезский электротехнические заводы станут частью кластера.",
     {"Донецкий электротехнический завод", "Торезский электротехнический завод"}),
    ("В консорциум вошли Южно-Уральский, Курганский и Тюменский госуниверситеты.",
     {"Южно-Уральский государственный университет", "Курганский государственный университет",
      "Тюменский государственный университет"}),
])
def test_organizations_sharing_a_head_in_the_plural(models, text, names):
    assert _names(_extract(models, text), "ORG") == names
    assert not _names(_extract(models, text), "LOC")


def test_a_government_of_two_places_is_two_governments(models):
    result = _extract(models, "Соглашение подписали представители Правительства Иркутской области и "
                              "Республики Бурятия.")
    assert {"Правительство Иркутской области", "Правительство Республики Бурятия"} <= _names(result, "ORG")
    assert {"Правительство Иркутской области", "Правительство Республики Бурятия"} in _agreement_parties(result)
    one = _extract(models, "Министерство по развитию Дальнего Востока и Арктики одобрило проект.")  # about both
    assert _names(one, "ORG") == {"Министерство по развитию Дальнего Востока и Арктики"}


@pytest.mark.parametrize("text, name", [
    # a place the tagger took into the name, with the place joined to it by "и" (fresh46 o2139)
    ("date 2020-12 Фонд развития Дальнего Востока и Арктики поддержит строительство комбината в Бурятии.",
     "Фонд развития Дальнего Востока и Арктики"),
    # a federal body's official name begins with its adjective, though it opens a line (fresh45 o2119)
    ("Напомним, работа идёт.\n\nФедеральное агентство по рыболовству и правительство Челябинской области "
     "заключили соглашение.", "Федеральное агентство по рыболовству"),
])
def test_names_keep_their_own_words(models, text, name):
    assert name in _names(_extract(models, text), "ORG")


def test_a_company_and_a_region_are_not_one_name(models):
    result = _extract(models, "Напомним, соглашение подписали руководители ЛУКОЙЛа и Татарстана.")
    assert _names(result, "ORG") == {"ЛУКОЙЛ"}


def test_a_dateline_signs_nothing(models):
    result = _extract(models, "Москва (Маркет Репорт) -- Правительство Амурской области и ПАО «СИБУР» подписали "
                              "соглашение о сотрудничестве.")
    assert _agreement_parties(result) == [{"Правительство Амурской области", "СИБУР"}]


@pytest.mark.parametrize("text, parties", [
    ("Региональный фонд развития промышленности Ростовской области одобрил заем ООО «Гранит» на покупку "
     "оборудования.", {"Региональный фонд развития промышленности Ростовской области", "Гранит"}),
    ("Фонд развития промышленности выдал заем ООО «Чебоксарский кабельный завод» на 300 млн рублей.",
     {"Фонд развития промышленности", "Чебоксарский кабельный завод"}),
])
def test_a_funds_loan_is_financing_not_a_deal(models, text, parties):
    result = _extract(models, text)
    names = {e["id"]: e["name"] for e in result["entities"]}
    assert _agreement_parties(result) == []
    assert [{names[p] for p in r["parties"]} for r in result["relations"] if r["type"] == "COOPERATION"] == [parties]


@pytest.mark.parametrize("text, expected", [
    # a referring head: the only organization named before, or the name said right after it
    # short titles are written out; an acting post keeps its role in the genitive
    ("Цех открыл гендиректор АО «Вектор» Павел Гришин.", ("Павел Гришин", "генеральный директор", "Вектор")),
    ("Выступил врио губернатора Иван Котов.", ("Иван Котов", "временно исполняющий обязанности губернатора", None)),
    ("Документ подписал и. о. замминистра Олег Лавров.",
     ("Олег Лавров", "исполняющий обязанности заместителя министра", None)),
    ("Ирина Мельник, исполняющая обязанности директора АО «Луч», выступила.",
     ("Ирина Мельник", "исполняющий обязанности директора", "Луч")),
])
def test_posts_written_out_and_acting(models, text, expected):
    result = _extract(models, text)
    positions = _positions(result)
    assert expected in positions


@pytest.mark.parametrize("text, expected, wrong", [
    # occupations are posts; a compound or former post is the role it is made of
    ("Концерт дал известный музыкант, пианист Олег Воронов.",
     {("Олег Воронов", "музыкант", None), ("Олег Воронов", "пианист", None)}, None),
    ("На премьеру пришёл рок-музыкант Ефим Лазарев.", {("Ефим Лазарев", "рок-музыкант", None)}, None),
    ("Книгу написал писатель-фронтовик Глеб Орлов.", {("Глеб Орлов", "писатель-фронтовик", None)}, None),
    ("Кубинский бегун Орландо Ортега сбежал, а конгрессмен Джейсон Чеффиц промолчал.",
     {("Орландо Ортега", "бегун", None), ("Джейсон Чеффиц", "конгрессмен", None)}, None),
    # the name must agree with the role: "дочь режиссёра Анна Белова" is no director
    ("На вечер пришла дочь режиссёра Анна Белова.", set(), ("Анна Белова", "режиссер")),
    # of two names, the one in the role's case holds it, the other the role inside the complement
    ("Дом купил бывший помощник экс-мэра Казани Ильдара Гилязова Марат Исхаков.",
     {("Марат Исхаков", "помощник", None), ("Ильдар Гилязов", "мэр", "Казань")}, None),
    ("Выступил первый заместитель Губернатора Игорь Сомов.", {("Игорь Сомов", "первый заместитель губернатора", None)},
     ("Игорь Сомов", "губернатор")),
])
def test_occupations_compounds_and_names_in_the_roles_case(models, text, expected, wrong):
    result = _extract(models, text)
    positions = _positions(result)
    assert expected <= positions
    assert wrong not in {(person, role) for person, role, _ in positions}


@pytest.mark.parametrize("text, expected", [
    # an executive of a region or city holds the post in the government the article names
    ("Правительство Омской области одобрило проект. Губернатор Омской области Виктор Зуев поддержал его.",
     ("Виктор Зуев", "губернатор", "Правительство Омской области")),
    ("Правительство Омской области одобрило проект. Губернатор Виктор Зуев поддержал его.",
     ("Виктор Зуев", "губернатор", "Правительство Омской области")),
    ("Администрация Томской области и завод подписали план. Заместитель губернатора Томской области Олег Рыбин "
     "выступил.", ("Олег Рыбин", "заместитель губернатора", "Администрация Томской области")),
    # a minister's complement begins the name of the ministry the article names
    ("Министерство промышленности и энергетики Ростовской области провело совещание. Министр промышленности и "
     "энергетики Антон Лесков выступил.",
     ("Антон Лесков", "министр", "Министерство промышленности и энергетики Ростовской области")),
    ("Минпромторг России выделил субсидию. Заместитель министра промышленности и торговли РФ Ольга Гусева "
     "приехала на завод.",
     ("Ольга Гусева", "заместитель министра", "Министерство промышленности и торговли Российской Федерации")),
    # a bare head refers back to the organization named with it, or the only one of its kind
    ("Минпромторг России выделил субсидию. Глава министерства Олег Ступин приехал на завод.",
     ("Олег Ступин", "глава", "Министерство промышленности и торговли Российской Федерации")),
    ("Соглашение подписал Пермский государственный университет. Ректор вуза Игорь Белов рассказал о нём.",
     ("Игорь Белов", "ректор", "Пермский государственный университет")),
    ("Напомним, правительство Подмосковья одобрило проект. Зампред правительства Иван Петров рассказал о нём.",
     ("Иван Петров", "заместитель председателя", "Правительство Московской области")),
    # "вуз" is a university, institute or academy, not a college
    ("Соглашение подписали Пермский государственный университет и Пермский колледж связи. Ректор вуза "
     "Игорь Белов рассказал о нём.", ("Игорь Белов", "ректор", "Пермский государственный университет")),
    ("На заседании Комитета рыбохозяйственного комплекса Мурманской области решили многое. Как сообщил "
     "руководитель комитета Олег Заболотский, поставки вырастут.",
     ("Олег Заболотский", "руководитель", "Комитет рыбохозяйственного комплекса Мурманской области")),
])
def test_posts_in_the_organization_the_article_names(models, text, expected):
    result = _extract(models, text)
    positions = _positions(result)
    assert expected in positions


@pytest.mark.parametrize("text, expected, wrong", [
    # a role stops where a name begins: the administration is the post's organization
    ("Документ подписали глава администрации Урмарского района Олег Сомов и директор ООО «Луч» Иван Ким.",
     {("Олег Сомов", "глава", "Администрация Урмарского района")}, None),
    # a town's name after "города" is in apposition, whatever its case: "Кумертау" does not decline
    ("Напомним, заводчан поздравил глава администрации города Кумертау Борис Беляев.",
     {("Борис Беляев", "глава", "Администрация города Кумертау")}, None),
    # participles are roles, with their object in the instrumental; "управляющая компания" is none
    ("Павел Лукин, управляющий компанией «Вега», выступил.", {("Павел Лукин", "управляющий", "Вега")}, None),
    ("Выступил директор управляющей компании технопарка Антон Рябов.", set(), ("Антон Рябов", "управляющая")),
    # a board the tagger names as an organization is part of the role
    ("Присутствовал Игорь Седов, председатель Совета директоров группы «Сатурн».",
     {("Игорь Седов", "председатель совета директоров", "Сатурн")}, None),
])
def test_roles_beside_names_participles_and_boards(models, text, expected, wrong):
    result = _extract(models, text)
    positions = _positions(result)
    assert expected <= positions
    assert wrong not in {(person, role) for person, role, _ in positions}


def test_a_pronoun_holds_the_post_of_the_person_the_article_is_about(models):
    text = ("Инженер Олег Рябов получил премию. Олег Рябов родился в Омске. "
            "Позже он работал главным инженером завода «Вектор».")
    result = _extract(models, text)
    positions = _positions(result)
    assert ("Олег Рябов", "главный инженер", "Вектор") in positions


@pytest.mark.parametrize("text, expected, wrong", [
    # a plural role is the post of each person listed after it, in its case or after a colon
    ("На сцену вышли актёры Пётр Лаптев и Инна Чурикова.",
     {("Петр Лаптев", "актер", None), ("Инна Чурикова", "актер", None)}, None),
    ("Турнир выиграли наши шахматисты: Олег Крюков (Омск), Илья Дронов и Ян Гусев.",
     {("Олег Крюков", "шахматист", None), ("Илья Дронов", "шахматист", None), ("Ян Гусев", "шахматист", None)},
     None),
    ("Руководители заводов пришли в присутствии вице-премьера Олега Сизова.",
     {("Олег Сизов", "вице-премьер", None)}, ("Олег Сизов", "руководитель")),
    # a quoted name the tagger missed, and a long name, are the complement; the name after them is the holder
    ("Главред радио «Весна Дона» Антон Шилов сообщил новость.", {("Антон Шилов", "главный редактор", None)}, None),
    ("Пресс-секретарь Федеральной службы по надзору в сфере связи, информационных технологий и массовых "
     "коммуникаций (Роскомнадзора) Вадим Лосев сообщил новость.", {("Вадим Лосев", "пресс-секретарь", None)}, None),
])
def test_lists_of_people_and_long_complements(models, text, expected, wrong):
    result = _extract(models, text)
    positions = _positions(result)
    assert {(p, r) for p, r, _ in expected} <= {(p, r) for p, r, _ in positions}
    assert wrong not in {(person, role) for person, role, _ in positions}


def test_a_bare_head_of_state_is_of_the_country_the_article_is_about_only_when_clear(models):
    text = ("Италия и Иран провели переговоры. Италия ждёт ответа, Иран надеется, Иран ждёт. "
            "Премьер-министр Марио Росси заявил о поддержке.")
    result = _extract(models, text)
    names = {e["id"]: e["name"] for e in result["entities"]}
    assert all(names.get(r["org"]) != "Иран" for r in result["relations"] if r["type"] == "POSITION")


@pytest.mark.parametrize("text, expected", [
    # the side a signer signs for, and "его директор" after the organization
    ("Со стороны АО «Вектор» соглашение подписано генеральным директором Олегом Киселёвым.",
     ("Олег Киселев", "генеральный директор", "Вектор")),
    ("О работе Фонда развития промышленности рассказал его директор Павел Сомов.",
     ("Павел Сомов", "директор", "Фонд развития промышленности")),
    # roles joined by a dash share the person; "врио" has no case to agree with
    ("Заседание вёл заместитель председателя правительства — министр промышленности Олег Рябцев.",
     ("Олег Рябцев", "заместитель", None)),
    ("Врио губернатора Тульской области Алексей Зимин отметил рост.",
     ("Алексей Зимин", "временно исполняющий обязанности губернатора", "Тульская область")),
    ("Документ подписал председатель Правления ПАО «Сбербанк» Игорь Лавров.",
     ("Игорь Лавров", "председатель правления", "Сбербанк")),
])
def test_posts_by_the_side_signed_for_and_in_a_row(models, text, expected):
    result = _extract(models, text)
    positions = _positions(result)
    assert expected in positions


@pytest.mark.parametrize("text, expected, wrong", [
    # a title in the nominative whatever case the tagger gave its adjective; an en dash in a compound
    ("По словам Павла Зимина, генерального секретаря Osapp, крупнейшего профсоюза, цены растут.",
     {("Павел Зимин", "генеральный секретарь")}, None),
    ("Документ подписан вице–губернатором Ильёй Станиславовым.", {("Илья Станиславов", "вице-губернатор")}, None),
    # a role and a title word joined by "и" are two people's: "мисс" is no post
    ("Премьер-министр и мисс Анна Грей поблагодарили врачей.", set(), ("Анна Грей", "премьер-министр")),
    # a kin before a role: the name after it is the kin's unless it shows the role's case
    ("Подруга премьер-министра Кэрри Томпсон заболела.", set(), ("Кэрри Томпсон", "премьер-министр")),
])
def test_titles_and_names_that_are_not_the_holders(models, text, expected, wrong):
    result = _extract(models, text)
    positions = {(person, role) for person, role, _ in _positions(result)}
    assert expected <= positions
    assert wrong not in positions


@pytest.mark.parametrize("text, expected", [
    # a bare quoted name has no told kind, yet "компании" refers back to it when it is the only one
    ("Оренбургская область и \"Газпром нефть\" заключили соглашение. Документ подписан с председателем правления "
     "компании Александром Дюковым.", ("Александр Дюков", "председатель правления", "Газпром нефть")),
    # a name right after the head is the one meant, not the one named before
    ("Он работал в «Ростелекоме». Там он встретился с Давидом Сарновым, вице-президентом компании RCA.",
     ("Давид Сарнов", "вице-президент", "RCA")),
    # a bare minister: the article's one ministry
    ("Министр Михаил Торгашин открыл круглый стол. Министерство промышленности Пензенской области подвело итоги.",
     ("Михаил Торгашин", "министр", "Министерство промышленности Пензенской области")),
    ("Министр Михаил Торгашин открыл круглый стол. Министерство промышленности и Министерство финансов подвели "
     "итоги.", ("Михаил Торгашин", "министр", None)),
    # a bare rector: the one university named before
    ("Севастопольский государственный университет и завод «Звезда» подписали соглашение, сообщил ректор "
     "Владимир Нечаев.", ("Владимир Нечаев", "ректор", "Севастопольский государственный университет")),
    # two universities named: the bare post is of neither
    ("Томский политехнический университет и Томский государственный университет подписали соглашение, "
     "сообщил ректор Владимир Нечаев.", ("Владимир Нечаев", "ректор", None)),
    # a governor's deputy: the region's executive
    ("Администрация Кемеровской области подписала документы. Документы подписали первый замгубернатора Максим "
     "Макин и руководители ОАО «Русский уголь».",
     ("Максим Макин", "заместитель губернатора", "Администрация Кемеровской области")),
    ("Правительство Кузбасса подписало соглашение. Его подписал заместитель губернатора Иван Петров.",
     ("Иван Петров", "заместитель губернатора", "Правительство Кемеровской области")),
    # Kazakh and Uzbek heads of regions: posts in the akimat the article names, else of the region
    ("Аким Костанайской области Архимед Мухамбетов встретился с губернатором. Меморандум подписан между "
     "акиматом Костанайской области и правительством Челябинской области.",
     ("Архимед Мухамбетов", "аким", "Акимат Костанайской области")),
    ("Врио хокима Навоийской области Нормат Турсунов провёл встречу с губернатором Омской области.",
     ("Нормат Турсунов", "временно исполняющий обязанности хокима", "Навоийская область")),
])
def test_the_body_of_a_post_its_own_words_leave_unsaid(models, text, expected):
    assert expected in _positions(_extract(models, text))


def test_who_acts_for_a_party_holds_a_post_in_it_and_a_list_of_parties_is_no_complement(models):
    text = ("Предприятие возглавляет Владимир Лабзарев. Договор подписан между ним как директором компании, "
            "министерством экономического развития в лице министра Натальи Безбородовой.")
    positions = _positions(_extract(models, text))
    assert ("Наталья Безбородова", "министр", "Министерство экономического развития") in positions
    assert not any(person == "Наталья Безбородова" and role == "директор" for person, role, _ in positions)


@pytest.mark.parametrize("text, expected", [
    # a complement goes on past "и" whatever case the tagger gave the word after it
    ("По словам министра промышленности и топливно-энергетического комплекса региона Дмитрия Ломовцева, "
     "развитие важно.", ("Дмитрий Ломовцев", "министр", None)),
    # an instrumental name the tagger read as a nominative
    ("Встреча прошла с министром промышленности и энергетики ЧР Галасом Таймасхановым.",
     ("Галас Таймасханов", "министр", "ЧР")),
    # a place adjective between "врио" and the role
    ("Врио пензенского губернатора Иван Белозерцев подвел итоги участия делегации Пензенской области.",
     ("Иван Белозерцев", "временно исполняющий обязанности губернатора", "Пензенская область")),
    # a legal form spelled out, whose participle the tagger reads as a verb, between the post and the name
    ("Напомним, об этом сообщил директор общества с ограниченной ответственностью «Луч» Антон Прокопий.",
     ("Антон Прокопий", "директор", "Луч")),
])
def test_posts_the_tagger_misreads(models, text, expected):
    assert expected in _positions(_extract(models, text))


def test_a_post_without_its_organization_is_in_the_persons_one_workplace(models):
    text = ("Ректор Казанского федерального университета Олег Ланин открыл форум. "
            "Профессор Олег Ланин рассказал о планах.")
    result = _extract(models, text)
    positions = _positions(result)
    assert ("Олег Ланин", "профессор", "Казанский федеральный университет") in positions


@pytest.mark.parametrize("text, expected, wrong", [
    # a role joined to the next one waits for its person, not the one before the comma
    ("Присутствовали председатель правления РЖД Олег Белов, президент «Сколково» и глава совета директоров "
     "«Реновы» Виктор Вершинин.", {("Виктор Вершинин", "президент")}, ("Олег Белов", "президент")),
    # roles in a row after a name are all that person's
    ("Андрей Шпилев, директор Ассоциации кластеров и председатель правления фонда, выступил.",
     {("Андрей Шпилев", "директор"), ("Андрей Шпилев", "председатель правления")}, None),
])
def test_roles_in_a_row_share_the_person_after_or_before_them(models, text, expected, wrong):
    result = _extract(models, text)
    positions = {(person, role) for person, role, _ in _positions(result)}
    assert expected <= positions
    assert wrong not in positions



@pytest.mark.parametrize("text, expected", [
    ("Договор подписан с предприятием «Сода-Хлорат» (г. Березники). Березники расположены в Пермском крае.",
     ("Сода-Хлорат", "Березники")),
    # ... and every place of a list in parentheses, a town and its region
    ("Завод откроют в особой экономической зоне «Титановая долина» (Верхняя Салда, Свердловская область).",
     ("Особая экономическая зона «Титановая долина»", "Верхняя Салда")),
    ("Завод откроют в особой экономической зоне «Титановая долина» (Верхняя Салда, Свердловская область).",
     ("Особая экономическая зона «Титановая долина»", "Свердловская область")),
    ("Три производства разместят в ОЭЗ «Кулибин» в городе Дзержинске.", ("Особая экономическая зона «Кулибин»",
                                                                         "Дзержинск")),
    # ... and the region said after its town
    ("Три производства разместят в ОЭЗ «Кулибин» в Дзержинске Нижегородской области.",
     ("Особая экономическая зона «Кулибин»", "Нижегородская область")),
    ("В Тульской области прошёл форум. Глава региона рассказал о сотрудничестве с тульским НПО «Сплав».",
     ("НПО «Сплав»", "Тульская область")),
    ("Фонд одобрил заём самарскому предприятию ПАО «Гранит». Самарская область получит новые рабочие места.",
     ("Гранит", "Самарская область")),
    # ... past the words that describe it, or after its closing quote
    ("Сотрудник бразильской строительной компании Odebrecht дал показания. Бразилия требует выдачи.",
     ("Odebrecht", "Бразилия")),
    ("Концерт пройдёт в клубе «Шаги» в Москве.", ("Шаги", "Москва")),
    # "столичный" is of Москва
    ("Мэр Москвы рассказал о присвоении статуса технопарка новым столичным площадкам «Медтех.Москва» и «Дом "
     "легпрома».", ("Медтех.Москва", "Москва")),
    # ... for every name of the list it opens, and capitalized as a sentence's first word
    ("Тульская область развивает промышленность. Ульяновский «ГлянцТехник» работает с тульскими заводами "
     "«МЕТАЛЛ-ПЛАСТ», «Мехмаш» и «Штамп».", ("Штамп", "Тульская область")),
    ("Ирландская компания IDI станет партнером индустриального парка. Ирландия давно инвестирует в регион.",
     ("IDI", "Ирландия")),
    ("Предприятие «Лесозавод №1» в пос. Казлук Усть-Вымского района поставит доски.", ("Лесозавод №1", "Казлук")),
    # a place its name ends on
    ("Банк России отозвал лицензию у московского банка. Экономика России растёт.", ("Банк России", "Россия")),
    # a country's adjective not made from its name, as the gazetteer knows it
    ("Британское правительство ответило на запрос. Великобритания готова к переговорам.",
     ("Британское правительство", "Великобритания")),
    ("Диоксин нашли в продукции немецкой компании Harles und Jentzsch. Германия проверит корма.",
     ("Harles und Jentzsch", "Германия")),
    ("Напомним, вагоны поставят Белорусской железной дороге. Беларусь обновит парк.",
     ("Белорусская железная дорога", "Беларусь")),
    # a town's adjective names the town when the article names the town and its region both
    ("Напомним, Пенза и Пензенская область ждут заказов. Заказ получил ОАО «Пензенский чугунолитейный завод».",
     ("Пензенский чугунолитейный завод", "Пенза")),
    # a quoted name that ends on its region or its country
    ("ОАО «Корпорация развития Калужской области» привлекла инвестора. Калужская область рада.",
     ("Корпорация развития Калужской области", "Калужская область")),
    ("В парламент прошли «Свободная партия Эстонии» и «Союз Отечества». Эстония выбрала.",
     ("Свободная партия Эстонии", "Эстония")),
    # the country of the news, named on its own, is where its ministries are
    ("Минпромторг России выделил субсидию. В России таких заводов три.",
     ("Министерство промышленности и торговли Российской Федерации", "Россия")),
])
def test_an_organization_is_where_the_text_places_it(models, text, expected):
    assert expected in _locations(_extract(models, text))


def test_no_place_for_an_organization_without_the_place_named_on_its_own(models):
    result = _extract(models, "Минпромторг России выделил субсидию тульскому заводу «Октава».")
    assert _locations(result) == set()
    assert _names(result, "LOC") == set()
    # an adjective of a name no gazetteer knows as a place is a word of the name, no place
    result = _extract(models, "Подписано соглашение о сотрудничестве между администрацией Кемеровской области и "
                              "Сибирской угольной энергетической компанией на 2015 год.")
    assert _names(result, "LOC") == {"Кемеровская область"}
    assert _locations(result) == {("Администрация Кемеровской области", "Кемеровская область")}
    # but a town the dictionary knows, and a district's adjective that shares its noun, are places
    result = _extract(models, "Поставки выросли у завода «Луч» (Осташков). Преференции будут действовать в "
                              "Ленском и Мирнинском районах.")
    assert {"Осташков", "Ленский"} <= _names(result, "LOC")


def test_a_region_named_in_an_organization_is_not_its_country(models):
    result = _extract(models, "Участниками кластера стали компании «Кориб» и «Технопарк Прикамья». Россия поддержит "
                              "проект.")
    assert _locations(result) == set()
    # nor is the home country's adjective in a national body's name where it is (a foreign one's is)
    result = _extract(models, "Напомним, вагоны закупит ОАО «Российские железные дороги». Россия обновит парк.")
    assert _locations(result) == set()


def test_a_party_of_a_place_is_not_every_party_named_with_it(models):
    result = _extract(models, "Словенская демократическая партия победила. Демократическая партия пенсионеров "
                              "Словении прошла в парламент. Словения выбрала.")
    assert {"Словенская демократическая партия", "Демократическая партия пенсионеров Словении"} <= _names(result, "ORG")


@pytest.mark.parametrize("text, expected", [
    # a vowel that drops out of the other forms: "певец" → "певца", "посол" → "послом"
    ("У испанского певца Хулио Иглесиаса есть сын.", ("Хулио Иглесиас", "певец", None)),
    ("Встреча с послом Италии Марио Росси прошла в Москве.", ("Марио Росси", "посол", "Италия")),
])
def test_roles_whose_stem_changes(models, text, expected):
    assert expected in _positions(_extract(models, text))


@pytest.mark.parametrize("text, expected", [
    ("На обложке — посол доброй воли ООН — Анджелина Джоли.", ("Анджелина Джоли", "посол", "ООН")),
    ("Его сменит на посту директора ФБР 68-летний Роберт Мюллер.", ("Роберт Мюллер", "директор", "ФБР")),
    # ... or an aside between commas
    ("Скончался итальянский драматург и режиссёр, лауреат Нобелевской премии по литературе 1997 года, Дарио Фо.",
     ("Дарио Фо", "режиссер", None)),
    # ... or an aside led by an adjective that runs into the name
    ("Исполнилось 85 лет художественному руководителю Московского театра Сатиры, полному кавалеру ордена «За "
     "заслуги перед Отечеством» Александру Ширвиндту.",
     ("Александр Ширвиндт", "художественный руководитель", "Московский театр Сатиры")),
])
def test_a_dash_an_age_or_an_aside_between_the_role_and_its_holder(models, text, expected):
    assert expected in _positions(_extract(models, text))


def test_a_head_noun_alone_is_the_articles_one_organization_of_that_head_or_none(models):
    text = ("Ульяновская область будет сотрудничать с концерном «Авиаприборостроение». Соглашение подписали "
            "губернатор Сергей Морозов и заместитель генерального директора Концерна Александр Черных. "
            "Банк выдал кредит. Лидер группы «Центр» Василий Шумов выступил.")
    result = _extract(models, text)
    concern = next(e for e in result["entities"] if e["name"] == "Авиаприборостроение")
    assert "Концерна" in concern["mentions"]
    assert _names(result, "ORG") == {"Авиаприборостроение", "Центр"}


def test_a_governments_head_noun_alone_among_several_of_it_is_none(models):
    text = ("Министерство промышленности ЛНР и Министерство образования ЛНР подписали соглашение. Документом "
            "предусмотрена интеграция Министерства, учебного заведения и предприятий.")
    assert "Министерство" not in _names(_extract(models, text), "ORG")


@pytest.mark.parametrize("text, expected, wrong", [
    # an occupation the lexicon lacks, known by its ending, in a row too
    ("Премию получил британский физиолог Роберт Эдвардс.", {("Роберт Эдвардс", "физиолог")}, None),
    ("Концерт дала известная пародистка и юмористка Елена Воробей.",
     {("Елена Воробей", "пародистка"), ("Елена Воробей", "юмористка")}, None),
    # nouns with such endings that are no one's occupation
    ("Победитель конкурса Иван Петров и участник форума Олег Сидоров выступили.", set(),
     ("Иван Петров", "победитель")),
    ("Сторонник реформ Олег Сидоров выступил.", set(), ("Олег Сидоров", "сторонник")),
    # a woman's post named by an adjective keeps her gender
    ("Погибла актриса и телеведущая Марина Голуб.", {("Марина Голуб", "телеведущая")}, None),
])
def test_occupations_by_their_ending_and_in_the_holders_gender(models, text, expected, wrong):
    positions = {(person, role) for person, role, _ in _positions(_extract(models, text))}
    assert expected <= positions
    assert wrong not in positions


@pytest.mark.parametrize("text, agreements, kind", [
    # the words the trade writes for an investment contract, one document with each named company
    ("Губернатор Пермского края Виктор Басаргин подписал специальные инвестконтракты с Лысьвенским "
     "металлургическим заводом и ПАО «Протон-ПМ».",
     [{"Пермский край", "Лысьвенский металлургический завод"}, {"Пермский край", "Протон-ПМ"}],
     "специнвестконтракт"),
    ("Правительство Рязанской области заключило инвестсоглашение с ООО «Экорост».",
     [{"Правительство Рязанской области", "Экорост"}], "соглашение"),
])
def test_investment_contracts_by_their_short_names(models, text, agreements, kind):
    result = _extract(models, text)
    assert sorted(map(sorted, _agreement_parties(result))) == sorted(map(sorted, agreements))
    assert {r["kind"] for r in result["relations"] if r["type"] == "AGREEMENT"} == {kind}


@pytest.mark.parametrize("text, name", [
    # a straight quote after a space opens a name inside the name; one quote may close both
    ('ПАО "Пролетарский завод" заключило договор с АО "ПСЗ "Янтарь" о поставке продукции.', "ПСЗ «Янтарь»"),
    ('ООО "Фирма "Вектор"" открыла цех.', "Фирма «Вектор»"),
    # a brand written like a site does not decline
    ("Статус технопарка присвоен новым столичным площадкам «Медтех.Москва» и «Дом легпрома».", "Медтех.Москва"),
    # «ёлочки» too: one mark closes both when the sentence goes on
    ("Второе соглашение с ООО «ПО «САНТ» положит начало проекту.", "ПО «САНТ»"),
    # ... or when no other mark follows it closely
    ("Документ подписал президент ПАО «ГМК «Норильский никель» Владимир Потанин.", "ГМК «Норильский никель»"),
])
def test_straight_quotes_nested_in_a_name_are_balanced(models, text, name):
    assert name in _names(_extract(models, text), "ORG")


def test_straight_quotes_side_by_side_are_two_names(models):
    assert _names(_extract(models, 'Компании "Вектор" и "Луч" подписали договор.'), "ORG") == {"Вектор", "Луч"}


def test_an_abbreviation_quoted_inside_a_name_is_the_organization_it_abbreviates(models):
    result = _extract(models, "Уральский оптико-механический завод подписал соглашение. Соглашение вуза с "
                              "АО «ПО «УОМЗ» (входит в холдинг) направлено на производство.")
    assert _names(result, "ORG") == {"Уральский оптико-механический завод"}


def test_an_abbreviation_named_for_someone_is_the_organization_named_for_him_in_full(models):
    result = _extract(models, "Напомним, РХТУ имени Менделеева и ГК «Микрон» подписали соглашение. Российский "
                              "химико-технологический университет имени Д.И. Менделеева готовит инженеров.")
    assert _names(result, "ORG") == {"Российский химико-технологический университет имени Д.И. Менделеева",
                                     "Микрон"}


def test_an_abbreviation_of_a_quoted_name_is_the_articles_own_not_the_dictionarys(models):
    result = _extract(models, "УФСИН и Союз «Торгово-промышленная палата Архангельской области» подписали соглашение. "
                              "Документ подписал президент ТПП Виталий Лочехин.")
    assert ("Виталий Лочехин", "президент", "Союз «Торгово-промышленная палата Архангельской области»") \
        in _positions(result)
    assert "Торгово-промышленная палата Российской Федерации" not in _names(result, "ORG")


def test_an_apposition_with_a_phrase_of_its_own_between_the_preposition_and_the_name(models):
    result = _extract(models, "Состоялось подписание соглашения между казахстанским производителем кузовов для "
                              "легковых автомобилей ТОО «СарыаркаАвтоПром» и ТЛК «Южноуральский».")
    assert _agreement_parties(result) == [{"СарыаркаАвтоПром", "ТЛК «Южноуральский»"}]


def test_a_quote_after_a_legal_form_and_a_person_after_a_towns_nickname_keep_their_words(models):
    result = _extract(models, "Напомним, акционеры ООО «Башни РВС» довольны, сообщил заместитель руководителя "
                              "исполкома Автограда Эльдар Тимергалиев.")
    assert "Башни РВС" in _names(result, "ORG") and _names(result, "PER") == {"Эльдар Тимергалиев"}


def test_a_regions_adjective_not_made_from_its_name(models):
    result = _extract(models, "Соглашение заключено между подмосковным правительством и компанией «Вектор».")
    assert _agreement_parties(result) == [{"Правительство Московской области", "Вектор"}]


@pytest.mark.parametrize("text, expected", [
    # a zone's quoted name alone is the zone, named with its kind
    ("Резидентом ОЭЗ «Моглино» стала компания «Вектор». Также свой проект в «Моглино» реализует латвийская компания "
     "Felzer, которая строит завод.", {"Особая экономическая зона «Моглино»", "Вектор", "Felzer"}),
    # but a managing company's quote names what it manages
    ("Соглашение подписали АО «Вектор» и ООО «Управляющая компания «Биотехнопарк». Компания «Биотехнопарк» растёт.",
     {"Вектор", "Управляющая компания «Биотехнопарк»", "Биотехнопарк"}),
])
def test_a_quoted_name_alone_and_with_its_kinds_words(models, text, expected):
    assert _names(_extract(models, text), "ORG") == expected


def test_a_quoted_name_that_holds_an_abbreviation_does_not_expand_it(models):
    result = _extract(models, "Завод и университет договорились о создании нового инжинирингового центра «УОМЗ – "
                              "Политех». Подписи под документом поставили гендиректор Уральского оптико-механического "
                              "завода им. Э. С. Яламова (УОМЗ) Анатолий Слудных и ректор СПбПУ Андрей Рудской.")
    assert "Инжиниринговый центр «УОМЗ – Политех»" in _names(result, "ORG")


@pytest.mark.parametrize("text, expected", [
    # a body's name ends with its seat: the list goes on with other bodies
    ("На встрече с представителями Росатома, администрации Томской области и вузов обсудили планы.",
     {"Росатом", "Администрация Томской области"}),
    # a nominative plural the tagger calls a genitive starts the list's next item
    ("В список вошли Омский научно-исследовательский институт технологии и организации производства двигателей, "
     "научно-производственные предприятия «Прогресс» и «Специальные технологии».",
     {"Омский научно-исследовательский институт технологии и организации производства двигателей", "Прогресс",
      "Специальные технологии"}),
])
def test_a_names_genitive_tail_ends_where_a_list_goes_on(models, text, expected):
    assert _names(_extract(models, text), "ORG") == expected


def test_a_quote_that_holds_its_kind_is_the_whole_name(models):
    text = ("Состоялось учредительное собрание территориального инновационного кластера «Композитный кластер "
            "Санкт-Петербурга».")
    assert _names(_extract(models, text), "ORG") == {"Композитный кластер Санкт-Петербурга"}


@pytest.mark.parametrize("text", [
    "Документы подписали руководители ООО Управляющая компания «Промышленно-металлургический холдинг» и ОАО «Вектор».",
    "Соглашение подписано между управляющей компанией «Промышленно-металлургический холдинг» и компанией «Вектор».",
])
def test_a_managing_company_keeps_its_kind_in_its_name(models, text):
    assert _names(_extract(models, text), "ORG") == {"Управляющая компания «Промышленно-металлургический холдинг»",
                                                     "Вектор"}


def test_a_managing_company_is_placed_by_its_quoted_names_town(models):
    text = "Соглашение подписали управляющая компания «Ульяновский авиационный кластер» и Ульяновская область."
    assert ("Управляющая компания «Ульяновский авиационный кластер»", "Ульяновская область") in \
        _locations(_extract(models, text))


@pytest.mark.parametrize("text, expected", [
    ("В Томской области создан промышленный кластер электроники и беспилотных технологий. Кластер электроники и "
     "беспилотных технологий объединил 13 организаций: НПФ «Микран» и ТУСУР.",
     {("НПФ «Микран»", "Промышленный кластер электроники и беспилотных технологий"),
      ("ТУСУР", "Промышленный кластер электроники и беспилотных технологий")}),
    # two adjectives
    ("Создан Межрегиональный промышленный кластер станкостроения. В состав кластера станкостроения входит компания "
     "«Вектор».", {("Вектор", "Межрегиональный промышленный кластер станкостроения")}),
])
def test_a_cluster_named_with_and_without_a_descriptive_adjective_is_one(models, text, expected):
    assert _members(_extract(models, text)) == expected


def test_a_managing_companys_quote_names_what_it_manages_not_itself(models):
    result = _extract(models, "Соглашение подписали АО «Вектор» и ООО «Управляющая компания «Биотехнопарк». "
                              "Резидентами биотехнопарка стали «Катрен» и «СФН-Фарм».")
    groups = {group for _, group in _members(result)}
    assert groups and "Управляющая компания «Биотехнопарк»" not in groups


def test_a_known_abbreviation_tagged_as_a_place_is_an_organization(models):
    result = _extract(models, "Как пояснили в полпредстве, в новый консорциум вошли УрФУ, Южно-Уральский, "
                              "Курганский госуниверситеты.")
    assert "Уральский федеральный университет" in _names(result, "ORG")
    assert _names(result, "LOC") == set()


@pytest.mark.parametrize("text, agency", [
    ("Напомним, порт получил разрешение Росморречфлота.", "Федеральное агентство морского и речного транспорта"),
    ("Напомним, квоты выделило Росрыболовство.", "Федеральное агентство по рыболовству"),
])
def test_a_federal_agency_by_its_short_name_is_named_in_full(models, text, agency):
    assert agency in _names(_extract(models, text), "ORG")


def test_the_end_of_a_domain_is_no_place(models):
    assert _names(_extract(models, "Набсовет ВЭБ.РФ ранее одобрил участие в проекте."), "LOC") == set()
    assert _names(_extract(models, "Завод «Вектор» открыт в г.Москве."), "LOC") == {"Москва"}


def test_a_park_named_twice_with_its_quoted_name_is_one_park_named_in_full(models):
    result = _extract(models, "В Крыму открыт индустриальный парк «Феодосия». Парк «Феодосия» примет пять резидентов.")
    assert _names(result, "ORG") == {"Индустриальный парк «Феодосия»"}


def test_a_common_word_first_in_its_sentence_is_no_place(models):
    result = _extract(models, "Поставки выполнит завод «Ижсталь». Сегодня Кубань создаст кластер.")
    assert _names(result, "LOC") == {"Краснодарский край"}


def test_a_preposition_opening_a_sentence_is_no_part_of_a_place(models):
    result = _extract(models, "Из Республики Беларусь в Россию везли корма.")
    assert _names(result, "LOC") == {"Беларусь", "Россия"}


def test_a_town_the_tagger_does_not_know_is_no_adjective_of_the_plant_after_it(models):
    result = _extract(models, "Напомним, компания ООО «Рэнера», входящая в дивизион «Росатома», построит под "
                              "Неманом завод по производству литий-ионных ячеек.")
    assert _names(result, "ORG") == {"Рэнера", "Росатом"}


def test_a_park_may_join_a_cluster(models):
    result = _extract(models, "Новыми членами «Камского инновационного территориально-производственного кластера» "
                              "стали компании «Кориб» и «Технопарк Прикамья».")
    names = {e["id"]: e["name"] for e in result["entities"]}
    members = {names[r["member"]] for r in result["relations"] if r["type"] == "MEMBER"}
    assert members == {"Кориб", "Технопарк Прикамья"}


@pytest.mark.parametrize("text, members", [
    # the names before the first one the tagger found are the list's too, when it goes on after that one
    ("Промпарк «Мастер» заполнен полностью. Участники побывали на предприятиях-резидентах промпарка: «Интеллект "
     "мебель», «Главсорбент», «Армейские транспортеры и Тягачи», «Волга-Полимер», «ОКСО».",
     {"Интеллект мебель", "Главсорбент", "Армейские транспортеры и Тягачи", "Волга-Полимер", "ОКСО"}),
    # and when, after "среди которых", it ends in "и другие" past the one found
    ("Напомним, Ивановский текстильный кластер объединяет 9 фабрик, среди которых «Ивановская ткань», «Лесная "
     "пряжа», «Шуйские ситцы», «Текстон» и другие.", {"Ивановская ткань", "Лесная пряжа", "Шуйские ситцы", "Текстон"}),
])
def test_a_list_of_quoted_residents(models, text, members):
    result = _extract(models, text)
    names = {e["id"]: e["name"] for e in result["entities"]}
    assert {names[r["member"]] for r in result["relations"] if r["type"] == "MEMBER"} == members


@pytest.mark.parametrize("text, expected", [
    # a macro-region after "по" is the post's field; a country there is its seat
    ("Документ подписали министр по развитию Дальнего Востока и Арктики Алексей Чекунков и губернатор "
     "Красноярского края Александр Усс.", ("Алексей Чекунков", "министр", None)),
    ("Министр по государственным сборам Новой Зеландии Питер Данн подчеркнул важность реформы.",
     ("Питер Данн", "министр", "Новая Зеландия")),
])
def test_a_place_in_a_posts_field_is_not_its_seat(models, text, expected):
    assert expected in _positions(_extract(models, text))


@pytest.mark.parametrize("text, person, mentions", [
    # natasha ends the name at the patronymic; the surname after it is the same person's
    ("Соглашение подписано с генеральным директором госкорпорации «Росатом» Алексеем Евгеньевичем Лихачевым.",
     "Алексей Лихачев", {"Алексеем Евгеньевичем Лихачевым"}),
    # a first name and patronymic left inflected are the article's one person of that first name
    ("Губернатор Андрей Воробьев и президент компании Владимир Якунин подписали соглашение. «Сегодня с "
     "Владимиром Ивановичем (Якуниным) мы обсудили проекты», — сказал Воробьев.", "Владимир Якунин",
     {"Владимир Якунин", "Владимиром Ивановичем", "Якуниным"}),
    # a man's surname after "господин" in the genitive
    ("Председатель комитета Олег Ситов осмотрел цех. По словам господина Ситова, завод загружен.",
     "Олег Ситов", {"Олег Ситов", "Ситова"}),
])
def test_a_person_named_again_in_another_form(models, text, person, mentions):
    result = _extract(models, text)
    found = next(e for e in result["entities"] if e["name"] == person)
    assert set(found["mentions"]) == mentions
    assert _names(result, "PER") - {"Андрей Воробьев"} == {person}


@pytest.mark.parametrize("text, people", [
    # names pymorphy does not know, left in the instrumental by natasha's normalizer
    ("Делегация провела переговоры с председателем Государственного комитета по геологии Бобиром Исламовым и "
     "его заместителем.", {"Бобир Исламов"}),
    ("Договоренности достигнуты в ходе переговоров заместителя министра инфраструктуры Республики Ваче "
     "Тертеряном. Господин Тертерян поблагодарил коллег.", {"Ваче Тертерян"}),
    ("Акт подписан Теляшевым Э.Г. и Карпухиным А.И. на заводе.", {"Теляшев Э.Г.", "Карпухин А.И."}),
    # "-ом" is no ending of a nominative that pymorphy knows as a name: "Ислом" stays
    ("Ислом Каримов провел встречу с губернатором.", {"Ислом Каримов"}),
    # a first name the dictionary knows only in another case, alone or in a double name, and a shouted surname
    ("Напомним, соглашение подписано заместителем генерального директора компании ОАО «Татнефть» Наилем "
     "Магановым.", {"Наиль Маганов"}),
    ("Напомним, проект обсудили в ходе встречи Главы Ингушетии Махмуда-Али Калиматова с директором.",
     {"Махмуд-Али Калиматов"}),
    ("Напомним, так решил председатель совета директоров АВТОВАЗа Сергей ЧЕМЕЗОВА. Завод вырос.", {"Сергей Чемезов"}),
    # a man's surname written with and without its case ending, after one initial: the man's nominative
    ("Напомним, А. Мамин подчеркнул важность завода. Документ подписан в присутствии А. Мамина.", {"А. Мамин"}),
    # one word alone, said again
    ("Напомним, Алонсо выиграл гонку. Алонсо доволен.", {"Алонсо"}),
])
def test_a_name_in_the_instrumental_is_written_in_the_nominative(models, text, people):
    assert _names(_extract(models, text), "PER") == people


def test_a_one_word_name_found_in_another_case_first_is_named_by_its_nominative(models):
    text = "КамАЗ запустил новый завод мостов. По итогам прошлого года убытки КамАза выросли в 11 раз."
    assert _names(_extract(models, text), "ORG") == {"КамАЗ"}


@pytest.mark.parametrize("text", [
    "Делегация посетила механический и литейный заводы, ООО «Ткач», Березовский химлесхоз.",
    "Читайте также: - Власти Коми помогут Ольховскому лесозаводу → - В Коми откроют 50 новых рабочих мест →",
])
def test_an_adjective_of_the_noun_after_it_is_no_person(models, text):
    assert _names(_extract(models, text), "PER") == set()


def test_a_region_whose_adjective_is_also_a_streets_name_takes_its_genitive(models):
    text = "Соглашение подписано между Правительством Тверской области и компанией «Вектор»."
    assert _agreement_parties(_extract(models, text)) == [{"Правительство Тверской области", "Вектор"}]


@pytest.mark.parametrize("words, start, name", [
    # natasha's span may open with the sentence's preposition: it is no part of the name
    ([("Между", "ADP"), ("правительством", "NOUN"), ("Самарской", "ADJ"), ("области", "NOUN")], 0, 1),
    # but a quoted name may begin with one
    ([("«", "PUNCT"), ("За", "ADP"), ("права", "NOUN"), ("человека", "NOUN"), ("»", "PUNCT")], 1, 1),
])
def test_a_preposition_in_front_of_a_name(words, start, name):
    tokens = [SimpleNamespace(text=text, lemma=text.lower(), pos=pos) for text, pos in words]
    assert _past_fronts(tokens, start, 4) == name


def test_a_head_spelled_out_or_a_governments_head_alone_is_the_articles_one_of_that_head(models):
    text = ("Правительство Тверской области и госкорпорация «Ростех» подписали соглашение. Документ "
            "определяет взаимодействие Правительства и Государственной корпорации в промышленности.")
    result = _extract(models, text)
    assert _names(result, "ORG") == {"Правительство Тверской области", "Ростех"}


@pytest.mark.parametrize("text", [
    "АО «Северный завод», входящее в холдинг «Сталь», и АО «Энергоресурс» заключили контракт на поставку "
    "оборудования.",
    # the holding named first in a participle phrase is not one more signer listed after the one it tells of
    "АО «Северный завод» и АО «Энергоресурс», являющееся частью концерна промышленных технологий (КПТ) Ростеха, "
    "заключили контракт на поставку оборудования.",
])
def test_a_participle_phrase_does_not_break_a_list_of_signers(models, text):
    assert _agreement_parties(_extract(models, text)) == [{"Северный завод", "Энергоресурс"}]


def test_the_holdings_of_two_signers_do_not_work_together(models):
    text = ("Напомним, АО «Северный завод», входящее в холдинг «Сталь», и АО «Энергоресурс», являющееся частью "
            "концерна промышленных технологий (КПТ) Ростеха, заключили соглашение о стратегическом партнерстве.")
    result = _extract(models, text)
    assert _agreement_parties(result) == [{"Северный завод", "Энергоресурс"}]
    assert [r for r in result["relations"] if r["type"] == "COOPERATION"] == []


def test_documents_of_one_signer_with_different_sides_are_not_merged(models):
    text = ("Правительство Курганской области подписало на форуме ряд соглашений. Соглашение с компанией «Вектор» "
            "предусматривает строительство завода. По соглашению с ООО «Гранит» будет построен стадион.")
    assert sorted(_agreement_parties(_extract(models, text)), key=sorted) == [
        {"Правительство Курганской области", "Вектор"}, {"Правительство Курганской области", "Гранит"}]


@pytest.mark.parametrize("text, zone", [
    ("ООО «Вектор» станет резидентом особой экономической зоны (ОЭЗ) «Заречье», расположенной в Твери.",
     "Особая экономическая зона «Заречье»"),
    ('ООО "Вектор" стало резидентом территории опережающего развития (ТОР) "Каменка" в Приморье.',
     "Территория опережающего развития «Каменка»"),
])
def test_an_abbreviation_in_parentheses_between_a_zone_and_its_name(models, text, zone):
    assert _members(_extract(models, text)) == {("Вектор", zone)}


@pytest.mark.parametrize("text, member, group", [
    ("Компания «Вектор» построит в ОЭЗ «Заречье» складской комплекс.", "Вектор",
     "Особая экономическая зона «Заречье»"),
    ("Ядром кластера «Сибирский станкостроитель» станет завод ООО «Вектор».", "Вектор",
     "Кластер «Сибирский станкостроитель»"),
    ("Подписан договор о вступлении ООО «Вектор» в кластер «Сибирский станкостроитель».", "Вектор",
     "Кластер «Сибирский станкостроитель»"),
])
def test_who_builds_in_a_zone_is_the_core_of_a_cluster_or_joins_it_is_a_member(models, text, member, group):
    assert (member, group) in _members(_extract(models, text))


def test_a_place_adjective_the_tagger_reads_as_a_noun_still_places_the_names_after_it(models):
    text = ("Кластер создан в Оренбургской области. В его составе - оренбургские ООО «Пластик», ООО «Медь» и "
            "предприятия Самарской области.")
    assert {("Пластик", "Оренбургская область"), ("Медь", "Оренбургская область")} <= _locations(_extract(models, text))


def test_the_region_said_as_a_word_signs_for_the_articles_region(models):
    text = ("Курганская область на форуме подписала соглашения. Компания «Гранит» заключила договор с концерном "
            "«Вектор». Кроме того, регионом было подписано соглашение с Ассоциацией кластеров и технопарков России.")
    assert {"Курганская область", "Ассоциация кластеров и технопарков России"} in _agreement_parties(
        _extract(models, text))


def test_after_a_between_list_a_signing_that_names_no_signer_is_the_first_ones(models):
    text = ("Речь о договоре между правительством Курганской области, компанией «Гранит» и комбинатом «Меланж». "
            "Также соглашение о сотрудничестве подпишут с правительством Тюменской области для общих проектов и с "
            "СГК, чтобы модернизировать котельные.")
    result = _extract(models, text)
    assert sorted(_agreement_parties(result), key=len) == [
        {"Правительство Курганской области", "Правительство Тюменской области"},
        {"Правительство Курганской области", "СГК"},
        {"Правительство Курганской области", "Гранит", "Меланж"}]
    assert {r["subject"] for r in result["relations"] if r["type"] == "AGREEMENT"} == {None, "сотрудничество"}


@pytest.mark.parametrize("text, parties", [
    # a quoted name ends at its quote: what follows is what the document is about
    ("В Уфе подписан протокол между ОАО «Гранит» и ОАО «Вектор» по вопросам долгосрочного договора поставки "
     "этилена.", {"Гранит", "Вектор"}),
    # an organization's head after the quote is its owner, another organization
    ("Холдинг «Вектор» Госкорпорации Ростех и ОАО «Гранит» подписали соглашение о намерениях.",
     {"Вектор", "Гранит"}),
])
def test_a_quoted_name_ends_at_its_closing_quote(models, text, parties):
    assert _agreement_parties(_extract(models, text)) == [parties]


def test_the_first_of_its_kind_is_said_of_a_cluster_not_its_name(models):
    text = "В Тверской области создан первый межрегиональный промышленный кластер. В него вошли «Гранит» и «Вектор»."
    assert _members(_extract(models, text)) == {("Гранит", "Межрегиональный промышленный кластер"),
                                                ("Вектор", "Межрегиональный промышленный кластер")}


@pytest.mark.parametrize("text, member, group", [
    ("«Гранит» – часть межрегионального кластера «Опора».", "Гранит", "Межрегиональный кластер «Опора»"),
    ("Там работает завод компании «Вектор» в индустриальном парке «Рощино».", "Вектор",
     "Индустриальный парк «Рощино»"),
])
def test_a_part_of_a_group_and_a_plant_in_a_park_are_members(models, text, member, group):
    assert _members(_extract(models, text)) == {(member, group)}


def test_what_is_said_of_a_park_in_any_case_is_no_part_of_its_name(models):
    result = _extract(models, "Соглашение о строительстве нового крупного индустриального парка «Рощино» подписано.")
    assert _names(result, "ORG") == {"Индустриальный парк «Рощино»"}


@pytest.mark.parametrize("text, type_", [
    ("Белый дом заявил о новых санкциях.", "ORG"),
    ("Встреча прошла в Белом доме.", "LOC"),
])
def test_an_organization_named_by_its_building_is_a_place_where_something_happens_in_it(models, text, type_):
    assert _names(_extract(models, text), type_) == {"Белый дом"}


@pytest.mark.parametrize("text", [
    "Сегодня в Смольном подписали соглашение о сотрудничестве. Как уточняют в Смольном, проект одобрен.",
    "Переговоры прошли в Кремле.",
])
def test_a_government_seat_where_something_happens_is_no_organization(models, text):
    assert _names(_extract(models, text), "ORG") == set()


def test_a_cluster_the_tagger_took_for_a_place_is_no_place(models):
    text = "«Работа с Промышленным кластером Республики Татарстан даст заводам новые заказы», — сказал он."
    result = _extract(models, text)
    assert _names(result, "LOC") == {"Республика Татарстан"}
    assert _locations(result) == {("Промышленный кластер Республики Татарстан", "Республика Татарстан")}


def test_an_eponym_with_a_title_is_part_of_the_name(models):
    result = _extract(models, "Институт им. профессора Н. Е. Жуковского и завод «Авиастар» подписали соглашение.")
    assert _agreement_parties(result) == [{"Институт имени профессора Н. Е. Жуковского", "Авиастар"}]


@pytest.mark.parametrize("text, name", [
    # the fund of "региона" is the region's
    ("Фонд развития промышленности региона одобрил займы. Учредителем фонда является Тверская область.",
     "Фонд развития промышленности Тверской области"),
    # an expert council is a part of the organization named after it
    ("Экспертный совет Фонда развития промышленности одобрил заем заводу.", "Фонд развития промышленности"),
    # so are the academy and the committee of "республики", "области"
    ("В Казани прошел форум Республики Татарстан. В нем участвовали «Татнефть» и Академия наук республики.",
     "Академия наук Республики Татарстан"),
    ("В Тверской области открыт завод. Комитет по инвестициям области одобрил проект.",
     "Комитет по инвестициям Тверской области"),
])
def test_a_regions_fund_and_an_expert_councils_organization(models, text, name):
    assert name in _names(_extract(models, text), "ORG")


@pytest.mark.parametrize("text, expected", [
    ("В Курганской области создадут кластер тяжелого машиностроения.",
     ("Кластер тяжелого машиностроения", "Курганская область")),
    ("На Кубани зарегистрирован межрегиональный кластер «Степь».",
     ("Межрегиональный кластер «Степь»", "Краснодарский край")),
    ("В Тверской области сформирован межрегиональный промышленный кластер.",
     ("Межрегиональный промышленный кластер", "Тверская область")),
    # a park said "в" it, in the one place the sentence opens with or creates in
    ("В Башкирии в индустриальном парке «Уфимский» пять компаний готовятся запустить производство.",
     ("Индустриальный парк «Уфимский»", "Республика Башкортостан")),
    # the place the sentence opens with, whatever its verb
    ("В Ростовской области АО «Вектор» станет первым резидентом парка.", ("Вектор", "Ростовская область")),
])
def test_a_cluster_created_in_a_place_is_there(models, text, expected):
    assert _locations(_extract(models, text)) == {expected}


def test_a_document_prolonged_is_an_agreement_of_its_sides(models):
    text = "Власти Курганской области и АО «Гранит» продлили действие договора о поставках оборудования."
    assert _agreement_parties(_extract(models, text)) == [{"Курганская область", "Гранит"}]


def test_a_region_after_the_word_for_its_companies_is_no_party(models):
    text = "Концерн «Вектор» подписал соглашение с крупными предприятиями Донецкой и Луганской Народных Республик."
    assert _agreement_parties(_extract(models, text)) == []


@pytest.mark.parametrize("zone_type", ["промышленно-производственного типа", "промышленного типа"])
def test_a_zone_described_by_its_type_is_the_one_the_article_names(models, zone_type):
    text = ("Компания «Стекло» станет резидентом ОЭЗ «Заречье». Генеральный директор компании подписал соглашение "
            f"о работе в особой экономической зоне {zone_type}.")
    result = _extract(models, text)
    assert _names(result, "ORG") == {"Стекло", "Особая экономическая зона «Заречье»"}


@pytest.mark.parametrize("text", [
    "АРХИВ ВЫПУСКОВ\nЗавод «Гранит» открыл цех.\nМЫ В СОЦСЕТЯХ",
    "Газета Мордовия\n\nМНЕНИЕ\n\nЗавод «Гранит» открыл цех.",  # a rubric
    "С КОМПАНИЕЙ «ГРАНИТ» ЗАКЛЮЧЕНО СОГЛАШЕНИЕ О ПОСТАВКАХ\n\nЗавод «Гранит» открыл цех.",  # a shouted headline
])
def test_page_furniture_in_capitals_is_no_organization(models, text):
    assert {name.lower() for name in _names(_extract(models, text), "ORG")} == {"гранит"}


@pytest.mark.parametrize("words, item", [(["Реклама"], True), (["Комментариев"], True), (["Загрузка"], True),
                                         (["Новости", "/", "Общество"], True), (["Реклама", "Сибири"], False)])
def test_a_pages_rubrics_and_furniture_are_menu_items(words, item):
    assert menu_item([SimpleNamespace(text=word) for word in words]) is item


@pytest.mark.parametrize("word, stamp", [("2025-12-09T06", True), ("IMG_6612", True), ("20.1C", True),
                                         ("Гранит-2025", False)])
def test_a_time_stamp_is_no_name(word, stamp):
    assert is_file([SimpleNamespace(text=word)]) is stamp


def test_a_medium_named_in_a_hyphenated_name_is_a_source(models):
    text = "По данным СПАРК-Интерфакс, ООО «Гранит» выпускает станки."
    assert _names(_extract(models, text), "ORG") == {"Гранит"}


def test_a_government_said_by_its_regions_adjective_is_named_in_full(models):
    text = "Об этом сообщает пресс-служба курганского правительства. Свердловское правительство одобрило проект."
    assert _names(_extract(models, text), "ORG") == {"Правительство Курганской области",
                                                     "Правительство Свердловской области"}


@pytest.mark.parametrize("text, parties", [
    ("Кубань, Тверская и Курганская области заключили соглашение о развитии кластера.",
     {"Краснодарский край", "Тверская область", "Курганская область"}),
    ("МОСКВА, 5 марта. Правительство Тверской области и компания «Гранит» подписали соглашение.",
     {"Правительство Тверской области", "Гранит"}),
])
def test_a_region_opening_a_list_of_signers_is_no_dateline(models, text, parties):
    assert _agreement_parties(_extract(models, text)) == [parties]


@pytest.mark.parametrize("text, expected", [
    # the list on the lines after a colon
    ("Состоялось общее собрание членов ассоциации «Пласт».\nПо итогам голосования в состав членов ассоциации "
     "«Пласт» вошли:\nООО «Гранит» ООО «Вектор»", {("Гранит", "Ассоциация «Пласт»"), ("Вектор", "Ассоциация «Пласт»")}),
    # a group of no known kind, named right after the member words
    ("Состоялось общее собрание членов АПТС.\nПо результатам голосования в состав членов АПТС вошли:\nООО «Гранит» "
     "ООО «Вектор»", {("Гранит", "АПТС"), ("Вектор", "АПТС")}),
    # the zone told of before, on whose ground they will work
    ("Как сообщает руководство ОЭЗ «Заречье», до конца года на ее территории появятся предприятия компаний "
     "«Гранит» и «Вектор».", {("Гранит", "Особая экономическая зона «Заречье»"),
                              ("Вектор", "Особая экономическая зона «Заречье»")}),
    # a colon late in a list that began before it
    ("Заводы создали приборостроительный консорциум. В консорциум вошли АО «Гранит», АО «Вектор», а также "
     "колледжи: колледж им. А.И. Покрышкина.",
     {("Гранит", "Приборостроительный консорциум"), ("Вектор", "Приборостроительный консорциум"),
      ("Колледж имени А.И. Покрышкина", "Приборостроительный консорциум")}),
])
def test_members_listed_after_a_colon_or_working_on_the_zones_ground(models, text, expected):
    assert _members(_extract(models, text)) == expected


def test_what_is_said_of_an_organization_after_its_name_is_no_part_of_it(models):
    text = "Обсудили включение в состав Ассоциации новых организаций. В состав Ассоциации вошла компания «Гранит»."
    assert "Ассоциация новых организаций" not in _names(_extract(models, text), "ORG")
    # a verb in the past, which has no person, ends the name as one in the present does
    text = "В последний раз Савеловский машзавод раскрывал информацию в начале 2011 года."
    assert _names(_extract(models, text), "ORG") == {"Савеловский машзавод"}
    # but a misspelled noun the tagger reads as a verb does not: "промышлености"
    text = ("На «Инопроме» Министерство промышлености и науки Свердловской области и министерство промышлености и "
            "природных ресурсов Челябинской области договорились о сотрудничестве.")
    assert "Министерство промышлености и науки Свердловской области" in _names(_extract(models, text), "ORG")
    # nor does a field's preposition, where NER stopped
    text = ("Напомним, прошло заседание Совета по инновационно-технологическому развитию области. Резидентом стала "
            "компания \"Лаборатория вакуумных технологий плюс\".")
    assert _names(_extract(models, text), "ORG") == {"Совет по инновационно-технологическому развитию области",
                                                     "Лаборатория вакуумных технологий плюс"}


@pytest.mark.parametrize("text, parties", [
    # the subject after its verb, the document first
    ("Соглашение о намерениях по реализации инвестиционных проектов заключила «Тулатехнефть» с правительством "
     "Тамбовской области.", {"Тулатехнефть", "Правительство Тамбовской области"}),
    # the subject before its verb, the document first: a quoted name without a case
    ("Договор на изготовление двух котлов \"Энергомаш-Урал\" подписал с ОАО «Теплосеть» в прошлом году.",
     {"Энергомаш-Урал", "Теплосеть"}),
    # a name written with a capital before, in lower case now
    ("Первое соглашение было заключено между Корпорацией развития Курганской области и компанией «Луч». Кроме "
     "того, договор о строительстве цеха заключили корпорация развития Курганской области и ООО «Гранит».",
     {"Корпорация развития Курганской области", "Гранит"}),
    # the region told by its governor's adjective
    ("Вологодский губернатор и глава Россельхозбанка подписали соглашение о сотрудничестве. В Вологодской "
     "области банк откроет офисы.", {"Вологодская область", "Россельхозбанк"}),
    # "глава региона" signs for the region the article is about
    ("В Пензенской области открыли цех. В рамках форума глава региона подписал соглашение о сотрудничестве с "
     "Петербургским тракторным заводом.", {"Пензенская область", "Петербургский тракторный завод"}),
    # a signer opening with a common noun after the subject's genitive keeps its own case
    ("Напомним, соглашение о строительстве завода правительство Ленобласти с ООО «Луч» и компанией «Гранит» "
     "заключили на форуме.", {"Правительство Ленинградской области", "Луч", "Гранит"}),
    # not the city where the fair was, though it ranks as a region
    ("В Пензенской области откроют цех. Соглашение подписали на выставке «Золотая осень» в Москве глава региона "
     "Олег Мельниченко и директор компании «Луч» Алексей Тихов.", {"Пензенская область", "Луч"}),
    # an editor's role in parentheses in a quote; the abbreviation NER missed there is found as written
    ("Научно-производственная корпорация «Машстрой» (НПКМ) и компания «Луч» договорились о поставках. «(Гендиректор "
     "НПКМ) Олег Сиротин и директор компании «Луч» Алексей Тихов подписали сегодня меморандум», — сообщили в "
     "компании.", {"Машстрой", "Луч"}),
])
def test_signers_told_in_other_ways(models, text, parties):
    assert parties in _agreement_parties(_extract(models, text))


def test_no_organization_cooperates_with_itself(models):
    text = ("Меморандум о сотрудничестве предусматривает поставку ФГК не менее 20 тысяч вагонов, сообщила "
            "Федеральная грузовая компания (ФГК).")
    result = _extract(models, text)
    assert all(len(set(r["parties"])) == 2 for r in result["relations"] if r["type"] == "COOPERATION")


@pytest.mark.parametrize("text, agreements", [
    # "договорились" tells of an agreement with no document named
    ("Крым и Челябинская область договорились о сотрудничестве в сфере промышленности.",
     [{"Республика Крым", "Челябинская область"}]),
    ("На форуме университет «Синергия» договорился о сотрудничестве с АО «Луч» и ООО «Гранит».",
     [{"Университет «Синергия»", "Луч"}, {"Университет «Синергия»", "Гранит"}]),
    # the headline after a page's menu and the text tell of one document, whatever each calls it (the
    # region signs through its ministry)
    ("Новости региона\nНоябрь\n2024\n\nАмурская область и Татарстан договорились о сотрудничестве\n\nМеморандум о "
     "сотрудничестве подписали министерство экономического развития Амурской области и Ассоциация «Пласт».",
     [{"Республика Татарстан", "Министерство экономического развития Амурской области", "Ассоциация «Пласт»"}]),
    # the news's source after the signing is no signer
    ("Компания «Луч» и АО «Гранит» подписали меморандум о поставках, сообщает в пятницу департамент "
     "информационной политики Свердловской области.", [{"Луч", "Гранит"}]),
])
def test_agreements_told_by_agreeing(models, text, agreements):
    found = _agreement_parties(_extract(models, text))
    assert sorted(map(sorted, found)) == sorted(map(sorted, agreements))


@pytest.mark.parametrize("text, parties", [
    # the head of a ministry signs for it; the head of a region for the region, unless the sentence names its
    # government (not as the press service telling the news) or an earlier signing has it as a side
    ("Директор компании «Луч» Анна Уголкова подписала соглашение о сотрудничестве с главой Минпромторга "
     "Херсонской области Иваном Сафроновым.", {"Луч", "Министерство промышленности и торговли Херсонской области"}),
    ("Директор компании «Луч» Анна Уголкова подписала соглашение о сотрудничестве с главой администрации "
     "Курской области Иваном Сафроновым.", {"Луч", "Администрация Курской области"}),
    ("Губернатор Курской области Иван Сафронов и директор компании «Луч» Анна Уголкова подписали соглашение о "
     "сотрудничестве. Правительство Курской области обещало поддержку.", {"Луч", "Курская область"}),
    ("Как сообщили в пресс-службе правительства Курской области, губернатор Иван Сафронов и директор компании "
     "«Луч» Анна Уголкова подписали соглашение о сотрудничестве.", {"Луч", "Курская область"}),
    ("Соглашение между Правительством Курской области и ООО «Луч» подписано 25 февраля. Достигнутые договоренности "
     "скрепили подписями губернатор региона Иван Сафронов и генеральный директор компании Анна Уголкова.",
     {"Луч", "Правительство Курской области"}),
    ("Губернатор Иван Сафронов от имени правительства Курской области и директор компании «Луч» Анна Уголкова "
     "подписали соглашение о сотрудничестве.", {"Луч", "Правительство Курской области"}),
    ("Губернатор Курской области Иван Сафронов и директор компании «Луч» Анна Уголкова подписали соглашение о "
     "сотрудничестве.", {"Луч", "Курская область"}),
    ("Губернатор Иван Сафронов подписал соглашение с компанией «Луч», которая построит верфь в Курской области. "
     "Правительство Курской области поможет с землёй.", {"Луч", "Курская область"}),
    ("Губернатор Курской области Иван Сафронов подписал с губернатором Орловской области Петром Ивановым "
     "соглашение о сотрудничестве. Правительство Курской области обещало поддержку.",
     {"Курская область", "Орловская область"}),
])
def test_a_head_signs_for_what_he_heads(models, text, parties):
    assert _agreement_parties(_extract(models, text)) == [parties]


@pytest.mark.parametrize("text, orgs", [
    # a head noun opening a quote is no quoted name: the article's one of that head, or no one
    ("Брянская область и ПАО «Сбербанк» подписали соглашение. «Банк будет финансировать проекты», — сказал "
     "Греф.", {"Сбербанк"}),
    ("АО «Концерн «Гранит» подписало соглашение с ООО «Луч». «Концерн заинтересован в развитии региона», — "
     "сказал директор.", {"Концерн «Гранит»", "Луч"}),
])
def test_a_head_noun_opening_a_quote_is_no_name(models, text, orgs):
    assert _names(_extract(models, text), "ORG") == orgs


@pytest.mark.parametrize("text, places", [
    # NER's place runs on past the country into a parenthesis or a field
    ("После этого Минэкономразвития РФ (МЭР) провело свою проверку.", {"Россия"}),
    ("В 2017 году инвесторы территорий опережающего развития выполнили 27 проектов, передает Министерство РФ "
     "по развитию Дальнего Востока.", {"Россия", "Дальний Восток"}),
])
def test_a_place_ends_before_a_parenthesis_or_a_preposition(models, text, places):
    assert _names(_extract(models, text), "LOC") <= places


def test_a_region_tagged_as_an_organization_is_a_place(models):
    result = _extract(models, "Алтайский край подписал соглашение с заводом\nДелегация Алтайского края во главе с "
                              "губернатором Виктором Томенко работает в Казани.")
    assert "Алтайский край" in _names(result, "LOC")
    assert "Алтайский край" not in _names(result, "ORG")


@pytest.mark.parametrize("text, expected", [
    # a plant named after its town, a town's adjective whatever its last letter
    ("Минский моторный завод увеличит поставки двигателей. Переговоры прошли в Минске.",
     ("Минский моторный завод", "Минск")),
    ("Ковровский электромеханический завод освоил выпуск станков. В Коврове открыт цех.",
     ("Ковровский электромеханический завод", "Ковров")),
])
def test_a_plant_named_after_its_town_is_there(models, text, expected):
    assert expected in _locations(_extract(models, text))


def test_a_region_named_after_a_foreign_city_is_not_its_country(models):
    text = "Аким встретился с председателем Могилевского областного исполнительного комитета Республики Беларусь."
    assert ("Могилевский областной исполнительный комитет Республики Беларусь", "Беларусь") not in \
        _locations(_extract(models, text))


def test_a_regions_byname_in_another_case_is_the_region(models):
    text = ("В рамках Восточного экономического форума глава Приамурья Василий Орлов подписал соглашение с "
            "компанией «Луч» о создании кампуса в Благовещенске.")
    result = _extract(models, text)
    assert "Амурская область" in _names(result, "LOC")
    assert {"Амурская область", "Луч"} in _agreement_parties(result)


def test_a_legal_form_and_a_kind_before_the_quoted_name(models):
    text = "ООО ПО «Форэнерго» в лице АО «ЮМЭК» заключило соглашение с компанией «Луч» о строительстве завода."
    result = _extract(models, text)
    assert "Форэнерго" in _names(result, "ORG")
    assert _agreement_parties(result) == [{"Форэнерго", "Луч"}]


@pytest.mark.parametrize("text, place", [
    ("Подписи поставили главы муниципальных образований «Город Хабаровск», «Хабаровский муниципальный район» и "
     "«Ракитненское сельское поселение».", "Ракитненское сельское поселение"),
    ("Документ подписали Город Хабаровск и компания «Луч».", "Хабаровск"),
])
def test_a_town_or_district_is_a_place(models, text, place):
    result = _extract(models, text)
    assert place in _names(result, "LOC")
    assert not {place, f"Город {place}"} & _names(result, "ORG")


def test_a_company_named_for_a_town_is_no_place(models):
    assert _names(_extract(models, "Компания «Новый город» построит дом."), "ORG") == {"Новый город"}


def test_a_year_before_a_name_is_no_part_of_it(models):
    text = "В рамках авиасалона МАКС — 2019 Фонд развития промышленности и АО «Вектор» заключили договор займа."
    assert "Фонд развития промышленности" in _names(_extract(models, text), "ORG")


@pytest.mark.parametrize("text, name", [
    # a government is named by its region's official name, not its byname
    ("Так, на днях между правительством Прикамья и корпорацией «Вектор» подписано соглашение.",
     "Правительство Пермского края"),
    # "единственный", "уникальный" are said of it, no part of its name
    ("«Мы являемся единственным фондом развития промышленности из новых территорий», — сказал директор.",
     "Фонд развития промышленности"),
    ("В Уфе открыт уникальный Центр технологической компетенции алюминиевого литья.",
     "Центр технологической компетенции алюминиевого литья"),
    # "Федеральный" is said of a known name, capitalized or not
    ("Напомним, Федеральный Фонд развития промышленности одобрил заем АО «Вектор».", "Фонд развития промышленности"),
    ("Напомним, Федеральный фонд развития промышленности одобрил заем АО «Вектор».", "Фонд развития промышленности"),
])
def test_names_written_officially(models, text, name):
    assert name in _names(_extract(models, text), "ORG")


def test_a_tag_is_no_one(models):
    result = _extract(models, "Компания «Вектор» открыла цех.\n#Запорожье_Россия #своихнебросаем #Россия_вместе")
    assert _names(result, "PER") == set()


@pytest.mark.parametrize("text, parties", [
    # a person signs with the first post the sentence gives, not a former one
    ("Глава «Вектора» Александр Потапов и губернатор Магаданской области, экс-мэр Нижнего Тагила Сергей Носов "
     "подписали соглашение о запуске производства.", {"Вектор", "Магаданская область"}),
    # who acts for a party in a "между" list
    ("Так, на днях между правительством Пермского края и представителями корпорации «Луч» было подписано "
     "соглашение.", {"Правительство Пермского края", "Луч"}),
    # a government named as a side signs itself, though its head signs for it between regions
    ("Правительство Кемеровской области в лице губернатора Сергея Цивилева и правительство Сахалинской области "
     "в лице губернатора Валерия Лимаренко подписали соглашение о сотрудничестве.",
     {"Правительство Кемеровской области", "Правительство Сахалинской области"}),
    # a director named by his post alone signs for his company, but one named signs for his post's
    ("Соглашение о строительстве подписали губернатор Тверской области Игорь Руденя и генеральный директор "
     "компании «Петрович Строительные Смеси».", {"Тверская область", "Петрович Строительные Смеси"}),
    ("Ректор ТУСУРа Виктор Рулевский и генеральный директор холдинга «Росэлектроника» Сергей Сахненко подписали "
     "соглашение о сотрудничестве.", {"ТУСУР", "Росэлектроника"}),
    # a "между" list goes on past a relative clause about its first side
    ("В Гамбурге состоялось подписание соглашения между ОАО «Миасский машиностроительный завод», который "
     "представлял генеральный директор, депутат Законодательного собрания Олег Биушкин, и немецкой компанией "
     "«MWM».", {"Миасский машиностроительный завод", "MWM"}),
    # "между" names all the sides of the document a headline told of: the headline's parent signs none
    ("«Росатом» и правительство Ростовской области подписали соглашение о сотрудничестве\n\n8 июля состоялась "
     "церемония подписания соглашения о сотрудничестве между АО «ВетроОГК-3» и правительством Ростовской области.",
     {"ВетроОГК-3", "Правительство Ростовской области"}),
    # a fund's managing partner is its post, not a partner company's
    ("Напомним, соглашение подписали генеральный директор ОДК Вадим Бадеха и управляющий партнер венчурного фонда "
     "«Восход» Руслан Саркисов.", {"Объединенная двигателестроительная корпорация", "Венчурный фонд «Восход»"}),
])
def test_who_signs_for_whom(models, text, parties):
    assert _agreement_parties(_extract(models, text)) == [parties]


@pytest.mark.parametrize("text, agreements", [
    # the sides of a framework the document is signed under sign it, and the framework is a document of its own
    ("Соглашение, которое заключено в рамках рамочного соглашения между правительством Тульской области и "
     "корпорацией «Ростех», подписали губернатор Тульской области и генеральный директор завода «Вектор».",
     [{"Правительство Тульской области", "Вектор"}, {"Правительство Тульской области", "Ростех"}]),
    # a head of a region named by post alone signs for the government the article names, as a named one does,
    # but between regions for the region
    ("Правительство Тульской области сообщило о визите. Соглашение о сотрудничестве подписали губернатор "
     "Тульской области и глава Калужской области.", [{"Тульская область", "Калужская область"}]),
])
def test_heads_of_places_and_frameworks(models, text, agreements):
    assert _agreement_parties(_extract(models, text)) == agreements


def test_an_abbreviated_country_after_a_noun_is_its_genitive(models):
    text = ("Информация о возможностях предприятия также отослана в Татарстан и другие субъекты РФ в рамках "
            "действующих соглашений о сотрудничестве с Орловской областью.")
    assert {"Россия", "Орловская область"} not in _agreement_parties(_extract(models, text))



def test_a_noun_the_tagger_calls_an_adjective_is_no_part_of_a_name(models):
    text = ("В Иркутской области рассмотрели проект по производству антисептических средств от ООО «СмартСинтез», "
            "участника фармацевтического кластера.")
    result = _extract(models, text)
    assert not any(name.startswith("Участник") for name in _names(result, "ORG"))


@pytest.mark.parametrize("text, members", [
    # a zone's abbreviation and its name unquoted
    ("Компания «Вектор» стала резидентом ОЭЗ Моглино.", {("Вектор", "ОЭЗ Моглино")}),
    # a word after the abbreviation that is no name: a region's
    ("Компания «Вектор» стала резидентом ТОР Хабаровского края.", set()),
    # a park's name after its kind, unquoted; a person's name after it is no park's
    ("Регион подписал соглашение с ООО Калугаспецавто, в индустриальном парке Грабцево будет построен новый завод.",
     {("Калугаспецавто", "Индустриальный парк Грабцево")}),
    ("Генеральный директор технопарка Виктор Якуба рассказал о резидентах.", set()),
])
def test_an_abbreviated_zone_with_its_name_unquoted(models, text, members):
    assert _members(_extract(models, text)) == members


@pytest.mark.parametrize("text, agreements", [
    # an event's abbreviation declined is still an event, no party
    ("Минпромторг ДНР заключил два соглашения на полях ИННОПРОМа", []),
    # a region the gazetteer does not know, in the nominative singular
    ("Подписано соглашение о сотрудничестве между Пензенской и Гродненской областями.",
     [{"Пензенская область", "Гродненская область"}]),
    # "и" after a place that was no signer does not join the list of who acts for the signer
    ("Губернатор Пензенской области Олег Мельниченко в завершение Форума регионов Белоруссии и России подписал "
     "соглашение с компанией «Вектор».", [{"Пензенская область", "Вектор"}]),
    # one head for the governments of two regions, read by the tagger as a genitive singular
    ("Напомним, Правительства Томской области и Республики Хакасия заключили соглашение о сотрудничестве.",
     [{"Правительство Томской области", "Правительство Республики Хакасия"}]),
    # the same head read as a nominative plural: each is one government, in the singular
    ("Напомним, что правительства Томской области и Республики Хакасия подписали соглашение.",
     [{"Правительство Томской области", "Правительство Республики Хакасия"}]),
])
def test_parties_of_regions_and_events(models, text, agreements):
    found = _agreement_parties(_extract(models, text))
    assert sorted(map(sorted, found)) == sorted(map(sorted, agreements))


def test_the_companies_that_sign_are_the_two_named_before(models):
    text = ("АО «Вектор» поставит ООО «Луч» 20 тысяч полувагонов. Обновление парка грузовых вагонов является одной "
            "из задач компании. Компании подписали соответствующий контракт.")
    result = _extract(models, text)
    assert "Парк грузовых вагонов" not in _names(result, "ORG")
    assert {"Вектор", "Луч"} in _agreement_parties(result)


@pytest.mark.parametrize("text, agreements", [
    ("Представители воронежского ЗАО «Орбита» подписали соглашение с делегацией Китайской народной республики.",
     [{"Орбита", "Китай"}]),
    ("Министерство промышленности и торговли ДНР заключило соглашения с коллегами из Башкортостана и Республики "
     "Карелия.", [{"Министерство промышленности и торговли Донецкой Народной Республики", "Республика Башкортостан"},
                  {"Министерство промышленности и торговли Донецкой Народной Республики", "Республика Карелия"}]),
])
def test_the_other_side_told_by_who_acts_for_it(models, text, agreements):
    found = _agreement_parties(_extract(models, text))
    assert sorted(map(sorted, found)) == sorted(map(sorted, agreements))


def test_local_authorities_agreeing_with_a_company_are_the_regions(models):
    text = ("Ленинградская область заключила первый договор на форуме. Местные власти договорились с компанией "
            "«Вектор» об инвестировании в проект расширения завода.")
    assert {"Ленинградская область", "Вектор"} in _agreement_parties(_extract(models, text))


@pytest.mark.parametrize("text, orgs, places", [
    # "обл." is the region's noun, in the organization's name and in the place's
    ("Распоряжением правительства Тверской обл. создан кластер.", {"Правительство Тверской области"},
     {"Тверская область"}),
    # each part of a region's hyphenated name keeps its capital letter
    ("Делегации Омской и Северо-Казахстанской областей обсудили поставки.", set(),
     {"Омская область", "Северо-Казахстанская область"}),
    # a body of the region NER tagged as a place is no place
    ("Смоленская область. Проект готовили подразделения Администрации области.", {"Администрация Смоленской области"},
     {"Смоленская область"}),
    # "облисполком" spelled out as its official name
    ("Председатель брестского облисполкома Иван Петров посетил завод.", {"Брестский областной исполнительный комитет"},
     set()),
])
def test_regional_bodies_and_their_places(models, text, orgs, places):
    result = _extract(models, text)
    assert _names(result, "ORG") >= orgs
    assert _names(result, "LOC") == places


def test_a_group_of_companies_keeps_its_word(models):
    result = _extract(models, "Соглашение подписали правительство Омской области и группа компаний «Вектор».")
    mentions = {m for e in result["entities"] if e["name"] == "Группа компаний «Вектор»" for m in e["mentions"]}
    assert mentions == {"группа компаний «Вектор»"}


def test_a_park_named_by_its_towns_adjective_is_named(models):
    result = _extract(models, "Ростовская область. Благоустраиваются территории Азовского индустриального парка.")
    assert "Азовский индустриальный парк" in _names(result, "ORG")
    assert _names(result, "LOC") == {"Ростовская область"}


def test_a_group_is_the_company_its_quoted_name_names(models):
    result = _extract(models, 'Группа компаний "ВКТ" подписала соглашение. Для предприятий группы "ВКТ" это '
                              'важно.')
    assert _names(result, "ORG") == {"Группа компаний «ВКТ»"}


def test_a_promparks_resident_is_its_member(models):
    result = _extract(models, "Якорным резидентом промпарка «Вектор» станет «Ивановский завод насосов».")
    assert _members(result) == {("Ивановский завод насосов", "Промпарк «Вектор»")}



def test_a_place_adjective_opening_a_sentence_describes_a_quoted_name(models):
    text = ("Тверской технопарк «Вектор» подписал соглашение с акиматом Павлодарской области. "
            "Об этом сообщил директор «Вектора» Иван Петров. Прибалтийский судостроительный завод «Янтарь» "
            "построил судно.")
    result = _extract(models, text)
    assert _agreement_parties(result) == [{"Технопарк «Вектор»", "Акимат Павлодарской области"}]
    assert "Прибалтийский судостроительный завод «Янтарь»" in _names(result, "ORG")


@pytest.mark.parametrize("text, members", [
    ("Компания «Вектор» стала резидентом ТОСЭР в Боровичах.",
     {("Вектор", "Территория опережающего социально-экономического развития в Боровичах")}),
    ("Резидентом особой экономической зоны в Ишимбае стала компания «Луч».",
     {("Луч", "Особая экономическая зона в Ишимбае")}),
    # a region has many zones: "ТОСЭР в Челябинской области" names none of them
    ("Компания «Вектор» стала резидентом ТОСЭР в Челябинской области.", set()),
])
def test_a_zone_named_by_its_town(models, text, members):
    assert _members(_extract(models, text)) == members


@pytest.mark.parametrize("text", [
    "Компания «Вектор», резидент свободного порта Владивосток (СПВ), запустила завод.",
    "Воплощать планы будет ООО «Вектор», являющееся резидентом Свободного порта Владивосток.",
])
def test_a_free_port_is_a_zone_named_by_its_town(models, text):
    result = _extract(models, text)
    assert _members(result) == {("Вектор", "Свободный порт Владивосток")}
    assert ("Свободный порт Владивосток", "Владивосток") in _locations(result)


def test_an_apposition_after_a_dash_keeps_its_preposition(models):
    text = ("Тверская область на форуме подписала соглашения на 10 млрд рублей. Одно из этих соглашений заключено с "
            "крупным инвестором – компанией «Вектор».")
    assert _agreement_parties(_extract(models, text)) == [{"Тверская область", "Вектор"}]


@pytest.mark.parametrize("text, name", [
    # a name NER found alone takes no field after it
    ("Проект Ростеха по разработке двигателей поддержали в Перми.", "Ростех"),
    # nor a name in Latin letters
    ("Подписаны документы с компанией SI Group по созданию производства смол.", "SI Group"),
    # a long quote after a ministry's full name is a title, not its name
    ("В докладе министерства промышленности Тверской области «Состояние и перспективы производственной кооперации» "
     "названы заводы.", "Министерство промышленности Тверской области"),
])
def test_what_follows_a_name_is_not_always_its_part(models, text, name):
    assert name in _names(_extract(models, text), "ORG")


def test_a_hyphened_plural_or_generic_head_names_things_of_a_kind(models):
    text = ("Компания «Вектор» создаст завод LVL-балок, а IT-разработчики помогут ей. "
            "В Твери открылся IT-кластер «Волга». Это совместный проект завода и IT-компании «Луч». Напомним, "
            "внимание к предприятиям IT-сферы растет, и потребность в ИТ- специалистах тоже.")
    names = _names(_extract(models, text), "ORG")
    assert names == {"Вектор", "IT-кластер «Волга»", "Луч"}


def test_a_medium_telling_of_its_earlier_news_is_no_organization(models):
    text = ("Завод «Вектор» получил заем. Ранее «Тверской дневник» сообщал, что фонд одобрил займы. Как писала "
            "«Вечерняя Тверь», завод растет.")
    assert _names(_extract(models, text), "ORG") == {"Вектор"}


def test_brands_written_like_sites_are_one_name(models):
    found = _agreement_parties(_extract(models, "ВЭБ.ДВ (входит в группу ВЭБ.РФ) и корпорация «Вектор» "
                                                "договорились о реализации проекта порта."))
    assert found == [{"ВЭБ.ДВ", "Вектор"}]
    found = _agreement_parties(_extract(models, "Администрация Тверской области заключила соглашение с "
                                                "Государственной корпорацией развития ВЭБ.РФ."))
    assert found == [{"Администрация Тверской области", "Государственная корпорация развития ВЭБ.РФ"}]


def test_a_republics_initials_are_the_country_the_article_tells_of(models):
    text = ("В Правительстве Казахстана подписали соглашение с КАМАЗ. Документ подписали министр индустрии РК "
            "Иван Петров и генеральный директор ПАО «КАМАЗ» Петр Иванов.")
    assert ("Иван Петров", "министр", "Казахстан") in _positions(_extract(models, text))


@pytest.mark.parametrize("text, location", [
    ("Тверской пружинный завод, расположенный в Белорецке, прошел отбор поставщиков.",
     ("Тверской пружинный завод", "Белорецк")),
    ("Политех и предприятие «Вектор» из Узбекистана подписали соглашение.", ("Вектор", "Узбекистан")),
    ("Напомним, глава республики побывал в ООО «Вектор», что расположено в Питкярантском районе.",
     ("Вектор", "Питкярантский район")),
])
def test_a_place_said_after_an_organization(models, text, location):
    assert location in _locations(_extract(models, text))


def test_a_quoted_name_with_its_abbreviated_kind_is_one_organization(models):
    text = ("Соглашение подписали на форуме с руководством НТЦ «Вектор». Правительство Тверской области заключило "
            "договор с компанией «Вектор».")
    assert _names(_extract(models, text), "ORG") == {"НТЦ «Вектор»", "Правительство Тверской области"}


def test_words_written_with_greek_letters_are_read(models):
    text = "Тверская и Курганская οбласти пοдписали сοглашение. Министерство прοмышленнοсти Тверской области сообщило."
    result = _extract(models, text)
    assert "Министерство промышленности Тверской области" in _names(result, "ORG")
    assert _agreement_parties(result) == [{"Тверская область", "Курганская область"}]


def test_corporations_named_like_sites(models):
    text = ('Так, документ о сотрудничестве с корпорацией "ДОМ.РФ" предполагает ремонт освещения. Был заключен '
            'договор с национальным институтом развития «ВЭБ.РФ».')
    assert _names(_extract(models, text), "ORG") == {"ДОМ.РФ", "ВЭБ.РФ"}



@pytest.mark.parametrize("text, common", [("Сегодня, 18 июня, завод открыл цех.", True),
                                          ("Совет при губернаторе одобрил проект.", False),
                                          ("Подписи под документом поставили губернатор и директор завода.", True),
                                          ("Полюс увеличил добычу золота.", False),
                                          ("«Краснорубашечники» объявили о готовности к переговорам.", False)])
def test_a_function_word_or_a_common_plural_opening_a_sentence_is_no_organization(models, text, common):
    tokens = _tag(text, models).sents[0].tokens
    first = next(k for k, token in enumerate(tokens) if token.text.isalpha())
    span = SimpleNamespace(type="ORG", tokens=tokens[first:first + 1])  # as NER tags it now and then
    assert _common_word_first(tokens, {t.start: k for k, t in enumerate(tokens)}, span, models.morph) is common


def test_a_union_compounded_in_one_word_is_an_association(models):
    text = "Соглашение вуза с АО «ПО «Вектор» (входит в СоюзМаш России) направлено на подготовку кадров."
    assert _members(_extract(models, text)) == {("ПО «Вектор»", "Союз машиностроителей России")}


def test_a_cluster_of_the_region_takes_its_name(models):
    text = ("Тверская область. Станкостроительный кластер области объединяет 30 участников, в число которых входят "
            "Тверской завод насосов и компания «Вектор». Региональный кластер станет больше.")
    result = _extract(models, text)
    assert _members(result) == {("Тверской завод насосов", "Станкостроительный кластер Тверской области"),
                                ("Вектор", "Станкостроительный кластер Тверской области")}


def test_regions_signing_two_by_two(models):
    text = ("Также Павлодарской и Омской, Гродненской и Астраханской, Витебской и Тверской областями подписаны "
            "межрегиональные документы.")
    found = sorted(map(sorted, _agreement_parties(_extract(models, text))))
    assert found == [["Астраханская область", "Гродненская область"], ["Витебская область", "Тверская область"],
                     ["Омская область", "Павлодарская область"]]


def test_regions_listed_with_one_noun_share_its_case(models):
    text = "Заключены соглашения с Московской, Воронежской, Рязанской областями и Краснодарским краем."
    assert _agreement_parties(_extract(models, text)) == []  # the other sides only: who signed is not told


def test_a_kind_alone_is_the_organization_a_mention_names_so(models):
    text = ("Республика Татарстан. Компания «Вектор» растет. В Казани 27 августа Технополис подписал меморандум с "
            "акиматом Павлодарской области, сообщил директор технополиса «Вектор» Иван Петров.")
    assert _agreement_parties(_extract(models, text)) == [{"Вектор", "Акимат Павлодарской области"}]


def test_residents_listed_line_by_line(models):
    text = ("Корпорация развития строит экосистему «Вектор». Уже подписаны соглашения с 36 компаниями.\n"
            "Среди резидентов «Вектора»:\n- медицинский завод «Медсинтез»;\n- завод «Тверские насосы»;\n"
            "- Уральский федеральный университет.")
    assert _members(_extract(models, text)) == {("Медсинтез", "Вектор"), ("Тверские насосы", "Вектор"),
                                                ("Уральский федеральный университет", "Вектор")}


def test_a_named_kind_gives_its_name_its_kind(models):
    text = "Корпорация строит технопарк «Вектор». Резидентами «Вектора» стали заводы «Луч» и «Маяк»."
    assert _members(_extract(models, text)) == {("Луч", "Технопарк «Вектор»"), ("Маяк", "Технопарк «Вектор»")}


def test_an_agencys_regional_desk_in_its_dateline_is_nobody(models):
    text = ("Якутск. 19 июня. ИНТЕРФАКС - ДАЛЬНИЙ ВОСТОК - Якутия на полях форума подписала соглашения. Так, было "
            "подписано соглашение с ПАО «Вектор» о поставке самолетов.")
    result = _extract(models, text)
    assert _agreement_parties(result) == [{"Республика Саха (Якутия)", "Вектор"}]
    assert _names(result, "ORG") == {"Вектор"}


def test_countries_in_an_events_title_do_not_sign(models):
    text = ("Меморандум между Народным правительством провинции Хубэй и правительством Тверской области подписали в "
            "рамках форума «РОСТКИ: Россия и Китай — взаимовыгодное сотрудничество».")
    assert _agreement_parties(_extract(models, text)) == [{"Народное правительство провинции Хубэй",
                                                          "Правительство Тверской области"}]


def test_a_regions_initials_after_a_bodys_name_are_no_organization(models):
    text = ("В Саранске прошла встреча. В ней участвовали первый заместитель Председателя Правительства РМ Игорь "
            "Фрейдин и министр промышленности, науки и новых технологий РМ Игорь Губайдуллин. Мордовия развивает "
            "центр волоконной оптики.")
    result = _extract(models, text)
    assert "РМ" not in _names(result, "ORG")
    assert "РМ" in next(e["mentions"] for e in result["entities"] if e["name"] == "Республика Мордовия")


@pytest.mark.parametrize("text, org", [
    ("Документ подписал председатель Совета директоров S7 Group Евгений Елин.", "S7 Group"),
    ("Решение принял Стратегический комитет кластера «Композит».", "Кластер «Композит»"),
    ("Заседание Правления ПАО «Сбербанк» прошло в Москве.", "Сбербанк"),
    # the residents NER tagged with their zone are in it, not it
    ("Резиденты ТОР в Мурманской области создали рабочие места. АО «Вектор» открыло цех.", "Вектор"),
    # a verb NER tagged in the page's chrome
    ("Форум в Петербурге\n\nТверская область на форуме подписала соглашений на 30 миллиардов рублей\n\nЧитать на "
     "сайте Ria.ru\n\nТВЕРЬ, 28 мая — РИА Новости. АО «Вектор» открыло цех.", "Вектор"),
])
def test_a_board_names_no_organization_of_its_own(models, text, org):
    assert _names(_extract(models, text), "ORG") == {org}


def test_a_universitys_administration_names_no_one(models):
    text = "Комбинат передал администрации вуза подарочный сертификат."
    assert _names(_extract(models, text), "ORG") == set()


def test_a_zones_kind_alone_names_no_zone(models):
    text = ("Подписано соглашение о создании первой территории опережающего развития в России – ТОР «Хабаровск». "
            "В Карелии создана еще одна территория опережающего развития. Резидентом ТОСЭР в Боровичах стал "
            "завод «Вектор».")
    assert _names(_extract(models, text), "ORG") == {
        "Территория опережающего развития «Хабаровск»", "Вектор",
        "Территория опережающего социально-экономического развития в Боровичах"}


def test_governments_of_several_regions_named_once_are_one_each(models):
    text = "Соглашение о сотрудничестве подписано между правительствами Псковской и Омской областей."
    result = _extract(models, text)
    assert _agreement_parties(result) == [{"Правительство Псковской области", "Правительство Омской области"}]
    assert ("Правительство Омской области", "Омская область") in _locations(result)


@pytest.mark.parametrize("text, parties", [
    ("Состоялось подписание протокола о сотрудничестве между администрацией Амурской области и правительством "
     "Еврейской автономной области.",
     [{"Администрация Амурской области", "Правительство Еврейской автономной области"}]),
    ("Чеченская Республика и Белоруссия подписали дорожную карту о сотрудничестве в машиностроении.",
     [{"Чеченская Республика", "Беларусь"}]),
    # unsigned, a road map is a plan, whoever it is "с"
    ("Дорожная карта взаимодействия АВО с Ассоциацией кластеров и технопарков была проработана.", []),
])
def test_a_signed_protocol_or_road_map_is_an_agreement(models, text, parties):
    assert _agreement_parties(_extract(models, text)) == parties


def test_a_board_in_another_case_names_no_organization(models):
    text = "Решение принял председатель Стратегического комитета кластера «Композит»."
    assert _names(_extract(models, text), "ORG") == {"Кластер «Композит»"}


@pytest.mark.parametrize("text, parties", [
    ("Вчера в правительстве Карелии подписано соглашение с ЗАО «Норд Гидро» о строительстве малых ГЭС.",
     [{"Правительство Республики Карелия", "Норд Гидро"}]),
    ("Как сообщили в правительстве Карелии, соглашение заключено с ЗАО «Норд Гидро».", []),
])
def test_the_government_a_document_is_signed_in_signs_it(models, text, parties):
    assert _agreement_parties(_extract(models, text)) == parties


@pytest.mark.parametrize("text, people", [
    ("С Вайлдберриз начинаем строить логистический центр на 100-150 тыс. кв. м.", set()),
    ("Химкомбинат определился с подрядчиками строительства завода в Губахе.", set()),
    ("В ХМАО расположено месторождение кварца Додо, разработку которого ведет ООО «Полярный кварц».", set()),
    ("Наследником должен стать его сын, 57-летний кронпринц Нарухито.", {"Нарухито"}),
])
def test_one_word_no_dictionary_knows_as_a_name_names_no_person(models, text, people):
    assert _names(_extract(models, text), "PER") == people


@pytest.mark.parametrize("text, people, places", [
    # a company's name before initials is no part of the person
    ("Напомним, в г. Нижнекамск гендиректор Татнефти Н. Маганов и председатель совета директоров Аллюр А. Лаврентьев "
     "подписали соглашение.", {"Н. Маганов", "А. Лаврентьев"}, set()),
    # ... and so is an abbreviation's; a shouted surname before its initials is the person's
    ("Напомним, подписи поставили парламентарий ОЗС С. Момцемлидзе и ИВАНОВ С. И.", {"С. Момцемлидзе", "Иванов С. И."},
     set()),
    # a credit's word before initials makes a credit, which names no one
    ("В Люберцах построят завод,\nФото А.Морозов / Пресс-служба.\nЗавод откроется в 2021 году.", set(), {"Люберцы"}),
    # a dateline's town is a place, not a first name
    ("Ожидается рост.\n\n(Владимир, 30 января, «Татар-информ», Ольга Петрова). В Кольчугино открылось производство.",
     {"Ольга Петрова"}, {"Владимир", "Кольчугино"}),
])
def test_words_before_a_persons_initials_and_a_datelines_town(models, text, people, places):
    result = _extract(models, text)
    assert (_names(result, "PER"), _names(result, "LOC")) == (people, places)


def test_a_post_the_tagger_took_for_a_place_is_none(models):
    text = "Раис Татарстана Рустам Минниханов посетил завод. Врио губернатора Иван Петров его встретил."
    result = _extract(models, text)
    assert _names(result, "LOC") == {"Республика Татарстан"}
    assert ("Рустам Минниханов", "раис", "Республика Татарстан") in _positions(result)


def test_an_event_the_tagger_took_for_a_place_is_none(models):
    text = "Соглашение подписали на полях ИННОПРОМа в Екатеринбурге, сообщает ФедералПресс."
    assert _names(_extract(models, text), "LOC") == {"Екатеринбург"}


@pytest.mark.parametrize("text, orgs", [
    ("Встреча прошла во Дворце металлургов. Строительство Дворца культуры завершено. АО «Вектор» открыло цех.",
     {"Вектор"}),
    ("Церемония прошла в Губернаторском зале, где присутствовали руководители АО «Вектор».", {"Вектор"}),
    ("Стратегическое партнерство предусматривает создание центра компетенций АО «Вектор».", {"Вектор"}),
])
def test_buildings_and_partnerships_are_no_organizations(models, text, orgs):
    assert _names(_extract(models, text), "ORG") == orgs


def test_a_kind_of_plant_written_short_names_no_one(models):
    text = "Компания «Вектор» поставит оборудование на НПЗ и выпустит плиты МДФ."
    assert _names(_extract(models, text), "ORG") == {"Вектор"}


def test_our_region_closing_a_pair_is_the_articles_region(models):
    text = ("В Брянской области строят завод. Сегодня между агропромышленным холдингом «Мираторг» и нашим "
            "регионом был заключен очередной меморандум о сотрудничестве.")
    assert _agreement_parties(_extract(models, text)) == [{"Брянская область", "Мираторг"}]


def test_dagestans_initials_are_known_without_its_name(models):
    result = _extract(models, "В РД открылся завод «Вектор».")
    assert _names(result, "LOC") == {"Республика Дагестан"} and _names(result, "ORG") == {"Вектор"}


def test_an_adjective_and_an_abbreviation_are_the_name_they_abbreviate(models):
    text = ("Правительство Мурманской области и руководители Кольской горно-металлургической компании "
            "договорились. Соглашение подписали губернатор Юрий Евдокимов и гендиректор Кольской ГМК Евгений Романов.")
    result = _extract(models, text)
    assert "Кольская ГМК" not in _names(result, "ORG")
    assert ("Евгений Романов", "генеральный директор", "Кольская горно-металлургическая компания") in \
        _positions(result)


def test_who_works_in_the_zone_told_of_before_is_its_resident(models):
    text = ("Первичную сертификацию промышленная зона «Заволжье» прошла в 2011 году, став третьим "
            "сертифицированным индустриальным парком страны. Сегодня в ней работают предприятия «МАРС», "
            "«САБМиллер» и «ТАКАТА».")
    result = _extract(models, text)
    assert _members(result) == {(m, "Промышленная зона «Заволжье»") for m in ("МАРС", "САБМиллер", "ТАКАТА")}


@pytest.mark.parametrize("then, members", [
    ("Компания реализовала проект на территории ОЭЗ «Иннополис».",
     {("Батареон", "Особая экономическая зона «Иннополис»")}),
    ("Новое предприятие разместится в индустриальном парке «Феникс».", {("Батареон", "Индустриальный парк «Феникс»")}),
    ("Завод должен быть построен на территории индустриального парка «Феникс».",
     {("Батареон", "Индустриальный парк «Феникс»")}),  # a participle is no verb of another clause
    ("В 2023 году компания стала резидентом ОЭЗ «Алга».", {("Батареон", "Особая экономическая зона «Алга»")}),
    ("Он отметил, что резидентом ОЭЗ «Алга» станет новая компания.", set()),  # a person, and another company
    ("Компания изучает составы разметки.", set()),  # the word of a group's members, and no group named
    ("Резидент ОЭЗ «Алга» — компания", set()),  # a headline that ends with the word, nothing after it
    ("Продукция резидента ОЭЗ «Алга» уйдёт на экспорт.", {("Батареон", "Особая экономическая зона «Алга»")}),
])
def test_a_company_said_by_its_common_noun_joins_the_group_of_its_sentence(models, then, members):
    text = "Напомним, компания «Батареон» запустила завод, и ОЭЗ «Алга» и парк «Феникс» это приветствовали. " + then
    assert _members(_extract(models, text)) == members


def test_a_development_corporation_with_a_legal_form_runs_the_park_and_is_no_resident(models):
    text = ("Напомним, АО «Корпорация развития Калининградской области» и АО «Опытное конструкторское бюро «Факел» "
            "заключили договор аренды участка на территории индустриального парка «Храброво».")
    assert _members(_extract(models, text)) == {("Опытное конструкторское бюро «Факел»",
                                                 "Индустриальный парк «Храброво»")}


def test_a_cabinet_of_ministers_is_a_government_and_a_cabinet_a_room(models):
    text = ("Подписан план мероприятий по реализации Соглашения между Кабинетом Министров Чувашской Республики и "
            "Правительством Республики Беларусь о сотрудничестве. Встреча прошла в кабинете губернатора.")
    result = _extract(models, text)
    assert _agreement_parties(result) == [{"Кабинет Министров Чувашской Республики",
                                           "Правительство Республики Беларусь"}]


def test_the_quoted_name_after_an_events_word_is_the_events(models):
    text = ("В День Чувашской Республики на выставке-форуме «Россия» подписан план мероприятий по реализации "
            "Соглашения между Кабинетом Министров Чувашской Республики и Правительством Республики Беларусь.")
    parties = {"Кабинет Министров Чувашской Республики", "Правительство Республики Беларусь"}
    result = _extract(models, text)
    assert _names(result, "ORG") == parties and _agreement_parties(result) == [parties]


@pytest.mark.parametrize("text, orgs", [
    # what NER ran on into is what the organization will do, not its name
    ("Директор ассоциации «Кластер Поволжья» Анна Петрова сказала, что Ассоциация поможет производственному "
     "сектору ФСИН найти рынок сбыта.", {"Ассоциация «Кластер Поволжья»", "ФСИН"}),
    # "по образцу", "по примеру": what a body is modelled on is no field of its name
    ("Технопарк по образцу «Сколково» строит АО «Вектор».", {"Сколково", "Вектор"}),
])
def test_a_name_ends_before_what_is_said_of_it(models, text, orgs):
    assert _names(_extract(models, text), "ORG") == orgs


def test_governors_of_two_regions_sign_for_them(models):
    text = ("Губернаторы Кузбасса и Пермского края подписали соглашение о сотрудничестве\n\nГубернаторы Кузбасса и "
            "Пермского края подписали соглашение о сотрудничествеГубернатор Пермского края Дмитрий Махонин и "
            "губернатор Кемеровской области Сергей Цивилев. Фото: ako.ru")
    result = _extract(models, text)
    assert _names(result, "ORG") == set()  # "Губернаторы" and the places after it are no organization
    assert _agreement_parties(result) == [{"Кемеровская область", "Пермский край"}]


def test_one_heads_genitive_signs_nothing(models):
    text = ("Об этом сообщил губернатор Ярославской области Сергей Вахруков. По словам главы региона, "
            "договоренность с Министерством экономического развития РФ уже достигнута.")
    assert _agreement_parties(_extract(models, text)) == []


@pytest.mark.parametrize("text, parties", [
    ("Воронежская и Тульская области подписали соглашение о сотрудничестве. На подписании соглашения "
     "присутствовали председатель Воронежской областной Думы Иван Иванов и депутат Государственной Думы РФ Пётр "
     "Петров.", [{"Воронежская область", "Тульская область"}]),
    ("Спикер Тульской областной Думы Иван Иванов стал участником церемонии подписания соглашения между "
     "Правительством Тульской области и АО «Вектор».", [{"Правительство Тульской области", "Вектор"}]),
])
def test_who_attended_a_signing_signed_nothing(models, text, parties):
    assert _agreement_parties(_extract(models, text)) == parties


def test_a_signing_told_as_before_another_is_another_document(models):
    text = ("1 февраля состоялось подписание соглашения о партнерстве между АО «Вектор» и Мордовским "
            "государственным университетом. Этому событию предшествовало подписание соглашения о сотрудничестве "
            "между Республикой Мордовия и компанией «Базовый элемент».")
    assert _agreement_parties(_extract(models, text)) == [
        {"Вектор", "Мордовский государственный университет"}, {"Республика Мордовия", "Базовый элемент"}]


def test_the_eponym_ends_before_who_follows_and_a_rank_signs_for_no_one(models):
    text = ("В Самаре подписано соглашение о сотрудничестве между АО «Вектор» и Самарским университетом им. "
            "С.П. Королева. Соглашение подписали академик РАН, генеральный директор АО «Вектор» Иван Петров и "
            "ректор Самарского университета им. С.П. Королева Евгений Шахматов.")
    result = _extract(models, text)
    assert "Самарский университет имени С.П. Королева" in _names(result, "ORG")
    assert _agreement_parties(result) == [{"Вектор", "Самарский университет имени С.П. Королева"}]


def test_a_name_goes_on_through_what_its_body_furthers(models):
    text = "ОЭЗ «Вектор» вошла в состав Ассоциации содействия развитию кластеров и технопарков\n\nЗона растёт."
    assert _members(_extract(models, text)) == {
        ("Особая экономическая зона «Вектор»", "Ассоциация содействия развитию кластеров и технопарков")}


def test_a_dash_sets_the_kind_of_a_name_told_of_before(models):
    text = ("«Русал» предложил создать в Красноярском крае «Алюминиевую долину»\n\nНапомним, компания выступила "
            "с инициативой по формированию особой экономической зоны (ОЭЗ) - «Алюминиевой долины». В состав ОЭЗ "
            "войдут завод «Сегал» и завод «СКАД».")
    assert _members(_extract(models, text)) == {("Сегал", "Алюминиевая долина"), ("СКАД", "Алюминиевая долина")}


def test_a_name_goes_on_through_a_plural_noun_of_two_words(models):
    text = ("Напомним, участниками Консорциума дизайн-центров российской микроэлектронной промышленности являются "
            "такие предприятия как: АО «НИИМЭ», АО «Вектор».")
    group = "Консорциум дизайн-центров российской микроэлектронной промышленности"
    assert _members(_extract(models, text)) == {("НИИМЭ", group), ("Вектор", group)}


@pytest.mark.parametrize("text, parties", [
    ("Власти Якутии подписали 12 соглашений. В рамках соглашения, подписанного с председателем правления "
     "Сбербанка Германом Грефом, в Якутске откроется кампус.", [{"Республика Саха (Якутия)", "Сбербанк"}]),
    # who led the guests is no side
    ("Меморандум о сотрудничестве подписали АО «Вектор» и АО «Луч» во время визита делегации во главе с "
     "председателем Мингорисполкома Владимиром Кухаревым.", [{"Вектор", "Луч"}]),
])
def test_the_other_side_named_through_its_heads_post(models, text, parties):
    assert _agreement_parties(_extract(models, text)) == parties


@pytest.mark.parametrize("text, members", [
    # a group's word compounded with its field is the group's head ("авиакластер"), its name its own
    ("Создан межрегиональный авиакластер. В состав участников кластера войдут ООО «Рост-Авиа» и АО «Вектор».",
     {("Рост-Авиа", "Межрегиональный авиакластер"), ("Вектор", "Межрегиональный авиакластер")}),
    ("В Пензенской области создан IT-кластер. Его участниками стали АО «Вектор» и ООО «Луч».",
     {("Вектор", "IT-кластер"), ("Луч", "IT-кластер")}),
    # and alone it is the article's group of that field
    ("В Ульяновской области работает Автомобильный промышленный кластер. В автокластер вошли АО «Вектор» и ООО "
     "«Луч».", {("Вектор", "Автомобильный промышленный кластер"), ("Луч", "Автомобильный промышленный кластер")}),
])
def test_a_groups_word_compounded_with_its_field(models, text, members):
    assert _members(_extract(models, text)) == members


def test_a_legal_form_and_a_kinds_initials_before_the_name(models):
    result = _extract(models, "Поставки выполнит АО ПКО «Теплообменник» для ООО ПО «Форэнерго».")
    assert _names(result, "ORG") == {"ПКО «Теплообменник»", "Форэнерго"}


@pytest.mark.parametrize("text, parties", [
    # named side by side, the federal fund and the region's are two, whatever "ФРП" and the title after it say
    ("Подписано соглашение между Фондом развития промышленности и Фондом развития промышленности Республики "
     "Мордовия. Условия займов повторяют условия программ ФРП «Проекты развития» и «Комплектующие изделия». Доля "
     "федерального ФРП в займе не более 70%.",
     [{"Фонд развития промышленности", "Фонд развития промышленности Республики Мордовия"}]),
    # "федеральным" sets one apart, "региональным" is the region's own; "по предоставлению" is what they do
    ("Фондом развития промышленности Липецкой области реализовано четыре проекта. Региональным Фондом подписано "
     "соглашение с федеральным Фондом развития промышленности по предоставлению совместной поддержки предприятиям.",
     [{"Фонд развития промышленности Липецкой области", "Фонд развития промышленности"}]),
    # "РФ" sets one apart too, and "ФРП" said of the regions' funds goes with it, not with the region's
    ("Фонд развития промышленности Чувашии подписал соглашение с Фондом развития промышленности РФ. Рейтинг "
     "оценивает работу региональных ФРП.", [{"Фонд развития промышленности Чувашской Республики",
                                             "Фонд развития промышленности"}]),
    # the regional fund said by some of its words is the region's fund whose name has them in order
    ("Напомним, заключено соглашение между федеральным Фондом развития промышленности (ФРП) и Микрокредитной "
     "компанией «Фонд развития промышленности и предпринимательства Приморского края». Субсидию получит "
     "региональный фонд развития промышленности.",
     [{"Фонд развития промышленности", "Фонд развития промышленности и предпринимательства Приморского края"}]),
])
def test_the_federal_fund_and_the_regions_are_two(models, text, parties):
    result = _extract(models, text)
    assert _agreement_parties(result) == parties and _names(result, "ORG") == parties[0]


def test_a_unions_bureau_is_the_union_and_its_member_a_person(models):
    text = ("Бюро Союза машиностроителей России одобрило план. Совещание открыл член Бюро СоюзМаш России, "
            "генеральный директор ООО «Вектор» Иван Петров.")
    result = _extract(models, text)
    assert "Союз машиностроителей России" in _names(result, "ORG")
    assert not any(name.startswith("Бюро") for name in _names(result, "ORG")) and _members(result) == set()


def test_a_comma_after_a_proper_name_ends_the_tail(models):
    text = ("Совещание прошло с участием администрации Комсомольска-на-Амуре, муниципальных образований и органов "
            "исполнительной власти края.")
    assert _names(_extract(models, text), "ORG") == {"Администрация Комсомольска-на-Амуре"}


def test_the_heads_of_these_regions_sign_for_the_regions_named_together(models):
    text = ("Создается межрегиональный авиакластер, в состав которого войдут заводы из Тверской, Ульяновской и "
            "Иркутской областей. Соглашение о создании кластера подписали сегодня главы этих регионов на форуме в "
            "Сочи.")
    assert _agreement_parties(_extract(models, text)) == [
        {"Тверская область", "Ульяновская область", "Иркутская область"}]


def test_a_hyphenated_adjective_keeps_its_hyphen_in_the_nominative(models):
    text = "Соглашение подписано с Южно-Уральской торгово-промышленной палатой."
    assert _names(_extract(models, text), "ORG") == {"Южно-Уральская торгово-промышленная палата"}


def test_two_lines_of_a_list_are_two_documents(models):
    text = ("На форуме подписаны соглашения:\n"
            "– соглашение между Республикой Бурятия, АО «Вектор» и АО «Корпорация развития Дальнего Востока и "
            "Арктики» о строительстве гидроузла;\n"
            "– соглашение между Хабаровским краем, ООО «Луч» и АО «Корпорация развития Дальнего Востока и Арктики» "
            "о строительстве комбината.")
    assert _agreement_parties(_extract(models, text)) == [
        {"Республика Бурятия", "Вектор", "Корпорация развития Дальнего Востока и Арктики"},
        {"Хабаровский край", "Луч", "Корпорация развития Дальнего Востока и Арктики"}]


def test_where_supplies_go_from_is_no_side_of_the_contract(models):
    text = ("Договор о поставках сырья на Амурский ГХК подписали «Сибур» и «Газпром»\n\nНа форуме был подписан "
            "договор о поставках сырья с Амурского газоперерабатывающего завода на Амурский газохимический комплекс.")
    assert _agreement_parties(_extract(models, text)) == [{"Сибур", "Газпром"}]


@pytest.mark.parametrize("text, parties", [
    # what a clause tells of a side is none
    ("Губернатор Смоленской области Василий Анохин и руководитель группы компаний «ЕКС», в состав которой входит "
     "«Дорогобужкотломаш», Максим Крылов подписали соглашение.", [{"Смоленская область", "Группа компаний «ЕКС»"}]),
    # but a phrase that tells of the document names its sides
    ("Напомним, губернатор Мурманской области отметил важность соглашений о добыче лития в Мурманской области, "
     "заключенных с компаниями «Полярный литий» и «Арктический литий».",
     [{"Мурманская область", "Полярный литий"}, {"Мурманская область", "Арктический литий"}]),
    # the sides of the project a document is signed under are not its own
    ("Губернатор Брянской области Александр Богомаз и председатель Гомельского облисполкома Иван Крупко подписали "
     "меморандум о сотрудничестве. Документ подписан в рамках совместного инвестиционного проекта между "
     "«Термотрон-Завод» и «Гомельский электротехнический завод».",
     [{"Брянская область", "Гомельский областной исполнительный комитет"}]),
    # who speaks of a document signed between others is no side
    ("Напомним, генеральный директор завода «Дорогобужкотломаш» Александр Борцов поделился своим мнением о "
     "соглашении, которое было подписано на форуме между правительством Смоленской области и группой компаний "
     "«ЕКС».", [{"Правительство Смоленской области", "Группа компаний «ЕКС»"}]),
])
def test_who_a_side_is_told_of_by(models, text, parties):
    assert _agreement_parties(_extract(models, text)) == parties


def test_a_name_said_again_in_a_credit_is_no_mention(models):
    text = ("Об этом сообщает пресс-служба Росрыболовства.\n\nДокумент предусматривает создание завода.\n \n"
            "Фото: Росрыболовство\nСообщить о проблеме")
    assert _names(_extract(models, text), "ORG") == {"Федеральное агентство по рыболовству"}


def test_a_group_in_parentheses_owns_the_company_before_it(models):
    text = ("Напомним, между правительством Магаданской области и ООО «Эвенский рыбоперерабатывающий завод» "
            "(ГК «Эльбрус») было подписано соглашение.")
    result = _extract(models, text)
    assert {"Эвенский рыбоперерабатывающий завод", "Эльбрус"} <= _names(result, "ORG")
    assert _agreement_parties(result) == [{"Правительство Магаданской области", "Эвенский рыбоперерабатывающий завод"}]


def test_the_sides_between_a_document_put_first_and_its_verb(models):
    text = ("Напомним, соответствующее соглашение АО «ВетроОГК-3» и правительство Ростовской области подписали на "
            "форуме «Иннопром-2025».")
    assert _agreement_parties(_extract(models, text)) == [{"ВетроОГК-3", "Правительство Ростовской области"}]


def test_a_passive_signing_by_names_that_do_not_decline(models):
    text = ("Контракт на поставку генераторного оборудования был подписан ОАО «Силовые машины» и ОАО «Северо-Западная "
            "ТЭЦ» в 2003 году.")
    result = _extract(models, text)
    assert _agreement_parties(result) == [{"Силовые машины", "Северо-Западная ТЭЦ"}]
    assert next(r["subject"] for r in result["relations"] if r["type"] == "AGREEMENT") == \
        "поставка генераторного оборудования"


def test_an_eponym_read_with_its_word_is_no_person(models):
    text = ("Участвовали Министерство сельского хозяйства Чувашской Республики, производственное объединение им. "
            "В.И. Чапаева, Чувашский государственный университет им. И.Н. Ульянова.")
    assert _names(_extract(models, text), "PER") == set()


def test_the_agreement_under_a_headline_ending_in_a_place(models):
    text = ("Технопарк за два миллиарда откроют под Томском\n"
            "Корпорация развития Томской области подписала соглашение с компанией «Сибэлектро».")
    assert _agreement_parties(_extract(models, text)) == [{"Корпорация развития Томской области", "Сибэлектро"}]


def test_an_autonomous_okrug_abbreviated_is_the_okrug(models):
    text = ("Росатом и правительство Чукотского АО подписали соглашение о сотрудничестве.\n"
            "Соглашение с правительством Чукотского автономного округа подписал губернатор.")
    result = _extract(models, text)
    assert _names(result, "ORG") == {"Росатом", "Правительство Чукотского автономного округа"}
    assert _agreement_parties(result) == [{"Росатом", "Правительство Чукотского автономного округа"}]


def test_a_full_name_ending_in_the_short_one_in_parentheses_is_one_organization(models):
    text = ("Соглашение с Внешэкономбанком\n\nГосударственная корпорация «Банк развития внешнеэкономической "
            "деятельности (Внешэкономбанк)» и АО «Корпорация развития Калужской области» заключили кредитное "
            "соглашение.")
    result = _extract(models, text)
    assert _names(result, "ORG") == {"Внешэкономбанк", "Корпорация развития Калужской области"}


def test_a_pages_weather_is_no_organization(models):
    text = ("20.1 C\nСаранск\nПятница, 26 апреля, 2024\n\nМордовия будет развивать взаимодействие с госкорпорацией "
            "«Ростех»\n\nГлава Мордовии Артём Здунов подписал соглашение.")
    assert _names(_extract(models, text), "ORG") == {"Ростех"}


def test_a_country_adjective_opening_a_headline_before_a_quoted_name_describes_it(models):
    text = ("Белорусский «Гомсельмаш» готов выпустить 100 комбайнов\n"
            "Об этом заявил генеральный директор компании «Гомсельмаш» Александр Камко.")
    assert _names(_extract(models, text), "ORG") == {"Гомсельмаш"}


def test_a_name_ner_calls_an_organization_once_is_one_everywhere_unless_a_known_place(models):
    text = ("Уральская Сталь поздравила с 30-летним юбилеем свое базовое учебное заведение.\n"
            "Лучшие студенты получили сертификаты на получение именных стипендий от Уральской Стали.\n"
            "В этот же день Уральская Сталь и НИТУ МИСиС заключили соглашение о сотрудничестве.")
    result = _extract(models, text)
    assert _names(result, "PER") == _names(result, "LOC") == set()
    assert _agreement_parties(result) == [{"Уральская Сталь", "НИТУ МИСиС"}]
    text = "Инновационный центр Сколково привлек инвесторов. Компания переедет в Сколково."
    assert "Сколково" in _names(_extract(models, text), "LOC")  # the gazetteer's
    text = ("Глава Белогорска Станислав Мелюков рассказал о заводе. В составе ТОР «Белогорск» работает "
            "единственный завод.")
    assert "Белогорск" in _names(_extract(models, text), "LOC")  # the dictionary's


def test_a_status_gained_is_no_deal(models):
    text = ("Станкостроительный кластер ПензаСтанкоМаш приобрёл статус межрегионального\n"
            "Станкостроительный кластер «ПензаСтанкоМаш» получил статус межрегионального. Компания «Гранит» "
            "приобрела завод «Луч».")
    assert _agreement_parties(_extract(models, text)) == [{"Гранит", "Луч"}]


def test_we_signed_is_the_side_of_who_speaks(models):
    text = ("Об этом заявил губернатор Тюменской области Александр Моор. «Мы поработали в присутствии председателя "
            "правительства России Дмитрия Медведева», – рассказал Александр Моор. Кроме того, заключены три "
            "соглашения.\n«Первое соглашение мы подписали с Общероссийской общественной организацией "
            "предпринимателей «Деловая Россия». У нас давние партнерские отношения».")
    assert _agreement_parties(_extract(models, text)) == [
        {"Тюменская область", "Общероссийская общественная организация предпринимателей «Деловая Россия»"}]


@pytest.mark.parametrize("text, expected", [
    ("Также планируется подписание соглашений с «Газпром нефтью» и компанией «Монолит-Строй».", []),
    ("Администрация Волгоградской области подтвердила намерение заключить с «ЕвроХимом» соглашение.", []),
    ("«Газпром» и «Ростех» до конца года могут подписать соглашение о производстве турбин.", []),
    ("Соглашение о намерениях подписали правительство Приморья и компания «Легендагро».",
     [{"Правительство Приморского края", "Легендагро"}]),
    # a document discussed or ended is not signed
    ("Целью визита стало обсуждение соглашения между АО «Вектор» и ПНИПУ о взаимодействии.", []),
    ("Министерство требует расторжения соглашения с резидентом ОЭЗ «Лотос» компанией «Вектор».", []),
])
def test_a_signing_only_planned_is_no_agreement_yet(models, text, expected):
    assert _agreement_parties(_extract(models, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a signing in the plural with no one to sign it is the side of who tells of it
    ("Губернатор Пензенской области Олег Мельниченко сообщил, что на ПМЭФ достигнут ряд договоренностей. Подписали "
     "соглашения о сотрудничестве с губернатором Владимирской области Александром Авдеевым и губернатором Рязанской "
     "области Павлом Малковым.",
     [{"Пензенская область", "Владимирская область"}, {"Пензенская область", "Рязанская область"}]),
    # but a passive one says nothing of who signed
    ("Губернатор Пензенской области Олег Мельниченко выступил на форуме. Заключены соглашения с Московской и "
     "Воронежской областями.", []),
])
def test_signed_in_the_plural_with_no_signer_named(models, text, expected):
    assert _agreement_parties(_extract(models, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a company that builds, in an article of one zone, builds there
    ("Резидентами ОЭЗ «Калуга» стали три компании. ООО «Калуга Полимер» построит предприятие по производству "
     "дозаторов.", {("Калуга Полимер", "Особая экономическая зона «Калуга»")}),
    # not with another ground told of: which one is unsaid
    ("Технопарк «Космос» и ОЭЗ «Калуга» растут. ООО «Калуга Полимер» построит предприятие.", set()),
])
def test_who_builds_in_an_article_of_one_zone_is_its_resident(models, text, expected):
    assert _members(_extract(models, text)) == expected


def test_the_participants_of_an_agreement_are_its_parties_not_members(models):
    text = ("9 декабря подписано четырехстороннее соглашение. Участниками соглашения стали Министерство сельского "
            "хозяйства Чувашской Республики, производственное объединение «Восход», Чувашский государственный "
            "университет и НИИ «Агро».")
    assert _members(_extract(models, text)) == set()


def test_a_quoted_adjective_alone_in_another_case_is_the_organization_quoting_it(models):
    text = ("Индустриальный парк «Уфимский» открылся в 2020 году. Кроме того, якорным резидентом «Уфимского» "
            "является компания «Кроношпан Башкортостан».")
    result = _extract(models, text)
    assert _names(result, "ORG") == {"Индустриальный парк «Уфимский»", "Кроношпан Башкортостан"}
    assert _members(result) == {("Кроношпан Башкортостан", "Индустриальный парк «Уфимский»")}


def test_a_plural_post_with_each_organization_and_its_person(models):
    text = ("Трёхстороннее соглашение о сотрудничестве подписали ректор ЯГТУ Елена Степанова и генеральные директора "
            "ООО «Верфь братьев Нобель» Дмитрий Быстров и ООО «Рыбинская верфь» Семен Данилин.")
    result = _extract(models, text)
    assert _positions(result) == {("Елена Степанова", "ректор", "ЯГТУ"),
                                  ("Дмитрий Быстров", "генеральный директор", "Верфь братьев Нобель"),
                                  ("Семен Данилин", "генеральный директор", "Рыбинская верфь")}
    assert _agreement_parties(result) == [{"ЯГТУ", "Верфь братьев Нобель", "Рыбинская верфь"}]


def test_a_head_compounded_with_its_trade_is_an_apposition(models):
    text = ("Правительство Иркутской области на форуме подписало 27 соглашений.\nТак, на ПМЭФ были заключены "
            "соглашения с региональными птицефабриками ООО «Саянский бройлер» и АО «Ангарская птицефабрика».")
    assert _agreement_parties(_extract(models, text)) == [{"Правительство Иркутской области", "Саянский бройлер"},
                                                          {"Правительство Иркутской области", "Ангарская птицефабрика"}]


def test_a_universitys_syllabic_abbreviation_is_the_university(models):
    text = ("9 декабря в ЧувГУ прошло подписание соглашения. Чувашский государственный университет имени "
            "И.Н. Ульянова и Минсельхоз подписали соглашение.")
    result = _extract(models, text)
    assert _names(result, "LOC") == set()
    assert _names(result, "ORG") == {"Чувашский государственный университет имени И.Н. Ульянова",
                                     "Министерство сельского хозяйства Российской Федерации"}


def test_a_declined_abbreviation_is_no_syllabic_one(models):
    text = ("На базе УАЗа создан автомобильный кластер\nВ числе участников такие компании, как «Улпласт», "
            "«УАЗ-Автокомпонент» и другие. По словам заместителя генерального директора ООО «УАЗ» Александра "
            "Лагунова, статус важен. Ульяновский автомобильный завод выпустил 40 тысяч машин.")
    assert {"Ульяновский автомобильный завод", "УАЗ-Автокомпонент"} <= _names(_extract(models, text), "ORG")


@pytest.mark.parametrize("text, parties", [
    ("Глава Ленинградской области Александр Дрозденко подписал договор. Местные власти договорились с "
     "гендиректором организации «Завод Стройпанель» Андреем Артеменко об инвестировании в проект.",
     [{"Ленинградская область", "Завод Стройпанель"}]),
    ("Губернатор Ульяновской области Сергей Морозов подписал меморандум о сотрудничестве с генеральным директором "
     "ПАО «КАМАЗ» Сергеем Когогиным и генеральным директором Фонда развития моногородов Ильёй Кривоговым.",
     [{"Ульяновская область", "КАМАЗ", "Фонд развития моногородов"}]),
])
def test_a_person_after_a_quoted_name_declines_and_signs_through_the_post(models, text, parties):
    assert _agreement_parties(_extract(models, text)) == parties


def test_a_universitys_abbreviation_ner_left_untagged_signs(models):
    text = ("Сахалинский государственный университет заключил ряд соглашений. Так, правительство Сахалинской "
            "области, СахГУ и группа компаний «Астра» подписали соглашение о стратегическом партнерстве.")
    assert _agreement_parties(_extract(models, text)) == [
        {"Правительство Сахалинской области", "Сахалинский государственный университет", "Группа компаний «Астра»"}]


def test_a_list_goes_on_past_where_one_of_it_is(models):
    text = ("Документ предусматривает сотрудничество между Архангельским региональным отделением Союза "
            "машиностроителей России, компанией «Севертехпром» в Архангельской области и "
            "Научно-образовательным центром «Российская Арктика».")
    assert _agreement_parties(_extract(models, text)) == [{
        "Архангельское региональное отделение Союза машиностроителей России", "Севертехпром",
        "Научно-образовательный центр «Российская Арктика»"}]


def test_an_agreement_renewed_is_signed(models):
    text = ("Министерство образования Саратовской области, АО «Завод металлоконструкций» и Энгельсский "
            "механико-технологический колледж обновили своё соглашение о сотрудничестве.")
    assert _agreement_parties(_extract(models, text)) == [{
        "Министерство образования Саратовской области", "Завод металлоконструкций",
        "Энгельсский механико-технологический колледж"}]


def test_a_delegation_from_a_region_signs_for_it(models):
    text = ("До этого делегация из Навоийской области подписала меморандум о сотрудничестве с представителями "
            "Нижегородской области во главе с губернатором Глебом Никитиным.")
    assert _agreement_parties(_extract(models, text)) == [{"Навоийская область", "Нижегородская область"}]


def test_a_patronymic_that_is_also_a_surname_joins_the_surname_after_it(models):
    text = "Соглашение подписано с губернатором Владимирской области Александром Александровичем Авдеевым."
    assert len(_names(_extract(models, text), "PER")) == 1


def test_a_members_legal_form_of_its_own(models):
    text = ("Будет создан межрегиональный авиакластер. В состав участников кластера войдут ООО «Рост-Авиа» (оснастка), "
            "НОАО «Гидромаш» (опоры шасси) и АО «Теплообменник» (системы).")
    assert {m for m, _ in _members(_extract(models, text))} == {"Рост-Авиа", "Гидромаш", "Теплообменник"}


@pytest.mark.parametrize("text, orgs", [
    ("Известно, что в кластер войдут заводы «Лотос» и «Красные баррикады», а также Судостроительный завод имени "
     "III Интернационала.", {"Лотос", "Красные баррикады", "Судостроительный завод имени III Интернационала"}),
    ("Ранее сообщалось, в составе ТОР «Белогорск» функционирует единственный в Р",
     {"Территория опережающего развития «Белогорск»"}),
])
def test_a_letter_or_a_roman_numeral_alone_is_no_organization(models, text, orgs):
    assert _names(_extract(models, text), "ORG") == orgs


def test_who_says_the_quote_a_resident_is_named_in_is_no_resident(models):
    text = ("«Объем уже вложенных резидентами ТОР „Южная Якутия“ в инвестиционные проекты средств составляет 93,86 "
            "млрд рублей», — отмечает директор «КРДВ Якутия» Дмитрий Борисов.")
    assert _members(_extract(models, text)) == set()


def test_a_production_association_is_a_plant_no_group(models):
    text = ("Компания «Рудтрейд» будет осуществлять поставки железорудного сырья с Соколовско-Сарбайского "
            "горно-обогатительного производственного объединения, входящего в холдинг «Руда».")
    result = _extract(models, text)
    kinds = {e["name"]: e["subtype"] for e in result["entities"] if e["type"] == "ORG"}
    assert kinds["Соколовско-Сарбайское горно-обогатительное производственное объединение"] == "company"
    assert not any(group.startswith("Соколовско") for _, group in _members(result))


def test_a_plural_post_over_organizations_and_people_respectively(models):
    text = ("Глава Красноярского края Александр Усс, гендиректора госкорпораций «Росатом» и «Роскосмос» Алексей "
            "Лихачев и Игорь Комаров в среду подписали меморандум о совместной работе.")
    result = _extract(models, text)
    assert {("Алексей Лихачев", "генеральный директор", "Росатом"),
            ("Игорь Комаров", "генеральный директор", "Роскосмос")} <= _positions(result)
    assert _agreement_parties(result) == [{"Красноярский край", "Росатом", "Роскосмос"}]


@pytest.mark.parametrize("text", [
    "В особой экономической зоне «Калуга» появится фармацевтический кластер. Свои предприятия здесь создадут "
    "компании «Фармасинтез-Калуга», «Б-Фарм Биотех», «Астрафарм Калуга».",
    "Первой в особой экономической зоне «Калуга» стала компания «Вектор». Сейчас там работают компании "
    "«Фармасинтез-Калуга», «Б-Фарм Биотех» и «Астрафарм Калуга».",
])
def test_who_builds_here_after_a_zone_is_its_resident(models, text):
    members = {(m, "Особая экономическая зона «Калуга»") for m in ("Фармасинтез-Калуга", "Б-Фарм Биотех",
                                                                   "Астрафарм Калуга")}
    assert members <= _members(_extract(models, text))


def test_here_after_a_group_the_sentence_before_told_of_is_that_group(models):
    text = ("Завод может появиться в индустриальном парке «Масловский». Компания «Вектор» входит в состав "
            "кластера «Агроснаб», который создан для совместного освоения рынка. Всего здесь представлено 17 "
            "компаний, среди которых есть Claas и Krone.")
    members = _members(_extract(models, text))
    assert {("Claas", "Кластер «Агроснаб»"), ("Krone", "Кластер «Агроснаб»")} <= members
    assert not any(group.startswith("Индустриальный") for _, group in members)


def test_a_name_in_the_nominative_after_the_residents_cue_is_listed_no_group(models):
    text = ("Напомним, специализацией технопарка «Вектор» будут инновации в нефтегазовой сфере. Также в списке "
            "резидентов Тюменский государственный университет, ЗАО «Сибгео» и ЗАО «Новаторнефть».")
    members = _members(_extract(models, text))
    assert ("Новаторнефть", "Технопарк «Вектор»") in members
    assert not any(group.startswith("Тюменский") for _, group in members)


@pytest.mark.parametrize("text, members", [
    # who a zone's products are made for are its customers
    ("В особой экономической зоне «Калуга» будет локализовано производство автокомпонентов для крупнейших "
     "автозаводов - ОАО «АвтоВАЗ», Renault и Nissan.", set()),
    # but a plant's owner after what the plant makes "для" is its resident
    ("Строительство завода по производству упаковки для напитков американской компании «Вектор» началось на "
     "территории индустриального парка «Заволжье».", {("Вектор", "Индустриальный парк «Заволжье»")}),
])
def test_a_zones_customers_are_no_residents(models, text, members):
    assert _members(_extract(models, text)) == members


def test_a_plant_opened_in_a_park_an_adjective_before_is_its_resident(models):
    text = ("Губернатор принял участие в церемонии открытия завода «Вектор», построенного в тульском "
            "индустриальном парке «Узловая».")
    assert _members(_extract(models, text)) == {("Вектор", "Индустриальный парк «Узловая»")}


@pytest.mark.parametrize("text", [
    "Трём кировским предприятиям лесной промышленности выделили 680 млн рублей\nФонд поддержал проекты.",
    "Курсы ЦБ USD 92,5 EUR 99,1\nНовости\nФонд поддержал проекты.",
])
def test_a_count_of_plants_or_an_exchange_rate_is_no_organization(models, text):
    assert not any(name.startswith(("Трём", "ЦБ", "USD", "EUR")) for name in _names(_extract(models, text), "ORG"))


def test_documents_a_government_signs_with_heads_of_several_companies_are_one_each(models):
    text = ("В Кемерове подписаны соглашения о социально-экономическом сотрудничестве. Документы подписали первый "
            "заместитель губернатора Кемеровской области Максим Макин и руководители ОАО «Русский уголь», "
            "ООО «Шахта Южная» и ООО «Металлург».")
    parties = _agreement_parties(_extract(models, text))
    assert sorted(parties, key=sorted) == sorted(
        [{"Кемеровская область", company} for company in ("Русский уголь", "Шахта Южная", "Металлург")],
        key=sorted)


def test_an_organization_named_inside_another_has_a_kind(models):
    result = _extract(models, "Сотрудники комитета ООН против пыток прибыли в Москву.")
    assert {e["name"]: e["subtype"] for e in result["entities"] if e["type"] == "ORG"}["ООН"] == "other"


@pytest.mark.parametrize("text, orgs, people", [
    ("Как утверждает председатель совета директоров ОАО Метафракс А.Г. Гарслян, предприятие испытывает голод. "
     "Армен Гайосович считает, что юристов много не бывает.", {"Метафракс"}, {"А.Г. Гарслян"}),
    ("Документ подписали гендиректор Ямал СПГ Е. Кот.", {"Ямал СПГ"}, {"Е. Кот"}),
    # an eponym's initials stay in the name
    ("Соглашение подписано с Конструкторским бюро приборостроения имени академика А.Г. Шипунова.",
     {"Конструкторское бюро приборостроения имени академика А.Г. Шипунова"}, set()),
])
def test_a_person_named_after_the_company_is_no_part_of_its_name(models, text, orgs, people):
    result = _extract(models, text)
    assert (_names(result, "ORG"), _names(result, "PER")) == (orgs, people)


def test_a_capitalized_post_is_in_the_nominative(models):
    text = "Состоялся рабочий прием Чрезвычайного и Полномочного Посла Узбекистана в России Ботиржона Асадова."
    assert {role for _, role, _ in _positions(_extract(models, text))} == {"чрезвычайный и полномочный посол"}


def test_a_group_said_by_its_pronoun_holds_the_members_listed(models):
    text = ("Первый промышленный кластер мембранных текстильных технологий создан в Ивановской области. "
            "Он включает в себя пять предприятий - ГК «Меркурий», «Фотопринт», «Детлайн», «Космотекс» и «Форвард».")
    assert _members(_extract(models, text)) == {
        (member, "Промышленный кластер мембранных текстильных технологий")
        for member in ("Меркурий", "Фотопринт", "Детлайн", "Космотекс", "Форвард")}


@pytest.mark.parametrize("text, members", [
    ("Четыре новых резидента появятся в особой экономической зоне «Кулибин». Региональный экспертный совет "
     "одобрил заявки компаний «Агро-Пест», «Первый завод» и «Комплексный завод специализированной продукции».",
     {"Агро-Пест", "Первый завод", "Комплексный завод специализированной продукции"}),
    ("В настоящее время статус резидентов ОЭЗ «Моглино» имеют шесть компаний. В частности, проект по созданию "
     "производства технического текстиля планирует реализовать ООО «Стримтекс».", {"Стримтекс"}),
    # a group's size or a sum of money counts no new members: who is named after it is no member
    ("Министр сообщил, что электротехнический кластер Чувашской Республики объединяет уже 46 предприятий. "
     "Генеральный директор АО «Волжский электромеханический завод» рассказал о поставках для ООО «Ульяновский "
     "авиаагрегатный завод».", set()),
    ("Резидентом ТОР «Сахалин» станет завод с проектом на 7,4 млрд рублей. Проект ООО «Гавань» одобрен АО "
     "«Корпорация развития Дальнего Востока».", set()),
])
def test_members_counted_then_named_in_the_next_sentence(models, text, members):
    assert {m for m, _ in _members(_extract(models, text))} == members


def test_a_regional_branch_is_in_its_region_not_in_the_country_its_name_ends_in(models):
    text = ("Соглашение о сотрудничестве подписали в Архангельской области. В документе говорится о сотрудничестве "
            "между Архангельским региональным отделением Союза машиностроителей России и правительством региона.")
    branch = "Архангельское региональное отделение Союза машиностроителей России"
    assert {place for org, place in _locations(_extract(models, text)) if org == branch} == {"Архангельская область"}


def test_another_document_of_the_same_sides_said_without_them(models):
    text = ("Губернатор Пермского края Дмитрий Махонин и управляющий директор АО «ОДК-СТАР» Сергей Попов подписали "
            "специальный инвестиционный контракт. Кроме того, на форуме заключено соглашение о социально-экономическом "
            "сотрудничестве.")
    result = _extract(models, text)
    assert sorted(r["kind"] for r in result["relations"] if r["type"] == "AGREEMENT") == ["соглашение",
                                                                                          "специнвестконтракт"]
    assert _agreement_parties(result) == [{"Пермский край", "ОДК-СТАР"}] * 2


@pytest.mark.parametrize("text, names", [
    # the Union of Machine Builders by its syllables, named in full, and its branches
    ("В заседании приняли участие члены Свердловского РО СоюзМаш и представители СоюзМаш России. Соглашение "
     "подписано с Тюменским отделением СоюзМаш России.",
     {"Союз машиностроителей России", "Свердловское региональное отделение Союза машиностроителей России",
      "Тюменское региональное отделение Союза машиностроителей России"}),
    # a numbered station is its own, in the nominative
    ("Контракт с Ленинградской АЭС-2 подписан. ЛАЭС-2 возводится для замещения мощностей действующей "
     "Ленинградской АЭС.", {"Ленинградская АЭС-2", "Ленинградская АЭС"}),
    # a region abbreviated in a body's name, an event's adjectives, a kind of company said by its region: no one
    ("В Башкортостане прошёл форум. Министерство экономического развития РБ поддержало проект.",
     {"Министерство экономического развития Республики Башкортостан"}),
    ("Заключение соглашения состоялось на полях Мировой атомной недели в Москве.", set()),
    ("Донскому предприятию выдали заем\nФонд одобрил льготный заем донскому предприятию ПАО «ГРАНИТ».", {"ГРАНИТ"}),
    # two adjectives of one name joined by "и"; "новый и современный" are said of it
    ("Губернатор посетил химический и биотехнологический кластер Татарстана. Открыт новый и современный завод "
     "«Вектор».", {"Химический и биотехнологический кластер Республики Татарстан", "Вектор"}),
    # plants of two fields that share their town's adjective and a plural head are two; universities are not
    # named from such a list
    ("Губернатор встретился с руководством Минского тракторного и автомобильного заводов.",
     {"Минский тракторный завод", "Минский автомобильный завод"}),
    # a park named alone and with its kind is named with its kind; a company and a park of one name are two
    ("Мэр Москвы рассказал о присвоении статуса технопарка новым столичным площадкам «Медтех.Москва» и «Дом "
     "легпрома». Кластер сформируют на базе технопарка «Дом легпрома».", {"Медтех.Москва", "Технопарк «Дом легпрома»"}),
    # a region's name in two parts declines in both when it opens with its adjective
    ("Правительство Югры и Правительство Северной Осетии подписали соглашение.",
     {"Правительство Ханты-Мансийского автономного округа — Югры",
      "Правительство Республики Северная Осетия — Алания"}),
    # a republic's cabinet said without its name is the article's republic's
    ("В Адыгее обсудили проект. Кабинет министров республики одобрил программу.",
     {"Кабинет министров Республики Адыгея"}),
    # a commission of an organization is that organization's
    ("Заявку одобрила комиссия Корпорации развития Дальнего Востока.", {"Корпорация развития Дальнего Востока"}),
    # a sector, a sea route and a standard of practice are no organizations
    ("Развитие АПК и ТЭК обсудили в ПАО «Кубань». Грузы пойдут по СМП. Завод «Фарма» получил сертификат GMP.",
     {"Кубань", "Фарма"}),
    # a foreign company's legal forms end its name, and are no organizations of their own
    ("Меморандум подписан с компанией Heilongjiang Forest Industry Co., Ltd. Поставщиком станет Harbin Electric "
     "Co., LTD, сообщает пресс-служба.", {"Heilongjiang Forest Industry Co., Ltd", "Harbin Electric Co., LTD"}),
])
def test_the_organizations_a_text_names(models, text, names):
    assert _names(_extract(models, text), "ORG") == names


def test_names_listed_after_a_signer_sign_whatever_case_the_tagger_reads(models):
    text = ("Вчера было подписано соглашение, участниками которого стали Ассоциация кластеров России, "
            "Пензенский приборостроительный кластер, инновационный кластер Самары и Биокластер «Южный».")
    assert _agreement_parties(_extract(models, text)) == [{
        "Ассоциация кластеров России", "Пензенский приборостроительный кластер", "Инновационный кластер Самары",
        "Биокластер «Южный»"}]


@pytest.mark.parametrize("text, members", [
    ("В Самаре учреждена Ассоциация станкостроителей Поволжья, учредителями которой выступили ПАО «Станкомаш» и "
     "АО «Фрезер».", {("Станкомаш", "Ассоциация станкостроителей Поволжья"),
                      ("Фрезер", "Ассоциация станкостроителей Поволжья")}),
    ("Открыт индустриальный парк «Северный», на территории которого разместится завод ООО «Полимер».",
     {("Полимер", "Индустриальный парк «Северный»")}),
    # a cluster's anchor and its initiator are members
    ("В Тульской области создан Кластер медицинской техники. Якорным предприятием кластера станет компания "
     "ООО «Медтех».", {("Медтех", "Кластер медицинской техники")}),
    ("Минпромторг включил в реестр Строительный кластер Чувашии (инициатор - ООО «Строй Девелопмент»).",
     {("Строй Девелопмент", "Строительный кластер Чувашской Республики")}),
    # who builds or works on "the territory of the zone" said by its kind alone is a resident of the zone named
    ("В Липецкой области работает ОЭЗ «Липецк». На территории ОЭЗ заработал еще один производитель – испанская "
     "компания «Сиеавто».", {("Сиеавто", "Особая экономическая зона «Липецк»")}),
    # a clause about an agreement's parties tells no group's members
    ("Подписано соглашение, участниками которого стали ПАО «Станкомаш» и АО «Фрезер».", set()),
])
def test_members_told_by_a_relative_clause_or_by_their_role_in_the_group(models, text, members):
    assert _members(_extract(models, text)) == members


def test_a_place_in_capitals_is_a_place(models):
    text = ("date 2025-09-03 ВЛАДИВОСТОК, 3 сентября. /ТАСС/. Компания «Ромашка» откроет завод.\n"
            "НИЖНИЙ НОВГОРОД, 3 мая. Компания РОСНЕФТЬ запустила линию.")
    result = _extract(models, text)
    assert _names(result, "LOC") == {"Владивосток", "Нижний Новгород"}
    assert _names(result, "ORG") == {"Ромашка", "РОСНЕФТЬ"}


@pytest.mark.parametrize("text, parties", [
    ("Правительство Пермского края заключило три соглашения с такими компаниями, как ООО «Лесхоз», АО «Бумпром» и "
     "ПАО «Ухта».", [{"Правительство Пермского края", "Лесхоз"}, {"Правительство Пермского края", "Бумпром"},
                     {"Правительство Пермского края", "Ухта"}]),
    ("Министерство промышленности Пермского края подписало соглашения с руководителями «Уралкалия» и «Азота».",
     [{"Министерство промышленности Пермского края", "Уралкалий"},
      {"Министерство промышленности Пермского края", "Азот"}]),
])
def test_the_other_sides_told_by_their_kind_or_their_heads(models, text, parties):
    assert _agreement_parties(_extract(models, text)) == parties


def test_a_region_of_ours_and_a_foreign_state_in_a_quoted_speech_sign(models):
    text = ("Глава Якутии встретился с послом Индии. «Мы развиваем сотрудничество в рамках подписанного меморандума "
            "между нашей республикой и индийским штатом Гуджарат», – сказал глава Якутии.")
    result = _extract(models, text)
    assert _agreement_parties(result) == [{"Республика Саха (Якутия)", "Гуджарат"}]
    assert ("Гуджарат", "region") in {(e["name"], e.get("subtype")) for e in result["entities"]}


def test_sides_between_said_by_their_heads_are_the_ones_the_article_named(models):
    text = ("Делегация Томского политехнического университета посетила ООО «Томскнефтехим». Визит проходит в рамках "
            "договора о партнерстве между вузом и предприятием, который был подписан в ноябре.")
    assert _agreement_parties(_extract(models, text)) == [{"Томский политехнический университет", "Томскнефтехим"}]


def test_an_agreement_between_regions_is_the_two_the_sentence_names(models):
    text = ("В рамках заключенного соглашения между регионами Брянскую область посетила делегация во главе с министром "
            "сельского хозяйства Пензенской области.")
    assert _agreement_parties(_extract(models, text)) == [{"Брянская область", "Пензенская область"}]


def test_a_regions_authorities_between_are_its_government(models):
    text = ("Правительство Белгородской области и агрохолдинг подписали соглашение на форуме. В пресс-службе "
            "регионального правительства сообщили, что в соглашении между белгородскими властями и «Мираторгом» "
            "главным направлением станет реконструкция ферм.")
    assert {"Правительство Белгородской области", "Мираторг"} in _agreement_parties(_extract(models, text))


def test_a_first_name_no_dictionary_declines_is_one_person_in_every_case(models):
    text = "Соглашение подписали при участии Рустэма Хамитова. Рустэм Хамитов отметил его значение."
    assert _names(_extract(models, text), "PER") == {"Рустэм Хамитов"}


@pytest.mark.parametrize("text", [
    "Меморандум подписали генеральный директор ОЭЗ Тимур Шагивалеев и глава завода Вадим Бадеха.",
    "Меморандум подписали заместитель генерального директора АО Тимур Шагивалеев и глава завода Вадим Бадеха.",
])
def test_a_persons_first_name_after_an_abbreviated_kind_or_form_is_no_name(models, text):
    result = _extract(models, text)
    assert _names(result, "ORG") == set()
    assert _names(result, "PER") == {"Тимур Шагивалеев", "Вадим Бадеха"}


def test_a_cluster_said_to_be_a_company_is_one_cluster_with_its_members(models):
    text = ("Кластер «Электроника-Сибирь» объединит четыре предприятия. В рамках создания научно-производственного "
            "кластера НПО «Электроника-Сибирь» ведется строительство. В него войдут завод «Оксид» и НПО «Восток».")
    result = _extract(models, text)
    assert _names(result, "ORG") == {"Кластер «Электроника-Сибирь»", "Оксид", "НПО «Восток»"}
    cluster = "Кластер «Электроника-Сибирь»"
    assert _members(result) == {("Оксид", cluster), ("НПО «Восток»", cluster)}


def test_the_regions_a_dash_sets_off_after_a_count_each_sign_their_own(models):
    text = ("Соглашения о сотрудничестве Нижегородской области сразу с двумя крупнейшими промышленными регионами - "
            "Татарстаном и Свердловской областью - были подписаны на форуме «Иннопром».")
    assert sorted(map(sorted, _agreement_parties(_extract(models, text)))) == [
        ["Нижегородская область", "Республика Татарстан"], ["Нижегородская область", "Свердловская область"]]


def test_members_of_a_unions_regional_branch_join_the_branch(models):
    text = "Предприятия, входящие в Томское РО СоюзМаш, – АО «НИИПП» и АО «НПФ «Микран», – заключили договорённость."
    branch = "Томское региональное отделение Союза машиностроителей России"
    assert _members(_extract(models, text)) == {("НИИПП", branch), ("НПФ «Микран»", branch)}


def test_a_governor_and_a_named_director_are_two_people_and_two_sides(models):
    text = ("Губернатор Свердловской области и генеральный директор Группы Синара Виктор Леш заключили соглашение "
            "о сотрудничестве.")
    result = _extract(models, text)
    assert _positions(result) == {("Виктор Леш", "генеральный директор", "Группа Синара")}
    assert _agreement_parties(result) == [{"Свердловская область", "Группа Синара"}]


def test_a_district_in_the_genitive_after_a_quoted_name_is_where_it_is(models):
    text = ("От предприятий области подписали руководители ООО \"Золотая нива\", \"Летяжевское\" Аркадакского района, "
            "\"Росагро-Саратов\" Балашовского района.")
    assert _locations(_extract(models, text)) >= {("Летяжевское", "Аркадакский район"),
                                                  ("Росагро-Саратов", "Балашовский район")}


def test_the_regions_administration_in_one_word_is_the_articles_regions(models):
    text = "Глава Томской области посетил завод. Как сообщает пресс-служба обладминистрации, завод расширят."
    assert "Администрация Томской области" in _names(_extract(models, text), "ORG")


def test_a_firm_a_brand_compounded_with_a_plants_word_and_a_corporations_owner_are_organizations(models):
    text = ("Курганская область: Ростсельмаш поможет убирать хлеб\n\nПравительство Нижегородской области и фирма "
            "\"1С\" заключили меморандум. АО «ОДК-СТАР» входит в Объединенную двигателестроительную корпорацию "
            "Госкорпорации Ростех.")
    found = _names(_extract(models, text), "ORG")
    assert {"Ростсельмаш", "1С", "Объединённая двигателестроительная корпорация"} <= found


def test_a_short_stems_adjective_before_a_listed_group_places_each(models):
    text = ("Глава Томской области отметил работу. В совместную работу включились многие томские предприятия: "
            "«Микран», «НИИ ПП», «Сибирский электромашиностроительный завод» и другие.")
    assert _locations(_extract(models, text)) == {
        ("Микран", "Томская область"), ("НИИ ПП", "Томская область"),
        ("Сибирский электромашиностроительный завод", "Томская область")}


def test_the_organizations_taking_part_in_a_scientific_educational_centre_are_its_members(models):
    text = ("Какие организации включены в НОЦ \"Енисейская Сибирь\"? В НОЦ участвуют научные организации: "
            "ФИЦ \"Красноярский научный центр СО РАН\" и Институт географии РАН. В числе участников и крупные "
            "предприятия региона: \"РУСАЛ\", СУЭК и \"Красмаш\".")
    centre = "НОЦ «Енисейская Сибирь»"
    assert _members(_extract(models, text)) == {
        ("ФИЦ «Красноярский научный центр СО РАН»", centre), ("Институт географии РАН", centre),
        ("РУСАЛ", centre), ("СУЭК", centre), ("Красмаш", centre)}


def test_a_sentence_the_segmenter_cuts_after_a_shortened_word_or_a_foreign_form_goes_on(models):
    text = ("Соглашения с БГТУ «ВОЕНМЕХ» им. Д.Ф. Устинова и МФТИ заключены на заседании. Сегодня губернатор "
            "Ростовской области Василий Голубев и президент «Itaco Precast S.r.l.» Микеле Анджело Рандольфи "
            "подписали меморандум о сотрудничестве.")
    result = _extract(models, text)
    assert "БГТУ «ВОЕНМЕХ» имени Д.Ф. Устинова" in _names(result, "ORG")
    assert ("Микеле Анджело Рандольфи", "президент", "Itaco Precast S.r.l.") in _positions(result)
    assert {"Ростовская область", "Itaco Precast S.r.l."} in _agreement_parties(result)


def test_a_ministers_fields_listed_with_a_participle_lead_to_the_person_named_after_them(models):
    text = ("Участие принял министр торговли, пищевой и перерабатывающей промышленности Оренбургской области "
            "Сергей Балыкин.")
    assert _positions(_extract(models, text)) == {("Сергей Балыкин", "министр", "Оренбургская область")}


def test_a_consortiums_three_parties_a_caseless_adjective_and_a_short_name_after_them(models):
    text = ("Соглашение о создании консорциума по развитию локального биотехнопарка заключили Дальневосточный "
            "федеральный университет, Тихоокеанский научно-исследовательский рыбохозяйственный центр (ТИНРО-Центр) "
            "и Преображенская база тралового флота. 15 февраля документ подписали ректор ДВФУ Сергей Иванец и "
            "председатель совета директоров Преображенской базы Сергей Саксин.")
    result = _extract(models, text)
    assert _agreement_parties(result) == [{"Дальневосточный федеральный университет", "Преображенская база тралового "
                                           "флота", "Тихоокеанский научно-исследовательский рыбохозяйственный центр"}]
    assert "Преображенская база" not in _names(result, "ORG")


def test_a_short_name_in_parentheses_no_gazetteer_knows_is_the_organizations_not_a_place(models):
    text = ("Соглашение о создании консорциума по развитию локального биотехнопарка заключили Дальневосточный "
            "федеральный университет, Тихоокеанский научно-исследовательский рыбохозяйственный центр (ТИНРО-Центр) "
            "и Преображенская база тралового флота.")
    result = _extract(models, text)
    assert _names(result, "LOC") == set() and _locations(result) == set()


def test_a_country_ends_a_bodys_name(models):
    text = ("Поддержка проекта со стороны Министерства энергетики России и ведущих промышленных компаний Кузбасса "
            "важна.")
    assert "Министерство энергетики Российской Федерации" in _names(_extract(models, text), "ORG")


def test_one_said_to_be_a_side_of_the_agreement_before_is_one_more_party(models):
    text = ("Губернатор Калужской области Владислав Шапша подписал с китайской компанией «Чунгсин Груп» соглашение о "
            "создании промышленного парка. Парк будет создан при содействии ВЭБ.РФ. ВЭБ.РФ также является стороной "
            "соглашения.")
    assert _agreement_parties(_extract(models, text)) == [{"Калужская область", "Чунгсин Груп", "ВЭБ.РФ"}]


def test_a_count_of_sides_before_one_document_is_one_agreement_of_them_all(models):
    text = ("Представители пяти участников проекта — Правительство Томской области, ПАО «Сибур», АО «Томскнефть», "
            "Томский политехнический университет и Ассоциация кластеров и технопарков России — подписали документ "
            "3 марта.")
    result = _extract(models, text)
    assert _agreement_parties(result) == [{"Правительство Томской области", "Сибур", "Томскнефть",
                                           "Томский политехнический университет",
                                           "Ассоциация кластеров и технопарков России"}]
    assert _members(result) == set()  # participants of a project, no association's members


def test_a_sale_a_company_is_set_up_for_is_no_deal(models):
    text = ("Подписано соглашение о строительстве СП ООО «Ростех – Сименс» по производству и продаже турбин в "
            "технопарке «Калуга».")
    assert _agreement_parties(_extract(models, text)) == []


def test_a_town_and_its_plant_between_which_an_agreement_is_signed_are_its_parties(models):
    text = ("Соглашение о сотрудничестве заключено между Новокуйбышевском и Новокуйбышевским нефтеперерабатывающим "
            "заводом.")
    result = _extract(models, text)
    assert _names(result, "ORG") == {"Новокуйбышевский нефтеперерабатывающий завод"}
    assert _agreement_parties(result) == [{"Новокуйбышевск", "Новокуйбышевский нефтеперерабатывающий завод"}]


def test_two_capitals_between_which_relations_grow_are_no_parties(models):
    assert _agreement_parties(_extract(models, "Договор о партнёрстве подписали между Казанью и Анкарой.")) == []


@pytest.mark.parametrize("text, name", [
    ("Сталь выпускает Новолипецкий металлургический комбинат. Гендиректор НЛМК Иван Петров посетил цех.",
     "Новолипецкий металлургический комбинат"),
    ("Трубы поставил Новокузнецкий трубный завод (НКТЗ, входит в ТМК).", "Новокузнецкий трубный завод"),
])
def test_an_abbreviation_takes_the_stem_after_novo(models, text, name):
    assert _names(_extract(models, text), "ORG") - {"ТМК"} == {name}


@pytest.mark.parametrize("text, expected", [
    ("В ОЭЗ «Алабуга» работает завод «Кама». Тендер не удивил участников рынка: пока «Звезда» не готова строить "
     "суда целиком.", {("Кама", "Особая экономическая зона «Алабуга»")}),
    ("Участники проекта — завод «Кама» и ОЭЗ «Алабуга» — подписали соглашение.", set()),
])
def test_participants_of_a_market_or_a_project_are_no_groups_members(models, text, expected):
    assert _members(_extract(models, text)) == expected


def test_a_kinds_abbreviation_with_the_same_quoted_name_is_the_organization_named_in_full(models):
    text = ("Балтийский механический завод (БМЗ) \"Рубин\" в Калининграде получил заказ от оборонного ведомства. "
            "Договор подписал генеральный директор БМЗ \"Рубин\" Олег Сомов.")
    result = _extract(models, text)
    assert _names(result, "ORG") == {"Балтийский механический завод «Рубин»",
                                     "Министерство обороны Российской Федерации"}
    assert _positions(result) == {("Олег Сомов", "генеральный директор", "Балтийский механический завод «Рубин»")}


@pytest.mark.parametrize("text, parties", [
    # a signer set off by dashes after a noun in its case, past the document's subject
    ("Соглашение о сотрудничестве инвестор — компания «Агрос» — 12 марта подписал с правительством Пензенской "
     "области.", {"Агрос", "Правительство Пензенской области"}),
    # "одна из компаний «…»" is a signer of the list it is in
    ("Правительство Тверской области и одна из крупнейших российских компаний «Молпром» (Москва) заключили "
     "соглашение о строительстве завода.", {"Правительство Тверской области", "Молпром"}),
])
def test_a_signer_told_through_a_dash_or_as_one_of_its_kind_signs(models, text, parties):
    assert _agreement_parties(_extract(models, text)) == [parties]


def test_one_of_a_zones_residents_is_no_party_for_the_zone(models):
    text = ("Наблюдательный совет утвердил поправки в соглашение с одним из резидентов ОЭЗ «Лотос», ООО "
            "«Астраханский завод».")
    assert all("Особая экономическая зона «Лотос»" not in parties
               for parties in _agreement_parties(_extract(models, text)))


@pytest.mark.parametrize("text, expected", [
    # a company whose project, building or plant is on a zone's or a park's ground is its resident
    ("Фонд одобрил займ на проект компании «Медтекс», которая должна запустить на территории ОЭЗ «Калуга» "
     "производство перевязочных материалов.", {("Медтекс", "Особая экономическая зона «Калуга»")}),
    ("Подписано соглашение о строительстве ООО «Полихим» по выпуску смол в химическом парке «Нева».",
     {("Полихим", "Химический парк «Нева»")}),
])
def test_who_builds_on_a_zones_ground_told_by_a_noun_is_its_resident(models, text, expected):
    assert _members(_extract(models, text)) == expected


@pytest.mark.parametrize("text, name", [
    ("Компания «Альфа» построит завод в парке «Тагил».", "Парк «Тагил»"),  # not the jacket "парка"
    ("Компания «Альфа» построит завод в химическом парке «Тагил».", "Химический парк «Тагил»"),  # a kind of park
])
def test_a_parks_name_keeps_its_gender_and_its_fields_adjective(models, text, name):
    assert name in _names(_extract(models, text), "ORG")


def test_a_post_in_the_agricultural_holding_is_in_the_company_named_before(models):
    text = ("ГК «Зерномир» вложила в хранилища 1 млрд рублей, рассказал замдиректора агрохолдинга "
            "Вадим Петров.")
    assert _positions(_extract(models, text)) == {("Вадим Петров", "заместитель директора", "Зерномир")}


def test_a_post_reaches_its_person_past_an_aside_in_parentheses(models):
    text = ("Соглашение подписали губернатор Омской области Виталий Хоценко, генеральный директор Омского "
            "моторостроительного завода «Искра» (входит в «Ростех») Андрей Лебедев и генеральный директор "
            "«Сибэнергопроекта» Олег Титов.")
    result = _extract(models, text)
    assert ("Андрей Лебедев", "генеральный директор", "Омский моторостроительный завод «Искра»") in _positions(result)
    assert ("Виталий Хоценко", "генеральный директор", "Омский моторостроительный завод «Искра»") \
        not in _positions(result)
    assert _agreement_parties(result) == [{"Омская область", "Омский моторостроительный завод «Искра»",
                                           "Сибэнергопроект"}]


def test_a_three_sided_agreement_misspelt_in_the_plural_is_one(models):
    text = ("Трехстороннее соглашения о сотрудничестве подписали глава администрации Липецкой области Игорь "
            "Артамонов, генеральный директор АО «Липецкий химзавод» Павел Сорокин и директор Ассоциации "
            "кластеров и технопарков России Андрей Шпиленко.")
    assert _agreement_parties(_extract(models, text)) == [{"Администрация Липецкой области", "Липецкий химзавод",
                                                           "Ассоциация кластеров и технопарков России"}]


@pytest.mark.parametrize("text", [
    "АО «Хром» победило в группе «Легкая промышленность», а в группе «Машиностроение и металлообработка» — завод.",
    "В Югре построят несколько ЦОДов.",
    "Фонд оплаты труда заводов холдинга вырос на 12%.",
])
def test_branches_of_industry_data_centres_and_wages_are_no_organizations(models, text):
    assert _names(_extract(models, text), "ORG") <= {"Хром"}


@pytest.mark.parametrize("text, name", [
    ("Проект судна разработала компания Skipskompetanse AS. Директор Skipskompetanse AS Per Silden приехал.",
     "Skipskompetanse AS"),
    ("ООО «Агро» — дочернее предприятие компании Baltic Pork Invest ASA.", "Baltic Pork Invest ASA"),
])
def test_a_foreign_legal_form_ends_a_name(models, text, name):
    assert name in _names(_extract(models, text), "ORG")
    assert not any(n.startswith(name + " ") or n.endswith(".") or n in ("AS", "ASA")
                   for n in _names(_extract(models, text), "ORG"))


@pytest.mark.parametrize("text", [
    "Об этом сообщают калининградские СМИ.",
    "Подписано соглашение о строительстве центра Сбербанка в Саратовской области.",
])
def test_media_said_of_a_place_and_an_owners_centre_are_no_organizations(models, text):
    assert _names(_extract(models, text), "ORG") <= {"Сбербанк"}


def test_a_regional_body_named_by_the_region_word_drops_the_words_of_the_region(models):
    text = ("Иркутская область развивает село. Это предусмотрено соглашением между Министерством сельского хозяйства "
            "российского региона и белорусским заводом.")
    assert _names(_extract(models, text), "ORG") == {"Министерство сельского хозяйства Иркутской области"}


def test_a_dateline_does_not_make_the_articles_region(models):
    text = ("МОСКВА, 3 декабря, ИА Урал-Пресс. В Москве подписано соглашение об инвестпроектах на территории Ямала. "
            "Подписи поставили губернатор ЯНАО Артём Лосев и президент «Связьинвеста» Олег Седов. Об этом "
            "сообщили в пресс-службе правительства региона.")
    assert "Правительство Ямало-Ненецкого автономного округа" in _names(_extract(models, text), "ORG")


def test_a_project_named_in_the_subject_of_an_agreement_is_no_party(models):
    text = ("Меморандум о сотрудничестве в реализации проекта Агропромышленный парк «Озёрный» подписали Агентство "
            "инвестиционного развития Томской области и АО «Сибагро».")
    assert _agreement_parties(_extract(models, text)) == [{"Агентство инвестиционного развития Томской области",
                                                           "Сибагро"}]


def test_what_a_relative_clause_after_a_party_tells_is_no_party(models):
    text = ("Правительство Свердловской области заключило соглашение с ЗАО «Трубная компания» и администрацией "
            "Первоуральского района, на территории которого расположено предприятие компании, ОАО «Новотрубный завод».")
    assert _agreement_parties(_extract(models, text)) == [{"Правительство Свердловской области", "Трубная компания",
                                                           "Администрация Первоуральского района"}]


def test_a_party_between_others_told_by_who_acts_for_it_is_the_company_named_before(models):
    text = ("Компания «Уральская Технологическая Компания» строит парк. На форуме было подписано соглашение между "
            "областным минпромом и представителями компании о создании парка в Челябинской области.")
    assert _agreement_parties(_extract(models, text)) == [{"Министерство промышленности Челябинской области",
                                                           "Уральская Технологическая Компания"}]


@pytest.mark.parametrize("text, parties, places", [
    # a region the tagger took for a person's name is the region, and a party
    ("Работы проведут благодаря соглашению между Удмуртией и «Росатомом» - его на днях подписали глава региона "
     "Иван Петров и президент «Росатома» Пётр Иванов.", [{"Удмуртская Республика", "Росатом"}],
     {"Удмуртская Республика"}),
    # but not a surname someone of the article bears
    ("Бывший директор ФБР Джеймс Коми выступил в Сенате. Коми рассказал о расследовании.", [], set()),
])
def test_a_region_read_as_a_persons_name_is_a_place(models, text, parties, places):
    result = _extract(models, text)
    assert _agreement_parties(result) == parties and _names(result, "LOC") == places
    assert all(r.get("subject") is None for r in result["relations"] if r["type"] == "AGREEMENT")  # not "на днях"


def test_the_inner_quote_of_a_name_in_nested_quotes_names_it_again(models):
    text = ("На Шикотане ООО «Рыбокомбинат «Островной» построит цех. Так, «Островной» станет якорным "
            "резидентом ТОР «Курилы».")
    result = _extract(models, text)
    assert _names(result, "ORG") == {"Рыбокомбинат «Островной»", "Территория опережающего развития «Курилы»"}
    assert _members(result) == {("Рыбокомбинат «Островной»", "Территория опережающего развития «Курилы»")}


def test_a_whole_quote_named_by_its_head_is_named_again_where_a_sentence_opens_on_it(models):
    text = ("Возле Челябинска построят «Завод компонентов роботов». «Завод компонентов роботов» построят в ОЭЗ "
            "«Южноуральская».")
    result = _extract(models, text)
    assert _members(result) == {("Завод компонентов роботов", "Особая экономическая зона «Южноуральская»")}


def test_a_plant_a_pronoun_places_in_a_zone_is_its_resident(models):
    text = "Строим завод по выпуску тракторов «Гомсельмаш-Кама». Он локализован в особой экономической зоне «Кама»."
    assert _members(_extract(models, text)) == {("Гомсельмаш-Кама", "Особая экономическая зона «Кама»")}


def test_a_belarusian_executive_committee_is_named_without_its_country_and_referred_to_short(models):
    text = ("Краснодарский край подписал соглашение с Гомельским областным исполнительным комитетом Республики "
            "Беларусь. Подписи поставили губернатор Иван Петров и председатель облисполкома Пётр Иванов.")
    result = _extract(models, text)
    assert "Гомельский областной исполнительный комитет" in _names(result, "ORG")
    assert ("Петр Иванов", "председатель", "Гомельский областной исполнительный комитет") in _positions(result)


def test_a_post_in_a_list_of_one_organizations_posts_is_in_that_organization(models):
    text = ("В совещании участвовали ректор ТПУ Иван Петров, проректор по науке Пётр Иванов и губернатор Томской "
            "области Олег Сидоров.")
    assert ("Петр Иванов", "проректор", "ТПУ") in _positions(_extract(models, text))


@pytest.mark.parametrize("text, name", [
    ("Директор Высшей школы экономики выступил.", "Высшая школа экономики"),  # not "Высочайшая"
    ("Это первая особая экономическая зона в России, где работает завод «Вектор».", "Вектор"),  # no zone named
])
def test_a_superlative_keeps_its_stem_and_a_zone_is_named_by_no_country(models, text, name):
    orgs = _names(_extract(models, text), "ORG")
    assert name in orgs and not any("Высочайшая" in o or o.endswith("в России") for o in orgs)


def test_a_posts_field_after_the_company_is_no_part_of_its_name(models):
    text = "Об этом рассказал вице-президент АвтоВАЗа по закупкам Дмитрий Кашапов."
    result = _extract(models, text)
    assert _names(result, "ORG") == {"АвтоВАЗ"}
    assert ("Дмитрий Кашапов", "вице-президент", "АвтоВАЗ") in _positions(result)


def test_a_name_that_holds_an_abbreviation_as_a_word_is_no_expansion_of_it(models):
    text = ("Двигатели собирает «ОДК-Сатурн». Замгендиректора ОДК Иван Петров рассказал о кооперации.")
    assert _names(_extract(models, text), "ORG") == {"ОДК-Сатурн", "Объединенная двигателестроительная корпорация"}


def test_a_parks_managing_company_is_no_resident(models):
    text = ("Комиссия одобрила три проекта для размещения на территории индустриального парка «Рамонь», подтвердил "
            "гендиректор управляющей компании ИП ОАО «Облкоммунсервис» Иван Петров.")
    assert _members(_extract(models, text)) == set()


def test_an_agreements_subject_keeps_the_quote_it_closes(models):
    text = "АО «Уголь-Сибирь» и БелАЗ заключили контракт на поставку 20 карьерных самосвалов для разреза «Южный»."
    subjects = [r["subject"] for r in _extract(models, text)["relations"] if r["type"] == "AGREEMENT"]
    assert subjects == ["поставка 20 карьерных самосвалов для разреза «Южный»"]


def test_a_development_corporation_is_no_resident_of_the_park_it_signs_for(models):
    text = ("Корпорация развития Тверской области и компания «Тверь Авто» подписали соглашение о расширении завода в "
            "индустриальном парке «Эммаус».")
    assert _members(_extract(models, text)) == {("Тверь Авто", "Индустриальный парк «Эммаус»")}


def test_a_development_corporation_opening_a_sentence_is_one(models):
    text = ("Корпорация развития Тверской области и компания «Тверь Авто» подписали соглашение о расширении завода в "
            "индустриальном парке «Эммаус».")
    result = _extract(models, text)
    assert "Корпорация развития Тверской области" in _names(result, "ORG")
    assert _agreement_parties(result) == [{"Корпорация развития Тверской области", "Тверь Авто"}]


def test_a_party_joined_by_i_in_the_instrumental_is_no_part_of_the_name_before(models):
    text = ("Соглашение о сотрудничестве подписано между администрацией Ярославского муниципального района и "
            "компанией-инвестором «Хлебный дом».")
    assert _names(_extract(models, text), "ORG") == {"Администрация Ярославского муниципального района",
                                                     "Хлебный дом"}


def test_a_region_is_no_side_beside_its_government_written_with_its_initials(models):
    text = ("Президент Татарстана Рустам Минниханов посетил Ташкент. Подписан план по реализации соглашения между "
            "правительством РТ и хокимиятом Ташкентской области. «Дорожную карту» подписали Минниханов и хоким "
            "Ташкентской области Зойир Мирзаев.")
    assert _agreement_parties(_extract(models, text)) == [{"Правительство Республики Татарстан",
                                                           "Хокимият Ташкентской области"}]


def test_a_managing_companys_director_signs_for_it_and_where_it_was_signed_is_no_subject(models):
    text = ("Соглашение было подписано на выставке «Металл-Экспо» министром промышленности Курской области Ольгой "
            "Седовой и директором управляющей компании «Курский индустриальный парк» Павлом Гусевым.")
    result = _extract(models, text)
    assert ("Павел Гусев", "директор", "Управляющая компания «Курский индустриальный парк»") in _positions(result)
    agreement = next(r for r in result["relations"] if r["type"] == "AGREEMENT")
    assert agreement["subject"] is None
    assert "Управляющая компания «Курский индустриальный парк»" in _agreement_parties(result)[0]


def test_the_organization_in_brackets_after_a_persons_name_is_their_posts(models):
    text = ("Губернатор подписал соглашение с ректорами вузов Анной Смирновой (Уральский федеральный университет) и "
            "Петром Козловым (Тюменский государственный университет). Выступил директор Иван Петров (ПАО «Камаз»).")
    positions = {(p, o) for p, _, o in _positions(_extract(models, text))}
    assert {("Анна Смирнова", "Уральский федеральный университет"),
            ("Петр Козлов", "Тюменский государственный университет"), ("Иван Петров", "Камаз")} <= positions


def test_a_short_name_in_brackets_after_a_name_is_that_organization(models):
    text = ("Соглашение подписали ОАО «КЭМЗ» и компания «Такисава Машин Тул Ко. Лтд» («Такисава»). «Такисава» "
            "передаёт ОАО «КЭМЗ» право на сборку станков.")
    assert _names(_extract(models, text), "ORG") == {"КЭМЗ", "Такисава Машин Тул Ко. Лтд"}


def test_a_text_cut_off_after_a_relative_clauses_comma_is_read(models):
    result = _extract(models, "Соглашение подписали АО «Вектор» и ООО «Луч», которое производит сталь,")
    assert _agreement_parties(result) == [{"Вектор", "Луч"}]


def test_a_name_quoted_after_its_legal_form_is_the_nominative_of_a_declined_headline(models):
    result = _extract(models, "Россия дает отобранному у владельца «Судоремзаводу» 7 млрд руб.\n\nУтверждена "
                              "дорожная карта интеграции ГУП «Судоремзавод» в ОСК. Загрузка «Судоремзавода» "
                              "будет осуществляться заказами.")
    assert "Судоремзавод" in _names(result, "ORG")
    assert not {"Судоремзаводу", "Судоремзавода"} & _names(result, "ORG")
