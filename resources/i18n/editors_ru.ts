<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/agreement_editor.py" line="130"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/agreement_editor.py" line="131"/>
        <source>Archived</source>
        <translation>Перенесено в архив</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/agreement_editor.py" line="132"/>
        <source>Restored</source>
        <translation>Восстановлено из архива</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/agreement_editor.py" line="157"/>
        <source>Pick the place from the list.</source>
        <translation>Выберите населённый пункт из списка.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/agreement_editor.py" line="197"/>
        <source>Give the agreement a title.</source>
        <translation>Дайте соглашению название.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/linked_lists.py" line="174"/>
        <source>Attach a file</source>
        <translation>Вложить файл</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/linked_lists.py" line="186"/>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/linked_lists.py" line="191"/>
        <source>Attach a file…</source>
        <translation>Вложить файл…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/linked_lists.py" line="192"/>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
</context>
<context>
    <name>ChoiceListModel</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/choice_list.py" line="47"/>
        <source>Create “{name}”…</source>
        <translation>Создать «{name}»…</translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/delegation_editor.py" line="114"/>
        <source>Pick “{text}” from the list, or clear the field.</source>
        <translation>Выберите «{text}» из списка или очистите поле.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/delegation_editor.py" line="159"/>
        <source>Give the delegation a title.</source>
        <translation>Дайте делегации название.</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_editor.py" line="266"/>
        <source>Pick “{text}” from the list, or clear the field.</source>
        <translation>Выберите «{text}» из списка или очистите поле.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_editor.py" line="273"/>
        <source>Pick every participant from the list, or remove the line.</source>
        <translation>Выберите каждого участника из списка или удалите строку.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_editor.py" line="322"/>
        <source>Give the event a title first.</source>
        <translation>Сначала дайте мероприятию название.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_editor.py" line="334"/>
        <source>What, with whom: e.g. Working meeting of the mayor</source>
        <translation>Что и с кем: например, Рабочая встреча Главы города</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_editor.py" line="335"/>
        <source>Building, hall</source>
        <translation>Здание, зал</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_editor.py" line="336"/>
        <source>Link to the press release, or its text</source>
        <translation>Ссылка на пресс-релиз или его текст</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/followup_editor.py" line="103"/>
        <source>Pick “{text}” from the list, or clear the field.</source>
        <translation>Выберите «{text}» из списка или очистите поле.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/followup_editor.py" line="134"/>
        <source>Say what is to be done first.</source>
        <translation>Сначала напишите, что нужно сделать.</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/linked_lists.py" line="122"/>
        <source>+ Follow-up</source>
        <translation>+ Поручение</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/organization_editor.py" line="76"/>
        <source>Pick “{text}” from the list, or clear the field.</source>
        <translation>Выберите «{text}» из списка или очистите поле.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/organization_editor.py" line="109"/>
        <source>Give the organization a name.</source>
        <translation>Дайте организации название.</translation>
    </message>
</context>
<context>
    <name>ParticipantRows</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_parts.py" line="182"/>
        <source>Who, e.g. heads of departments</source>
        <translation>Кто, например: руководители департаментов</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_parts.py" line="184"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_parts.py" line="184"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_parts.py" line="184"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_parts.py" line="189"/>
        <source>+ Person</source>
        <translation>+ Персона</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_parts.py" line="190"/>
        <source>+ Organization (no names)</source>
        <translation>+ Организация (без имён)</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/person_editor.py" line="166"/>
        <source>Pick the country from the list.</source>
        <translation>Выберите страну из списка.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/person_editor.py" line="197"/>
        <source>Write the person&apos;s name first.</source>
        <translation>Сначала напишите имя.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/person_editor.py" line="201"/>
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
</context>
<context>
    <name>PlaceEditor</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/place_editor.py" line="52"/>
        <source>Pick the country from the list.</source>
        <translation>Выберите страну из списка.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/place_editor.py" line="75"/>
        <source>Give the place a name first.</source>
        <translation>Сначала дайте населённому пункту название.</translation>
    </message>
</context>
<context>
    <name>PositionRows</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/person_editor.py" line="95"/>
        <source>Pick the organization of “{title}” from the list.</source>
        <translation>Выберите организацию для «{title}» из списка.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/person_editor.py" line="112"/>
        <source>+ Position</source>
        <translation>+ Должность</translation>
    </message>
</context>
<context>
    <name>ProgrammeList</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/programme_list.py" line="179"/>
        <source>A new event on the selected day, in this programme (Insert)</source>
        <translation>Новое мероприятие в выбранный день, в программе визита (Insert)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/programme_list.py" line="181"/>
        <source>Save the delegation first: its programme&apos;s events point to it.</source>
        <translation>Сначала сохраните делегацию: мероприятия программы ссылаются на неё.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/programme_list.py" line="246"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/programme_list.py" line="246"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/programme_list.py" line="246"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/programme_list.py" line="246"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/programme_list.py" line="248"/>
        <source>Add to programme…</source>
        <translation>Добавить в программу…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/programme_list.py" line="249"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/programme_list.py" line="250"/>
        <source>Open the selected event (Enter)</source>
        <translation>Открыть выбранное мероприятие (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/programme_list.py" line="251"/>
        <source>Remove from programme</source>
        <translation>Убрать из программы</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/programme_list.py" line="253"/>
        <source>Takes the event out of this visit&apos;s programme when you save (Delete)</source>
        <translation>Мероприятие уйдёт из программы визита при сохранении (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/programme_list.py" line="255"/>
        <source>Add an existing event…</source>
        <translation>Добавить существующее мероприятие…</translation>
    </message>
</context>
<context>
    <name>QuickCreateDialog</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/quick_create.py" line="45"/>
        <source>New: {kind}</source>
        <translation>Новое: {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/quick_create.py" line="49"/>
        <source>In the other script, if known</source>
        <translation>В другой письменности, если известно</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/quick_create.py" line="57"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/quick_create.py" line="58"/>
        <source>Other script</source>
        <translation>Другая письменность</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/quick_create.py" line="60"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/quick_create.py" line="63"/>
        <source>Country (required)</source>
        <translation>Страна (обязательно)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/quick_create.py" line="63"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/quick_create.py" line="74"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/quick_create.py" line="115"/>
        <source>Create {kind} “{name}”</source>
        <translation>Создать: {kind} «{name}»</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/editor_base.py" line="247"/>
        <source>Nothing has changed yet.</source>
        <extracomment>the record was saved: its RecordRef</extracomment>
        <translation>Пока ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/editor_base.py" line="251"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Сохранить изменения (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/editor_base.py" line="283"/>
        <source>Create {kind}</source>
        <translation>Создать: {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/editor_base.py" line="312"/>
        <source>Edit {kind} “{name}”</source>
        <translation>Изменение: {kind} «{name}»</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/editor_base.py" line="352"/>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/editor_base.py" line="353"/>
        <source>You have changed this {kind}. Close it without saving?</source>
        <translation>Запись изменена ({kind}). Закрыть без сохранения?</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/editor_base.py" line="365"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/editor_base.py" line="366"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/editor_base.py" line="371"/>
        <source>New {kind}</source>
        <translation>Новое: {kind}</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/widgets/pickers.py" line="225"/>
        <source>Type to search…</source>
        <extracomment>the picked Choice changed (None when cleared) the person asked to create a record named so (the create dialog answers)</extracomment>
        <translation>Начните вводить…</translation>
    </message>
</context>
<context>
    <name>RecurrenceField</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_parts.py" line="251"/>
        <source>Does not repeat</source>
        <translation>Не повторяется</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_parts.py" line="252"/>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_parts.py" line="253"/>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_parts.py" line="254"/>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_parts.py" line="255"/>
        <source>Yearly</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_parts.py" line="263"/>
        <source>no end</source>
        <translation>без конца</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_parts.py" line="264"/>
        <source> times</source>
        <translation> раз</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/event_parts.py" line="265"/>
        <source>RRULE:FREQ=YEARLY;COUNT=5 (for experts)</source>
        <translation>RRULE:FREQ=YEARLY;COUNT=5 (для специалистов)</translation>
    </message>
</context>
<context>
    <name>StaleNotice</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/stale_notice.py" line="71"/>
        <source>{who} saved this record on {day} at {time}, after you opened it.</source>
        <translation>Запись сохранена пользователем {who} {day} в {time}, уже после того, как вы её открыли.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/stale_notice.py" line="74"/>
        <source>{who} saved this record after you opened it, last on {day} at {time}.</source>
        <translation>После того как вы открыли запись, её сохраняли пользователи {who}, последний раз — {day} в {time}.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/stale_notice.py" line="78"/>
        <source>Someone else saved this record after you opened it.</source>
        <translation>Кто-то другой сохранил эту запись после того, как вы её открыли.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/stale_notice.py" line="84"/>
        <source>Your changes are not saved. Reload to see theirs, or keep editing.</source>
        <translation>Ваши изменения не сохранены. Загрузите запись заново, чтобы увидеть чужие изменения, или продолжите правку.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/stale_notice.py" line="90"/>
        <source>Reload (lose my changes)</source>
        <translation>Загрузить заново (мои изменения пропадут)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/stale_notice.py" line="91"/>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="21"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="22"/>
        <source>Title in the other language</source>
        <translation>Название на другом языке</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="23"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="24"/>
        <source>Name in the other script</source>
        <translation>Имя в другой письменности</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="25"/>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="26"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="27"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="28"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="29"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="30"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="31"/>
        <source>Renewal</source>
        <translation>Продление</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="32"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="33"/>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="34"/>
        <source>Time zone</source>
        <translation>Пояс</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="35"/>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="36"/>
        <source>Date known to</source>
        <translation>Точность даты</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="37"/>
        <source>Repeats</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="38"/>
        <source>Place</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="39"/>
        <source>Venue</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="40"/>
        <source>Signed at</source>
        <translation>Место подписания</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="41"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="42"/>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="43"/>
        <source>Head of delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="44"/>
        <source>Responsible person</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="45"/>
        <source>Responsible organization</source>
        <translation>Ответственная организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="46"/>
        <source>Responsible (in words)</source>
        <translation>Ответственный (словами)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="47"/>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="48"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="49"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="50"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="51"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="52"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="53"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="54"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="55"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="56"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="57"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="58"/>
        <source>Members</source>
        <translation>Состав</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="59"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="60"/>
        <source>Signatories</source>
        <translation>Подписанты</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="61"/>
        <source>Parties: places</source>
        <translation>Стороны: города и регионы</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="62"/>
        <source>Parties: organizations</source>
        <translation>Стороны: организации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="63"/>
        <source>Parties: countries</source>
        <translation>Стороны: страны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="64"/>
        <source>Edition</source>
        <translation>Номер (созыв)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="65"/>
        <source>Arrives on</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="66"/>
        <source>Departs on</source>
        <translation>Отъезд</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="67"/>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="68"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="69"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="70"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="71"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="72"/>
        <source>Due on</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="73"/>
        <source>Done on</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="74"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="75"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="76"/>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="77"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="78"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="79"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="80"/>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="81"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="82"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="83"/>
        <source>Positions</source>
        <translation>Должности</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="84"/>
        <source>Follow-ups</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="85"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="86"/>
        <source>History</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/fields.py" line="87"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
</context>
</TS>
