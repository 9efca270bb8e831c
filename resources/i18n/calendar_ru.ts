<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/view.py" line="158" />
        <source>Previous period (PgUp)</source>
        <extracomment>Ctrl+N: the person wants a new event on this day (the shell or an editor answers)</extracomment>
        <translation>Предыдущий период (PgUp)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/view.py" line="159" />
        <source>Next period (PgDn)</source>
        <translation>Следующий период (PgDn)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/view.py" line="160" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/view.py" line="161" />
        <source>Go to today (T)</source>
        <translation>Перейти к сегодняшнему дню (T)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/view.py" line="163" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/view.py" line="164" />
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/view.py" line="165" />
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/view.py" line="166" />
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/view.py" line="171" />
        <source>Nothing in this period.</source>
        <translation>В этом периоде ничего нет.</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/agenda.py" line="131" />
        <location filename="../../desktop/diplotrack/ui/views/calendar/agenda.py" line="139" />
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/agenda.py" line="136" />
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/agenda.py" line="138" />
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/views/calendar/month.py" line="24" />
        <source>+%n more</source>
        <translation>
            <numerusform>+%n ещё</numerusform>
            <numerusform>+%n ещё</numerusform>
            <numerusform>+%n ещё</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/moving.py" line="42" />
        <source>A delegation's dates are changed in the delegation itself.</source>
        <translation>Даты делегации меняются в карточке делегации.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/moving.py" line="46" />
        <source>Only the first occurrence of a repeating event can be dragged; it moves the whole series. Open the event to change a single occurrence.</source>
        <translation>Перетащить можно только первое повторение мероприятия — оно переносит всю серию. Чтобы изменить одно повторение, откройте мероприятие.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/calendar/moving.py" line="59" />
        <source>Move “%1”</source>
        <translation>Перенос «%1»</translation>
    </message>
</context>
</TS>