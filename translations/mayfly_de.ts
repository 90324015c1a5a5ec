<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>No keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>Mayfly keeps its encryption key in your system keychain, which is not available:
%1

You can protect your data with a passphrase instead, or use a session that writes nothing to disk.</source>
        <translation>Mayfly bewahrt seinen Schlüssel im Schlüsselbund des Systems auf, doch der ist nicht verfügbar:
%1

Sie können Ihre Daten stattdessen mit einer Passphrase schützen oder eine Sitzung nutzen, die nichts auf die Festplatte schreibt.</translation>
    </message>
    <message>
        <source>Use a passphrase...</source>
        <translation>Passphrase verwenden...</translation>
    </message>
    <message>
        <source>Memory only</source>
        <translation>Nur im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for this profile:</source>
        <translation>Passphrase für dieses Profil:</translation>
    </message>
    <message>
        <source>Throwaway e-mail addresses, with mail shown in a view that cannot run scripts or reach the network.</source>
        <translation>Wegwerf-E-Mail-Adressen; die Post erscheint in einer Ansicht, die keine Skripte ausführen und nicht ins Netz gehen kann.</translation>
    </message>
    <message>
        <source>Use DIR as the data directory.</source>
        <translation>DIR als Datenordner verwenden.</translation>
    </message>
    <message>
        <source>Write nothing to disk.</source>
        <translation>Nichts auf die Festplatte schreiben.</translation>
    </message>
    <message>
        <source>Do not start the local relay.</source>
        <translation>Das lokale Relay nicht starten.</translation>
    </message>
    <message>
        <source>Message files (.eml) to show read-only.</source>
        <translation>Nachrichtendateien (.eml), die schreibgeschützt angezeigt werden.</translation>
    </message>
    <message>
        <source>Mayfly</source>
        <translation>Mayfly</translation>
    </message>
    <message>
        <source>Mayfly could not open its data:
%1</source>
        <translation>Mayfly konnte seine Daten nicht öffnen:
%1</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::AddressListModel</name>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft ab in %1</translation>
    </message>
    <message>
        <source>Private: only Mayfly holds the credential for this mailbox.</source>
        <translation>Privat: Nur Mayfly kennt die Zugangsdaten zu diesem Postfach.</translation>
    </message>
    <message>
        <source>Token: anyone holding the session token can read this mailbox.</source>
        <translation>Token: Wer das Sitzungstoken hat, kann dieses Postfach lesen.</translation>
    </message>
    <message>
        <source>Public: anyone who knows this address can read its mail.</source>
        <translation>Öffentlich: Wer diese Adresse kennt, kann ihre Post lesen.</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::CodeBanner</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Open link...</source>
        <translation>Link öffnen...</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>Bestätigungscode:</translation>
    </message>
    <message>
        <source>Confirmation link:</source>
        <translation>Bestätigungslink:</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::FirstRunDialog</name>
    <message>
        <source>Private mailbox</source>
        <translation>Privates Postfach</translation>
    </message>
    <message>
        <source>Readable with its session token</source>
        <translation>Lesbar mit dem Sitzungstoken</translation>
    </message>
    <message>
        <source>Public inbox: anyone who knows the address can read it</source>
        <translation>Öffentliches Postfach: Wer die Adresse kennt, kann es lesen</translation>
    </message>
    <message>
        <source>Welcome to Mayfly</source>
        <translation>Willkommen bei Mayfly</translation>
    </message>
    <message>
        <source>Where should your throwaway addresses come from? You can change this later.</source>
        <translation>Woher sollen Ihre Wegwerf-Adressen kommen? Sie können das später ändern.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>A relay on this computer, for testing your own application&apos;s mail. Private; nothing leaves this machine; addresses live 24 hours.</source>
        <translation>Ein Relay auf diesem Computer, zum Testen der Post Ihrer eigenen Anwendung. Privat; nichts verlässt diesen Rechner; Adressen leben 24 Stunden.</translation>
    </message>
    <message>
        <source>Your own relay</source>
        <translation>Ihr eigenes Relay</translation>
    </message>
    <message>
        <source>Addresses from</source>
        <translation>Adressen von</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>Server-URL:</translation>
    </message>
    <message>
        <source>Creation key:</source>
        <translation>Erstellungsschlüssel:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Direct (no proxy)</source>
        <translation>Direkt (kein Proxy)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy des Systems</translation>
    </message>
    <message>
        <source>SOCKS5, names resolved by the proxy (Tor)</source>
        <translation>SOCKS5, Namen löst der Proxy auf (Tor)</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::LinkDialog</name>
    <message>
        <source>Open link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Angezeigt als:</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>Führt zu:</translation>
    </message>
    <message>
        <source>Without tracking:</source>
        <translation>Ohne Tracking:</translation>
    </message>
    <message>
        <source>Open without tracking</source>
        <translation>Ohne Tracking öffnen</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Original öffnen</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::LocalRelay</name>
    <message>
        <source>mayfly-relay was not found next to Mayfly.</source>
        <translation>mayfly-relay wurde neben Mayfly nicht gefunden.</translation>
    </message>
    <message>
        <source>The local relay stopped (exit code %1).</source>
        <translation>Das lokale Relay wurde beendet (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MainWindow</name>
    <message>
        <source>Mayfly</source>
        <translation>Mayfly</translation>
    </message>
    <message>
        <source>&amp;New address</source>
        <translation>&amp;Neue Adresse</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete address</source>
        <translation>Adresse &amp;löschen</translation>
    </message>
    <message>
        <source>Delete &amp;message</source>
        <translation>&amp;Nachricht löschen</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <source>&amp;Open message file...</source>
        <translation>Nachrichtendatei ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Alle Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Local relay: SMTP on 127.0.0.1:%1</source>
        <translation>Lokales Relay: SMTP auf 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Local relay: starting...</source>
        <translation>Lokales Relay: wird gestartet...</translation>
    </message>
    <message>
        <source>Local relay stopped</source>
        <translation>Lokales Relay beendet</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>A code was received.</source>
        <translation>Ein Code ist eingetroffen.</translation>
    </message>
    <message>
        <source>New message for %1</source>
        <translation>Neue Nachricht für %1</translation>
    </message>
    <message numerus="yes">
        <source>Mayfly (%n unread)</source>
        <translation>
            <numerusform>Mayfly (%n ungelesen)</numerusform>
            <numerusform>Mayfly (%n ungelesen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mayfly: %n unread</source>
        <translation>
            <numerusform>Mayfly: %n ungelesen</numerusform>
            <numerusform>Mayfly: %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>Die Nachricht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Creating an address...</source>
        <translation>Adresse wird erstellt...</translation>
    </message>
    <message>
        <source>Delete address</source>
        <translation>Adresse löschen</translation>
    </message>
    <message>
        <source>Delete %1 and all its mail, here and at the provider?</source>
        <translation>%1 und die gesamte Post dazu löschen, hier und beim Anbieter?</translation>
    </message>
    <message>
        <source>Test message sent</source>
        <translation>Testnachricht gesendet</translation>
    </message>
    <message>
        <source>Sending the test message failed: %1</source>
        <translation>Die Testnachricht konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Open message file</source>
        <translation>Nachrichtendatei öffnen</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml *.msg *.txt);;All files (*)</source>
        <translation>E-Mail-Nachrichten (*.eml *.msg *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message numerus="yes">
        <source>[%n tracker(s) blocked]</source>
        <translation>
            <numerusform>[%n Tracker blockiert]</numerusform>
            <numerusform>[%n Tracker blockiert]</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessagePane</name>
    <message numerus="yes">
        <source>%n tracker(s)</source>
        <translation>
            <numerusform>%n Tracker</numerusform>
            <numerusform>%n Tracker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n company(s)</source>
        <translation>
            <numerusform>von %n Firma</numerusform>
            <numerusform>von %n Firmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s)</source>
        <translation>
            <numerusform>%n externes Bild</numerusform>
            <numerusform>%n externe Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other remote reference(s)</source>
        <translation>
            <numerusform>%n weiterer externer Verweis</numerusform>
            <numerusform>%n weitere externe Verweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: %1 removed</source>
        <translation>Blockiert und entfernt: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Attachments are never opened. Double-click to save one.</source>
        <translation>Anhänge werden nie geöffnet. Zum Speichern doppelklicken.</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Keine Nachricht ausgewählt</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>Careful: the sender&apos;s name contains an address; the real sender is %1</source>
        <translation>Vorsicht: Der Name des Absenders enthält eine Adresse; der echte Absender ist %1</translation>
    </message>
    <message>
        <source>This message is malformed and is shown as plain text.</source>
        <translation>Diese Nachricht ist fehlerhaft aufgebaut und wird als reiner Text angezeigt.</translation>
    </message>
    <message>
        <source>Open message file</source>
        <translation>Nachrichtendatei öffnen</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 25 MiB.</source>
        <translation>%1 ist größer als 25 MiB.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Saving the attachment failed: %1</source>
        <translation>Der Anhang konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessageView</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::Session</name>
    <message>
        <source>Reading the addresses failed</source>
        <translation>Die Adressen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reading the messages failed</source>
        <translation>Die Nachrichten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Saving the address failed</source>
        <translation>Die Adresse konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Creating an address failed</source>
        <translation>Es konnte keine Adresse erstellt werden</translation>
    </message>
    <message>
        <source>The provider could not delete the address</source>
        <translation>Der Anbieter konnte die Adresse nicht löschen</translation>
    </message>
    <message>
        <source>Deleting the address failed</source>
        <translation>Die Adresse konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleting the message failed</source>
        <translation>Die Nachricht konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Saving the message failed</source>
        <translation>Die Nachricht konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Fetching the message list failed</source>
        <translation>Die Nachrichtenliste konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>Fetching a message failed</source>
        <translation>Eine Nachricht konnte nicht abgerufen werden</translation>
    </message>
</context>
</TS>
