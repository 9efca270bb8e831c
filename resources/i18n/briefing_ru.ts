<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Briefing</name>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="72"/>
        <source>About the event</source>
        <translation>Сведения о мероприятии</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="73"/>
        <source>About the visit</source>
        <translation>Сведения о визите</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="75"/>
        <source>General information</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="84"/>
        <source>Counterpart</source>
        <translation>Собеседник</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="86"/>
        <source>Counterparts</source>
        <translation>Собеседники</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="89"/>
        <source>Key people</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visit_sections.py" line="26"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visit_sections.py" line="27"/>
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visit_sections.py" line="29"/>
        <source>In Cyrillic</source>
        <translation>Латиницей</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="110"/>
        <location filename="../../desktop/diplotrack/briefing/visit_sections.py" line="30"/>
        <source>Post</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visit_sections.py" line="38"/>
        <source>Members of the delegation</source>
        <translation>Состав делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="105"/>
        <source>now</source>
        <translation>н. в.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="109"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="111"/>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="149"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="113"/>
        <source>Career</source>
        <translation>Должности</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visit_sections.py" line="45"/>
        <source>The receiving side</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visit_sections.py" line="52"/>
        <source>Topics of the talks</source>
        <translation>Темы переговоров</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visit_sections.py" line="85"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visit_sections.py" line="86"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visit_sections.py" line="87"/>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visit_sections.py" line="97"/>
        <source>local time</source>
        <translation>время местное</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visit_sections.py" line="100"/>
        <source>Programme of the visit</source>
        <translation>Программа визита</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visit_sections.py" line="106"/>
        <source>Goals of the visit</source>
        <translation>Цели визита</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="124"/>
        <source>open-ended</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="127"/>
        <source>{days} left</source>
        <translation>осталось {days}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="146"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="147"/>
        <location filename="../../desktop/diplotrack/briefing/visit_sections.py" line="127"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="148"/>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="149"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visit_sections.py" line="126"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="219"/>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="227"/>
        <location filename="../../desktop/diplotrack/briefing/visit_sections.py" line="128"/>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="74"/>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="163"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visit_sections.py" line="130"/>
        <source>Documents to sign</source>
        <translation>Документы к подписанию</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="167"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="168"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="179"/>
        <source>History of contacts (the last {shown} of {total})</source>
        <translation>История контактов (последние {shown} из {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="182"/>
        <source>History of contacts</source>
        <translation>История контактов</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="183"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="189"/>
        <source>Agreements in force</source>
        <translation>Действующие соглашения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="197"/>
        <source>Expired agreements worth renewing</source>
        <translation>Истекшие соглашения, которые стоит продлить</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="212"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="216"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="217"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="218"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="221"/>
        <source>Follow-ups</source>
        <translation>Поручения</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/briefing/document.py" line="230"/>
        <source>+%n more planned</source>
        <translation>
            <numerusform>и ещё %n запланированное</numerusform>
            <numerusform>и ещё %n запланированных</numerusform>
            <numerusform>и ещё %n запланированных</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="232"/>
        <source>Planned events</source>
        <translation>Планируемые мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="239"/>
        <source>Talking points</source>
        <translation>Тезисы к беседе</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="246"/>
        <source>For reference</source>
        <translation>Справочно</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="252"/>
        <source>Attached files</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/document.py" line="256"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/gathering.py" line="67"/>
        <source>Official name</source>
        <translation>Официальное название</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/gathering.py" line="75"/>
        <location filename="../../desktop/diplotrack/briefing/gathering.py" line="100"/>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="62"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/gathering.py" line="81"/>
        <location filename="../../desktop/diplotrack/briefing/gathering.py" line="196"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/gathering.py" line="87"/>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/gathering.py" line="108"/>
        <source>Parent organization</source>
        <translation>Вышестоящая организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/gathering.py" line="189"/>
        <source>Location</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/request.py" line="48"/>
        <source>BRIEFING NOTE</source>
        <translation>СПРАВКА</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/gathering.py" line="122"/>
        <source>on cooperation with</source>
        <translation>о сотрудничестве</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/gathering.py" line="120"/>
        <source>Briefing note on cooperation with {subject}</source>
        <translation>Справка о сотрудничестве: {subject}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/gathering.py" line="154"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/gathering.py" line="163"/>
        <source>BIOGRAPHICAL NOTE</source>
        <translation>БИОГРАФИЧЕСКАЯ СПРАВКА</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/gathering.py" line="166"/>
        <source>Biographical note: {subject}</source>
        <translation>Биографическая справка: {subject}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/pages.py" line="70"/>
        <source>Prepared by: {name}</source>
        <translation>Подготовил: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/pages.py" line="74"/>
        <source>page {page} of {count}</source>
        <translation>стр. {page} из {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="30"/>
        <source>for the meeting</source>
        <translation>к встрече</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="31"/>
        <source>for the visit</source>
        <translation>к визиту</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="32"/>
        <source>for the conference</source>
        <translation>к конференции</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="33"/>
        <source>for the signing</source>
        <translation>к подписанию</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="34"/>
        <source>for the reception</source>
        <translation>к приёму</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="35"/>
        <source>for the talks</source>
        <translation>к переговорам</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="37"/>
        <source>for the event</source>
        <translation>к мероприятию</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="54"/>
        <source>When</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="58"/>
        <source>Where</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="81"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="87"/>
        <source>Host</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="95"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="111"/>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="190"/>
        <source>Briefing note {purpose}: {subject}</source>
        <translation>Справка {purpose}: {subject}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="142"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="155"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="160"/>
        <source>Dates of the visit</source>
        <translation>Сроки визита</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/visits.py" line="188"/>
        <source>for the visit of the delegation</source>
        <translation>к визиту делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="9"/>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="10"/>
        <source>visit</source>
        <translation>визит</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="11"/>
        <source>conference / forum</source>
        <translation>конференция / форум</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="12"/>
        <source>signing</source>
        <translation>подписание</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="13"/>
        <source>reception</source>
        <translation>приём</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="14"/>
        <source>call / video call</source>
        <translation>переговоры / видеосвязь</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="15"/>
        <source>cultural, sport or education event</source>
        <translation>культурное, спортивное или образовательное мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="16"/>
        <source>other event</source>
        <translation>другое мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="17"/>
        <source>incoming delegation</source>
        <translation>входящая делегация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="18"/>
        <source>outgoing delegation</source>
        <translation>выездная делегация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="19"/>
        <source>planned</source>
        <translation>планируется</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="20"/>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="21"/>
        <source>held</source>
        <translation>проведено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="22"/>
        <source>postponed</source>
        <translation>перенесено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="23"/>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="54"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="24"/>
        <source>official</source>
        <translation>официальное</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="25"/>
        <source>working</source>
        <translation>рабочее</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="26"/>
        <source>in person</source>
        <translation>очно</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="27"/>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="28"/>
        <source>hybrid</source>
        <translation>смешанный формат</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="29"/>
        <source>host</source>
        <translation>принимающая сторона</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="30"/>
        <source>guest</source>
        <translation>гость</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="31"/>
        <source>head of delegation</source>
        <translation>глава делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="32"/>
        <source>member of delegation</source>
        <translation>член делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="33"/>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="34"/>
        <source>sister-city agreement or memorandum</source>
        <translation>соглашение (меморандум) о побратимстве</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="37"/>
        <source>cooperation agreement</source>
        <translation>соглашение о сотрудничестве</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="38"/>
        <source>memorandum of understanding</source>
        <translation>меморандум о взаимопонимании</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="39"/>
        <source>protocol</source>
        <translation>протокол</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="40"/>
        <source>road map / action plan</source>
        <translation>дорожная карта / план действий</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="41"/>
        <source>other agreement</source>
        <translation>иное соглашение</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="42"/>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="43"/>
        <source>under negotiation</source>
        <translation>на согласовании</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="44"/>
        <source>signed</source>
        <translation>подписано</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="45"/>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="46"/>
        <source>expired</source>
        <translation>истекло</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="47"/>
        <source>terminated</source>
        <translation>прекращено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="48"/>
        <source>renewed automatically</source>
        <translation>продлевается автоматически</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="49"/>
        <source>renewed by decision</source>
        <translation>продлевается по решению сторон</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="50"/>
        <source>not renewed</source>
        <translation>без продления</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="51"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="52"/>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="53"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="55"/>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="56"/>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="57"/>
        <source>district</source>
        <translation>район</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="58"/>
        <source>other place</source>
        <translation>иной населённый пункт</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="59"/>
        <source>embassy</source>
        <translation>посольство</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="60"/>
        <source>consulate</source>
        <translation>консульство</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="61"/>
        <source>chancery</source>
        <translation>канцелярия</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="62"/>
        <source>ministry</source>
        <translation>министерство</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="63"/>
        <source>city administration</source>
        <translation>администрация города</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="66"/>
        <source>regional government</source>
        <translation>правительство региона</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="69"/>
        <source>diaspora / NGO</source>
        <translation>диаспора / НКО</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="70"/>
        <source>university</source>
        <translation>университет</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="71"/>
        <source>school</source>
        <translation>школа</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="72"/>
        <source>company</source>
        <translation>компания</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="73"/>
        <source>international organization</source>
        <translation>международная организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="76"/>
        <source>cultural organization</source>
        <translation>организация культуры</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/vocabulary.py" line="77"/>
        <source>other organization</source>
        <translation>иная организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/sections.py" line="155"/>
        <source>Delegation of {organization}</source>
        <translation>Делегация: {organization}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/sections.py" line="161"/>
        <source>Visit to {place}</source>
        <translation>Визит: {place}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/wording.py" line="179"/>
        <source>local time, {place} ({offset})</source>
        <translation>время местное, {place} ({offset})</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/briefing/wording.py" line="181"/>
        <source>local time, {offset}</source>
        <translation>время местное, {offset}</translation>
    </message>
</context>
</TS>
