<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<!-- English is the source language: this file holds only the plural forms of its %n texts -->
<context>
    <name>Briefing</name>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/briefing/document.py" line="230"/>
        <source>+%n more planned</source>
        <translation>
            <numerusform>+%n more planned</numerusform>
            <numerusform>+%n more planned</numerusform>
        </translation>
    </message>
</context>
</TS>
