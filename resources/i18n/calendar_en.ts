<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<!-- English is the source language: this file holds only the plural forms of its %n texts -->
<context>
    <name>calendar</name>
    <message numerus="yes">
        <location filename="../../desktop/diplotrack/ui/views/calendar/month.py" line="32"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
</TS>
