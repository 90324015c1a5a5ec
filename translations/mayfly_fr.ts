<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>No keychain</source>
        <translation>Aucun trousseau</translation>
    </message>
    <message>
        <source>Mayfly keeps its encryption key in your system keychain, which is not available:
%1

You can protect your data with a passphrase instead, or use a session that writes nothing to disk.</source>
        <translation>Mayfly conserve sa clé de chiffrement dans le trousseau du système, qui n&apos;est pas disponible&#xa0;:
%1

Vous pouvez protéger vos données par une phrase secrète, ou utiliser une session qui n&apos;écrit rien sur le disque.</translation>
    </message>
    <message>
        <source>Use a passphrase...</source>
        <translation>Utiliser une phrase secrète...</translation>
    </message>
    <message>
        <source>Memory only</source>
        <translation>Mémoire seulement</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase for this profile:</source>
        <translation>Phrase secrète de ce profil&#xa0;:</translation>
    </message>
    <message>
        <source>Throwaway e-mail addresses, with mail shown in a view that cannot run scripts or reach the network.</source>
        <translation>Adresses e-mail jetables, avec un affichage des messages qui ne peut ni exécuter de script ni accéder au réseau.</translation>
    </message>
    <message>
        <source>Use DIR as the data directory.</source>
        <translation>Utiliser DIR comme dossier de données.</translation>
    </message>
    <message>
        <source>Write nothing to disk.</source>
        <translation>N&apos;écrire rien sur le disque.</translation>
    </message>
    <message>
        <source>Do not start the local relay.</source>
        <translation>Ne pas démarrer le relais local.</translation>
    </message>
    <message>
        <source>Message files (.eml) to show read-only.</source>
        <translation>Fichiers de message (.eml) à afficher en lecture seule.</translation>
    </message>
    <message>
        <source>Mayfly</source>
        <translation>Mayfly</translation>
    </message>
    <message>
        <source>Mayfly could not open its data:
%1</source>
        <translation>Mayfly n&apos;a pas pu ouvrir ses données&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Les réglages n&apos;ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::AddressListModel</name>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>expire dans %1</translation>
    </message>
    <message>
        <source>Private: only Mayfly holds the credential for this mailbox.</source>
        <translation>Privé&#xa0;: seul Mayfly détient l&apos;identifiant de cette boîte.</translation>
    </message>
    <message>
        <source>Token: anyone holding the session token can read this mailbox.</source>
        <translation>Jeton&#xa0;: quiconque détient le jeton de session peut lire cette boîte.</translation>
    </message>
    <message>
        <source>Public: anyone who knows this address can read its mail.</source>
        <translation>Public&#xa0;: quiconque connaît cette adresse peut lire son courrier.</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::CodeBanner</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Open link...</source>
        <translation>Ouvrir le lien...</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>Code de vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Confirmation link:</source>
        <translation>Lien de confirmation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::FirstRunDialog</name>
    <message>
        <source>Private mailbox</source>
        <translation>Boîte privée</translation>
    </message>
    <message>
        <source>Readable with its session token</source>
        <translation>Lisible avec son jeton de session</translation>
    </message>
    <message>
        <source>Public inbox: anyone who knows the address can read it</source>
        <translation>Boîte publique&#xa0;: quiconque connaît l&apos;adresse peut la lire</translation>
    </message>
    <message>
        <source>Welcome to Mayfly</source>
        <translation>Bienvenue dans Mayfly</translation>
    </message>
    <message>
        <source>Where should your throwaway addresses come from? You can change this later.</source>
        <translation>D&apos;où doivent venir vos adresses jetables&#xa0;? Vous pourrez changer ce choix plus tard.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>A relay on this computer, for testing your own application&apos;s mail. Private; nothing leaves this machine; addresses live 24 hours.</source>
        <translation>Un relais sur cet ordinateur, pour tester le courrier de votre propre application. Privé&#xa0;; rien ne quitte cette machine&#xa0;; les adresses vivent 24&#xa0;heures.</translation>
    </message>
    <message>
        <source>Your own relay</source>
        <translation>Votre propre relais</translation>
    </message>
    <message>
        <source>Addresses from</source>
        <translation>Adresses fournies par</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Creation key:</source>
        <translation>Clé de création&#xa0;:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Direct (no proxy)</source>
        <translation>Directe (sans proxy)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy du système</translation>
    </message>
    <message>
        <source>SOCKS5, names resolved by the proxy (Tor)</source>
        <translation>SOCKS5, noms résolus par le proxy (Tor)</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::LinkDialog</name>
    <message>
        <source>Open link?</source>
        <translation>Ouvrir le lien&#xa0;?</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Affiché comme&#xa0;:</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>Mène à&#xa0;:</translation>
    </message>
    <message>
        <source>Without tracking:</source>
        <translation>Sans pistage&#xa0;:</translation>
    </message>
    <message>
        <source>Open without tracking</source>
        <translation>Ouvrir sans pistage</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Ouvrir l&apos;original</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::LocalRelay</name>
    <message>
        <source>mayfly-relay was not found next to Mayfly.</source>
        <translation>mayfly-relay est introuvable à côté de Mayfly.</translation>
    </message>
    <message>
        <source>The local relay stopped (exit code %1).</source>
        <translation>Le relais local s&apos;est arrêté (code de sortie %1).</translation>
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
        <translation>&amp;Nouvelle adresse</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>&amp;Delete address</source>
        <translation>&amp;Supprimer l&apos;adresse</translation>
    </message>
    <message>
        <source>Delete &amp;message</source>
        <translation>Supprimer le &amp;message</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>Envoyer un message de &amp;test</translation>
    </message>
    <message>
        <source>&amp;Open message file...</source>
        <translation>&amp;Ouvrir un fichier de message...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Rechercher dans tous les messages</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Local relay: SMTP on 127.0.0.1:%1</source>
        <translation>Relais local&#xa0;: SMTP sur 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Local relay: starting...</source>
        <translation>Relais local&#xa0;: démarrage...</translation>
    </message>
    <message>
        <source>Local relay stopped</source>
        <translation>Relais local arrêté</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code&#xa0;: %1</translation>
    </message>
    <message>
        <source>A code was received.</source>
        <translation>Un code est arrivé.</translation>
    </message>
    <message>
        <source>New message for %1</source>
        <translation>Nouveau message pour %1</translation>
    </message>
    <message numerus="yes">
        <source>Mayfly (%n unread)</source>
        <translation>
            <numerusform>Mayfly (%n non lu)</numerusform>
            <numerusform>Mayfly (%n non lus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mayfly: %n unread</source>
        <translation>
            <numerusform>Mayfly&#xa0;: %n non lu</numerusform>
            <numerusform>Mayfly&#xa0;: %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>Le message n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Creating an address...</source>
        <translation>Création d&apos;une adresse...</translation>
    </message>
    <message>
        <source>Delete address</source>
        <translation>Supprimer l&apos;adresse</translation>
    </message>
    <message>
        <source>Delete %1 and all its mail, here and at the provider?</source>
        <translation>Supprimer %1 et tout son courrier, ici et chez le fournisseur&#xa0;?</translation>
    </message>
    <message>
        <source>Test message sent</source>
        <translation>Message de test envoyé</translation>
    </message>
    <message>
        <source>Sending the test message failed: %1</source>
        <translation>L&apos;envoi du message de test a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open message file</source>
        <translation>Ouvrir un fichier de message</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml *.msg *.txt);;All files (*)</source>
        <translation>Messages e-mail (*.eml *.msg *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message numerus="yes">
        <source>[%n tracker(s) blocked]</source>
        <translation>
            <numerusform>[%n traqueur bloqué]</numerusform>
            <numerusform>[%n traqueurs bloqués]</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessagePane</name>
    <message numerus="yes">
        <source>%n tracker(s)</source>
        <translation>
            <numerusform>%n traqueur</numerusform>
            <numerusform>%n traqueurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n company(s)</source>
        <translation>
            <numerusform>de %n entreprise</numerusform>
            <numerusform>de %n entreprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s)</source>
        <translation>
            <numerusform>%n image distante</numerusform>
            <numerusform>%n images distantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other remote reference(s)</source>
        <translation>
            <numerusform>%n autre référence distante</numerusform>
            <numerusform>%n autres références distantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: %1 removed</source>
        <translation>Bloqué et retiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Attachments are never opened. Double-click to save one.</source>
        <translation>Les pièces jointes ne sont jamais ouvertes. Double-cliquez pour en enregistrer une.</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Aucun message sélectionné</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De&#xa0;: %1</translation>
    </message>
    <message>
        <source>Careful: the sender&apos;s name contains an address; the real sender is %1</source>
        <translation>Attention&#xa0;: le nom de l&apos;expéditeur contient une adresse&#xa0;; le véritable expéditeur est %1</translation>
    </message>
    <message>
        <source>This message is malformed and is shown as plain text.</source>
        <translation>Ce message est mal formé&#xa0;; il est affiché en texte brut.</translation>
    </message>
    <message>
        <source>Open message file</source>
        <translation>Ouvrir un fichier de message</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 25 MiB.</source>
        <translation>%1 dépasse 25&#xa0;Mio.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Saving the attachment failed: %1</source>
        <translation>L&apos;enregistrement de la pièce jointe a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessageView</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::Session</name>
    <message>
        <source>Reading the addresses failed</source>
        <translation>La lecture des adresses a échoué</translation>
    </message>
    <message>
        <source>Reading the messages failed</source>
        <translation>La lecture des messages a échoué</translation>
    </message>
    <message>
        <source>Saving the address failed</source>
        <translation>L&apos;enregistrement de l&apos;adresse a échoué</translation>
    </message>
    <message>
        <source>Creating an address failed</source>
        <translation>La création d&apos;une adresse a échoué</translation>
    </message>
    <message>
        <source>The provider could not delete the address</source>
        <translation>Le fournisseur n&apos;a pas pu supprimer l&apos;adresse</translation>
    </message>
    <message>
        <source>Deleting the address failed</source>
        <translation>La suppression de l&apos;adresse a échoué</translation>
    </message>
    <message>
        <source>Deleting the message failed</source>
        <translation>La suppression du message a échoué</translation>
    </message>
    <message>
        <source>Saving the message failed</source>
        <translation>L&apos;enregistrement du message a échoué</translation>
    </message>
    <message>
        <source>Fetching the message list failed</source>
        <translation>La récupération de la liste des messages a échoué</translation>
    </message>
    <message>
        <source>Fetching a message failed</source>
        <translation>La récupération d&apos;un message a échoué</translation>
    </message>
</context>
</TS>
