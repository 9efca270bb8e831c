<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BriefingActions</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/briefing_actions.py" line="114"/>
        <source>&amp;Briefing…</source>
        <translation>&amp;Справка…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/briefing_actions.py" line="115"/>
        <source>&amp;Print briefing…</source>
        <translation>&amp;Печать справки…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/briefing_actions.py" line="134"/>
        <source>Select an event, a delegation, a country, a place, an organization or a person to prepare a briefing.</source>
        <translation>Выберите мероприятие, делегацию, страну, населённый пункт, организацию или персону, чтобы подготовить справку.</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/briefing_actions.py" line="181"/>
        <source>Preparing the briefing…</source>
        <translation>Справка готовится…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/briefing_actions.py" line="190"/>
        <source>Briefing sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Справка отправлена на печать: %n страница.</numerusform>
            <numerusform>Справка отправлена на печать: %n страницы.</numerusform>
            <numerusform>Справка отправлена на печать: %n страниц.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingButton</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/briefing_actions.py" line="76"/>
        <source>Briefing…</source>
        <extracomment>how long the window&apos;s status bar says what happened to a briefing sent to print</extracomment>
        <translation>Справка…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/briefing_actions.py" line="77"/>
        <source>Prepare a briefing note: preview, print or save as PDF</source>
        <translation>Подготовить справку: просмотр, печать или сохранение в PDF</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="170"/>
        <source>Ready.</source>
        <translation>Готово.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="204"/>
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Отправлено на печать: %n страница.</numerusform>
            <numerusform>Отправлено на печать: %n страницы.</numerusform>
            <numerusform>Отправлено на печать: %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="231"/>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation>Не удалось записать PDF в {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="222"/>
        <source>Saved to {path} (%n page(s)).</source>
        <translation>
            <numerusform>Сохранено в {path} (%n страница).</numerusform>
            <numerusform>Сохранено в {path} (%n страницы).</numerusform>
            <numerusform>Сохранено в {path} (%n страниц).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="249"/>
        <source>Writing the PDF…</source>
        <translation>Запись PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="251"/>
        <source>Preparing the briefing…</source>
        <translation>Справка готовится…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="262"/>
        <source>Briefing</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="264"/>
        <source>Briefing — {name}</source>
        <translation>Справка — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="265"/>
        <source>Pre&amp;view</source>
        <translation>Прос&amp;мотр</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="267"/>
        <source>See the pages as they will be printed ({keys})</source>
        <translation>Страницы так, как они будут напечатаны ({keys})</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="271"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="272"/>
        <source>Print on paper (Ctrl+P)</source>
        <translation>Напечатать на бумаге (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="273"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="274"/>
        <source>Save the briefing as a PDF file (Ctrl+S)</source>
        <translation>Сохранить справку в файл PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="275"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="276"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_output.py" line="35"/>
        <source>Print the briefing</source>
        <translation>Печать справки</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_output.py" line="43"/>
        <source>Save the briefing as PDF</source>
        <translation>Сохранить справку в PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_output.py" line="45"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_output.py" line="87"/>
        <source>Briefing preview — {title}</source>
        <translation>Предварительный просмотр — {title}</translation>
    </message>
</context>
<context>
    <name>BriefingForm</name>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_form.py" line="191"/>
        <source>&amp;Language of the note:</source>
        <extracomment>the languages a note is written in, each named in itself</extracomment>
        <translation>&amp;Язык справки:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_form.py" line="192"/>
        <source>&amp;Marking:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_form.py" line="193"/>
        <source>Past &amp;contacts:</source>
        <translation>Прошлых &amp;контактов:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_form.py" line="194"/>
        <source>Prepared &amp;by:</source>
        <translation>Подгот&amp;овил:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_form.py" line="195"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_form.py" line="201"/>
        <source>no marking</source>
        <translation>без грифа</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_form.py" line="203"/>
        <source>The confidentiality marking at the top of the note; type your own if needed</source>
        <translation>Гриф конфиденциальности в начале справки; при необходимости впишите свой</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_form.py" line="205"/>
        <source>How many of the latest contacts the history lists</source>
        <translation>Сколько последних контактов показать в истории</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_form.py" line="206"/>
        <source>your name and position</source>
        <translation>фамилия и должность</translation>
    </message>
    <message>
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_form.py" line="209"/>
        <source>&amp;Talking points and notes for this briefing:</source>
        <translation>&amp;Тезисы к беседе и заметки для этой справки:</translation>
    </message>
</context>
</TS>
