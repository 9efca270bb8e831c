<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_panel.py" line="153"/>
        <source>Select an event, a delegation, an agreement, a follow-up or anyone in the calendar or a register to see it here.</source>
        <translation>Выберите мероприятие, делегацию, соглашение, поручение или персону в календаре или реестре — здесь появятся подробности.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_panel.py" line="161"/>
        <source>Open dossier</source>
        <translation>Открыть досье</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_panel.py" line="161"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_panel.py" line="162"/>
        <source>Open the dossier (Enter)</source>
        <translation>Открыть досье (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_panel.py" line="162"/>
        <source>Open the editor (Enter)</source>
        <translation>Открыть в редакторе (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_panel.py" line="170"/>
        <source>This record is no longer in the database.</source>
        <translation>Этой записи больше нет в базе.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="181"/>
        <source>When</source>
        <extracomment>the Russian and English names of the countries the page shows, by code</extracomment>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="182"/>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="185"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="183"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="185"/>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="272"/>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="74"/>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="105"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="188"/>
        <source>Edition</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="190"/>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="189"/>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="194"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="200"/>
        <source>Repeats</source>
        <translation>Повторяется</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="201"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="226"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="228"/>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="231"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="233"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="240"/>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="287"/>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="92"/>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="124"/>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="170"/>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="216"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="241"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="259"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="260"/>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="110"/>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="149"/>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="181"/>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="238"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="261"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="263"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="269"/>
        <source>Head</source>
        <translation>Глава</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="280"/>
        <source>Members</source>
        <translation>Состав</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="281"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/detail_pages.py" line="310"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="43"/>
        <source>no end date</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="50"/>
        <source>expired</source>
        <translation>истекло</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="53"/>
        <source>%n days to expiry</source>
        <translation>
            <numerusform>до окончания %n день</numerusform>
            <numerusform>до окончания %n дня</numerusform>
            <numerusform>до окончания %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="55"/>
        <source>one day to expiry</source>
        <translation>истекает завтра</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="75"/>
        <source>Signed on</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="76"/>
        <source>Valid</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="77"/>
        <source>Renewal</source>
        <translation>Продление</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="84"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="85"/>
        <source>Signatories</source>
        <translation>Подписали</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="86"/>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="87"/>
        <source>Linked events</source>
        <translation>Связанные мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/page_writer.py" line="122"/>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="101"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="106"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="107"/>
        <source>Done on</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="108"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="123"/>
        <source>Came from</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="137"/>
        <source>since {date}</source>
        <translation>с {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="152"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="163"/>
        <source>Current position</source>
        <translation>Текущая должность</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="164"/>
        <source>Earlier positions</source>
        <translation>Прежние должности</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="166"/>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="213"/>
        <source>Recent events</source>
        <translation>Последние мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="169"/>
        <source>Contact notes</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="179"/>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="236"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="207"/>
        <source>People</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="209"/>
        <source>Departments and offices</source>
        <translation>Подразделения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/page_writer.py" line="127"/>
        <source>due {date}</source>
        <translation>срок {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/page_writer.py" line="139"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/page_writer.py" line="147"/>
        <source>{n} B</source>
        <translation>{n} Б</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/page_writer.py" line="149"/>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/page_writer.py" line="150"/>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="64"/>
        <source>overdue follow-ups: {n}</source>
        <translation>просроченных поручений: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="71"/>
        <source>Agreements in force: {n}</source>
        <translation>Действующих соглашений: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="72"/>
        <source>expiring within 90 days: {n}</source>
        <translation>истекают в течение 90 дней: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="82"/>
        <source>since {month}</source>
        <translation>с {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="87"/>
        <source>no end date</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="89"/>
        <source>until {date}</source>
        <translation>до {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="94"/>
        <source>%n days left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="117"/>
        <source>from {month}</source>
        <translation>с {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="130"/>
        <source>current</source>
        <translation>текущая</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="163"/>
        <source>due {date}</source>
        <translation>срок {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="208"/>
        <source>No posts recorded: add them in the editor.</source>
        <translation>Должности не указаны: их можно добавить в редакторе.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="211"/>
        <source>Partner cities</source>
        <translation>Города-партнёры</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="212"/>
        <source>Positions</source>
        <translation>Должности</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="214"/>
        <source>Agreements in force</source>
        <translation>Действующие соглашения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="218"/>
        <source>Overdue follow-ups</source>
        <translation>Просроченные поручения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="222"/>
        <source>Not marked as held</source>
        <translation>Не отмечено как проведённое</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="225"/>
        <source>Planned</source>
        <translation>Планируется</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="226"/>
        <source>People</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="227"/>
        <source>About</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="236"/>
        <source>No partner cities, agreements in force, plans, overdue follow-ups or people of this country yet.</source>
        <translation>Пока нет ни городов-партнёров, ни действующих соглашений, ни планов, ни просроченных поручений, ни персон этой страны.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="241"/>
        <source>No agreements in force, plans, overdue follow-ups or people here yet.</source>
        <translation>Пока нет ни действующих соглашений, ни планов, ни просроченных поручений, ни персон.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="249"/>
        <source>Short name:</source>
        <translation>Краткое название:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="250"/>
        <source>Part of:</source>
        <translation>Входит в:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="251"/>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="252"/>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="253"/>
        <source>Contacts:</source>
        <translation>Контакты:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/dossier_timeline.py" line="149"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/dossier_timeline.py" line="151"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/dossier_timeline.py" line="153"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/dossier_timeline.py" line="155"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/models/dossier_timeline.py" line="172"/>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier.py" line="286"/>
        <source>This record is no longer in the database.</source>
        <translation>Этой записи больше нет в базе.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier.py" line="288"/>
        <source>Open a country, a place, an organization or a person.</source>
        <translation>Откройте страну, населённый пункт, организацию или персону.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier.py" line="306"/>
        <source>Contacts: {n}</source>
        <translation>Хроника: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier.py" line="309"/>
        <source>Show more ({shown} of {total} shown)</source>
        <translation>Показать ещё (показано {shown} из {total})</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier.py" line="322"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier.py" line="323"/>
        <source>Change the names, country and the rest (F2)</source>
        <translation>Изменить названия, страну и остальное (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier.py" line="324"/>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+Влево)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier.py" line="325"/>
        <source>Forward (Alt+Right)</source>
        <translation>Вперёд (Alt+Вправо)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/dossier.py" line="284"/>
        <source>Loading…</source>
        <extracomment>contacts read at a time: a busy country&apos;s dossier stays quick; &quot;Show more&quot; reads more the dossier asked for last has been read and shown (or found missing)</extracomment>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/programme.py" line="57"/>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/programme.py" line="74"/>
        <source>and {n} more</source>
        <translation>и ещё {n}</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_text.py" line="112"/>
        <source>date not set</source>
        <extracomment>the look of every record page; Qt&apos;s rich text understands this subset of CSS</extracomment>
        <translation>дата не определена</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/views/record_text.py" line="116"/>
        <source>during the year</source>
        <translation>в течение года</translation>
    </message>
</context>
</TS>
