<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="12"/>
        <source>The file “{name}” cannot be opened: there is no such file.</source>
        <translation>Файл «{name}» не открывается: такого файла нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="13"/>
        <source>The file “{name}” cannot be opened: you are not allowed to read it.</source>
        <translation>Файл «{name}» не открывается: нет прав на его чтение.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="14"/>
        <source>The file “{name}” cannot be opened: it is a folder.</source>
        <translation>Файл «{name}» не открывается: это папка.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="16"/>
        <source>The file “{name}” cannot be opened: the system refused (error {code}).</source>
        <translation>Файл «{name}» не открывается: система отказала (ошибка {code}).</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="20"/>
        <source>“{name}” is not an Excel workbook DiploTrack can read: it is not a file Excel saves as .xlsx, or it is cut short. Save it from Excel as .xlsx or as CSV.</source>
        <translation>«{name}» — не книга Excel, которую DiploTrack может прочитать: это не файл, который Excel сохраняет как .xlsx, или он обрезан. Сохраните его из Excel как .xlsx или CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="24"/>
        <source>“{name}” is not an Excel workbook DiploTrack can read: it is damaged, its packed contents do not unpack. Save it again from Excel as .xlsx or as CSV.</source>
        <translation>«{name}» — не книга Excel, которую DiploTrack может прочитать: файл повреждён, его сжатое содержимое не распаковывается. Сохраните его из Excel заново как .xlsx или CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="28"/>
        <source>“{name}” is not an Excel workbook DiploTrack can read: a part every workbook has is missing from it. Save it again from Excel as .xlsx or as CSV.</source>
        <translation>«{name}» — не книга Excel, которую DiploTrack может прочитать: в нём нет части, которая есть в любой книге. Сохраните его из Excel заново как .xlsx или CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="32"/>
        <source>“{name}” is not an Excel workbook DiploTrack can read: a part of it is damaged or not as Excel writes it. Save it again from Excel as .xlsx or as CSV.</source>
        <translation>«{name}» — не книга Excel, которую DiploTrack может прочитать: часть файла повреждена или записана не так, как её пишет Excel. Сохраните его из Excel заново как .xlsx или CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="36"/>
        <source>“{name}” is not an Excel workbook DiploTrack can read: it is protected with a password. Save it from Excel without a password, as .xlsx or as CSV.</source>
        <translation>«{name}» — не книга Excel, которую DiploTrack может прочитать: файл защищён паролем. Сохраните его из Excel без пароля как .xlsx или CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="40"/>
        <source>“{name}” is in the old Excel format (.xls). Save it from Excel as .xlsx (Excel Workbook).</source>
        <translation>«{name}» сохранён в старом формате Excel (.xls). Сохраните его из Excel как .xlsx (Книга Excel).</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="43"/>
        <source>“{name}” is neither a spreadsheet nor a text table: byte {offset} is not text. Save it as .xlsx or CSV.</source>
        <translation>«{name}» — ни электронная таблица, ни текстовая таблица: байт {offset} — не текст. Сохраните файл как .xlsx или CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="47"/>
        <source>“{name}” reads as running text, not as a table of records, so it cannot be imported. If it is a press release, make a draft of it: diplotrack draft {path}</source>
        <translation>«{name}» — связный текст, а не таблица записей, поэтому его нельзя загрузить. Если это пресс-релиз, составьте по нему черновик: diplotrack draft {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="52"/>
        <source>“{name}” cannot be read as a text table: a cell starting at line {line} is longer than {limit} characters; perhaps a quotation mark in it is never closed.</source>
        <translation>«{name}» не читается как текстовая таблица: ячейка, начинающаяся в строке {line}, длиннее {limit} символов; возможно, в ней не закрыта кавычка.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="56"/>
        <source>“{name}” cannot be read as a text table: line {line} cannot be split into cells.</source>
        <translation>«{name}» не читается как текстовая таблица: строку {line} не удаётся разделить на ячейки.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="58"/>
        <source>“{name}” holds no table: no row with column headings was found.</source>
        <translation>В «{name}» нет таблицы: не найдена строка с заголовками столбцов.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="60"/>
        <source>None of the columns of “{name}” is known ({headers}). Name them like the register&apos;s fields (Дата, Название, Страна, …) or map them by hand.</source>
        <translation>Ни один столбец «{name}» не распознан ({headers}). Назовите их как поля реестра (Дата, Название, Страна, …) или сопоставьте вручную.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="63"/>
        <source>“{register}” is not a register a table can be imported into.</source>
        <translation>«{register}» — не реестр, в который можно загрузить таблицу.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="65"/>
        <source>The mapping names {given} columns, but the table has {width}. Map the table again.</source>
        <translation>В сопоставлении {given} столбцов, а в таблице {width}. Сопоставьте столбцы заново.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="67"/>
        <source>No column is mapped to “{name}”, which {register} need.</source>
        <translation>Ни один столбец не сопоставлен полю «{name}», без которого не обойтись ({register}).</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="69"/>
        <source>{count} of {total} rows have problems, so nothing was imported. Correct them, or import the good rows and leave these out.</source>
        <translation>В {count} из {total} строк есть ошибки, поэтому ничего не загружено. Исправьте их или загрузите только верные строки.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="72"/>
        <source>The database could not be written: {detail}</source>
        <translation>Не удалось записать в базу данных: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="75"/>
        <source>The cell is empty, but it must be filled in.</source>
        <translation>Ячейка пуста, а её нужно заполнить.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="76"/>
        <source>“{value}” is not a date (write 10.04.2024, 2024-04-10 or 10 апреля 2024).</source>
        <translation>«{value}» — не дата (пишите 10.04.2024, 2024-04-10 или 10 апреля 2024).</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="77"/>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» — не число.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="78"/>
        <source>{value} is outside {low}…{high}.</source>
        <translation>{value} — вне пределов {low}…{high}.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="79"/>
        <source>“{value}” is not a country DiploTrack knows (by name, alias or code).</source>
        <translation>«{value}» — страна, которой DiploTrack не знает (ни по названию, ни по другому имени, ни по коду).</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="80"/>
        <source>“{value}” names several countries: {codes}.</source>
        <translation>«{value}» называет несколько стран: {codes}.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="81"/>
        <source>“{value}” is not one of: {choices}.</source>
        <translation>«{value}» — не из списка: {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="82"/>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation>Окончание ({end}) раньше начала ({start}).</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="84"/>
        <source>The place “{value}” is not known and the row names no country to add it in.</source>
        <translation>Населённый пункт «{value}» неизвестен, а страны, чтобы его добавить, в строке нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="86"/>
        <source>The text is {length} characters long; at most {limit} fit.</source>
        <translation>В тексте {length} знаков; помещается не больше {limit}.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="88"/>
        <source>The place “{value}” is not known, and the row names several countries ({codes}), so it is not clear where it is. Add the place first.</source>
        <translation>Населённый пункт «{value}» неизвестен, а в строке несколько стран ({codes}), так что неясно, где он. Сначала добавьте его.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="91"/>
        <source>A city cannot be its own sister city (“{value}”).</source>
        <translation>Город не может быть побратимом самому себе («{value}»).</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="92"/>
        <source>“{value}” is an identifier, not a name.</source>
        <translation>«{value}» — идентификатор, а не название.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="94"/>
        <source>“{value}” is neither a known place, organization nor country; add it first.</source>
        <translation>«{value}» — не известный населённый пункт, организация или страна; сначала добавьте его.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/messages.py" line="96"/>
        <source>The row has {count} cells, but the table has only {width} columns.</source>
        <translation>В строке {count} ячеек, а в таблице только {width} столбцов.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="121"/>
        <source>Places</source>
        <translation>Населённые пункты</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="185"/>
        <source>People</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="264"/>
        <source>Sister cities</source>
        <translation>Города-побратимы</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="98"/>
        <source>Venue</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="65"/>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="66"/>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="139"/>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="274"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="70"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="72"/>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="230"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="75"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="82"/>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="86"/>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="138"/>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="176"/>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="235"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="87"/>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="236"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="88"/>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="255"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="91"/>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="178"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="104"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="111"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="125"/>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="163"/>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="189"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="133"/>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="197"/>
        <source>Name in the other script</source>
        <translation>Имя в другой письменности</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="140"/>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="276"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="143"/>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="280"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="149"/>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="286"/>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="159"/>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="171"/>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="204"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="208"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="215"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="226"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="239"/>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="338"/>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="245"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="251"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="268"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="292"/>
        <source>Sister city</source>
        <translation>Город-побратим</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="307"/>
        <source>Sister city&apos;s country</source>
        <translation>Страна побратима</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="320"/>
        <source>Sister city&apos;s latitude</source>
        <translation>Широта побратима</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="326"/>
        <source>Sister city&apos;s longitude</source>
        <translation>Долгота побратима</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/fields.py" line="332"/>
        <source>Sister city&apos;s population</source>
        <translation>Население побратима</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/exporting.py" line="41"/>
        <source>“{register}” is not a register; one of: {registers}.</source>
        <translation>«{register}» — не реестр; реестры: {registers}.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/exporting.py" line="42"/>
        <source>“{file_format}” is not an export format; one of: {formats}.</source>
        <translation>«{file_format}» — не формат выгрузки; форматы: {formats}.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/interchange/tables/exporting.py" line="43"/>
        <source>“{path}” cannot be written: {detail}.</source>
        <translation>Не удаётся записать «{path}»: {detail}.</translation>
    </message>
</context>
</TS>
