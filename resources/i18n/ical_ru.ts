<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="8"/>
        <source>The file cannot be read: {detail}</source>
        <translation>Файл не читается: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="10"/>
        <source>This is not an iCalendar file: it holds no BEGIN:VCALENDAR or BEGIN:VEVENT</source>
        <translation>Это не файл iCalendar: в нём нет ни BEGIN:VCALENDAR, ни BEGIN:VEVENT</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="13"/>
        <source>No event in the file can be imported (parts left out: {count}); the first: {first}</source>
        <translation>Ни одно мероприятие из файла нельзя импортировать (пропущено частей: {count}); первая: {first}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="16"/>
        <source>Broken parts of the file: {count}, the first: {first}; the file is refused as a whole</source>
        <translation>Повреждено частей файла: {count}, первая: {first}; файл отклонён целиком</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="20"/>
        <source>{name} begun here is never ended (END:{name} is missing)</source>
        <translation>Начатый здесь {name} не закрыт (нет END:{name})</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="21"/>
        <source>END:{found} does not close the {name} begun at line {begun}</source>
        <translation>END:{found} не закрывает {name}, начатый в строке {begun}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="22"/>
        <source>END:{found} closes nothing that was begun</source>
        <translation>END:{found} ничего не закрывает</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="23"/>
        <source>This line is not a property (NAME:value): «{text}»</source>
        <translation>Эта строка не свойство (ИМЯ:значение): «{text}»</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="24"/>
        <source>This line holds a control character ({code})</source>
        <translation>В строке управляющий символ ({code})</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="27"/>
        <source>{name} cannot be read: {detail}</source>
        <translation>{name} не читается: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="28"/>
        <source>The event has no DTSTART: it says nothing about when it happens</source>
        <translation>У мероприятия нет DTSTART: неизвестно, когда оно проходит</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="30"/>
        <source>DTSTART is a {start} but {name} is a {end}; RFC 5545 wants both of the same kind</source>
        <translation>DTSTART — {start}, а {name} — {end}; по RFC 5545 оба должны быть одного вида</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="32"/>
        <source>An all-day event&apos;s DURATION must be whole days or weeks, not «{value}»</source>
        <translation>DURATION мероприятия на весь день — целые дни или недели, а не «{value}»</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="33"/>
        <source>The event ends ({end}) before it starts ({start})</source>
        <translation>Мероприятие заканчивается ({end}) раньше, чем начинается ({start})</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="35"/>
        <source>The time zone «{tzid}» is neither defined in the file nor a zone DiploTrack knows</source>
        <translation>Часовой пояс «{tzid}» не описан в файле и не известен DiploTrack</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="38"/>
        <source>The time zone «{tzid}» has an offset ({offset}) that no known time zone has</source>
        <translation>У часового пояса «{tzid}» смещение ({offset}), которого нет ни у одного известного пояса</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="40"/>
        <source>The repeat rule cannot be used: {detail}</source>
        <translation>Правило повтора не применимо: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="42"/>
        <source>A METHOD:{method} message answers an invitation; it describes no event to import</source>
        <translation>Сообщение METHOD:{method} — ответ на приглашение; мероприятия для импорта в нём нет</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="44"/>
        <source>This cancels the event «{uid}», which is neither in the file nor known</source>
        <translation>Отменяется мероприятие «{uid}», которого нет ни в файле, ни в базе</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="45"/>
        <source>{name} is longer than {limit} characters</source>
        <translation>{name} длиннее {limit} символов</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="46"/>
        <source>The event cannot be read: {detail}</source>
        <translation>Мероприятие не читается: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="49"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
</context>
</TS>
