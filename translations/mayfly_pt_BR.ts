<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>RetentionChoice</name>
    <message>
        <source>until the address expires</source>
        <translation>até o endereço expirar</translation>
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
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No keychain</source>
        <translation>Sem chaveiro</translation>
    </message>
    <message>
        <source>Mayfly keeps its encryption key in your system keychain, which is not available:
%1

You can protect your data with a passphrase instead, or use a session that writes nothing to disk.</source>
        <translation>O Mayfly guarda sua chave de criptografia no chaveiro do sistema, que não está disponível:
%1

Você pode proteger seus dados com uma frase secreta ou usar uma sessão que não grava nada no disco.</translation>
    </message>
    <message>
        <source>Use a passphrase...</source>
        <translation>Usar uma frase secreta...</translation>
    </message>
    <message>
        <source>Memory only</source>
        <translation>Somente na memória</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>Passphrase for this profile:</source>
        <translation>Frase secreta deste perfil:</translation>
    </message>
    <message>
        <source>Throwaway e-mail addresses, with mail shown in a view that cannot run scripts or reach the network.</source>
        <translation>Endereços de e-mail descartáveis, com as mensagens exibidas numa visualização que não executa scripts nem acessa a rede.</translation>
    </message>
    <message>
        <source>Use DIR as the data directory.</source>
        <translation>Usar DIR como pasta de dados.</translation>
    </message>
    <message>
        <source>Write nothing to disk.</source>
        <translation>Não gravar nada no disco.</translation>
    </message>
    <message>
        <source>Do not start the local relay.</source>
        <translation>Não iniciar o relay local.</translation>
    </message>
    <message>
        <source>Message files (.eml) to show read-only.</source>
        <translation>Arquivos de mensagem (.eml) a exibir somente para leitura.</translation>
    </message>
    <message>
        <source>Mayfly</source>
        <translation>Mayfly</translation>
    </message>
    <message>
        <source>Mayfly could not open its data:
%1</source>
        <translation>O Mayfly não conseguiu abrir seus dados:
%1</translation>
    </message>
</context>
<context>
    <name>mayfly::core::Error</name>
    <message>
        <source>invalid input</source>
        <translation>entrada inválida</translation>
    </message>
    <message>
        <source>limit exceeded</source>
        <translation>limite excedido</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>não encontrado</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>já existe</translation>
    </message>
    <message>
        <source>i/o error</source>
        <translation>erro de entrada/saída</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>disco cheio</translation>
    </message>
    <message>
        <source>cryptographic failure</source>
        <translation>falha criptográfica</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erro de rede</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tempo esgotado</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite de requisições atingido</translation>
    </message>
    <message>
        <source>provider unavailable</source>
        <translation>provedor indisponível</translation>
    </message>
    <message>
        <source>bad credential</source>
        <translation>credencial inválida</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirado</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>sem suporte</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>chaveiro indisponível</translation>
    </message>
    <message>
        <source>written by a newer version</source>
        <translation>gravado por uma versão mais recente</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>erro interno</translation>
    </message>
</context>
<context>
    <name>mayfly::core::html::LinkAnalyzer</name>
    <message>
        <source>goes through %1&apos;s click tracking</source>
        <translation>passa pelo rastreamento de cliques de %1</translation>
    </message>
    <message>
        <source>redirect wrapper removed; destination %1</source>
        <translation>redirecionamento intermediário removido; destino: %1</translation>
    </message>
    <message>
        <source>the host is an IP address (%1)</source>
        <translation>o host é um endereço IP (%1)</translation>
    </message>
    <message>
        <source>internationalised host; its real name is %1</source>
        <translation>host internacionalizado; o nome real é %1</translation>
    </message>
    <message>
        <source>the host mixes scripts (%1)</source>
        <translation>o host mistura sistemas de escrita (%1)</translation>
    </message>
    <message>
        <source>not encrypted (http)</source>
        <translation>sem criptografia (http)</translation>
    </message>
    <message>
        <source>the part before @ is not the host; the real host is %1</source>
        <translation>a parte antes de @ não é o host; o host real é %1</translation>
    </message>
    <message>
        <source>the text names %1 but the link goes to %2</source>
        <translation>o texto diz %1, mas o link leva a %2</translation>
    </message>
</context>
<context>
    <name>mayfly::core::html::Sanitizer</name>
    <message>
        <source>known tracker domain</source>
        <translation>domínio de rastreamento conhecido</translation>
    </message>
    <message>
        <source>the URL identifies you (your address or a hash of it)</source>
        <translation>a URL identifica você (seu endereço ou um hash dele)</translation>
    </message>
    <message>
        <source>tracking pixel (tiny or invisible image)</source>
        <translation>pixel de rastreamento (imagem minúscula ou invisível)</translation>
    </message>
    <message>
        <source>remote image</source>
        <translation>imagem remota</translation>
    </message>
    <message>
        <source>remote CSS resource</source>
        <translation>recurso CSS remoto</translation>
    </message>
    <message>
        <source>remote font</source>
        <translation>fonte remota</translation>
    </message>
    <message>
        <source>prefetch, preconnect or ping</source>
        <translation>pré-carregamento, pré-conexão ou ping</translation>
    </message>
    <message>
        <source>form submission target</source>
        <translation>destino de envio de formulário</translation>
    </message>
    <message>
        <source>meta refresh redirect</source>
        <translation>redirecionamento por meta refresh</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>embedded frame</source>
        <translation>quadro incorporado</translation>
    </message>
    <message>
        <source>plug-in object</source>
        <translation>objeto de plug-in</translation>
    </message>
    <message>
        <source>audio or video</source>
        <translation>áudio ou vídeo</translation>
    </message>
    <message>
        <source>script</source>
        <translation>script</translation>
    </message>
    <message>
        <source>responsive image candidate (srcset)</source>
        <translation>variante de imagem responsiva (srcset)</translation>
    </message>
    <message>
        <source>background image attribute</source>
        <translation>atributo de imagem de fundo</translation>
    </message>
    <message>
        <source>remote reference</source>
        <translation>referência remota</translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: the HTML is larger than %n MiB</source>
        <translation>
            <numerusform>exibido como texto simples: o HTML tem mais de %n MiB</numerusform>
            <numerusform>exibido como texto simples: o HTML tem mais de %n MiB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: an element has more than %n attributes</source>
        <translation>
            <numerusform>exibido como texto simples: um elemento tem mais de %n atributo</numerusform>
            <numerusform>exibido como texto simples: um elemento tem mais de %n atributos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: the HTML is nested deeper than %n levels</source>
        <translation>
            <numerusform>exibido como texto simples: o HTML tem mais de %n nível de aninhamento</numerusform>
            <numerusform>exibido como texto simples: o HTML tem mais de %n níveis de aninhamento</numerusform>
        </translation>
    </message>
    <message>
        <source>image bytes are not an allowed raster format</source>
        <translation>os bytes da imagem não são um formato raster permitido</translation>
    </message>
</context>
<context>
    <name>mayfly::core::mime::MimeParser</name>
    <message>
        <source>a header name is invalid; parts of the message may be skipped</source>
        <translation>um nome de cabeçalho é inválido; partes da mensagem podem ter sido ignoradas</translation>
    </message>
    <message>
        <source>conflicting headers</source>
        <translation>cabeçalhos conflitantes</translation>
    </message>
    <message>
        <source>conflicting header parameters</source>
        <translation>parâmetros de cabeçalho conflitantes</translation>
    </message>
    <message>
        <source>a multipart has no boundary</source>
        <translation>uma parte multipart não tem delimitador (boundary)</translation>
    </message>
    <message>
        <source>MIME nesting is too deep</source>
        <translation>o aninhamento MIME é profundo demais</translation>
    </message>
    <message>
        <source>a MIME part has neither headers nor content</source>
        <translation>uma parte MIME não tem cabeçalhos nem conteúdo</translation>
    </message>
    <message>
        <source>the message is truncated</source>
        <translation>a mensagem está truncada</translation>
    </message>
    <message>
        <source>a multipart has no parts</source>
        <translation>uma parte multipart não contém partes</translation>
    </message>
    <message>
        <source>the message is malformed</source>
        <translation>a mensagem está malformada</translation>
    </message>
    <message>
        <source>unknown charset &quot;%1&quot;; shown as UTF-8 or Windows-1252</source>
        <translation>conjunto de caracteres desconhecido &quot;%1&quot;; exibido como UTF-8 ou Windows-1252</translation>
    </message>
    <message numerus="yes">
        <source>more than %n MIME parts; the rest is not shown</source>
        <translation>
            <numerusform>mais de %n parte MIME; o restante não é exibido</numerusform>
            <numerusform>mais de %n partes MIME; o restante não é exibido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MIME nesting deeper than %n; the rest is not shown</source>
        <translation>
            <numerusform>aninhamento MIME com mais de %n nível; o restante não é exibido</numerusform>
            <numerusform>aninhamento MIME com mais de %n níveis; o restante não é exibido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a part decodes to more than %n MiB; it was cut</source>
        <translation>
            <numerusform>uma parte passa de %n MiB depois de decodificada; ela foi cortada</numerusform>
            <numerusform>uma parte passa de %n MiB depois de decodificada; ela foi cortada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the decoded message exceeds %n MiB; the rest is not shown</source>
        <translation>
            <numerusform>a mensagem decodificada passa de %n MiB; o restante não é exibido</numerusform>
            <numerusform>a mensagem decodificada passa de %n MiB; o restante não é exibido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the message is larger than %n MiB; the rest was cut</source>
        <translation>
            <numerusform>a mensagem tem mais de %n MiB; o restante foi cortado</numerusform>
            <numerusform>a mensagem tem mais de %n MiB; o restante foi cortado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the header section is larger than %n KiB; the rest of it was dropped</source>
        <translation>
            <numerusform>a seção de cabeçalhos tem mais de %n KiB; o restante foi descartado</numerusform>
            <numerusform>a seção de cabeçalhos tem mais de %n KiB; o restante foi descartado</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden or control characters were removed from the subject</source>
        <translation>caracteres ocultos ou de controle foram removidos do assunto</translation>
    </message>
    <message numerus="yes">
        <source>the message names %n senders; the first is shown</source>
        <translation>
            <numerusform>a mensagem indica %n remetente; o primeiro é exibido</numerusform>
            <numerusform>a mensagem indica %n remetentes; o primeiro é exibido</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden or control characters were removed from the sender name</source>
        <translation>caracteres ocultos ou de controle foram removidos do nome do remetente</translation>
    </message>
    <message>
        <source>the sender name contains an address; the real sender is %1</source>
        <translation>o nome do remetente contém um endereço; o remetente real é %1</translation>
    </message>
    <message>
        <source>the sender address is malformed</source>
        <translation>o endereço do remetente está malformado</translation>
    </message>
    <message>
        <source>the input is not a MIME message; shown as text</source>
        <translation>a entrada não é uma mensagem MIME; exibida como texto</translation>
    </message>
    <message>
        <source>the message is malformed in a way that can hide content; shown as plain text</source>
        <translation>a mensagem está malformada de um jeito que pode esconder conteúdo; exibida como texto simples</translation>
    </message>
</context>
<context>
    <name>mayfly::core::mime::render</name>
    <message>
        <source>This message is malformed in a way that can hide or fake content. It is shown as plain text.</source>
        <translation>Esta mensagem está malformada de um jeito que pode esconder ou falsificar conteúdo. Ela é mostrada como texto simples.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Export</name>
    <message numerus="yes">
        <source>the credentials need a passphrase of at least %n characters</source>
        <translation>
            <numerusform>as credenciais precisam de uma frase secreta com pelo menos %n caractere</numerusform>
            <numerusform>as credenciais precisam de uma frase secreta com pelo menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>pasta não encontrada: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>não foi possível criar %1</translation>
    </message>
    <message>
        <source>not a Mayfly credentials file</source>
        <translation>não é um arquivo de credenciais do Mayfly</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Inventory</name>
    <message>
        <source>process memory (--memory-only)</source>
        <translation>memória do processo (--memory-only)</translation>
    </message>
    <message>
        <source>throwaway addresses and their labels</source>
        <translation>endereços descartáveis e seus rótulos</translation>
    </message>
    <message>
        <source>deleted when the address expires, here and at the provider</source>
        <translation>excluídos quando o endereço expira, aqui e no provedor</translation>
    </message>
    <message>
        <source>provider passwords, tokens and relay keys</source>
        <translation>senhas e tokens dos provedores, chaves do relay</translation>
    </message>
    <message>
        <source>deleted with their address</source>
        <translation>excluídos junto com o endereço</translation>
    </message>
    <message>
        <source>raw message sources (RFC 5322)</source>
        <translation>código-fonte bruto das mensagens (RFC 5322)</translation>
    </message>
    <message numerus="yes">
        <source>deleted %n h after arrival unless the address says otherwise</source>
        <translation>
            <numerusform>excluídas %n h após a chegada, a menos que o endereço defina outra coisa</numerusform>
            <numerusform>excluídas %n h após a chegada, a menos que o endereço defina outra coisa</numerusform>
        </translation>
    </message>
    <message>
        <source>sender, subject and preview of each message</source>
        <translation>remetente, assunto e prévia de cada mensagem</translation>
    </message>
    <message>
        <source>deleted with their message</source>
        <translation>excluídos junto com a mensagem</translation>
    </message>
    <message>
        <source>messages with attachments (kept inside the raw source, never as files)</source>
        <translation>mensagens com anexos (guardados no código-fonte bruto, nunca como arquivos)</translation>
    </message>
    <message>
        <source>preferences (nothing secret)</source>
        <translation>preferências (nada secreto)</translation>
    </message>
    <message>
        <source>kept until you wipe</source>
        <translation>mantido até você apagar tudo</translation>
    </message>
    <message>
        <source>the store&apos;s master key (keychain entry)</source>
        <translation>a chave mestra do banco de dados (item do chaveiro)</translation>
    </message>
    <message>
        <source>%1: service &quot;%2&quot;, entry &quot;%3&quot;</source>
        <translation>%1: serviço &quot;%2&quot;, item &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the store&apos;s master key, wrapped with your passphrase (scrypt)</source>
        <translation>a chave mestra do banco de dados, protegida pela sua frase secreta (scrypt)</translation>
    </message>
    <message>
        <source>the store&apos;s master key</source>
        <translation>a chave mestra do banco de dados</translation>
    </message>
    <message>
        <source>process memory</source>
        <translation>memória do processo</translation>
    </message>
    <message>
        <source>gone when the program exits</source>
        <translation>some quando o programa é fechado</translation>
    </message>
    <message>
        <source>the SQLite database (sealed rows)</source>
        <translation>o banco de dados SQLite (linhas seladas)</translation>
    </message>
    <message>
        <source>SQLite&apos;s write-ahead log (truncated after every deletion)</source>
        <translation>o log de escrita antecipada do SQLite (esvaziado após cada exclusão)</translation>
    </message>
    <message>
        <source>SQLite&apos;s shared-memory index for the log</source>
        <translation>o índice em memória compartilhada do SQLite para o log</translation>
    </message>
    <message>
        <source>a counter that tells other Mayfly windows to refresh (no content)</source>
        <translation>um contador que avisa outras janelas do Mayfly para se atualizarem (sem conteúdo)</translation>
    </message>
    <message>
        <source>removed when you wipe</source>
        <translation>removido ao apagar tudo</translation>
    </message>
    <message>
        <source>network activity log (host, method, path, status, bytes)</source>
        <translation>registro de atividade de rede (host, método, caminho, status, bytes)</translation>
    </message>
    <message>
        <source>process memory (never written to disk)</source>
        <translation>memória do processo (nunca gravada em disco)</translation>
    </message>
    <message>
        <source>(janitor last deleted some at %1)</source>
        <translation>(a limpeza automática excluiu alguns pela última vez em %1)</translation>
    </message>
    <message>
        <source>the local relay&apos;s database (&quot;This computer&quot;): address names, token hashes and sealed mail</source>
        <translation>o banco de dados do relay local (&quot;Este computador&quot;): nomes de endereços, hashes de tokens e e-mails selados</translation>
    </message>
    <message>
        <source>memory of the local relay process (--memory-only)</source>
        <translation>memória do processo do relay local (--memory-only)</translation>
    </message>
    <message>
        <source>gone when Mayfly exits</source>
        <translation>some quando o Mayfly é fechado</translation>
    </message>
    <message>
        <source>each address and its mail when the address expires; the folder is deleted by Delete everything (the relay is stopped first)</source>
        <translation>cada endereço e seus e-mails quando o endereço expira; a pasta é apagada por &quot;Apagar tudo&quot; (o relay é parado antes)</translation>
    </message>
    <message>
        <source>local relay file %1</source>
        <translation>arquivo do relay local %1</translation>
    </message>
    <message>
        <source>deleted by Delete everything</source>
        <translation>apagado por &quot;Apagar tudo&quot;</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Wipe</name>
    <message>
        <source>cannot remove %1</source>
        <translation>não foi possível remover %1</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::ZipWriter</name>
    <message>
        <source>cannot write the archive: %1</source>
        <translation>não foi possível gravar o arquivo compactado: %1</translation>
    </message>
    <message>
        <source>too many files for a ZIP archive</source>
        <translation>arquivos demais para um ZIP</translation>
    </message>
    <message>
        <source>the export is too large for a ZIP archive</source>
        <translation>a exportação é grande demais para um ZIP</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::GuerrillaMailProvider</name>
    <message>
        <source>Addresses live 60 minutes (renewable); messages are deleted after about an hour. Anyone who knows the name can read the inbox.</source>
        <translation>Os endereços duram 60 minutos (renováveis); as mensagens são excluídas após cerca de uma hora. Qualquer pessoa que conheça o nome pode ler a caixa.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::InbucketProvider</name>
    <message>
        <source>Kept until the server&apos;s retention ends (24 hours by default). No access control: everyone who can reach the server reads every mailbox.</source>
        <translation>Mantido até o fim da retenção do servidor (24 horas por padrão). Sem controle de acesso: quem alcança o servidor lê todas as caixas.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::MailTmProvider</name>
    <message>
        <source>Messages are deleted by the provider after about 7 days; the account stays until deleted.</source>
        <translation>O provedor exclui as mensagens após cerca de 7 dias; a conta permanece até ser excluída.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::MailpitProvider</name>
    <message>
        <source>Kept until the server prunes it (500 messages by default). No per-mailbox privacy: everyone who can reach the server reads every address.</source>
        <translation>Mantido até o servidor fazer a limpeza (500 mensagens por padrão). Sem privacidade por caixa: quem alcança o servidor lê todos os endereços.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::Provider</name>
    <message>
        <source>private</source>
        <comment>privacy label: a credential per mailbox</comment>
        <translation>privada</translation>
    </message>
    <message>
        <source>token</source>
        <comment>privacy label: readable by whoever holds the session token</comment>
        <translation>token</translation>
    </message>
    <message>
        <source>public</source>
        <comment>privacy label: anyone who knows the address can read it</comment>
        <translation>pública</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::RelayProvider</name>
    <message>
        <source>Mayfly relay</source>
        <translation>Relay do Mayfly</translation>
    </message>
    <message>
        <source>Messages are kept, sealed to your key, until the address expires or you delete it.</source>
        <translation>As mensagens ficam guardadas, seladas com a sua chave, até o endereço expirar ou você excluí-lo.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::secrets::KeychainSecretStore</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>o chaveiro não respondeu</translation>
    </message>
</context>
<context>
    <name>mayfly::core::secrets::PassphraseKey</name>
    <message>
        <source>empty passphrase</source>
        <translation>frase secreta vazia</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>frase secreta incorreta</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Migrations</name>
    <message>
        <source>this store has schema version %1 but this Mayfly understands up to %2; use a newer Mayfly or another --profile</source>
        <translation>este banco de dados tem a versão de esquema %1, mas este Mayfly só entende até a %2; use um Mayfly mais recente ou outro --profile</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Profile</name>
    <message>
        <source>this profile is protected by a passphrase: set MAYFLY_PASSPHRASE (or type it when asked)</source>
        <translation>este perfil é protegido por uma frase secreta: defina MAYFLY_PASSPHRASE (ou digite-a quando for pedida)</translation>
    </message>
    <message>
        <source>the keychain has no key for this profile although it holds data (%1). Unlock your keyring (a locked keyring answers &quot;not found&quot;) and try again; Mayfly never starts over while data exists</source>
        <translation>o chaveiro não tem chave para este perfil, embora ele contenha dados (%1). Desbloqueie seu chaveiro (um chaveiro bloqueado responde &quot;não encontrado&quot;) e tente de novo; o Mayfly nunca recomeça do zero enquanto houver dados</translation>
    </message>
    <message>
        <source>cannot read this profile&apos;s key from the keychain (%1). Start or unlock your keyring and try again</source>
        <translation>não foi possível ler a chave deste perfil no chaveiro (%1). Inicie ou desbloqueie seu chaveiro e tente de novo</translation>
    </message>
    <message>
        <source>Choose a passphrase instead (set MAYFLY_PASSPHRASE) or run with --memory-only, which writes nothing</source>
        <translation>Escolha uma frase secreta (defina MAYFLY_PASSPHRASE) ou execute com --memory-only, que não grava nada</translation>
    </message>
    <message>
        <source>no usable keychain (%1). %2</source>
        <extracomment>%1 is the keychain&apos;s own reason (technical); %2 says how to go on</extracomment>
        <translation>nenhum chaveiro utilizável (%1). %2</translation>
    </message>
    <message>
        <source>cannot store a key in the keychain (%1). %2</source>
        <extracomment>%1 is the keychain&apos;s own reason (technical); %2 says how to go on</extracomment>
        <translation>não foi possível guardar uma chave no chaveiro (%1). %2</translation>
    </message>
    <message>
        <source>the store is wiped but the keychain entry could not be removed (%1)</source>
        <translation>o banco de dados foi apagado, mas o item do chaveiro não pôde ser removido (%1)</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Store</name>
    <message>
        <source>%1: the disk is full; free some space and try again (nothing stored was lost)</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1: o disco está cheio; libere espaço e tente de novo (nada do que estava guardado foi perdido)</translation>
    </message>
    <message>
        <source>%1: the store is busy in another Mayfly process</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1: o banco de dados está ocupado por outro processo do Mayfly</translation>
    </message>
    <message>
        <source>%1: the store file is damaged or not a Mayfly store</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1: o arquivo do banco de dados está danificado ou não é do Mayfly</translation>
    </message>
    <message>
        <source>cannot create the profile folder %1</source>
        <translation>não foi possível criar a pasta do perfil %1</translation>
    </message>
    <message>
        <source>this key does not open the store (wrong passphrase, or another profile&apos;s key)</source>
        <translation>esta chave não abre o banco de dados (frase secreta incorreta ou chave de outro perfil)</translation>
    </message>
    <message>
        <source>the store is locked</source>
        <translation>o banco de dados está bloqueado</translation>
    </message>
    <message>
        <source>a sealed value failed to open (damaged or moved row)</source>
        <translation>não foi possível abrir um valor selado (linha danificada ou movida)</translation>
    </message>
    <message>
        <source>retention must be between 10 minutes and 30 days</source>
        <translation>a retenção deve ficar entre 10 minutos e 30 dias</translation>
    </message>
    <message>
        <source>this address is already stored</source>
        <translation>este endereço já está salvo</translation>
    </message>
    <message>
        <source>no such address (it may have expired)</source>
        <translation>endereço não encontrado (talvez tenha expirado)</translation>
    </message>
    <message>
        <source>no such address</source>
        <translation>endereço não encontrado</translation>
    </message>
    <message>
        <source>no such message (it may have expired)</source>
        <translation>mensagem não encontrada (talvez tenha expirado)</translation>
    </message>
    <message>
        <source>no such message</source>
        <translation>mensagem não encontrada</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>não foi possível remover %1</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::AddressListModel</name>
    <message>
        <source>expired</source>
        <translation>expirado</translation>
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
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>expira em %1</translation>
    </message>
    <message>
        <source>Private: only Mayfly holds the credential for this mailbox.</source>
        <translation>Privada: só o Mayfly tem a credencial desta caixa de correio.</translation>
    </message>
    <message>
        <source>Token: anyone holding the session token can read this mailbox.</source>
        <translation>Token: qualquer pessoa com o token da sessão pode ler esta caixa de correio.</translation>
    </message>
    <message>
        <source>Public: anyone who knows this address can read its mail.</source>
        <translation>Pública: qualquer pessoa que conheça este endereço pode ler as mensagens dele.</translation>
    </message>
    <message>
        <source>All addresses</source>
        <translation>Todos os endereços</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n endereço</numerusform>
            <numerusform>%n endereços</numerusform>
        </translation>
    </message>
    <message>
        <source>The messages of every address, newest first.</source>
        <translation>As mensagens de todos os endereços, as mais recentes primeiro.</translation>
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
        <translation>Abrir link...</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copiar o código</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>Código de verificação:</translation>
    </message>
    <message>
        <source>Confirmation link:</source>
        <translation>Link de confirmação:</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::DeletionTimeline</name>
    <message>
        <source>Deletion timeline</source>
        <translation>Linha do tempo de exclusões</translation>
    </message>
    <message>
        <source>No deletion is scheduled in the next days.</source>
        <translation>Nenhuma exclusão está programada para os próximos dias.</translation>
    </message>
    <message>
        <source>Next deletion: %1</source>
        <translation>Próxima exclusão: %1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Endereço %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(remetente desconhecido)</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>Mensagem de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) deleted</source>
        <translation>
            <numerusform>%1: %n item excluído</numerusform>
            <numerusform>%1: %n itens excluídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left afterwards: %n item(s), %1</source>
        <translation>
            <numerusform>Restará depois: %n item, %1</numerusform>
            <numerusform>Restarão depois: %n itens, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>Nothing stored</source>
        <translation>Nada armazenado</translation>
    </message>
    <message numerus="yes">
        <source>next deletion in %n minute(s)</source>
        <translation>
            <numerusform>próxima exclusão em %n minuto</numerusform>
            <numerusform>próxima exclusão em %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next deletion in %n hour(s)</source>
        <translation>
            <numerusform>próxima exclusão em %n hora</numerusform>
            <numerusform>próxima exclusão em %n horas</numerusform>
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
        <translation>Não foi possível salvar as configurações: %1</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Mayfly</source>
        <translation>Boas-vindas ao Mayfly</translation>
    </message>
    <message>
        <source>Where should your throwaway addresses come from? You can change this later.</source>
        <translation>De onde devem vir seus endereços descartáveis? Você pode mudar isso depois.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::LinkDialog</name>
    <message>
        <source>Open link?</source>
        <translation>Abrir o link?</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Exibido como:</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>Leva para:</translation>
    </message>
    <message>
        <source>Without tracking:</source>
        <translation>Sem rastreamento:</translation>
    </message>
    <message>
        <source>Open without tracking</source>
        <translation>Abrir sem rastreamento</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Abrir o original</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::LocalRelay</name>
    <message>
        <source>mayfly-relay was not found next to Mayfly.</source>
        <translation>O mayfly-relay não foi encontrado junto ao Mayfly.</translation>
    </message>
    <message>
        <source>The local relay stopped (exit code %1).</source>
        <translation>O relay local parou (código de saída %1).</translation>
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
        <translation>&amp;Novo endereço</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar endereço</translation>
    </message>
    <message>
        <source>&amp;Delete address</source>
        <translation>&amp;Excluir endereço</translation>
    </message>
    <message>
        <source>Delete &amp;message</source>
        <translation>Excluir &amp;mensagem</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>Enviar uma mensagem de &amp;teste</translation>
    </message>
    <message>
        <source>&amp;Open message file...</source>
        <translation>&amp;Abrir arquivo de mensagem...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Pesquisar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Endereço</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensagem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Endereços</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Pesquisar mensagens</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Pesquisar em todas as mensagens</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Local relay: SMTP on 127.0.0.1:%1</source>
        <translation>Relay local: SMTP em 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Local relay: starting...</source>
        <translation>Relay local: iniciando...</translation>
    </message>
    <message>
        <source>Local relay stopped</source>
        <translation>Relay local parado</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 copiado para a área de transferência</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>A code was received.</source>
        <translation>Um código chegou.</translation>
    </message>
    <message>
        <source>New message for %1</source>
        <translation>Nova mensagem para %1</translation>
    </message>
    <message numerus="yes">
        <source>Mayfly (%n unread)</source>
        <translation>
            <numerusform>Mayfly (%n não lida)</numerusform>
            <numerusform>Mayfly (%n não lidas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mayfly: %n unread</source>
        <translation>
            <numerusform>Mayfly: %n não lida</numerusform>
            <numerusform>Mayfly: %n não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>Não foi possível ler a mensagem: %1</translation>
    </message>
    <message>
        <source>Creating an address...</source>
        <translation>Criando um endereço...</translation>
    </message>
    <message>
        <source>Delete address</source>
        <translation>Excluir endereço</translation>
    </message>
    <message>
        <source>Delete %1 and all its mail, here and at the provider?</source>
        <translation>Excluir %1 e todas as mensagens dele, aqui e no provedor?</translation>
    </message>
    <message>
        <source>Test message sent</source>
        <translation>Mensagem de teste enviada</translation>
    </message>
    <message>
        <source>Sending the test message failed: %1</source>
        <translation>Falha ao enviar a mensagem de teste: %1</translation>
    </message>
    <message>
        <source>Open message file</source>
        <translation>Abrir arquivo de mensagem</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml *.msg *.txt);;All files (*)</source>
        <translation>Mensagens de e-mail (*.eml *.msg *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>&amp;Privacy dashboard</source>
        <translation>Painel de &amp;privacidade</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacidade</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found in all addresses</source>
        <translation>
            <numerusform>%n mensagem encontrada em todos os endereços</numerusform>
            <numerusform>%n mensagens encontradas em todos os endereços</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Mayfly</source>
        <translation>Mostrar o Mayfly</translation>
    </message>
    <message>
        <source>&amp;Label address...</source>
        <translation>&amp;Rotular endereço...</translation>
    </message>
    <message>
        <source>E&amp;xtend address</source>
        <translation>&amp;Prolongar endereço</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Configurações...</translation>
    </message>
    <message>
        <source>Label address</source>
        <translation>Rotular endereço</translation>
    </message>
    <message>
        <source>What is %1 for? (for example &quot;used on example.com&quot;)</source>
        <translation>Para que serve %1? (por exemplo “usado em example.com”)</translation>
    </message>
    <message>
        <source>Extending %1...</source>
        <translation>Prolongando %1...</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Não foi possível salvar as configurações: %1</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Configurações salvas</translation>
    </message>
    <message>
        <source>Settings saved. The local relay starts the next time Mayfly starts.</source>
        <translation>Configurações salvas. O relay local será iniciado na próxima vez que o Mayfly abrir.</translation>
    </message>
    <message>
        <source>Settings saved. The new language takes effect when Mayfly restarts.</source>
        <translation>Configurações salvas. O novo idioma vale quando o Mayfly for reiniciado.</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
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
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
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
            <numerusform>%n imagem remota</numerusform>
            <numerusform>%n imagens remotas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other remote reference(s)</source>
        <translation>
            <numerusform>%n outra referência remota</numerusform>
            <numerusform>%n outras referências remotas</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: %1 removed</source>
        <translation>Bloqueado e removido: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Código-fonte</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Attachments are never opened. Double-click to save one.</source>
        <translation>Os anexos nunca são abertos. Clique duas vezes para salvar um.</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Nenhuma mensagem selecionada</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>Careful: the sender&apos;s name contains an address; the real sender is %1</source>
        <translation>Cuidado: o nome do remetente contém um endereço; o remetente real é %1</translation>
    </message>
    <message>
        <source>This message is malformed and is shown as plain text.</source>
        <translation>Esta mensagem está malformada e é exibida como texto simples.</translation>
    </message>
    <message>
        <source>Open message file</source>
        <translation>Abrir arquivo de mensagem</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 25 MiB.</source>
        <translation>%1 tem mais de 25 MiB.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (somente leitura)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Salvar anexo</translation>
    </message>
    <message>
        <source>Saving the attachment failed: %1</source>
        <translation>Falha ao salvar o anexo: %1</translation>
    </message>
    <message>
        <source>%1 is not a message file.</source>
        <translation>%1 não é um arquivo de mensagem.</translation>
    </message>
    <message>
        <source>Message, text and source</source>
        <translation>Mensagem, texto e código-fonte</translation>
    </message>
    <message numerus="yes">
        <source>%n unsafe image(s)</source>
        <translation>
            <numerusform>%n imagem insegura</numerusform>
            <numerusform>%n imagens inseguras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessageView</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::PrivacyDashboard</name>
    <message>
        <source>Export my data to...</source>
        <translation>Exportar meus dados para...</translation>
    </message>
    <message>
        <source>Privacy dashboard</source>
        <translation>Painel de privacidade</translation>
    </message>
    <message>
        <source>&amp;Export my data...</source>
        <translation>&amp;Exportar meus dados...</translation>
    </message>
    <message>
        <source>&amp;Delete everything now...</source>
        <translation>E&amp;xcluir tudo agora...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Criptografado</translation>
    </message>
    <message>
        <source>Next deletion</source>
        <translation>Próxima exclusão</translation>
    </message>
    <message>
        <source>Last deletion</source>
        <translation>Última exclusão</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for:</source>
        <translation>Manter as mensagens de novos endereços por:</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Neste computador</translation>
    </message>
    <message>
        <source>Solid line: items stored. Dashed line: bytes stored. The orange line is the next scheduled deletion; hover a dot to see what goes then.</source>
        <translation>Linha contínua: itens armazenados. Linha tracejada: bytes armazenados. A linha laranja é a próxima exclusão programada; passe o mouse sobre um ponto para ver o que será excluído.</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Próximos 7 dias</translation>
    </message>
    <message>
        <source>What each provider holds about you, and for how long by its own documentation. Mayfly deletes an address at the provider when it expires, where the provider allows it.</source>
        <translation>O que cada provedor guarda sobre você e por quanto tempo, segundo a própria documentação dele. O Mayfly exclui o endereço no provedor quando ele expira, se o provedor permitir.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>O que ele guarda</translation>
    </message>
    <message>
        <source>Provider&apos;s retention</source>
        <translation>Retenção do provedor</translation>
    </message>
    <message>
        <source>At the providers</source>
        <translation>Nos provedores</translation>
    </message>
    <message>
        <source>Host / request</source>
        <translation>Host / requisição</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Bytes recebidos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This log lives in memory only and is gone when Mayfly exits. It never holds query strings, headers or bodies.</source>
        <translation>Este registro existe só na memória e desaparece quando o Mayfly é fechado. Ele nunca guarda parâmetros de consulta, cabeçalhos ou corpos.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>&lt;b&gt;No telemetry, no analytics.&lt;/b&gt; Every request Mayfly makes is in the &lt;a href=&quot;#network&quot;&gt;network log&lt;/a&gt;: only the providers you use appear there.</source>
        <translation>&lt;b&gt;Sem telemetria nem análises.&lt;/b&gt; Cada requisição que o Mayfly faz aparece no &lt;a href=&quot;#network&quot;&gt;registro de rede&lt;/a&gt;: só os provedores que você usa aparecem lá.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No update check.&lt;/b&gt; Nothing is contacted at start-up; see the &lt;a href=&quot;#network&quot;&gt;network log&lt;/a&gt; right after starting.</source>
        <translation>&lt;b&gt;Sem verificação de atualizações.&lt;/b&gt; Nada é contatado na inicialização; veja o &lt;a href=&quot;#network&quot;&gt;registro de rede&lt;/a&gt; logo após abrir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No cookies.&lt;/b&gt; The cookie jar refuses everything; the &lt;a href=&quot;#network&quot;&gt;network tab&lt;/a&gt; checks that it is empty and that no request carried a cookie.</source>
        <translation>&lt;b&gt;Sem cookies.&lt;/b&gt; O armazenamento de cookies recusa tudo; a aba &lt;a href=&quot;#network&quot;&gt;Rede&lt;/a&gt; confere que ele está vazio e que nenhuma requisição levou um cookie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No logs on disk.&lt;/b&gt; The &lt;a href=&quot;#computer&quot;&gt;inventory&lt;/a&gt; lists every file Mayfly writes; there is no log among them.</source>
        <translation>&lt;b&gt;Sem registros no disco.&lt;/b&gt; O &lt;a href=&quot;#computer&quot;&gt;inventário&lt;/a&gt; lista cada arquivo que o Mayfly grava; nenhum deles é um registro.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No plaintext secrets.&lt;/b&gt; Messages, addresses and credentials are sealed with AES-256-GCM; the &lt;a href=&quot;#computer&quot;&gt;inventory&lt;/a&gt; shows what is encrypted. The source: core/store/Store.cpp, core/net/HttpClient.cpp.</source>
        <translation>&lt;b&gt;Nenhum segredo em texto puro.&lt;/b&gt; Mensagens, endereços e credenciais são selados com AES-256-GCM; o &lt;a href=&quot;#computer&quot;&gt;inventário&lt;/a&gt; mostra o que está criptografado. O código-fonte: core/store/Store.cpp, core/net/HttpClient.cpp.</translation>
    </message>
    <message>
        <source>What Mayfly never does</source>
        <translation>O que o Mayfly nunca faz</translation>
    </message>
    <message>
        <source>Nothing is scheduled for deletion in the next 7 days.</source>
        <translation>Nada está programado para exclusão nos próximos 7 dias.</translation>
    </message>
    <message>
        <source>Everything was deleted. Mayfly holds nothing on this computer.</source>
        <translation>Tudo foi excluído. O Mayfly não guarda nada neste computador.</translation>
    </message>
    <message numerus="yes">
        <source>Mayfly holds %n item(s) (%1) on this computer.</source>
        <translation>
            <numerusform>O Mayfly guarda %n item (%1) neste computador.</numerusform>
            <numerusform>O Mayfly guarda %n itens (%1) neste computador.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next deletion is at %1.</source>
        <translation>A próxima exclusão será em %1.</translation>
    </message>
    <message>
        <source>The inventory could not be read: %1</source>
        <translation>Não foi possível ler o inventário: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>until you delete it</source>
        <translation>até você excluir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(remetente desconhecido)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>To %1, received %2</source>
        <translation>Para %1, recebida em %2</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Excluir agora</translation>
    </message>
    <message>
        <source>Delete %1 now</source>
        <translation>Excluir %1 agora</translation>
    </message>
    <message numerus="yes">
        <source>the address and %n message(s)</source>
        <translation>
            <numerusform>o endereço e %n mensagem</numerusform>
            <numerusform>o endereço e %n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>não documentada</translation>
    </message>
    <message>
        <source>Delete at provider</source>
        <translation>Excluir no provedor</translation>
    </message>
    <message>
        <source>The provider offers no deletion</source>
        <translation>O provedor não oferece exclusão</translation>
    </message>
    <message>
        <source>No network client in this window.</source>
        <translation>Nenhum cliente de rede nesta janela.</translation>
    </message>
    <message>
        <source>Proxy: none (direct connections)</source>
        <translation>Proxy: nenhum (conexões diretas)</translation>
    </message>
    <message>
        <source>Proxy: the system&apos;s settings</source>
        <translation>Proxy: as configurações do sistema</translation>
    </message>
    <message>
        <source>Proxy: SOCKS5 %1:%2 (host names resolved by the proxy)</source>
        <translation>Proxy: SOCKS5 %1:%2 (nomes de host resolvidos pelo proxy)</translation>
    </message>
    <message>
        <source>Proxy: HTTP %1:%2</source>
        <translation>Proxy: HTTP %1:%2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>Cookie jar: empty (checked just now).</source>
        <translation>Armazenamento de cookies: vazio (verificado agora).</translation>
    </message>
    <message>
        <source>Cookie jar: NOT empty (%1).</source>
        <translation>Armazenamento de cookies: NÃO está vazio (%1).</translation>
    </message>
    <message>
        <source>No request of this session carried a cookie.</source>
        <translation>Nenhuma requisição desta sessão levou um cookie.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) carried a cookie.</source>
        <translation>
            <numerusform>%n requisição levou um cookie.</numerusform>
            <numerusform>%n requisições levaram um cookie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Providers tried to set %n cookie(s); all were refused.</source>
        <translation>
            <numerusform>Os provedores tentaram definir %n cookie; ele foi recusado.</numerusform>
            <numerusform>Os provedores tentaram definir %n cookies; todos foram recusados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>Não foi possível excluir %1: %2</translation>
    </message>
    <message>
        <source>%1 was deleted at the provider. Mayfly keeps its copy until you delete it here.</source>
        <translation>%1 foi excluído no provedor. O Mayfly mantém sua cópia até você excluí-la aqui.</translation>
    </message>
    <message>
        <source>The provider could not delete %1: %2</source>
        <translation>O provedor não conseguiu excluir %1: %2</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Excluir tudo</translation>
    </message>
    <message>
        <source>Delete every address, message and credential, here and at the providers, and the encryption key? This cannot be undone.</source>
        <translation>Excluir todos os endereços, mensagens e credenciais, aqui e nos provedores, e a chave de criptografia? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>%1: %2 offers no deletion; it keeps the mail for its own retention (%3).</source>
        <translation>%1: %2 não oferece exclusão; ele guarda as mensagens pelo próprio período de retenção (%3).</translation>
    </message>
    <message>
        <source>%1: deleted at the provider.</source>
        <translation>%1: excluído no provedor.</translation>
    </message>
    <message>
        <source>%1: the provider could not delete it: %2</source>
        <translation>%1: o provedor não conseguiu excluí-lo: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Removed from this computer:</source>
        <translation>Removido deste computador:</translation>
    </message>
    <message>
        <source>The local wipe failed: %1</source>
        <translation>A limpeza local falhou: %1</translation>
    </message>
    <message>
        <source>At the providers:</source>
        <translation>Nos provedores:</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Exportar meus dados</translation>
    </message>
    <message>
        <source>Include provider credentials (encrypted with a passphrase)</source>
        <translation>Incluir as credenciais dos provedores (criptografadas com uma frase secreta)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase secreta:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Choose folder and export</source>
        <translation>Escolher pasta e exportar</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>As frases secretas não coincidem.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n address(es)</source>
        <translation>
            <numerusform>%n endereço exportado</numerusform>
            <numerusform>%n endereços exportados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n message(s) to:</source>
        <translation>
            <numerusform>e %n mensagem para:</numerusform>
            <numerusform>e %n mensagens para:</numerusform>
        </translation>
    </message>
    <message>
        <source>The credentials are in %1, encrypted with your passphrase.</source>
        <translation>As credenciais estão em %1, criptografadas com sua frase secreta.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retenção</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>Não foi possível salvar a configuração: %1</translation>
    </message>
    <message>
        <source>window size and notification choices (nothing secret)</source>
        <translation>tamanho da janela e escolhas de notificação (nada secreto)</translation>
    </message>
    <message>
        <source>removed when you wipe</source>
        <translation>removido ao apagar tudo</translation>
    </message>
    <message>
        <source>at %1, created %2</source>
        <translation>em %1, criado em %2</translation>
    </message>
    <message>
        <source>to %1, received %2</source>
        <translation>para %1, recebida em %2</translation>
    </message>
    <message>
        <source>(this address expires %1)</source>
        <translation>(este endereço expira em %1)</translation>
    </message>
    <message>
        <source>Deleting at the providers, then on this computer...</source>
        <translation>Excluindo nos provedores e depois neste computador...</translation>
    </message>
    <message>
        <source>Addresses, labels and every message as an .eml file, with a README, in a new folder or .zip file. It holds your mail in readable form: keep it safe.</source>
        <translation>Endereços, rótulos e cada mensagem como arquivo .eml, com um README, numa pasta nova ou num arquivo .zip. Ele guarda suas mensagens em forma legível: mantenha-o em segurança.</translation>
    </message>
    <message>
        <source>As one .zip file instead of a folder</source>
        <translation>Como um único arquivo .zip em vez de uma pasta</translation>
    </message>
    <message>
        <source>Privacy dashboard sections</source>
        <translation>Seções do painel de privacidade</translation>
    </message>
    <message>
        <source>What Mayfly stores</source>
        <translation>O que o Mayfly guarda</translation>
    </message>
    <message>
        <source>What each provider holds</source>
        <translation>O que cada provedor guarda</translation>
    </message>
    <message>
        <source>Network requests of this session</source>
        <translation>Requisições de rede desta sessão</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::Session</name>
    <message>
        <source>Reading the addresses failed</source>
        <translation>Falha ao ler os endereços</translation>
    </message>
    <message>
        <source>Reading the messages failed</source>
        <translation>Falha ao ler as mensagens</translation>
    </message>
    <message>
        <source>Saving the address failed</source>
        <translation>Falha ao salvar o endereço</translation>
    </message>
    <message>
        <source>Creating an address failed</source>
        <translation>Falha ao criar um endereço</translation>
    </message>
    <message>
        <source>The provider could not delete the address</source>
        <translation>O provedor não conseguiu excluir o endereço</translation>
    </message>
    <message>
        <source>Deleting the address failed</source>
        <translation>Falha ao excluir o endereço</translation>
    </message>
    <message>
        <source>Deleting the message failed</source>
        <translation>Falha ao excluir a mensagem</translation>
    </message>
    <message>
        <source>Saving the message failed</source>
        <translation>Falha ao salvar a mensagem</translation>
    </message>
    <message>
        <source>Fetching the message list failed</source>
        <translation>Falha ao buscar a lista de mensagens</translation>
    </message>
    <message>
        <source>Fetching a message failed</source>
        <translation>Falha ao buscar uma mensagem</translation>
    </message>
    <message>
        <source>provider not available</source>
        <translation>provedor não disponível</translation>
    </message>
    <message>
        <source>Saving the label failed</source>
        <translation>Não foi possível salvar o rótulo</translation>
    </message>
    <message>
        <source>Extending the address failed</source>
        <translation>Não foi possível prolongar o endereço</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Endereços</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for</source>
        <translation>Manter as mensagens de novos endereços por</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for:</source>
        <translation>Manter as mensagens de novos endereços por:</translation>
    </message>
    <message>
        <source>A new source or proxy applies to new addresses and new connections; addresses you already have keep their provider. Restart Mayfly to move every connection to a new proxy.</source>
        <translation>Uma nova origem ou proxy vale para novos endereços e novas conexões; os endereços que você já tem mantêm o provedor. Reinicie o Mayfly para que todas as conexões passem pelo novo proxy.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Área de transferência</translation>
    </message>
    <message>
        <source>Clear copied codes and links after</source>
        <translation>Apagar códigos e links copiados após</translation>
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
        <translation>Apagar códigos e links copiados após:</translation>
    </message>
    <message>
        <source>Codes and links are marked as secret so clipboard managers do not keep them. Mayfly clears them only if they are still on the clipboard.</source>
        <translation>Códigos e links são marcados como secretos para que gerenciadores de área de transferência não os guardem. O Mayfly só os apaga se ainda estiverem na área de transferência.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Notify me when a message arrives</source>
        <translation>Avisar quando chegar uma mensagem</translation>
    </message>
    <message>
        <source>Show the verification code in the notification</source>
        <translation>Mostrar o código de verificação na notificação</translation>
    </message>
    <message>
        <source>Notifications may be kept in your desktop&apos;s history and shown on a locked screen. Without this option they only say that a code was received.</source>
        <translation>As notificações podem ficar no histórico da área de trabalho e aparecer na tela de bloqueio. Sem esta opção, elas só dizem que um código chegou.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Start in the system tray, without opening the window</source>
        <translation>Iniciar na bandeja do sistema, sem abrir a janela</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Continuar na bandeja ao fechar a janela</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Bandeja do sistema</translation>
    </message>
    <message>
        <source>While Mayfly runs in the tray it keeps receiving mail and deleting what has expired. Quit from the tray menu to stop it.</source>
        <translation>Na bandeja, o Mayfly continua recebendo e-mails e apagando o que expirou. Para encerrá-lo, use o menu da bandeja.</translation>
    </message>
    <message>
        <source>A new language takes effect when Mayfly restarts.</source>
        <translation>Um novo idioma vale quando o Mayfly for reiniciado.</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Esta área de trabalho não tem bandeja do sistema.</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Seções das configurações</translation>
    </message>
    <message>
        <source>Show the sender and subject in the notification</source>
        <translation>Mostrar o remetente e o assunto na notificação</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::SourcePicker</name>
    <message>
        <source>Private mailbox</source>
        <translation>Caixa de correio privada</translation>
    </message>
    <message>
        <source>Readable with its session token</source>
        <translation>Legível com o token da sessão</translation>
    </message>
    <message>
        <source>Public inbox: anyone who knows the address can read it</source>
        <translation>Caixa pública: qualquer pessoa que conheça o endereço pode lê-la</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>A relay on this computer, for testing your own application&apos;s mail. Private; nothing leaves this machine; addresses live 24 hours.</source>
        <translation>Um relay neste computador, para testar as mensagens do seu próprio aplicativo. Privado; nada sai desta máquina; os endereços duram 24 horas.</translation>
    </message>
    <message>
        <source>Your own relay</source>
        <translation>Seu próprio relay</translation>
    </message>
    <message>
        <source>Addresses from</source>
        <translation>Endereços de</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL do servidor:</translation>
    </message>
    <message>
        <source>Creation key:</source>
        <translation>Chave de criação:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Direct (no proxy)</source>
        <translation>Direta (sem proxy)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy do sistema</translation>
    </message>
    <message>
        <source>SOCKS5, names resolved by the proxy (Tor)</source>
        <translation>SOCKS5, nomes resolvidos pelo proxy (Tor)</translation>
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
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Kept encrypted in your profile, never in plain text.</source>
        <translation>Guardada criptografada no seu perfil, nunca em texto puro.</translation>
    </message>
    <message>
        <source>Where addresses come from</source>
        <translation>De onde vêm os endereços</translation>
    </message>
</context>
</TS>
