<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>RetentionChoice</name>
    <message>
        <source>until the address expires</source>
        <translation>bis die Adresse abläuft</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
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
</context>
<context>
    <name>mayfly::core::Error</name>
    <message>
        <source>invalid input</source>
        <translation>ungültige Eingabe</translation>
    </message>
    <message>
        <source>limit exceeded</source>
        <translation>Grenze überschritten</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <source>i/o error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>Festplatte voll</translation>
    </message>
    <message>
        <source>cryptographic failure</source>
        <translation>Verschlüsselungsfehler</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <source>provider unavailable</source>
        <translation>Anbieter nicht erreichbar</translation>
    </message>
    <message>
        <source>bad credential</source>
        <translation>ungültige Zugangsdaten</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>written by a newer version</source>
        <translation>von einer neueren Version geschrieben</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
</context>
<context>
    <name>mayfly::core::html::LinkAnalyzer</name>
    <message>
        <source>goes through %1&apos;s click tracking</source>
        <translation>läuft über das Klick-Tracking von %1</translation>
    </message>
    <message>
        <source>redirect wrapper removed; destination %1</source>
        <translation>Weiterleitung entfernt; Ziel: %1</translation>
    </message>
    <message>
        <source>the host is an IP address (%1)</source>
        <translation>der Host ist eine IP-Adresse (%1)</translation>
    </message>
    <message>
        <source>internationalised host; its real name is %1</source>
        <translation>internationalisierter Hostname; sein echter Name ist %1</translation>
    </message>
    <message>
        <source>the host mixes scripts (%1)</source>
        <translation>der Hostname mischt Schriftsysteme (%1)</translation>
    </message>
    <message>
        <source>not encrypted (http)</source>
        <translation>nicht verschlüsselt (http)</translation>
    </message>
    <message>
        <source>the part before @ is not the host; the real host is %1</source>
        <translation>der Teil vor dem @ ist nicht der Host; der echte Host ist %1</translation>
    </message>
    <message>
        <source>the text names %1 but the link goes to %2</source>
        <translation>der Text nennt %1, aber der Link führt zu %2</translation>
    </message>
</context>
<context>
    <name>mayfly::core::html::Sanitizer</name>
    <message>
        <source>known tracker domain</source>
        <translation>bekannte Tracker-Domain</translation>
    </message>
    <message>
        <source>the URL identifies you (your address or a hash of it)</source>
        <translation>die URL verrät, wer Sie sind (Ihre Adresse oder ein Hash davon)</translation>
    </message>
    <message>
        <source>tracking pixel (tiny or invisible image)</source>
        <translation>Zählpixel (winziges oder unsichtbares Bild)</translation>
    </message>
    <message>
        <source>remote image</source>
        <translation>externes Bild</translation>
    </message>
    <message>
        <source>remote CSS resource</source>
        <translation>externe CSS-Ressource</translation>
    </message>
    <message>
        <source>remote font</source>
        <translation>externe Schriftart</translation>
    </message>
    <message>
        <source>prefetch, preconnect or ping</source>
        <translation>Vorabladen, Vorabverbindung oder Ping</translation>
    </message>
    <message>
        <source>form submission target</source>
        <translation>Ziel eines Formularversands</translation>
    </message>
    <message>
        <source>meta refresh redirect</source>
        <translation>Weiterleitung per Meta-Refresh</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>embedded frame</source>
        <translation>eingebetteter Frame</translation>
    </message>
    <message>
        <source>plug-in object</source>
        <translation>Plug-in-Objekt</translation>
    </message>
    <message>
        <source>audio or video</source>
        <translation>Audio oder Video</translation>
    </message>
    <message>
        <source>script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>responsive image candidate (srcset)</source>
        <translation>Bildvariante für responsive Darstellung (srcset)</translation>
    </message>
    <message>
        <source>background image attribute</source>
        <translation>Hintergrundbild-Attribut</translation>
    </message>
    <message>
        <source>remote reference</source>
        <translation>externer Verweis</translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: the HTML is larger than %n MiB</source>
        <translation>
            <numerusform>als reiner Text angezeigt: Das HTML ist größer als %n MiB</numerusform>
            <numerusform>als reiner Text angezeigt: Das HTML ist größer als %n MiB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: an element has more than %n attributes</source>
        <translation>
            <numerusform>als reiner Text angezeigt: Ein Element hat mehr als %n Attribut</numerusform>
            <numerusform>als reiner Text angezeigt: Ein Element hat mehr als %n Attribute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: the HTML is nested deeper than %n levels</source>
        <translation>
            <numerusform>als reiner Text angezeigt: Das HTML ist tiefer als %n Ebene verschachtelt</numerusform>
            <numerusform>als reiner Text angezeigt: Das HTML ist tiefer als %n Ebenen verschachtelt</numerusform>
        </translation>
    </message>
    <message>
        <source>image bytes are not an allowed raster format</source>
        <translation>Bilddaten sind kein erlaubtes Rasterformat</translation>
    </message>
</context>
<context>
    <name>mayfly::core::mime::MimeParser</name>
    <message>
        <source>a header name is invalid; parts of the message may be skipped</source>
        <translation>ein Kopfzeilenname ist ungültig; Teile der Nachricht fehlen möglicherweise</translation>
    </message>
    <message>
        <source>conflicting headers</source>
        <translation>widersprüchliche Kopfzeilen</translation>
    </message>
    <message>
        <source>conflicting header parameters</source>
        <translation>widersprüchliche Kopfzeilenparameter</translation>
    </message>
    <message>
        <source>a multipart has no boundary</source>
        <translation>einem Multipart-Teil fehlt die Begrenzung (boundary)</translation>
    </message>
    <message>
        <source>MIME nesting is too deep</source>
        <translation>die MIME-Verschachtelung ist zu tief</translation>
    </message>
    <message>
        <source>a MIME part has neither headers nor content</source>
        <translation>ein MIME-Teil hat weder Kopfzeilen noch Inhalt</translation>
    </message>
    <message>
        <source>the message is truncated</source>
        <translation>die Nachricht ist abgeschnitten</translation>
    </message>
    <message>
        <source>a multipart has no parts</source>
        <translation>ein Multipart-Teil enthält keine Teile</translation>
    </message>
    <message>
        <source>the message is malformed</source>
        <translation>die Nachricht ist fehlerhaft aufgebaut</translation>
    </message>
    <message>
        <source>unknown charset &quot;%1&quot;; shown as UTF-8 or Windows-1252</source>
        <translation>unbekannter Zeichensatz „%1“; als UTF-8 oder Windows-1252 angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>more than %n MIME parts; the rest is not shown</source>
        <translation>
            <numerusform>mehr als %n MIME-Teil; der Rest wird nicht angezeigt</numerusform>
            <numerusform>mehr als %n MIME-Teile; der Rest wird nicht angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MIME nesting deeper than %n; the rest is not shown</source>
        <translation>
            <numerusform>MIME-Verschachtelung tiefer als %n Ebene; der Rest wird nicht angezeigt</numerusform>
            <numerusform>MIME-Verschachtelung tiefer als %n Ebenen; der Rest wird nicht angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a part decodes to more than %n MiB; it was cut</source>
        <translation>
            <numerusform>ein Teil ist dekodiert größer als %n MiB; er wurde abgeschnitten</numerusform>
            <numerusform>ein Teil ist dekodiert größer als %n MiB; er wurde abgeschnitten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the decoded message exceeds %n MiB; the rest is not shown</source>
        <translation>
            <numerusform>die dekodierte Nachricht ist größer als %n MiB; der Rest wird nicht angezeigt</numerusform>
            <numerusform>die dekodierte Nachricht ist größer als %n MiB; der Rest wird nicht angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the message is larger than %n MiB; the rest was cut</source>
        <translation>
            <numerusform>die Nachricht ist größer als %n MiB; der Rest wurde abgeschnitten</numerusform>
            <numerusform>die Nachricht ist größer als %n MiB; der Rest wurde abgeschnitten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the header section is larger than %n KiB; the rest of it was dropped</source>
        <translation>
            <numerusform>der Kopfbereich ist größer als %n KiB; der Rest davon wurde verworfen</numerusform>
            <numerusform>der Kopfbereich ist größer als %n KiB; der Rest davon wurde verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden or control characters were removed from the subject</source>
        <translation>versteckte Zeichen oder Steuerzeichen wurden aus dem Betreff entfernt</translation>
    </message>
    <message numerus="yes">
        <source>the message names %n senders; the first is shown</source>
        <translation>
            <numerusform>die Nachricht nennt %n Absender; angezeigt wird der erste</numerusform>
            <numerusform>die Nachricht nennt %n Absender; angezeigt wird der erste</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden or control characters were removed from the sender name</source>
        <translation>versteckte Zeichen oder Steuerzeichen wurden aus dem Absendernamen entfernt</translation>
    </message>
    <message>
        <source>the sender name contains an address; the real sender is %1</source>
        <translation>der Absendername enthält eine Adresse; der echte Absender ist %1</translation>
    </message>
    <message>
        <source>the sender address is malformed</source>
        <translation>die Absenderadresse ist fehlerhaft</translation>
    </message>
    <message>
        <source>the input is not a MIME message; shown as text</source>
        <translation>die Eingabe ist keine MIME-Nachricht; als Text angezeigt</translation>
    </message>
    <message>
        <source>the message is malformed in a way that can hide content; shown as plain text</source>
        <translation>die Nachricht ist so fehlerhaft aufgebaut, dass Inhalte verborgen sein könnten; als reiner Text angezeigt</translation>
    </message>
</context>
<context>
    <name>mayfly::core::mime::render</name>
    <message>
        <source>This message is malformed in a way that can hide or fake content. It is shown as plain text.</source>
        <translation>Diese Nachricht ist so fehlerhaft aufgebaut, dass sie Inhalte verbergen oder vortäuschen kann. Sie wird als reiner Text angezeigt.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Export</name>
    <message numerus="yes">
        <source>the credentials need a passphrase of at least %n characters</source>
        <translation>
            <numerusform>die Zugangsdaten brauchen eine Passphrase mit mindestens %n Zeichen</numerusform>
            <numerusform>die Zugangsdaten brauchen eine Passphrase mit mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>Ordner nicht gefunden: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>not a Mayfly credentials file</source>
        <translation>keine Mayfly-Zugangsdatendatei</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Inventory</name>
    <message>
        <source>process memory (--memory-only)</source>
        <translation>Arbeitsspeicher des Prozesses (--memory-only)</translation>
    </message>
    <message>
        <source>throwaway addresses and their labels</source>
        <translation>Wegwerf-Adressen und ihre Bezeichnungen</translation>
    </message>
    <message>
        <source>deleted when the address expires, here and at the provider</source>
        <translation>werden gelöscht, wenn die Adresse abläuft – hier und beim Anbieter</translation>
    </message>
    <message>
        <source>provider passwords, tokens and relay keys</source>
        <translation>Passwörter und Tokens der Anbieter, Relay-Schlüssel</translation>
    </message>
    <message>
        <source>deleted with their address</source>
        <translation>werden mit ihrer Adresse gelöscht</translation>
    </message>
    <message>
        <source>raw message sources (RFC 5322)</source>
        <translation>Rohfassung der Nachrichten (RFC 5322)</translation>
    </message>
    <message numerus="yes">
        <source>deleted %n h after arrival unless the address says otherwise</source>
        <translation>
            <numerusform>werden %n Std. nach Eingang gelöscht, sofern für die Adresse nichts anderes gilt</numerusform>
            <numerusform>werden %n Std. nach Eingang gelöscht, sofern für die Adresse nichts anderes gilt</numerusform>
        </translation>
    </message>
    <message>
        <source>sender, subject and preview of each message</source>
        <translation>Absender, Betreff und Vorschau jeder Nachricht</translation>
    </message>
    <message>
        <source>deleted with their message</source>
        <translation>werden mit ihrer Nachricht gelöscht</translation>
    </message>
    <message>
        <source>messages with attachments (kept inside the raw source, never as files)</source>
        <translation>Nachrichten mit Anhängen (in der Rohfassung gespeichert, nie als Dateien)</translation>
    </message>
    <message>
        <source>preferences (nothing secret)</source>
        <translation>Einstellungen (nichts Geheimes)</translation>
    </message>
    <message>
        <source>kept until you wipe</source>
        <translation>bleibt bis zum vollständigen Löschen</translation>
    </message>
    <message>
        <source>the store&apos;s master key (keychain entry)</source>
        <translation>der Hauptschlüssel des Datenspeichers (Schlüsselbund-Eintrag)</translation>
    </message>
    <message>
        <source>%1: service &quot;%2&quot;, entry &quot;%3&quot;</source>
        <translation>%1: Dienst „%2“, Eintrag „%3“</translation>
    </message>
    <message>
        <source>the store&apos;s master key, wrapped with your passphrase (scrypt)</source>
        <translation>der Hauptschlüssel des Datenspeichers, mit Ihrer Passphrase verschlüsselt (scrypt)</translation>
    </message>
    <message>
        <source>the store&apos;s master key</source>
        <translation>der Hauptschlüssel des Datenspeichers</translation>
    </message>
    <message>
        <source>process memory</source>
        <translation>Arbeitsspeicher des Prozesses</translation>
    </message>
    <message>
        <source>gone when the program exits</source>
        <translation>verschwindet, wenn das Programm endet</translation>
    </message>
    <message>
        <source>the SQLite database (sealed rows)</source>
        <translation>die SQLite-Datenbank (versiegelte Zeilen)</translation>
    </message>
    <message>
        <source>SQLite&apos;s write-ahead log (truncated after every deletion)</source>
        <translation>das Write-Ahead-Log von SQLite (nach jedem Löschen geleert)</translation>
    </message>
    <message>
        <source>SQLite&apos;s shared-memory index for the log</source>
        <translation>der Shared-Memory-Index von SQLite für das Log</translation>
    </message>
    <message>
        <source>a counter that tells other Mayfly windows to refresh (no content)</source>
        <translation>ein Zähler, der anderen Mayfly-Fenstern sagt, dass sie neu laden sollen (kein Inhalt)</translation>
    </message>
    <message>
        <source>removed when you wipe</source>
        <translation>wird beim vollständigen Löschen entfernt</translation>
    </message>
    <message>
        <source>network activity log (host, method, path, status, bytes)</source>
        <translation>Netzwerkprotokoll (Host, Methode, Pfad, Status, Bytes)</translation>
    </message>
    <message>
        <source>process memory (never written to disk)</source>
        <translation>Arbeitsspeicher des Prozesses (nie auf die Festplatte geschrieben)</translation>
    </message>
    <message>
        <source>(janitor last deleted some at %1)</source>
        <translation>(die automatische Bereinigung hat zuletzt am %1 welche gelöscht)</translation>
    </message>
    <message>
        <source>the local relay&apos;s database (&quot;This computer&quot;): address names, token hashes and sealed mail</source>
        <translation>die Datenbank des lokalen Relays („Dieser Computer“): Adressnamen, Token-Hashes und versiegelte Post</translation>
    </message>
    <message>
        <source>memory of the local relay process (--memory-only)</source>
        <translation>Arbeitsspeicher des lokalen Relay-Prozesses (--memory-only)</translation>
    </message>
    <message>
        <source>gone when Mayfly exits</source>
        <translation>weg, wenn Mayfly beendet wird</translation>
    </message>
    <message>
        <source>each address and its mail when the address expires; the folder is deleted by Delete everything (the relay is stopped first)</source>
        <translation>jede Adresse mit ihrer Post, wenn die Adresse abläuft; der Ordner wird durch „Alles löschen“ gelöscht (das Relay wird vorher beendet)</translation>
    </message>
    <message>
        <source>local relay file %1</source>
        <translation>Datei des lokalen Relays %1</translation>
    </message>
    <message>
        <source>deleted by Delete everything</source>
        <translation>wird durch „Alles löschen“ gelöscht</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Wipe</name>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::ZipWriter</name>
    <message>
        <source>cannot write the archive: %1</source>
        <translation>das Archiv kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>too many files for a ZIP archive</source>
        <translation>zu viele Dateien für ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>the export is too large for a ZIP archive</source>
        <translation>der Export ist zu groß für ein ZIP-Archiv</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::GuerrillaMailProvider</name>
    <message>
        <source>Addresses live 60 minutes (renewable); messages are deleted after about an hour. Anyone who knows the name can read the inbox.</source>
        <translation>Adressen gelten 60 Minuten (verlängerbar); Nachrichten werden nach etwa einer Stunde gelöscht. Wer den Namen kennt, kann das Postfach lesen.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::InbucketProvider</name>
    <message>
        <source>Kept until the server&apos;s retention ends (24 hours by default). No access control: everyone who can reach the server reads every mailbox.</source>
        <translation>Bleibt erhalten, bis die Aufbewahrungszeit des Servers endet (standardmäßig 24 Stunden). Keine Zugriffskontrolle: Wer den Server erreicht, liest jedes Postfach.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::MailTmProvider</name>
    <message>
        <source>Messages are deleted by the provider after about 7 days; the account stays until deleted.</source>
        <translation>Der Anbieter löscht Nachrichten nach etwa 7 Tagen; das Konto bleibt bestehen, bis es gelöscht wird.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::MailpitProvider</name>
    <message>
        <source>Kept until the server prunes it (500 messages by default). No per-mailbox privacy: everyone who can reach the server reads every address.</source>
        <translation>Bleibt erhalten, bis der Server aufräumt (standardmäßig ab 500 Nachrichten). Keine Trennung zwischen Postfächern: Wer den Server erreicht, liest jede Adresse.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::Provider</name>
    <message>
        <source>private</source>
        <comment>privacy label: a credential per mailbox</comment>
        <translation>privat</translation>
    </message>
    <message>
        <source>token</source>
        <comment>privacy label: readable by whoever holds the session token</comment>
        <translation>Token</translation>
    </message>
    <message>
        <source>public</source>
        <comment>privacy label: anyone who knows the address can read it</comment>
        <translation>öffentlich</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::RelayProvider</name>
    <message>
        <source>Mayfly relay</source>
        <translation>Mayfly-Relay</translation>
    </message>
    <message>
        <source>Messages are kept, sealed to your key, until the address expires or you delete it.</source>
        <translation>Nachrichten werden, mit Ihrem Schlüssel versiegelt, aufbewahrt, bis die Adresse abläuft oder Sie sie löschen.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::secrets::KeychainSecretStore</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>mayfly::core::secrets::PassphraseKey</name>
    <message>
        <source>empty passphrase</source>
        <translation>leere Passphrase</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>falsche Passphrase</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Migrations</name>
    <message>
        <source>this store has schema version %1 but this Mayfly understands up to %2; use a newer Mayfly or another --profile</source>
        <translation>dieser Datenspeicher hat Schemaversion %1, diese Mayfly-Version versteht aber nur bis %2; verwenden Sie eine neuere Mayfly-Version oder ein anderes --profile</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Profile</name>
    <message>
        <source>this profile is protected by a passphrase: set MAYFLY_PASSPHRASE (or type it when asked)</source>
        <translation>dieses Profil ist mit einer Passphrase geschützt: Setzen Sie MAYFLY_PASSPHRASE (oder geben Sie sie ein, wenn danach gefragt wird)</translation>
    </message>
    <message>
        <source>the keychain has no key for this profile although it holds data (%1). Unlock your keyring (a locked keyring answers &quot;not found&quot;) and try again; Mayfly never starts over while data exists</source>
        <translation>der Schlüsselbund hat keinen Schlüssel für dieses Profil, obwohl es Daten enthält (%1). Entsperren Sie Ihren Schlüsselbund (ein gesperrter antwortet mit „nicht gefunden“) und versuchen Sie es erneut; Mayfly fängt nie von vorn an, solange Daten vorhanden sind</translation>
    </message>
    <message>
        <source>cannot read this profile&apos;s key from the keychain (%1). Start or unlock your keyring and try again</source>
        <translation>der Schlüssel dieses Profils kann nicht aus dem Schlüsselbund gelesen werden (%1). Starten oder entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>Choose a passphrase instead (set MAYFLY_PASSPHRASE) or run with --memory-only, which writes nothing</source>
        <translation>Wählen Sie stattdessen eine Passphrase (MAYFLY_PASSPHRASE setzen) oder starten Sie mit --memory-only, das nichts schreibt</translation>
    </message>
    <message>
        <source>no usable keychain (%1). %2</source>
        <extracomment>%1 is the keychain&apos;s own reason (technical); %2 says how to go on</extracomment>
        <translation>kein nutzbarer Schlüsselbund (%1). %2</translation>
    </message>
    <message>
        <source>cannot store a key in the keychain (%1). %2</source>
        <extracomment>%1 is the keychain&apos;s own reason (technical); %2 says how to go on</extracomment>
        <translation>im Schlüsselbund kann kein Schlüssel gespeichert werden (%1). %2</translation>
    </message>
    <message>
        <source>the store is wiped but the keychain entry could not be removed (%1)</source>
        <translation>der Datenspeicher ist gelöscht, aber der Schlüsselbund-Eintrag konnte nicht entfernt werden (%1)</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Store</name>
    <message>
        <source>%1: the disk is full; free some space and try again (nothing stored was lost)</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1: Die Festplatte ist voll; schaffen Sie Platz und versuchen Sie es erneut (nichts Gespeichertes ging verloren)</translation>
    </message>
    <message>
        <source>%1: the store is busy in another Mayfly process</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1: Der Datenspeicher wird gerade von einem anderen Mayfly-Prozess verwendet</translation>
    </message>
    <message>
        <source>%1: the store file is damaged or not a Mayfly store</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1: Die Datei des Datenspeichers ist beschädigt oder gehört nicht zu Mayfly</translation>
    </message>
    <message>
        <source>cannot create the profile folder %1</source>
        <translation>der Profilordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>this key does not open the store (wrong passphrase, or another profile&apos;s key)</source>
        <translation>dieser Schlüssel öffnet den Datenspeicher nicht (falsche Passphrase oder Schlüssel eines anderen Profils)</translation>
    </message>
    <message>
        <source>the store is locked</source>
        <translation>der Datenspeicher ist gesperrt</translation>
    </message>
    <message>
        <source>a sealed value failed to open (damaged or moved row)</source>
        <translation>ein versiegelter Wert ließ sich nicht öffnen (beschädigte oder verschobene Zeile)</translation>
    </message>
    <message>
        <source>retention must be between 10 minutes and 30 days</source>
        <translation>die Aufbewahrungsdauer muss zwischen 10 Minuten und 30 Tagen liegen</translation>
    </message>
    <message>
        <source>this address is already stored</source>
        <translation>diese Adresse ist bereits gespeichert</translation>
    </message>
    <message>
        <source>no such address (it may have expired)</source>
        <translation>diese Adresse gibt es nicht (vielleicht ist sie abgelaufen)</translation>
    </message>
    <message>
        <source>no such address</source>
        <translation>diese Adresse gibt es nicht</translation>
    </message>
    <message>
        <source>no such message (it may have expired)</source>
        <translation>diese Nachricht gibt es nicht (vielleicht ist sie abgelaufen)</translation>
    </message>
    <message>
        <source>no such message</source>
        <translation>diese Nachricht gibt es nicht</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
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
    <message>
        <source>All addresses</source>
        <translation>Alle Adressen</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n Adresse</numerusform>
            <numerusform>%n Adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>The messages of every address, newest first.</source>
        <translation>Die Nachrichten aller Adressen, die neuesten zuerst.</translation>
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
    <name>mayfly::ui::DeletionTimeline</name>
    <message>
        <source>Deletion timeline</source>
        <translation>Löschzeitplan</translation>
    </message>
    <message>
        <source>No deletion is scheduled in the next days.</source>
        <translation>In den nächsten Tagen ist keine Löschung geplant.</translation>
    </message>
    <message>
        <source>Next deletion: %1</source>
        <translation>Nächste Löschung: %1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(unbekannter Absender)</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>Nachricht von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) deleted</source>
        <translation>
            <numerusform>%1: %n Eintrag gelöscht</numerusform>
            <numerusform>%1: %n Einträge gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left afterwards: %n item(s), %1</source>
        <translation>
            <numerusform>Danach verbleibt: %n Eintrag, %1</numerusform>
            <numerusform>Danach verbleiben: %n Einträge, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Nothing stored</source>
        <translation>Nichts gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>next deletion in %n minute(s)</source>
        <translation>
            <numerusform>nächste Löschung in %n Minute</numerusform>
            <numerusform>nächste Löschung in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next deletion in %n hour(s)</source>
        <translation>
            <numerusform>nächste Löschung in %n Stunde</numerusform>
            <numerusform>nächste Löschung in %n Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mayfly::ui::Desktop</name>
    <message>
        <source>Mayfly</source>
        <translation>Mayfly</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Mayfly</source>
        <translation>Willkommen bei Mayfly</translation>
    </message>
    <message>
        <source>Where should your throwaway addresses come from? You can change this later.</source>
        <translation>Woher sollen Ihre Wegwerf-Adressen kommen? Sie können das später ändern.</translation>
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
    <message>
        <source>&amp;Privacy dashboard</source>
        <translation>&amp;Datenschutz-Übersicht</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>Daten&amp;schutz</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found in all addresses</source>
        <translation>
            <numerusform>%n Nachricht in allen Adressen gefunden</numerusform>
            <numerusform>%n Nachrichten in allen Adressen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Mayfly</source>
        <translation>Mayfly anzeigen</translation>
    </message>
    <message>
        <source>&amp;Label address...</source>
        <translation>Adresse &amp;beschriften...</translation>
    </message>
    <message>
        <source>E&amp;xtend address</source>
        <translation>Adresse &amp;verlängern</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Label address</source>
        <translation>Adresse beschriften</translation>
    </message>
    <message>
        <source>What is %1 for? (for example &quot;used on example.com&quot;)</source>
        <translation>Wofür ist %1? (zum Beispiel „benutzt bei example.com“)</translation>
    </message>
    <message>
        <source>Extending %1...</source>
        <translation>%1 wird verlängert...</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>Settings saved. The local relay starts the next time Mayfly starts.</source>
        <translation>Einstellungen gespeichert. Das lokale Relay startet beim nächsten Start von Mayfly.</translation>
    </message>
    <message>
        <source>Settings saved. The new language takes effect when Mayfly restarts.</source>
        <translation>Einstellungen gespeichert. Die neue Sprache gilt nach einem Neustart von Mayfly.</translation>
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
    <message>
        <source>%1 is not a message file.</source>
        <translation>%1 ist keine Nachrichtendatei.</translation>
    </message>
    <message>
        <source>Message, text and source</source>
        <translation>Nachricht, Text und Quelltext</translation>
    </message>
    <message numerus="yes">
        <source>%n unsafe image(s)</source>
        <translation>
            <numerusform>%n unsicheres Bild</numerusform>
            <numerusform>%n unsichere Bilder</numerusform>
        </translation>
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
    <name>mayfly::ui::PrivacyDashboard</name>
    <message>
        <source>Export my data to...</source>
        <translation>Meine Daten exportieren nach...</translation>
    </message>
    <message>
        <source>Privacy dashboard</source>
        <translation>Datenschutz-Übersicht</translation>
    </message>
    <message>
        <source>&amp;Export my data...</source>
        <translation>Meine Daten &amp;exportieren...</translation>
    </message>
    <message>
        <source>&amp;Delete everything now...</source>
        <translation>&amp;Jetzt alles löschen...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Next deletion</source>
        <translation>Nächste Löschung</translation>
    </message>
    <message>
        <source>Last deletion</source>
        <translation>Letzte Löschung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for:</source>
        <translation>Nachrichten neuer Adressen aufbewahren für:</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>Solid line: items stored. Dashed line: bytes stored. The orange line is the next scheduled deletion; hover a dot to see what goes then.</source>
        <translation>Durchgezogene Linie: gespeicherte Einträge. Gestrichelte Linie: gespeicherte Bytes. Die orange Linie ist die nächste geplante Löschung; zeigen Sie auf einen Punkt, um zu sehen, was dann gelöscht wird.</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <source>What each provider holds about you, and for how long by its own documentation. Mayfly deletes an address at the provider when it expires, where the provider allows it.</source>
        <translation>Was jeder Anbieter über Sie speichert und wie lange, laut seiner eigenen Dokumentation. Mayfly löscht eine Adresse beim Anbieter, sobald sie abläuft, sofern der Anbieter das zulässt.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Was er speichert</translation>
    </message>
    <message>
        <source>Provider&apos;s retention</source>
        <translation>Aufbewahrung beim Anbieter</translation>
    </message>
    <message>
        <source>At the providers</source>
        <translation>Bei den Anbietern</translation>
    </message>
    <message>
        <source>Host / request</source>
        <translation>Host / Anfrage</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Empfangene Bytes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This log lives in memory only and is gone when Mayfly exits. It never holds query strings, headers or bodies.</source>
        <translation>Dieses Protokoll existiert nur im Arbeitsspeicher und verschwindet, wenn Mayfly beendet wird. Es enthält nie Abfrageparameter, Header oder Inhalte.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&lt;b&gt;No telemetry, no analytics.&lt;/b&gt; Every request Mayfly makes is in the &lt;a href=&quot;#network&quot;&gt;network log&lt;/a&gt;: only the providers you use appear there.</source>
        <translation>&lt;b&gt;Keine Telemetrie, keine Analyse.&lt;/b&gt; Jede Anfrage von Mayfly steht im &lt;a href=&quot;#network&quot;&gt;Netzwerkprotokoll&lt;/a&gt;: Dort erscheinen nur die Anbieter, die Sie nutzen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No update check.&lt;/b&gt; Nothing is contacted at start-up; see the &lt;a href=&quot;#network&quot;&gt;network log&lt;/a&gt; right after starting.</source>
        <translation>&lt;b&gt;Keine Update-Prüfung.&lt;/b&gt; Beim Start wird nichts kontaktiert; sehen Sie direkt nach dem Start ins &lt;a href=&quot;#network&quot;&gt;Netzwerkprotokoll&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No cookies.&lt;/b&gt; The cookie jar refuses everything; the &lt;a href=&quot;#network&quot;&gt;network tab&lt;/a&gt; checks that it is empty and that no request carried a cookie.</source>
        <translation>&lt;b&gt;Keine Cookies.&lt;/b&gt; Der Cookie-Speicher lehnt alles ab; der Reiter &lt;a href=&quot;#network&quot;&gt;Netzwerk&lt;/a&gt; prüft, dass er leer ist und keine Anfrage ein Cookie mitschickte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No logs on disk.&lt;/b&gt; The &lt;a href=&quot;#computer&quot;&gt;inventory&lt;/a&gt; lists every file Mayfly writes; there is no log among them.</source>
        <translation>&lt;b&gt;Keine Protokolle auf der Festplatte.&lt;/b&gt; Das &lt;a href=&quot;#computer&quot;&gt;Inventar&lt;/a&gt; listet jede Datei, die Mayfly schreibt; ein Protokoll ist nicht darunter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No plaintext secrets.&lt;/b&gt; Messages, addresses and credentials are sealed with AES-256-GCM; the &lt;a href=&quot;#computer&quot;&gt;inventory&lt;/a&gt; shows what is encrypted. The source: core/store/Store.cpp, core/net/HttpClient.cpp.</source>
        <translation>&lt;b&gt;Keine Geheimnisse im Klartext.&lt;/b&gt; Nachrichten, Adressen und Zugangsdaten sind mit AES-256-GCM versiegelt; das &lt;a href=&quot;#computer&quot;&gt;Inventar&lt;/a&gt; zeigt, was verschlüsselt ist. Der Quellcode: core/store/Store.cpp, core/net/HttpClient.cpp.</translation>
    </message>
    <message>
        <source>What Mayfly never does</source>
        <translation>Was Mayfly nie tut</translation>
    </message>
    <message>
        <source>Nothing is scheduled for deletion in the next 7 days.</source>
        <translation>In den nächsten 7 Tagen ist keine Löschung geplant.</translation>
    </message>
    <message>
        <source>Everything was deleted. Mayfly holds nothing on this computer.</source>
        <translation>Alles wurde gelöscht. Mayfly speichert nichts mehr auf diesem Computer.</translation>
    </message>
    <message numerus="yes">
        <source>Mayfly holds %n item(s) (%1) on this computer.</source>
        <translation>
            <numerusform>Mayfly speichert %n Eintrag (%1) auf diesem Computer.</numerusform>
            <numerusform>Mayfly speichert %n Einträge (%1) auf diesem Computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next deletion is at %1.</source>
        <translation>Die nächste Löschung ist am %1.</translation>
    </message>
    <message>
        <source>The inventory could not be read: %1</source>
        <translation>Das Inventar konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>until you delete it</source>
        <translation>bis Sie es löschen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(unbekannter Absender)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>To %1, received %2</source>
        <translation>An %1, empfangen am %2</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Jetzt löschen</translation>
    </message>
    <message>
        <source>Delete %1 now</source>
        <translation>%1 jetzt löschen</translation>
    </message>
    <message numerus="yes">
        <source>the address and %n message(s)</source>
        <translation>
            <numerusform>die Adresse und %n Nachricht</numerusform>
            <numerusform>die Adresse und %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>nicht dokumentiert</translation>
    </message>
    <message>
        <source>Delete at provider</source>
        <translation>Beim Anbieter löschen</translation>
    </message>
    <message>
        <source>The provider offers no deletion</source>
        <translation>Der Anbieter bietet kein Löschen an</translation>
    </message>
    <message>
        <source>No network client in this window.</source>
        <translation>In diesem Fenster gibt es keinen Netzwerk-Client.</translation>
    </message>
    <message>
        <source>Proxy: none (direct connections)</source>
        <translation>Proxy: keiner (direkte Verbindungen)</translation>
    </message>
    <message>
        <source>Proxy: the system&apos;s settings</source>
        <translation>Proxy: Einstellungen des Systems</translation>
    </message>
    <message>
        <source>Proxy: SOCKS5 %1:%2 (host names resolved by the proxy)</source>
        <translation>Proxy: SOCKS5 %1:%2 (Hostnamen löst der Proxy auf)</translation>
    </message>
    <message>
        <source>Proxy: HTTP %1:%2</source>
        <translation>Proxy: HTTP %1:%2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Cookie jar: empty (checked just now).</source>
        <translation>Cookie-Speicher: leer (gerade geprüft).</translation>
    </message>
    <message>
        <source>Cookie jar: NOT empty (%1).</source>
        <translation>Cookie-Speicher: NICHT leer (%1).</translation>
    </message>
    <message>
        <source>No request of this session carried a cookie.</source>
        <translation>Keine Anfrage dieser Sitzung hat ein Cookie mitgeschickt.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) carried a cookie.</source>
        <translation>
            <numerusform>%n Anfrage hat ein Cookie mitgeschickt.</numerusform>
            <numerusform>%n Anfragen haben ein Cookie mitgeschickt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Providers tried to set %n cookie(s); all were refused.</source>
        <translation>
            <numerusform>Anbieter wollten %n Cookie setzen; es wurde abgelehnt.</numerusform>
            <numerusform>Anbieter wollten %n Cookies setzen; alle wurden abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1 was deleted at the provider. Mayfly keeps its copy until you delete it here.</source>
        <translation>%1 wurde beim Anbieter gelöscht. Mayfly behält seine Kopie, bis Sie sie hier löschen.</translation>
    </message>
    <message>
        <source>The provider could not delete %1: %2</source>
        <translation>Der Anbieter konnte %1 nicht löschen: %2</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Delete every address, message and credential, here and at the providers, and the encryption key? This cannot be undone.</source>
        <translation>Alle Adressen, Nachrichten und Zugangsdaten löschen, hier und bei den Anbietern, dazu den Schlüssel? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>%1: %2 offers no deletion; it keeps the mail for its own retention (%3).</source>
        <translation>%1: %2 bietet kein Löschen an; die Post bleibt dort für die eigene Aufbewahrungsfrist (%3).</translation>
    </message>
    <message>
        <source>%1: deleted at the provider.</source>
        <translation>%1: beim Anbieter gelöscht.</translation>
    </message>
    <message>
        <source>%1: the provider could not delete it: %2</source>
        <translation>%1: Der Anbieter konnte es nicht löschen: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Removed from this computer:</source>
        <translation>Von diesem Computer entfernt:</translation>
    </message>
    <message>
        <source>The local wipe failed: %1</source>
        <translation>Das lokale Löschen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>At the providers:</source>
        <translation>Bei den Anbietern:</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Meine Daten exportieren</translation>
    </message>
    <message>
        <source>Include provider credentials (encrypted with a passphrase)</source>
        <translation>Zugangsdaten der Anbieter einschließen (mit einer Passphrase verschlüsselt)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Choose folder and export</source>
        <translation>Ordner wählen und exportieren</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n address(es)</source>
        <translation>
            <numerusform>%n Adresse exportiert</numerusform>
            <numerusform>%n Adressen exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n message(s) to:</source>
        <translation>
            <numerusform>und %n Nachricht nach:</numerusform>
            <numerusform>und %n Nachrichten nach:</numerusform>
        </translation>
    </message>
    <message>
        <source>The credentials are in %1, encrypted with your passphrase.</source>
        <translation>Die Zugangsdaten liegen in %1, verschlüsselt mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>Die Einstellung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>window size and notification choices (nothing secret)</source>
        <translation>Fenstergröße und Benachrichtigungswahl (nichts Geheimes)</translation>
    </message>
    <message>
        <source>removed when you wipe</source>
        <translation>wird beim vollständigen Löschen entfernt</translation>
    </message>
    <message>
        <source>at %1, created %2</source>
        <translation>bei %1, erstellt am %2</translation>
    </message>
    <message>
        <source>to %1, received %2</source>
        <translation>an %1, empfangen am %2</translation>
    </message>
    <message>
        <source>(this address expires %1)</source>
        <translation>(diese Adresse läuft am %1 ab)</translation>
    </message>
    <message>
        <source>Deleting at the providers, then on this computer...</source>
        <translation>Löschen bei den Anbietern, danach auf diesem Computer...</translation>
    </message>
    <message>
        <source>Addresses, labels and every message as an .eml file, with a README, in a new folder or .zip file. It holds your mail in readable form: keep it safe.</source>
        <translation>Adressen, Bezeichnungen und jede Nachricht als .eml-Datei, mit einer README, in einem neuen Ordner oder einer .zip-Datei. Darin liegt Ihre Post lesbar: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>As one .zip file instead of a folder</source>
        <translation>Als eine .zip-Datei statt eines Ordners</translation>
    </message>
    <message>
        <source>Privacy dashboard sections</source>
        <translation>Bereiche der Datenschutz-Übersicht</translation>
    </message>
    <message>
        <source>What Mayfly stores</source>
        <translation>Was Mayfly speichert</translation>
    </message>
    <message>
        <source>What each provider holds</source>
        <translation>Was jeder Anbieter hat</translation>
    </message>
    <message>
        <source>Network requests of this session</source>
        <translation>Netzwerkanfragen dieser Sitzung</translation>
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
    <message>
        <source>provider not available</source>
        <translation>Anbieter nicht verfügbar</translation>
    </message>
    <message>
        <source>Saving the label failed</source>
        <translation>Die Beschriftung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Extending the address failed</source>
        <translation>Die Adresse konnte nicht verlängert werden</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for</source>
        <translation>Nachrichten neuer Adressen aufbewahren für</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for:</source>
        <translation>Nachrichten neuer Adressen aufbewahren für:</translation>
    </message>
    <message>
        <source>A new source or proxy applies to new addresses and new connections; addresses you already have keep their provider. Restart Mayfly to move every connection to a new proxy.</source>
        <translation>Eine neue Quelle oder ein neuer Proxy gilt für neue Adressen und neue Verbindungen; bestehende Adressen behalten ihren Anbieter. Starten Sie Mayfly neu, damit alle Verbindungen über den neuen Proxy laufen.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Clear copied codes and links after</source>
        <translation>Kopierte Codes und Links löschen nach</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Clear copied codes and links after:</source>
        <translation>Kopierte Codes und Links löschen nach:</translation>
    </message>
    <message>
        <source>Codes and links are marked as secret so clipboard managers do not keep them. Mayfly clears them only if they are still on the clipboard.</source>
        <translation>Codes und Links werden als geheim markiert, damit Zwischenablage-Verwaltungen sie nicht speichern. Mayfly löscht sie nur, wenn sie noch in der Zwischenablage stehen.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notify me when a message arrives</source>
        <translation>Benachrichtigen, wenn eine Nachricht eintrifft</translation>
    </message>
    <message>
        <source>Show the verification code in the notification</source>
        <translation>Bestätigungscode in der Benachrichtigung zeigen</translation>
    </message>
    <message>
        <source>Notifications may be kept in your desktop&apos;s history and shown on a locked screen. Without this option they only say that a code was received.</source>
        <translation>Benachrichtigungen können im Verlauf Ihres Desktops bleiben und auf dem Sperrbildschirm erscheinen. Ohne diese Option sagen sie nur, dass ein Code eingegangen ist.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Start in the system tray, without opening the window</source>
        <translation>Im Infobereich starten, ohne das Fenster zu öffnen</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <source>While Mayfly runs in the tray it keeps receiving mail and deleting what has expired. Quit from the tray menu to stop it.</source>
        <translation>Im Infobereich empfängt Mayfly weiter Mail und löscht, was abgelaufen ist. Beenden Sie es über das Menü im Infobereich.</translation>
    </message>
    <message>
        <source>A new language takes effect when Mayfly restarts.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart von Mayfly.</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich.</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>Show the sender and subject in the notification</source>
        <translation>Absender und Betreff in der Benachrichtigung zeigen</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::SourcePicker</name>
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
        <source>Kept encrypted in your profile, never in plain text.</source>
        <translation>Verschlüsselt in Ihrem Profil gespeichert, nie im Klartext.</translation>
    </message>
    <message>
        <source>Where addresses come from</source>
        <translation>Woher Adressen kommen</translation>
    </message>
</context>
</TS>
