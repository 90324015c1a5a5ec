<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RetentionChoice</name>
    <message>
        <source>until the address expires</source>
        <translation>直到地址过期</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No keychain</source>
        <translation>没有可用的钥匙串</translation>
    </message>
    <message>
        <source>Mayfly keeps its encryption key in your system keychain, which is not available:
%1

You can protect your data with a passphrase instead, or use a session that writes nothing to disk.</source>
        <translation>Mayfly 将加密密钥保存在系统钥匙串中，但钥匙串当前不可用：
%1

你可以改用密码短语保护数据，或使用不向磁盘写入任何内容的会话。</translation>
    </message>
    <message>
        <source>Use a passphrase...</source>
        <translation>使用密码短语...</translation>
    </message>
    <message>
        <source>Memory only</source>
        <translation>仅在内存中</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>Passphrase for this profile:</source>
        <translation>此配置文件的密码短语：</translation>
    </message>
    <message>
        <source>Throwaway e-mail addresses, with mail shown in a view that cannot run scripts or reach the network.</source>
        <translation>一次性电子邮件地址；邮件在无法运行脚本、也无法访问网络的视图中显示。</translation>
    </message>
    <message>
        <source>Use DIR as the data directory.</source>
        <translation>使用 DIR 作为数据目录。</translation>
    </message>
    <message>
        <source>Write nothing to disk.</source>
        <translation>不向磁盘写入任何内容。</translation>
    </message>
    <message>
        <source>Do not start the local relay.</source>
        <translation>不启动本地中继。</translation>
    </message>
    <message>
        <source>Message files (.eml) to show read-only.</source>
        <translation>以只读方式显示的邮件文件（.eml）。</translation>
    </message>
    <message>
        <source>Mayfly</source>
        <translation>Mayfly</translation>
    </message>
    <message>
        <source>Mayfly could not open its data:
%1</source>
        <translation>Mayfly 无法打开其数据：
%1</translation>
    </message>
</context>
<context>
    <name>mayfly::core::Error</name>
    <message>
        <source>invalid input</source>
        <translation>输入无效</translation>
    </message>
    <message>
        <source>limit exceeded</source>
        <translation>超出限制</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>i/o error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>cryptographic failure</source>
        <translation>加密操作失败</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>请求过于频繁</translation>
    </message>
    <message>
        <source>provider unavailable</source>
        <translation>服务商不可用</translation>
    </message>
    <message>
        <source>bad credential</source>
        <translation>凭据无效</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>钥匙串不可用</translation>
    </message>
    <message>
        <source>written by a newer version</source>
        <translation>由更新的版本写入</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>内部错误</translation>
    </message>
</context>
<context>
    <name>mayfly::core::html::LinkAnalyzer</name>
    <message>
        <source>goes through %1&apos;s click tracking</source>
        <translation>经过 %1 的点击跟踪</translation>
    </message>
    <message>
        <source>redirect wrapper removed; destination %1</source>
        <translation>已去除中间跳转；目的地：%1</translation>
    </message>
    <message>
        <source>the host is an IP address (%1)</source>
        <translation>主机是一个 IP 地址（%1）</translation>
    </message>
    <message>
        <source>internationalised host; its real name is %1</source>
        <translation>国际化主机名；其真实名称为 %1</translation>
    </message>
    <message>
        <source>the host mixes scripts (%1)</source>
        <translation>主机名混用了多种文字（%1）</translation>
    </message>
    <message>
        <source>not encrypted (http)</source>
        <translation>未加密（http）</translation>
    </message>
    <message>
        <source>the part before @ is not the host; the real host is %1</source>
        <translation>@ 之前的部分不是主机；真正的主机是 %1</translation>
    </message>
    <message>
        <source>the text names %1 but the link goes to %2</source>
        <translation>文字显示为 %1，但链接指向 %2</translation>
    </message>
</context>
<context>
    <name>mayfly::core::html::Sanitizer</name>
    <message>
        <source>known tracker domain</source>
        <translation>已知的跟踪域名</translation>
    </message>
    <message>
        <source>the URL identifies you (your address or a hash of it)</source>
        <translation>该 URL 可识别你的身份（你的地址或其哈希值）</translation>
    </message>
    <message>
        <source>tracking pixel (tiny or invisible image)</source>
        <translation>跟踪像素（极小或不可见的图片）</translation>
    </message>
    <message>
        <source>remote image</source>
        <translation>远程图片</translation>
    </message>
    <message>
        <source>remote CSS resource</source>
        <translation>远程 CSS 资源</translation>
    </message>
    <message>
        <source>remote font</source>
        <translation>远程字体</translation>
    </message>
    <message>
        <source>prefetch, preconnect or ping</source>
        <translation>预取、预连接或 ping</translation>
    </message>
    <message>
        <source>form submission target</source>
        <translation>表单提交目标</translation>
    </message>
    <message>
        <source>meta refresh redirect</source>
        <translation>meta refresh 重定向</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>基准 URL</translation>
    </message>
    <message>
        <source>embedded frame</source>
        <translation>嵌入式框架</translation>
    </message>
    <message>
        <source>plug-in object</source>
        <translation>插件对象</translation>
    </message>
    <message>
        <source>audio or video</source>
        <translation>音频或视频</translation>
    </message>
    <message>
        <source>script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>responsive image candidate (srcset)</source>
        <translation>响应式图片候选项（srcset）</translation>
    </message>
    <message>
        <source>background image attribute</source>
        <translation>背景图片属性</translation>
    </message>
    <message>
        <source>remote reference</source>
        <translation>远程引用</translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: the HTML is larger than %n MiB</source>
        <translation>
            <numerusform>以纯文本显示：HTML 大于 %n MiB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: an element has more than %n attributes</source>
        <translation>
            <numerusform>以纯文本显示：某个元素的属性超过 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: the HTML is nested deeper than %n levels</source>
        <translation>
            <numerusform>以纯文本显示：HTML 嵌套超过 %n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>image bytes are not an allowed raster format</source>
        <translation>图片数据不是允许的位图格式</translation>
    </message>
</context>
<context>
    <name>mayfly::core::mime::MimeParser</name>
    <message>
        <source>a header name is invalid; parts of the message may be skipped</source>
        <translation>某个邮件头名称无效；邮件的部分内容可能被跳过</translation>
    </message>
    <message>
        <source>conflicting headers</source>
        <translation>邮件头相互冲突</translation>
    </message>
    <message>
        <source>conflicting header parameters</source>
        <translation>邮件头参数相互冲突</translation>
    </message>
    <message>
        <source>a multipart has no boundary</source>
        <translation>某个 multipart 部分缺少分隔符（boundary）</translation>
    </message>
    <message>
        <source>MIME nesting is too deep</source>
        <translation>MIME 嵌套过深</translation>
    </message>
    <message>
        <source>a MIME part has neither headers nor content</source>
        <translation>某个 MIME 部分既无邮件头也无内容</translation>
    </message>
    <message>
        <source>the message is truncated</source>
        <translation>邮件不完整（被截断）</translation>
    </message>
    <message>
        <source>a multipart has no parts</source>
        <translation>某个 multipart 部分不含任何子部分</translation>
    </message>
    <message>
        <source>the message is malformed</source>
        <translation>邮件格式有误</translation>
    </message>
    <message>
        <source>unknown charset &quot;%1&quot;; shown as UTF-8 or Windows-1252</source>
        <translation>未知字符集“%1”；按 UTF-8 或 Windows-1252 显示</translation>
    </message>
    <message numerus="yes">
        <source>more than %n MIME parts; the rest is not shown</source>
        <translation>
            <numerusform>MIME 部分超过 %n 个；其余部分不显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MIME nesting deeper than %n; the rest is not shown</source>
        <translation>
            <numerusform>MIME 嵌套超过 %n 层；其余部分不显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a part decodes to more than %n MiB; it was cut</source>
        <translation>
            <numerusform>某个部分解码后超过 %n MiB；已被截断</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the decoded message exceeds %n MiB; the rest is not shown</source>
        <translation>
            <numerusform>解码后的邮件超过 %n MiB；其余部分不显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the message is larger than %n MiB; the rest was cut</source>
        <translation>
            <numerusform>邮件大于 %n MiB；其余部分已被截断</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the header section is larger than %n KiB; the rest of it was dropped</source>
        <translation>
            <numerusform>邮件头部分大于 %n KiB；超出部分已丢弃</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden or control characters were removed from the subject</source>
        <translation>已从主题中移除隐藏字符或控制字符</translation>
    </message>
    <message numerus="yes">
        <source>the message names %n senders; the first is shown</source>
        <translation>
            <numerusform>邮件列出了 %n 个发件人；仅显示第一个</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden or control characters were removed from the sender name</source>
        <translation>已从发件人名称中移除隐藏字符或控制字符</translation>
    </message>
    <message>
        <source>the sender name contains an address; the real sender is %1</source>
        <translation>发件人名称中包含一个地址；真正的发件人是 %1</translation>
    </message>
    <message>
        <source>the sender address is malformed</source>
        <translation>发件人地址格式有误</translation>
    </message>
    <message>
        <source>the input is not a MIME message; shown as text</source>
        <translation>输入内容不是 MIME 邮件；以文本显示</translation>
    </message>
    <message>
        <source>the message is malformed in a way that can hide content; shown as plain text</source>
        <translation>邮件格式错误，可能会隐藏内容；以纯文本显示</translation>
    </message>
</context>
<context>
    <name>mayfly::core::mime::render</name>
    <message>
        <source>This message is malformed in a way that can hide or fake content. It is shown as plain text.</source>
        <translation>此邮件格式异常，可能隐藏或伪造内容，因此以纯文本显示。</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Export</name>
    <message numerus="yes">
        <source>the credentials need a passphrase of at least %n characters</source>
        <translation>
            <numerusform>凭据需要至少 %n 个字符的密码短语</numerusform>
        </translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>找不到文件夹：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>not a Mayfly credentials file</source>
        <translation>不是 Mayfly 凭据文件</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Inventory</name>
    <message>
        <source>process memory (--memory-only)</source>
        <translation>进程内存（--memory-only）</translation>
    </message>
    <message>
        <source>throwaway addresses and their labels</source>
        <translation>一次性地址及其标签</translation>
    </message>
    <message>
        <source>deleted when the address expires, here and at the provider</source>
        <translation>地址过期时删除，本机和服务商处都会删除</translation>
    </message>
    <message>
        <source>provider passwords, tokens and relay keys</source>
        <translation>服务商密码、令牌和中继密钥</translation>
    </message>
    <message>
        <source>deleted with their address</source>
        <translation>随所属地址一起删除</translation>
    </message>
    <message>
        <source>raw message sources (RFC 5322)</source>
        <translation>邮件原始源码（RFC 5322）</translation>
    </message>
    <message numerus="yes">
        <source>deleted %n h after arrival unless the address says otherwise</source>
        <translation>
            <numerusform>到达 %n 小时后删除，除非该地址另有设置</numerusform>
        </translation>
    </message>
    <message>
        <source>sender, subject and preview of each message</source>
        <translation>每封邮件的发件人、主题和预览</translation>
    </message>
    <message>
        <source>deleted with their message</source>
        <translation>随所属邮件一起删除</translation>
    </message>
    <message>
        <source>messages with attachments (kept inside the raw source, never as files)</source>
        <translation>带附件的邮件（附件保存在原始源码中，从不单独存为文件）</translation>
    </message>
    <message>
        <source>preferences (nothing secret)</source>
        <translation>偏好设置（不含机密）</translation>
    </message>
    <message>
        <source>kept until you wipe</source>
        <translation>保留到全部清除为止</translation>
    </message>
    <message>
        <source>the store&apos;s master key (keychain entry)</source>
        <translation>数据库的主密钥（钥匙串条目）</translation>
    </message>
    <message>
        <source>%1: service &quot;%2&quot;, entry &quot;%3&quot;</source>
        <translation>%1：服务“%2”，条目“%3”</translation>
    </message>
    <message>
        <source>the store&apos;s master key, wrapped with your passphrase (scrypt)</source>
        <translation>数据库的主密钥，已用你的密码短语加密（scrypt）</translation>
    </message>
    <message>
        <source>the store&apos;s master key</source>
        <translation>数据库的主密钥</translation>
    </message>
    <message>
        <source>process memory</source>
        <translation>进程内存</translation>
    </message>
    <message>
        <source>gone when the program exits</source>
        <translation>程序退出时即消失</translation>
    </message>
    <message>
        <source>the SQLite database (sealed rows)</source>
        <translation>SQLite 数据库（各行均已加密封存）</translation>
    </message>
    <message>
        <source>SQLite&apos;s write-ahead log (truncated after every deletion)</source>
        <translation>SQLite 的预写日志（每次删除后截断）</translation>
    </message>
    <message>
        <source>SQLite&apos;s shared-memory index for the log</source>
        <translation>SQLite 为日志建立的共享内存索引</translation>
    </message>
    <message>
        <source>a counter that tells other Mayfly windows to refresh (no content)</source>
        <translation>通知其他 Mayfly 窗口刷新的计数器（不含内容）</translation>
    </message>
    <message>
        <source>removed when you wipe</source>
        <translation>全部清除时删除</translation>
    </message>
    <message>
        <source>network activity log (host, method, path, status, bytes)</source>
        <translation>网络活动日志（主机、方法、路径、状态、字节数）</translation>
    </message>
    <message>
        <source>process memory (never written to disk)</source>
        <translation>进程内存（从不写入磁盘）</translation>
    </message>
    <message>
        <source>(janitor last deleted some at %1)</source>
        <translation>（自动清理上次于 %1 删除过一些）</translation>
    </message>
    <message>
        <source>the local relay&apos;s database (&quot;This computer&quot;): address names, token hashes and sealed mail</source>
        <translation>本地中继的数据库（“这台电脑”）：地址名称、令牌哈希和已封存的邮件</translation>
    </message>
    <message>
        <source>memory of the local relay process (--memory-only)</source>
        <translation>本地中继进程的内存（--memory-only）</translation>
    </message>
    <message>
        <source>gone when Mayfly exits</source>
        <translation>Mayfly 退出时消失</translation>
    </message>
    <message>
        <source>each address and its mail when the address expires; the folder is deleted by Delete everything (the relay is stopped first)</source>
        <translation>每个地址及其邮件在地址过期时删除；文件夹由“全部删除”删除（先停止中继）</translation>
    </message>
    <message>
        <source>local relay file %1</source>
        <translation>本地中继文件 %1</translation>
    </message>
    <message>
        <source>deleted by Delete everything</source>
        <translation>由“全部删除”删除</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Wipe</name>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::ZipWriter</name>
    <message>
        <source>cannot write the archive: %1</source>
        <translation>无法写入归档：%1</translation>
    </message>
    <message>
        <source>too many files for a ZIP archive</source>
        <translation>文件过多，无法放入 ZIP 归档</translation>
    </message>
    <message>
        <source>the export is too large for a ZIP archive</source>
        <translation>导出内容过大，无法放入 ZIP 归档</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::GuerrillaMailProvider</name>
    <message>
        <source>Addresses live 60 minutes (renewable); messages are deleted after about an hour. Anyone who knows the name can read the inbox.</source>
        <translation>地址有效期 60 分钟（可续期）；邮件约一小时后删除。任何知道名称的人都能读取该收件箱。</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::InbucketProvider</name>
    <message>
        <source>Kept until the server&apos;s retention ends (24 hours by default). No access control: everyone who can reach the server reads every mailbox.</source>
        <translation>保留到服务器的保留期结束（默认 24 小时）。没有访问控制：能访问服务器的任何人都能读取所有邮箱。</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::MailTmProvider</name>
    <message>
        <source>Messages are deleted by the provider after about 7 days; the account stays until deleted.</source>
        <translation>服务商会在大约 7 天后删除邮件；账户会一直保留，直到被删除。</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::MailpitProvider</name>
    <message>
        <source>Kept until the server prunes it (500 messages by default). No per-mailbox privacy: everyone who can reach the server reads every address.</source>
        <translation>保留到服务器清理为止（默认保留 500 封）。邮箱之间没有隐私隔离：能访问服务器的任何人都能读取所有地址。</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::Provider</name>
    <message>
        <source>private</source>
        <comment>privacy label: a credential per mailbox</comment>
        <translation>私密</translation>
    </message>
    <message>
        <source>token</source>
        <comment>privacy label: readable by whoever holds the session token</comment>
        <translation>令牌</translation>
    </message>
    <message>
        <source>public</source>
        <comment>privacy label: anyone who knows the address can read it</comment>
        <translation>公开</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::RelayProvider</name>
    <message>
        <source>Mayfly relay</source>
        <translation>Mayfly 中继</translation>
    </message>
    <message>
        <source>Messages are kept, sealed to your key, until the address expires or you delete it.</source>
        <translation>邮件以你的密钥加密封存，直到地址过期或你将其删除。</translation>
    </message>
</context>
<context>
    <name>mayfly::core::secrets::KeychainSecretStore</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>钥匙串没有响应</translation>
    </message>
</context>
<context>
    <name>mayfly::core::secrets::PassphraseKey</name>
    <message>
        <source>empty passphrase</source>
        <translation>密码短语为空</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>密码短语错误</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Migrations</name>
    <message>
        <source>this store has schema version %1 but this Mayfly understands up to %2; use a newer Mayfly or another --profile</source>
        <translation>此数据库的架构版本为 %1，但当前 Mayfly 最高只支持 %2；请使用更新版本的 Mayfly 或另一个 --profile</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Profile</name>
    <message>
        <source>this profile is protected by a passphrase: set MAYFLY_PASSPHRASE (or type it when asked)</source>
        <translation>此配置文件受密码短语保护：请设置 MAYFLY_PASSPHRASE（或在提示时输入）</translation>
    </message>
    <message>
        <source>the keychain has no key for this profile although it holds data (%1). Unlock your keyring (a locked keyring answers &quot;not found&quot;) and try again; Mayfly never starts over while data exists</source>
        <translation>钥匙串中没有此配置文件的密钥，但该配置文件中仍有数据（%1）。请解锁你的钥匙串（锁定的钥匙串会回答“未找到”）后重试；只要数据还在，Mayfly 绝不会从头开始</translation>
    </message>
    <message>
        <source>cannot read this profile&apos;s key from the keychain (%1). Start or unlock your keyring and try again</source>
        <translation>无法从钥匙串读取此配置文件的密钥（%1）。请启动或解锁你的钥匙串后重试</translation>
    </message>
    <message>
        <source>Choose a passphrase instead (set MAYFLY_PASSPHRASE) or run with --memory-only, which writes nothing</source>
        <translation>请改用密码短语（设置 MAYFLY_PASSPHRASE），或使用 --memory-only 运行，这样不会写入任何内容</translation>
    </message>
    <message>
        <source>no usable keychain (%1). %2</source>
        <extracomment>%1 is the keychain&apos;s own reason (technical); %2 says how to go on</extracomment>
        <translation>没有可用的钥匙串（%1）。%2</translation>
    </message>
    <message>
        <source>cannot store a key in the keychain (%1). %2</source>
        <extracomment>%1 is the keychain&apos;s own reason (technical); %2 says how to go on</extracomment>
        <translation>无法在钥匙串中保存密钥（%1）。%2</translation>
    </message>
    <message>
        <source>the store is wiped but the keychain entry could not be removed (%1)</source>
        <translation>数据库已清除，但无法删除钥匙串条目（%1）</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Store</name>
    <message>
        <source>%1: the disk is full; free some space and try again (nothing stored was lost)</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1：磁盘已满；请释放一些空间后重试（已存储的内容没有丢失）</translation>
    </message>
    <message>
        <source>%1: the store is busy in another Mayfly process</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1：数据库正被另一个 Mayfly 进程占用</translation>
    </message>
    <message>
        <source>%1: the store file is damaged or not a Mayfly store</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1：数据库文件已损坏，或不是 Mayfly 的数据库</translation>
    </message>
    <message>
        <source>cannot create the profile folder %1</source>
        <translation>无法创建配置文件夹 %1</translation>
    </message>
    <message>
        <source>this key does not open the store (wrong passphrase, or another profile&apos;s key)</source>
        <translation>此密钥无法打开数据库（密码短语错误，或是其他配置文件的密钥）</translation>
    </message>
    <message>
        <source>the store is locked</source>
        <translation>数据库已锁定</translation>
    </message>
    <message>
        <source>a sealed value failed to open (damaged or moved row)</source>
        <translation>无法打开一个已加密封存的值（行已损坏或被移动）</translation>
    </message>
    <message>
        <source>retention must be between 10 minutes and 30 days</source>
        <translation>保留时长必须在 10 分钟到 30 天之间</translation>
    </message>
    <message>
        <source>this address is already stored</source>
        <translation>此地址已存储</translation>
    </message>
    <message>
        <source>no such address (it may have expired)</source>
        <translation>没有这个地址（可能已过期）</translation>
    </message>
    <message>
        <source>no such address</source>
        <translation>没有这个地址</translation>
    </message>
    <message>
        <source>no such message (it may have expired)</source>
        <translation>没有这封邮件（可能已过期）</translation>
    </message>
    <message>
        <source>no such message</source>
        <translation>没有这封邮件</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::AddressListModel</name>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>%1 后过期</translation>
    </message>
    <message>
        <source>Private: only Mayfly holds the credential for this mailbox.</source>
        <translation>私密：只有 Mayfly 持有此邮箱的凭据。</translation>
    </message>
    <message>
        <source>Token: anyone holding the session token can read this mailbox.</source>
        <translation>令牌：任何持有会话令牌的人都能读取此邮箱。</translation>
    </message>
    <message>
        <source>Public: anyone who knows this address can read its mail.</source>
        <translation>公开：任何知道此地址的人都能读取其邮件。</translation>
    </message>
    <message>
        <source>All addresses</source>
        <translation>所有地址</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n 个地址</numerusform>
        </translation>
    </message>
    <message>
        <source>The messages of every address, newest first.</source>
        <translation>所有地址的邮件，最新的在前。</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::CodeBanner</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Open link...</source>
        <translation>打开链接...</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>复制验证码</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>验证码：</translation>
    </message>
    <message>
        <source>Confirmation link:</source>
        <translation>确认链接：</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::DeletionTimeline</name>
    <message>
        <source>Deletion timeline</source>
        <translation>删除时间线</translation>
    </message>
    <message>
        <source>No deletion is scheduled in the next days.</source>
        <translation>未来几天内没有计划的删除。</translation>
    </message>
    <message>
        <source>Next deletion: %1</source>
        <translation>下次删除：%1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>地址 %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>（未知发件人）</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>来自 %1 的邮件：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) deleted</source>
        <translation>
            <numerusform>%1：删除 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left afterwards: %n item(s), %1</source>
        <translation>
            <numerusform>之后剩余：%n 项，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Nothing stored</source>
        <translation>未存储任何内容</translation>
    </message>
    <message numerus="yes">
        <source>next deletion in %n minute(s)</source>
        <translation>
            <numerusform>%n 分钟后进行下次删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next deletion in %n hour(s)</source>
        <translation>
            <numerusform>%n 小时后进行下次删除</numerusform>
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
        <translation>无法保存设置：%1</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Mayfly</source>
        <translation>欢迎使用 Mayfly</translation>
    </message>
    <message>
        <source>Where should your throwaway addresses come from? You can change this later.</source>
        <translation>你的一次性地址从哪里来？之后可以更改。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::LinkDialog</name>
    <message>
        <source>Open link?</source>
        <translation>打开链接？</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>显示为：</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>实际指向：</translation>
    </message>
    <message>
        <source>Without tracking:</source>
        <translation>去除跟踪后：</translation>
    </message>
    <message>
        <source>Open without tracking</source>
        <translation>去除跟踪后打开</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>打开原始链接</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::LocalRelay</name>
    <message>
        <source>mayfly-relay was not found next to Mayfly.</source>
        <translation>未在 Mayfly 旁找到 mayfly-relay。</translation>
    </message>
    <message>
        <source>The local relay stopped (exit code %1).</source>
        <translation>本地中继已停止（退出代码 %1）。</translation>
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
        <translation>新建地址(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>复制地址(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete address</source>
        <translation>删除地址(&amp;D)</translation>
    </message>
    <message>
        <source>Delete &amp;message</source>
        <translation>删除邮件(&amp;M)</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>发送测试邮件(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open message file...</source>
        <translation>打开邮件文件(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>邮件(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>搜索邮件</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>搜索所有邮件</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Local relay: SMTP on 127.0.0.1:%1</source>
        <translation>本地中继：SMTP 位于 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Local relay: starting...</source>
        <translation>本地中继：正在启动...</translation>
    </message>
    <message>
        <source>Local relay stopped</source>
        <translation>本地中继已停止</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>已将 %1 复制到剪贴板</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>验证码：%1</translation>
    </message>
    <message>
        <source>A code was received.</source>
        <translation>收到了一个验证码。</translation>
    </message>
    <message>
        <source>New message for %1</source>
        <translation>%1 有新邮件</translation>
    </message>
    <message numerus="yes">
        <source>Mayfly (%n unread)</source>
        <translation>
            <numerusform>Mayfly（%n 封未读）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mayfly: %n unread</source>
        <translation>
            <numerusform>Mayfly：%n 封未读</numerusform>
        </translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>无法读取该邮件：%1</translation>
    </message>
    <message>
        <source>Creating an address...</source>
        <translation>正在创建地址...</translation>
    </message>
    <message>
        <source>Delete address</source>
        <translation>删除地址</translation>
    </message>
    <message>
        <source>Delete %1 and all its mail, here and at the provider?</source>
        <translation>删除 %1 及其全部邮件（本地和服务商处都会删除）？</translation>
    </message>
    <message>
        <source>Test message sent</source>
        <translation>测试邮件已发送</translation>
    </message>
    <message>
        <source>Sending the test message failed: %1</source>
        <translation>发送测试邮件失败：%1</translation>
    </message>
    <message>
        <source>Open message file</source>
        <translation>打开邮件文件</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml *.msg *.txt);;All files (*)</source>
        <translation>电子邮件（*.eml *.msg *.txt）;;所有文件（*）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>&amp;Privacy dashboard</source>
        <translation>隐私面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>隐私(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found in all addresses</source>
        <translation>
            <numerusform>在所有地址中找到 %n 封邮件</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Mayfly</source>
        <translation>显示 Mayfly</translation>
    </message>
    <message>
        <source>&amp;Label address...</source>
        <translation>为地址添加标签(&amp;L)...</translation>
    </message>
    <message>
        <source>E&amp;xtend address</source>
        <translation>延长地址有效期(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <source>Label address</source>
        <translation>为地址添加标签</translation>
    </message>
    <message>
        <source>What is %1 for? (for example &quot;used on example.com&quot;)</source>
        <translation>%1 用在哪里？（例如“用于 example.com”）</translation>
    </message>
    <message>
        <source>Extending %1...</source>
        <translation>正在延长 %1...</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>设置已保存</translation>
    </message>
    <message>
        <source>Settings saved. The local relay starts the next time Mayfly starts.</source>
        <translation>设置已保存。本地中继将在下次启动 Mayfly 时运行。</translation>
    </message>
    <message>
        <source>Settings saved. The new language takes effect when Mayfly restarts.</source>
        <translation>设置已保存。新语言将在重启 Mayfly 后生效。</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message numerus="yes">
        <source>[%n tracker(s) blocked]</source>
        <translation>
            <numerusform>[已拦截 %n 个跟踪器]</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessagePane</name>
    <message numerus="yes">
        <source>%n tracker(s)</source>
        <translation>
            <numerusform>%n 个跟踪器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n company(s)</source>
        <translation>
            <numerusform>（来自 %n 家公司）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s)</source>
        <translation>
            <numerusform>%n 张远程图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other remote reference(s)</source>
        <translation>
            <numerusform>%n 个其他远程引用</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: %1 removed</source>
        <translation>已拦截并移除：%1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源代码</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Attachments are never opened. Double-click to save one.</source>
        <translation>附件永远不会被打开。双击可保存附件。</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>未选择邮件</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>发件人：%1</translation>
    </message>
    <message>
        <source>Careful: the sender&apos;s name contains an address; the real sender is %1</source>
        <translation>注意：发件人名称中包含一个地址；真正的发件人是 %1</translation>
    </message>
    <message>
        <source>This message is malformed and is shown as plain text.</source>
        <translation>此邮件格式有误，以纯文本显示。</translation>
    </message>
    <message>
        <source>Open message file</source>
        <translation>打开邮件文件</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 25 MiB.</source>
        <translation>%1 大于 25 MiB。</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Saving the attachment failed: %1</source>
        <translation>保存附件失败：%1</translation>
    </message>
    <message>
        <source>%1 is not a message file.</source>
        <translation>%1 不是邮件文件。</translation>
    </message>
    <message>
        <source>Message, text and source</source>
        <translation>邮件、纯文本和源代码</translation>
    </message>
    <message numerus="yes">
        <source>%n unsafe image(s)</source>
        <translation>
            <numerusform>%n 张不安全的图片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessageView</name>
    <message>
        <source>Message</source>
        <translation>邮件</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::PrivacyDashboard</name>
    <message>
        <source>Export my data to...</source>
        <translation>将我的数据导出到...</translation>
    </message>
    <message>
        <source>Privacy dashboard</source>
        <translation>隐私面板</translation>
    </message>
    <message>
        <source>&amp;Export my data...</source>
        <translation>导出我的数据(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Delete everything now...</source>
        <translation>立即删除全部内容(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>Next deletion</source>
        <translation>下次删除</translation>
    </message>
    <message>
        <source>Last deletion</source>
        <translation>最后删除</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for:</source>
        <translation>新地址的邮件保留时长：</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>在这台电脑上</translation>
    </message>
    <message>
        <source>Solid line: items stored. Dashed line: bytes stored. The orange line is the next scheduled deletion; hover a dot to see what goes then.</source>
        <translation>实线：存储的条目数。虚线：存储的字节数。橙色线是下一次计划删除；将鼠标悬停在点上可查看届时删除的内容。</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <source>What each provider holds about you, and for how long by its own documentation. Mayfly deletes an address at the provider when it expires, where the provider allows it.</source>
        <translation>各服务商保存了你的哪些数据、按其自身文档保留多久。地址过期时，如果服务商允许，Mayfly 会在服务商处将其删除。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>保存的内容</translation>
    </message>
    <message>
        <source>Provider&apos;s retention</source>
        <translation>服务商的保留期限</translation>
    </message>
    <message>
        <source>At the providers</source>
        <translation>在服务商处</translation>
    </message>
    <message>
        <source>Host / request</source>
        <translation>主机 / 请求</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>接收字节数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>This log lives in memory only and is gone when Mayfly exits. It never holds query strings, headers or bodies.</source>
        <translation>此日志仅存在于内存中，Mayfly 退出后即消失。它从不记录查询字符串、标头或正文。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>&lt;b&gt;No telemetry, no analytics.&lt;/b&gt; Every request Mayfly makes is in the &lt;a href=&quot;#network&quot;&gt;network log&lt;/a&gt;: only the providers you use appear there.</source>
        <translation>&lt;b&gt;没有遥测，没有分析。&lt;/b&gt;Mayfly 发出的每个请求都在&lt;a href=&quot;#network&quot;&gt;网络日志&lt;/a&gt;中：那里只会出现你使用的服务商。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No update check.&lt;/b&gt; Nothing is contacted at start-up; see the &lt;a href=&quot;#network&quot;&gt;network log&lt;/a&gt; right after starting.</source>
        <translation>&lt;b&gt;不检查更新。&lt;/b&gt;启动时不会联系任何服务器；启动后可立即查看&lt;a href=&quot;#network&quot;&gt;网络日志&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No cookies.&lt;/b&gt; The cookie jar refuses everything; the &lt;a href=&quot;#network&quot;&gt;network tab&lt;/a&gt; checks that it is empty and that no request carried a cookie.</source>
        <translation>&lt;b&gt;没有 Cookie。&lt;/b&gt;Cookie 存储拒绝一切；&lt;a href=&quot;#network&quot;&gt;网络&lt;/a&gt;标签页会检查它为空，且没有任何请求携带 Cookie。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No logs on disk.&lt;/b&gt; The &lt;a href=&quot;#computer&quot;&gt;inventory&lt;/a&gt; lists every file Mayfly writes; there is no log among them.</source>
        <translation>&lt;b&gt;磁盘上没有日志。&lt;/b&gt;&lt;a href=&quot;#computer&quot;&gt;清单&lt;/a&gt;列出了 Mayfly 写入的每个文件，其中没有日志。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No plaintext secrets.&lt;/b&gt; Messages, addresses and credentials are sealed with AES-256-GCM; the &lt;a href=&quot;#computer&quot;&gt;inventory&lt;/a&gt; shows what is encrypted. The source: core/store/Store.cpp, core/net/HttpClient.cpp.</source>
        <translation>&lt;b&gt;没有明文机密。&lt;/b&gt;邮件、地址和凭据均以 AES-256-GCM 加密封存；&lt;a href=&quot;#computer&quot;&gt;清单&lt;/a&gt;显示了哪些内容已加密。源代码：core/store/Store.cpp、core/net/HttpClient.cpp。</translation>
    </message>
    <message>
        <source>What Mayfly never does</source>
        <translation>Mayfly 绝不会做的事</translation>
    </message>
    <message>
        <source>Nothing is scheduled for deletion in the next 7 days.</source>
        <translation>未来 7 天内没有计划删除的内容。</translation>
    </message>
    <message>
        <source>Everything was deleted. Mayfly holds nothing on this computer.</source>
        <translation>一切都已删除。Mayfly 在这台电脑上不再保存任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Mayfly holds %n item(s) (%1) on this computer.</source>
        <translation>
            <numerusform>Mayfly 在这台电脑上保存了 %n 项（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The next deletion is at %1.</source>
        <translation>下次删除时间：%1。</translation>
    </message>
    <message>
        <source>The inventory could not be read: %1</source>
        <translation>无法读取清单：%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>until you delete it</source>
        <translation>直到你将其删除</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>（未知发件人）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>To %1, received %2</source>
        <translation>发给 %1，接收于 %2</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>立即删除</translation>
    </message>
    <message>
        <source>Delete %1 now</source>
        <translation>立即删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>the address and %n message(s)</source>
        <translation>
            <numerusform>该地址及 %n 封邮件</numerusform>
        </translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Delete at provider</source>
        <translation>在服务商处删除</translation>
    </message>
    <message>
        <source>The provider offers no deletion</source>
        <translation>该服务商不提供删除功能</translation>
    </message>
    <message>
        <source>No network client in this window.</source>
        <translation>此窗口中没有网络客户端。</translation>
    </message>
    <message>
        <source>Proxy: none (direct connections)</source>
        <translation>代理：无（直接连接）</translation>
    </message>
    <message>
        <source>Proxy: the system&apos;s settings</source>
        <translation>代理：系统设置</translation>
    </message>
    <message>
        <source>Proxy: SOCKS5 %1:%2 (host names resolved by the proxy)</source>
        <translation>代理：SOCKS5 %1:%2（由代理解析主机名）</translation>
    </message>
    <message>
        <source>Proxy: HTTP %1:%2</source>
        <translation>代理：HTTP %1:%2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>Cookie jar: empty (checked just now).</source>
        <translation>Cookie 存储：空（刚刚检查过）。</translation>
    </message>
    <message>
        <source>Cookie jar: NOT empty (%1).</source>
        <translation>Cookie 存储：不为空（%1）。</translation>
    </message>
    <message>
        <source>No request of this session carried a cookie.</source>
        <translation>本次会话没有任何请求携带 Cookie。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) carried a cookie.</source>
        <translation>
            <numerusform>有 %n 个请求携带了 Cookie。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Providers tried to set %n cookie(s); all were refused.</source>
        <translation>
            <numerusform>服务商试图设置 %n 个 Cookie，均被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>%1 was deleted at the provider. Mayfly keeps its copy until you delete it here.</source>
        <translation>%1 已在服务商处删除。Mayfly 会保留本地副本，直到你在这里删除。</translation>
    </message>
    <message>
        <source>The provider could not delete %1: %2</source>
        <translation>服务商无法删除 %1：%2</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>删除全部内容</translation>
    </message>
    <message>
        <source>Delete every address, message and credential, here and at the providers, and the encryption key? This cannot be undone.</source>
        <translation>删除所有地址、邮件和凭据（本地及服务商处）以及加密密钥？此操作无法撤消。</translation>
    </message>
    <message>
        <source>%1: %2 offers no deletion; it keeps the mail for its own retention (%3).</source>
        <translation>%1：%2 不提供删除功能；邮件会按其自身的保留期限保存（%3）。</translation>
    </message>
    <message>
        <source>%1: deleted at the provider.</source>
        <translation>%1：已在服务商处删除。</translation>
    </message>
    <message>
        <source>%1: the provider could not delete it: %2</source>
        <translation>%1：服务商无法删除：%2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Removed from this computer:</source>
        <translation>已从这台电脑中移除：</translation>
    </message>
    <message>
        <source>The local wipe failed: %1</source>
        <translation>本地清除失败：%1</translation>
    </message>
    <message>
        <source>At the providers:</source>
        <translation>在服务商处：</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>导出我的数据</translation>
    </message>
    <message>
        <source>Include provider credentials (encrypted with a passphrase)</source>
        <translation>包含服务商凭据（以密码短语加密）</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码短语：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>Choose folder and export</source>
        <translation>选择文件夹并导出</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n address(es)</source>
        <translation>
            <numerusform>已导出 %n 个地址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n message(s) to:</source>
        <translation>
            <numerusform>和 %n 封邮件到：</numerusform>
        </translation>
    </message>
    <message>
        <source>The credentials are in %1, encrypted with your passphrase.</source>
        <translation>凭据位于 %1，已用你的密码短语加密。</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保留期限</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>无法保存该设置：%1</translation>
    </message>
    <message>
        <source>window size and notification choices (nothing secret)</source>
        <translation>窗口大小和通知选项（不含机密）</translation>
    </message>
    <message>
        <source>removed when you wipe</source>
        <translation>全部清除时删除</translation>
    </message>
    <message>
        <source>at %1, created %2</source>
        <translation>位于 %1，创建于 %2</translation>
    </message>
    <message>
        <source>to %1, received %2</source>
        <translation>发给 %1，接收于 %2</translation>
    </message>
    <message>
        <source>(this address expires %1)</source>
        <translation>（此地址于 %1 过期）</translation>
    </message>
    <message>
        <source>Deleting at the providers, then on this computer...</source>
        <translation>正在服务商处删除，随后删除本机数据...</translation>
    </message>
    <message>
        <source>Addresses, labels and every message as an .eml file, with a README, in a new folder or .zip file. It holds your mail in readable form: keep it safe.</source>
        <translation>地址、标签以及每封邮件（.eml 文件），连同一个 README，导出到新文件夹或 .zip 文件。其中的邮件是可读的，请妥善保管。</translation>
    </message>
    <message>
        <source>As one .zip file instead of a folder</source>
        <translation>导出为单个 .zip 文件而非文件夹</translation>
    </message>
    <message>
        <source>Privacy dashboard sections</source>
        <translation>隐私面板分区</translation>
    </message>
    <message>
        <source>What Mayfly stores</source>
        <translation>Mayfly 保存的内容</translation>
    </message>
    <message>
        <source>What each provider holds</source>
        <translation>每个服务商保存的内容</translation>
    </message>
    <message>
        <source>Network requests of this session</source>
        <translation>本次会话的网络请求</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::Session</name>
    <message>
        <source>Reading the addresses failed</source>
        <translation>读取地址失败</translation>
    </message>
    <message>
        <source>Reading the messages failed</source>
        <translation>读取邮件失败</translation>
    </message>
    <message>
        <source>Saving the address failed</source>
        <translation>保存地址失败</translation>
    </message>
    <message>
        <source>Creating an address failed</source>
        <translation>创建地址失败</translation>
    </message>
    <message>
        <source>The provider could not delete the address</source>
        <translation>服务商无法删除该地址</translation>
    </message>
    <message>
        <source>Deleting the address failed</source>
        <translation>删除地址失败</translation>
    </message>
    <message>
        <source>Deleting the message failed</source>
        <translation>删除邮件失败</translation>
    </message>
    <message>
        <source>Saving the message failed</source>
        <translation>保存邮件失败</translation>
    </message>
    <message>
        <source>Fetching the message list failed</source>
        <translation>获取邮件列表失败</translation>
    </message>
    <message>
        <source>Fetching a message failed</source>
        <translation>获取邮件失败</translation>
    </message>
    <message>
        <source>provider not available</source>
        <translation>服务商不可用</translation>
    </message>
    <message>
        <source>Saving the label failed</source>
        <translation>无法保存标签</translation>
    </message>
    <message>
        <source>Extending the address failed</source>
        <translation>无法延长地址有效期</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for</source>
        <translation>新地址的邮件保留时长</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for:</source>
        <translation>新地址的邮件保留时长：</translation>
    </message>
    <message>
        <source>A new source or proxy applies to new addresses and new connections; addresses you already have keep their provider. Restart Mayfly to move every connection to a new proxy.</source>
        <translation>新的来源或代理只用于新地址和新连接；已有地址仍使用原来的服务商。重启 Mayfly 可让所有连接都经过新代理。</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>Clear copied codes and links after</source>
        <translation>清除已复制的验证码和链接的时间</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Clear copied codes and links after:</source>
        <translation>已复制的验证码和链接清除时间：</translation>
    </message>
    <message>
        <source>Codes and links are marked as secret so clipboard managers do not keep them. Mayfly clears them only if they are still on the clipboard.</source>
        <translation>验证码和链接会被标记为机密，剪贴板管理器不会保存它们。只有它们仍在剪贴板中时，Mayfly 才会清除。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Notify me when a message arrives</source>
        <translation>收到邮件时通知我</translation>
    </message>
    <message>
        <source>Show the verification code in the notification</source>
        <translation>在通知中显示验证码</translation>
    </message>
    <message>
        <source>Notifications may be kept in your desktop&apos;s history and shown on a locked screen. Without this option they only say that a code was received.</source>
        <translation>通知可能会保留在桌面的历史记录中，并显示在锁屏上。不勾选此项时，通知只会说明收到了验证码。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Start in the system tray, without opening the window</source>
        <translation>启动时只显示在系统托盘，不打开窗口</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>关闭窗口后继续在托盘中运行</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>系统托盘</translation>
    </message>
    <message>
        <source>While Mayfly runs in the tray it keeps receiving mail and deleting what has expired. Quit from the tray menu to stop it.</source>
        <translation>在托盘中运行时，Mayfly 会继续接收邮件并删除已过期的内容。要停止它，请在托盘菜单中选择退出。</translation>
    </message>
    <message>
        <source>A new language takes effect when Mayfly restarts.</source>
        <translation>新语言将在重启 Mayfly 后生效。</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>此桌面没有系统托盘。</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>设置分区</translation>
    </message>
    <message>
        <source>Show the sender and subject in the notification</source>
        <translation>在通知中显示发件人和主题</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::SourcePicker</name>
    <message>
        <source>Private mailbox</source>
        <translation>私密邮箱</translation>
    </message>
    <message>
        <source>Readable with its session token</source>
        <translation>凭会话令牌即可读取</translation>
    </message>
    <message>
        <source>Public inbox: anyone who knows the address can read it</source>
        <translation>公开收件箱：任何知道地址的人都能读取</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>这台电脑</translation>
    </message>
    <message>
        <source>A relay on this computer, for testing your own application&apos;s mail. Private; nothing leaves this machine; addresses live 24 hours.</source>
        <translation>这台电脑上的中继，用于测试你自己应用程序发出的邮件。私密；任何内容都不会离开这台机器；地址有效期 24 小时。</translation>
    </message>
    <message>
        <source>Your own relay</source>
        <translation>你自己的中继</translation>
    </message>
    <message>
        <source>Addresses from</source>
        <translation>地址来源</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>服务器 URL：</translation>
    </message>
    <message>
        <source>Creation key:</source>
        <translation>创建密钥：</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Direct (no proxy)</source>
        <translation>直接连接（不使用代理）</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>系统代理</translation>
    </message>
    <message>
        <source>SOCKS5, names resolved by the proxy (Tor)</source>
        <translation>SOCKS5，由代理解析域名（Tor）</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP 代理</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Kept encrypted in your profile, never in plain text.</source>
        <translation>加密保存在你的配置文件中，绝不以明文保存。</translation>
    </message>
    <message>
        <source>Where addresses come from</source>
        <translation>地址来源</translation>
    </message>
</context>
</TS>
