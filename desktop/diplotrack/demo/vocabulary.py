"""Names, cities, titles and phrases the demo office history is made of, in both scripts."""

from __future__ import annotations

from dataclasses import dataclass


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
    names: str  # key into NAME_STOCK
    city_hall: tuple[str, str] = ("Мэрия города {ru}", "{en} City Hall")
    university: tuple[str, str] | None = None
    diaspora: str | None = None  # adjective: «Узбекская национально-культурная автономия»
    consulate_in: tuple[str, str] | None = None  # consulate general: (prepositional ru, en city)


# Given names and family names as (Russian, Latin) pairs; family name first where the
# culture writes it first.
NAME_STOCK: dict[str, tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...], bool]] = {
    "kyrgyz": (
        (
            ("Айбек", "Aibek"),
            ("Нурлан", "Nurlan"),
            ("Эрмек", "Ermek"),
            ("Гульнара", "Gulnara"),
            ("Жыргал", "Zhyrgal"),
            ("Бакыт", "Bakyt"),
        ),
        (
            ("Осмонов", "Osmonov"),
            ("Токтогулов", "Toktogulov"),
            ("Жумабеков", "Zhumabekov"),
            ("Асанов", "Asanov"),
            ("Садыков", "Sadykov"),
            ("Мамытов", "Mamytov"),
        ),
        False,
    ),
    "kazakh": (
        (
            ("Ерлан", "Yerlan"),
            ("Асель", "Assel"),
            ("Данияр", "Daniyar"),
            ("Мурат", "Murat"),
            ("Айгерим", "Aigerim"),
        ),
        (
            ("Нурпеисов", "Nurpeisov"),
            ("Ахметов", "Akhmetov"),
            ("Сериков", "Serikov"),
            ("Жаксылыков", "Zhaksylykov"),
            ("Оспанов", "Ospanov"),
        ),
        False,
    ),
    "uzbek": (
        (
            ("Шухрат", "Shukhrat"),
            ("Дильноза", "Dilnoza"),
            ("Бахтиёр", "Bakhtiyor"),
            ("Рустам", "Rustam"),
        ),
        (
            ("Каримов", "Karimov"),
            ("Юсупов", "Yusupov"),
            ("Рахимов", "Rakhimov"),
            ("Турсунов", "Tursunov"),
        ),
        False,
    ),
    "tajik": (
        (("Фаридун", "Faridun"), ("Зарина", "Zarina"), ("Сухроб", "Sukhrob")),
        (("Рахмонов", "Rakhmonov"), ("Назаров", "Nazarov"), ("Шарипов", "Sharipov")),
        False,
    ),
    "chinese": (
        (("Лэй", "Lei"), ("Мин", "Ming"), ("Хуэй", "Hui"), ("Цзюнь", "Jun"), ("Юнь", "Yun")),
        (("Ван", "Wang"), ("Ли", "Li"), ("Чжан", "Zhang"), ("Лю", "Liu"), ("Чэнь", "Chen")),
        True,
    ),
    "mongol": (
        (("Батбаяр", "Batbayar"), ("Оюунчимэг", "Oyunchimeg"), ("Ганзориг", "Ganzorig")),
        (("Мунхбат", "Munkhbat"), ("Энхтувшин", "Enkhtuvshin"), ("Цэрэндорж", "Tserendorj")),
        False,
    ),
    "slavic": (
        (
            ("Андрей", "Andrei"),
            ("Ольга", "Olga"),
            ("Сергей", "Sergei"),
            ("Наталья", "Natalia"),
            ("Дмитрий", "Dmitry"),
            ("Елена", "Elena"),
            ("Алексей", "Alexei"),
            ("Ирина", "Irina"),
        ),
        (
            ("Соколов", "Sokolov"),
            ("Кравченко", "Kravchenko"),
            ("Морозов", "Morozov"),
            ("Лебедев", "Lebedev"),
            ("Ковалёв", "Kovalev"),
            ("Новиков", "Novikov"),
            ("Васильев", "Vasiliev"),
            ("Романов", "Romanov"),
        ),
        False,
    ),
    "serbian": (
        (("Милош", "Miloš"), ("Елена", "Jelena"), ("Драган", "Dragan")),
        (("Петрович", "Petrović"), ("Николич", "Nikolić"), ("Йованович", "Jovanović")),
        False,
    ),
    "vietnamese": (
        (("Ван Хунг", "Van Hung"), ("Тхи Лан", "Thi Lan"), ("Дык Минь", "Duc Minh")),
        (("Нгуен", "Nguyen"), ("Чан", "Tran"), ("Фам", "Pham")),
        True,
    ),
    "indian": (
        (("Раджеш", "Rajesh"), ("Прия", "Priya"), ("Викрам", "Vikram")),
        (("Шарма", "Sharma"), ("Кумар", "Kumar"), ("Редди", "Reddy")),
        False,
    ),
    "turkish": (
        (("Мехмет", "Mehmet"), ("Айше", "Ayşe"), ("Эмре", "Emre")),
        (("Йылмаз", "Yılmaz"), ("Кая", "Kaya"), ("Демир", "Demir")),
        False,
    ),
    "german": (
        (("Томас", "Thomas"), ("Катрин", "Katrin"), ("Михаэль", "Michael")),
        (("Мюллер", "Müller"), ("Шмидт", "Schmidt"), ("Вагнер", "Wagner")),
        False,
    ),
    "korean": (
        (("Мин Джун", "Min-jun"), ("Со Ён", "Seo-yeon"), ("Джи Хун", "Ji-hoon")),
        (("Ким", "Kim"), ("Пак", "Park"), ("Ли", "Lee")),
        True,
    ),
    "armenian": (
        (("Арам", "Aram"), ("Ани", "Ani"), ("Гор", "Gor")),
        (("Петросян", "Petrosyan"), ("Саргсян", "Sargsyan"), ("Акопян", "Hakobyan")),
        False,
    ),
    "azerbaijani": (
        (("Эльчин", "Elchin"), ("Лейла", "Leyla"), ("Рашад", "Rashad")),
        (("Алиев", "Aliyev"), ("Гасанов", "Hasanov"), ("Мамедов", "Mammadov")),
        False,
    ),
}

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
