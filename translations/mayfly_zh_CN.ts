<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
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
    <name>mayfly::ui::FirstRunDialog</name>
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
        <source>Welcome to Mayfly</source>
        <translation>欢迎使用 Mayfly</translation>
    </message>
    <message>
        <source>Where should your throwaway addresses come from? You can change this later.</source>
        <translation>你的一次性地址从哪里来？之后可以更改。</translation>
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
</context>
</TS>
