"""The words the rules look for, by dictionary form: kinds of events, titles of people, kinds
of organizations and agreements, and the words that mark something as still to come."""

from __future__ import annotations

from diplotrack.domain.enums import AgreementKind, EventKind, OrganizationKind

# The words that say what kind of event the text reports, in the order they are tried.
EVENT_KIND_WORDS: dict[str, EventKind] = {
    "встреча": EventKind.MEETING,
    "встретиться": EventKind.MEETING,
    "переговоры": EventKind.MEETING,
    "meeting": EventKind.MEETING,
    "met": EventKind.MEETING,
    "meet": EventKind.MEETING,
    "talks": EventKind.MEETING,
    "визит": EventKind.VISIT,
    "visit": EventKind.VISIT,
    "visited": EventKind.VISIT,
    "конференция": EventKind.CONFERENCE,
    "форум": EventKind.CONFERENCE,
    "conference": EventKind.CONFERENCE,
    "forum": EventKind.CONFERENCE,
    "подписать": EventKind.SIGNING,
    "подписание": EventKind.SIGNING,
    "signed": EventKind.SIGNING,
    "signing": EventKind.SIGNING,
    "прием": EventKind.RECEPTION,
    "reception": EventKind.RECEPTION,
    "видеоконференция": EventKind.CALL,
    "видеосвязь": EventKind.CALL,
    "созвон": EventKind.CALL,
    "чемпионат": EventKind.CULTURAL,
    "фестиваль": EventKind.CULTURAL,
    "выставка": EventKind.CULTURAL,
    "турнир": EventKind.CULTURAL,
    "олимпиада": EventKind.CULTURAL,
    "концерт": EventKind.CULTURAL,
    "championship": EventKind.CULTURAL,
    "festival": EventKind.CULTURAL,
    "exhibition": EventKind.CULTURAL,
}
# Events the text may name besides the one it reports (a championship, a planned conference).
NAMED_EVENT_WORDS = frozenset(
    {
        "чемпионат",
        "фестиваль",
        "выставка",
        "турнир",
        "олимпиада",
        "конференция",
        "форум",
        "championship",
        "festival",
        "exhibition",
        "conference",
        "forum",
    }
)
WORKING_WORDS = frozenset({"рабочий", "working"})
# Words that make what follows something still to come.
PLANNED_WORDS = frozenset(
    {
        "предстоящий",
        "предстоять",
        "планируемый",
        "будущий",
        "проведение",
        "запланировать",
        "состояться",
        "пройти",
        "upcoming",
        "planned",
        "forthcoming",
        "future",
        "next",
    }
)

# Titles of people: the word a position starts with.
TITLE_WORDS = frozenset(
    {
        "мэр",
        "глава",
        "руководитель",
        "председатель",
        "посол",
        "консул",
        "генконсул",
        "министр",
        "губернатор",
        "заместитель",
        "замглавы",
        "директор",
        "ректор",
        "президент",
        "депутат",
        "начальник",
        "советник",
        "атташе",
        "секретарь",
        "представитель",
        "уполномоченный",
        "спикер",
        "сопредседатель",
    }
)
# Titles that mean the head of a city: the host's side when it is the office's own city.
CITY_HEAD_WORDS = frozenset({"мэр", "глава", "mayor"})
# Adjectives that belong to a title: «первый заместитель», «генеральный консул».
TITLE_ADJECTIVES = frozenset({"первый", "генеральный", "чрезвычайный", "полномочный", "почетный"})
# People referred to as a group of an organization: «руководители департаментов администрации».
GROUP_WORDS = frozenset({"руководитель", "представитель", "сотрудник", "специалист"})

ORGANIZATION_WORDS: dict[str, OrganizationKind] = {
    "канцелярия": OrganizationKind.CHANCERY,
    "посольство": OrganizationKind.EMBASSY,
    "консульство": OrganizationKind.CONSULATE,
    "генконсульство": OrganizationKind.CONSULATE,
    "администрация": OrganizationKind.CITY_ADMINISTRATION,
    "мэрия": OrganizationKind.CITY_ADMINISTRATION,
    "горсовет": OrganizationKind.CITY_ADMINISTRATION,
    "правительство": OrganizationKind.REGIONAL_GOVERNMENT,
    "министерство": OrganizationKind.MINISTRY,
    "организация": OrganizationKind.DIASPORA_NGO,
    "автономия": OrganizationKind.DIASPORA_NGO,
    "диаспора": OrganizationKind.DIASPORA_NGO,
    "община": OrganizationKind.DIASPORA_NGO,
    "ассоциация": OrganizationKind.DIASPORA_NGO,
    "университет": OrganizationKind.UNIVERSITY,
    "институт": OrganizationKind.UNIVERSITY,
    "академия": OrganizationKind.UNIVERSITY,
    "школа": OrganizationKind.SCHOOL,
    "гимназия": OrganizationKind.SCHOOL,
    "компания": OrganizationKind.COMPANY,
    "лаборатория": OrganizationKind.OTHER,
    "команда": OrganizationKind.OTHER,
    "embassy": OrganizationKind.EMBASSY,
    "consulate": OrganizationKind.CONSULATE,
    "chancery": OrganizationKind.CHANCERY,
    "office": OrganizationKind.CHANCERY,
    "administration": OrganizationKind.CITY_ADMINISTRATION,
    "hall": OrganizationKind.CITY_ADMINISTRATION,
    "ministry": OrganizationKind.MINISTRY,
    "government": OrganizationKind.REGIONAL_GOVERNMENT,
    "university": OrganizationKind.UNIVERSITY,
    "school": OrganizationKind.SCHOOL,
    "association": OrganizationKind.DIASPORA_NGO,
    "autonomy": OrganizationKind.DIASPORA_NGO,
    "organization": OrganizationKind.DIASPORA_NGO,
    "organisation": OrganizationKind.DIASPORA_NGO,
    "company": OrganizationKind.COMPANY,
}

AGREEMENT_WORDS: dict[str, AgreementKind] = {
    "меморандум": AgreementKind.MEMORANDUM,
    "соглашение": AgreementKind.COOPERATION,
    "договор": AgreementKind.COOPERATION,
    "протокол": AgreementKind.PROTOCOL,
    "memorandum": AgreementKind.MEMORANDUM,
    "agreement": AgreementKind.COOPERATION,
    "protocol": AgreementKind.PROTOCOL,
}
SISTER_CITY_STEMS = ("побратим", "twin", "sister")
DELEGATION_WORDS = frozenset({"делегация", "delegation"})
# Words of a place name that make it a region rather than a city.
REGION_WORDS = frozenset({"край", "область", "округ", "район", "region", "province", "oblast"})
