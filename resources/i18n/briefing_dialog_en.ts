<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<!-- English is the source language: this file holds only the plural forms of its %n texts -->
<context>
    <name>BriefingActions</name>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/briefing_actions.py" line="190"/>
        <source>Briefing sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Briefing sent to the printer: %n page.</numerusform>
            <numerusform>Briefing sent to the printer: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="204"/>
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Sent to the printer: %n page.</numerusform>
            <numerusform>Sent to the printer: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/briefing_dialog.py" line="222"/>
        <source>Saved to {path} (%n page(s)).</source>
        <translation>
            <numerusform>Saved to {path} (%n page).</numerusform>
            <numerusform>Saved to {path} (%n pages).</numerusform>
        </translation>
    </message>
</context>
</TS>
