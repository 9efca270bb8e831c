<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>labels</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="21"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="22"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="23"/>
        <source>Conference / forum</source>
        <translation>Конференция / форум</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="24"/>
        <source>Signing</source>
        <translation>Подписание</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="25"/>
        <source>Reception</source>
        <translation>Приём</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="26"/>
        <source>Call / video call</source>
        <translation>Звонок / видеосвязь</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="27"/>
        <source>Cultural, sport or education event</source>
        <translation>Культурное, спортивное или образовательное мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="28"/>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="67"/>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="71"/>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="79"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="29"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="30"/>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="31"/>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="32"/>
        <source>Postponed</source>
        <translation>Перенесено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="33"/>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="92"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="34"/>
        <source>Official</source>
        <translation>Официальный</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="35"/>
        <source>Working</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="36"/>
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="37"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="38"/>
        <source>Hybrid</source>
        <translation>Смешанный</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="39"/>
        <source>Exact</source>
        <translation>Точная дата</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="40"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="41"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="42"/>
        <source>Season</source>
        <translation>Сезон</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="43"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="44"/>
        <source>Host</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="45"/>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="46"/>
        <source>Head of delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="47"/>
        <source>Member</source>
        <translation>Член делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="48"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="49"/>
        <source>Embassy</source>
        <translation>Посольство</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="50"/>
        <source>Consulate</source>
        <translation>Консульство</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="51"/>
        <source>Chancery</source>
        <translation>Канцелярия</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="52"/>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="55"/>
        <source>City administration</source>
        <translation>Администрация города</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="59"/>
        <source>Regional government</source>
        <translation>Правительство региона</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="61"/>
        <source>Diaspora / NGO</source>
        <translation>Диаспора / НКО</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="62"/>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="63"/>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="64"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="65"/>
        <source>International body</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="66"/>
        <source>Cultural institution</source>
        <translation>Учреждение культуры</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="68"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="69"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="70"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="72"/>
        <source>Incoming</source>
        <translation>Входящая</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="73"/>
        <source>Outgoing</source>
        <translation>Исходящая</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="74"/>
        <source>Sister-city agreement</source>
        <translation>Соглашение о побратимстве</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="75"/>
        <source>Cooperation agreement</source>
        <translation>Соглашение о сотрудничестве</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="76"/>
        <source>Memorandum of understanding</source>
        <translation>Меморандум о взаимопонимании</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="77"/>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="78"/>
        <source>Road map / action plan</source>
        <translation>Дорожная карта / план действий</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="80"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="81"/>
        <source>Negotiating</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="82"/>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="83"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="84"/>
        <source>Expired</source>
        <translation>Истекло</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="85"/>
        <source>Terminated</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="86"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="87"/>
        <source>By decision</source>
        <translation>По решению сторон</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="88"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="89"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="90"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="91"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="100"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="100"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="102"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="103"/>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="106"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="107"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="110"/>
        <source>Follow-up</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="111"/>
        <source>Follow-ups</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="113"/>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="113"/>
        <source>People</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="115"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="116"/>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="118"/>
        <source>Place</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="118"/>
        <source>Places</source>
        <translation>Населённые пункты</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="119"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/labels.py" line="119"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/operations.py" line="48"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
</TS>
