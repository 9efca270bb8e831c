<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/view.py" line="157"/>
        <source>Nothing in this period.</source>
        <extracomment>Ctrl+N: the person wants a new event on this day (the shell or an editor answers)</extracomment>
        <translation>В этом периоде ничего нет.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/toolbar.py" line="63"/>
        <source>Previous period (PgUp)</source>
        <translation>Предыдущий период (PgUp)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/toolbar.py" line="64"/>
        <source>Next period (PgDn)</source>
        <translation>Следующий период (PgDn)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/toolbar.py" line="65"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/toolbar.py" line="66"/>
        <source>Go to today (T)</source>
        <translation>Перейти к сегодняшнему дню (T)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/toolbar.py" line="68"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/toolbar.py" line="69"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/toolbar.py" line="70"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/toolbar.py" line="71"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/agenda.py" line="133"/>
        <location filename="../../desktop/diplotrack/ui/views/calendar/agenda.py" line="141"/>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/agenda.py" line="138"/>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/agenda.py" line="140"/>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/agenda.py" line="153"/>
        <source>Date not fixed</source>
        <translation>Дата уточняется</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/views/calendar/month.py" line="32"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n ещё</numerusform>
            <numerusform>+%n ещё</numerusform>
            <numerusform>+%n ещё</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/moving.py" line="38"/>
        <source>A delegation&apos;s dates are changed in the delegation itself.</source>
        <translation>Даты делегации меняются в карточке делегации.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/moving.py" line="42"/>
        <source>Only the first occurrence of a repeating event can be dragged; it moves the whole series. Open the event to change a single occurrence.</source>
        <translation>Перетащить можно только первое повторение мероприятия — оно переносит всю серию. Чтобы изменить одно повторение, откройте мероприятие.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/moving.py" line="57"/>
        <source>Move “%1”</source>
        <translation>Перенос «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/approximate.py" line="37"/>
        <source>Date not fixed: %1</source>
        <translation>Дата уточняется: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/approximate.py" line="240"/>
        <source>All of them in the month&apos;s list</source>
        <translation>Все — в списке за месяц</translation>
    </message>
</context>
</TS>
