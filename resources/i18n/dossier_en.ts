<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<!-- English is the source language: this file holds only the plural forms of its %n texts -->
<context>
    <name>DetailPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/views/record_pages.py" line="53"/>
        <source>%n days to expiry</source>
        <translation>
            <numerusform>%n day to expiry</numerusform>
            <numerusform>%n days to expiry</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/views/dossier_summary.py" line="94"/>
        <source>%n days left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
</TS>
