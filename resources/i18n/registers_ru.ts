<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_country.py" line="56"/>
        <source>+ country</source>
        <translation>+ страна</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_country.py" line="57"/>
        <source>Type a country&apos;s name, another name or its code</source>
        <translation>Введите название страны, другое её название или код</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_country.py" line="91"/>
        <source>Several countries: pick one from the list</source>
        <translation>Несколько стран: выберите из списка</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_country.py" line="95"/>
        <source>No such country</source>
        <translation>Такой страны нет</translation>
    </message>
</context>
<context>
    <name>CountryRegisterView</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/registers.py" line="292"/>
        <source>Show all countries, not only those with records</source>
        <translation>Показать все страны, а не только те, по которым есть записи</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="169"/>
        <source>Filter:</source>
        <extracomment>typing in the text box waits this long for the next key before filtering the date edits show this (as &quot;—&quot;) for &quot;no bound&quot;</extracomment>
        <translation>Фильтр:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="173"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="174"/>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="175"/>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="181"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="180"/>
        <source>Events and delegations</source>
        <translation>Мероприятия и делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="182"/>
        <source>Follow-ups</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="185"/>
        <source>Saved filters</source>
        <translation>Сохранённые фильтры</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="186"/>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="187"/>
        <source>Show everything again</source>
        <translation>Снова показать всё</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="188"/>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="189"/>
        <source>+ person</source>
        <translation>+ персона</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="190"/>
        <source>+ organization</source>
        <translation>+ организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="191"/>
        <source>Search… (Ctrl+F)</source>
        <translation>Поиск… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="285"/>
        <source>Save filter…</source>
        <translation>Сохранить фильтр…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="296"/>
        <source>Delete saved filter</source>
        <translation>Удалить сохранённый фильтр</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="303"/>
        <source>Save filter</source>
        <translation>Сохранить фильтр</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="303"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="337"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="338"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="339"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/registers.py" line="176"/>
        <source>Search this list…</source>
        <translation>Поиск в этом списке…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/registers.py" line="188"/>
        <source>Nothing in this list matches “%1”. Try another word, or clear the search.</source>
        <translation>В этом списке ничего не найдено по запросу «%1». Попробуйте другое слово или очистите поиск.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/registers.py" line="192"/>
        <source>Nothing here matches the filter. Press Clear above to see every record.</source>
        <translation>Под фильтр ничего не подходит. Нажмите «Сбросить» над списком, чтобы увидеть все записи.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/registers.py" line="197"/>
        <source>Nothing here yet. Add an event with File ▸ New event… (%1), or bring records in from a calendar or a spreadsheet with File ▸ Import… (%2).</source>
        <translation>Здесь пока ничего нет. Добавьте мероприятие: Файл ▸ Новое мероприятие… (%1) — или загрузите записи из календаря или таблицы: Файл ▸ Импорт… (%2).</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation type="vanished">Здесь пока ничего нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/registers.py" line="209"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>registers</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="87"/>
        <source>Winter {year}</source>
        <extracomment>an agreement expiring within this many days shows the days left</extracomment>
        <translation>Зима {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="88"/>
        <source>Spring {year}</source>
        <translation>Весна {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="89"/>
        <source>Summer {year}</source>
        <translation>Лето {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="90"/>
        <source>Autumn {year}</source>
        <translation>Осень {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="136"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="137"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="168"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="213"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="138"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="214"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="299"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="312"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="139"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="181"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="233"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="272"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="140"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="304"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="142"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="148"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="160"/>
        <source>not fixed</source>
        <translation>не назначено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="167"/>
        <source>Arrival – departure</source>
        <translation>Прибытие – отъезд</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="170"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/country_model.py" line="31"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="175"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="286"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="180"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="202"/>
        <source>(days left: {days})</source>
        <translation>(осталось дней: {days})</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="216"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="222"/>
        <source>Signed on</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="227"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="259"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="265"/>
        <source>What</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="270"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="277"/>
        <source>Linked record</source>
        <translation>Связано с</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="289"/>
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="297"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="309"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="290"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="310"/>
        <source>In the other script</source>
        <translation>В другом написании</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="291"/>
        <source>Current position</source>
        <translation>Текущая должность</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="292"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="305"/>
        <source>Parent organization</source>
        <translation>Вышестоящая организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/country_model.py" line="30"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/country_model.py" line="32"/>
        <source>In the other language</source>
        <translation>На другом языке</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/country_model.py" line="33"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/country_model.py" line="34"/>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/country_model.py" line="35"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
</context>
</TS>
