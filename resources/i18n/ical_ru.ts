<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="9"/>
        <source>The file cannot be read: there is no such file</source>
        <translation>Файл не читается: такого файла нет</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="10"/>
        <source>The file cannot be read: you are not allowed to read it</source>
        <translation>Файл не читается: нет прав на его чтение</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="11"/>
        <source>The file cannot be read: it is a folder</source>
        <translation>Файл не читается: это папка</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="12"/>
        <source>The file cannot be read: the system refused (error {code})</source>
        <translation>Файл не читается: система отказала (ошибка {code})</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="14"/>
        <source>This is not an iCalendar file: it holds no BEGIN:VCALENDAR or BEGIN:VEVENT</source>
        <translation>Это не файл iCalendar: в нём нет ни BEGIN:VCALENDAR, ни BEGIN:VEVENT</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="17"/>
        <source>No event in the file can be imported (parts left out: {count}); the first: {first}</source>
        <translation>Ни одно мероприятие из файла нельзя импортировать (пропущено частей: {count}); первая: {first}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="20"/>
        <source>Broken parts of the file: {count}, the first: {first}; the file is refused as a whole</source>
        <translation>Повреждено частей файла: {count}, первая: {first}; файл отклонён целиком</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="24"/>
        <source>{name} begun here is never ended (END:{name} is missing)</source>
        <translation>Начатый здесь {name} не закрыт (нет END:{name})</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="25"/>
        <source>END:{found} does not close the {name} begun at line {begun}</source>
        <translation>END:{found} не закрывает {name}, начатый в строке {begun}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="26"/>
        <source>END:{found} closes nothing that was begun</source>
        <translation>END:{found} ничего не закрывает</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="27"/>
        <source>This line is not a property (NAME:value): «{text}»</source>
        <translation>Эта строка не свойство (ИМЯ:значение): «{text}»</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="28"/>
        <source>This line holds a control character ({code})</source>
        <translation>В строке управляющий символ ({code})</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="33"/>
        <source>{name} cannot be read: «{value}» is not a date or a time as RFC 5545 writes them (20240410 or 20240410T110000)</source>
        <translation>{name} не читается: «{value}» — не дата и не время в записи RFC 5545 (20240410 или 20240410T110000)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="36"/>
        <source>{name} cannot be read: it has no value</source>
        <translation>{name} не читается: значение не указано</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="37"/>
        <source>{name} cannot be read: {value} is a time of day without a date</source>
        <translation>{name} не читается: {value} — время суток без даты</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="39"/>
        <source>{name} cannot be read: «{value}» is not a period (a start, then an end or a length)</source>
        <translation>{name} не читается: «{value}» — не период (начало, затем конец или длительность)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="42"/>
        <source>{name} cannot be read: «{value}» is not a length of time such as PT1H30M or P2D</source>
        <translation>{name} не читается: «{value}» — не длительность вида PT1H30M или P2D</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="45"/>
        <source>{name} cannot be read: «{value}» is not a day of the week (MO, TU, WE, TH, FR, SA, SU)</source>
        <translation>{name} не читается: «{value}» — не день недели (MO, TU, WE, TH, FR, SA, SU)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="47"/>
        <source>{name} cannot be read: «{value}» is not an offset from UTC such as +0700</source>
        <translation>{name} не читается: «{value}» — не смещение от UTC вида +0700</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="49"/>
        <source>{name} cannot be read: «{value}» is not how often a rule repeats (DAILY, WEEKLY, MONTHLY, …)</source>
        <translation>{name} не читается: «{value}» — не частота повтора (DAILY, WEEKLY, MONTHLY, …)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="52"/>
        <source>{name} cannot be read: its line cannot be split into a name, parameters and a value</source>
        <translation>{name} не читается: строку не удаётся разделить на имя, параметры и значение</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="54"/>
        <source>{name} cannot be read: its value is not written as RFC 5545 wants</source>
        <translation>{name} не читается: значение записано не так, как требует RFC 5545</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="58"/>
        <source>DTSTART is a day (all day) but {name} is a date with a time; RFC 5545 wants both of the same kind</source>
        <translation>DTSTART — день (на весь день), а {name} — дата со временем; по RFC 5545 оба должны быть одного вида</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="62"/>
        <source>DTSTART is a date with a time but {name} is a day (all day); RFC 5545 wants both of the same kind</source>
        <translation>DTSTART — дата со временем, а {name} — день (на весь день); по RFC 5545 оба должны быть одного вида</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="66"/>
        <source>DTSTART is a local time without a zone but {name} has a zone; RFC 5545 wants both of the same kind</source>
        <translation>DTSTART — местное время без часового пояса, а у {name} пояс указан; по RFC 5545 оба должны быть одного вида</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="70"/>
        <source>DTSTART has a zone but {name} is a local time without one; RFC 5545 wants both of the same kind</source>
        <translation>У DTSTART указан часовой пояс, а {name} — местное время без пояса; по RFC 5545 оба должны быть одного вида</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="81"/>
        <source>The repeat rule «{rule}» cannot be used: it is not written as RFC 5545 wants</source>
        <translation>Правило повтора «{rule}» не применимо: оно записано не так, как требует RFC 5545</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="83"/>
        <source>The repeat rule «{rule}» cannot be used: {part} is not a part of a rule RFC 5545 knows</source>
        <translation>Правило повтора «{rule}» не применимо: {part} — не часть правила по RFC 5545</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="86"/>
        <source>The repeat rule «{rule}» cannot be used: «{value}» is not a date and time such as 20240410T040000</source>
        <translation>Правило повтора «{rule}» не применимо: «{value}» — не дата и время вида 20240410T040000</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="55"/>
        <source>The event has no DTSTART: it says nothing about when it happens</source>
        <translation>У мероприятия нет DTSTART: неизвестно, когда оно проходит</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="73"/>
        <source>An all-day event&apos;s DURATION must be whole days or weeks, not «{value}»</source>
        <translation>DURATION мероприятия на весь день — целые дни или недели, а не «{value}»</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="74"/>
        <source>The event ends ({end}) before it starts ({start})</source>
        <translation>Мероприятие заканчивается ({end}) раньше, чем начинается ({start})</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="76"/>
        <source>The time zone «{tzid}» is neither defined in the file nor a zone DiploTrack knows</source>
        <translation>Часовой пояс «{tzid}» не описан в файле и не известен DiploTrack</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="79"/>
        <source>The time zone «{tzid}» has an offset ({offset}) that no known time zone has</source>
        <translation>У часового пояса «{tzid}» смещение ({offset}), которого нет ни у одного известного пояса</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="90"/>
        <source>A METHOD:{method} message answers an invitation; it describes no event to import</source>
        <translation>Сообщение METHOD:{method} — ответ на приглашение; мероприятия для импорта в нём нет</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="92"/>
        <source>This cancels the event «{uid}», which is neither in the file nor known</source>
        <translation>Отменяется мероприятие «{uid}», которого нет ни в файле, ни в базе</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="93"/>
        <source>{name} is longer than {limit} characters</source>
        <translation>{name} длиннее {limit} символов</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/ical/messages.py" line="96"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
</context>
</TS>
