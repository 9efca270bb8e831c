"""Names, cities, titles and phrases the demo office history is made of, in both scripts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class City:
    name: str  # Russian, as the office writes it
    name_alt: str  # English
    population: int | None = None


@dataclass(frozen=True)
class Partner:
    """A partner country as the office's documents name it, with its cities and name stock."""

    code: str
    genitive: str  # "Киргизской Республики": embassy of …, culture of …
    genitive_en: str  # "the Kyrgyz Republic"
    timezone: str
    cities: tuple[City, ...]
    names: str  # key into names.NAME_STOCK
    city_hall: tuple[str, str] = ("Мэрия города {ru}", "{en} City Hall")
    university: tuple[str, str] | None = None
    diaspora: str | None = None  # adjective: «Узбекская национально-культурная автономия»
    consulate_in: tuple[str, str] | None = None  # consulate general: (prepositional ru, en city)


PARTNERS: tuple[Partner, ...] = (
    Partner(
        "KG",
        "Киргизской Республики",
        "the Kyrgyz Republic",
        "Asia/Bishkek",
        (City("Ош", "Osh", 322_000), City("Каракол", "Karakol", 84_000)),
        "kyrgyz",
        university=("Кыргызский национальный университет", "Kyrgyz National University"),
    ),
    Partner(
        "CN",
        "Китайской Народной Республики",
        "the People's Republic of China",
        "Asia/Shanghai",
        (
            City("Харбин", "Harbin", 10_000_000),
            City("Далянь", "Dalian", 7_450_000),
            City("Шэньян", "Shenyang", 9_070_000),
            City("Урумчи", "Urumqi", 4_050_000),
        ),
        "chinese",
        city_hall=("Народное правительство города {ru}", "{en} Municipal People's Government"),
        university=("Харбинский политехнический университет", "Harbin Institute of Technology"),
        diaspora="Китайская",
        consulate_in=("Иркутске", "Irkutsk"),
    ),
    Partner(
        "MN",
        "Монголии",
        "Mongolia",
        "Asia/Ulaanbaatar",
        (City("Улан-Батор", "Ulaanbaatar", 1_600_000), City("Эрдэнэт", "Erdenet", 100_000)),
        "mongol",
        university=("Монгольский государственный университет", "National University of Mongolia"),
        consulate_in=("Иркутске", "Irkutsk"),
    ),
    Partner(
        "KZ",
        "Республики Казахстан",
        "the Republic of Kazakhstan",
        "Asia/Almaty",
        (City("Астана", "Astana", 1_350_000), City("Павлодар", "Pavlodar", 360_000)),
        "kazakh",
        city_hall=("Акимат города {ru}", "Akimat of {en}"),
        university=("Евразийский национальный университет", "Eurasian National University"),
        diaspora="Казахская",
        consulate_in=("Новосибирске", "Novosibirsk"),
    ),
    Partner(
        "UZ",
        "Республики Узбекистан",
        "the Republic of Uzbekistan",
        "Asia/Tashkent",
        (City("Ташкент", "Tashkent", 2_900_000), City("Самарканд", "Samarkand", 550_000)),
        "uzbek",
        city_hall=("Хокимият города {ru}", "Khokimiyat of {en}"),
        diaspora="Узбекская",
        consulate_in=("Новосибирске", "Novosibirsk"),
    ),
    Partner(
        "TJ",
        "Республики Таджикистан",
        "the Republic of Tajikistan",
        "Asia/Dushanbe",
        (City("Душанбе", "Dushanbe", 1_200_000),),
        "tajik",
        diaspora="Таджикская",
        consulate_in=("Екатеринбурге", "Yekaterinburg"),
    ),
    Partner(
        "BY",
        "Республики Беларусь",
        "the Republic of Belarus",
        "Europe/Minsk",
        (City("Минск", "Minsk", 2_000_000), City("Гомель", "Gomel", 500_000)),
        "slavic",
        city_hall=("Исполнительный комитет города {ru}", "{en} City Executive Committee"),
        university=("Белорусский государственный университет", "Belarusian State University"),
        diaspora="Белорусская",
        consulate_in=("Новосибирске", "Novosibirsk"),
    ),
    Partner(
        "RS",
        "Республики Сербия",
        "the Republic of Serbia",
        "Europe/Belgrade",
        (City("Белград", "Belgrade", 1_200_000), City("Нови-Сад", "Novi Sad", 300_000)),
        "serbian",
    ),
    Partner(
        "VN",
        "Социалистической Республики Вьетнам",
        "the Socialist Republic of Vietnam",
        "Asia/Ho_Chi_Minh",
        (City("Ханой", "Hanoi", 8_000_000), City("Хошимин", "Ho Chi Minh City", 9_000_000)),
        "vietnamese",
        consulate_in=("Екатеринбурге", "Yekaterinburg"),
    ),
    Partner(
        "IN",
        "Республики Индия",
        "the Republic of India",
        "Asia/Kolkata",
        (City("Нью-Дели", "New Delhi", 250_000), City("Ченнаи", "Chennai", 7_000_000)),
        "indian",
        consulate_in=("Екатеринбурге", "Yekaterinburg"),
    ),
    Partner(
        "TR",
        "Турецкой Республики",
        "the Republic of Türkiye",
        "Europe/Istanbul",
        (City("Анкара", "Ankara", 5_700_000), City("Стамбул", "Istanbul", 15_600_000)),
        "turkish",
    ),
    Partner(
        "DE",
        "Федеративной Республики Германия",
        "the Federal Republic of Germany",
        "Europe/Berlin",
        (City("Берлин", "Berlin", 3_700_000), City("Мюнхен", "Munich", 1_500_000)),
        "german",
        diaspora="Немецкая",
    ),
    Partner(
        "KR",
        "Республики Корея",
        "the Republic of Korea",
        "Asia/Seoul",
        (City("Сеул", "Seoul", 9_400_000), City("Пусан", "Busan", 3_300_000)),
        "korean",
        consulate_in=("Владивостоке", "Vladivostok"),
    ),
    Partner(
        "AM",
        "Республики Армения",
        "the Republic of Armenia",
        "Asia/Yerevan",
        (City("Ереван", "Yerevan", 1_090_000),),
        "armenian",
        diaspora="Армянская",
    ),
    Partner(
        "AZ",
        "Азербайджанской Республики",
        "the Republic of Azerbaijan",
        "Asia/Baku",
        (City("Баку", "Baku", 2_300_000),),
        "azerbaijani",
        diaspora="Азербайджанская",
    ),
)

# The home city's own people and bodies, beyond the worked example's mayor and administration.
HOME_DEPARTMENTS: tuple[tuple[str, str], ...] = (
    ("Управление международных связей", "International Relations Office"),
    ("Главное управление культуры", "Main Department of Culture"),
    ("Главное управление образования", "Main Department of Education"),
    ("Главное управление по физической культуре и спорту", "Main Department of Sport"),
    ("Департамент экономической политики и инвестиционного развития", "Department of Economy"),
    ("Департамент городского хозяйства и транспорта", "Department of Municipal Services"),
    ("Управление молодёжной политики", "Youth Policy Office"),
)
HOME_TITLES: tuple[tuple[str, str], ...] = (
    ("заместитель Главы города", "Deputy Mayor"),
    ("руководитель управления международных связей", "Head of International Relations"),
    ("начальник отдела протокола", "Head of Protocol"),
    ("руководитель главного управления культуры", "Head of Culture"),
    ("руководитель главного управления образования", "Head of Education"),
    ("руководитель главного управления по спорту", "Head of Sport"),
    ("заместитель руководителя департамента экономики", "Deputy Head of Economy"),
    ("главный специалист отдела протокола", "Protocol Officer"),
)
HOME_VENUES: tuple[str, ...] = (
    "Администрация города Красноярска, зал заседаний",
    "Администрация города Красноярска, кабинет Главы города",
    "МВДЦ «Сибирь»",
    "Сибирский федеральный университет",
    "Красноярский краевой Дом дружбы народов",
    "Большой концертный зал Красноярской филармонии",
    "Театральная площадь",
    "Городской дворец культуры",
)

TOPIC_PHRASES: tuple[str, ...] = (
    "Обсуждены вопросы сотрудничества в сферах {topics}.",
    "Стороны договорились продолжить работу по направлениям: {topics}.",
    "Подведены итоги совместных проектов ({topics}).",
    "Намечен план мероприятий на следующий год; темы: {topics}.",
)
EXTRA_NOTES: tuple[str, ...] = (
    "Вручены памятные подарки.",
    "Присутствовали представители национально-культурных автономий.",
    "Переводчик: отдел протокола.",
    "Состоялся обмен приветственными адресами.",
    "Подготовлена справка к встрече.",
    "Итоги опубликованы на сайте администрации.",
)
CANCEL_NOTES: tuple[str, ...] = (
    "Отменено по просьбе партнёров.",
    "Перенесено в связи с изменением графика Главы города.",
    "Отложено до согласования программы.",
)

# The demo office's "today": statuses, expiries and overdue follow-ups are relative to it, so
# the same seed gives the same database whatever the day it is made.
ANCHOR_YEAR, ANCHOR_MONTH, ANCHOR_DAY = 2025, 6, 2
FIRST_YEAR, LAST_YEAR = 2019, 2027

# Titles of generated events by kind, as (Russian, English) with {city}/{country} in the
# nominative, so that no name needs declining.
TITLES: dict[str, tuple[tuple[str, str], ...]] = {
    "meeting": (
        ("Встреча Главы города с делегацией: {city}", "Mayor's meeting with a delegation: {city}"),
        ("Рабочая встреча: {organization}", "Working meeting: {organization}"),
        ("Переговоры о сотрудничестве: {country}", "Cooperation talks: {country}"),
    ),
    "visit": (
        ("Визит делегации города Красноярска: {city}", "Krasnoyarsk delegation visit: {city}"),
        ("Визит делегации в Красноярск: {city}", "Delegation visit to Krasnoyarsk: {city}"),
    ),
    "conference": (
        (
            "Межрегиональная конференция «Россия — {country}»",
            "Interregional conference “Russia — {country}”",
        ),
        ("Форум городов-побратимов: {city}", "Sister cities forum: {city}"),
    ),
    "signing": (
        (
            "Подписание соглашения о сотрудничестве с городом {city}",
            "Signing of a cooperation agreement with {city}",
        ),
    ),
    "reception": (
        ("Приём по случаю национального праздника: {country}", "National day reception: {country}"),
    ),
    "call": (("Видеоконференция с партнёрами: {city}", "Video call with partners: {city}"),),
    "cultural": (
        ("Дни культуры: {country} в Красноярске", "{country} culture days in Krasnoyarsk"),
        ("Фестиваль «Сибирь — {country}»", "Festival “Siberia — {country}”"),
        ("Спортивный турнир городов-побратимов: {city}", "Sister cities sports tournament: {city}"),
    ),
    "other": (
        ("Консультации по линии побратимских связей: {city}", "Sister-city consultations: {city}"),
    ),
}
KIND_WEIGHTS: dict[str, int] = {
    "meeting": 34,
    "visit": 10,
    "conference": 9,
    "signing": 4,
    "reception": 8,
    "call": 14,
    "cultural": 15,
    "other": 6,
}
GROUP_DESCRIPTIONS: tuple[str, ...] = (
    "руководители департаментов администрации города",
    "сотрудники управления международных связей",
    "представители национально-культурных автономий",
    "студенты Сибирского федерального университета",
    "представители деловых кругов",
)
DELEGATION_PURPOSES: tuple[str, ...] = (
    "Обмен опытом в сфере городского хозяйства и транспорта.",
    "Подготовка соглашения о сотрудничестве; встречи с руководством города.",
    "Участие в днях культуры и молодёжных обменах.",
    "Деловая миссия: торговля, инвестиции, выставка предприятий.",
    "Образовательные обмены между университетами и школами.",
)
# A visit's programme: (event kind, Russian title, English title).
PROGRAMME_PARTS: tuple[tuple[str, str, str], ...] = (
    ("meeting", "Встреча с руководством города", "Meeting with the city's leadership"),
    ("visit", "Посещение предприятий и объектов городского хозяйства", "Site visits"),
    ("signing", "Подписание плана совместных мероприятий", "Signing of a joint action plan"),
    ("cultural", "Концерт и выставка в честь визита", "Concert and exhibition"),
)

# Recurring series: (kind, title, English title, first day, local hour or None for all-day,
# length in hours or days, RFC 5545 lines, status, partner countries). The last never ends.
SERIES: tuple[tuple[str, str, str, date, int | None, int, str, str, tuple[str, ...]], ...] = (
    (
        "conference",
        "Международный форум городов-побратимов «Енисей»",
        "International Sister Cities Forum “Yenisei”",
        date(2021, 9, 15),
        None,
        3,
        "RRULE:FREQ=YEARLY;COUNT=5",
        "confirmed",
        ("KG", "CN", "MN", "KZ"),
    ),
    (
        "call",
        "Консультации с Генеральным консульством КНР в Иркутске",
        "Consultations with the Consulate General of China in Irkutsk",
        date(2023, 1, 10),
        10,
        1,
        "RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=24",
        "held",
        ("CN",),
    ),
    (
        "call",
        "Видеоконференция с мэрией Улан-Батора",
        "Video call with Ulaanbaatar City Hall",
        date(2022, 2, 15),
        11,
        1,
        "RRULE:FREQ=MONTHLY;INTERVAL=3;COUNT=8",
        "held",
        ("MN",),
    ),
    (
        "call",
        "Онлайн-брифинг для национально-культурных автономий",
        "Online briefing for national-cultural autonomies",
        date(2024, 9, 5),
        15,
        1,
        "RRULE:FREQ=MONTHLY;BYMONTHDAY=5\nEXDATE:20250105T150000",
        "confirmed",
        (),
    ),
)
