<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DraftActions</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/draft_actions.py" line="19"/>
        <source>New from press &amp;release…</source>
        <translation>Из пресс-&amp;релиза…</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_dialog.py" line="163"/>
        <source>Paste or open the text of a press release.</source>
        <extracomment>the draft was saved: the Changes it made</extracomment>
        <translation>Вставьте или откройте текст пресс-релиза.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_dialog.py" line="216"/>
        <source>The text names nothing DiploTrack can record.</source>
        <translation>В тексте не найдено ничего, что DiploTrack может записать.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_dialog.py" line="252"/>
        <source>New records from a press release</source>
        <translation>новые записи из пресс-релиза</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_dialog.py" line="298"/>
        <source>Discard the draft?</source>
        <translation>Отказаться от черновика?</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_dialog.py" line="299"/>
        <source>Nothing from this press release has been saved. Discard it?</source>
        <translation>Из этого пресс-релиза ещё ничего не сохранено. Отказаться от него?</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_dialog.py" line="342"/>
        <source>Cancel analysis</source>
        <translation>Прервать анализ</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_dialog.py" line="342"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_dialog.py" line="344"/>
        <source>Stop the analysis; nothing is saved</source>
        <translation>Прервать анализ; ничего не сохраняется</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_dialog.py" line="353"/>
        <source>New from a press release</source>
        <translation>Новое из пресс-релиза</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_dialog.py" line="354"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_dialog.py" line="356"/>
        <source>Everything else the text names: tick what to save, match or edit it</source>
        <translation>Всё остальное, что названо в тексте: отметьте, что сохранить, сопоставьте или исправьте</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_dialog.py" line="358"/>
        <source>← &amp;Text</source>
        <translation>← &amp;Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_dialog.py" line="359"/>
        <source>&amp;Analyse</source>
        <translation>&amp;Анализировать</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_dialog.py" line="360"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_dialog.py" line="362"/>
        <source>Save the ticked items in one step (Undo takes it back)</source>
        <translation>Сохранить отмеченное одним действием (его можно отменить)</translation>
    </message>
</context>
<context>
    <name>DraftEventForm</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_event.py" line="312"/>
        <source>Date</source>
        <extracomment>a field was edited country names by code in the interface language (the dialog reads them)</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_event.py" line="313"/>
        <source>at</source>
        <translation>в</translation>
    </message>
</context>
<context>
    <name>DraftItemPanel</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_items.py" line="148"/>
        <source>Choose an item in the list</source>
        <extracomment>the kinds a picker can match to an existing record (countries are always known)</extracomment>
        <translation>Выберите строку в списке</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_items.py" line="170"/>
        <source>The words of the press release this item comes from</source>
        <translation>Слова пресс-релиза, из которых взята эта запись</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_items.py" line="246"/>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_items.py" line="247"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_items.py" line="248"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_items.py" line="249"/>
        <source>Existing record</source>
        <translation>Существующая запись</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_items.py" line="250"/>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_items.py" line="251"/>
        <source>Save this item as a new record, not the one matched</source>
        <translation>Сохранить как новую запись, а не найденную</translation>
    </message>
</context>
<context>
    <name>DraftItems</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/draft_model.py" line="49"/>
        <source>What</source>
        <extracomment>(record kind, id) → the name of the existing record an item is matched to</extracomment>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/draft_model.py" line="50"/>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/draft_model.py" line="51"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/draft_model.py" line="52"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/draft_model.py" line="67"/>
        <source>Topic</source>
        <extracomment>the order of the rows: who and what first, the reference data (countries, topics) last</extracomment>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/draft_model.py" line="68"/>
        <source>Planned event</source>
        <translation>Планируемое мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/draft_model.py" line="69"/>
        <source>matched: %1</source>
        <translation>в базе: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/draft_model.py" line="70"/>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/draft_model.py" line="71"/>
        <source>known country</source>
        <translation>страна из справочника</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/draft_model.py" line="72"/>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
</context>
<context>
    <name>DraftText</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_text.py" line="50"/>
        <source>The file {name} cannot be read: {reason}</source>
        <extracomment>a text file larger than this is not a press release (and would stall the text box)</extracomment>
        <translation>Файл {name} не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_text.py" line="57"/>
        <source>The file {name} is too large for a press release.</source>
        <translation>Файл {name} слишком велик для пресс-релиза.</translation>
    </message>
</context>
<context>
    <name>PressReleasePage</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_text.py" line="144"/>
        <source>Open a press release</source>
        <extracomment>the text changed (typed, pasted or opened)</extracomment>
        <translation>Открыть пресс-релиз</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_text.py" line="146"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Текстовые файлы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_text.py" line="181"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_text.py" line="181"/>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_text.py" line="183"/>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_text.py" line="194"/>
        <source>Paste the text of a press release (Russian or English) or open a text file. DiploTrack proposes an event with its people, places and agreements; nothing is saved until you confirm it.</source>
        <translation>Вставьте текст пресс-релиза (на русском или английском) или откройте текстовый файл. DiploTrack предложит мероприятие с участниками, населёнными пунктами и соглашениями; ничего не сохраняется, пока вы не подтвердите.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_text.py" line="199"/>
        <source>The text of the press release…</source>
        <translation>Текст пресс-релиза…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_text.py" line="200"/>
        <source>&amp;Open file…</source>
        <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_text.py" line="201"/>
        <source>&amp;Published on</source>
        <translation>&amp;Дата публикации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_text.py" line="203"/>
        <source>Dates such as “10 April” or “last Thursday” are read against this day.</source>
        <translation>Даты вроде «10 апреля» или «в прошлый четверг» отсчитываются от этого дня.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_text.py" line="205"/>
        <source>Analysing…</source>
        <translation>Анализ…</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_notes.py" line="14"/>
        <source>The press release is empty: paste or open its text first.</source>
        <translation>Пресс-релиз пуст: сначала вставьте или откройте его текст.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_notes.py" line="15"/>
        <source>Nothing in the text could be read as an event, a person or a place.</source>
        <translation>В тексте не удалось найти ни мероприятия, ни персоны, ни населённого пункта.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_notes.py" line="18"/>
        <source>The text gives no date: the publication date is used.</source>
        <translation>В тексте нет даты: взята дата публикации.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_notes.py" line="19"/>
        <source>The text gives no date and no publication date is known: set the date.</source>
        <translation>В тексте нет даты, и дата публикации неизвестна: укажите дату.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/draft_notes.py" line="23"/>
        <source>{label}: the draft gives no date; set one before saving.</source>
        <translation>{label}: в черновике нет даты; укажите её перед сохранением.</translation>
    </message>
</context>
</TS>
