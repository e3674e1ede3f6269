"""Word lists the news rules are built from: organization heads, roles, relation cues, abbreviations.

Kept as data in one place so rules stay general and a reviewer can see every word they react to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "ORG_HEADS", "AGAINST_HEADS", "NAMED_HEADS", "JUDGEMENTS", "AMBIGUOUS_HEADS", "NON_ORGANIZATION_ADJECTIVES",
    "GENERIC_TAILS", "GENERIC_ADJECTIVES", "SUPRAREGIONAL", "GENERIC_HEADS", "ROLES", "REGION_WORDS", "COUNTRY_WORDS",
    "COUNTRY_ABBREVIATIONS", "ORGANIZATION_NAMES", "BUILDINGS", "PLACE_NAMES", "PLACE_ADJECTIVE_ENDINGS",
    "OPENING_QUOTES", "CLOSING_QUOTES", "DASHES", "AGREEMENT_KINDS", "GENERIC_ABBREVIATIONS", "DROPPED_ADJECTIVES",
    "ABBREVIATED_HEADS", "SPELLED_HEADS", "ROLE_SEATS", "COPULAS", "POST_FORMS", "TAKING_POSTS", "SIGNING_CUES",
    "DEAL_CUES", "COOPERATION_CUES",
    "MEMBER_CUES", "GROUP_WORDS", "COMPOUND_GROUP", "LOCATING_CUES", "APPOSITION_HEADS", "ROLE_ABBREVIATIONS",
    "OCCUPATIONS", "EXECUTIVE_ROLES", "GOVERNMENT_ROLES", "REFERRING_HEADS", "COMPANY_REFERENCES",
    "UNIVERSITY_REFERENCES", "BODY_REFERENCES", "EXECUTIVE_COMMITTEES", "ABBREVIATIONS", "PATRONYMIC",
    "TIME_WORDS", "RULE_LEMMAS", "Beginnings", "RULE_WORDS", "HEAD_WORDS", "FACT_CUES", "FRONTS", "FRONT_PHRASES",
    "EVENT_WORDS", "EVENT_STEMS", "TITLE_WORDS", "PLANT_HEADS", "REGIONAL_BODIES", "REGION_ADJECTIVES", "VENUES",
    "KIND_ABBREVIATIONS", "MEDIA_HEADS", "MEDIA_NAMES", "REPORTING_WORDS", "SAID_WORDS", "CREDIT_WORDS", "MENU_WORDS",
    "WEEKDAYS", "member_compound"
]

# Lemma of a head noun → organization kind.
ORG_HEADS: dict[str, str] = {
    "министерство": "government", "правительство": "government", "администрация": "government",
    "департамент": "government", "комитет": "government", "агентство": "government",
    "мэрия": "government", "акимат": "government", "хокимият": "government", "облисполком": "government",
    "минпромторг": "government", "минэкономразвития": "government",
    "корпорация": "company", "госкорпорация": "company",
    "ассоциация": "association", "союз": "association", "палата": "association",
    "партнерство": "association", "объединение": "association",
    "фонд": "fund", "банк": "company",
    "завод": "company", "комбинат": "company", "фабрика": "company", "предприятие": "company",
    "компания": "company", "фирма": "company", "холдинг": "company", "концерн": "company", "верфь": "company",
    "кластер": "cluster", "технопарк": "technopark", "агробиотехнопарк": "technopark",
    "технополис": "technopark", "парк": "industrial_park", "промпарк": "industrial_park",
    "зона": "sez", "территория": "sez", "университет": "university", "госуниверситет": "university",
    "вуз": "university", "институт": "university", "академия": "university",
    "колледж": "university", "техникум": "university", "политехникум": "university", "центр": "other",
    "электростанция": "company", "гидроэлектростанция": "company", "аэс": "company", "гэс": "company",
    "тэц": "company", "грэс": "company", "шахта": "company", "рудник": "company", "судоверфь": "company",
    "лаборатория": "other", "ведомство": "government",
    "парламент": "government", "посольство": "government", "полиция": "government", "прокуратура": "government",
    "суд": "government", "сенат": "government", "мид": "government", "сборная": "other",
    "партия": "association", "консорциум": "association", "комиссия": "government", "представительство": "government",
    "канцелярия": "government", "бюро": "other", "отдел": "other", "облправительство": "government",
    "обладминистрация": "government",
    "минпром": "government", "кабинет": "government",  # "Кабинет Министров Чувашской Республики"
}
# Words that front an organization without being one: "пресс-служба правительства области" names the
# government (the press service is no party to anything), "делегация Татарстана" the region's people.
FRONTS = {"пресс-служба", "пресс-центр", "делегация", "пресс-секретарь", "набсовет", "ядро",  # "Ядром кластера «…»"
          "правление", "бюро", "комиссия",  # "Бюро Союза машиностроителей России", "комиссия Корпорации …"
          "резидент", "участник"}  # "Резиденты ТОР в Мурманской области": who are in it, not itself
# Two-word fronts: "совет директоров ЕвроХима" is the board, a part of the company named after it, as are
# "экспертный совет Фонда развития промышленности" and "стратегический комитет кластера «…»". Alone they
# name no one ("председатель Совета директоров S7 Group").
FRONT_PHRASES = {("совет", "директоров"), ("наблюдательный", "совет"), ("экспертный", "совет"),
                 ("стратегический", "комитет")}
# The region's own bodies, named without the region: "областное правительство", "правительство
# региона", "облправительство", "региональная корпорация развития", "краевой фонд развития
# промышленности", "Академия наук республики", "комитет по инвестициям области" are the article's region's.
REGIONAL_BODIES = {"правительство", "администрация", "министерство", "минпром", "минпромторг", "дума", "департамент",
                   "кабинет", "облправительство", "обладминистрация", "корпорация", "фонд", "кластер",
                   "комитет", "агентство", "академия", "палата"}
# A region's body in one word, and its name's own words: "облправительство" is the Правительство of the region.
REGION_COMPOUNDS = {"облправительство": "Правительство", "обладминистрация": "Администрация"}
REGION_ADJECTIVES = {"областной", "краевой", "республиканский", "региональный", "окружной"}
# What a quoted title before it names, never an organization: "программы «Производительность труда»",
# "под брендами «Святой источник», «Эдельвейс»".
TITLE_WORDS = {"программа", "подпрограмма", "нацпроект", "конкурс", "премия", "номинация", "акция", "рубрика", "бренд"}
# Forums and exhibitions: events, never organizations, whatever the tagger says ("ПМЭФ-2022", "Иннопром").
EVENT_WORDS = {"форум", "выставка", "конференция", "саммит", "конгресс-холл", "ярмарка", "салон", "фестиваль",
               "чемпионат", "олимпиада", "пмэф", "вэф", "риф", "кэф", "иннопром", "технопром", "атомэкспо",
               "металл-экспо", "нефтегаз", "макс", "тнф", "аэф", "пмюф", "завтрак", "сессия"}
# Stems of the nouns an event's quoted name follows: "на выставке-форуме «Россия»", "конгрессе «…»".
EVENT_STEMS = ("форум", "выставк", "конференци", "саммит", "ярмарк", "фестивал", "конгресс", "салон")
# Media: the words that make a name a medium's, and the names of media that tell Russian news
# (folded: lower case, ё as е, no quotes). Media quoted as sources are not organizations of the news.
MEDIA_HEADS = {"газета", "газеты", "газете", "газету", "газетой", "телеканал", "телеканала", "телеканалу", "канал",
               "канала", "канале", "радиостанция", "радиостанции", "радио", "издание", "издания", "изданию",
               "интернет-издание", "интернет-издания", "портал", "портала", "порталу", "портале", "сайт", "сайта",
               "сайте", "журнал", "журнала", "телекомпания", "телекомпании", "трк", "гтрк", "тк", "ия", "иа", "ниа",
               "тиа", "информагентство", "информагентства", "медиахолдинг", "медиагруппа", "пабликах", "паблик",
               "информационное", "информационного", "информационному", "информационным", "телеграм", "telegram",
               "новостей", "си"}  # "Служба новостей радио …", "Агентство новостей «Доступ»", "СИ" (сетевое издание)
MEDIA_NAMES = {
    "тасс", "итар-тасс", "риа новости", "риа", "интерфакс", "интерфакса", "интерфаксу", "regnum", "регнум", "ъ",
    "коммерсантъ", "коммерсант", "коммерсанта", "коммерсанту", "ведомости", "ведомостей", "ведомостям", "рбк",
    "известия", "известий", "известиям", "мк", "аиф", "аргументы и факты",
    "российская газета", "рг", "прайм", "reuters", "рейтер", "рейтерс", "bloomberg", "блумберг", "afp", "ap",
    "bbc", "би-би-си", "cnn", "telegram", "телеграм", "дзен", "фан", "нтв", "первый канал", "россия 24", "вести",
    "тв центр", "lenta.ru", "газета.ru",
    "newsru.com", "знак", "ura.ru", "ура.ру", "фонтанка", "eadaily", "бизнес online", "business online",
    "реальное время", "татар-информ", "башинформ", "новости", "top.mail.ru", "яндекс.дзен", "яндекс.новости",
    "sevastopolmedia", "ntv", "rt", "sputnik", "ridus", "lenta", "gazeta.ru", "федералпресс", "отр",
    "яндекс метрика", "яндекс.метрика", "liveinternet",  # a page's counters
    "казинформ", "белта", "кабар", "уза", "азертадж", "синьхуа", "xinhua", "россии 24",  # CIS and Chinese agencies
    "иф", "риамо",  # Interfax in a dateline ("Ростехнологии - ИФ"), the Moscow region's agency
}
# Social networks: companies in business news, sources where a post is quoted from them ("в соцсети Instagram",
# "в своем канале в МАХ", written in Cyrillic).
SOCIAL_NETWORKS = {"instagram", "инстаграм", "facebook", "фейсбук", "вконтакте", "vk", "youtube", "ютуб", "twitter",
                   "твиттер", "одноклассники", "одноклассниках", "rutube", "tiktok", "whatsapp", "max", "мах", "вк",
                   "telegram", "телеграм", "телеграме", "дзен", "дзене"}
POSTED_IN = {"в", "во", "на", "соцсети", "соцсетях", "сети", "своем", "своём", "своей", "странице", "страничке",
             "аккаунте", "микроблоге", "канале", "мессенджере"}
# The ends of the sites' domains news name ("baltinfo.ru", "ВЭБ.РФ"), each where its tokenizer splits it at dots.
TOP_DOMAINS = frozenset({"ru", "рф", "su", "by", "kz", "uz", "eu", "com", "org", "net", "info"})
# Last words of media names: "Брянск Today", "Тульская служба новостей", "Бизнес Online".
MEDIA_TAILS = {"today", "news", "новостей", "online", "онлайн", "life", "media", "медиа", "info", "инфо",
               "телевидение", "телевидения", "тв"}
# Words around a name that make it the teller of the news: "сообщает ТАСС", "по данным Интерфакса".
REPORTING_WORDS = {"данным", "сообщает", "сообщил", "сообщила", "сообщили", "сообщало", "сообщал", "пишет",
                   "передает", "передаёт", "передало", "передал", "цитирует", "информирует",
                   "ссылкой", "источник", "сведениям", "информации", "рассказали", "уточняет", "отмечает", "словам",
                   "сообщению"}  # "По сообщению РЖД, соглашение подписано"
# What tells the speaker after a quote: "…, — отметил Никита Чаплин".
SAID_WORDS = REPORTING_WORDS | {"сказал", "сказала", "заявил", "заявила", "отметил", "отметила", "подчеркнул",
                                "подчеркнула", "добавил", "добавила", "пояснил", "пояснила"}
# A line that credits its photo or source: "Фото: пресс-служба АВО", "Источник: …".
CREDIT_WORDS = {"фото", "фотография", "источник", "автор", "видео", "иллюстрация", "скриншот", "коллаж", "инфографика",
                "теги", "тэги", "метки"}  # and a page's tags: "Теги: технопарк, Промышленные объекты"
# Rubrics and menus of news pages.
MENU_WORDS = {"новости", "все", "главное", "общество", "экономика", "политика", "происшествия", "спорт", "культура",
              "регион", "мнения", "статьи", "видео", "фото", "лента", "бизнес", "промышленность", "последние",
              "комментарии", "комментарий", "комментариев", "реклама", "загрузка", "архив", "материалы",
              "материалов"}  # a page's furniture
WEEKDAYS = {"пн", "вт", "ср", "чт", "пт", "сб", "вс"}  # a page's calendar row: "ПН ВТ СР ЧТ ПТ СБ ВС"
# Adjectives that judge an organization, never part of its name: "влиятельного Комитета по иностранным делам".
JUDGEMENTS = {"влиятельный", "известный", "знаменитый", "скандальный", "популярный", "могущественный",
              "авторитетный", "престижный", "легендарный", "успешный", "нелегитимный", "одиозный", "пресловутый"}
# Bodies named for what they are against: "Комитет против пыток", "Движение против нелегальной иммиграции".
AGAINST_HEADS = {"комитет", "движение", "лига", "фронт", "коалиция", "союз", "ассоциация", "фонд", "центр"}
# Heads that are also the act they name ("объединение противоречий"): an organization only with a name.
AMBIGUOUS_HEADS = {"объединение", "партнерство", "союз", "партия"}  # "партия оборудования"
# Adjectives that make a head a thing or a count, not an organization: "призовой фонд", "уставный фонд",
# "стратегическое партнерство", "целый кластер стройматериалов" (how many plants there are).
NON_ORGANIZATION_ADJECTIVES = {"призовой", "уставный", "уставной", "жилищный", "основной", "земельный", "лесной",
                               "водный", "фондовый", "ветхий", "аварийный", "стратегический", "целый"}
# Genitive tails that name no one: "администрация города", "парламент страны", "руководство компании".
GENERIC_TAILS = {"страна", "город", "регион", "район", "компания", "предприятие", "организация", "учреждение",
                 "телеканал", "ведомство", "завод", "фирма", "холдинг", "вуз"}
# Heads that are names of their own: "Минпромторг" alone names the ministry.
NAMED_HEADS = {"минпромторг", "минэкономразвития"}
# Heads whose quoted name stands for the whole organization: «компания «Вектор»» is "Вектор".
GENERIC_HEADS = {"компания", "фирма", "предприятие", "холдинг", "концерн", "корпорация", "группа", "госкорпорация"}
# Heads whose quoted name alone is the plant's name when nothing else is said of it: "завод «Ижсталь»" is
# "Ижсталь", but "Прибалтийский судостроительный завод «Янтарь»" keeps its words.
PLANT_HEADS = {"завод", "фабрика", "комбинат", "верфь", "судоверфь"}
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
                      "весь", "федеральный", "всероссийский", "первый", "единственный", "уникальный"}
# Abbreviated kinds that take a quoted name: "ОЭЗ «Приокская»" is "Особая экономическая зона «Приокская»".
ABBREVIATED_HEADS = {"ОЭЗ": ("Особая экономическая зона", "sez"), "ОЭЗ ППТ": ("Особая экономическая зона", "sez"),
                     "ПОЭЗ": ("Портовая особая экономическая зона", "sez"),
                     "ТОР": ("Территория опережающего развития", "sez"), "ТОСЭР": ("Территория опережающего "
                     "социально-экономического развития", "sez"),
                     "НИИ": ("Научно-исследовательский институт", "university"),
                     "НПО": ("Научно-производственное объединение", "company"),
                     "НПП": ("Научно-производственное предприятие", "company"),
                     "ОКБ": ("Опытно-конструкторское бюро", "company"), "ЦКБ": ("Центральное конструкторское бюро",
                     "company"), "СКБ": ("Специальное конструкторское бюро", "company"),
                     "УК": ("Управляющая компания", "company"),
                     # a consortium of universities, institutes and plants, whose members it names
                     "НОЦ": ("Научно-образовательный центр", "association")}
# Of those, the kinds an official name writes out: "Особая экономическая зона «Липецк»", but "НПО «Сплав»",
# "ЦКБ «Коралл»", as the abbreviation is written into the company's own name.
SPELLED_HEADS = {"ОЭЗ", "ОЭЗ ППТ", "ПОЭЗ", "ТОР", "ТОСЭР", "УК"}
# Adjectives that say a cluster or park is not bound to the article's region.
SUPRAREGIONAL = {"межрегиональный", "российский", "федеральный", "международный", "национальный",
                 "всероссийский", "евразийский", "межотраслевой"}
# Foreign companies' legal forms, which end their names: "Co., Ltd.", "Inc.", "GmbH".
FOREIGN_FORMS = {"co", "ltd", "llc", "inc", "limited", "corp", "gmbh", "ag", "plc", "jsc", "llp", "bv", "spa", "as",
                 "asa", "ab", "oy", "oyj", "nv", "srl", "sarl", "sas", "pte", "pty"}
# "р-н", the district's word cut short, in any case of the singular ("в Уфимском р-не", "глава Уфимского р-на"):
# natasha's normal form keeps it as written.
DISTRICT_CUT_SHORT = re.compile(r"(?<![\w-])р-(?:н|на|ну|не|ном)(?![\w-])")
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
# Buildings things happen in, never organizations: "во Дворце металлургов", "строительство Дворца культуры",
# "в Губернаторском зале".
VENUES = {"дворец", "зал"}
# Governments named by their building, which is a place where the text says something happens in it:
# "Белый дом заявил", but "встреча в Белом доме" (the seats as written after "в").
BUILDINGS = {"белом доме", "смольном", "кремле"}
# Quotation marks around a name, opening and closing ('"' both): «…», "…", „…“, “…”.
OPENING_QUOTES = frozenset({"«", '"', "„", "“"})
CLOSING_QUOTES = frozenset({"»", '"', "“", "”"})
# Dashes as the tokenizer gives them: a hyphen, an en dash, an em dash.
DASHES = frozenset({"-", "–", "—"})
# Endings of adjectives made from place names (японского, тульской, донецкому), not of judgements
# ("нелегитимной", "влиятельного").
PLACE_ADJECTIVE_ENDINGS = tuple(a + e for a in ("ск", "цк") for e in ("ий", "ого", "ому", "им", "ом", "ая", "ой", "ую",
                                                                    "ое", "ие", "их", "ими"))

# Occupations: a person's work is their post ("журналист", "певица Бейонсе").
OCCUPATIONS: tuple[str, ...] = (
    # music, stage, screen, letters, art, media
    "музыкант", "певец", "певица", "исполнитель", "исполнительница", "композитор", "дирижер", "пианист",
    "пианистка", "скрипач", "скрипачка", "виолончелист", "гитарист", "барабанщик", "рэпер", "диджей",
    "солистка", "артист", "артистка", "актер", "актриса", "режиссер", "кинорежиссер", "сценарист", "рокер",
    "фронтмен", "диктор", "ведущий", "ведущая", "модель", "фотомодель", "топ-модель", "кинокритик", "живописец",
    "продюсер", "кинематографист", "танцор", "танцовщица", "балерина", "хореограф", "художник",
    "художница", "скульптор", "архитектор", "дизайнер", "писатель", "писательница", "поэт", "поэтесса",
    "драматург", "литературовед", "искусствовед", "критик", "журналист", "журналистка", "телеведущий",
    "телеведущая", "радиоведущий", "блогер", "видеоблогер", "публицист", "колумнист", "комик", "маэстро",
    # sport
    "спортсмен", "спортсменка", "футболист", "футболистка", "хоккеист", "теннисист", "теннисистка",
    "боксер", "борец", "шахматист", "шахматистка", "гимнаст", "гимнастка", "фигурист", "фигуристка",
    "биатлонист", "биатлонистка", "лыжник", "лыжница", "пловец", "пловчиха", "легкоатлет", "легкоатлетка",
    "гонщик", "велогонщик", "баскетболист", "волейболист", "арбитр", "судья", "форвард", "голкипер",
    "наставник", "игрок", "бомбардир", "хавбек", "гандболист", "гандболистка", "бегун", "бегунья", "боец",
    # science, teaching, medicine
    "ученый", "исследователь", "физик", "химик", "биолог", "математик", "историк", "социолог", "политолог",
    "философ", "лингвист", "языковед", "археолог", "астроном", "инженер", "конструктор", "изобретатель",
    "программист", "преподаватель", "учитель", "педагог", "доцент", "доктор", "проректор", "декан",
    "врач", "хирург", "нейрохирург", "вирусолог", "эпидемиолог", "психолог", "биограф",
    # law and public life
    "юрист", "адвокат", "нотариус", "следователь", "правозащитник", "политик", "дипломат", "чиновник",
    "парламентарий", "госсоветник", "активист", "активистка", "общественник", "конгрессмен", "конгрессвумен",
    "канцлер", "префект", "градоначальник", "постпред", "шериф", "вождь", "хакер", "шпион", "олигарх", "магнат",
    "медиамагнат",
    # crowns and faiths
    "король", "королева", "принц", "принцесса", "кронпринц", "император", "императрица", "князь",
    "княгиня", "эрцгерцог", "герцог", "герцогиня", "султан", "эмир", "монарх", "кардинал", "священник",
    "протоиерей", "настоятель", "игумен", "муфтий", "имам", "раввин", "пастор", "понтифик", "иерарх",
    # arms and service
    "подполковник", "майор", "лейтенант", "сержант", "адмирал", "маршал", "генерал-майор",
    "генерал-лейтенант", "генерал-полковник", "офицер", "военнослужащий", "пограничник", "полицейский",
    "летчик", "пилот", "моряк", "матрос", "солдат", "главком", "милиционер", "летчик-космонавт",
    # business and trades
    "предприниматель", "бизнесмен", "миллиардер", "менеджер", "топ-менеджер", "медиаменеджер", "банкир",
    "инвестор", "акционер", "учредитель", "соучредитель", "бухгалтер", "консультант", "технолог",
    "механизатор", "тракторист", "водитель", "машинист", "шахтер", "металлург", "сварщик", "фермер",
    "агроном", "волонтер", "токарь",
)

# Roles, as lemma sequences; longer ones are tried first.
ROLES: tuple[tuple[str, ...], ...] = tuple(sorted((
    ("генеральный", "директор"), ("исполнительный", "директор"), ("управляющий", "директор"),
    ("технический", "директор"), ("коммерческий", "директор"), ("финансовый", "директор"),
    ("директор",), ("глава",), ("губернатор",), ("министр",), ("раис",),  # the head of Tatarstan since 2023
    ("аким",), ("хоким",),  # the heads of Kazakh and Uzbek regions and cities
    ("заместитель", "министр"), ("замминистр",), ("первый", "заместитель"), ("заместитель",),
    ("заместитель", "губернатор"), ("первый", "заместитель", "губернатор"),
    ("председатель", "правительство"), ("председатель", "совет", "директор"), ("председатель",),
    ("председатель", "правление"), ("заместитель", "председатель", "правление"), ("член", "правление"),
    ("вице-премьер",), ("президент",), ("вице-президент",), ("руководитель",), ("мэр",),
    ("начальник",), ("ректор",), ("основатель",), ("сооснователь",), ("владелец",),
    ("совладелец",), ("гендиректор",), ("управляющий",), ("полпред",), ("председатель", "комитет"),
    ("управляющий", "партнер"), ("управляющий", "партнёр"),  # of a fund or a holding: not a partner company
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
    *((w,) for w in OCCUPATIONS),
    ("главный", "конструктор"), ("главный", "инженер"), ("главный", "бухгалтер"), ("главный", "врач"),
    ("папа", "римский"), ("общественный", "деятель"), ("пресс-атташе",), ("художественный", "руководитель"),
    ("научный", "руководитель"),
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
# A role in the genitive after a post's word is the post held, said of the subject or the object of a copula or
# of these: "занимает должность генерального директора", "назначен на пост главы", "покинул пост министра".
POST_FORMS = frozenset({"должность", "должности", "пост", "поста"})
TAKING_POSTS = {"занимать", "занять", "вступить", "заступить", "покинуть", "оставить", "сохранить"}
# Roles of a region's or a city's executive: said of the place, they are posts in its government or
# administration when the article names it ("губернатор Свердловской области" → Правительство
# Свердловской области); of a country, only the head of government's ("председатель правительства РФ").
EXECUTIVE_ROLES = {"губернатор", "раис", "аким", "хоким", "вице-губернатор", "замгубернатор", "глава", "замглавы",
                   "мэр", "вице-мэр", "президент", "правительство", "премьер-министр", "премьер", "вице-премьер",
                   "зампредседателя"}
GOVERNMENT_ROLES = {"правительство", "премьер-министр", "премьер", "вице-премьер"}
# Heads that, after a role, refer back to an organization the article named: "директор завода",
# "ректор вуза", "глава министерства"; those of companies, of universities and of public bodies name an
# organization of that kind (``facts`` tries the kinds in turn).
COMPANY_REFERENCES = ("предприятие", "компания", "завод", "комбинат", "фабрика", "холдинг", "агрохолдинг", "концерн",
                      "верфь", "судоверфь", "корпорация", "госкорпорация", "группа")
UNIVERSITY_REFERENCES = ("вуз", "университет", "институт", "академия")
BODY_REFERENCES = ("ведомство", "министерство", "департамент", "агентство", "администрация", "комитет")
EXECUTIVE_COMMITTEES = ("облисполком", "горисполком", "райисполком")  # a Belarusian region's, town's or district's
REFERRING_HEADS = {*COMPANY_REFERENCES, *UNIVERSITY_REFERENCES, *BODY_REFERENCES, *EXECUTIVE_COMMITTEES, "банк", "фонд",
                   "кластер", "технопарк", "парк", "ассоциация", "союз", "зона", "центр"}
# Roles that, said with no complement, are posts of the country or of the region the article is about
# ("Премьер-министр Михаил Фрадков", "губернатор Олег Николаев").
ROLE_SEATS = {"президент": "country", "премьер-министр": "country", "премьер": "country", "канцлер": "country",
              "вице-президент": "country", "вице-премьер": "country", "губернатор": "region",
              "вице-губернатор": "region", "замгубернатор": "region"}

AGREEMENT_KINDS: dict[str, str] = {
    "соглашение": "соглашение", "меморандум": "меморандум", "договор": "договор",
    "контракт": "контракт", "специнвестконтракт": "специнвестконтракт", "спик": "специнвестконтракт",
    "госконтракт": "контракт", "договоренность": "соглашение", "инвестконтракт": "контракт",
    "инвестсоглашение": "соглашение", "допсоглашение": "соглашение", "спецконтракт": "специнвестконтракт",
    "протокол": "соглашение",  # "подписали протокол о намерениях", and "дорожная карта" (see agreements)
    "коммюнике": "соглашение",  # "между Минпромэнерго Чувашии и Минпромторгом ДНР подписано коммюнике"
}
# A deal between two organizations (a purchase, a merger, a loan, a grant) is an agreement of kind «сделка».
DEAL_CUES = {"сделка", "покупка", "купить", "покупать", "приобрести", "приобретение", "продать", "продажа",
             "слияние", "поглощение", "выкупить", "выкуп", "кредит", "грант", "заем", "займ", "вложить",
             "вкладывать"}
SIGNING_CUES = {"подписать", "подписание", "подписывать", "заключить", "заключение", "заключать",
                "подписанный", "заключенный", "подписываться", "продлить", "перезаключить", "обновить", "закрепить",
                "скрепить"}
COOPERATION_CUES = {
    "сотрудничество", "сотрудничать", "поставка", "поставлять", "поставить", "поставщик", "партнер",
    "партнерство", "совместный", "совместно", "кооперация", "кооперационный", "заказ", "заказчик",
    "подрядчик", "субподрядчик", "участвовать", "взаимодействие", "разработать", "изготовить",
    "модернизация", "закупать", "закупка", "инвестировать", "софинансировать", "реализовать",
}
# Kinds of organization that are a ground others work on: a zone, a park.
SITE_KINDS = {"sez", "industrial_park", "technopark"}
# Words that tell a group's members: "договор о вступлении ООО «…» в кластер", "Ядром кластера стало
# предприятие …", "Якорным предприятием кластера станет …".
MEMBER_CUES = {"резидент", "участник", "участвовать", "член", "войти", "вступить", "присоединиться", "включить",
               "включать", "объединять", "объединить", "входить", "состав", "разместиться", "размещаться",
               "вступление", "ядро", "якорный", "инициатор"}
# Verbs that place an organization where the sentence says: "В Башкортостане создан кластер",
# "завод расположен в Чебоксарах".
LOCATING_CUES = {"создать", "создавать", "открыть", "открываться", "расположить", "располагаться", "находиться",
                 "работать", "действовать", "функционировать", "зарегистрировать", "построить", "строить",
                 "разместиться", "размещаться", "запустить", "появиться", "базироваться", "возвести",
                 "сформировать"}
# Nouns a name may stand in apposition to: "с производителем удобрений «Экорост»", "гигантом «Амкодор»".
APPOSITION_HEADS = {*ORG_HEADS, "производитель", "поставщик", "партнер", "резидент", "участник", "инвестор",
                    "оператор", "разработчик", "изготовитель", "гигант", "производство", "структура", "дочка",
                    "подразделение", "организация", "фирма", "застройщик", "подрядчик", "заказчик", "лидер",
                    "группа",  # "с группой «ВИС»", "с группой компаний «ВИС»"
                    # and heads compounded with their trade: "с птицефабриками ООО «Саянский бройлер» и …"
                    "птицефабрика", "авиакомпания", "автозавод", "радиозавод", "станкозавод", "пивкомбинат",
                    "рыбокомбинат", "мясокомбинат", "агрофирма", "агрохолдинг"}
# Words that stand for a group named earlier: "участники кластера", "резидентами парка", "в него вошли".
GROUP_WORDS: dict[str, frozenset[str]] = {
    "кластер": frozenset({"cluster"}),  # and "автокластер": the tagging step reads a compound by its head
    "парк": frozenset({"industrial_park", "technopark"}), "промпарк": frozenset({"industrial_park"}),
    "технопарк": frozenset({"technopark"}), "технополис": frozenset({"technopark"}),
    "зона": frozenset({"sez"}), "оэз": frozenset({"sez"}), "тор": frozenset({"sez"}), "тосэр": frozenset({"sez"}),
    "консорциум": frozenset({"association"}), "ассоциация": frozenset({"association"}),
    "ноц": frozenset({"association"}),
    "объединение": frozenset({"association", "cluster"}),
}
# A group's head compounded with its field ("авиакластера", "IT-кластер", "биотехнопарка"): the dictionary
# does not know the word, and the rules read it by its head (group 2) and its field (group 1).
COMPOUND_GROUP = re.compile(r"^([а-яa-z]{2,}?)-?(кластер|технопарк|промпарк)(?:а|у|ом|е|ы|ов|ам|ами|ах)?$")
# Genitive nouns that date a phrase, never name an organization: "… прошлого года".
TIME_WORDS = {"год", "месяц", "неделя", "век", "день", "квартал", "время", "период", "срок"}
# Every lemma a rule compares with. Lemmatizing a word costs more than tagging it, so only words
# that begin like one of these are lemmatized (the rest keep their lower-case form).
RULE_LEMMAS = frozenset(
    {w for words in (ORG_HEADS, GENERIC_HEADS, GENERIC_ADJECTIVES, DROPPED_ADJECTIVES, SUPRAREGIONAL, REGION_WORDS,
                     COUNTRY_WORDS, AGREEMENT_KINDS, DEAL_CUES, SIGNING_CUES, COOPERATION_CUES, MEMBER_CUES,
                     TIME_WORDS, COPULAS, TAKING_POSTS, GROUP_WORDS, LOCATING_CUES, APPOSITION_HEADS, GENERIC_TAILS,
                     NON_ORGANIZATION_ADJECTIVES, JUDGEMENTS, AGAINST_HEADS, FRONTS, EVENT_WORDS, TITLE_WORDS,
                     REGIONAL_BODIES, REGION_ADJECTIVES, REFERRING_HEADS,
                     {w for phrase in FRONT_PHRASES for w in phrase},
                     {"вошли", "вошел", "вошёл", "вошла", "вошло", "войдут", "войдет"})  # "войти" changes its stem
     for w in words}
    | {w for name in ORGANIZATION_NAMES | PLACE_NAMES for w in name.split()}
    | {w for role in ROLES for w in role}
    | {"документ", "сфера", "развитие", "экономический", "индустриальный", "промышленный", "экопромышленный",
       "управляющий", "опережающий", "дорожный", "карта", *VENUES}
)


class Beginnings:
    """How the forms of some lemmas begin: a cheap test of whether a word may be one of them.

    Four letters of a long lemma, three of a short one, which may change its fourth letter
    ("зона" → "зоны"), at most the stem of a verb or an adjective ("стать" → "стал", "новый" →
    "нового"), and the stem without a vowel that drops out of the other forms ("посол" → "посла",
    "певец" → "певца"), and seven letters of a region's body in one word ("обладминистрация", not to
    take every "области" for one). The test lemmatizes nothing:

    >>> words = Beginnings(["зона", "сеть", "стать", "посол"])
    >>> "зоны" in words, "сети" in words, "стал" in words, "послом" in words, "завод" in words
    (True, True, True, True, False)
    """

    def __init__(self, lemmas: Iterable[str]):
        self._prefixes = frozenset(_beginning(form) for lemma in lemmas for form in _stems(lemma))

    def __contains__(self, word: str) -> bool:
        low = word.lower()
        return low[:4] in self._prefixes or low[:3] in self._prefixes or low[:7] in self._prefixes


def _stems(lemma: str) -> tuple[str, ...]:
    """The lemma, and its stem without a fleeting е/о before the last consonant ("певец" → "певц")."""
    if len(lemma) > 3 and lemma[-2] in "еоё" and lemma[-1] not in "аеёиоуыэюяй" and lemma[-3] not in "аеёиоуыэюя":
        return lemma, lemma[:-2] + lemma[-1]
    return (lemma,)


def _beginning(lemma: str) -> str:
    if lemma.startswith("обл") and len(lemma) > len("область"):
        return lemma[:7]  # a region's body in one word ("обладминистрация"), which "области" must not pass for
    prefix = lemma[:4] if len(lemma) > 4 else lemma[:3]
    # a verb's or an adjective's stem at most: "стать" → "ста", "новый" → "нов" ("нового")
    return prefix[:len(lemma) - 2] if len(lemma) > 4 and lemma.endswith(("ть", "ый", "ий", "ой")) else prefix


RULE_WORDS = Beginnings(RULE_LEMMAS)
HEAD_WORDS = Beginnings(ORG_HEADS)  # words that may be the head noun of an organization's name
# Words that may cue an agreement, deal, cooperation or membership, whose parties may all be places.
FACT_CUES = Beginnings([*AGREEMENT_KINDS, *DEAL_CUES, *SIGNING_CUES, *COOPERATION_CUES, *MEMBER_CUES])


def member_compound(word: str) -> bool:
    """"компаний-резидентов", "предприятия-участники": a compound whose second part is a member word."""
    return "-" in word and word.lower().split("-", 1)[1].startswith(("резидент", "участник", "член"))


# A patronymic in any case ("Евгеньевич", "Евгеньевичем", "Петровны", "Ильинична", "оглы").
PATRONYMIC = re.compile(r"(?:[ое]вич|ьич|[ое]вн|ичн)(?:а|у|ем|е|ой|ы|ою)?$|(?:оглы|кызы)$", re.IGNORECASE)

# Kinds of plants and products written short: alone they name no one ("на НПЗ", "плиты МДФ", "рост ВНП"),
# but they may open a name ("НИИ резиновых и полимерных изделий").
KIND_ABBREVIATIONS = {"НПЗ", "НИИ", "ЛПК", "МДФ", "ВНП", "ГОК", "ТЭЦ", "ГЭС", "АЭС", "ГРЭС", "ЦБК", "ЖБИ", "ДСП",
                      "ЦОД", "БПЛА", "БАС"}  # and drones: "кластер БПЛА", "производство БАС"
# "Проект" in every case and number, which the tagger leaves unlemmatized ("проектов"): what is named after it is
# a project, not a party ("реализации проекта Агроиндустриальный парк «Искитимский»").
PROJECT_FORMS = {"проект", "проекта", "проекту", "проектом", "проекте", "проекты", "проектов", "проектам",
                 "проектами", "проектах"}
# Abbreviations that name a kind of thing, not one organization: "ОЭЗ" alone is no entity.
GENERIC_ABBREVIATIONS = {"ОЭЗ", "ТОР", "ТОСЭР", "НОЦ", "СПИК", "МСП", "ИП", "НИОКР", "ESG", "ЖКХ", "ВПК", "ОПК", "ИТ",
                         "СМИ", "IT", "ГЧП", "МЧП", "НДС", "ВВП", "ПП", "ФЗ", "СЭЗ", "КБ", "ПО", "РО", "ВПО", "СП",
                         "СВО", "ВСМ", "НПО", "ОКБ", "НПП", "УК", "СПГ", "ФГБНУ", "ФГБОУ", "ФГАОУ", "ВО", "ООО", "АО",
                         "ПАО", "СО",  # "СО РАН": the branch of an academy, or a region ("КАП СО"), never a name alone
                         "АПК", "ТЭК", "УИС", "СМП", "GMP", "GLP",  # sectors, a sea route, standards of practice
                         "МСБ", "СПО", "НКО",  # small business, vocational education, a non-profit
                         "ЗАТО"}  # a closed town's kind: "в ЗАТО Северск"
# Abbreviations common in industrial news → (full name, kind).
ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "Минпромторг": ("Министерство промышленности и торговли Российской Федерации", "government"),
    "Минэкономразвития": ("Министерство экономического развития Российской Федерации", "government"),
    "Минфин": ("Министерство финансов Российской Федерации", "government"),
    "Минэнерго": ("Министерство энергетики Российской Федерации", "government"),
    "Минобрнауки": ("Министерство науки и высшего образования Российской Федерации", "government"),
    "Минвостокразвития": ("Министерство Российской Федерации по развитию Дальнего Востока и Арктики", "government"),
    "ФРП": ("Фонд развития промышленности", "fund"),
    "Фонд развития промышленности": ("Фонд развития промышленности", "fund"),  # the press adds "России" to it
    "РЭЦ": ("Российский экспортный центр", "other"),
    "ВЭБ.РФ": ("ВЭБ.РФ", "development_corporation"), "ВЭБ": ("ВЭБ.РФ", "development_corporation"),
    "Государственная корпорация развития": ("ВЭБ.РФ", "development_corporation"),  # its own words for itself
    "Оборонное ведомство": ("Министерство обороны Российской Федерации", "government"),  # the press's words
    "Ростех": ("Государственная корпорация «Ростех»", "company"),
    "ГК «Ростех»": ("Государственная корпорация «Ростех»", "company"),
    "Росатом": ("Государственная корпорация «Росатом»", "company"),
    "ГК «Росатом»": ("Государственная корпорация «Росатом»", "company"),
    "АКИТ": ("Ассоциация кластеров, технопарков и ОЭЗ России", "association"),
    "АИП": ("Ассоциация индустриальных парков России", "association"),
    "РСПП": ("Российский союз промышленников и предпринимателей", "association"),
    "ТПП": ("Торгово-промышленная палата Российской Федерации", "association"),
    "Корпорация МСП": ("Федеральная корпорация по развитию малого и среднего предпринимательства", "fund"),
    "АСИ": ("Агентство стратегических инициатив", "other"),
    # industrial and state bodies the news name by their initials alone
    "ОСК": ("Объединенная судостроительная корпорация", "company"),
    "ОАК": ("Объединенная авиастроительная корпорация", "company"),
    "ОДК": ("Объединенная двигателестроительная корпорация", "company"),
    "ОМК": ("Объединенная металлургическая компания", "company"),
    "ОВК": ("Объединенная вагонная компания", "company"),
    "УВЗ": ("Уралвагонзавод", "company"), "КРДВ": ("Корпорация развития Дальнего Востока и Арктики",
                                                 "development_corporation"),
    "ГТЛК": ("Государственная транспортная лизинговая компания", "company"),
    "РЖД": ("Российские железные дороги", "company"),
    # the railways of РЖД, by the initials the railway press gives them
    "ОЖД": ("Октябрьская железная дорога", "company"), "МЖД": ("Московская железная дорога", "company"),
    "ГЖД": ("Горьковская железная дорога", "company"), "СЖД": ("Северная железная дорога", "company"),
    "СКЖД": ("Северо-Кавказская железная дорога", "company"), "ЮВЖД": ("Юго-Восточная железная дорога", "company"),
    "ПривЖД": ("Приволжская железная дорога", "company"), "КбшЖД": ("Куйбышевская железная дорога", "company"),
    "СвЖД": ("Свердловская железная дорога", "company"), "ЮУЖД": ("Южно-Уральская железная дорога", "company"),
    "ЗСЖД": ("Западно-Сибирская железная дорога", "company"), "КрасЖД": ("Красноярская железная дорога", "company"),
    "ВСЖД": ("Восточно-Сибирская железная дорога", "company"), "ЗабЖД": ("Забайкальская железная дорога", "company"),
    "ДВЖД": ("Дальневосточная железная дорога", "company"), "КЖД": ("Калининградская железная дорога", "company"),
    "РФПИ": ("Российский фонд прямых инвестиций", "fund"),
    "РАН": ("Российская академия наук", "other"), "ВШЭ": ("Национальный исследовательский университет «Высшая "
                                                         "школа экономики»", "university"),
    "НИУ ВШЭ": ("Национальный исследовательский университет «Высшая школа экономики»", "university"),
    "УрФУ": ("Уральский федеральный университет", "university"),
    "САФУ": ("Северный (Арктический) федеральный университет", "university"),
    "СПбПУ": ("Санкт-Петербургский политехнический университет Петра Великого", "university"),
    "МГУ": ("Московский государственный университет имени М. В. Ломоносова", "university"),
    "СПбГУ": ("Санкт-Петербургский государственный университет", "university"),
    "МФТИ": ("Московский физико-технический институт", "university"),
    "ЦАГИ": ("Центральный аэрогидродинамический институт имени профессора Н. Е. Жуковского", "university"),
    "МВД": ("Министерство внутренних дел Российской Федерации", "government"),
    "МЧС": ("Министерство Российской Федерации по делам гражданской обороны, чрезвычайным ситуациям и "
            "ликвидации последствий стихийных бедствий", "government"),
    "ФАС": ("Федеральная антимонопольная служба", "government"),
    "ФНС": ("Федеральная налоговая служба", "government"),
    "Госдума": ("Государственная дума", "government"),  # and, said with its country, the country's
    "Госдума РФ": ("Государственная дума Российской Федерации", "government"),
    "Госдума России": ("Государственная дума Российской Федерации", "government"),
    # federal agencies the news name by their short "Рос…" names alone
    "Росморречфлот": ("Федеральное агентство морского и речного транспорта", "government"),
    "Росрыболовство": ("Федеральное агентство по рыболовству", "government"),
    "Росавиация": ("Федеральное агентство воздушного транспорта", "government"),
}
