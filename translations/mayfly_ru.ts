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
