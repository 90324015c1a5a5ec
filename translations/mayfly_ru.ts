<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>RetentionChoice</name>
    <message>
        <source>until the address expires</source>
        <translation>до истечения срока адреса</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No keychain</source>
        <translation>Нет связки ключей</translation>
    </message>
    <message>
        <source>Mayfly keeps its encryption key in your system keychain, which is not available:
%1

You can protect your data with a passphrase instead, or use a session that writes nothing to disk.</source>
        <translation>Mayfly хранит ключ шифрования в системной связке ключей, но она недоступна:
%1

Можно защитить данные парольной фразой или начать сеанс, который ничего не записывает на диск.</translation>
    </message>
    <message>
        <source>Use a passphrase...</source>
        <translation>Использовать парольную фразу...</translation>
    </message>
    <message>
        <source>Memory only</source>
        <translation>Только в памяти</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase for this profile:</source>
        <translation>Парольная фраза для этого профиля:</translation>
    </message>
    <message>
        <source>Throwaway e-mail addresses, with mail shown in a view that cannot run scripts or reach the network.</source>
        <translation>Одноразовые адреса электронной почты; письма показываются в окне, которое не может выполнять скрипты и выходить в сеть.</translation>
    </message>
    <message>
        <source>Use DIR as the data directory.</source>
        <translation>Использовать DIR как каталог данных.</translation>
    </message>
    <message>
        <source>Write nothing to disk.</source>
        <translation>Ничего не записывать на диск.</translation>
    </message>
    <message>
        <source>Do not start the local relay.</source>
        <translation>Не запускать локальный ретранслятор.</translation>
    </message>
    <message>
        <source>Message files (.eml) to show read-only.</source>
        <translation>Файлы писем (.eml) для просмотра только для чтения.</translation>
    </message>
    <message>
        <source>Mayfly</source>
        <translation>Mayfly</translation>
    </message>
    <message>
        <source>Mayfly could not open its data:
%1</source>
        <translation>Mayfly не удалось открыть свои данные:
%1</translation>
    </message>
</context>
<context>
    <name>mayfly::core::Error</name>
    <message>
        <source>invalid input</source>
        <translation>недопустимые входные данные</translation>
    </message>
    <message>
        <source>limit exceeded</source>
        <translation>превышен предел</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>уже существует</translation>
    </message>
    <message>
        <source>i/o error</source>
        <translation>ошибка ввода-вывода</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>cryptographic failure</source>
        <translation>криптографическая ошибка</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>сетевая ошибка</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>время ожидания истекло</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>превышен лимит запросов</translation>
    </message>
    <message>
        <source>provider unavailable</source>
        <translation>провайдер недоступен</translation>
    </message>
    <message>
        <source>bad credential</source>
        <translation>неверные учётные данные</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>не поддерживается</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>связка ключей недоступна</translation>
    </message>
    <message>
        <source>written by a newer version</source>
        <translation>записано более новой версией</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>внутренняя ошибка</translation>
    </message>
</context>
<context>
    <name>mayfly::core::html::LinkAnalyzer</name>
    <message>
        <source>goes through %1&apos;s click tracking</source>
        <translation>проходит через отслеживание кликов %1</translation>
    </message>
    <message>
        <source>redirect wrapper removed; destination %1</source>
        <translation>промежуточное перенаправление убрано; назначение: %1</translation>
    </message>
    <message>
        <source>the host is an IP address (%1)</source>
        <translation>хост — это IP-адрес (%1)</translation>
    </message>
    <message>
        <source>internationalised host; its real name is %1</source>
        <translation>интернационализированный хост; его настоящее имя — %1</translation>
    </message>
    <message>
        <source>the host mixes scripts (%1)</source>
        <translation>в имени хоста смешаны разные письменности (%1)</translation>
    </message>
    <message>
        <source>not encrypted (http)</source>
        <translation>без шифрования (http)</translation>
    </message>
    <message>
        <source>the part before @ is not the host; the real host is %1</source>
        <translation>часть перед @ — не хост; настоящий хост — %1</translation>
    </message>
    <message>
        <source>the text names %1 but the link goes to %2</source>
        <translation>в тексте указан %1, но ссылка ведёт на %2</translation>
    </message>
</context>
<context>
    <name>mayfly::core::html::Sanitizer</name>
    <message>
        <source>known tracker domain</source>
        <translation>известный домен трекера</translation>
    </message>
    <message>
        <source>the URL identifies you (your address or a hash of it)</source>
        <translation>URL выдаёт вас (ваш адрес или его хеш)</translation>
    </message>
    <message>
        <source>tracking pixel (tiny or invisible image)</source>
        <translation>пиксель отслеживания (крошечное или невидимое изображение)</translation>
    </message>
    <message>
        <source>remote image</source>
        <translation>внешнее изображение</translation>
    </message>
    <message>
        <source>remote CSS resource</source>
        <translation>внешний CSS-ресурс</translation>
    </message>
    <message>
        <source>remote font</source>
        <translation>внешний шрифт</translation>
    </message>
    <message>
        <source>prefetch, preconnect or ping</source>
        <translation>предзагрузка, предварительное подключение или ping</translation>
    </message>
    <message>
        <source>form submission target</source>
        <translation>адрес отправки формы</translation>
    </message>
    <message>
        <source>meta refresh redirect</source>
        <translation>перенаправление через meta refresh</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>базовый URL</translation>
    </message>
    <message>
        <source>embedded frame</source>
        <translation>встроенный фрейм</translation>
    </message>
    <message>
        <source>plug-in object</source>
        <translation>объект плагина</translation>
    </message>
    <message>
        <source>audio or video</source>
        <translation>аудио или видео</translation>
    </message>
    <message>
        <source>script</source>
        <translation>скрипт</translation>
    </message>
    <message>
        <source>responsive image candidate (srcset)</source>
        <translation>вариант адаптивного изображения (srcset)</translation>
    </message>
    <message>
        <source>background image attribute</source>
        <translation>атрибут фонового изображения</translation>
    </message>
    <message>
        <source>remote reference</source>
        <translation>внешняя ссылка</translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: the HTML is larger than %n MiB</source>
        <translation>
            <numerusform>показано как простой текст: HTML больше %n МиБ</numerusform>
            <numerusform>показано как простой текст: HTML больше %n МиБ</numerusform>
            <numerusform>показано как простой текст: HTML больше %n МиБ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: an element has more than %n attributes</source>
        <translation>
            <numerusform>показано как простой текст: у элемента более %n атрибута</numerusform>
            <numerusform>показано как простой текст: у элемента более %n атрибутов</numerusform>
            <numerusform>показано как простой текст: у элемента более %n атрибутов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: the HTML is nested deeper than %n levels</source>
        <translation>
            <numerusform>показано как простой текст: вложенность HTML больше %n уровня</numerusform>
            <numerusform>показано как простой текст: вложенность HTML больше %n уровней</numerusform>
            <numerusform>показано как простой текст: вложенность HTML больше %n уровней</numerusform>
        </translation>
    </message>
    <message>
        <source>image bytes are not an allowed raster format</source>
        <translation>данные изображения не в разрешённом растровом формате</translation>
    </message>
</context>
<context>
    <name>mayfly::core::mime::MimeParser</name>
    <message>
        <source>a header name is invalid; parts of the message may be skipped</source>
        <translation>недопустимое имя заголовка; части письма могут быть пропущены</translation>
    </message>
    <message>
        <source>conflicting headers</source>
        <translation>противоречащие друг другу заголовки</translation>
    </message>
    <message>
        <source>conflicting header parameters</source>
        <translation>противоречащие друг другу параметры заголовка</translation>
    </message>
    <message>
        <source>a multipart has no boundary</source>
        <translation>у составной части (multipart) нет разделителя (boundary)</translation>
    </message>
    <message>
        <source>MIME nesting is too deep</source>
        <translation>слишком глубокая вложенность MIME</translation>
    </message>
    <message>
        <source>a MIME part has neither headers nor content</source>
        <translation>у части MIME нет ни заголовков, ни содержимого</translation>
    </message>
    <message>
        <source>the message is truncated</source>
        <translation>письмо обрезано</translation>
    </message>
    <message>
        <source>a multipart has no parts</source>
        <translation>составная часть (multipart) пуста</translation>
    </message>
    <message>
        <source>the message is malformed</source>
        <translation>письмо повреждено</translation>
    </message>
    <message>
        <source>unknown charset &quot;%1&quot;; shown as UTF-8 or Windows-1252</source>
        <translation>неизвестная кодировка «%1»; показано как UTF-8 или Windows-1252</translation>
    </message>
    <message numerus="yes">
        <source>more than %n MIME parts; the rest is not shown</source>
        <translation>
            <numerusform>более %n части MIME; остальное не показано</numerusform>
            <numerusform>более %n частей MIME; остальное не показано</numerusform>
            <numerusform>более %n частей MIME; остальное не показано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MIME nesting deeper than %n; the rest is not shown</source>
        <translation>
            <numerusform>вложенность MIME больше %n уровня; остальное не показано</numerusform>
            <numerusform>вложенность MIME больше %n уровней; остальное не показано</numerusform>
            <numerusform>вложенность MIME больше %n уровней; остальное не показано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a part decodes to more than %n MiB; it was cut</source>
        <translation>
            <numerusform>часть после декодирования больше %n МиБ; она обрезана</numerusform>
            <numerusform>часть после декодирования больше %n МиБ; она обрезана</numerusform>
            <numerusform>часть после декодирования больше %n МиБ; она обрезана</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the decoded message exceeds %n MiB; the rest is not shown</source>
        <translation>
            <numerusform>декодированное письмо больше %n МиБ; остальное не показано</numerusform>
            <numerusform>декодированное письмо больше %n МиБ; остальное не показано</numerusform>
            <numerusform>декодированное письмо больше %n МиБ; остальное не показано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the message is larger than %n MiB; the rest was cut</source>
        <translation>
            <numerusform>письмо больше %n МиБ; остальное обрезано</numerusform>
            <numerusform>письмо больше %n МиБ; остальное обрезано</numerusform>
            <numerusform>письмо больше %n МиБ; остальное обрезано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the header section is larger than %n KiB; the rest of it was dropped</source>
        <translation>
            <numerusform>раздел заголовков больше %n КиБ; остальное отброшено</numerusform>
            <numerusform>раздел заголовков больше %n КиБ; остальное отброшено</numerusform>
            <numerusform>раздел заголовков больше %n КиБ; остальное отброшено</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden or control characters were removed from the subject</source>
        <translation>из темы удалены скрытые или управляющие символы</translation>
    </message>
    <message numerus="yes">
        <source>the message names %n senders; the first is shown</source>
        <translation>
            <numerusform>в письме указан %n отправитель; показан первый</numerusform>
            <numerusform>в письме указаны %n отправителя; показан первый</numerusform>
            <numerusform>в письме указано %n отправителей; показан первый</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden or control characters were removed from the sender name</source>
        <translation>из имени отправителя удалены скрытые или управляющие символы</translation>
    </message>
    <message>
        <source>the sender name contains an address; the real sender is %1</source>
        <translation>имя отправителя содержит адрес; настоящий отправитель — %1</translation>
    </message>
    <message>
        <source>the sender address is malformed</source>
        <translation>адрес отправителя некорректен</translation>
    </message>
    <message>
        <source>the input is not a MIME message; shown as text</source>
        <translation>это не письмо в формате MIME; показано как текст</translation>
    </message>
    <message>
        <source>the message is malformed in a way that can hide content; shown as plain text</source>
        <translation>письмо повреждено так, что часть содержимого может быть скрыта; показано как простой текст</translation>
    </message>
</context>
<context>
    <name>mayfly::core::mime::render</name>
    <message>
        <source>This message is malformed in a way that can hide or fake content. It is shown as plain text.</source>
        <translation>Это письмо составлено с ошибками, которые позволяют скрыть или подделать содержимое. Оно показано как обычный текст.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Export</name>
    <message numerus="yes">
        <source>the credentials need a passphrase of at least %n characters</source>
        <translation>
            <numerusform>для учётных данных нужна парольная фраза не короче %n символа</numerusform>
            <numerusform>для учётных данных нужна парольная фраза не короче %n символов</numerusform>
            <numerusform>для учётных данных нужна парольная фраза не короче %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>папка не найдена: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <source>not a Mayfly credentials file</source>
        <translation>это не файл учётных данных Mayfly</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Inventory</name>
    <message>
        <source>process memory (--memory-only)</source>
        <translation>память процесса (--memory-only)</translation>
    </message>
    <message>
        <source>throwaway addresses and their labels</source>
        <translation>одноразовые адреса и их метки</translation>
    </message>
    <message>
        <source>deleted when the address expires, here and at the provider</source>
        <translation>удаляются, когда истекает срок адреса, — здесь и у провайдера</translation>
    </message>
    <message>
        <source>provider passwords, tokens and relay keys</source>
        <translation>пароли и токены провайдеров, ключи ретранслятора</translation>
    </message>
    <message>
        <source>deleted with their address</source>
        <translation>удаляются вместе с адресом</translation>
    </message>
    <message>
        <source>raw message sources (RFC 5322)</source>
        <translation>исходные тексты писем (RFC 5322)</translation>
    </message>
    <message numerus="yes">
        <source>deleted %n h after arrival unless the address says otherwise</source>
        <translation>
            <numerusform>удаляются через %n ч после получения, если для адреса не задано иное</numerusform>
            <numerusform>удаляются через %n ч после получения, если для адреса не задано иное</numerusform>
            <numerusform>удаляются через %n ч после получения, если для адреса не задано иное</numerusform>
        </translation>
    </message>
    <message>
        <source>sender, subject and preview of each message</source>
        <translation>отправитель, тема и начало каждого письма</translation>
    </message>
    <message>
        <source>deleted with their message</source>
        <translation>удаляются вместе с письмом</translation>
    </message>
    <message>
        <source>messages with attachments (kept inside the raw source, never as files)</source>
        <translation>письма с вложениями (хранятся внутри исходного текста, никогда — отдельными файлами)</translation>
    </message>
    <message>
        <source>preferences (nothing secret)</source>
        <translation>настройки (ничего секретного)</translation>
    </message>
    <message>
        <source>kept until you wipe</source>
        <translation>хранится до полной очистки</translation>
    </message>
    <message>
        <source>the store&apos;s master key (keychain entry)</source>
        <translation>главный ключ хранилища (запись в связке ключей)</translation>
    </message>
    <message>
        <source>%1: service &quot;%2&quot;, entry &quot;%3&quot;</source>
        <translation>%1: служба «%2», запись «%3»</translation>
    </message>
    <message>
        <source>the store&apos;s master key, wrapped with your passphrase (scrypt)</source>
        <translation>главный ключ хранилища, зашифрованный вашей парольной фразой (scrypt)</translation>
    </message>
    <message>
        <source>the store&apos;s master key</source>
        <translation>главный ключ хранилища</translation>
    </message>
    <message>
        <source>process memory</source>
        <translation>память процесса</translation>
    </message>
    <message>
        <source>gone when the program exits</source>
        <translation>исчезает при выходе из программы</translation>
    </message>
    <message>
        <source>the SQLite database (sealed rows)</source>
        <translation>база данных SQLite (запечатанные строки)</translation>
    </message>
    <message>
        <source>SQLite&apos;s write-ahead log (truncated after every deletion)</source>
        <translation>журнал упреждающей записи SQLite (очищается после каждого удаления)</translation>
    </message>
    <message>
        <source>SQLite&apos;s shared-memory index for the log</source>
        <translation>индекс SQLite в общей памяти для журнала</translation>
    </message>
    <message>
        <source>a counter that tells other Mayfly windows to refresh (no content)</source>
        <translation>счётчик, по которому другие окна Mayfly обновляются (без содержимого)</translation>
    </message>
    <message>
        <source>removed when you wipe</source>
        <translation>удаляется при полной очистке</translation>
    </message>
    <message>
        <source>network activity log (host, method, path, status, bytes)</source>
        <translation>журнал сетевой активности (хост, метод, путь, статус, байты)</translation>
    </message>
    <message>
        <source>process memory (never written to disk)</source>
        <translation>память процесса (никогда не записывается на диск)</translation>
    </message>
    <message>
        <source>(janitor last deleted some at %1)</source>
        <translation>(последний раз автоочистка удаляла их %1)</translation>
    </message>
    <message>
        <source>the local relay&apos;s database (&quot;This computer&quot;): address names, token hashes and sealed mail</source>
        <translation>база данных локального ретранслятора («Этот компьютер»): имена адресов, хеши токенов и запечатанная почта</translation>
    </message>
    <message>
        <source>memory of the local relay process (--memory-only)</source>
        <translation>память процесса локального ретранслятора (--memory-only)</translation>
    </message>
    <message>
        <source>gone when Mayfly exits</source>
        <translation>исчезает при выходе из Mayfly</translation>
    </message>
    <message>
        <source>each address and its mail when the address expires; the folder is deleted by Delete everything (the relay is stopped first)</source>
        <translation>каждый адрес и его почта — по истечении срока адреса; папка удаляется командой «Удалить всё» (сначала ретранслятор останавливается)</translation>
    </message>
    <message>
        <source>local relay file %1</source>
        <translation>файл локального ретранслятора %1</translation>
    </message>
    <message>
        <source>deleted by Delete everything</source>
        <translation>удаляется командой «Удалить всё»</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Wipe</name>
    <message>
        <source>cannot remove %1</source>
        <translation>не удаётся удалить %1</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::ZipWriter</name>
    <message>
        <source>cannot write the archive: %1</source>
        <translation>не удаётся записать архив: %1</translation>
    </message>
    <message>
        <source>too many files for a ZIP archive</source>
        <translation>слишком много файлов для ZIP-архива</translation>
    </message>
    <message>
        <source>the export is too large for a ZIP archive</source>
        <translation>экспорт слишком велик для ZIP-архива</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::GuerrillaMailProvider</name>
    <message>
        <source>Addresses live 60 minutes (renewable); messages are deleted after about an hour. Anyone who knows the name can read the inbox.</source>
        <translation>Адрес живёт 60 минут (можно продлить); письма удаляются примерно через час. Любой, кто знает имя, может читать ящик.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::InbucketProvider</name>
    <message>
        <source>Kept until the server&apos;s retention ends (24 hours by default). No access control: everyone who can reach the server reads every mailbox.</source>
        <translation>Хранится до конца срока хранения на сервере (по умолчанию 24 часа). Доступ не ограничен: любой, у кого есть доступ к серверу, читает все ящики.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::MailTmProvider</name>
    <message>
        <source>Messages are deleted by the provider after about 7 days; the account stays until deleted.</source>
        <translation>Провайдер удаляет письма примерно через 7 дней; учётная запись остаётся, пока её не удалят.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::MailpitProvider</name>
    <message>
        <source>Kept until the server prunes it (500 messages by default). No per-mailbox privacy: everyone who can reach the server reads every address.</source>
        <translation>Хранится, пока сервер не удалит старое (по умолчанию — сверх 500 писем). Ящики никак не разделены: любой, у кого есть доступ к серверу, читает все адреса.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::Provider</name>
    <message>
        <source>private</source>
        <comment>privacy label: a credential per mailbox</comment>
        <translation>личный</translation>
    </message>
    <message>
        <source>token</source>
        <comment>privacy label: readable by whoever holds the session token</comment>
        <translation>по токену</translation>
    </message>
    <message>
        <source>public</source>
        <comment>privacy label: anyone who knows the address can read it</comment>
        <translation>публичный</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::RelayProvider</name>
    <message>
        <source>Mayfly relay</source>
        <translation>Ретранслятор Mayfly</translation>
    </message>
    <message>
        <source>Messages are kept, sealed to your key, until the address expires or you delete it.</source>
        <translation>Письма хранятся запечатанными для вашего ключа, пока не истечёт срок адреса или вы его не удалите.</translation>
    </message>
</context>
<context>
    <name>mayfly::core::secrets::KeychainSecretStore</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>связка ключей не ответила</translation>
    </message>
</context>
<context>
    <name>mayfly::core::secrets::PassphraseKey</name>
    <message>
        <source>empty passphrase</source>
        <translation>пустая парольная фраза</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>неверная парольная фраза</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Migrations</name>
    <message>
        <source>this store has schema version %1 but this Mayfly understands up to %2; use a newer Mayfly or another --profile</source>
        <translation>у хранилища версия схемы %1, а эта версия Mayfly понимает только до %2; используйте более новый Mayfly или другой --profile</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Profile</name>
    <message>
        <source>this profile is protected by a passphrase: set MAYFLY_PASSPHRASE (or type it when asked)</source>
        <translation>этот профиль защищён парольной фразой: задайте MAYFLY_PASSPHRASE (или введите её, когда попросят)</translation>
    </message>
    <message>
        <source>the keychain has no key for this profile although it holds data (%1). Unlock your keyring (a locked keyring answers &quot;not found&quot;) and try again; Mayfly never starts over while data exists</source>
        <translation>в связке ключей нет ключа для этого профиля, хотя в нём есть данные (%1). Разблокируйте связку ключей (заблокированная отвечает «не найдено») и повторите попытку; Mayfly никогда не начинает с нуля, пока данные существуют</translation>
    </message>
    <message>
        <source>cannot read this profile&apos;s key from the keychain (%1). Start or unlock your keyring and try again</source>
        <translation>не удаётся прочитать ключ этого профиля из связки ключей (%1). Запустите или разблокируйте связку ключей и повторите попытку</translation>
    </message>
    <message>
        <source>Choose a passphrase instead (set MAYFLY_PASSPHRASE) or run with --memory-only, which writes nothing</source>
        <translation>Вместо этого выберите парольную фразу (задайте MAYFLY_PASSPHRASE) или запустите с --memory-only — тогда ничего не записывается</translation>
    </message>
    <message>
        <source>no usable keychain (%1). %2</source>
        <extracomment>%1 is the keychain&apos;s own reason (technical); %2 says how to go on</extracomment>
        <translation>нет пригодной связки ключей (%1). %2</translation>
    </message>
    <message>
        <source>cannot store a key in the keychain (%1). %2</source>
        <extracomment>%1 is the keychain&apos;s own reason (technical); %2 says how to go on</extracomment>
        <translation>не удаётся сохранить ключ в связке ключей (%1). %2</translation>
    </message>
    <message>
        <source>the store is wiped but the keychain entry could not be removed (%1)</source>
        <translation>хранилище очищено, но запись в связке ключей удалить не удалось (%1)</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Store</name>
    <message>
        <source>%1: the disk is full; free some space and try again (nothing stored was lost)</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1: диск заполнен; освободите место и повторите попытку (ничего из сохранённого не потеряно)</translation>
    </message>
    <message>
        <source>%1: the store is busy in another Mayfly process</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1: хранилище занято другим процессом Mayfly</translation>
    </message>
    <message>
        <source>%1: the store file is damaged or not a Mayfly store</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1: файл хранилища повреждён или не является хранилищем Mayfly</translation>
    </message>
    <message>
        <source>cannot create the profile folder %1</source>
        <translation>не удаётся создать папку профиля %1</translation>
    </message>
    <message>
        <source>this key does not open the store (wrong passphrase, or another profile&apos;s key)</source>
        <translation>этот ключ не открывает хранилище (неверная парольная фраза или ключ другого профиля)</translation>
    </message>
    <message>
        <source>the store is locked</source>
        <translation>хранилище заблокировано</translation>
    </message>
    <message>
        <source>a sealed value failed to open (damaged or moved row)</source>
        <translation>не удалось открыть запечатанное значение (строка повреждена или перемещена)</translation>
    </message>
    <message>
        <source>retention must be between 10 minutes and 30 days</source>
        <translation>срок хранения должен быть от 10 минут до 30 дней</translation>
    </message>
    <message>
        <source>this address is already stored</source>
        <translation>этот адрес уже сохранён</translation>
    </message>
    <message>
        <source>no such address (it may have expired)</source>
        <translation>такого адреса нет (возможно, его срок истёк)</translation>
    </message>
    <message>
        <source>no such address</source>
        <translation>такого адреса нет</translation>
    </message>
    <message>
        <source>no such message (it may have expired)</source>
        <translation>такого письма нет (возможно, срок его хранения истёк)</translation>
    </message>
    <message>
        <source>no such message</source>
        <translation>такого письма нет</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>не удаётся удалить %1</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::AddressListModel</name>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>истекает через %1</translation>
    </message>
    <message>
        <source>Private: only Mayfly holds the credential for this mailbox.</source>
        <translation>Личный: учётные данные этого ящика есть только у Mayfly.</translation>
    </message>
    <message>
        <source>Token: anyone holding the session token can read this mailbox.</source>
        <translation>Токен: любой, у кого есть токен сеанса, может читать этот ящик.</translation>
    </message>
    <message>
        <source>Public: anyone who knows this address can read its mail.</source>
        <translation>Публичный: любой, кто знает этот адрес, может читать его почту.</translation>
    </message>
    <message>
        <source>All addresses</source>
        <translation>Все адреса</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n адрес</numerusform>
            <numerusform>%n адреса</numerusform>
            <numerusform>%n адресов</numerusform>
        </translation>
    </message>
    <message>
        <source>The messages of every address, newest first.</source>
        <translation>Письма всех адресов, сначала новые.</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::CodeBanner</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Open link...</source>
        <translation>Открыть ссылку...</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Скопировать код</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>Код подтверждения:</translation>
    </message>
    <message>
        <source>Confirmation link:</source>
        <translation>Ссылка для подтверждения:</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::DeletionTimeline</name>
    <message>
        <source>Deletion timeline</source>
        <translation>График удаления</translation>
    </message>
    <message>
        <source>No deletion is scheduled in the next days.</source>
        <translation>В ближайшие дни удалений не запланировано.</translation>
    </message>
    <message>
        <source>Next deletion: %1</source>
        <translation>Следующее удаление: %1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>Адрес %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(неизвестный отправитель)</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>Письмо от %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) deleted</source>
        <translation>
            <numerusform>%1: будет удалён %n элемент</numerusform>
            <numerusform>%1: будет удалено %n элемента</numerusform>
            <numerusform>%1: будет удалено %n элементов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left afterwards: %n item(s), %1</source>
        <translation>
            <numerusform>Останется: %n элемент, %1</numerusform>
            <numerusform>Останется: %n элемента, %1</numerusform>
            <numerusform>Останется: %n элементов, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <source>Nothing stored</source>
        <translation>Ничего не хранится</translation>
    </message>
    <message numerus="yes">
        <source>next deletion in %n minute(s)</source>
        <translation>
            <numerusform>следующее удаление через %n минуту</numerusform>
            <numerusform>следующее удаление через %n минуты</numerusform>
            <numerusform>следующее удаление через %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next deletion in %n hour(s)</source>
        <translation>
            <numerusform>следующее удаление через %n час</numerusform>
            <numerusform>следующее удаление через %n часа</numerusform>
            <numerusform>следующее удаление через %n часов</numerusform>
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
        <translation>Не удалось сохранить настройки: %1</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Mayfly</source>
        <translation>Добро пожаловать в Mayfly</translation>
    </message>
    <message>
        <source>Where should your throwaway addresses come from? You can change this later.</source>
        <translation>Откуда брать одноразовые адреса? Это можно изменить позже.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::LinkDialog</name>
    <message>
        <source>Open link?</source>
        <translation>Открыть ссылку?</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Показана как:</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>Ведёт на:</translation>
    </message>
    <message>
        <source>Without tracking:</source>
        <translation>Без отслеживания:</translation>
    </message>
    <message>
        <source>Open without tracking</source>
        <translation>Открыть без отслеживания</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Открыть в браузере</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Скопировать ссылку</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Открыть оригинал</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::LocalRelay</name>
    <message>
        <source>mayfly-relay was not found next to Mayfly.</source>
        <translation>mayfly-relay не найден рядом с Mayfly.</translation>
    </message>
    <message>
        <source>The local relay stopped (exit code %1).</source>
        <translation>Локальный ретранслятор остановился (код выхода %1).</translation>
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
        <translation>&amp;Новый адрес</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Копировать адрес</translation>
    </message>
    <message>
        <source>&amp;Delete address</source>
        <translation>&amp;Удалить адрес</translation>
    </message>
    <message>
        <source>Delete &amp;message</source>
        <translation>&amp;Удалить письмо</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>Отправить &amp;тестовое письмо</translation>
    </message>
    <message>
        <source>&amp;Open message file...</source>
        <translation>&amp;Открыть файл письма...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Письмо</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Поиск по письмам</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>Искать во всех письмах</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Local relay: SMTP on 127.0.0.1:%1</source>
        <translation>Локальный ретранслятор: SMTP на 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Local relay: starting...</source>
        <translation>Локальный ретранслятор: запуск...</translation>
    </message>
    <message>
        <source>Local relay stopped</source>
        <translation>Локальный ретранслятор остановлен</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 скопирован в буфер обмена</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Код: %1</translation>
    </message>
    <message>
        <source>A code was received.</source>
        <translation>Пришёл код.</translation>
    </message>
    <message>
        <source>New message for %1</source>
        <translation>Новое письмо для %1</translation>
    </message>
    <message numerus="yes">
        <source>Mayfly (%n unread)</source>
        <translation>
            <numerusform>Mayfly (%n непрочитанное)</numerusform>
            <numerusform>Mayfly (%n непрочитанных)</numerusform>
            <numerusform>Mayfly (%n непрочитанных)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mayfly: %n unread</source>
        <translation>
            <numerusform>Mayfly: %n непрочитанное</numerusform>
            <numerusform>Mayfly: %n непрочитанных</numerusform>
            <numerusform>Mayfly: %n непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>Не удалось прочитать письмо: %1</translation>
    </message>
    <message>
        <source>Creating an address...</source>
        <translation>Создание адреса...</translation>
    </message>
    <message>
        <source>Delete address</source>
        <translation>Удалить адрес</translation>
    </message>
    <message>
        <source>Delete %1 and all its mail, here and at the provider?</source>
        <translation>Удалить %1 и всю его почту — здесь и у провайдера?</translation>
    </message>
    <message>
        <source>Test message sent</source>
        <translation>Тестовое письмо отправлено</translation>
    </message>
    <message>
        <source>Sending the test message failed: %1</source>
        <translation>Не удалось отправить тестовое письмо: %1</translation>
    </message>
    <message>
        <source>Open message file</source>
        <translation>Открыть файл письма</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml *.msg *.txt);;All files (*)</source>
        <translation>Письма (*.eml *.msg *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание</translation>
    </message>
    <message>
        <source>&amp;Privacy dashboard</source>
        <translation>Панель &amp;конфиденциальности</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Конфиденциальность</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found in all addresses</source>
        <translation>
            <numerusform>Во всех адресах найдено %n письмо</numerusform>
            <numerusform>Во всех адресах найдено %n письма</numerusform>
            <numerusform>Во всех адресах найдено %n писем</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Mayfly</source>
        <translation>Показать Mayfly</translation>
    </message>
    <message>
        <source>&amp;Label address...</source>
        <translation>&amp;Подписать адрес...</translation>
    </message>
    <message>
        <source>E&amp;xtend address</source>
        <translation>П&amp;родлить адрес</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Настройки...</translation>
    </message>
    <message>
        <source>Label address</source>
        <translation>Подписать адрес</translation>
    </message>
    <message>
        <source>What is %1 for? (for example &quot;used on example.com&quot;)</source>
        <translation>Для чего %1? (например, «для example.com»)</translation>
    </message>
    <message>
        <source>Extending %1...</source>
        <translation>Продление %1...</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки: %1</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Настройки сохранены</translation>
    </message>
    <message>
        <source>Settings saved. The local relay starts the next time Mayfly starts.</source>
        <translation>Настройки сохранены. Локальный релей запустится при следующем запуске Mayfly.</translation>
    </message>
    <message>
        <source>Settings saved. The new language takes effect when Mayfly restarts.</source>
        <translation>Настройки сохранены. Новый язык будет применён после перезапуска Mayfly.</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message numerus="yes">
        <source>[%n tracker(s) blocked]</source>
        <translation>
            <numerusform>[заблокирован %n трекер]</numerusform>
            <numerusform>[заблокировано %n трекера]</numerusform>
            <numerusform>[заблокировано %n трекеров]</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessagePane</name>
    <message numerus="yes">
        <source>%n tracker(s)</source>
        <translation>
            <numerusform>%n трекер</numerusform>
            <numerusform>%n трекера</numerusform>
            <numerusform>%n трекеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n company(s)</source>
        <translation>
            <numerusform>от %n компании</numerusform>
            <numerusform>от %n компаний</numerusform>
            <numerusform>от %n компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s)</source>
        <translation>
            <numerusform>%n внешнее изображение</numerusform>
            <numerusform>%n внешних изображения</numerusform>
            <numerusform>%n внешних изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other remote reference(s)</source>
        <translation>
            <numerusform>%n другая внешняя ссылка</numerusform>
            <numerusform>%n другие внешние ссылки</numerusform>
            <numerusform>%n других внешних ссылок</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: %1 removed</source>
        <translation>Заблокировано и удалено: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Исходный текст</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Attachments are never opened. Double-click to save one.</source>
        <translation>Вложения никогда не открываются. Дважды щёлкните, чтобы сохранить.</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Письмо не выбрано</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>От: %1</translation>
    </message>
    <message>
        <source>Careful: the sender&apos;s name contains an address; the real sender is %1</source>
        <translation>Осторожно: имя отправителя содержит адрес; настоящий отправитель — %1</translation>
    </message>
    <message>
        <source>This message is malformed and is shown as plain text.</source>
        <translation>Письмо повреждено и показано как простой текст.</translation>
    </message>
    <message>
        <source>Open message file</source>
        <translation>Открыть файл письма</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 25 MiB.</source>
        <translation>%1 больше 25 МиБ.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (только чтение)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
    <message>
        <source>Saving the attachment failed: %1</source>
        <translation>Не удалось сохранить вложение: %1</translation>
    </message>
    <message>
        <source>%1 is not a message file.</source>
        <translation>%1 — не файл письма.</translation>
    </message>
    <message>
        <source>Message, text and source</source>
        <translation>Письмо, текст и исходный код</translation>
    </message>
    <message numerus="yes">
        <source>%n unsafe image(s)</source>
        <translation>
            <numerusform>%n небезопасное изображение</numerusform>
            <numerusform>%n небезопасных изображения</numerusform>
            <numerusform>%n небезопасных изображений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessageView</name>
    <message>
        <source>Message</source>
        <translation>Письмо</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::PrivacyDashboard</name>
    <message>
        <source>Export my data to...</source>
        <translation>Экспортировать мои данные в...</translation>
    </message>
    <message>
        <source>Privacy dashboard</source>
        <translation>Панель конфиденциальности</translation>
    </message>
    <message>
        <source>&amp;Export my data...</source>
        <translation>&amp;Экспортировать мои данные...</translation>
    </message>
    <message>
        <source>&amp;Delete everything now...</source>
        <translation>&amp;Удалить всё сейчас...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Зашифровано</translation>
    </message>
    <message>
        <source>Next deletion</source>
        <translation>Следующее удаление</translation>
    </message>
    <message>
        <source>Last deletion</source>
        <translation>Последнее удаление</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for:</source>
        <translation>Хранить письма новых адресов:</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>На этом компьютере</translation>
    </message>
    <message>
        <source>Solid line: items stored. Dashed line: bytes stored. The orange line is the next scheduled deletion; hover a dot to see what goes then.</source>
        <translation>Сплошная линия — хранимые элементы, пунктирная — хранимые байты. Оранжевая линия — следующее запланированное удаление; наведите на точку, чтобы увидеть, что будет удалено.</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Ближайшие 7 дней</translation>
    </message>
    <message>
        <source>What each provider holds about you, and for how long by its own documentation. Mayfly deletes an address at the provider when it expires, where the provider allows it.</source>
        <translation>Что каждый провайдер хранит о вас и как долго — по его собственной документации. Mayfly удаляет адрес у провайдера по истечении срока, если провайдер это позволяет.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Что хранит</translation>
    </message>
    <message>
        <source>Provider&apos;s retention</source>
        <translation>Срок хранения у провайдера</translation>
    </message>
    <message>
        <source>At the providers</source>
        <translation>У провайдеров</translation>
    </message>
    <message>
        <source>Host / request</source>
        <translation>Хост / запрос</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Получено байт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>This log lives in memory only and is gone when Mayfly exits. It never holds query strings, headers or bodies.</source>
        <translation>Этот журнал хранится только в памяти и исчезает при выходе из Mayfly. В нём никогда нет параметров запросов, заголовков и содержимого.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>&lt;b&gt;No telemetry, no analytics.&lt;/b&gt; Every request Mayfly makes is in the &lt;a href=&quot;#network&quot;&gt;network log&lt;/a&gt;: only the providers you use appear there.</source>
        <translation>&lt;b&gt;Никакой телеметрии и аналитики.&lt;/b&gt; Каждый запрос Mayfly виден в &lt;a href=&quot;#network&quot;&gt;сетевом журнале&lt;/a&gt;: там только провайдеры, которыми вы пользуетесь.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No update check.&lt;/b&gt; Nothing is contacted at start-up; see the &lt;a href=&quot;#network&quot;&gt;network log&lt;/a&gt; right after starting.</source>
        <translation>&lt;b&gt;Никакой проверки обновлений.&lt;/b&gt; При запуске ни к чему не обращаемся — загляните в &lt;a href=&quot;#network&quot;&gt;сетевой журнал&lt;/a&gt; сразу после старта.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No cookies.&lt;/b&gt; The cookie jar refuses everything; the &lt;a href=&quot;#network&quot;&gt;network tab&lt;/a&gt; checks that it is empty and that no request carried a cookie.</source>
        <translation>&lt;b&gt;Никаких cookie.&lt;/b&gt; Хранилище cookie отвергает всё; вкладка &lt;a href=&quot;#network&quot;&gt;«Сеть»&lt;/a&gt; проверяет, что оно пусто и ни один запрос не передал cookie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No logs on disk.&lt;/b&gt; The &lt;a href=&quot;#computer&quot;&gt;inventory&lt;/a&gt; lists every file Mayfly writes; there is no log among them.</source>
        <translation>&lt;b&gt;Никаких журналов на диске.&lt;/b&gt; В &lt;a href=&quot;#computer&quot;&gt;описи&lt;/a&gt; перечислен каждый файл, который пишет Mayfly; журналов среди них нет.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No plaintext secrets.&lt;/b&gt; Messages, addresses and credentials are sealed with AES-256-GCM; the &lt;a href=&quot;#computer&quot;&gt;inventory&lt;/a&gt; shows what is encrypted. The source: core/store/Store.cpp, core/net/HttpClient.cpp.</source>
        <translation>&lt;b&gt;Никаких секретов в открытом виде.&lt;/b&gt; Письма, адреса и учётные данные запечатаны AES-256-GCM; &lt;a href=&quot;#computer&quot;&gt;опись&lt;/a&gt; показывает, что зашифровано. Исходный код: core/store/Store.cpp, core/net/HttpClient.cpp.</translation>
    </message>
    <message>
        <source>What Mayfly never does</source>
        <translation>Чего Mayfly никогда не делает</translation>
    </message>
    <message>
        <source>Nothing is scheduled for deletion in the next 7 days.</source>
        <translation>В ближайшие 7 дней ничего не будет удалено.</translation>
    </message>
    <message>
        <source>Everything was deleted. Mayfly holds nothing on this computer.</source>
        <translation>Всё удалено. Mayfly ничего не хранит на этом компьютере.</translation>
    </message>
    <message numerus="yes">
        <source>Mayfly holds %n item(s) (%1) on this computer.</source>
        <translation>
            <numerusform>Mayfly хранит на этом компьютере %n элемент (%1).</numerusform>
            <numerusform>Mayfly хранит на этом компьютере %n элемента (%1).</numerusform>
            <numerusform>Mayfly хранит на этом компьютере %n элементов (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The next deletion is at %1.</source>
        <translation>Следующее удаление: %1.</translation>
    </message>
    <message>
        <source>The inventory could not be read: %1</source>
        <translation>Не удалось прочитать опись: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>until you delete it</source>
        <translation>пока вы не удалите</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(неизвестный отправитель)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>To %1, received %2</source>
        <translation>Для %1, получено %2</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>Удалить сейчас</translation>
    </message>
    <message>
        <source>Delete %1 now</source>
        <translation>Удалить %1 сейчас</translation>
    </message>
    <message numerus="yes">
        <source>the address and %n message(s)</source>
        <translation>
            <numerusform>адрес и %n письмо</numerusform>
            <numerusform>адрес и %n письма</numerusform>
            <numerusform>адрес и %n писем</numerusform>
        </translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Delete at provider</source>
        <translation>Удалить у провайдера</translation>
    </message>
    <message>
        <source>The provider offers no deletion</source>
        <translation>Провайдер не позволяет удалять</translation>
    </message>
    <message>
        <source>No network client in this window.</source>
        <translation>В этом окне нет сетевого клиента.</translation>
    </message>
    <message>
        <source>Proxy: none (direct connections)</source>
        <translation>Прокси: нет (прямые соединения)</translation>
    </message>
    <message>
        <source>Proxy: the system&apos;s settings</source>
        <translation>Прокси: системные настройки</translation>
    </message>
    <message>
        <source>Proxy: SOCKS5 %1:%2 (host names resolved by the proxy)</source>
        <translation>Прокси: SOCKS5 %1:%2 (имена узлов разрешает прокси)</translation>
    </message>
    <message>
        <source>Proxy: HTTP %1:%2</source>
        <translation>Прокси: HTTP %1:%2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>Cookie jar: empty (checked just now).</source>
        <translation>Хранилище cookie: пусто (только что проверено).</translation>
    </message>
    <message>
        <source>Cookie jar: NOT empty (%1).</source>
        <translation>Хранилище cookie: НЕ пусто (%1).</translation>
    </message>
    <message>
        <source>No request of this session carried a cookie.</source>
        <translation>Ни один запрос этого сеанса не передал cookie.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) carried a cookie.</source>
        <translation>
            <numerusform>%n запрос передал cookie.</numerusform>
            <numerusform>%n запроса передали cookie.</numerusform>
            <numerusform>%n запросов передали cookie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Providers tried to set %n cookie(s); all were refused.</source>
        <translation>
            <numerusform>Провайдеры пытались установить %n cookie; все отклонены.</numerusform>
            <numerusform>Провайдеры пытались установить %n cookie; все отклонены.</numerusform>
            <numerusform>Провайдеры пытались установить %n cookie; все отклонены.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>Не удалось удалить %1: %2</translation>
    </message>
    <message>
        <source>%1 was deleted at the provider. Mayfly keeps its copy until you delete it here.</source>
        <translation>%1 удалён у провайдера. Mayfly хранит свою копию, пока вы не удалите её здесь.</translation>
    </message>
    <message>
        <source>The provider could not delete %1: %2</source>
        <translation>Провайдер не смог удалить %1: %2</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Удалить всё</translation>
    </message>
    <message>
        <source>Delete every address, message and credential, here and at the providers, and the encryption key? This cannot be undone.</source>
        <translation>Удалить все адреса, письма и учётные данные — здесь и у провайдеров — и ключ шифрования? Это необратимо.</translation>
    </message>
    <message>
        <source>%1: %2 offers no deletion; it keeps the mail for its own retention (%3).</source>
        <translation>%1: %2 не позволяет удалять; почта хранится там по его собственным правилам (%3).</translation>
    </message>
    <message>
        <source>%1: deleted at the provider.</source>
        <translation>%1: удалён у провайдера.</translation>
    </message>
    <message>
        <source>%1: the provider could not delete it: %2</source>
        <translation>%1: провайдер не смог удалить: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Removed from this computer:</source>
        <translation>Удалено с этого компьютера:</translation>
    </message>
    <message>
        <source>The local wipe failed: %1</source>
        <translation>Локальное удаление не удалось: %1</translation>
    </message>
    <message>
        <source>At the providers:</source>
        <translation>У провайдеров:</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>Экспорт моих данных</translation>
    </message>
    <message>
        <source>Include provider credentials (encrypted with a passphrase)</source>
        <translation>Включить учётные данные провайдеров (зашифрованные парольной фразой)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Повторите:</translation>
    </message>
    <message>
        <source>Choose folder and export</source>
        <translation>Выбрать папку и экспортировать</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n address(es)</source>
        <translation>
            <numerusform>Экспортирован %n адрес</numerusform>
            <numerusform>Экспортировано %n адреса</numerusform>
            <numerusform>Экспортировано %n адресов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n message(s) to:</source>
        <translation>
            <numerusform>и %n письмо в:</numerusform>
            <numerusform>и %n письма в:</numerusform>
            <numerusform>и %n писем в:</numerusform>
        </translation>
    </message>
    <message>
        <source>The credentials are in %1, encrypted with your passphrase.</source>
        <translation>Учётные данные находятся в %1 и зашифрованы вашей парольной фразой.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>Не удалось сохранить настройку: %1</translation>
    </message>
    <message>
        <source>window size and notification choices (nothing secret)</source>
        <translation>размер окна и настройки уведомлений (ничего секретного)</translation>
    </message>
    <message>
        <source>removed when you wipe</source>
        <translation>удаляется при полной очистке</translation>
    </message>
    <message>
        <source>at %1, created %2</source>
        <translation>у %1, создан %2</translation>
    </message>
    <message>
        <source>to %1, received %2</source>
        <translation>для %1, получено %2</translation>
    </message>
    <message>
        <source>(this address expires %1)</source>
        <translation>(срок этого адреса истекает %1)</translation>
    </message>
    <message>
        <source>Deleting at the providers, then on this computer...</source>
        <translation>Удаление у провайдеров, затем на этом компьютере...</translation>
    </message>
    <message>
        <source>Addresses, labels and every message as an .eml file, with a README, in a new folder or .zip file. It holds your mail in readable form: keep it safe.</source>
        <translation>Адреса, метки и каждое письмо в виде файла .eml, с файлом README, в новой папке или файле .zip. Там ваша почта хранится в читаемом виде — берегите её.</translation>
    </message>
    <message>
        <source>As one .zip file instead of a folder</source>
        <translation>Одним файлом .zip вместо папки</translation>
    </message>
    <message>
        <source>Privacy dashboard sections</source>
        <translation>Разделы панели конфиденциальности</translation>
    </message>
    <message>
        <source>What Mayfly stores</source>
        <translation>Что хранит Mayfly</translation>
    </message>
    <message>
        <source>What each provider holds</source>
        <translation>Что хранится у каждого провайдера</translation>
    </message>
    <message>
        <source>Network requests of this session</source>
        <translation>Сетевые запросы этого сеанса</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::Session</name>
    <message>
        <source>Reading the addresses failed</source>
        <translation>Не удалось прочитать адреса</translation>
    </message>
    <message>
        <source>Reading the messages failed</source>
        <translation>Не удалось прочитать письма</translation>
    </message>
    <message>
        <source>Saving the address failed</source>
        <translation>Не удалось сохранить адрес</translation>
    </message>
    <message>
        <source>Creating an address failed</source>
        <translation>Не удалось создать адрес</translation>
    </message>
    <message>
        <source>The provider could not delete the address</source>
        <translation>Провайдер не смог удалить адрес</translation>
    </message>
    <message>
        <source>Deleting the address failed</source>
        <translation>Не удалось удалить адрес</translation>
    </message>
    <message>
        <source>Deleting the message failed</source>
        <translation>Не удалось удалить письмо</translation>
    </message>
    <message>
        <source>Saving the message failed</source>
        <translation>Не удалось сохранить письмо</translation>
    </message>
    <message>
        <source>Fetching the message list failed</source>
        <translation>Не удалось получить список писем</translation>
    </message>
    <message>
        <source>Fetching a message failed</source>
        <translation>Не удалось получить письмо</translation>
    </message>
    <message>
        <source>provider not available</source>
        <translation>провайдер недоступен</translation>
    </message>
    <message>
        <source>Saving the label failed</source>
        <translation>Не удалось сохранить подпись</translation>
    </message>
    <message>
        <source>Extending the address failed</source>
        <translation>Не удалось продлить адрес</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for</source>
        <translation>Хранить письма новых адресов</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for:</source>
        <translation>Хранить письма новых адресов:</translation>
    </message>
    <message>
        <source>A new source or proxy applies to new addresses and new connections; addresses you already have keep their provider. Restart Mayfly to move every connection to a new proxy.</source>
        <translation>Новый источник или прокси применяется к новым адресам и новым соединениям; существующие адреса остаются у своего провайдера. Перезапустите Mayfly, чтобы все соединения шли через новый прокси.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Буфер обмена</translation>
    </message>
    <message>
        <source>Clear copied codes and links after</source>
        <translation>Очищать скопированные коды и ссылки через</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Clear copied codes and links after:</source>
        <translation>Очищать скопированные коды и ссылки через:</translation>
    </message>
    <message>
        <source>Codes and links are marked as secret so clipboard managers do not keep them. Mayfly clears them only if they are still on the clipboard.</source>
        <translation>Коды и ссылки помечаются как секретные, чтобы менеджеры буфера обмена их не сохраняли. Mayfly очищает их, только если они всё ещё в буфере.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Notify me when a message arrives</source>
        <translation>Уведомлять о новых письмах</translation>
    </message>
    <message>
        <source>Show the verification code in the notification</source>
        <translation>Показывать код подтверждения в уведомлении</translation>
    </message>
    <message>
        <source>Notifications may be kept in your desktop&apos;s history and shown on a locked screen. Without this option they only say that a code was received.</source>
        <translation>Уведомления могут оставаться в истории рабочего стола и показываться на экране блокировки. Без этой опции они сообщают лишь, что пришёл код.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Start in the system tray, without opening the window</source>
        <translation>Запускаться в системном трее, не открывая окно</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Оставаться в трее при закрытии окна</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Системный трей</translation>
    </message>
    <message>
        <source>While Mayfly runs in the tray it keeps receiving mail and deleting what has expired. Quit from the tray menu to stop it.</source>
        <translation>В трее Mayfly продолжает получать почту и удалять то, что истекло. Чтобы остановить его, выберите «Выход» в меню трея.</translation>
    </message>
    <message>
        <source>A new language takes effect when Mayfly restarts.</source>
        <translation>Новый язык применяется после перезапуска Mayfly.</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>В этом рабочем окружении нет системного трея.</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Разделы настроек</translation>
    </message>
    <message>
        <source>Show the sender and subject in the notification</source>
        <translation>Показывать отправителя и тему в уведомлении</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::SourcePicker</name>
    <message>
        <source>Private mailbox</source>
        <translation>Личный ящик</translation>
    </message>
    <message>
        <source>Readable with its session token</source>
        <translation>Читается по токену сеанса</translation>
    </message>
    <message>
        <source>Public inbox: anyone who knows the address can read it</source>
        <translation>Публичный ящик: его может читать любой, кто знает адрес</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>A relay on this computer, for testing your own application&apos;s mail. Private; nothing leaves this machine; addresses live 24 hours.</source>
        <translation>Ретранслятор на этом компьютере — для проверки почты вашего собственного приложения. Личный; ничего не покидает этот компьютер; адреса живут 24 часа.</translation>
    </message>
    <message>
        <source>Your own relay</source>
        <translation>Собственный ретранслятор</translation>
    </message>
    <message>
        <source>Addresses from</source>
        <translation>Источник адресов</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL сервера:</translation>
    </message>
    <message>
        <source>Creation key:</source>
        <translation>Ключ создания:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Direct (no proxy)</source>
        <translation>Напрямую (без прокси)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Системный прокси</translation>
    </message>
    <message>
        <source>SOCKS5, names resolved by the proxy (Tor)</source>
        <translation>SOCKS5, имена разрешает прокси (Tor)</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-прокси</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Прокси:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Узел:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Kept encrypted in your profile, never in plain text.</source>
        <translation>Хранится в вашем профиле в зашифрованном виде, никогда открытым текстом.</translation>
    </message>
    <message>
        <source>Where addresses come from</source>
        <translation>Откуда берутся адреса</translation>
    </message>
</context>
</TS>
