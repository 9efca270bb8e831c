"""Natural keys of the worked example: the names and titles its records are found by."""

from __future__ import annotations

from datetime import UTC, date, datetime

KRASNOYARSK_TZ = "Asia/Krasnoyarsk"

KRASNOYARSK = "Красноярск"
JALAL_ABAD = "Джалал-Абад"
BISHKEK = "Бишкек"
MOSCOW = "Москва"

CITY_ADMINISTRATION = "Администрация города Красноярска"
EMBASSY = "Посольство Киргизской Республики в Российской Федерации"
CHANCERY = "Канцелярия посольства Киргизской Республики в Красноярске"
AUTONOMY = (
    "Красноярская местная общественная организация «Кыргызская национально-культурная автономия»"
)
JALAL_ABAD_CITY_HALL = "Мэрия города Джалал-Абад"
BISHKEK_TEAM = "Команда юных робототехников из Бишкека"
ROBOTICS_LABORATORY = "Лаборатория робототехники «Инженеры будущего»"

LOGINOV = "Владислав Логинов"
KABAEV = "Азамат Кабаев"
BATAEVA = "Назгуль Батаева"
IMANALIEV = "Кубанычбек Иманалиев"

MEETING = "Рабочая встреча Главы города с руководителем канцелярии посольства Киргизской Республики"
CHAMPIONSHIP = "Национальный чемпионат по робототехнике «Красноярск 5.0»"
CONFERENCE = "XI Российско-Киргизская межрегиональная конференция"
MEMORANDUM = "Меморандум о побратимских отношениях между городами Красноярск и Джалал-Абад"
DELEGATION = "Делегация мэрии города Джалал-Абад"
PROGRAMME = (
    "Встреча с делегацией мэрии Джалал-Абада в администрации города",
    "Знакомство с интеллектуальной системой управления светофорами",
    "Посещение объектов тепло- и водоснабжения и благоустройства города",
)
FOLLOWUP_PROGRAMME = "Подготовить программу визита делегации мэрии Джалал-Абада"
FOLLOWUP_SCHOOL = "Уточнить сроки строительства русской школы в Джалал-Абаде"

PRESS_RELEASE_TITLE = (
    "Мэр Красноярска Владислав Логинов встретился с руководителем канцелярии посольства "
    "Киргизской Республики в России"
)
# When the office logged the story; fixed, so that two demo databases are identical.
RECORDED_AT = datetime(2024, 4, 10, 9, 0, tzinfo=UTC)
# Illustrative: the press release names the memorandum but not its date.
MEMORANDUM_SIGNED_ON = date(2019, 9, 12)
