<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CountryRegisterView</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/registers.py" line="240"/>
        <source>Show all countries, not only those with records</source>
        <translation>Показать все страны, а не только те, по которым есть записи</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="177"/>
        <source>Filter:</source>
        <extracomment>typing in the text box waits this long for the next key before filtering the date edits show this (as &quot;—&quot;) for &quot;no bound&quot;</extracomment>
        <translation>Фильтр:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="178"/>
        <source>+ country</source>
        <translation>+ страна</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="179"/>
        <source>Type a country&apos;s name, another name or its code</source>
        <translation>Введите название страны, другое её название или код</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="182"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="183"/>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="184"/>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="190"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="189"/>
        <source>Events and delegations</source>
        <translation>Мероприятия и делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="191"/>
        <source>Follow-ups</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="194"/>
        <source>Saved filters</source>
        <translation>Сохранённые фильтры</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="195"/>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="196"/>
        <source>Show everything again</source>
        <translation>Снова показать всё</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="197"/>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="198"/>
        <source>+ person</source>
        <translation>+ персона</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="199"/>
        <source>+ organization</source>
        <translation>+ организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="200"/>
        <source>Search… (Ctrl+F)</source>
        <translation>Поиск… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="235"/>
        <source>No country is called “%1”</source>
        <translation>Нет страны с названием «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="331"/>
        <source>Save filter…</source>
        <translation>Сохранить фильтр…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="342"/>
        <source>Delete saved filter</source>
        <translation>Удалить сохранённый фильтр</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="349"/>
        <source>Save filter</source>
        <translation>Сохранить фильтр</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="349"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="394"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="395"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/filter_bar.py" line="396"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/registers.py" line="153"/>
        <source>Search this list…</source>
        <translation>Поиск в этом списке…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/registers.py" line="158"/>
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
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="130"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="131"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="162"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="205"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="132"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="206"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="291"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="304"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="133"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="175"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="225"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="264"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="134"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="296"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="136"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="142"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="154"/>
        <source>not fixed</source>
        <translation>не назначено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="161"/>
        <source>Arrival – departure</source>
        <translation>Прибытие – отъезд</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="164"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="169"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="278"/>
        <location filename="../../desktop/diplotrack/ui/models/country_model.py" line="31"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="174"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="196"/>
        <source>(days left: {days})</source>
        <translation>(осталось дней: {days})</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="208"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="214"/>
        <source>Signed on</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="219"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="251"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="257"/>
        <source>What</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="262"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="269"/>
        <source>Linked record</source>
        <translation>Связано с</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="281"/>
        <source>Full name</source>
        <translation>Показать все страны, а не только те, по которым есть записи</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="289"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="301"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="282"/>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="302"/>
        <source>In the other script</source>
        <translation>В другом написании</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="283"/>
        <source>Current position</source>
        <translation>Текущая должность</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="284"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/register_columns.py" line="297"/>
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
