<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>RetentionChoice</name>
    <message>
        <source>until the address expires</source>
        <translation>jusqu&apos;à l&apos;expiration de l&apos;adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
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
</context>
<context>
    <name>mayfly::core::Error</name>
    <message>
        <source>invalid input</source>
        <translation>entrée invalide</translation>
    </message>
    <message>
        <source>limit exceeded</source>
        <translation>limite dépassée</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <source>i/o error</source>
        <translation>erreur d&apos;entrée-sortie</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>disque plein</translation>
    </message>
    <message>
        <source>cryptographic failure</source>
        <translation>échec cryptographique</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>trop de requêtes</translation>
    </message>
    <message>
        <source>provider unavailable</source>
        <translation>fournisseur indisponible</translation>
    </message>
    <message>
        <source>bad credential</source>
        <translation>identifiants refusés</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>non pris en charge</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>trousseau indisponible</translation>
    </message>
    <message>
        <source>written by a newer version</source>
        <translation>écrit par une version plus récente</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>erreur interne</translation>
    </message>
</context>
<context>
    <name>mayfly::core::html::LinkAnalyzer</name>
    <message>
        <source>goes through %1&apos;s click tracking</source>
        <translation>passe par le suivi des clics de %1</translation>
    </message>
    <message>
        <source>redirect wrapper removed; destination %1</source>
        <translation>redirection intermédiaire retirée&#xa0;; destination&#xa0;: %1</translation>
    </message>
    <message>
        <source>the host is an IP address (%1)</source>
        <translation>l&apos;hôte est une adresse IP (%1)</translation>
    </message>
    <message>
        <source>internationalised host; its real name is %1</source>
        <translation>hôte internationalisé&#xa0;; son vrai nom est %1</translation>
    </message>
    <message>
        <source>the host mixes scripts (%1)</source>
        <translation>l&apos;hôte mélange plusieurs écritures (%1)</translation>
    </message>
    <message>
        <source>not encrypted (http)</source>
        <translation>non chiffré (http)</translation>
    </message>
    <message>
        <source>the part before @ is not the host; the real host is %1</source>
        <translation>la partie avant @ n&apos;est pas l&apos;hôte&#xa0;; le véritable hôte est %1</translation>
    </message>
    <message>
        <source>the text names %1 but the link goes to %2</source>
        <translation>le texte indique %1 mais le lien mène à %2</translation>
    </message>
</context>
<context>
    <name>mayfly::core::html::Sanitizer</name>
    <message>
        <source>known tracker domain</source>
        <translation>domaine de pistage connu</translation>
    </message>
    <message>
        <source>the URL identifies you (your address or a hash of it)</source>
        <translation>l&apos;URL vous identifie (votre adresse ou une empreinte de celle-ci)</translation>
    </message>
    <message>
        <source>tracking pixel (tiny or invisible image)</source>
        <translation>pixel espion (image minuscule ou invisible)</translation>
    </message>
    <message>
        <source>remote image</source>
        <translation>image distante</translation>
    </message>
    <message>
        <source>remote CSS resource</source>
        <translation>ressource CSS distante</translation>
    </message>
    <message>
        <source>remote font</source>
        <translation>police distante</translation>
    </message>
    <message>
        <source>prefetch, preconnect or ping</source>
        <translation>préchargement, préconnexion ou ping</translation>
    </message>
    <message>
        <source>form submission target</source>
        <translation>destination d&apos;envoi de formulaire</translation>
    </message>
    <message>
        <source>meta refresh redirect</source>
        <translation>redirection par meta refresh</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>embedded frame</source>
        <translation>cadre intégré</translation>
    </message>
    <message>
        <source>plug-in object</source>
        <translation>objet de plug-in</translation>
    </message>
    <message>
        <source>audio or video</source>
        <translation>audio ou vidéo</translation>
    </message>
    <message>
        <source>script</source>
        <translation>script</translation>
    </message>
    <message>
        <source>responsive image candidate (srcset)</source>
        <translation>variante d&apos;image adaptative (srcset)</translation>
    </message>
    <message>
        <source>background image attribute</source>
        <translation>attribut d&apos;image d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>remote reference</source>
        <translation>référence distante</translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: the HTML is larger than %n MiB</source>
        <translation>
            <numerusform>affiché en texte brut&#xa0;: le HTML dépasse %n&#xa0;Mio</numerusform>
            <numerusform>affiché en texte brut&#xa0;: le HTML dépasse %n&#xa0;Mio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: an element has more than %n attributes</source>
        <translation>
            <numerusform>affiché en texte brut&#xa0;: un élément a plus de %n&#xa0;attribut</numerusform>
            <numerusform>affiché en texte brut&#xa0;: un élément a plus de %n&#xa0;attributs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: the HTML is nested deeper than %n levels</source>
        <translation>
            <numerusform>affiché en texte brut&#xa0;: le HTML est imbriqué sur plus de %n&#xa0;niveau</numerusform>
            <numerusform>affiché en texte brut&#xa0;: le HTML est imbriqué sur plus de %n&#xa0;niveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>image bytes are not an allowed raster format</source>
        <translation>les octets de l&apos;image ne sont pas un format matriciel autorisé</translation>
    </message>
</context>
<context>
    <name>mayfly::core::mime::MimeParser</name>
    <message>
        <source>a header name is invalid; parts of the message may be skipped</source>
        <translation>un nom d&apos;en-tête est invalide&#xa0;; des parties du message peuvent manquer</translation>
    </message>
    <message>
        <source>conflicting headers</source>
        <translation>en-têtes contradictoires</translation>
    </message>
    <message>
        <source>conflicting header parameters</source>
        <translation>paramètres d&apos;en-tête contradictoires</translation>
    </message>
    <message>
        <source>a multipart has no boundary</source>
        <translation>une partie multipart n&apos;a pas de délimiteur (boundary)</translation>
    </message>
    <message>
        <source>MIME nesting is too deep</source>
        <translation>l&apos;imbrication MIME est trop profonde</translation>
    </message>
    <message>
        <source>a MIME part has neither headers nor content</source>
        <translation>une partie MIME n&apos;a ni en-têtes ni contenu</translation>
    </message>
    <message>
        <source>the message is truncated</source>
        <translation>le message est tronqué</translation>
    </message>
    <message>
        <source>a multipart has no parts</source>
        <translation>une partie multipart ne contient aucune partie</translation>
    </message>
    <message>
        <source>the message is malformed</source>
        <translation>le message est mal formé</translation>
    </message>
    <message>
        <source>unknown charset &quot;%1&quot;; shown as UTF-8 or Windows-1252</source>
        <translation>jeu de caractères inconnu «&#xa0;%1&#xa0;»&#xa0;; affiché en UTF-8 ou Windows-1252</translation>
    </message>
    <message numerus="yes">
        <source>more than %n MIME parts; the rest is not shown</source>
        <translation>
            <numerusform>plus de %n&#xa0;partie MIME&#xa0;; le reste n&apos;est pas affiché</numerusform>
            <numerusform>plus de %n&#xa0;parties MIME&#xa0;; le reste n&apos;est pas affiché</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MIME nesting deeper than %n; the rest is not shown</source>
        <translation>
            <numerusform>imbrication MIME sur plus de %n&#xa0;niveau&#xa0;; le reste n&apos;est pas affiché</numerusform>
            <numerusform>imbrication MIME sur plus de %n&#xa0;niveaux&#xa0;; le reste n&apos;est pas affiché</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a part decodes to more than %n MiB; it was cut</source>
        <translation>
            <numerusform>une partie dépasse %n&#xa0;Mio une fois décodée&#xa0;; elle a été tronquée</numerusform>
            <numerusform>une partie dépasse %n&#xa0;Mio une fois décodée&#xa0;; elle a été tronquée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the decoded message exceeds %n MiB; the rest is not shown</source>
        <translation>
            <numerusform>le message décodé dépasse %n&#xa0;Mio&#xa0;; le reste n&apos;est pas affiché</numerusform>
            <numerusform>le message décodé dépasse %n&#xa0;Mio&#xa0;; le reste n&apos;est pas affiché</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the message is larger than %n MiB; the rest was cut</source>
        <translation>
            <numerusform>le message dépasse %n&#xa0;Mio&#xa0;; le reste a été coupé</numerusform>
            <numerusform>le message dépasse %n&#xa0;Mio&#xa0;; le reste a été coupé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the header section is larger than %n KiB; the rest of it was dropped</source>
        <translation>
            <numerusform>la section d&apos;en-têtes dépasse %n&#xa0;Kio&#xa0;; le reste a été ignoré</numerusform>
            <numerusform>la section d&apos;en-têtes dépasse %n&#xa0;Kio&#xa0;; le reste a été ignoré</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden or control characters were removed from the subject</source>
        <translation>des caractères cachés ou de contrôle ont été retirés de l&apos;objet</translation>
    </message>
    <message numerus="yes">
        <source>the message names %n senders; the first is shown</source>
        <translation>
            <numerusform>le message indique %n&#xa0;expéditeur&#xa0;; le premier est affiché</numerusform>
            <numerusform>le message indique %n&#xa0;expéditeurs&#xa0;; le premier est affiché</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden or control characters were removed from the sender name</source>
        <translation>des caractères cachés ou de contrôle ont été retirés du nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>the sender name contains an address; the real sender is %1</source>
        <translation>le nom de l&apos;expéditeur contient une adresse&#xa0;; le véritable expéditeur est %1</translation>
    </message>
    <message>
        <source>the sender address is malformed</source>
        <translation>l&apos;adresse de l&apos;expéditeur est mal formée</translation>
    </message>
    <message>
        <source>the input is not a MIME message; shown as text</source>
        <translation>le contenu n&apos;est pas un message MIME&#xa0;; affiché en texte</translation>
    </message>
    <message>
        <source>the message is malformed in a way that can hide content; shown as plain text</source>
        <translation>le message est mal formé d&apos;une manière qui peut masquer du contenu&#xa0;; affiché en texte brut</translation>
    </message>
</context>
<context>
    <name>mayfly::core::mime::render</name>
    <message>
        <source>This message is malformed in a way that can hide or fake content. It is shown as plain text.</source>
        <translation>Ce message est mal formé d’une manière qui peut cacher ou falsifier du contenu. Il est affiché en texte brut.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Export</name>
    <message numerus="yes">
        <source>the credentials need a passphrase of at least %n characters</source>
        <translation>
            <numerusform>les identifiants exigent une phrase secrète d&apos;au moins %n&#xa0;caractère</numerusform>
            <numerusform>les identifiants exigent une phrase secrète d&apos;au moins %n&#xa0;caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>dossier introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>not a Mayfly credentials file</source>
        <translation>ce n&apos;est pas un fichier d&apos;identifiants Mayfly</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Inventory</name>
    <message>
        <source>process memory (--memory-only)</source>
        <translation>mémoire du processus (--memory-only)</translation>
    </message>
    <message>
        <source>throwaway addresses and their labels</source>
        <translation>adresses jetables et leurs libellés</translation>
    </message>
    <message>
        <source>deleted when the address expires, here and at the provider</source>
        <translation>supprimées à l&apos;expiration de l&apos;adresse, ici et chez le fournisseur</translation>
    </message>
    <message>
        <source>provider passwords, tokens and relay keys</source>
        <translation>mots de passe et jetons des fournisseurs, clés du relais</translation>
    </message>
    <message>
        <source>deleted with their address</source>
        <translation>supprimés avec leur adresse</translation>
    </message>
    <message>
        <source>raw message sources (RFC 5322)</source>
        <translation>sources brutes des messages (RFC 5322)</translation>
    </message>
    <message numerus="yes">
        <source>deleted %n h after arrival unless the address says otherwise</source>
        <translation>
            <numerusform>supprimés %n&#xa0;h après leur arrivée, sauf réglage contraire de l&apos;adresse</numerusform>
            <numerusform>supprimés %n&#xa0;h après leur arrivée, sauf réglage contraire de l&apos;adresse</numerusform>
        </translation>
    </message>
    <message>
        <source>sender, subject and preview of each message</source>
        <translation>expéditeur, objet et aperçu de chaque message</translation>
    </message>
    <message>
        <source>deleted with their message</source>
        <translation>supprimés avec leur message</translation>
    </message>
    <message>
        <source>messages with attachments (kept inside the raw source, never as files)</source>
        <translation>messages avec pièces jointes (conservées dans la source brute, jamais comme fichiers)</translation>
    </message>
    <message>
        <source>preferences (nothing secret)</source>
        <translation>préférences (rien de secret)</translation>
    </message>
    <message>
        <source>kept until you wipe</source>
        <translation>conservé jusqu&apos;à l&apos;effacement complet</translation>
    </message>
    <message>
        <source>the store&apos;s master key (keychain entry)</source>
        <translation>la clé maîtresse de la base de données (entrée du trousseau)</translation>
    </message>
    <message>
        <source>%1: service &quot;%2&quot;, entry &quot;%3&quot;</source>
        <translation>%1&#xa0;: service «&#xa0;%2&#xa0;», entrée «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>the store&apos;s master key, wrapped with your passphrase (scrypt)</source>
        <translation>la clé maîtresse de la base de données, chiffrée par votre phrase secrète (scrypt)</translation>
    </message>
    <message>
        <source>the store&apos;s master key</source>
        <translation>la clé maîtresse de la base de données</translation>
    </message>
    <message>
        <source>process memory</source>
        <translation>mémoire du processus</translation>
    </message>
    <message>
        <source>gone when the program exits</source>
        <translation>disparaît à la fermeture du programme</translation>
    </message>
    <message>
        <source>the SQLite database (sealed rows)</source>
        <translation>la base de données SQLite (lignes scellées)</translation>
    </message>
    <message>
        <source>SQLite&apos;s write-ahead log (truncated after every deletion)</source>
        <translation>le journal d&apos;écriture anticipée de SQLite (vidé après chaque suppression)</translation>
    </message>
    <message>
        <source>SQLite&apos;s shared-memory index for the log</source>
        <translation>l&apos;index en mémoire partagée de SQLite pour le journal</translation>
    </message>
    <message>
        <source>a counter that tells other Mayfly windows to refresh (no content)</source>
        <translation>un compteur qui indique aux autres fenêtres Mayfly de se rafraîchir (aucun contenu)</translation>
    </message>
    <message>
        <source>removed when you wipe</source>
        <translation>supprimé lors de l&apos;effacement complet</translation>
    </message>
    <message>
        <source>network activity log (host, method, path, status, bytes)</source>
        <translation>journal d&apos;activité réseau (hôte, méthode, chemin, statut, octets)</translation>
    </message>
    <message>
        <source>process memory (never written to disk)</source>
        <translation>mémoire du processus (jamais écrite sur le disque)</translation>
    </message>
    <message>
        <source>(janitor last deleted some at %1)</source>
        <translation>(le nettoyage automatique en a supprimé pour la dernière fois le %1)</translation>
    </message>
    <message>
        <source>the local relay&apos;s database (&quot;This computer&quot;): address names, token hashes and sealed mail</source>
        <translation>la base de données du relais local (« Cet ordinateur ») : noms d&apos;adresses, empreintes des jetons et courrier scellé</translation>
    </message>
    <message>
        <source>memory of the local relay process (--memory-only)</source>
        <translation>mémoire du processus du relais local (--memory-only)</translation>
    </message>
    <message>
        <source>gone when Mayfly exits</source>
        <translation>disparaît à la fermeture de Mayfly</translation>
    </message>
    <message>
        <source>each address and its mail when the address expires; the folder is deleted by Delete everything (the relay is stopped first)</source>
        <translation>chaque adresse et son courrier à l&apos;expiration de l&apos;adresse ; le dossier est supprimé par « Tout supprimer » (le relais est d&apos;abord arrêté)</translation>
    </message>
    <message>
        <source>local relay file %1</source>
        <translation>fichier du relais local %1</translation>
    </message>
    <message>
        <source>deleted by Delete everything</source>
        <translation>supprimé par « Tout supprimer »</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Wipe</name>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::ZipWriter</name>
    <message>
        <source>cannot write the archive: %1</source>
        <translation>impossible d&apos;écrire l&apos;archive&#xa0;: %1</translation>
    </message>
    <message>
        <source>too many files for a ZIP archive</source>
        <translation>trop de fichiers pour une archive ZIP</translation>
    </message>
    <message>
        <source>the export is too large for a ZIP archive</source>
        <translation>l&apos;export est trop volumineux pour une archive ZIP</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::GuerrillaMailProvider</name>
    <message>
        <source>Addresses live 60 minutes (renewable); messages are deleted after about an hour. Anyone who knows the name can read the inbox.</source>
        <translation>Les adresses vivent 60&#xa0;minutes (renouvelables)&#xa0;; les messages sont supprimés au bout d&apos;environ une heure. Quiconque connaît le nom peut lire la boîte.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::InbucketProvider</name>
    <message>
        <source>Kept until the server&apos;s retention ends (24 hours by default). No access control: everyone who can reach the server reads every mailbox.</source>
        <translation>Conservé jusqu&apos;à la fin de la durée de conservation du serveur (24&#xa0;heures par défaut). Aucun contrôle d&apos;accès&#xa0;: toute personne qui accède au serveur lit toutes les boîtes.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::MailTmProvider</name>
    <message>
        <source>Messages are deleted by the provider after about 7 days; the account stays until deleted.</source>
        <translation>Le fournisseur supprime les messages au bout d&apos;environ 7&#xa0;jours&#xa0;; le compte reste jusqu&apos;à sa suppression.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::MailpitProvider</name>
    <message>
        <source>Kept until the server prunes it (500 messages by default). No per-mailbox privacy: everyone who can reach the server reads every address.</source>
        <translation>Conservé jusqu&apos;à ce que le serveur fasse le ménage (500&#xa0;messages par défaut). Aucune confidentialité par boîte&#xa0;: toute personne qui accède au serveur lit toutes les adresses.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::Provider</name>
    <message>
        <source>private</source>
        <comment>privacy label: a credential per mailbox</comment>
        <translation>privée</translation>
    </message>
    <message>
        <source>token</source>
        <comment>privacy label: readable by whoever holds the session token</comment>
        <translation>jeton</translation>
    </message>
    <message>
        <source>public</source>
        <comment>privacy label: anyone who knows the address can read it</comment>
        <translation>publique</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::RelayProvider</name>
    <message>
        <source>Mayfly relay</source>
        <translation>Relais Mayfly</translation>
    </message>
    <message>
        <source>Messages are kept, sealed to your key, until the address expires or you delete it.</source>
        <translation>Les messages sont conservés, scellés pour votre clé, jusqu&apos;à ce que l&apos;adresse expire ou que vous la supprimiez.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::secrets::KeychainSecretStore</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>le trousseau n&apos;a pas répondu</translation>
    </message>
</context>
<context>
    <name>mayfly::core::secrets::PassphraseKey</name>
    <message>
        <source>empty passphrase</source>
        <translation>phrase secrète vide</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>phrase secrète incorrecte</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Migrations</name>
    <message>
        <source>this store has schema version %1 but this Mayfly understands up to %2; use a newer Mayfly or another --profile</source>
        <translation>cette base de données est en version de schéma %1, mais ce Mayfly ne comprend que jusqu&apos;à la %2&#xa0;; utilisez un Mayfly plus récent ou un autre --profile</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Profile</name>
    <message>
        <source>this profile is protected by a passphrase: set MAYFLY_PASSPHRASE (or type it when asked)</source>
        <translation>ce profil est protégé par une phrase secrète&#xa0;: définissez MAYFLY_PASSPHRASE (ou saisissez-la quand elle est demandée)</translation>
    </message>
    <message>
        <source>the keychain has no key for this profile although it holds data (%1). Unlock your keyring (a locked keyring answers &quot;not found&quot;) and try again; Mayfly never starts over while data exists</source>
        <translation>le trousseau n&apos;a pas de clé pour ce profil alors qu&apos;il contient des données (%1). Déverrouillez votre trousseau (un trousseau verrouillé répond «&#xa0;introuvable&#xa0;») et réessayez&#xa0;; Mayfly ne repart jamais de zéro tant que des données existent</translation>
    </message>
    <message>
        <source>cannot read this profile&apos;s key from the keychain (%1). Start or unlock your keyring and try again</source>
        <translation>impossible de lire la clé de ce profil dans le trousseau (%1). Démarrez ou déverrouillez votre trousseau et réessayez</translation>
    </message>
    <message>
        <source>Choose a passphrase instead (set MAYFLY_PASSPHRASE) or run with --memory-only, which writes nothing</source>
        <translation>Choisissez plutôt une phrase secrète (définissez MAYFLY_PASSPHRASE) ou lancez avec --memory-only, qui n&apos;écrit rien</translation>
    </message>
    <message>
        <source>no usable keychain (%1). %2</source>
        <extracomment>%1 is the keychain&apos;s own reason (technical); %2 says how to go on</extracomment>
        <translation>aucun trousseau utilisable (%1). %2</translation>
    </message>
    <message>
        <source>cannot store a key in the keychain (%1). %2</source>
        <extracomment>%1 is the keychain&apos;s own reason (technical); %2 says how to go on</extracomment>
        <translation>impossible d&apos;enregistrer une clé dans le trousseau (%1). %2</translation>
    </message>
    <message>
        <source>the store is wiped but the keychain entry could not be removed (%1)</source>
        <translation>la base de données est effacée, mais l&apos;entrée du trousseau n&apos;a pas pu être supprimée (%1)</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Store</name>
    <message>
        <source>%1: the disk is full; free some space and try again (nothing stored was lost)</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1&#xa0;: le disque est plein&#xa0;; libérez de l&apos;espace et réessayez (rien de ce qui était conservé n&apos;a été perdu)</translation>
    </message>
    <message>
        <source>%1: the store is busy in another Mayfly process</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1&#xa0;: la base de données est occupée par un autre processus Mayfly</translation>
    </message>
    <message>
        <source>%1: the store file is damaged or not a Mayfly store</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1&#xa0;: le fichier de base de données est endommagé ou n&apos;appartient pas à Mayfly</translation>
    </message>
    <message>
        <source>cannot create the profile folder %1</source>
        <translation>impossible de créer le dossier de profil %1</translation>
    </message>
    <message>
        <source>this key does not open the store (wrong passphrase, or another profile&apos;s key)</source>
        <translation>cette clé n&apos;ouvre pas la base de données (phrase secrète incorrecte, ou clé d&apos;un autre profil)</translation>
    </message>
    <message>
        <source>the store is locked</source>
        <translation>la base de données est verrouillée</translation>
    </message>
    <message>
        <source>a sealed value failed to open (damaged or moved row)</source>
        <translation>une valeur scellée n&apos;a pas pu être ouverte (ligne endommagée ou déplacée)</translation>
    </message>
    <message>
        <source>retention must be between 10 minutes and 30 days</source>
        <translation>la durée de conservation doit être comprise entre 10&#xa0;minutes et 30&#xa0;jours</translation>
    </message>
    <message>
        <source>this address is already stored</source>
        <translation>cette adresse est déjà enregistrée</translation>
    </message>
    <message>
        <source>no such address (it may have expired)</source>
        <translation>adresse introuvable (elle a peut-être expiré)</translation>
    </message>
    <message>
        <source>no such address</source>
        <translation>adresse introuvable</translation>
    </message>
    <message>
        <source>no such message (it may have expired)</source>
        <translation>message introuvable (il a peut-être expiré)</translation>
    </message>
    <message>
        <source>no such message</source>
        <translation>message introuvable</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
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
    <message>
        <source>All addresses</source>
        <translation>Toutes les adresses</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n adresse</numerusform>
            <numerusform>%n adresses</numerusform>
        </translation>
    </message>
    <message>
        <source>The messages of every address, newest first.</source>
        <translation>Les messages de toutes les adresses, les plus récents en premier.</translation>
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
    <name>mayfly::ui::DeletionTimeline</name>
    <message>
        <source>Deletion timeline</source>
        <translation>Calendrier des suppressions</translation>
    </message>
    <message>
        <source>No deletion is scheduled in the next days.</source>
        <translation>Aucune suppression n&apos;est prévue dans les prochains jours.</translation>
    </message>
    <message>
        <source>Next deletion: %1</source>
        <translation>Prochaine suppression&#xa0;: %1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(expéditeur inconnu)</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>Message de %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) deleted</source>
        <translation>
            <numerusform>%1&#xa0;: %n élément supprimé</numerusform>
            <numerusform>%1&#xa0;: %n éléments supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left afterwards: %n item(s), %1</source>
        <translation>
            <numerusform>Restera ensuite&#xa0;: %n élément, %1</numerusform>
            <numerusform>Resteront ensuite&#xa0;: %n éléments, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Nothing stored</source>
        <translation>Rien n&apos;est conservé</translation>
    </message>
    <message numerus="yes">
        <source>next deletion in %n minute(s)</source>
        <translation>
            <numerusform>prochaine suppression dans %n minute</numerusform>
            <numerusform>prochaine suppression dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next deletion in %n hour(s)</source>
        <translation>
            <numerusform>prochaine suppression dans %n heure</numerusform>
            <numerusform>prochaine suppression dans %n heures</numerusform>
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
        <translation>Les paramètres n’ont pas pu être enregistrés : %1</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Mayfly</source>
        <translation>Bienvenue dans Mayfly</translation>
    </message>
    <message>
        <source>Where should your throwaway addresses come from? You can change this later.</source>
        <translation>D&apos;où doivent venir vos adresses jetables&#xa0;? Vous pourrez changer ce choix plus tard.</translation>
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
    <message>
        <source>&amp;Privacy dashboard</source>
        <translation>Tableau de bord de &amp;confidentialité</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Confidentialité</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found in all addresses</source>
        <translation>
            <numerusform>%n message trouvé dans toutes les adresses</numerusform>
            <numerusform>%n messages trouvés dans toutes les adresses</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Mayfly</source>
        <translation>Afficher Mayfly</translation>
    </message>
    <message>
        <source>&amp;Label address...</source>
        <translation>&amp;Étiqueter l’adresse...</translation>
    </message>
    <message>
        <source>E&amp;xtend address</source>
        <translation>&amp;Prolonger l’adresse</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>Label address</source>
        <translation>Étiqueter l’adresse</translation>
    </message>
    <message>
        <source>What is %1 for? (for example &quot;used on example.com&quot;)</source>
        <translation>À quoi sert %1 ? (par exemple « utilisée sur example.com »)</translation>
    </message>
    <message>
        <source>Extending %1...</source>
        <translation>Prolongation de %1...</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Les paramètres n’ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Paramètres enregistrés</translation>
    </message>
    <message>
        <source>Settings saved. The local relay starts the next time Mayfly starts.</source>
        <translation>Paramètres enregistrés. Le relais local démarrera au prochain lancement de Mayfly.</translation>
    </message>
    <message>
        <source>Settings saved. The new language takes effect when Mayfly restarts.</source>
        <translation>Paramètres enregistrés. La nouvelle langue s’appliquera au redémarrage de Mayfly.</translation>
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
    <message>
        <source>%1 is not a message file.</source>
        <translation>%1 n’est pas un fichier de message.</translation>
    </message>
    <message>
        <source>Message, text and source</source>
        <translation>Message, texte et source</translation>
    </message>
    <message numerus="yes">
        <source>%n unsafe image(s)</source>
        <translation>
            <numerusform>%n image dangereuse</numerusform>
            <numerusform>%n images dangereuses</numerusform>
        </translation>
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
    <name>mayfly::ui::PrivacyDashboard</name>
    <message>
        <source>Export my data to...</source>
        <translation>Exporter mes données vers...</translation>
    </message>
    <message>
        <source>Privacy dashboard</source>
        <translation>Tableau de bord de confidentialité</translation>
    </message>
    <message>
        <source>&amp;Export my data...</source>
        <translation>&amp;Exporter mes données...</translation>
    </message>
    <message>
        <source>&amp;Delete everything now...</source>
        <translation>&amp;Tout supprimer maintenant...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <source>Next deletion</source>
        <translation>Prochaine suppression</translation>
    </message>
    <message>
        <source>Last deletion</source>
        <translation>Dernière suppression</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for:</source>
        <translation>Conserver les messages des nouvelles adresses pendant&#xa0;:</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Solid line: items stored. Dashed line: bytes stored. The orange line is the next scheduled deletion; hover a dot to see what goes then.</source>
        <translation>Ligne continue&#xa0;: éléments conservés. Ligne pointillée&#xa0;: octets conservés. La ligne orange marque la prochaine suppression prévue&#xa0;; survolez un point pour voir ce qui disparaît alors.</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7 prochains jours</translation>
    </message>
    <message>
        <source>What each provider holds about you, and for how long by its own documentation. Mayfly deletes an address at the provider when it expires, where the provider allows it.</source>
        <translation>Ce que chaque fournisseur conserve sur vous, et combien de temps selon sa propre documentation. Mayfly supprime l&apos;adresse chez le fournisseur à son expiration, quand celui-ci le permet.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Ce qu&apos;il conserve</translation>
    </message>
    <message>
        <source>Provider&apos;s retention</source>
        <translation>Conservation chez le fournisseur</translation>
    </message>
    <message>
        <source>At the providers</source>
        <translation>Chez les fournisseurs</translation>
    </message>
    <message>
        <source>Host / request</source>
        <translation>Hôte / requête</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Octets reçus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>This log lives in memory only and is gone when Mayfly exits. It never holds query strings, headers or bodies.</source>
        <translation>Ce journal n&apos;existe qu&apos;en mémoire et disparaît à la fermeture de Mayfly. Il ne contient jamais de paramètres de requête, d&apos;en-têtes ni de contenus.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&lt;b&gt;No telemetry, no analytics.&lt;/b&gt; Every request Mayfly makes is in the &lt;a href=&quot;#network&quot;&gt;network log&lt;/a&gt;: only the providers you use appear there.</source>
        <translation>&lt;b&gt;Ni télémétrie ni statistiques.&lt;/b&gt; Chaque requête de Mayfly figure dans le &lt;a href=&quot;#network&quot;&gt;journal réseau&lt;/a&gt;&#xa0;: seuls les fournisseurs que vous utilisez y apparaissent.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No update check.&lt;/b&gt; Nothing is contacted at start-up; see the &lt;a href=&quot;#network&quot;&gt;network log&lt;/a&gt; right after starting.</source>
        <translation>&lt;b&gt;Aucune recherche de mises à jour.&lt;/b&gt; Rien n&apos;est contacté au démarrage&#xa0;; consultez le &lt;a href=&quot;#network&quot;&gt;journal réseau&lt;/a&gt; juste après le lancement.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No cookies.&lt;/b&gt; The cookie jar refuses everything; the &lt;a href=&quot;#network&quot;&gt;network tab&lt;/a&gt; checks that it is empty and that no request carried a cookie.</source>
        <translation>&lt;b&gt;Aucun cookie.&lt;/b&gt; Le stockage des cookies refuse tout&#xa0;; l&apos;onglet &lt;a href=&quot;#network&quot;&gt;Réseau&lt;/a&gt; vérifie qu&apos;il est vide et qu&apos;aucune requête n&apos;a transmis de cookie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No logs on disk.&lt;/b&gt; The &lt;a href=&quot;#computer&quot;&gt;inventory&lt;/a&gt; lists every file Mayfly writes; there is no log among them.</source>
        <translation>&lt;b&gt;Aucun journal sur le disque.&lt;/b&gt; L&apos;&lt;a href=&quot;#computer&quot;&gt;inventaire&lt;/a&gt; recense chaque fichier écrit par Mayfly&#xa0;; aucun n&apos;est un journal.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No plaintext secrets.&lt;/b&gt; Messages, addresses and credentials are sealed with AES-256-GCM; the &lt;a href=&quot;#computer&quot;&gt;inventory&lt;/a&gt; shows what is encrypted. The source: core/store/Store.cpp, core/net/HttpClient.cpp.</source>
        <translation>&lt;b&gt;Aucun secret en clair.&lt;/b&gt; Messages, adresses et identifiants sont scellés avec AES-256-GCM&#xa0;; l&apos;&lt;a href=&quot;#computer&quot;&gt;inventaire&lt;/a&gt; montre ce qui est chiffré. Le code source&#xa0;: core/store/Store.cpp, core/net/HttpClient.cpp.</translation>
    </message>
    <message>
        <source>What Mayfly never does</source>
        <translation>Ce que Mayfly ne fait jamais</translation>
    </message>
    <message>
        <source>Nothing is scheduled for deletion in the next 7 days.</source>
        <translation>Aucune suppression n&apos;est prévue dans les 7 prochains jours.</translation>
    </message>
    <message>
        <source>Everything was deleted. Mayfly holds nothing on this computer.</source>
        <translation>Tout a été supprimé. Mayfly ne conserve plus rien sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>Mayfly holds %n item(s) (%1) on this computer.</source>
        <translation>
            <numerusform>Mayfly conserve %n élément (%1) sur cet ordinateur.</numerusform>
            <numerusform>Mayfly conserve %n éléments (%1) sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next deletion is at %1.</source>
        <translation>La prochaine suppression aura lieu le %1.</translation>
    </message>
    <message>
        <source>The inventory could not be read: %1</source>
        <translation>L&apos;inventaire n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>until you delete it</source>
        <translation>jusqu&apos;à ce que vous le supprimiez</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(expéditeur inconnu)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>To %1, received %2</source>
        <translation>Pour %1, reçu le %2</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Supprimer maintenant</translation>
    </message>
    <message>
        <source>Delete %1 now</source>
        <translation>Supprimer %1 maintenant</translation>
    </message>
    <message numerus="yes">
        <source>the address and %n message(s)</source>
        <translation>
            <numerusform>l&apos;adresse et %n message</numerusform>
            <numerusform>l&apos;adresse et %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>non documentée</translation>
    </message>
    <message>
        <source>Delete at provider</source>
        <translation>Supprimer chez le fournisseur</translation>
    </message>
    <message>
        <source>The provider offers no deletion</source>
        <translation>Le fournisseur ne permet pas la suppression</translation>
    </message>
    <message>
        <source>No network client in this window.</source>
        <translation>Aucun client réseau dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Proxy: none (direct connections)</source>
        <translation>Proxy&#xa0;: aucun (connexions directes)</translation>
    </message>
    <message>
        <source>Proxy: the system&apos;s settings</source>
        <translation>Proxy&#xa0;: réglages du système</translation>
    </message>
    <message>
        <source>Proxy: SOCKS5 %1:%2 (host names resolved by the proxy)</source>
        <translation>Proxy&#xa0;: SOCKS5 %1:%2 (noms d&apos;hôte résolus par le proxy)</translation>
    </message>
    <message>
        <source>Proxy: HTTP %1:%2</source>
        <translation>Proxy&#xa0;: HTTP %1:%2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Cookie jar: empty (checked just now).</source>
        <translation>Stockage des cookies&#xa0;: vide (vérifié à l&apos;instant).</translation>
    </message>
    <message>
        <source>Cookie jar: NOT empty (%1).</source>
        <translation>Stockage des cookies&#xa0;: PAS vide (%1).</translation>
    </message>
    <message>
        <source>No request of this session carried a cookie.</source>
        <translation>Aucune requête de cette session n&apos;a transmis de cookie.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) carried a cookie.</source>
        <translation>
            <numerusform>%n requête a transmis un cookie.</numerusform>
            <numerusform>%n requêtes ont transmis un cookie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Providers tried to set %n cookie(s); all were refused.</source>
        <translation>
            <numerusform>Les fournisseurs ont tenté de déposer %n cookie&#xa0;; il a été refusé.</numerusform>
            <numerusform>Les fournisseurs ont tenté de déposer %n cookies&#xa0;; tous ont été refusés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 n&apos;a pas pu être supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was deleted at the provider. Mayfly keeps its copy until you delete it here.</source>
        <translation>%1 a été supprimé chez le fournisseur. Mayfly garde sa copie jusqu&apos;à ce que vous la supprimiez ici.</translation>
    </message>
    <message>
        <source>The provider could not delete %1: %2</source>
        <translation>Le fournisseur n&apos;a pas pu supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <source>Delete every address, message and credential, here and at the providers, and the encryption key? This cannot be undone.</source>
        <translation>Supprimer toutes les adresses, tous les messages et identifiants, ici et chez les fournisseurs, ainsi que la clé de chiffrement&#xa0;? C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>%1: %2 offers no deletion; it keeps the mail for its own retention (%3).</source>
        <translation>%1&#xa0;: %2 ne permet pas la suppression&#xa0;; il garde le courrier selon sa propre durée de conservation (%3).</translation>
    </message>
    <message>
        <source>%1: deleted at the provider.</source>
        <translation>%1&#xa0;: supprimé chez le fournisseur.</translation>
    </message>
    <message>
        <source>%1: the provider could not delete it: %2</source>
        <translation>%1&#xa0;: le fournisseur n&apos;a pas pu le supprimer&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Removed from this computer:</source>
        <translation>Supprimé de cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>The local wipe failed: %1</source>
        <translation>L&apos;effacement local a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>At the providers:</source>
        <translation>Chez les fournisseurs&#xa0;:</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Exporter mes données</translation>
    </message>
    <message>
        <source>Include provider credentials (encrypted with a passphrase)</source>
        <translation>Inclure les identifiants des fournisseurs (chiffrés par une phrase secrète)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Choose folder and export</source>
        <translation>Choisir le dossier et exporter</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Les phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;exportation a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n address(es)</source>
        <translation>
            <numerusform>%n adresse exportée</numerusform>
            <numerusform>%n adresses exportées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n message(s) to:</source>
        <translation>
            <numerusform>et %n message vers&#xa0;:</numerusform>
            <numerusform>et %n messages vers&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The credentials are in %1, encrypted with your passphrase.</source>
        <translation>Les identifiants sont dans %1, chiffrés par votre phrase secrète.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>Le réglage n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>window size and notification choices (nothing secret)</source>
        <translation>taille de la fenêtre et choix de notifications (rien de secret)</translation>
    </message>
    <message>
        <source>removed when you wipe</source>
        <translation>supprimé lors de l&apos;effacement complet</translation>
    </message>
    <message>
        <source>at %1, created %2</source>
        <translation>chez %1, créée le %2</translation>
    </message>
    <message>
        <source>to %1, received %2</source>
        <translation>pour %1, reçu le %2</translation>
    </message>
    <message>
        <source>(this address expires %1)</source>
        <translation>(cette adresse expire le %1)</translation>
    </message>
    <message>
        <source>Deleting at the providers, then on this computer...</source>
        <translation>Suppression chez les fournisseurs, puis sur cet ordinateur...</translation>
    </message>
    <message>
        <source>Addresses, labels and every message as an .eml file, with a README, in a new folder or .zip file. It holds your mail in readable form: keep it safe.</source>
        <translation>Les adresses, les libellés et chaque message en fichier .eml, avec un README, dans un nouveau dossier ou un fichier .zip. Votre courrier y est en clair&#xa0;: gardez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>As one .zip file instead of a folder</source>
        <translation>En un seul fichier .zip plutôt qu&apos;un dossier</translation>
    </message>
    <message>
        <source>Privacy dashboard sections</source>
        <translation>Sections du tableau de bord de confidentialité</translation>
    </message>
    <message>
        <source>What Mayfly stores</source>
        <translation>Ce que Mayfly conserve</translation>
    </message>
    <message>
        <source>What each provider holds</source>
        <translation>Ce que détient chaque fournisseur</translation>
    </message>
    <message>
        <source>Network requests of this session</source>
        <translation>Requêtes réseau de cette session</translation>
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
    <message>
        <source>provider not available</source>
        <translation>fournisseur non disponible</translation>
    </message>
    <message>
        <source>Saving the label failed</source>
        <translation>L’étiquette n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Extending the address failed</source>
        <translation>L’adresse n’a pas pu être prolongée</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for</source>
        <translation>Conserver les messages des nouvelles adresses pendant</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for:</source>
        <translation>Conserver les messages des nouvelles adresses pendant :</translation>
    </message>
    <message>
        <source>A new source or proxy applies to new addresses and new connections; addresses you already have keep their provider. Restart Mayfly to move every connection to a new proxy.</source>
        <translation>Une nouvelle source ou un nouveau proxy s’applique aux nouvelles adresses et aux nouvelles connexions ; vos adresses existantes gardent leur fournisseur. Redémarrez Mayfly pour faire passer toutes les connexions par le nouveau proxy.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>Clear copied codes and links after</source>
        <translation>Effacer les codes et liens copiés après</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Clear copied codes and links after:</source>
        <translation>Effacer les codes et liens copiés après :</translation>
    </message>
    <message>
        <source>Codes and links are marked as secret so clipboard managers do not keep them. Mayfly clears them only if they are still on the clipboard.</source>
        <translation>Les codes et les liens sont marqués comme secrets pour que les gestionnaires de presse-papiers ne les gardent pas. Mayfly ne les efface que s’ils sont encore dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Notify me when a message arrives</source>
        <translation>M’avertir à l’arrivée d’un message</translation>
    </message>
    <message>
        <source>Show the verification code in the notification</source>
        <translation>Afficher le code de vérification dans la notification</translation>
    </message>
    <message>
        <source>Notifications may be kept in your desktop&apos;s history and shown on a locked screen. Without this option they only say that a code was received.</source>
        <translation>Les notifications peuvent rester dans l’historique du bureau et s’afficher sur l’écran verrouillé. Sans cette option, elles indiquent seulement qu’un code est arrivé.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Start in the system tray, without opening the window</source>
        <translation>Démarrer dans la zone de notification, sans ouvrir la fenêtre</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Continuer dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Zone de notification</translation>
    </message>
    <message>
        <source>While Mayfly runs in the tray it keeps receiving mail and deleting what has expired. Quit from the tray menu to stop it.</source>
        <translation>Dans la zone de notification, Mayfly continue de recevoir le courrier et de supprimer ce qui a expiré. Quittez-le depuis le menu de l’icône.</translation>
    </message>
    <message>
        <source>A new language takes effect when Mayfly restarts.</source>
        <translation>Une nouvelle langue s’applique au redémarrage de Mayfly.</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Ce bureau n’a pas de zone de notification.</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>Show the sender and subject in the notification</source>
        <translation>Afficher l&apos;expéditeur et l&apos;objet dans la notification</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::SourcePicker</name>
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
        <source>Kept encrypted in your profile, never in plain text.</source>
        <translation>Conservée chiffrée dans votre profil, jamais en clair.</translation>
    </message>
    <message>
        <source>Where addresses come from</source>
        <translation>Provenance des adresses</translation>
    </message>
</context>
</TS>
