<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>mayfly::ui::AddressListModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MainWindow</name>
    <message numerus="yes">
        <source>Mayfly (%n unread)</source>
        <translation>
            <numerusform>Mayfly (%n unread)</numerusform>
            <numerusform>Mayfly (%n unread)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mayfly: %n unread</source>
        <translation>
            <numerusform>Mayfly: %n unread</numerusform>
            <numerusform>Mayfly: %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessageListModel</name>
    <message numerus="yes">
        <source>[%n tracker(s) blocked]</source>
        <translation>
            <numerusform>[%n tracker blocked]</numerusform>
            <numerusform>[%n trackers blocked]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessagePane</name>
    <message numerus="yes">
        <source>%n tracker(s)</source>
        <translation>
            <numerusform>%n tracker</numerusform>
            <numerusform>%n trackers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n company(s)</source>
        <translation>
            <numerusform>from %n company</numerusform>
            <numerusform>from %n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s)</source>
        <translation>
            <numerusform>%n remote image</numerusform>
            <numerusform>%n remote images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other remote reference(s)</source>
        <translation>
            <numerusform>%n other remote reference</numerusform>
            <numerusform>%n other remote references</numerusform>
        </translation>
    </message>
</context>
</TS>
