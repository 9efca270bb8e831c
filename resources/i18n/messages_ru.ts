<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="19"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="20"/>
        <source>Title in the other language</source>
        <translation>Название на другом языке</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="21"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="22"/>
        <source>Name in the other script</source>
        <translation>Имя в другой письменности</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="23"/>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="24"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="25"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="26"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="27"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="28"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="29"/>
        <source>Renewal</source>
        <translation>Продление</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="30"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="31"/>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="32"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="33"/>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="34"/>
        <source>Date precision</source>
        <translation>Точность даты</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="35"/>
        <source>Repeats</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="36"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="37"/>
        <source>Signed at</source>
        <translation>Место подписания</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="38"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="39"/>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="40"/>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="41"/>
        <source>Head of delegation</source>
        <translation>Руководитель делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="42"/>
        <source>Responsible person</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="43"/>
        <source>Responsible organization</source>
        <translation>Ответственная организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="44"/>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="45"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="46"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="47"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="48"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="49"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="50"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="51"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="52"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="53"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="54"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="55"/>
        <source>Members</source>
        <translation>Состав</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="56"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="57"/>
        <source>Signatories</source>
        <translation>Подписанты</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="58"/>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="59"/>
        <source>Arrives on</source>
        <translation>Дата прибытия</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="60"/>
        <source>Departs on</source>
        <translation>Дата отъезда</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="61"/>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="62"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="63"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="64"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="65"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="66"/>
        <source>Due on</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="67"/>
        <source>Done on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="68"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="69"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="70"/>
        <source>Population</source>
        <translation>Население</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="71"/>
        <source>Name of the country</source>
        <translation>Название страны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="72"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="73"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="74"/>
        <source>Attached to</source>
        <translation>Прикреплено к</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="75"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="79"/>
        <source>event</source>
        <translation>мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="80"/>
        <source>delegation</source>
        <translation>делегация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="81"/>
        <source>agreement</source>
        <translation>соглашение</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="82"/>
        <source>person</source>
        <translation>персона</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="83"/>
        <source>organization</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="84"/>
        <source>place</source>
        <translation>населённый пункт</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="85"/>
        <source>follow-up</source>
        <translation>поручение</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="86"/>
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="87"/>
        <source>topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="88"/>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="89"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="90"/>
        <source>name of a country</source>
        <translation>название страны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="91"/>
        <source>record</source>
        <translation>запись</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="119"/>
        <source>{label} is empty. Write something in it.</source>
        <translation>Поле «{label}» пустое. Заполните его.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="120"/>
        <source>{label} is {length} characters long; at most {limit} fit.</source>
        <translation>В поле «{label}» {length} знаков; помещается не больше {limit}.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="121"/>
        <source>{label}: “{value}” is not one of {choices}.</source>
        <translation>{label}: «{value}» — не из допустимых значений ({choices}).</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="122"/>
        <source>{label} has no time zone. Give the time with its UTC offset.</source>
        <translation>У поля «{label}» нет часового пояса. Укажите время со смещением от UTC.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/domain/errors.py" line="14"/>
        <source>{label}: “{value}” is not a known time zone (e.g. Asia/Krasnoyarsk).</source>
        <translation>{label}: «{value}» — неизвестный часовой пояс (пример: Asia/Krasnoyarsk).</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/domain/errors.py" line="16"/>
        <source>{label}: the line «{line}» cannot be read. Write it as RFC 5545 does, e.g. RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=10</source>
        <translation>{label}: строку «{line}» не удаётся прочесть. Запишите правило, как в RFC 5545, например RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=10</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/domain/errors.py" line="20"/>
        <source>{label}: «{line}» is not a line of a repeat rule (RRULE, EXRULE, RDATE or EXDATE)</source>
        <translation>{label}: «{line}» — не строка правила повторения (RRULE, EXRULE, RDATE или EXDATE)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="123"/>
        <source>{label} ({end}) is before {start_label} ({start}).</source>
        <translation>{label} ({end}) раньше, чем {start_label} ({start}).</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="124"/>
        <source>{label} must be a positive number, not {value}.</source>
        <translation>{label}: нужно положительное число, а не {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="125"/>
        <source>{label} must be between {low} and {high}, not {value}.</source>
        <translation>{label}: нужно значение от {low} до {high}, а не {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="126"/>
        <source>{label} ({value}) is in the future.</source>
        <translation>{label} ({value}) — дата в будущем.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="129"/>
        <source>{label}: there is no {kind} number {id}.</source>
        <translation>{label}: записи «{kind}» с номером {id} нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="130"/>
        <source>{label}: the {kind} “{name}” is archived. Restore it or pick another.</source>
        <translation>{label}: «{name}» ({kind}) в архиве. Восстановите запись или выберите другую.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="131"/>
        <source>{label}: “{value}” is not a country DiploTrack knows.</source>
        <translation>{label}: страны «{value}» DiploTrack не знает.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="132"/>
        <source>{label}: a {kind} cannot be part of itself.</source>
        <translation>{label}: запись ({kind}) не может входить сама в себя.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="133"/>
        <source>{label}: “{name}” is already part of this {kind}; that would make a loop.</source>
        <translation>{label}: «{name}» уже входит в эту запись ({kind}); получился бы замкнутый круг.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="134"/>
        <source>{label}: “{name}” is listed twice.</source>
        <translation>{label}: «{name}» указано дважды.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="137"/>
        <source>There is no {kind} number {id}. Someone may have archived it.</source>
        <translation>Записи «{kind}» с номером {id} нет. Возможно, её кто-то перенёс в архив.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="139"/>
        <source>There is no {kind_label} “{key}” (or it is archived)</source>
        <translation>Запись не найдена или перенесена в архив: {kind_label} «{key}»</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="140"/>
        <source>This {kind} is archived. Restore it before changing it.</source>
        <translation>Эта запись ({kind}) в архиве. Восстановите её, прежде чем менять.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="141"/>
        <source>This {kind} is already archived.</source>
        <translation>Эта запись ({kind}) уже в архиве.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="142"/>
        <source>This {kind} is not archived.</source>
        <translation>Эта запись ({kind}) не в архиве.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="144"/>
        <source>{who} saved this {kind} at {when}, after you opened it. Their changes: {fields}. Open it again to see them, then make your change.</source>
        <translation>После того как вы открыли эту запись ({kind}), её сохранили: {who}, {when}. Изменено: {fields}. Откройте запись заново, чтобы увидеть эти изменения, и затем внесите свои.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="148"/>
        <source>Someone else saved this {kind} at the same moment. Open it again to see their changes, then make your change.</source>
        <translation>В тот же момент эту запись ({kind}) сохранил кто-то другой. Откройте её заново, чтобы увидеть его изменения, и затем внесите свои.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="151"/>
        <source>none listed</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="153"/>
        <source>The change could not be saved: someone else saved a conflicting change. {detail}</source>
        <translation>Изменение не сохранено: кто-то другой сохранил несовместимое изменение. {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="155"/>
        <source>The database could not be written: {detail}</source>
        <translation>Не удалось записать в базу данных: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="159"/>
        <source>{label} of an all-day event must be at midnight (a whole day), not {value}.</source>
        <translation>{label}: у мероприятия на весь день время должно быть полночь (целый день), а не {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="161"/>
        <source>An all-day event lasts at least one day: End must be after Start.</source>
        <translation>Мероприятие на весь день длится хотя бы один день: конец должен быть позже начала.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="163"/>
        <source>An event whose date is known only approximately ({value}) must be an all-day event.</source>
        <translation>Мероприятие с приблизительной датой ({value}) должно быть на весь день.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="165"/>
        <source>{label}: the repeat rule “{value}” is not valid: {problem}.</source>
        <translation>{label}: правило повтора «{value}» неверно: {problem}.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="166"/>
        <source>lines must start with RRULE:, EXDATE: or RDATE:</source>
        <translation>строки должны начинаться с RRULE:, EXDATE: или RDATE:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="168"/>
        <source>{label}: participant {number} names neither a person nor an organization.</source>
        <translation>{label}: у участника № {number} не указаны ни персона, ни организация.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="173"/>
        <source>{label}: party {number} must be exactly one of a place, an organization or a country.</source>
        <translation>{label}: сторона № {number} должна быть ровно чем-то одним: населённым пунктом, организацией или страной.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="177"/>
        <source>{label}: a follow-up that is {status} has no completion date.</source>
        <translation>{label}: у поручения со статусом «{status}» не бывает даты выполнения.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="180"/>
        <source>{label}: “{value}” already names {country}.</source>
        <translation>{label}: «{value}» уже обозначает страну {country}.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="181"/>
        <source>{label}: “{value}” is not a name of {country}.</source>
        <translation>{label}: «{value}» — не название страны {country}.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="184"/>
        <source>{label}: “{name}” is {size}; files up to {limit} can be attached.</source>
        <translation>{label}: размер «{name}» — {size}; прикрепить можно файлы до {limit}.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/services/messages.py" line="185"/>
        <source>{label}: “{name}” cannot be read: {problem}.</source>
        <translation>{label}: «{name}» не читается: {problem}.</translation>
    </message>
</context>
</TS>
