<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>RetentionChoice</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mayfly::core::html::Sanitizer</name>
    <message numerus="yes">
        <source>shown as plain text: the HTML is larger than %n MiB</source>
        <translation>
            <numerusform>shown as plain text: the HTML is larger than %n MiB</numerusform>
            <numerusform>shown as plain text: the HTML is larger than %n MiB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: an element has more than %n attributes</source>
        <translation>
            <numerusform>shown as plain text: an element has more than %n attribute</numerusform>
            <numerusform>shown as plain text: an element has more than %n attributes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: the HTML is nested deeper than %n levels</source>
        <translation>
            <numerusform>shown as plain text: the HTML is nested deeper than %n level</numerusform>
            <numerusform>shown as plain text: the HTML is nested deeper than %n levels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mayfly::core::mime::MimeParser</name>
    <message numerus="yes">
        <source>more than %n MIME parts; the rest is not shown</source>
        <translation>
            <numerusform>more than %n MIME part; the rest is not shown</numerusform>
            <numerusform>more than %n MIME parts; the rest is not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MIME nesting deeper than %n; the rest is not shown</source>
        <translation>
            <numerusform>MIME nesting deeper than %n; the rest is not shown</numerusform>
            <numerusform>MIME nesting deeper than %n; the rest is not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a part decodes to more than %n MiB; it was cut</source>
        <translation>
            <numerusform>a part decodes to more than %n MiB; it was cut</numerusform>
            <numerusform>a part decodes to more than %n MiB; it was cut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the decoded message exceeds %n MiB; the rest is not shown</source>
        <translation>
            <numerusform>the decoded message exceeds %n MiB; the rest is not shown</numerusform>
            <numerusform>the decoded message exceeds %n MiB; the rest is not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the message is larger than %n MiB; the rest was cut</source>
        <translation>
            <numerusform>the message is larger than %n MiB; the rest was cut</numerusform>
            <numerusform>the message is larger than %n MiB; the rest was cut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the header section is larger than %n KiB; the rest of it was dropped</source>
        <translation>
            <numerusform>the header section is larger than %n KiB; the rest of it was dropped</numerusform>
            <numerusform>the header section is larger than %n KiB; the rest of it was dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the message names %n senders; the first is shown</source>
        <translation>
            <numerusform>the message names %n sender; the first is shown</numerusform>
            <numerusform>the message names %n senders; the first is shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Export</name>
    <message numerus="yes">
        <source>the credentials need a passphrase of at least %n characters</source>
        <translation>
            <numerusform>the credentials need a passphrase of at least %n character</numerusform>
            <numerusform>the credentials need a passphrase of at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Inventory</name>
    <message numerus="yes">
        <source>deleted %n h after arrival unless the address says otherwise</source>
        <translation>
            <numerusform>deleted %n h after arrival unless the address says otherwise</numerusform>
            <numerusform>deleted %n h after arrival unless the address says otherwise</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mayfly::ui::DeletionTimeline</name>
    <message numerus="yes">
        <source>%1: %n item(s) deleted</source>
        <translation>
            <numerusform>%1: %n item deleted</numerusform>
            <numerusform>%1: %n items deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left afterwards: %n item(s), %1</source>
        <translation>
            <numerusform>Left afterwards: %n item, %1</numerusform>
            <numerusform>Left afterwards: %n items, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next deletion in %n minute(s)</source>
        <translation>
            <numerusform>next deletion in %n minute</numerusform>
            <numerusform>next deletion in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next deletion in %n hour(s)</source>
        <translation>
            <numerusform>next deletion in %n hour</numerusform>
            <numerusform>next deletion in %n hours</numerusform>
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
    <message numerus="yes">
        <source>%n message(s) found in all addresses</source>
        <translation>
            <numerusform>%n message found in all addresses</numerusform>
            <numerusform>%n messages found in all addresses</numerusform>
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
    <message numerus="yes">
        <source>%n unsafe image(s)</source>
        <translation>
            <numerusform>%n unsafe image</numerusform>
            <numerusform>%n unsafe images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mayfly::ui::PrivacyDashboard</name>
    <message numerus="yes">
        <source>Mayfly holds %n item(s) (%1) on this computer.</source>
        <translation>
            <numerusform>Mayfly holds %n item (%1) on this computer.</numerusform>
            <numerusform>Mayfly holds %n items (%1) on this computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the address and %n message(s)</source>
        <translation>
            <numerusform>the address and %n message</numerusform>
            <numerusform>the address and %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) carried a cookie.</source>
        <translation>
            <numerusform>%n request carried a cookie.</numerusform>
            <numerusform>%n requests carried a cookie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Providers tried to set %n cookie(s); all were refused.</source>
        <translation>
            <numerusform>Providers tried to set %n cookie; it was refused.</numerusform>
            <numerusform>Providers tried to set %n cookies; all were refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n address(es)</source>
        <translation>
            <numerusform>Exported %n address</numerusform>
            <numerusform>Exported %n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n message(s) to:</source>
        <translation>
            <numerusform>and %n message to:</numerusform>
            <numerusform>and %n messages to:</numerusform>
        </translation>
    </message>
</context>
</TS>
