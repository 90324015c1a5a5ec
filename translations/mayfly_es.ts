<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>RetentionChoice</name>
    <message>
        <source>until the address expires</source>
        <translation>hasta que caduque la dirección</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No keychain</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <source>Mayfly keeps its encryption key in your system keychain, which is not available:
%1

You can protect your data with a passphrase instead, or use a session that writes nothing to disk.</source>
        <translation>Mayfly guarda su clave de cifrado en el llavero del sistema, que no está disponible:
%1

Puede proteger sus datos con una frase de contraseña o usar una sesión que no escriba nada en el disco.</translation>
    </message>
    <message>
        <source>Use a passphrase...</source>
        <translation>Usar una frase de contraseña...</translation>
    </message>
    <message>
        <source>Memory only</source>
        <translation>Solo en memoria</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase for this profile:</source>
        <translation>Frase de contraseña de este perfil:</translation>
    </message>
    <message>
        <source>Throwaway e-mail addresses, with mail shown in a view that cannot run scripts or reach the network.</source>
        <translation>Direcciones de correo desechables, con los mensajes en una vista que no puede ejecutar scripts ni acceder a la red.</translation>
    </message>
    <message>
        <source>Use DIR as the data directory.</source>
        <translation>Usar DIR como carpeta de datos.</translation>
    </message>
    <message>
        <source>Write nothing to disk.</source>
        <translation>No escribir nada en el disco.</translation>
    </message>
    <message>
        <source>Do not start the local relay.</source>
        <translation>No iniciar el relé local.</translation>
    </message>
    <message>
        <source>Message files (.eml) to show read-only.</source>
        <translation>Archivos de mensaje (.eml) que se muestran en solo lectura.</translation>
    </message>
    <message>
        <source>Mayfly</source>
        <translation>Mayfly</translation>
    </message>
    <message>
        <source>Mayfly could not open its data:
%1</source>
        <translation>Mayfly no pudo abrir sus datos:
%1</translation>
    </message>
</context>
<context>
    <name>mayfly::core::Error</name>
    <message>
        <source>invalid input</source>
        <translation>entrada no válida</translation>
    </message>
    <message>
        <source>limit exceeded</source>
        <translation>límite superado</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>i/o error</source>
        <translation>error de entrada/salida</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>disco lleno</translation>
    </message>
    <message>
        <source>cryptographic failure</source>
        <translation>fallo criptográfico</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>error de red</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>límite de peticiones alcanzado</translation>
    </message>
    <message>
        <source>provider unavailable</source>
        <translation>proveedor no disponible</translation>
    </message>
    <message>
        <source>bad credential</source>
        <translation>credencial no válida</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>no compatible</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>llavero no disponible</translation>
    </message>
    <message>
        <source>written by a newer version</source>
        <translation>escrito por una versión más reciente</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>error interno</translation>
    </message>
</context>
<context>
    <name>mayfly::core::html::LinkAnalyzer</name>
    <message>
        <source>goes through %1&apos;s click tracking</source>
        <translation>pasa por el rastreo de clics de %1</translation>
    </message>
    <message>
        <source>redirect wrapper removed; destination %1</source>
        <translation>redirección intermedia quitada; destino: %1</translation>
    </message>
    <message>
        <source>the host is an IP address (%1)</source>
        <translation>el host es una dirección IP (%1)</translation>
    </message>
    <message>
        <source>internationalised host; its real name is %1</source>
        <translation>host internacionalizado; su nombre real es %1</translation>
    </message>
    <message>
        <source>the host mixes scripts (%1)</source>
        <translation>el host mezcla sistemas de escritura (%1)</translation>
    </message>
    <message>
        <source>not encrypted (http)</source>
        <translation>sin cifrar (http)</translation>
    </message>
    <message>
        <source>the part before @ is not the host; the real host is %1</source>
        <translation>la parte antes de @ no es el host; el host real es %1</translation>
    </message>
    <message>
        <source>the text names %1 but the link goes to %2</source>
        <translation>el texto dice %1 pero el enlace lleva a %2</translation>
    </message>
</context>
<context>
    <name>mayfly::core::html::Sanitizer</name>
    <message>
        <source>known tracker domain</source>
        <translation>dominio de rastreo conocido</translation>
    </message>
    <message>
        <source>the URL identifies you (your address or a hash of it)</source>
        <translation>la URL lo identifica (su dirección o un hash de ella)</translation>
    </message>
    <message>
        <source>tracking pixel (tiny or invisible image)</source>
        <translation>píxel de seguimiento (imagen diminuta o invisible)</translation>
    </message>
    <message>
        <source>remote image</source>
        <translation>imagen remota</translation>
    </message>
    <message>
        <source>remote CSS resource</source>
        <translation>recurso CSS remoto</translation>
    </message>
    <message>
        <source>remote font</source>
        <translation>fuente remota</translation>
    </message>
    <message>
        <source>prefetch, preconnect or ping</source>
        <translation>precarga, preconexión o ping</translation>
    </message>
    <message>
        <source>form submission target</source>
        <translation>destino de envío de formulario</translation>
    </message>
    <message>
        <source>meta refresh redirect</source>
        <translation>redirección por meta refresh</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>embedded frame</source>
        <translation>marco incrustado</translation>
    </message>
    <message>
        <source>plug-in object</source>
        <translation>objeto de complemento</translation>
    </message>
    <message>
        <source>audio or video</source>
        <translation>audio o vídeo</translation>
    </message>
    <message>
        <source>script</source>
        <translation>script</translation>
    </message>
    <message>
        <source>responsive image candidate (srcset)</source>
        <translation>variante de imagen adaptable (srcset)</translation>
    </message>
    <message>
        <source>background image attribute</source>
        <translation>atributo de imagen de fondo</translation>
    </message>
    <message>
        <source>remote reference</source>
        <translation>referencia remota</translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: the HTML is larger than %n MiB</source>
        <translation>
            <numerusform>se muestra como texto sin formato: el HTML supera los %n MiB</numerusform>
            <numerusform>se muestra como texto sin formato: el HTML supera los %n MiB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: an element has more than %n attributes</source>
        <translation>
            <numerusform>se muestra como texto sin formato: un elemento tiene más de %n atributo</numerusform>
            <numerusform>se muestra como texto sin formato: un elemento tiene más de %n atributos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: the HTML is nested deeper than %n levels</source>
        <translation>
            <numerusform>se muestra como texto sin formato: el HTML está anidado en más de %n nivel</numerusform>
            <numerusform>se muestra como texto sin formato: el HTML está anidado en más de %n niveles</numerusform>
        </translation>
    </message>
    <message>
        <source>image bytes are not an allowed raster format</source>
        <translation>los bytes de la imagen no son un formato de mapa de bits permitido</translation>
    </message>
</context>
<context>
    <name>mayfly::core::mime::MimeParser</name>
    <message>
        <source>a header name is invalid; parts of the message may be skipped</source>
        <translation>un nombre de encabezado no es válido; puede que falten partes del mensaje</translation>
    </message>
    <message>
        <source>conflicting headers</source>
        <translation>encabezados contradictorios</translation>
    </message>
    <message>
        <source>conflicting header parameters</source>
        <translation>parámetros de encabezado contradictorios</translation>
    </message>
    <message>
        <source>a multipart has no boundary</source>
        <translation>una parte multipart no tiene delimitador (boundary)</translation>
    </message>
    <message>
        <source>MIME nesting is too deep</source>
        <translation>el anidamiento MIME es demasiado profundo</translation>
    </message>
    <message>
        <source>a MIME part has neither headers nor content</source>
        <translation>una parte MIME no tiene ni encabezados ni contenido</translation>
    </message>
    <message>
        <source>the message is truncated</source>
        <translation>el mensaje está truncado</translation>
    </message>
    <message>
        <source>a multipart has no parts</source>
        <translation>una parte multipart no contiene partes</translation>
    </message>
    <message>
        <source>the message is malformed</source>
        <translation>el mensaje está mal formado</translation>
    </message>
    <message>
        <source>unknown charset &quot;%1&quot;; shown as UTF-8 or Windows-1252</source>
        <translation>juego de caracteres desconocido «%1»; se muestra como UTF-8 o Windows-1252</translation>
    </message>
    <message numerus="yes">
        <source>more than %n MIME parts; the rest is not shown</source>
        <translation>
            <numerusform>más de %n parte MIME; el resto no se muestra</numerusform>
            <numerusform>más de %n partes MIME; el resto no se muestra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MIME nesting deeper than %n; the rest is not shown</source>
        <translation>
            <numerusform>anidamiento MIME de más de %n nivel; el resto no se muestra</numerusform>
            <numerusform>anidamiento MIME de más de %n niveles; el resto no se muestra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a part decodes to more than %n MiB; it was cut</source>
        <translation>
            <numerusform>una parte ocupa más de %n MiB al decodificarla; se ha recortado</numerusform>
            <numerusform>una parte ocupa más de %n MiB al decodificarla; se ha recortado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the decoded message exceeds %n MiB; the rest is not shown</source>
        <translation>
            <numerusform>el mensaje decodificado supera los %n MiB; el resto no se muestra</numerusform>
            <numerusform>el mensaje decodificado supera los %n MiB; el resto no se muestra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the message is larger than %n MiB; the rest was cut</source>
        <translation>
            <numerusform>el mensaje supera los %n MiB; el resto se ha recortado</numerusform>
            <numerusform>el mensaje supera los %n MiB; el resto se ha recortado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the header section is larger than %n KiB; the rest of it was dropped</source>
        <translation>
            <numerusform>la sección de encabezados supera los %n KiB; el resto se ha descartado</numerusform>
            <numerusform>la sección de encabezados supera los %n KiB; el resto se ha descartado</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden or control characters were removed from the subject</source>
        <translation>se han quitado caracteres ocultos o de control del asunto</translation>
    </message>
    <message numerus="yes">
        <source>the message names %n senders; the first is shown</source>
        <translation>
            <numerusform>el mensaje indica %n remitente; se muestra el primero</numerusform>
            <numerusform>el mensaje indica %n remitentes; se muestra el primero</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden or control characters were removed from the sender name</source>
        <translation>se han quitado caracteres ocultos o de control del nombre del remitente</translation>
    </message>
    <message>
        <source>the sender name contains an address; the real sender is %1</source>
        <translation>el nombre del remitente contiene una dirección; el remitente real es %1</translation>
    </message>
    <message>
        <source>the sender address is malformed</source>
        <translation>la dirección del remitente está mal formada</translation>
    </message>
    <message>
        <source>the input is not a MIME message; shown as text</source>
        <translation>la entrada no es un mensaje MIME; se muestra como texto</translation>
    </message>
    <message>
        <source>the message is malformed in a way that can hide content; shown as plain text</source>
        <translation>el mensaje está mal formado de un modo que puede ocultar contenido; se muestra como texto sin formato</translation>
    </message>
</context>
<context>
    <name>mayfly::core::mime::render</name>
    <message>
        <source>This message is malformed in a way that can hide or fake content. It is shown as plain text.</source>
        <translation>Este mensaje está mal formado de un modo que puede ocultar o falsear contenido. Se muestra como texto sin formato.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Export</name>
    <message numerus="yes">
        <source>the credentials need a passphrase of at least %n characters</source>
        <translation>
            <numerusform>las credenciales necesitan una frase de contraseña de al menos %n carácter</numerusform>
            <numerusform>las credenciales necesitan una frase de contraseña de al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>no existe la carpeta: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>not a Mayfly credentials file</source>
        <translation>no es un archivo de credenciales de Mayfly</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Inventory</name>
    <message>
        <source>process memory (--memory-only)</source>
        <translation>memoria del proceso (--memory-only)</translation>
    </message>
    <message>
        <source>throwaway addresses and their labels</source>
        <translation>direcciones desechables y sus etiquetas</translation>
    </message>
    <message>
        <source>deleted when the address expires, here and at the provider</source>
        <translation>se borran cuando la dirección caduca, aquí y en el proveedor</translation>
    </message>
    <message>
        <source>provider passwords, tokens and relay keys</source>
        <translation>contraseñas y tokens de los proveedores, claves del relé</translation>
    </message>
    <message>
        <source>deleted with their address</source>
        <translation>se borran con su dirección</translation>
    </message>
    <message>
        <source>raw message sources (RFC 5322)</source>
        <translation>código fuente original de los mensajes (RFC 5322)</translation>
    </message>
    <message numerus="yes">
        <source>deleted %n h after arrival unless the address says otherwise</source>
        <translation>
            <numerusform>se borran %n h después de llegar, salvo que la dirección indique otra cosa</numerusform>
            <numerusform>se borran %n h después de llegar, salvo que la dirección indique otra cosa</numerusform>
        </translation>
    </message>
    <message>
        <source>sender, subject and preview of each message</source>
        <translation>remitente, asunto y vista previa de cada mensaje</translation>
    </message>
    <message>
        <source>deleted with their message</source>
        <translation>se borran con su mensaje</translation>
    </message>
    <message>
        <source>messages with attachments (kept inside the raw source, never as files)</source>
        <translation>mensajes con adjuntos (guardados dentro del código fuente original, nunca como archivos)</translation>
    </message>
    <message>
        <source>preferences (nothing secret)</source>
        <translation>preferencias (nada secreto)</translation>
    </message>
    <message>
        <source>kept until you wipe</source>
        <translation>se conserva hasta que lo borre todo</translation>
    </message>
    <message>
        <source>the store&apos;s master key (keychain entry)</source>
        <translation>la clave maestra de la base de datos (entrada del llavero)</translation>
    </message>
    <message>
        <source>%1: service &quot;%2&quot;, entry &quot;%3&quot;</source>
        <translation>%1: servicio «%2», entrada «%3»</translation>
    </message>
    <message>
        <source>the store&apos;s master key, wrapped with your passphrase (scrypt)</source>
        <translation>la clave maestra de la base de datos, cifrada con su frase de contraseña (scrypt)</translation>
    </message>
    <message>
        <source>the store&apos;s master key</source>
        <translation>la clave maestra de la base de datos</translation>
    </message>
    <message>
        <source>process memory</source>
        <translation>memoria del proceso</translation>
    </message>
    <message>
        <source>gone when the program exits</source>
        <translation>desaparece al cerrar el programa</translation>
    </message>
    <message>
        <source>the SQLite database (sealed rows)</source>
        <translation>la base de datos SQLite (filas selladas)</translation>
    </message>
    <message>
        <source>SQLite&apos;s write-ahead log (truncated after every deletion)</source>
        <translation>el registro de escritura anticipada de SQLite (se vacía tras cada borrado)</translation>
    </message>
    <message>
        <source>SQLite&apos;s shared-memory index for the log</source>
        <translation>el índice en memoria compartida de SQLite para el registro</translation>
    </message>
    <message>
        <source>a counter that tells other Mayfly windows to refresh (no content)</source>
        <translation>un contador que avisa a otras ventanas de Mayfly para que se actualicen (sin contenido)</translation>
    </message>
    <message>
        <source>removed when you wipe</source>
        <translation>se elimina al borrarlo todo</translation>
    </message>
    <message>
        <source>network activity log (host, method, path, status, bytes)</source>
        <translation>registro de actividad de red (host, método, ruta, estado, bytes)</translation>
    </message>
    <message>
        <source>process memory (never written to disk)</source>
        <translation>memoria del proceso (nunca se escribe en el disco)</translation>
    </message>
    <message>
        <source>(janitor last deleted some at %1)</source>
        <translation>(la limpieza automática borró algunos por última vez el %1)</translation>
    </message>
    <message>
        <source>the local relay&apos;s database (&quot;This computer&quot;): address names, token hashes and sealed mail</source>
        <translation>la base de datos del relé local («Este equipo»): nombres de direcciones, hashes de tokens y correo sellado</translation>
    </message>
    <message>
        <source>memory of the local relay process (--memory-only)</source>
        <translation>memoria del proceso del relé local (--memory-only)</translation>
    </message>
    <message>
        <source>gone when Mayfly exits</source>
        <translation>desaparece al cerrar Mayfly</translation>
    </message>
    <message>
        <source>each address and its mail when the address expires; the folder is deleted by Delete everything (the relay is stopped first)</source>
        <translation>cada dirección y su correo cuando la dirección caduca; la carpeta se borra con «Borrar todo» (antes se detiene el relé)</translation>
    </message>
    <message>
        <source>local relay file %1</source>
        <translation>archivo del relé local %1</translation>
    </message>
    <message>
        <source>deleted by Delete everything</source>
        <translation>se borra con «Borrar todo»</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Wipe</name>
    <message>
        <source>cannot remove %1</source>
        <translation>no se puede eliminar %1</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::ZipWriter</name>
    <message>
        <source>cannot write the archive: %1</source>
        <translation>no se puede escribir el archivo comprimido: %1</translation>
    </message>
    <message>
        <source>too many files for a ZIP archive</source>
        <translation>demasiados archivos para un ZIP</translation>
    </message>
    <message>
        <source>the export is too large for a ZIP archive</source>
        <translation>la exportación es demasiado grande para un ZIP</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::GuerrillaMailProvider</name>
    <message>
        <source>Addresses live 60 minutes (renewable); messages are deleted after about an hour. Anyone who knows the name can read the inbox.</source>
        <translation>Las direcciones duran 60 minutos (renovables); los mensajes se borran al cabo de una hora aproximadamente. Cualquiera que conozca el nombre puede leer el buzón.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::InbucketProvider</name>
    <message>
        <source>Kept until the server&apos;s retention ends (24 hours by default). No access control: everyone who can reach the server reads every mailbox.</source>
        <translation>Se conserva hasta que termina el plazo de retención del servidor (24 horas de forma predeterminada). Sin control de acceso: quien llegue al servidor lee todos los buzones.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::MailTmProvider</name>
    <message>
        <source>Messages are deleted by the provider after about 7 days; the account stays until deleted.</source>
        <translation>El proveedor borra los mensajes al cabo de unos 7 días; la cuenta se mantiene hasta que se borre.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::MailpitProvider</name>
    <message>
        <source>Kept until the server prunes it (500 messages by default). No per-mailbox privacy: everyone who can reach the server reads every address.</source>
        <translation>Se conserva hasta que el servidor hace limpieza (500 mensajes de forma predeterminada). Sin privacidad por buzón: quien llegue al servidor lee todas las direcciones.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::Provider</name>
    <message>
        <source>private</source>
        <comment>privacy label: a credential per mailbox</comment>
        <translation>privado</translation>
    </message>
    <message>
        <source>token</source>
        <comment>privacy label: readable by whoever holds the session token</comment>
        <translation>token</translation>
    </message>
    <message>
        <source>public</source>
        <comment>privacy label: anyone who knows the address can read it</comment>
        <translation>público</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::RelayProvider</name>
    <message>
        <source>Mayfly relay</source>
        <translation>Relé de Mayfly</translation>
    </message>
    <message>
        <source>Messages are kept, sealed to your key, until the address expires or you delete it.</source>
        <translation>Los mensajes se guardan sellados con su clave hasta que la dirección caduque o usted la borre.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::secrets::KeychainSecretStore</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>el llavero no ha respondido</translation>
    </message>
</context>
<context>
    <name>mayfly::core::secrets::PassphraseKey</name>
    <message>
        <source>empty passphrase</source>
        <translation>frase de contraseña vacía</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>frase de contraseña incorrecta</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Migrations</name>
    <message>
        <source>this store has schema version %1 but this Mayfly understands up to %2; use a newer Mayfly or another --profile</source>
        <translation>esta base de datos tiene la versión de esquema %1, pero este Mayfly solo entiende hasta la %2; use un Mayfly más reciente u otro --profile</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Profile</name>
    <message>
        <source>this profile is protected by a passphrase: set MAYFLY_PASSPHRASE (or type it when asked)</source>
        <translation>este perfil está protegido con una frase de contraseña: defina MAYFLY_PASSPHRASE (o escríbala cuando se le pida)</translation>
    </message>
    <message>
        <source>the keychain has no key for this profile although it holds data (%1). Unlock your keyring (a locked keyring answers &quot;not found&quot;) and try again; Mayfly never starts over while data exists</source>
        <translation>el llavero no tiene clave para este perfil aunque contiene datos (%1). Desbloquee su llavero (uno bloqueado responde «no encontrado») y vuelva a intentarlo; Mayfly nunca empieza de cero mientras haya datos</translation>
    </message>
    <message>
        <source>cannot read this profile&apos;s key from the keychain (%1). Start or unlock your keyring and try again</source>
        <translation>no se puede leer la clave de este perfil en el llavero (%1). Inicie o desbloquee su llavero y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>Choose a passphrase instead (set MAYFLY_PASSPHRASE) or run with --memory-only, which writes nothing</source>
        <translation>Elija en su lugar una frase de contraseña (defina MAYFLY_PASSPHRASE) o ejecute con --memory-only, que no escribe nada</translation>
    </message>
    <message>
        <source>no usable keychain (%1). %2</source>
        <extracomment>%1 is the keychain&apos;s own reason (technical); %2 says how to go on</extracomment>
        <translation>no hay ningún llavero utilizable (%1). %2</translation>
    </message>
    <message>
        <source>cannot store a key in the keychain (%1). %2</source>
        <extracomment>%1 is the keychain&apos;s own reason (technical); %2 says how to go on</extracomment>
        <translation>no se puede guardar una clave en el llavero (%1). %2</translation>
    </message>
    <message>
        <source>the store is wiped but the keychain entry could not be removed (%1)</source>
        <translation>la base de datos se ha borrado, pero no se pudo quitar la entrada del llavero (%1)</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Store</name>
    <message>
        <source>%1: the disk is full; free some space and try again (nothing stored was lost)</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1: el disco está lleno; libere espacio y vuelva a intentarlo (no se ha perdido nada de lo guardado)</translation>
    </message>
    <message>
        <source>%1: the store is busy in another Mayfly process</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1: la base de datos está ocupada por otro proceso de Mayfly</translation>
    </message>
    <message>
        <source>%1: the store file is damaged or not a Mayfly store</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1: el archivo de la base de datos está dañado o no es de Mayfly</translation>
    </message>
    <message>
        <source>cannot create the profile folder %1</source>
        <translation>no se puede crear la carpeta del perfil %1</translation>
    </message>
    <message>
        <source>this key does not open the store (wrong passphrase, or another profile&apos;s key)</source>
        <translation>esta clave no abre la base de datos (frase de contraseña incorrecta o clave de otro perfil)</translation>
    </message>
    <message>
        <source>the store is locked</source>
        <translation>la base de datos está bloqueada</translation>
    </message>
    <message>
        <source>a sealed value failed to open (damaged or moved row)</source>
        <translation>no se pudo abrir un valor sellado (fila dañada o movida)</translation>
    </message>
    <message>
        <source>retention must be between 10 minutes and 30 days</source>
        <translation>la retención debe estar entre 10 minutos y 30 días</translation>
    </message>
    <message>
        <source>this address is already stored</source>
        <translation>esta dirección ya está guardada</translation>
    </message>
    <message>
        <source>no such address (it may have expired)</source>
        <translation>no existe esa dirección (puede que haya caducado)</translation>
    </message>
    <message>
        <source>no such address</source>
        <translation>no existe esa dirección</translation>
    </message>
    <message>
        <source>no such message (it may have expired)</source>
        <translation>no existe ese mensaje (puede que haya caducado)</translation>
    </message>
    <message>
        <source>no such message</source>
        <translation>no existe ese mensaje</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>no se puede eliminar %1</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::AddressListModel</name>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>caduca en %1</translation>
    </message>
    <message>
        <source>Private: only Mayfly holds the credential for this mailbox.</source>
        <translation>Privada: solo Mayfly tiene la credencial de este buzón.</translation>
    </message>
    <message>
        <source>Token: anyone holding the session token can read this mailbox.</source>
        <translation>Token: cualquiera que tenga el token de sesión puede leer este buzón.</translation>
    </message>
    <message>
        <source>Public: anyone who knows this address can read its mail.</source>
        <translation>Pública: cualquiera que conozca esta dirección puede leer su correo.</translation>
    </message>
    <message>
        <source>All addresses</source>
        <translation>Todas las direcciones</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n dirección</numerusform>
            <numerusform>%n direcciones</numerusform>
        </translation>
    </message>
    <message>
        <source>The messages of every address, newest first.</source>
        <translation>Los mensajes de todas las direcciones, los más recientes primero.</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::CodeBanner</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Open link...</source>
        <translation>Abrir enlace...</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>Código de verificación:</translation>
    </message>
    <message>
        <source>Confirmation link:</source>
        <translation>Enlace de confirmación:</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::DeletionTimeline</name>
    <message>
        <source>Deletion timeline</source>
        <translation>Calendario de borrado</translation>
    </message>
    <message>
        <source>No deletion is scheduled in the next days.</source>
        <translation>No hay ningún borrado previsto en los próximos días.</translation>
    </message>
    <message>
        <source>Next deletion: %1</source>
        <translation>Próximo borrado: %1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Dirección %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(remitente desconocido)</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>Mensaje de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) deleted</source>
        <translation>
            <numerusform>%1: se borra %n elemento</numerusform>
            <numerusform>%1: se borran %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left afterwards: %n item(s), %1</source>
        <translation>
            <numerusform>Quedará después: %n elemento, %1</numerusform>
            <numerusform>Quedarán después: %n elementos, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Nothing stored</source>
        <translation>Nada guardado</translation>
    </message>
    <message numerus="yes">
        <source>next deletion in %n minute(s)</source>
        <translation>
            <numerusform>próximo borrado en %n minuto</numerusform>
            <numerusform>próximo borrado en %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next deletion in %n hour(s)</source>
        <translation>
            <numerusform>próximo borrado en %n hora</numerusform>
            <numerusform>próximo borrado en %n horas</numerusform>
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
        <translation>No se pudieron guardar los ajustes: %1</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Mayfly</source>
        <translation>Bienvenido a Mayfly</translation>
    </message>
    <message>
        <source>Where should your throwaway addresses come from? You can change this later.</source>
        <translation>¿De dónde deben salir sus direcciones desechables? Puede cambiarlo más adelante.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::LinkDialog</name>
    <message>
        <source>Open link?</source>
        <translation>¿Abrir el enlace?</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Se muestra como:</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>Lleva a:</translation>
    </message>
    <message>
        <source>Without tracking:</source>
        <translation>Sin rastreo:</translation>
    </message>
    <message>
        <source>Open without tracking</source>
        <translation>Abrir sin rastreo</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Abrir el original</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::LocalRelay</name>
    <message>
        <source>mayfly-relay was not found next to Mayfly.</source>
        <translation>No se encontró mayfly-relay junto a Mayfly.</translation>
    </message>
    <message>
        <source>The local relay stopped (exit code %1).</source>
        <translation>El relé local se detuvo (código de salida %1).</translation>
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
        <translation>&amp;Nueva dirección</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar dirección</translation>
    </message>
    <message>
        <source>&amp;Delete address</source>
        <translation>&amp;Eliminar dirección</translation>
    </message>
    <message>
        <source>Delete &amp;message</source>
        <translation>Eliminar &amp;mensaje</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>Enviar un mensaje de &amp;prueba</translation>
    </message>
    <message>
        <source>&amp;Open message file...</source>
        <translation>&amp;Abrir archivo de mensaje...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Buscar en los mensajes</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Buscar en todos los mensajes</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Local relay: SMTP on 127.0.0.1:%1</source>
        <translation>Relé local: SMTP en 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Local relay: starting...</source>
        <translation>Relé local: iniciando...</translation>
    </message>
    <message>
        <source>Local relay stopped</source>
        <translation>Relé local detenido</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 copiado al portapapeles</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>A code was received.</source>
        <translation>Ha llegado un código.</translation>
    </message>
    <message>
        <source>New message for %1</source>
        <translation>Nuevo mensaje para %1</translation>
    </message>
    <message numerus="yes">
        <source>Mayfly (%n unread)</source>
        <translation>
            <numerusform>Mayfly (%n sin leer)</numerusform>
            <numerusform>Mayfly (%n sin leer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mayfly: %n unread</source>
        <translation>
            <numerusform>Mayfly: %n sin leer</numerusform>
            <numerusform>Mayfly: %n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>No se pudo leer el mensaje: %1</translation>
    </message>
    <message>
        <source>Creating an address...</source>
        <translation>Creando una dirección...</translation>
    </message>
    <message>
        <source>Delete address</source>
        <translation>Eliminar dirección</translation>
    </message>
    <message>
        <source>Delete %1 and all its mail, here and at the provider?</source>
        <translation>¿Eliminar %1 y todo su correo, aquí y en el proveedor?</translation>
    </message>
    <message>
        <source>Test message sent</source>
        <translation>Mensaje de prueba enviado</translation>
    </message>
    <message>
        <source>Sending the test message failed: %1</source>
        <translation>No se pudo enviar el mensaje de prueba: %1</translation>
    </message>
    <message>
        <source>Open message file</source>
        <translation>Abrir archivo de mensaje</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml *.msg *.txt);;All files (*)</source>
        <translation>Mensajes de correo (*.eml *.msg *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>&amp;Privacy dashboard</source>
        <translation>Panel de &amp;privacidad</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacidad</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found in all addresses</source>
        <translation>
            <numerusform>%n mensaje encontrado en todas las direcciones</numerusform>
            <numerusform>%n mensajes encontrados en todas las direcciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Mayfly</source>
        <translation>Mostrar Mayfly</translation>
    </message>
    <message>
        <source>&amp;Label address...</source>
        <translation>E&amp;tiquetar dirección...</translation>
    </message>
    <message>
        <source>E&amp;xtend address</source>
        <translation>P&amp;rolongar dirección</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>A&amp;justes...</translation>
    </message>
    <message>
        <source>Label address</source>
        <translation>Etiquetar dirección</translation>
    </message>
    <message>
        <source>What is %1 for? (for example &quot;used on example.com&quot;)</source>
        <translation>¿Para qué es %1? (por ejemplo «usada en example.com»)</translation>
    </message>
    <message>
        <source>Extending %1...</source>
        <translation>Prolongando %1...</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>No se pudieron guardar los ajustes: %1</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Ajustes guardados</translation>
    </message>
    <message>
        <source>Settings saved. The local relay starts the next time Mayfly starts.</source>
        <translation>Ajustes guardados. El relay local se iniciará la próxima vez que abra Mayfly.</translation>
    </message>
    <message>
        <source>Settings saved. The new language takes effect when Mayfly restarts.</source>
        <translation>Ajustes guardados. El nuevo idioma se aplicará al reiniciar Mayfly.</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message numerus="yes">
        <source>[%n tracker(s) blocked]</source>
        <translation>
            <numerusform>[%n rastreador bloqueado]</numerusform>
            <numerusform>[%n rastreadores bloqueados]</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessagePane</name>
    <message numerus="yes">
        <source>%n tracker(s)</source>
        <translation>
            <numerusform>%n rastreador</numerusform>
            <numerusform>%n rastreadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n company(s)</source>
        <translation>
            <numerusform>de %n empresa</numerusform>
            <numerusform>de %n empresas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s)</source>
        <translation>
            <numerusform>%n imagen remota</numerusform>
            <numerusform>%n imágenes remotas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other remote reference(s)</source>
        <translation>
            <numerusform>%n otra referencia remota</numerusform>
            <numerusform>%n otras referencias remotas</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: %1 removed</source>
        <translation>Bloqueado y eliminado: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Código fuente</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Attachments are never opened. Double-click to save one.</source>
        <translation>Los adjuntos nunca se abren. Haga doble clic para guardar uno.</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Ningún mensaje seleccionado</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>Careful: the sender&apos;s name contains an address; the real sender is %1</source>
        <translation>Cuidado: el nombre del remitente contiene una dirección; el remitente real es %1</translation>
    </message>
    <message>
        <source>This message is malformed and is shown as plain text.</source>
        <translation>Este mensaje está mal formado y se muestra como texto sin formato.</translation>
    </message>
    <message>
        <source>Open message file</source>
        <translation>Abrir archivo de mensaje</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 25 MiB.</source>
        <translation>%1 supera los 25 MiB.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <source>Saving the attachment failed: %1</source>
        <translation>No se pudo guardar el adjunto: %1</translation>
    </message>
    <message>
        <source>%1 is not a message file.</source>
        <translation>%1 no es un archivo de mensaje.</translation>
    </message>
    <message>
        <source>Message, text and source</source>
        <translation>Mensaje, texto y código fuente</translation>
    </message>
    <message numerus="yes">
        <source>%n unsafe image(s)</source>
        <translation>
            <numerusform>%n imagen insegura</numerusform>
            <numerusform>%n imágenes inseguras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessageView</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::PrivacyDashboard</name>
    <message>
        <source>Export my data to...</source>
        <translation>Exportar mis datos a...</translation>
    </message>
    <message>
        <source>Privacy dashboard</source>
        <translation>Panel de privacidad</translation>
    </message>
    <message>
        <source>&amp;Export my data...</source>
        <translation>&amp;Exportar mis datos...</translation>
    </message>
    <message>
        <source>&amp;Delete everything now...</source>
        <translation>&amp;Borrar todo ahora...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Next deletion</source>
        <translation>Próximo borrado</translation>
    </message>
    <message>
        <source>Last deletion</source>
        <translation>Último borrado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for:</source>
        <translation>Conservar los mensajes de las direcciones nuevas durante:</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>Solid line: items stored. Dashed line: bytes stored. The orange line is the next scheduled deletion; hover a dot to see what goes then.</source>
        <translation>Línea continua: elementos guardados. Línea discontinua: bytes guardados. La línea naranja es el próximo borrado previsto; pase el puntero sobre un punto para ver qué se borra entonces.</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Próximos 7 días</translation>
    </message>
    <message>
        <source>What each provider holds about you, and for how long by its own documentation. Mayfly deletes an address at the provider when it expires, where the provider allows it.</source>
        <translation>Lo que guarda cada proveedor sobre usted y durante cuánto tiempo, según su propia documentación. Mayfly borra la dirección en el proveedor cuando caduca, si el proveedor lo permite.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Qué guarda</translation>
    </message>
    <message>
        <source>Provider&apos;s retention</source>
        <translation>Retención del proveedor</translation>
    </message>
    <message>
        <source>At the providers</source>
        <translation>En los proveedores</translation>
    </message>
    <message>
        <source>Host / request</source>
        <translation>Host / solicitud</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Bytes recibidos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>This log lives in memory only and is gone when Mayfly exits. It never holds query strings, headers or bodies.</source>
        <translation>Este registro solo existe en memoria y desaparece al cerrar Mayfly. Nunca contiene parámetros de consulta, cabeceras ni cuerpos.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>&lt;b&gt;No telemetry, no analytics.&lt;/b&gt; Every request Mayfly makes is in the &lt;a href=&quot;#network&quot;&gt;network log&lt;/a&gt;: only the providers you use appear there.</source>
        <translation>&lt;b&gt;Sin telemetría ni analíticas.&lt;/b&gt; Cada solicitud que hace Mayfly aparece en el &lt;a href=&quot;#network&quot;&gt;registro de red&lt;/a&gt;: allí solo figuran los proveedores que usa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No update check.&lt;/b&gt; Nothing is contacted at start-up; see the &lt;a href=&quot;#network&quot;&gt;network log&lt;/a&gt; right after starting.</source>
        <translation>&lt;b&gt;Sin comprobación de actualizaciones.&lt;/b&gt; No se contacta con nada al iniciar; mire el &lt;a href=&quot;#network&quot;&gt;registro de red&lt;/a&gt; justo después de arrancar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No cookies.&lt;/b&gt; The cookie jar refuses everything; the &lt;a href=&quot;#network&quot;&gt;network tab&lt;/a&gt; checks that it is empty and that no request carried a cookie.</source>
        <translation>&lt;b&gt;Sin cookies.&lt;/b&gt; El almacén de cookies lo rechaza todo; la pestaña &lt;a href=&quot;#network&quot;&gt;Red&lt;/a&gt; comprueba que está vacío y que ninguna solicitud llevó una cookie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No logs on disk.&lt;/b&gt; The &lt;a href=&quot;#computer&quot;&gt;inventory&lt;/a&gt; lists every file Mayfly writes; there is no log among them.</source>
        <translation>&lt;b&gt;Sin registros en el disco.&lt;/b&gt; El &lt;a href=&quot;#computer&quot;&gt;inventario&lt;/a&gt; enumera cada archivo que escribe Mayfly; ninguno es un registro.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No plaintext secrets.&lt;/b&gt; Messages, addresses and credentials are sealed with AES-256-GCM; the &lt;a href=&quot;#computer&quot;&gt;inventory&lt;/a&gt; shows what is encrypted. The source: core/store/Store.cpp, core/net/HttpClient.cpp.</source>
        <translation>&lt;b&gt;Ningún secreto en texto plano.&lt;/b&gt; Mensajes, direcciones y credenciales se sellan con AES-256-GCM; el &lt;a href=&quot;#computer&quot;&gt;inventario&lt;/a&gt; muestra qué está cifrado. El código: core/store/Store.cpp, core/net/HttpClient.cpp.</translation>
    </message>
    <message>
        <source>What Mayfly never does</source>
        <translation>Lo que Mayfly nunca hace</translation>
    </message>
    <message>
        <source>Nothing is scheduled for deletion in the next 7 days.</source>
        <translation>No hay nada previsto para borrar en los próximos 7 días.</translation>
    </message>
    <message>
        <source>Everything was deleted. Mayfly holds nothing on this computer.</source>
        <translation>Se ha borrado todo. Mayfly no guarda nada en este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>Mayfly holds %n item(s) (%1) on this computer.</source>
        <translation>
            <numerusform>Mayfly guarda %n elemento (%1) en este equipo.</numerusform>
            <numerusform>Mayfly guarda %n elementos (%1) en este equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next deletion is at %1.</source>
        <translation>El próximo borrado será el %1.</translation>
    </message>
    <message>
        <source>The inventory could not be read: %1</source>
        <translation>No se pudo leer el inventario: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>until you delete it</source>
        <translation>hasta que lo borre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(remitente desconocido)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>To %1, received %2</source>
        <translation>Para %1, recibido el %2</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Borrar ahora</translation>
    </message>
    <message>
        <source>Delete %1 now</source>
        <translation>Borrar %1 ahora</translation>
    </message>
    <message numerus="yes">
        <source>the address and %n message(s)</source>
        <translation>
            <numerusform>la dirección y %n mensaje</numerusform>
            <numerusform>la dirección y %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>no documentada</translation>
    </message>
    <message>
        <source>Delete at provider</source>
        <translation>Borrar en el proveedor</translation>
    </message>
    <message>
        <source>The provider offers no deletion</source>
        <translation>El proveedor no permite borrar</translation>
    </message>
    <message>
        <source>No network client in this window.</source>
        <translation>No hay cliente de red en esta ventana.</translation>
    </message>
    <message>
        <source>Proxy: none (direct connections)</source>
        <translation>Proxy: ninguno (conexiones directas)</translation>
    </message>
    <message>
        <source>Proxy: the system&apos;s settings</source>
        <translation>Proxy: la configuración del sistema</translation>
    </message>
    <message>
        <source>Proxy: SOCKS5 %1:%2 (host names resolved by the proxy)</source>
        <translation>Proxy: SOCKS5 %1:%2 (el proxy resuelve los nombres de host)</translation>
    </message>
    <message>
        <source>Proxy: HTTP %1:%2</source>
        <translation>Proxy: HTTP %1:%2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Cookie jar: empty (checked just now).</source>
        <translation>Almacén de cookies: vacío (comprobado ahora mismo).</translation>
    </message>
    <message>
        <source>Cookie jar: NOT empty (%1).</source>
        <translation>Almacén de cookies: NO está vacío (%1).</translation>
    </message>
    <message>
        <source>No request of this session carried a cookie.</source>
        <translation>Ninguna solicitud de esta sesión llevó una cookie.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) carried a cookie.</source>
        <translation>
            <numerusform>%n solicitud llevó una cookie.</numerusform>
            <numerusform>%n solicitudes llevaron una cookie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Providers tried to set %n cookie(s); all were refused.</source>
        <translation>
            <numerusform>Los proveedores intentaron guardar %n cookie; se rechazó.</numerusform>
            <numerusform>Los proveedores intentaron guardar %n cookies; se rechazaron todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>No se pudo borrar %1: %2</translation>
    </message>
    <message>
        <source>%1 was deleted at the provider. Mayfly keeps its copy until you delete it here.</source>
        <translation>%1 se borró en el proveedor. Mayfly conserva su copia hasta que la borre aquí.</translation>
    </message>
    <message>
        <source>The provider could not delete %1: %2</source>
        <translation>El proveedor no pudo borrar %1: %2</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Delete every address, message and credential, here and at the providers, and the encryption key? This cannot be undone.</source>
        <translation>¿Borrar todas las direcciones, mensajes y credenciales, aquí y en los proveedores, y la clave de cifrado? No se puede deshacer.</translation>
    </message>
    <message>
        <source>%1: %2 offers no deletion; it keeps the mail for its own retention (%3).</source>
        <translation>%1: %2 no permite borrar; guarda el correo durante su propia retención (%3).</translation>
    </message>
    <message>
        <source>%1: deleted at the provider.</source>
        <translation>%1: borrado en el proveedor.</translation>
    </message>
    <message>
        <source>%1: the provider could not delete it: %2</source>
        <translation>%1: el proveedor no pudo borrarlo: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Removed from this computer:</source>
        <translation>Eliminado de este equipo:</translation>
    </message>
    <message>
        <source>The local wipe failed: %1</source>
        <translation>El borrado local falló: %1</translation>
    </message>
    <message>
        <source>At the providers:</source>
        <translation>En los proveedores:</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Exportar mis datos</translation>
    </message>
    <message>
        <source>Include provider credentials (encrypted with a passphrase)</source>
        <translation>Incluir las credenciales de los proveedores (cifradas con una frase de contraseña)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Choose folder and export</source>
        <translation>Elegir carpeta y exportar</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Las frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n address(es)</source>
        <translation>
            <numerusform>Se exportó %n dirección</numerusform>
            <numerusform>Se exportaron %n direcciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n message(s) to:</source>
        <translation>
            <numerusform>y %n mensaje a:</numerusform>
            <numerusform>y %n mensajes a:</numerusform>
        </translation>
    </message>
    <message>
        <source>The credentials are in %1, encrypted with your passphrase.</source>
        <translation>Las credenciales están en %1, cifradas con su frase de contraseña.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>No se pudo guardar el ajuste: %1</translation>
    </message>
    <message>
        <source>window size and notification choices (nothing secret)</source>
        <translation>tamaño de ventana y preferencias de notificación (nada secreto)</translation>
    </message>
    <message>
        <source>removed when you wipe</source>
        <translation>se elimina al borrarlo todo</translation>
    </message>
    <message>
        <source>at %1, created %2</source>
        <translation>en %1, creada el %2</translation>
    </message>
    <message>
        <source>to %1, received %2</source>
        <translation>para %1, recibido el %2</translation>
    </message>
    <message>
        <source>(this address expires %1)</source>
        <translation>(esta dirección caduca el %1)</translation>
    </message>
    <message>
        <source>Deleting at the providers, then on this computer...</source>
        <translation>Borrando en los proveedores y después en este equipo...</translation>
    </message>
    <message>
        <source>Addresses, labels and every message as an .eml file, with a README, in a new folder or .zip file. It holds your mail in readable form: keep it safe.</source>
        <translation>Direcciones, etiquetas y cada mensaje como archivo .eml, con un README, en una carpeta nueva o un archivo .zip. Contiene su correo legible: guárdelo en un lugar seguro.</translation>
    </message>
    <message>
        <source>As one .zip file instead of a folder</source>
        <translation>Como un único archivo .zip en lugar de una carpeta</translation>
    </message>
    <message>
        <source>Privacy dashboard sections</source>
        <translation>Secciones del panel de privacidad</translation>
    </message>
    <message>
        <source>What Mayfly stores</source>
        <translation>Lo que guarda Mayfly</translation>
    </message>
    <message>
        <source>What each provider holds</source>
        <translation>Lo que tiene cada proveedor</translation>
    </message>
    <message>
        <source>Network requests of this session</source>
        <translation>Solicitudes de red de esta sesión</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::Session</name>
    <message>
        <source>Reading the addresses failed</source>
        <translation>No se pudieron leer las direcciones</translation>
    </message>
    <message>
        <source>Reading the messages failed</source>
        <translation>No se pudieron leer los mensajes</translation>
    </message>
    <message>
        <source>Saving the address failed</source>
        <translation>No se pudo guardar la dirección</translation>
    </message>
    <message>
        <source>Creating an address failed</source>
        <translation>No se pudo crear una dirección</translation>
    </message>
    <message>
        <source>The provider could not delete the address</source>
        <translation>El proveedor no pudo eliminar la dirección</translation>
    </message>
    <message>
        <source>Deleting the address failed</source>
        <translation>No se pudo eliminar la dirección</translation>
    </message>
    <message>
        <source>Deleting the message failed</source>
        <translation>No se pudo eliminar el mensaje</translation>
    </message>
    <message>
        <source>Saving the message failed</source>
        <translation>No se pudo guardar el mensaje</translation>
    </message>
    <message>
        <source>Fetching the message list failed</source>
        <translation>No se pudo obtener la lista de mensajes</translation>
    </message>
    <message>
        <source>Fetching a message failed</source>
        <translation>No se pudo obtener un mensaje</translation>
    </message>
    <message>
        <source>provider not available</source>
        <translation>el proveedor no está disponible</translation>
    </message>
    <message>
        <source>Saving the label failed</source>
        <translation>No se pudo guardar la etiqueta</translation>
    </message>
    <message>
        <source>Extending the address failed</source>
        <translation>No se pudo prolongar la dirección</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for</source>
        <translation>Conservar los mensajes de las direcciones nuevas durante</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for:</source>
        <translation>Conservar los mensajes de las direcciones nuevas durante:</translation>
    </message>
    <message>
        <source>A new source or proxy applies to new addresses and new connections; addresses you already have keep their provider. Restart Mayfly to move every connection to a new proxy.</source>
        <translation>Un nuevo origen o proxy se aplica a las direcciones y conexiones nuevas; las direcciones que ya tiene conservan su proveedor. Reinicie Mayfly para que todas las conexiones usen el nuevo proxy.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <source>Clear copied codes and links after</source>
        <translation>Borrar los códigos y enlaces copiados tras</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Clear copied codes and links after:</source>
        <translation>Borrar los códigos y enlaces copiados tras:</translation>
    </message>
    <message>
        <source>Codes and links are marked as secret so clipboard managers do not keep them. Mayfly clears them only if they are still on the clipboard.</source>
        <translation>Los códigos y enlaces se marcan como secretos para que los gestores del portapapeles no los guarden. Mayfly solo los borra si siguen en el portapapeles.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Notify me when a message arrives</source>
        <translation>Avisarme cuando llegue un mensaje</translation>
    </message>
    <message>
        <source>Show the verification code in the notification</source>
        <translation>Mostrar el código de verificación en la notificación</translation>
    </message>
    <message>
        <source>Notifications may be kept in your desktop&apos;s history and shown on a locked screen. Without this option they only say that a code was received.</source>
        <translation>Las notificaciones pueden quedar en el historial del escritorio y mostrarse en la pantalla de bloqueo. Sin esta opción solo dicen que ha llegado un código.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Start in the system tray, without opening the window</source>
        <translation>Iniciar en la bandeja del sistema, sin abrir la ventana</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Seguir en la bandeja al cerrar la ventana</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Bandeja del sistema</translation>
    </message>
    <message>
        <source>While Mayfly runs in the tray it keeps receiving mail and deleting what has expired. Quit from the tray menu to stop it.</source>
        <translation>En la bandeja, Mayfly sigue recibiendo correo y borrando lo que ha caducado. Ciérrelo desde el menú de la bandeja.</translation>
    </message>
    <message>
        <source>A new language takes effect when Mayfly restarts.</source>
        <translation>Un nuevo idioma se aplica al reiniciar Mayfly.</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Este escritorio no tiene bandeja del sistema.</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de los ajustes</translation>
    </message>
    <message>
        <source>Show the sender and subject in the notification</source>
        <translation>Mostrar el remitente y el asunto en la notificación</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::SourcePicker</name>
    <message>
        <source>Private mailbox</source>
        <translation>Buzón privado</translation>
    </message>
    <message>
        <source>Readable with its session token</source>
        <translation>Legible con su token de sesión</translation>
    </message>
    <message>
        <source>Public inbox: anyone who knows the address can read it</source>
        <translation>Buzón público: cualquiera que conozca la dirección puede leerlo</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>A relay on this computer, for testing your own application&apos;s mail. Private; nothing leaves this machine; addresses live 24 hours.</source>
        <translation>Un relé en este equipo, para probar el correo de su propia aplicación. Privado; nada sale de esta máquina; las direcciones duran 24 horas.</translation>
    </message>
    <message>
        <source>Your own relay</source>
        <translation>Su propio relé</translation>
    </message>
    <message>
        <source>Addresses from</source>
        <translation>Direcciones de</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL del servidor:</translation>
    </message>
    <message>
        <source>Creation key:</source>
        <translation>Clave de creación:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Direct (no proxy)</source>
        <translation>Directa (sin proxy)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy del sistema</translation>
    </message>
    <message>
        <source>SOCKS5, names resolved by the proxy (Tor)</source>
        <translation>SOCKS5, el proxy resuelve los nombres (Tor)</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
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
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Kept encrypted in your profile, never in plain text.</source>
        <translation>Se guarda cifrada en su perfil, nunca en texto plano.</translation>
    </message>
    <message>
        <source>Where addresses come from</source>
        <translation>De dónde vienen las direcciones</translation>
    </message>
</context>
</TS>
