"""People's names of the demo history by naming tradition, in Cyrillic and Latin script."""

from __future__ import annotations

import re

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

# Given names of women in the stock: a family name that has a feminine form takes it.
WOMEN = frozenset(
    {
        "Гульнара",
        "Жыргал",
        "Асель",
        "Айгерим",
        "Дильноза",
        "Зарина",
        "Ольга",
        "Наталья",
        "Елена",
        "Ирина",
        "Оюунчимэг",
        "Тхи Лан",
        "Прия",
        "Айше",
        "Катрин",
        "Со Ён",
        "Ани",
        "Лейла",
    }
)
_FEMININE_RU = re.compile(r"(ов|ев|ёв|ин)$")
_FEMININE_EN = re.compile(r"(ov|ev|yev|in)$")


def feminine(family: tuple[str, str]) -> tuple[str, str]:
    """Соколов/Sokolov → Соколова/Sokolova; names without a feminine form stay as they are."""
    ru, en = family
    if _FEMININE_RU.search(ru) and _FEMININE_EN.search(en):
        return ru + "а", en + "a"
    return family
