"""Word lists the news rules are built from: organization heads, roles, relation cues, abbreviations.

Kept as data in one place so rules stay general and a reviewer can see every word they react to.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "ORG_HEADS", "AGAINST_HEADS", "NAMED_HEADS", "JUDGEMENTS", "AMBIGUOUS_HEADS", "NON_ORGANIZATION_ADJECTIVES",
    "GENERIC_TAILS", "GENERIC_ADJECTIVES", "SUPRAREGIONAL", "GENERIC_HEADS", "ROLES", "REGION_WORDS", "COUNTRY_WORDS",
    "COUNTRY_ABBREVIATIONS", "ORGANIZATION_NAMES", "PLACE_NAMES", "PLACE_ADJECTIVE_ENDINGS", "OPENING_QUOTES",
    "CLOSING_QUOTES", "AGREEMENT_KINDS", "GENERIC_ABBREVIATIONS", "DROPPED_ADJECTIVES", "ABBREVIATED_HEADS",
    "ROLE_SEATS", "COPULAS", "SIGNING_CUES", "DEAL_CUES", "COOPERATION_CUES", "MEMBER_CUES", "GROUP_WORDS",
    "LOCATING_CUES", "ROLE_ABBREVIATIONS",
    "ABBREVIATIONS",
    "PATRONYMIC_ENDINGS", "TIME_WORDS", "RULE_LEMMAS", "Beginnings", "RULE_WORDS", "HEAD_WORDS", "FACT_CUES",
    "FRONTS", "EVENT_WORDS", "REGIONAL_BODIES", "REGION_ADJECTIVES", "MEDIA_HEADS", "MEDIA_NAMES",
    "REPORTING_WORDS", "CREDIT_WORDS", "MENU_WORDS",
]

# Lemma of a head noun → organization kind.
ORG_HEADS: dict[str, str] = {
    "министерство": "government", "правительство": "government", "администрация": "government",
    "департамент": "government", "комитет": "government", "агентство": "government",
    "мэрия": "government", "акимат": "government", "минпромторг": "government", "минэкономразвития": "government",
    "корпорация": "company", "госкорпорация": "company",
    "ассоциация": "association", "союз": "association", "палата": "association",
    "партнерство": "association", "объединение": "association",
    "фонд": "fund", "банк": "company",
    "завод": "company", "комбинат": "company", "фабрика": "company", "предприятие": "company",
    "компания": "company", "холдинг": "company", "концерн": "company", "верфь": "company",
    "кластер": "cluster", "технопарк": "technopark", "агробиотехнопарк": "technopark",
    "технополис": "technopark", "парк": "industrial_park",
    "зона": "sez", "университет": "university", "институт": "university", "академия": "university",
    "колледж": "university", "центр": "other",
    "электростанция": "company", "гидроэлектростанция": "company", "аэс": "company", "гэс": "company",
    "тэц": "company", "грэс": "company", "шахта": "company", "рудник": "company", "судоверфь": "company",
    "лаборатория": "other", "ведомство": "government",
    "парламент": "government", "посольство": "government", "полиция": "government", "прокуратура": "government",
    "суд": "government", "сенат": "government", "мид": "government", "сборная": "other",
    "партия": "association", "консорциум": "association", "комиссия": "government", "представительство": "government",
    "канцелярия": "government", "бюро": "other", "отдел": "other", "облправительство": "government",
    "минпром": "government",
}
# Words that front an organization without being one: "пресс-служба правительства области" names the
# government (the press service is no party to anything), "делегация Татарстана" the region's people.
FRONTS = {"пресс-служба", "пресс-центр", "делегация", "пресс-секретарь"}
# The region's own bodies, named without the region: "областное правительство", "правительство
# региона", "облправительство", "региональная корпорация развития" are the article's region's.
REGIONAL_BODIES = {"правительство", "администрация", "министерство", "минпром", "дума", "департамент",
                   "облправительство", "корпорация"}
REGION_ADJECTIVES = {"областной", "краевой", "республиканский", "региональный", "окружной"}
# Forums and exhibitions: events, never organizations, whatever the tagger says ("ПМЭФ-2022", "Иннопром").
EVENT_WORDS = {"форум", "выставка", "конференция", "саммит", "конгресс-холл", "ярмарка", "салон", "фестиваль",
               "чемпионат", "олимпиада", "пмэф", "вэф", "риф", "кэф", "иннопром", "технопром", "атомэкспо",
               "металл-экспо", "нефтегаз", "макс", "тнф", "аэф", "пмюф"}
# Media: the words that make a name a medium's, and the names of media that tell Russian news
# (folded: lower case, ё as е, no quotes). Media quoted as sources are not organizations of the news.
MEDIA_HEADS = {"газета", "газеты", "газете", "газету", "газетой", "телеканал", "телеканала", "телеканалу", "канал",
               "канала", "канале", "радиостанция", "радиостанции", "радио", "издание", "издания", "изданию",
               "интернет-издание", "интернет-издания", "портал", "портала", "порталу", "портале", "сайт", "сайта",
               "сайте", "журнал", "журнала", "телекомпания", "телекомпании", "трк", "гтрк", "тк", "ия", "иа",
               "информагентство", "информагентства", "медиахолдинг", "медиагруппа", "пабликах", "паблик",
               "информационное", "информационного", "информационному", "информационным", "телеграм", "telegram"}
MEDIA_NAMES = {
    "тасс", "итар-тасс", "риа новости", "риа", "интерфакс", "интерфакса", "интерфаксу", "regnum", "регнум", "ъ",
    "коммерсантъ", "коммерсант", "ведомости", "рбк", "известия", "мк", "аиф", "аргументы и факты",
    "российская газета", "рг", "прайм", "reuters", "рейтер", "рейтерс", "bloomberg", "блумберг", "afp", "ap",
    "bbc", "би-би-си", "cnn", "telegram", "телеграм", "дзен", "фан", "нтв", "первый канал", "россия 24", "вести",
    "тв центр", "lenta.ru", "газета.ru",
    "newsru.com", "знак", "ura.ru", "ура.ру", "фонтанка", "eadaily", "бизнес online", "business online",
    "реальное время", "татар-информ", "башинформ", "новости", "top.mail.ru", "яндекс.дзен",
    "sevastopolmedia", "ntv", "rt", "sputnik", "ridus", "lenta", "gazeta.ru",
}
# Words around a name that make it the teller of the news: "сообщает ТАСС", "по данным Интерфакса".
REPORTING_WORDS = {"данным", "сообщает", "сообщил", "сообщила", "сообщили", "сообщало", "сообщал", "пишет",
                   "передает", "передаёт", "передало", "передал", "цитирует", "информирует",
                   "ссылкой", "источник", "сведениям", "информации", "рассказали", "уточняет", "отмечает", "словам"}
# A line that credits its photo or source: "Фото: пресс-служба АВО", "Источник: …".
CREDIT_WORDS = {"фото", "фотография", "источник", "автор", "видео", "иллюстрация", "скриншот", "коллаж", "инфографика"}
# Rubrics and menus of news pages.
MENU_WORDS = {"новости", "все", "главное", "общество", "экономика", "политика", "происшествия", "спорт", "культура",
              "регион", "мнения", "статьи", "видео", "фото", "лента", "бизнес", "промышленность", "последние"}
# Adjectives that judge an organization, never part of its name: "влиятельного Комитета по иностранным делам".
JUDGEMENTS = {"влиятельный", "известный", "знаменитый", "скандальный", "популярный", "могущественный",
              "авторитетный", "престижный", "легендарный", "успешный", "нелегитимный", "одиозный", "пресловутый"}
# Bodies named for what they are against: "Комитет против пыток", "Движение против нелегальной иммиграции".
AGAINST_HEADS = {"комитет", "движение", "лига", "фронт", "коалиция", "союз", "ассоциация", "фонд", "центр"}
# Heads that are also the act they name ("объединение противоречий"): an organization only with a name.
AMBIGUOUS_HEADS = {"объединение", "партнерство", "союз", "партия"}  # "партия оборудования"
# Adjectives that make a head a thing, not an organization: "призовой фонд", "уставный фонд".
NON_ORGANIZATION_ADJECTIVES = {"призовой", "уставный", "уставной", "жилищный", "основной", "земельный", "лесной",
                               "водный", "фондовый", "ветхий", "аварийный"}
# Genitive tails that name no one: "администрация города", "парламент страны", "руководство компании".
GENERIC_TAILS = {"страна", "город", "регион", "район", "компания", "предприятие", "организация", "учреждение",
                 "телеканал", "ведомство", "завод", "фирма", "холдинг"}
# Heads that are names of their own: "Минпромторг" alone names the ministry.
NAMED_HEADS = {"минпромторг", "минэкономразвития"}
# Heads whose quoted name stands for the whole organization: «компания «Вектор»» is "Вектор".
GENERIC_HEADS = {"компания", "предприятие", "холдинг", "концерн", "корпорация", "группа"}
# Adjectives that do not make a head specific: "промышленный кластер" names no one.
GENERIC_ADJECTIVES = {
    "промышленный", "индустриальный", "новый", "действующий", "создаваемый", "региональный",
    "частный", "государственный", "данный", "этот", "такой", "крупный", "местный", "отечественный",
    "российский", "другой", "один", "весь", "свой", "наш", "ведущий", "крупнейший", "профильный",
    "специализированный", "современный", "первый", "второй", "третий", "собственный", "иной",
    "муниципальный", "федеральный", "общий", "будущий", "целый", "каждый", "любой", "многие",
    "несколько", "особый", "экономический", "туристический", "мой", "ваш", "их", "его", "ее", "постоянный",
}
# Adjectives dropped from the front of a name: "частный технопарк «Волга-Тех»" is "Технопарк «Волга-Тех»".
DROPPED_ADJECTIVES = {"сам", "самый", "частный", "новый", "действующий", "создаваемый", "данный", "этот", "такой",
                      "крупный", "местный", "будущий", "крупнейший", "ведущий", "современный", "собственный", "наш",
                      "весь"}
# Abbreviated kinds that take a quoted name: "ОЭЗ «Приокская»" is "Особая экономическая зона «Приокская»".
ABBREVIATED_HEADS = {"ОЭЗ": ("Особая экономическая зона", "sez"), "ОЭЗ ППТ": ("Особая экономическая зона", "sez"),
                     "ТОР": ("Территория опережающего развития", "sez"), "ТОСЭР": ("Территория опережающего "
                     "социально-экономического развития", "sez"),
                     "НИИ": ("Научно-исследовательский институт", "university")}
# Adjectives that say a cluster or park is not bound to the article's region.
SUPRAREGIONAL = {"межрегиональный", "российский", "федеральный", "международный", "национальный",
                 "всероссийский", "евразийский", "межотраслевой"}
# A role word followed by one of these refers to the article's region or to the country.
REGION_WORDS = {"регион", "республика", "область", "край", "округ", "субъект"}
COUNTRY_WORDS = {"страна", "россия", "рф", "государство"}
# Country abbreviations: indeclinable, they end names ("Конгресс США", "Минсельхоз РФ").
COUNTRY_ABBREVIATIONS = {"США", "РФ", "КНР", "ФРГ", "ОАЭ", "КНДР", "ЮАР", "ЕС", "СНГ", "ДНР", "ЛНР"}
# Names NER often types as places that are organizations, and the reverse (as lemmas).
ORGANIZATION_NAMES = {
    "ес", "евросоюз", "еврокомиссия", "европейский союз", "европейский комиссия", "кремль", "белый дом",
    "оон", "нато", "опек", "мвф", "вто", "юнеско", "воз", "фифа", "уефа", "мок", "обсе", "магатэ", "интерпол",
    "госдеп", "госдепартамент", "пентагон", "еаэс", "одкб", "шос", "брикс", "ран", "мвд", "мчс", "фсб", "фас",
}
PLACE_NAMES = {"снг", "ссср", "советский союз", "мкс"}
# Quotation marks around a name, opening and closing ('"' both): «…», "…", „…“, “…”.
OPENING_QUOTES = frozenset({"«", '"', "„", "“"})
CLOSING_QUOTES = frozenset({"»", '"', "“", "”"})
# Endings of adjectives made from place names (японского, тульской, донецкому), not of judgements
# ("нелегитимной", "влиятельного").
PLACE_ADJECTIVE_ENDINGS = tuple(a + e for a in ("ск", "цк") for e in ("ий", "ого", "ому", "им", "ом", "ая", "ой", "ую",
                                                                    "ое", "ие", "их", "ими"))

# Roles, as lemma sequences; longer ones are tried first.
ROLES: tuple[tuple[str, ...], ...] = tuple(sorted((
    ("генеральный", "директор"), ("исполнительный", "директор"), ("управляющий", "директор"),
    ("технический", "директор"), ("коммерческий", "директор"), ("финансовый", "директор"),
    ("директор",), ("глава",), ("губернатор",), ("министр",),
    ("заместитель", "министр"), ("замминистр",), ("первый", "заместитель"), ("заместитель",),
    ("председатель", "правительство"), ("председатель", "совет", "директор"), ("председатель",),
    ("вице-премьер",), ("президент",), ("вице-президент",), ("руководитель",), ("мэр",),
    ("начальник",), ("ректор",), ("основатель",), ("сооснователь",), ("владелец",),
    ("совладелец",), ("гендиректор",), ("управляющий",), ("полпред",), ("председатель", "комитет"),
    # roles of general news: politics, diplomacy, media, sport, science
    ("премьер-министр",), ("премьер",), ("посол",), ("чрезвычайный", "и", "полномочный", "посол"), ("спикер",),
    ("лидер",), ("советник",), ("помощник",), ("пресс-секретарь",), ("представитель",),
    ("официальный", "представитель"), ("координатор",), ("сопредседатель",), ("секретарь",),
    ("генеральный", "секретарь"), ("генсек",), ("госсекретарь",), ("государственный", "секретарь"),
    ("депутат",), ("сенатор",), ("член",), ("глава", "администрация"), ("командир",), ("командующий",),
    ("главнокомандующий",), ("прокурор",), ("генпрокурор",), ("главный", "редактор"), ("редактор",),
    ("корреспондент",), ("обозреватель",), ("фотограф",), ("оператор",), ("аналитик",), ("эксперт",),
    ("профессор",), ("академик",), ("сотрудник",), ("капитан",), ("тренер",), ("главный", "тренер"),
    ("полузащитник",), ("нападающий",), ("вратарь",), ("солист",), ("вокалист",), ("астронавт",),
    ("космонавт",), ("президент", "компания"), ("вице-спикер",), ("министр", "иностранный", "дело"),
    ("губернатор",), ("мэр",), ("атташе",), ("консул",), ("генконсул",),
    ("замминистра",), ("вице-губернатор",), ("вице-мэр",), ("замглавы",), ("шеф",), ("докладчик",),
    ("замгендиректор",), ("замгубернатор",), ("замдиректор",), ("замдиректора",), ("замначальника",), ("зампред",),
    ("зампредседателя",), ("главред",),
    ("защитник",), ("экономист",), ("генерал",), ("полковник",), ("архиепископ",), ("митрополит",),
    ("патриарх",), ("епископ",), ("омбудсмен",), ("уполномоченный",),
), key=len, reverse=True))

# Short titles written out, as posts are recorded (`../shared/eval/README.md`): the nominative, and the
# genitive that follows "исполняющий обязанности".
ROLE_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "гендиректор": ("генеральный директор", "генерального директора"),
    "замгендиректор": ("заместитель генерального директора", "заместителя генерального директора"),
    "замминистра": ("заместитель министра", "заместителя министра"),
    "замглавы": ("заместитель главы", "заместителя главы"),
    "замгубернатор": ("заместитель губернатора", "заместителя губернатора"),
    "замдиректор": ("заместитель директора", "заместителя директора"),
    "замдиректора": ("заместитель директора", "заместителя директора"),
    "замначальника": ("заместитель начальника", "заместителя начальника"),
    "зампред": ("заместитель председателя", "заместителя председателя"),
    "зампредседателя": ("заместитель председателя", "заместителя председателя"),
    "главред": ("главный редактор", "главного редактора"),
    "генпрокурор": ("генеральный прокурор", "генерального прокурора"),
    "генсек": ("генеральный секретарь", "генерального секретаря"),
    "генконсул": ("генеральный консул", "генерального консула"),
    "полпред": ("полномочный представитель", "полномочного представителя"),
}
# Verbs that join a person and a role in the instrumental: "Иван Петров стал директором", "капитаном
# назначен Михаэль Баллак".
COPULAS = {"стать", "становиться", "являться", "назначить", "назначать", "избрать", "избирать", "остаться",
           "оставаться", "работать", "утвердить", "служить"}
# Roles that, said with no complement, are posts of the country or of the region the article is about
# ("Премьер-министр Михаил Фрадков", "губернатор Олег Николаев").
ROLE_SEATS = {"президент": "country", "премьер-министр": "country", "премьер": "country", "канцлер": "country",
              "вице-президент": "country", "вице-премьер": "country", "губернатор": "region",
              "вице-губернатор": "region"}

AGREEMENT_KINDS: dict[str, str] = {
    "соглашение": "соглашение", "меморандум": "меморандум", "договор": "договор",
    "контракт": "контракт", "специнвестконтракт": "специнвестконтракт", "спик": "специнвестконтракт",
    "госконтракт": "контракт", "договоренность": "соглашение",
}
# A deal between two organizations (a purchase, a merger, a loan, a grant) is an agreement of kind «сделка».
DEAL_CUES = {"сделка", "покупка", "купить", "покупать", "приобрести", "приобретение", "продать", "продажа",
             "слияние", "поглощение", "выкупить", "выкуп", "кредит", "грант", "заем", "займ", "вложить",
             "вкладывать"}
SIGNING_CUES = {"подписать", "подписание", "подписывать", "заключить", "заключение", "заключать",
                "подписанный", "заключенный", "подписываться"}
COOPERATION_CUES = {
    "сотрудничество", "сотрудничать", "поставка", "поставлять", "поставить", "поставщик", "партнер",
    "партнерство", "совместный", "совместно", "кооперация", "кооперационный", "заказ", "заказчик",
    "подрядчик", "субподрядчик", "участвовать", "взаимодействие", "разработать", "изготовить",
    "модернизация", "закупать", "закупка", "инвестировать", "софинансировать", "реализовать",
}
MEMBER_CUES = {"резидент", "участник", "член", "войти", "вступить", "присоединиться", "включить",
               "объединять", "объединить", "входить", "получить", "состав", "разместиться", "размещаться"}
# Verbs that place an organization where the sentence says: "В Башкортостане создан кластер",
# "завод расположен в Чебоксарах".
LOCATING_CUES = {"создать", "создавать", "открыть", "открываться", "расположить", "располагаться", "находиться",
                 "работать", "действовать", "функционировать", "зарегистрировать", "построить", "строить",
                 "разместиться", "размещаться", "запустить", "появиться", "базироваться", "возвести"}
# Words that stand for a group named earlier: "участники кластера", "резидентами парка", "в него вошли".
GROUP_WORDS: dict[str, frozenset[str]] = {
    "кластер": frozenset({"cluster"}), "автокластер": frozenset({"cluster"}),
    "парк": frozenset({"industrial_park", "technopark"}), "промпарк": frozenset({"industrial_park"}),
    "технопарк": frozenset({"technopark"}), "технополис": frozenset({"technopark"}),
    "зона": frozenset({"sez"}), "оэз": frozenset({"sez"}), "тор": frozenset({"sez"}), "тосэр": frozenset({"sez"}),
    "консорциум": frozenset({"association"}), "ассоциация": frozenset({"association"}),
    "объединение": frozenset({"association", "cluster"}),
}
# Genitive nouns that date a phrase, never name an organization: "… прошлого года".
TIME_WORDS = {"год", "месяц", "неделя", "век", "день", "квартал", "время", "период", "срок"}
# Every lemma a rule compares with. Lemmatizing a word costs more than tagging it, so only words
# that begin like one of these are lemmatized (the rest keep their lower-case form).
RULE_LEMMAS = frozenset(
    {w for words in (ORG_HEADS, GENERIC_HEADS, GENERIC_ADJECTIVES, DROPPED_ADJECTIVES, SUPRAREGIONAL, REGION_WORDS,
                     COUNTRY_WORDS, AGREEMENT_KINDS, DEAL_CUES, SIGNING_CUES, COOPERATION_CUES, MEMBER_CUES,
                     TIME_WORDS, COPULAS, GROUP_WORDS, LOCATING_CUES, GENERIC_TAILS, NON_ORGANIZATION_ADJECTIVES,
                     JUDGEMENTS, AGAINST_HEADS, FRONTS, EVENT_WORDS, REGIONAL_BODIES, REGION_ADJECTIVES)
     for w in words}
    | {w for name in ORGANIZATION_NAMES | PLACE_NAMES for w in name.split()}
    | {w for role in ROLES for w in role}
    | {"документ", "сфера", "развитие", "экономический", "индустриальный", "промышленный", "экопромышленный"}
)


class Beginnings:
    """How the forms of some lemmas begin: a cheap test of whether a word may be one of them.

    Four letters of a long lemma, three of a short one, which may change its fourth letter
    ("зона" → "зоны"), at most the stem of a verb ("стать" → "стал"). The test lemmatizes nothing:

    >>> words = Beginnings(["зона", "сеть", "стать"])
    >>> "зоны" in words, "сети" in words, "стал" in words, "завод" in words
    (True, True, True, False)
    """

    def __init__(self, lemmas: Iterable[str]):
        self._prefixes = frozenset(map(_beginning, lemmas))

    def __contains__(self, word: str) -> bool:
        low = word.lower()
        return low[:4] in self._prefixes or low[:3] in self._prefixes


def _beginning(lemma: str) -> str:
    prefix = lemma[:4] if len(lemma) > 4 else lemma[:3]
    return prefix[:len(lemma) - 2] if len(lemma) > 4 and lemma.endswith("ть") else prefix


RULE_WORDS = Beginnings(RULE_LEMMAS)
HEAD_WORDS = Beginnings(ORG_HEADS)  # words that may be the head noun of an organization's name
# Words that may cue an agreement, deal, cooperation or membership, whose parties may all be places.
FACT_CUES = Beginnings([*AGREEMENT_KINDS, *DEAL_CUES, *SIGNING_CUES, *COOPERATION_CUES, *MEMBER_CUES])
PATRONYMIC_ENDINGS = ("вич", "вна", "чна", "ична", "инична", "оглы", "кызы")

# Abbreviations that name a kind of thing, not one organization: "ОЭЗ" alone is no entity.
GENERIC_ABBREVIATIONS = {"ОЭЗ", "ТОР", "ТОСЭР", "СПИК", "МСП", "ИП", "НИОКР", "ESG", "ЖКХ", "ВПК", "ОПК", "ИТ", "СМИ",
                         "IT", "ГЧП", "МЧП", "НДС", "ВВП", "ПП", "ФЗ", "СЭЗ"}
# Abbreviations common in industrial news → (full name, kind).
ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "Минпромторг": ("Министерство промышленности и торговли Российской Федерации", "government"),
    "Минпромторг России": ("Министерство промышленности и торговли Российской Федерации", "government"),
    "Минэкономразвития": ("Министерство экономического развития Российской Федерации", "government"),
    "Минэкономразвития России": ("Министерство экономического развития Российской Федерации", "government"),
    "Минфин": ("Министерство финансов Российской Федерации", "government"),
    "Минэнерго": ("Министерство энергетики Российской Федерации", "government"),
    "Минобрнауки": ("Министерство науки и высшего образования Российской Федерации", "government"),
    "ФРП": ("Фонд развития промышленности", "fund"),
    "РЭЦ": ("Российский экспортный центр", "other"),
    "ВЭБ.РФ": ("ВЭБ.РФ", "development_corporation"),
    "Ростех": ("Государственная корпорация «Ростех»", "company"),
    "ГК «Ростех»": ("Государственная корпорация «Ростех»", "company"),
    "Росатом": ("Государственная корпорация «Росатом»", "company"),
    "ГК «Росатом»": ("Государственная корпорация «Росатом»", "company"),
    "АКИТ": ("Ассоциация кластеров, технопарков и ОЭЗ России", "association"),
    "АКИТ РФ": ("Ассоциация кластеров, технопарков и ОЭЗ России", "association"),
    "АИП": ("Ассоциация индустриальных парков России", "association"),
    "РСПП": ("Российский союз промышленников и предпринимателей", "association"),
    "ТПП": ("Торгово-промышленная палата Российской Федерации", "association"),
    "ТПП РФ": ("Торгово-промышленная палата Российской Федерации", "association"),
    "Корпорация МСП": ("Федеральная корпорация по развитию малого и среднего предпринимательства", "fund"),
    "АСИ": ("Агентство стратегических инициатив", "other"),
}
