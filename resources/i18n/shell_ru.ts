<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Archiving</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/archiving.py" line="20"/>
        <source>Select an event, a delegation, an agreement, a follow-up, a person, an organization or a place to move it to the archive.</source>
        <translation>Выберите мероприятие, делегацию, соглашение, поручение, персону, организацию или населённый пункт, чтобы перенести запись в архив.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/archiving.py" line="31"/>
        <source>Move to the archive</source>
        <translation>Перенести в архив</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/archiving.py" line="32"/>
        <source>Move the selected %1 to the archive? It leaves the calendar, the registers and the lists to pick from; Edit ▸ Undo brings it back.</source>
        <translation>Перенести выбранную запись (%1) в архив? Она исчезнет из календаря, реестров и списков выбора; Правка ▸ Отменить вернёт её.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/archiving.py" line="48"/>
        <source>Move %1 to the archive</source>
        <translation>В архив: %1</translation>
    </message>
</context>
<context>
    <name>DiploTrack</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/app.py" line="76"/>
        <source>DiploTrack cannot open the database</source>
        <translation>DiploTrack не может открыть базу данных</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/error_dialog.py" line="173"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/error_dialog.py" line="176"/>
        <source>Sorry: DiploTrack ran into an error it did not expect. What you saved is safe, and open windows keep what you typed, so you can go on working. The details below are also written to the log file; please send them to whoever looks after DiploTrack.</source>
        <translation>Извините: в DiploTrack произошла непредвиденная ошибка. Всё сохранённое цело, а в открытых окнах остаётся то, что вы ввели, — можно продолжать работу. Подробности ниже записаны также в файл журнала; пожалуйста, передайте их тому, кто сопровождает DiploTrack.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/error_dialog.py" line="182"/>
        <source>Copy details</source>
        <translation>Скопировать подробности</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/error_dialog.py" line="183"/>
        <source>Log file:</source>
        <translation>Файл журнала:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/error_dialog.py" line="185"/>
        <source>Copy path</source>
        <translation>Скопировать путь</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/error_dialog.py" line="186"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>FilterCount</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/status_bar.py" line="166"/>
        <source>%1 matching the filter and “%3”: %2</source>
        <translation>%1 по фильтру и поиску «%3»: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/status_bar.py" line="168"/>
        <source>%1 matching the filter: %2</source>
        <translation>%1 по фильтру: %2</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/first_steps.py" line="66"/>
        <source>The database holds no events yet. Begin with one of these:</source>
        <translation>В базе пока нет ни одного мероприятия. С чего начать:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/first_steps.py" line="67"/>
        <source>New event…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/first_steps.py" line="69"/>
        <source>File ▸ New event… (%1): a meeting, a visit or a reception, by hand</source>
        <translation>Файл ▸ Новое мероприятие… (%1): встреча, визит или приём — вручную</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/first_steps.py" line="73"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/first_steps.py" line="76"/>
        <source>File ▸ Import… (%1): a calendar (.ics) or a register from Excel or CSV</source>
        <translation>Файл ▸ Импорт… (%1): календарь (.ics) или реестр из Excel или CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/first_steps.py" line="79"/>
        <source>Add demonstration data</source>
        <translation>Добавить демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/first_steps.py" line="82"/>
        <source>Help ▸ Add demonstration data: a worked example and an office&apos;s history to look around in</source>
        <translation>Справка ▸ Добавить демонстрационные данные: разобранный пример и история работы управления, чтобы осмотреться</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/main_window.py" line="291"/>
        <source>Select an event, a delegation, an agreement, a follow-up, a person, an organization or a place to edit it.</source>
        <translation>Выберите мероприятие, делегацию, соглашение, поручение, персону, организацию или населённый пункт, чтобы изменить запись.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/main_window.py" line="310"/>
        <source>%1 cannot be edited in this version yet; the detail panel shows it.</source>
        <translation>%1 в этой версии ещё нельзя редактировать; запись показана на панели подробностей.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/main_window.py" line="329"/>
        <source>Office time zone</source>
        <translation>Часовой пояс управления</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/main_window.py" line="330"/>
        <source>The new office time zone applies from the next start of DiploTrack.</source>
        <translation>Новый часовой пояс управления вступит в силу при следующем запуске DiploTrack.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/main_window.py" line="353"/>
        <source>DiploTrack — %1</source>
        <translation>DiploTrack — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/main_window.py" line="356"/>
        <source>Details</source>
        <translation>Подробно</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/main_window.py" line="357"/>
        <source>&amp;Detail panel</source>
        <translation>&amp;Панель подробностей</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/main_window.py" line="359"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/main_window.py" line="360"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/main_window.py" line="361"/>
        <source>database: %1</source>
        <translation>база: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/main_window.py" line="362"/>
        <source>saved</source>
        <translation>сохранено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/main_window.py" line="363"/>
        <source>Every change is saved to the database as it is made.</source>
        <translation>Каждое изменение сохраняется в базе данных сразу.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/main_window.py" line="369"/>
        <source>About DiploTrack</source>
        <translation>О программе DiploTrack</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/main_window.py" line="371"/>
        <source>DiploTrack — the international relations office&apos;s calendar and registers: events, delegations, agreements and follow-ups by country.</source>
        <translation>DiploTrack — календарь и реестры управления международных связей: мероприятия, делегации, соглашения и поручения по странам.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/demo_filling.py" line="60"/>
        <source>The demonstration data go only into an empty database; this one already holds records (events: %1).</source>
        <translation>Демонстрационные данные добавляются только в пустую базу, а в этой уже есть записи (мероприятий: %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/demo_filling.py" line="72"/>
        <source>First start: filling the database with demonstration data…</source>
        <translation>Первый запуск: база заполняется демонстрационными данными…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/demo_filling.py" line="100"/>
        <source>Demonstration data added: the database holds %1 events.</source>
        <translation>Демонстрационные данные добавлены: мероприятий в базе — %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/demo_filling.py" line="109"/>
        <source>The demonstration data could not be added: %1</source>
        <translation>Не удалось добавить демонстрационные данные: %1</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/navigation.py" line="32"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/navigation.py" line="33"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/settings_dialog.py" line="80"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/settings_dialog.py" line="81"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/settings_dialog.py" line="82"/>
        <source>Office &amp;time zone:</source>
        <translation>&amp;Часовой пояс управления:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/settings_dialog.py" line="83"/>
        <source>As the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/settings_dialog.py" line="86"/>
        <source>This computer&apos;s zone</source>
        <translation>Пояс этого компьютера</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/settings_dialog.py" line="89"/>
        <source>Days, &apos;today&apos; and new events use the office&apos;s zone; each event keeps the zone in which it takes place.</source>
        <translation>Дни, «сегодня» и новые мероприятия считаются по поясу управления; у каждого мероприятия остаётся пояс места, где оно проходит.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/settings_dialog.py" line="125"/>
        <source>There is no time zone «%1»: pick one from the list (Asia/Krasnoyarsk).</source>
        <translation>Нет часового пояса «%1»: выберите пояс из списка (Asia/Krasnoyarsk).</translation>
    </message>
</context>
<context>
    <name>SideBar</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/navigation.py" line="109"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/navigation.py" line="113"/>
        <source>Saved filters</source>
        <translation>Сохранённые фильтры</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/today_lines.py" line="103"/>
        <source>head:</source>
        <translation>руководитель:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/today_lines.py" line="123"/>
        <source>until %1 (%2 d.)</source>
        <translation>до %1 (осталось дн.: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/today_lines.py" line="137"/>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/today_lines.py" line="170"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/today_lines.py" line="171"/>
        <source>Nothing is planned for today.</source>
        <translation>На сегодня ничего не запланировано.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/today_lines.py" line="175"/>
        <source>Later this week</source>
        <translation>Позже на этой неделе</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/today_lines.py" line="176"/>
        <source>Nothing else this week.</source>
        <translation>Больше ничего на этой неделе.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/today_lines.py" line="185"/>
        <source>Next week, until %1</source>
        <translation>На следующей неделе, по %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/today_lines.py" line="186"/>
        <source>Nothing planned for these days yet.</source>
        <translation>На эти дни пока ничего не запланировано.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/today_lines.py" line="192"/>
        <source>Visits arriving within 14 days</source>
        <translation>Визиты в ближайшие 14 дней</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/today_lines.py" line="193"/>
        <source>No delegation arrives in the next 14 days.</source>
        <translation>В ближайшие 14 дней делегаций не ожидается.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/today_lines.py" line="197"/>
        <source>Agreements expiring within 90 days</source>
        <translation>Соглашения, истекающие в ближайшие 90 дней</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/today_lines.py" line="198"/>
        <source>No agreement in force expires in the next 90 days.</source>
        <translation>В ближайшие 90 дней ни одно действующее соглашение не истекает.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/today_lines.py" line="204"/>
        <source>Overdue follow-ups</source>
        <translation>Просроченные поручения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/today_lines.py" line="205"/>
        <source>Nothing is overdue.</source>
        <translation>Просроченных поручений нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/today.py" line="200"/>
        <source>Today: %1, %2</source>
        <translation>Сегодня: %1, %2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="17"/>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="18"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="19"/>
        <source>&amp;Events</source>
        <translation>&amp;Мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="20"/>
        <source>De&amp;legations</source>
        <translation>&amp;Делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="21"/>
        <source>&amp;Agreements</source>
        <translation>Со&amp;глашения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="22"/>
        <source>&amp;Follow-ups</source>
        <translation>Пор&amp;учения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="23"/>
        <source>&amp;People</source>
        <translation>Пе&amp;рсоны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="24"/>
        <source>&amp;Organizations</source>
        <translation>&amp;Организации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="25"/>
        <source>Place&amp;s</source>
        <translation>&amp;Населённые пункты</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="26"/>
        <source>Cou&amp;ntries</source>
        <translation>С&amp;траны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="40"/>
        <source>New &amp;delegation…</source>
        <translation>Новая &amp;делегация…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="42"/>
        <source>New &amp;follow-up…</source>
        <translation>Новое поруч&amp;ение…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="41"/>
        <source>New agree&amp;ment…</source>
        <translation>Новое со&amp;глашение…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="43"/>
        <source>New pers&amp;on…</source>
        <translation>Новая перс&amp;она…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="44"/>
        <source>New or&amp;ganization…</source>
        <translation>Новая органи&amp;зация…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="45"/>
        <source>New p&amp;lace…</source>
        <translation>Новый населённый п&amp;ункт…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="147"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="148"/>
        <source>&amp;New event…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="151"/>
        <source>&amp;Settings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="153"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="155"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="156"/>
        <source>Ed&amp;it selected…</source>
        <translation>&amp;Изменить выбранное…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="157"/>
        <source>Move to &amp;archive…</source>
        <translation>В &amp;архив…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="159"/>
        <source>Move the selected record to the archive (Undo brings it back)</source>
        <translation>Перенести выбранную запись в архив (Отменить вернёт её)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="163"/>
        <source>Open the editor of the record selected in the calendar, a register or a dossier</source>
        <translation>Открыть редактор записи, выбранной в календаре, реестре или досье</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="166"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="169"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="170"/>
        <source>Add &amp;demonstration data</source>
        <translation>Добавить &amp;демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="172"/>
        <source>Fill an empty database with a worked example and an office&apos;s history</source>
        <translation>Заполнить пустую базу примером и историей работы управления</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="174"/>
        <source>&amp;About DiploTrack</source>
        <translation>&amp;О программе DiploTrack</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="186"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/actions.py" line="187"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
</context>
</TS>
