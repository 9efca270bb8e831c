<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/exchange_actions.py" line="58"/>
        <source>&amp;Import…</source>
        <extracomment>where the window reads a press release: File ▸ New from press release…, as the menus say it (a translation context and text each, looked up where the menus&apos; own translations are) the files a drop onto the window opens in the import dialog (a press release in .txt or .md is told there, with a way to open it as one)</extracomment>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/exchange_actions.py" line="60"/>
        <source>Take in a calendar (.ics) or a register from Excel or CSV</source>
        <translation>Загрузить календарь (.ics) или реестр из Excel или CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/exchange_actions.py" line="62"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/exchange_actions.py" line="64"/>
        <source>Write the current register, as filtered, to .ics, .xlsx, .csv or .json</source>
        <translation>Записать текущий реестр с учётом фильтра в .ics, .xlsx, .csv или .json</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="234"/>
        <source>Calendars (*.ics)</source>
        <translation>Календари (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="235"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="236"/>
        <source>CSV tables (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="237"/>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="240"/>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="250"/>
        <source>Choose the file to write.</source>
        <translation>Укажите файл, в который записать.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="254"/>
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 не существует.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="273"/>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="274"/>
        <source>%1 already exists. Replace it?</source>
        <translation>Файл %1 уже существует. Заменить его?</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="214"/>
        <source>%1 — %2</source>
        <extracomment>the registers that can be written to a file: record kind → the engines&apos; register name the formats in the order offered; .ics only for events</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="216"/>
        <source>no filter, all of them</source>
        <translation>без фильтра, все</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="222"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln мероприятие</numerusform>
            <numerusform>%Ln мероприятия</numerusform>
            <numerusform>%Ln мероприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="223"/>
        <source>%Ln delegation(s)</source>
        <translation>
            <numerusform>%Ln делегация</numerusform>
            <numerusform>%Ln делегации</numerusform>
            <numerusform>%Ln делегаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="224"/>
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln соглашение</numerusform>
            <numerusform>%Ln соглашения</numerusform>
            <numerusform>%Ln соглашений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="225"/>
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln поручение</numerusform>
            <numerusform>%Ln поручения</numerusform>
            <numerusform>%Ln поручений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="226"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln персона</numerusform>
            <numerusform>%Ln персоны</numerusform>
            <numerusform>%Ln персон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="227"/>
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln организация</numerusform>
            <numerusform>%Ln организации</numerusform>
            <numerusform>%Ln организаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="228"/>
        <source>%Ln place(s)</source>
        <translation>
            <numerusform>%Ln населённый пункт</numerusform>
            <numerusform>%Ln населённых пункта</numerusform>
            <numerusform>%Ln населённых пунктов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="295"/>
        <source>Written to %1: %2</source>
        <translation>Записано в %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="308"/>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="320"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="321"/>
        <source>&amp;Register:</source>
        <translation>&amp;Реестр:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="322"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="323"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="324"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="325"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="330"/>
        <source>iCalendar (.ics) — Outlook, Thunderbird, phones</source>
        <translation>iCalendar (.ics) — Outlook, Thunderbird, телефоны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="331"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="332"/>
        <source>CSV table (.csv)</source>
        <translation>Таблица CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="333"/>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
</context>
<context>
    <name>ExportFilter</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_filter.py" line="60"/>
        <source>from %1</source>
        <extracomment>the vocabularies a filter&apos;s kinds and statuses come from, in the filter bar&apos;s order parts of the description are joined by this; a part&apos;s own values by &quot;, &quot;</extracomment>
        <translation>с %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_filter.py" line="64"/>
        <source>until %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/export_filter.py" line="109"/>
        <source>archived included</source>
        <translation>включая архивные</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="111"/>
        <source>Choose a calendar (.ics from Outlook, Thunderbird or a phone) or a register kept in Excel or CSV. Nothing is changed until you press Import; first you see what the file holds and what is wrong in it.</source>
        <extracomment>the dialog&apos;s pages, in the order of its stack the problems a table&apos;s preview spells out in full under the rows Enter in the path field &quot;Open as a press release&quot;: the file that reads as running text, to be read as one the file shown as running text rather than a table, if it is</extracomment>
        <translation>Выберите календарь (.ics из Outlook, Thunderbird или телефона) или реестр, который вёлся в Excel или CSV. Пока вы не нажмёте «Импортировать», ничего не меняется: сначала вы увидите, что в файле и что в нём не так.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="116"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="117"/>
        <source>A path, or drop a file onto the window</source>
        <translation>Путь к файлу — или перетащите файл в окно</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="118"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="119"/>
        <source>Open as a &amp;press release…</source>
        <translation>Открыть как &amp;пресс-релиз…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="123"/>
        <source>“%1” reads as running text, not as a table of records, so it cannot be imported. If it is a press release, open it with %2: DiploTrack makes a draft event of it with its people and places.</source>
        <translation>«%1» — связный текст, а не таблица записей, поэтому его нельзя импортировать. Если это пресс-релиз, откройте его через «%2»: DiploTrack составит по нему черновик мероприятия с участниками и местами.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="147"/>
        <source>Import a file</source>
        <translation>Импорт файла</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="149"/>
        <source>Calendars (*.ics);;Spreadsheets (*.xlsx *.csv *.tsv *.txt)</source>
        <translation>Календари (*.ics);;Таблицы (*.xlsx *.csv *.tsv *.txt)</translation>
    </message>
</context>
<context>
    <name>ImportActivity</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_activity.py" line="39"/>
        <source>Cancelling…</source>
        <extracomment>Cancel was pressed: the strip says so until the work has stopped</extracomment>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_activity.py" line="41"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_activity.py" line="42"/>
        <source>Checking what the file holds…</source>
        <translation>Проверка содержимого файла…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_activity.py" line="43"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_activity.py" line="54"/>
        <source>Importing… %1 of %2</source>
        <translation>Импорт… %1 из %2</translation>
    </message>
</context>
<context>
    <name>ImportButtons</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_buttons.py" line="45"/>
        <source>Import the &amp;valid part</source>
        <translation>Импортировать &amp;исправную часть</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_buttons.py" line="45"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_buttons.py" line="49"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_buttons.py" line="49"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_buttons.py" line="51"/>
        <source>Stop the import: nothing of the file is imported</source>
        <translation>Остановить импорт: из файла ничего не будет импортировано</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_buttons.py" line="55"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_buttons.py" line="56"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_dialog.py" line="121"/>
        <source>Choose a file to import.</source>
        <extracomment>a pause after a mapping change before the rows are checked again a step&apos;s work is about to start in the background: (step, its ExchangeJob) the step under way (&quot;read&quot;, &quot;check&quot;, &quot;import&quot;), and its job the window was closed during the import: it closes once the import has stopped</extracomment>
        <translation>Выберите файл для импорта.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_dialog.py" line="123"/>
        <source>There is no file %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_dialog.py" line="282"/>
        <source>The file cannot be read: %1</source>
        <translation>Файл не удаётся прочитать: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_dialog.py" line="344"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_mapping.py" line="38"/>
        <source>Column in the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_mapping.py" line="39"/>
        <source>Goes into</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_mapping.py" line="40"/>
        <source>Values in the file</source>
        <translation>Значения в файле</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_mapping.py" line="59"/>
        <source>— skip —</source>
        <translation>— пропустить —</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_models.py" line="34"/>
        <source>Where</source>
        <extracomment>a row with a problem, and the cell the problem is about</extracomment>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_models.py" line="35"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_models.py" line="141"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_models.py" line="143"/>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_problems.py" line="46"/>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_problems.py" line="50"/>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_problems.py" line="54"/>
        <source>column «%1»</source>
        <translation>столбец «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_problems.py" line="108"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_problems.py" line="119"/>
        <source>Would be created</source>
        <translation>Будет создано</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_problems.py" line="121"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_problems.py" line="125"/>
        <source>Would be updated</source>
        <translation>Будет обновлено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_problems.py" line="127"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_problems.py" line="131"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_problems.py" line="138"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="344"/>
        <source>%1 cannot be imported.</source>
        <translation>Файл %1 нельзя импортировать.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="348"/>
        <source>What is wrong in the file:</source>
        <translation>Что в файле не так:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="352"/>
        <source>What %1 holds</source>
        <translation>Что содержит %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="356"/>
        <source>These parts of the file are broken and would be skipped:</source>
        <translation>Эти части файла повреждены и будут пропущены:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="363"/>
        <source>The file was refused: nothing was imported.</source>
        <translation>Файл отклонён: ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="370"/>
        <source>Imported.</source>
        <translation>Импортировано.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="374"/>
        <source>Skipped, and why:</source>
        <translation>Пропущено и почему:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="378"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Отменено: ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="379"/>
        <source>The database is as it was before the import began.</source>
        <translation>База данных осталась такой, какой была до начала импорта.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="385"/>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="216"/>
        <source>%1: %2 rows, %3 columns</source>
        <translation>%1: строк — %2, столбцов — %3</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="222"/>
        <source>encoding %1</source>
        <translation>кодировка %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="224"/>
        <source>tab</source>
        <translation>табуляцией</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="224"/>
        <source>space</source>
        <translation>пробелом</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="227"/>
        <source>separated by %1</source>
        <translation>разделитель — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="229"/>
        <source>sheet «%1»</source>
        <translation>лист «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="238"/>
        <source>Choose the column that holds: %1.</source>
        <translation>Укажите столбец, в котором: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="261"/>
        <source>Rows with problems: %1 — they are skipped.</source>
        <translation>Строк с ошибками: %1 — они будут пропущены.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="278"/>
        <source>… and %1 more: see the Problems column.</source>
        <translation>… и ещё %1: см. столбец «Ошибки».</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="300"/>
        <source>&amp;Register:</source>
        <translation>&amp;Реестр:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="305"/>
        <source>Which field each column of the file fills:</source>
        <translation>Какое поле заполняет каждый столбец файла:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/import_pages.py" line="307"/>
        <source>The first rows as they would be imported, and every row with a problem:</source>
        <translation>Первые строки в том виде, в каком они будут импортированы, и все строки с ошибками:</translation>
    </message>
</context>
</TS>
