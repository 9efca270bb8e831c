<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<!-- English is the source language: this file holds only the plural forms of its "(s)" texts -->
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="222"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="223"/>
        <source>%Ln delegation(s)</source>
        <translation>
            <numerusform>%Ln delegation</numerusform>
            <numerusform>%Ln delegations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="224"/>
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln agreement</numerusform>
            <numerusform>%Ln agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="225"/>
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="226"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="227"/>
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln organization</numerusform>
            <numerusform>%Ln organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/dialogs/export_dialog.py" line="228"/>
        <source>%Ln place(s)</source>
        <translation>
            <numerusform>%Ln place</numerusform>
            <numerusform>%Ln places</numerusform>
        </translation>
    </message>
</context>
</TS>
