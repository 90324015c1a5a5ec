<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки: %1</translation>
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
    <name>mayfly::ui::FirstRunDialog</name>
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
        <source>Welcome to Mayfly</source>
        <translation>Добро пожаловать в Mayfly</translation>
    </message>
    <message>
        <source>Where should your throwaway addresses come from? You can change this later.</source>
        <translation>Откуда брать одноразовые адреса? Это можно изменить позже.</translation>
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
</context>
<context>
    <name>mayfly::ui::MessageView</name>
    <message>
        <source>Message</source>
        <translation>Письмо</translation>
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
</context>
</TS>
