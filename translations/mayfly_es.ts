<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
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
    <name>mayfly::ui::FirstRunDialog</name>
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
        <source>Welcome to Mayfly</source>
        <translation>Bienvenido a Mayfly</translation>
    </message>
    <message>
        <source>Where should your throwaway addresses come from? You can change this later.</source>
        <translation>¿De dónde deben salir sus direcciones desechables? Puede cambiarlo más adelante.</translation>
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
</context>
<context>
    <name>mayfly::ui::MessageView</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
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
</context>
</TS>
