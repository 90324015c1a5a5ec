<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>RetentionChoice</name>
    <message>
        <source>until the address expires</source>
        <translation>アドレスの期限が切れるまで</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No keychain</source>
        <translation>キーチェーンがありません</translation>
    </message>
    <message>
        <source>Mayfly keeps its encryption key in your system keychain, which is not available:
%1

You can protect your data with a passphrase instead, or use a session that writes nothing to disk.</source>
        <translation>Mayfly は暗号鍵をシステムのキーチェーンに保管しますが、キーチェーンを利用できません:
%1

代わりにパスフレーズでデータを保護するか、ディスクに何も書き込まないセッションを使用できます。</translation>
    </message>
    <message>
        <source>Use a passphrase...</source>
        <translation>パスフレーズを使う...</translation>
    </message>
    <message>
        <source>Memory only</source>
        <translation>メモリのみ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Passphrase for this profile:</source>
        <translation>このプロファイルのパスフレーズ:</translation>
    </message>
    <message>
        <source>Throwaway e-mail addresses, with mail shown in a view that cannot run scripts or reach the network.</source>
        <translation>使い捨てのメールアドレス。メールはスクリプトを実行できず、ネットワークにも接続できないビューで表示されます。</translation>
    </message>
    <message>
        <source>Use DIR as the data directory.</source>
        <translation>DIR をデータディレクトリとして使います。</translation>
    </message>
    <message>
        <source>Write nothing to disk.</source>
        <translation>ディスクに何も書き込みません。</translation>
    </message>
    <message>
        <source>Do not start the local relay.</source>
        <translation>ローカルリレーを起動しません。</translation>
    </message>
    <message>
        <source>Message files (.eml) to show read-only.</source>
        <translation>読み取り専用で表示するメッセージファイル (.eml)。</translation>
    </message>
    <message>
        <source>Mayfly</source>
        <translation>Mayfly</translation>
    </message>
    <message>
        <source>Mayfly could not open its data:
%1</source>
        <translation>Mayfly のデータを開けませんでした:
%1</translation>
    </message>
</context>
<context>
    <name>mayfly::core::Error</name>
    <message>
        <source>invalid input</source>
        <translation>無効な入力</translation>
    </message>
    <message>
        <source>limit exceeded</source>
        <translation>上限を超えました</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>すでに存在します</translation>
    </message>
    <message>
        <source>i/o error</source>
        <translation>入出力エラー</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>cryptographic failure</source>
        <translation>暗号処理の失敗</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>リクエスト数の制限に達しました</translation>
    </message>
    <message>
        <source>provider unavailable</source>
        <translation>プロバイダーを利用できません</translation>
    </message>
    <message>
        <source>bad credential</source>
        <translation>認証情報が無効です</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>サポートされていません</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>キーチェーンを利用できません</translation>
    </message>
    <message>
        <source>written by a newer version</source>
        <translation>新しいバージョンで書き込まれています</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>内部エラー</translation>
    </message>
</context>
<context>
    <name>mayfly::core::html::LinkAnalyzer</name>
    <message>
        <source>goes through %1&apos;s click tracking</source>
        <translation>%1 のクリック追跡を経由します</translation>
    </message>
    <message>
        <source>redirect wrapper removed; destination %1</source>
        <translation>中継のリダイレクトを取り除きました。行き先: %1</translation>
    </message>
    <message>
        <source>the host is an IP address (%1)</source>
        <translation>ホストが IP アドレスです (%1)</translation>
    </message>
    <message>
        <source>internationalised host; its real name is %1</source>
        <translation>国際化ホスト名です。実際の名前は %1 です</translation>
    </message>
    <message>
        <source>the host mixes scripts (%1)</source>
        <translation>ホスト名に複数の文字体系が混在しています (%1)</translation>
    </message>
    <message>
        <source>not encrypted (http)</source>
        <translation>暗号化されていません (http)</translation>
    </message>
    <message>
        <source>the part before @ is not the host; the real host is %1</source>
        <translation>@ より前の部分はホストではありません。実際のホストは %1 です</translation>
    </message>
    <message>
        <source>the text names %1 but the link goes to %2</source>
        <translation>テキストには %1 とありますが、リンク先は %2 です</translation>
    </message>
</context>
<context>
    <name>mayfly::core::html::Sanitizer</name>
    <message>
        <source>known tracker domain</source>
        <translation>既知のトラッカードメイン</translation>
    </message>
    <message>
        <source>the URL identifies you (your address or a hash of it)</source>
        <translation>URL からあなたを特定できます (アドレスまたはそのハッシュ)</translation>
    </message>
    <message>
        <source>tracking pixel (tiny or invisible image)</source>
        <translation>トラッキングピクセル (極小または不可視の画像)</translation>
    </message>
    <message>
        <source>remote image</source>
        <translation>外部画像</translation>
    </message>
    <message>
        <source>remote CSS resource</source>
        <translation>外部 CSS リソース</translation>
    </message>
    <message>
        <source>remote font</source>
        <translation>外部フォント</translation>
    </message>
    <message>
        <source>prefetch, preconnect or ping</source>
        <translation>プリフェッチ、事前接続または ping</translation>
    </message>
    <message>
        <source>form submission target</source>
        <translation>フォームの送信先</translation>
    </message>
    <message>
        <source>meta refresh redirect</source>
        <translation>meta refresh によるリダイレクト</translation>
    </message>
    <message>
        <source>base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>embedded frame</source>
        <translation>埋め込みフレーム</translation>
    </message>
    <message>
        <source>plug-in object</source>
        <translation>プラグインオブジェクト</translation>
    </message>
    <message>
        <source>audio or video</source>
        <translation>音声または動画</translation>
    </message>
    <message>
        <source>script</source>
        <translation>スクリプト</translation>
    </message>
    <message>
        <source>responsive image candidate (srcset)</source>
        <translation>レスポンシブ画像の候補 (srcset)</translation>
    </message>
    <message>
        <source>background image attribute</source>
        <translation>背景画像の属性</translation>
    </message>
    <message>
        <source>remote reference</source>
        <translation>外部参照</translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: the HTML is larger than %n MiB</source>
        <translation>
            <numerusform>プレーンテキストで表示: HTML が %n MiB を超えています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: an element has more than %n attributes</source>
        <translation>
            <numerusform>プレーンテキストで表示: 属性が %n 個を超える要素があります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shown as plain text: the HTML is nested deeper than %n levels</source>
        <translation>
            <numerusform>プレーンテキストで表示: HTML の入れ子が %n 階層を超えています</numerusform>
        </translation>
    </message>
    <message>
        <source>image bytes are not an allowed raster format</source>
        <translation>画像データが許可されたラスター形式ではありません</translation>
    </message>
</context>
<context>
    <name>mayfly::core::mime::MimeParser</name>
    <message>
        <source>a header name is invalid; parts of the message may be skipped</source>
        <translation>無効なヘッダー名があります。メッセージの一部が省略されている可能性があります</translation>
    </message>
    <message>
        <source>conflicting headers</source>
        <translation>ヘッダーが矛盾しています</translation>
    </message>
    <message>
        <source>conflicting header parameters</source>
        <translation>ヘッダーのパラメーターが矛盾しています</translation>
    </message>
    <message>
        <source>a multipart has no boundary</source>
        <translation>multipart に区切り (boundary) がありません</translation>
    </message>
    <message>
        <source>MIME nesting is too deep</source>
        <translation>MIME の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>a MIME part has neither headers nor content</source>
        <translation>ヘッダーも内容もない MIME パートがあります</translation>
    </message>
    <message>
        <source>the message is truncated</source>
        <translation>メッセージが途中で切れています</translation>
    </message>
    <message>
        <source>a multipart has no parts</source>
        <translation>multipart にパートがありません</translation>
    </message>
    <message>
        <source>the message is malformed</source>
        <translation>メッセージの形式が正しくありません</translation>
    </message>
    <message>
        <source>unknown charset &quot;%1&quot;; shown as UTF-8 or Windows-1252</source>
        <translation>不明な文字セット「%1」です。UTF-8 または Windows-1252 として表示しています</translation>
    </message>
    <message numerus="yes">
        <source>more than %n MIME parts; the rest is not shown</source>
        <translation>
            <numerusform>MIME パートが %n 個を超えています。残りは表示しません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MIME nesting deeper than %n; the rest is not shown</source>
        <translation>
            <numerusform>MIME の入れ子が %n 階層を超えています。残りは表示しません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a part decodes to more than %n MiB; it was cut</source>
        <translation>
            <numerusform>デコード後に %n MiB を超えるパートがあったため、切り詰めました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the decoded message exceeds %n MiB; the rest is not shown</source>
        <translation>
            <numerusform>デコードしたメッセージが %n MiB を超えています。残りは表示しません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the message is larger than %n MiB; the rest was cut</source>
        <translation>
            <numerusform>メッセージが %n MiB を超えているため、残りを切り詰めました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the header section is larger than %n KiB; the rest of it was dropped</source>
        <translation>
            <numerusform>ヘッダー部が %n KiB を超えているため、残りを破棄しました</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden or control characters were removed from the subject</source>
        <translation>件名から不可視文字または制御文字を取り除きました</translation>
    </message>
    <message numerus="yes">
        <source>the message names %n senders; the first is shown</source>
        <translation>
            <numerusform>差出人が %n 人指定されています。最初の差出人を表示しています</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden or control characters were removed from the sender name</source>
        <translation>差出人名から不可視文字または制御文字を取り除きました</translation>
    </message>
    <message>
        <source>the sender name contains an address; the real sender is %1</source>
        <translation>差出人名にアドレスが含まれています。実際の差出人は %1 です</translation>
    </message>
    <message>
        <source>the sender address is malformed</source>
        <translation>差出人アドレスの形式が正しくありません</translation>
    </message>
    <message>
        <source>the input is not a MIME message; shown as text</source>
        <translation>入力は MIME メッセージではないため、テキストとして表示しています</translation>
    </message>
    <message>
        <source>the message is malformed in a way that can hide content; shown as plain text</source>
        <translation>内容を隠せるような形式の誤りがあるため、プレーンテキストで表示しています</translation>
    </message>
</context>
<context>
    <name>mayfly::core::mime::render</name>
    <message>
        <source>This message is malformed in a way that can hide or fake content. It is shown as plain text.</source>
        <translation>このメッセージは内容を隠したり偽ったりできる形で壊れているため、プレーンテキストで表示しています。</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Export</name>
    <message numerus="yes">
        <source>the credentials need a passphrase of at least %n characters</source>
        <translation>
            <numerusform>認証情報には %n 文字以上のパスフレーズが必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>フォルダーが見つかりません: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>not a Mayfly credentials file</source>
        <translation>Mayfly の認証情報ファイルではありません</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Inventory</name>
    <message>
        <source>process memory (--memory-only)</source>
        <translation>プロセスのメモリ (--memory-only)</translation>
    </message>
    <message>
        <source>throwaway addresses and their labels</source>
        <translation>使い捨てアドレスとそのラベル</translation>
    </message>
    <message>
        <source>deleted when the address expires, here and at the provider</source>
        <translation>アドレスの期限が切れると、ここでもプロバイダー側でも削除</translation>
    </message>
    <message>
        <source>provider passwords, tokens and relay keys</source>
        <translation>プロバイダーのパスワードとトークン、リレーの鍵</translation>
    </message>
    <message>
        <source>deleted with their address</source>
        <translation>アドレスと一緒に削除</translation>
    </message>
    <message>
        <source>raw message sources (RFC 5322)</source>
        <translation>メッセージの生のソース (RFC 5322)</translation>
    </message>
    <message numerus="yes">
        <source>deleted %n h after arrival unless the address says otherwise</source>
        <translation>
            <numerusform>受信から %n 時間後に削除 (アドレスに別の設定がない場合)</numerusform>
        </translation>
    </message>
    <message>
        <source>sender, subject and preview of each message</source>
        <translation>各メッセージの差出人、件名、プレビュー</translation>
    </message>
    <message>
        <source>deleted with their message</source>
        <translation>メッセージと一緒に削除</translation>
    </message>
    <message>
        <source>messages with attachments (kept inside the raw source, never as files)</source>
        <translation>添付ファイル付きのメッセージ (生のソース内に保管し、ファイルとしては保存しません)</translation>
    </message>
    <message>
        <source>preferences (nothing secret)</source>
        <translation>設定 (秘密情報なし)</translation>
    </message>
    <message>
        <source>kept until you wipe</source>
        <translation>すべて消去するまで保管</translation>
    </message>
    <message>
        <source>the store&apos;s master key (keychain entry)</source>
        <translation>データベースのマスターキー (キーチェーンの項目)</translation>
    </message>
    <message>
        <source>%1: service &quot;%2&quot;, entry &quot;%3&quot;</source>
        <translation>%1: サービス「%2」、項目「%3」</translation>
    </message>
    <message>
        <source>the store&apos;s master key, wrapped with your passphrase (scrypt)</source>
        <translation>データベースのマスターキー (パスフレーズで暗号化、scrypt)</translation>
    </message>
    <message>
        <source>the store&apos;s master key</source>
        <translation>データベースのマスターキー</translation>
    </message>
    <message>
        <source>process memory</source>
        <translation>プロセスのメモリ</translation>
    </message>
    <message>
        <source>gone when the program exits</source>
        <translation>プログラムの終了時に消えます</translation>
    </message>
    <message>
        <source>the SQLite database (sealed rows)</source>
        <translation>SQLite データベース (行ごとに封印済み)</translation>
    </message>
    <message>
        <source>SQLite&apos;s write-ahead log (truncated after every deletion)</source>
        <translation>SQLite の先行書き込みログ (削除のたびに切り詰め)</translation>
    </message>
    <message>
        <source>SQLite&apos;s shared-memory index for the log</source>
        <translation>ログ用の SQLite 共有メモリインデックス</translation>
    </message>
    <message>
        <source>a counter that tells other Mayfly windows to refresh (no content)</source>
        <translation>他の Mayfly ウィンドウに更新を知らせるカウンター (内容なし)</translation>
    </message>
    <message>
        <source>removed when you wipe</source>
        <translation>すべて消去するときに削除</translation>
    </message>
    <message>
        <source>network activity log (host, method, path, status, bytes)</source>
        <translation>ネットワーク活動ログ (ホスト、メソッド、パス、ステータス、バイト数)</translation>
    </message>
    <message>
        <source>process memory (never written to disk)</source>
        <translation>プロセスのメモリ (ディスクには書き込みません)</translation>
    </message>
    <message>
        <source>(janitor last deleted some at %1)</source>
        <translation>(自動削除の最終実行: %1)</translation>
    </message>
    <message>
        <source>the local relay&apos;s database (&quot;This computer&quot;): address names, token hashes and sealed mail</source>
        <translation>ローカルリレーのデータベース（「このコンピューター」）：アドレス名、トークンのハッシュ、封印されたメール</translation>
    </message>
    <message>
        <source>memory of the local relay process (--memory-only)</source>
        <translation>ローカルリレーのプロセスのメモリ（--memory-only）</translation>
    </message>
    <message>
        <source>gone when Mayfly exits</source>
        <translation>Mayfly の終了時に消えます</translation>
    </message>
    <message>
        <source>each address and its mail when the address expires; the folder is deleted by Delete everything (the relay is stopped first)</source>
        <translation>各アドレスとそのメールはアドレスの期限切れ時に削除。フォルダーは「すべて削除」で削除されます（先にリレーを停止）</translation>
    </message>
    <message>
        <source>local relay file %1</source>
        <translation>ローカルリレーのファイル %1</translation>
    </message>
    <message>
        <source>deleted by Delete everything</source>
        <translation>「すべて削除」で削除されます</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::Wipe</name>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 を削除できません</translation>
    </message>
</context>
<context>
    <name>mayfly::core::privacy::ZipWriter</name>
    <message>
        <source>cannot write the archive: %1</source>
        <translation>アーカイブに書き込めません: %1</translation>
    </message>
    <message>
        <source>too many files for a ZIP archive</source>
        <translation>ZIP アーカイブに入れるにはファイルが多すぎます</translation>
    </message>
    <message>
        <source>the export is too large for a ZIP archive</source>
        <translation>エクスポートが ZIP アーカイブには大きすぎます</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::GuerrillaMailProvider</name>
    <message>
        <source>Addresses live 60 minutes (renewable); messages are deleted after about an hour. Anyone who knows the name can read the inbox.</source>
        <translation>アドレスの有効期間は 60 分 (延長可能) で、メッセージは約 1 時間後に削除されます。名前を知っている人は誰でも受信箱を読めます。</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::InbucketProvider</name>
    <message>
        <source>Kept until the server&apos;s retention ends (24 hours by default). No access control: everyone who can reach the server reads every mailbox.</source>
        <translation>サーバーの保存期間が終わるまで保管されます (既定では 24 時間)。アクセス制御はなく、サーバーにアクセスできる人は誰でもすべてのメールボックスを読めます。</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::MailTmProvider</name>
    <message>
        <source>Messages are deleted by the provider after about 7 days; the account stays until deleted.</source>
        <translation>メッセージはプロバイダーによって約 7 日後に削除されます。アカウントは削除するまで残ります。</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::MailpitProvider</name>
    <message>
        <source>Kept until the server prunes it (500 messages by default). No per-mailbox privacy: everyone who can reach the server reads every address.</source>
        <translation>サーバーが整理するまで保管されます (既定では 500 件)。メールボックスごとのプライバシーはなく、サーバーにアクセスできる人は誰でもすべてのアドレスを読めます。</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::Provider</name>
    <message>
        <source>private</source>
        <comment>privacy label: a credential per mailbox</comment>
        <translation>プライベート</translation>
    </message>
    <message>
        <source>token</source>
        <comment>privacy label: readable by whoever holds the session token</comment>
        <translation>トークン</translation>
    </message>
    <message>
        <source>public</source>
        <comment>privacy label: anyone who knows the address can read it</comment>
        <translation>公開</translation>
    </message>
</context>
<context>
    <name>mayfly::core::providers::RelayProvider</name>
    <message>
        <source>Mayfly relay</source>
        <translation>Mayfly リレー</translation>
    </message>
    <message>
        <source>Messages are kept, sealed to your key, until the address expires or you delete it.</source>
        <translation>メッセージはあなたの鍵で封印して保管され、アドレスの期限が切れるか削除するまで残ります。</translation>
    </message>
</context>
<context>
    <name>mayfly::core::secrets::KeychainSecretStore</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>キーチェーンが応答しませんでした</translation>
    </message>
</context>
<context>
    <name>mayfly::core::secrets::PassphraseKey</name>
    <message>
        <source>empty passphrase</source>
        <translation>パスフレーズが空です</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>パスフレーズが違います</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Migrations</name>
    <message>
        <source>this store has schema version %1 but this Mayfly understands up to %2; use a newer Mayfly or another --profile</source>
        <translation>このデータベースのスキーマバージョンは %1 ですが、この Mayfly は %2 までしか扱えません。新しい Mayfly を使うか、別の --profile を指定してください</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Profile</name>
    <message>
        <source>this profile is protected by a passphrase: set MAYFLY_PASSPHRASE (or type it when asked)</source>
        <translation>このプロファイルはパスフレーズで保護されています。MAYFLY_PASSPHRASE を設定してください (または求められたときに入力してください)</translation>
    </message>
    <message>
        <source>the keychain has no key for this profile although it holds data (%1). Unlock your keyring (a locked keyring answers &quot;not found&quot;) and try again; Mayfly never starts over while data exists</source>
        <translation>このプロファイルにはデータがありますが、キーチェーンに鍵がありません (%1)。キーリングのロックを解除して (ロックされたキーリングは「見つかりません」と答えます) もう一度お試しください。データがある限り、Mayfly が最初からやり直すことはありません</translation>
    </message>
    <message>
        <source>cannot read this profile&apos;s key from the keychain (%1). Start or unlock your keyring and try again</source>
        <translation>このプロファイルの鍵をキーチェーンから読み取れません (%1)。キーリングを起動するかロックを解除して、もう一度お試しください</translation>
    </message>
    <message>
        <source>Choose a passphrase instead (set MAYFLY_PASSPHRASE) or run with --memory-only, which writes nothing</source>
        <translation>代わりにパスフレーズを選ぶ (MAYFLY_PASSPHRASE を設定) か、何も書き込まない --memory-only で実行してください</translation>
    </message>
    <message>
        <source>no usable keychain (%1). %2</source>
        <extracomment>%1 is the keychain&apos;s own reason (technical); %2 says how to go on</extracomment>
        <translation>使用できるキーチェーンがありません (%1)。%2</translation>
    </message>
    <message>
        <source>cannot store a key in the keychain (%1). %2</source>
        <extracomment>%1 is the keychain&apos;s own reason (technical); %2 says how to go on</extracomment>
        <translation>キーチェーンに鍵を保存できません (%1)。%2</translation>
    </message>
    <message>
        <source>the store is wiped but the keychain entry could not be removed (%1)</source>
        <translation>データベースは消去しましたが、キーチェーンの項目を削除できませんでした (%1)</translation>
    </message>
</context>
<context>
    <name>mayfly::core::store::Store</name>
    <message>
        <source>%1: the disk is full; free some space and try again (nothing stored was lost)</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1: ディスクがいっぱいです。空き容量を確保してもう一度お試しください (保存済みのデータは失われていません)</translation>
    </message>
    <message>
        <source>%1: the store is busy in another Mayfly process</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1: 別の Mayfly プロセスがデータベースを使用中です</translation>
    </message>
    <message>
        <source>%1: the store file is damaged or not a Mayfly store</source>
        <extracomment>%1 is the step that failed, a technical phrase in English (&quot;open the store&quot;)</extracomment>
        <translation>%1: データベースのファイルが壊れているか、Mayfly のものではありません</translation>
    </message>
    <message>
        <source>cannot create the profile folder %1</source>
        <translation>プロファイルフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>this key does not open the store (wrong passphrase, or another profile&apos;s key)</source>
        <translation>この鍵ではデータベースを開けません (パスフレーズが違うか、別のプロファイルの鍵です)</translation>
    </message>
    <message>
        <source>the store is locked</source>
        <translation>データベースはロックされています</translation>
    </message>
    <message>
        <source>a sealed value failed to open (damaged or moved row)</source>
        <translation>封印された値を開けませんでした (行が壊れているか移動されています)</translation>
    </message>
    <message>
        <source>retention must be between 10 minutes and 30 days</source>
        <translation>保存期間は 10 分から 30 日の間で指定してください</translation>
    </message>
    <message>
        <source>this address is already stored</source>
        <translation>このアドレスはすでに保存されています</translation>
    </message>
    <message>
        <source>no such address (it may have expired)</source>
        <translation>そのアドレスはありません (期限切れの可能性があります)</translation>
    </message>
    <message>
        <source>no such address</source>
        <translation>そのアドレスはありません</translation>
    </message>
    <message>
        <source>no such message (it may have expired)</source>
        <translation>そのメッセージはありません (期限切れの可能性があります)</translation>
    </message>
    <message>
        <source>no such message</source>
        <translation>そのメッセージはありません</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 を削除できません</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::AddressListModel</name>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>あと %1 で期限切れ</translation>
    </message>
    <message>
        <source>Private: only Mayfly holds the credential for this mailbox.</source>
        <translation>プライベート: このメールボックスの認証情報は Mayfly だけが持っています。</translation>
    </message>
    <message>
        <source>Token: anyone holding the session token can read this mailbox.</source>
        <translation>トークン: セッショントークンを持つ人は誰でもこのメールボックスを読めます。</translation>
    </message>
    <message>
        <source>Public: anyone who knows this address can read its mail.</source>
        <translation>公開: このアドレスを知っている人は誰でもメールを読めます。</translation>
    </message>
    <message>
        <source>All addresses</source>
        <translation>すべてのアドレス</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n 件のアドレス</numerusform>
        </translation>
    </message>
    <message>
        <source>The messages of every address, newest first.</source>
        <translation>すべてのアドレスのメッセージ（新しい順）。</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::CodeBanner</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Open link...</source>
        <translation>リンクを開く...</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>確認コード:</translation>
    </message>
    <message>
        <source>Confirmation link:</source>
        <translation>確認リンク:</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::DeletionTimeline</name>
    <message>
        <source>Deletion timeline</source>
        <translation>削除タイムライン</translation>
    </message>
    <message>
        <source>No deletion is scheduled in the next days.</source>
        <translation>今後数日間に予定されている削除はありません。</translation>
    </message>
    <message>
        <source>Next deletion: %1</source>
        <translation>次の削除: %1</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>アドレス %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(件名なし)</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(差出人不明)</translation>
    </message>
    <message>
        <source>Message from %1: %2</source>
        <translation>%1 からのメッセージ: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) deleted</source>
        <translation>
            <numerusform>%1: %n 件を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left afterwards: %n item(s), %1</source>
        <translation>
            <numerusform>残り: %n 件、%1</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>今</translation>
    </message>
    <message>
        <source>Nothing stored</source>
        <translation>何も保存されていません</translation>
    </message>
    <message numerus="yes">
        <source>next deletion in %n minute(s)</source>
        <translation>
            <numerusform>次の削除まであと %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next deletion in %n hour(s)</source>
        <translation>
            <numerusform>次の削除まであと %n 時間</numerusform>
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
        <translation>設定を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Mayfly</source>
        <translation>Mayfly へようこそ</translation>
    </message>
    <message>
        <source>Where should your throwaway addresses come from? You can change this later.</source>
        <translation>使い捨てアドレスをどこから取得しますか? 後で変更できます。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::LinkDialog</name>
    <message>
        <source>Open link?</source>
        <translation>リンクを開きますか?</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>実際の行き先:</translation>
    </message>
    <message>
        <source>Without tracking:</source>
        <translation>トラッキングなし:</translation>
    </message>
    <message>
        <source>Open without tracking</source>
        <translation>トラッキングなしで開く</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>ブラウザーで開く</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>元のリンクを開く</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::LocalRelay</name>
    <message>
        <source>mayfly-relay was not found next to Mayfly.</source>
        <translation>Mayfly と同じ場所に mayfly-relay が見つかりません。</translation>
    </message>
    <message>
        <source>The local relay stopped (exit code %1).</source>
        <translation>ローカルリレーが停止しました (終了コード %1)。</translation>
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
        <translation>新しいアドレス(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>アドレスをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete address</source>
        <translation>アドレスを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete &amp;message</source>
        <translation>メッセージを削除(&amp;M)</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>テストメッセージを送信(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open message file...</source>
        <translation>メッセージファイルを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>アドレス(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>メッセージ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>メッセージを検索</translation>
    </message>
    <message>
        <source>Search all messages</source>
        <translation>すべてのメッセージを検索</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Local relay: SMTP on 127.0.0.1:%1</source>
        <translation>ローカルリレー: SMTP 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Local relay: starting...</source>
        <translation>ローカルリレー: 起動中...</translation>
    </message>
    <message>
        <source>Local relay stopped</source>
        <translation>ローカルリレーは停止しています</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 をクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>コード: %1</translation>
    </message>
    <message>
        <source>A code was received.</source>
        <translation>コードを受信しました。</translation>
    </message>
    <message>
        <source>New message for %1</source>
        <translation>%1 宛ての新着メッセージ</translation>
    </message>
    <message numerus="yes">
        <source>Mayfly (%n unread)</source>
        <translation>
            <numerusform>Mayfly (未読 %n 件)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mayfly: %n unread</source>
        <translation>
            <numerusform>Mayfly: 未読 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>メッセージを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Creating an address...</source>
        <translation>アドレスを作成しています...</translation>
    </message>
    <message>
        <source>Delete address</source>
        <translation>アドレスを削除</translation>
    </message>
    <message>
        <source>Delete %1 and all its mail, here and at the provider?</source>
        <translation>%1 とそのメールをすべて、この端末とプロバイダーの両方から削除しますか?</translation>
    </message>
    <message>
        <source>Test message sent</source>
        <translation>テストメッセージを送信しました</translation>
    </message>
    <message>
        <source>Sending the test message failed: %1</source>
        <translation>テストメッセージを送信できませんでした: %1</translation>
    </message>
    <message>
        <source>Open message file</source>
        <translation>メッセージファイルを開く</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml *.msg *.txt);;All files (*)</source>
        <translation>メールメッセージ (*.eml *.msg *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>&amp;Privacy dashboard</source>
        <translation>プライバシーダッシュボード(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>プライバシー(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found in all addresses</source>
        <translation>
            <numerusform>すべてのアドレスで %n 件のメッセージが見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Mayfly</source>
        <translation>Mayfly を表示</translation>
    </message>
    <message>
        <source>&amp;Label address...</source>
        <translation>アドレスにラベルを付ける(&amp;L)...</translation>
    </message>
    <message>
        <source>E&amp;xtend address</source>
        <translation>アドレスを延長(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>設定(&amp;S)...</translation>
    </message>
    <message>
        <source>Label address</source>
        <translation>アドレスにラベルを付ける</translation>
    </message>
    <message>
        <source>What is %1 for? (for example &quot;used on example.com&quot;)</source>
        <translation>%1 の用途は？（例：「example.com で使用」）</translation>
    </message>
    <message>
        <source>Extending %1...</source>
        <translation>%1 を延長しています...</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>設定を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>設定を保存しました</translation>
    </message>
    <message>
        <source>Settings saved. The local relay starts the next time Mayfly starts.</source>
        <translation>設定を保存しました。ローカルリレーは次回 Mayfly の起動時に開始します。</translation>
    </message>
    <message>
        <source>Settings saved. The new language takes effect when Mayfly restarts.</source>
        <translation>設定を保存しました。新しい言語は Mayfly の再起動後に反映されます。</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessageListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(件名なし)</translation>
    </message>
    <message numerus="yes">
        <source>[%n tracker(s) blocked]</source>
        <translation>
            <numerusform>[トラッカー %n 件をブロック]</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>差出人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信日時</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessagePane</name>
    <message numerus="yes">
        <source>%n tracker(s)</source>
        <translation>
            <numerusform>トラッカー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n company(s)</source>
        <translation>
            <numerusform>(%n 社)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remote image(s)</source>
        <translation>
            <numerusform>外部画像 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other remote reference(s)</source>
        <translation>
            <numerusform>その他の外部参照 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: %1 removed</source>
        <translation>ブロックして除去: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Attachments are never opened. Double-click to save one.</source>
        <translation>添付ファイルが開かれることはありません。保存するにはダブルクリックします。</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>メッセージが選択されていません</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(件名なし)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>差出人: %1</translation>
    </message>
    <message>
        <source>Careful: the sender&apos;s name contains an address; the real sender is %1</source>
        <translation>注意: 差出人名にアドレスが含まれています。実際の差出人は %1 です</translation>
    </message>
    <message>
        <source>This message is malformed and is shown as plain text.</source>
        <translation>このメッセージは形式が正しくないため、プレーンテキストで表示しています。</translation>
    </message>
    <message>
        <source>Open message file</source>
        <translation>メッセージファイルを開く</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 25 MiB.</source>
        <translation>%1 は 25 MiB を超えています。</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (読み取り専用)</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>添付ファイルを保存</translation>
    </message>
    <message>
        <source>Saving the attachment failed: %1</source>
        <translation>添付ファイルを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 is not a message file.</source>
        <translation>%1 はメッセージファイルではありません。</translation>
    </message>
    <message>
        <source>Message, text and source</source>
        <translation>メッセージ、テキスト、ソース</translation>
    </message>
    <message numerus="yes">
        <source>%n unsafe image(s)</source>
        <translation>
            <numerusform>安全でない画像 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mayfly::ui::MessageView</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::PrivacyDashboard</name>
    <message>
        <source>Export my data to...</source>
        <translation>データのエクスポート先...</translation>
    </message>
    <message>
        <source>Privacy dashboard</source>
        <translation>プライバシーダッシュボード</translation>
    </message>
    <message>
        <source>&amp;Export my data...</source>
        <translation>データをエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Delete everything now...</source>
        <translation>今すぐすべて削除(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Next deletion</source>
        <translation>次の削除</translation>
    </message>
    <message>
        <source>Last deletion</source>
        <translation>最後の削除</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for:</source>
        <translation>新しいアドレスのメッセージの保存期間:</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>このコンピューター上</translation>
    </message>
    <message>
        <source>Solid line: items stored. Dashed line: bytes stored. The orange line is the next scheduled deletion; hover a dot to see what goes then.</source>
        <translation>実線: 保存されている項目数。破線: 保存されているバイト数。オレンジの線は次に予定された削除です。点にポインターを合わせると、そのとき削除されるものが表示されます。</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>今後 7 日間</translation>
    </message>
    <message>
        <source>What each provider holds about you, and for how long by its own documentation. Mayfly deletes an address at the provider when it expires, where the provider allows it.</source>
        <translation>各プロバイダーがあなたについて何を保持し、その公式ドキュメントによればどれだけの期間保持するか。アドレスの期限が切れると、プロバイダーが許す場合は Mayfly がプロバイダー側でも削除します。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>保持している内容</translation>
    </message>
    <message>
        <source>Provider&apos;s retention</source>
        <translation>プロバイダーの保存期間</translation>
    </message>
    <message>
        <source>At the providers</source>
        <translation>プロバイダー側</translation>
    </message>
    <message>
        <source>Host / request</source>
        <translation>ホスト / リクエスト</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>受信バイト数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>This log lives in memory only and is gone when Mayfly exits. It never holds query strings, headers or bodies.</source>
        <translation>このログはメモリ上にのみ存在し、Mayfly を終了すると消えます。クエリ文字列、ヘッダー、本文が記録されることはありません。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>&lt;b&gt;No telemetry, no analytics.&lt;/b&gt; Every request Mayfly makes is in the &lt;a href=&quot;#network&quot;&gt;network log&lt;/a&gt;: only the providers you use appear there.</source>
        <translation>&lt;b&gt;テレメトリも分析もありません。&lt;/b&gt;Mayfly のリクエストはすべて&lt;a href=&quot;#network&quot;&gt;ネットワークログ&lt;/a&gt;に記録されます。そこに現れるのは、あなたが使っているプロバイダーだけです。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No update check.&lt;/b&gt; Nothing is contacted at start-up; see the &lt;a href=&quot;#network&quot;&gt;network log&lt;/a&gt; right after starting.</source>
        <translation>&lt;b&gt;更新の確認はしません。&lt;/b&gt;起動時にどこにも接続しません。起動直後の&lt;a href=&quot;#network&quot;&gt;ネットワークログ&lt;/a&gt;で確かめられます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No cookies.&lt;/b&gt; The cookie jar refuses everything; the &lt;a href=&quot;#network&quot;&gt;network tab&lt;/a&gt; checks that it is empty and that no request carried a cookie.</source>
        <translation>&lt;b&gt;Cookie は使いません。&lt;/b&gt;Cookie の保存先はすべてを拒否します。&lt;a href=&quot;#network&quot;&gt;ネットワーク&lt;/a&gt;タブで、空であることと、Cookie を送ったリクエストがないことを確認できます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No logs on disk.&lt;/b&gt; The &lt;a href=&quot;#computer&quot;&gt;inventory&lt;/a&gt; lists every file Mayfly writes; there is no log among them.</source>
        <translation>&lt;b&gt;ディスクにログを残しません。&lt;/b&gt;&lt;a href=&quot;#computer&quot;&gt;一覧&lt;/a&gt;に Mayfly が書き込むファイルがすべて載っています。その中にログはありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No plaintext secrets.&lt;/b&gt; Messages, addresses and credentials are sealed with AES-256-GCM; the &lt;a href=&quot;#computer&quot;&gt;inventory&lt;/a&gt; shows what is encrypted. The source: core/store/Store.cpp, core/net/HttpClient.cpp.</source>
        <translation>&lt;b&gt;秘密を平文で保存しません。&lt;/b&gt;メッセージ、アドレス、認証情報は AES-256-GCM で封印されています。暗号化されているものは&lt;a href=&quot;#computer&quot;&gt;一覧&lt;/a&gt;で確認できます。ソース: core/store/Store.cpp、core/net/HttpClient.cpp。</translation>
    </message>
    <message>
        <source>What Mayfly never does</source>
        <translation>Mayfly が決してしないこと</translation>
    </message>
    <message>
        <source>Nothing is scheduled for deletion in the next 7 days.</source>
        <translation>今後 7 日間に削除予定のものはありません。</translation>
    </message>
    <message>
        <source>Everything was deleted. Mayfly holds nothing on this computer.</source>
        <translation>すべて削除しました。Mayfly はこのコンピューターに何も保持していません。</translation>
    </message>
    <message numerus="yes">
        <source>Mayfly holds %n item(s) (%1) on this computer.</source>
        <translation>
            <numerusform>Mayfly はこのコンピューターに %n 件 (%1) を保持しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The next deletion is at %1.</source>
        <translation>次の削除は %1 です。</translation>
    </message>
    <message>
        <source>The inventory could not be read: %1</source>
        <translation>一覧を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>until you delete it</source>
        <translation>削除するまで</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(件名なし)</translation>
    </message>
    <message>
        <source>(unknown sender)</source>
        <translation>(差出人不明)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>To %1, received %2</source>
        <translation>宛先 %1、受信 %2</translation>
    </message>
    <message>
        <source>Delete now</source>
        <translation>今すぐ削除</translation>
    </message>
    <message>
        <source>Delete %1 now</source>
        <translation>%1 を今すぐ削除</translation>
    </message>
    <message numerus="yes">
        <source>the address and %n message(s)</source>
        <translation>
            <numerusform>アドレスとメッセージ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>not documented</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>Delete at provider</source>
        <translation>プロバイダー側で削除</translation>
    </message>
    <message>
        <source>The provider offers no deletion</source>
        <translation>プロバイダーは削除に対応していません</translation>
    </message>
    <message>
        <source>No network client in this window.</source>
        <translation>このウィンドウにはネットワーククライアントがありません。</translation>
    </message>
    <message>
        <source>Proxy: none (direct connections)</source>
        <translation>プロキシ: なし (直接接続)</translation>
    </message>
    <message>
        <source>Proxy: the system&apos;s settings</source>
        <translation>プロキシ: システムの設定</translation>
    </message>
    <message>
        <source>Proxy: SOCKS5 %1:%2 (host names resolved by the proxy)</source>
        <translation>プロキシ: SOCKS5 %1:%2 (ホスト名はプロキシが解決)</translation>
    </message>
    <message>
        <source>Proxy: HTTP %1:%2</source>
        <translation>プロキシ: HTTP %1:%2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Cookie jar: empty (checked just now).</source>
        <translation>Cookie の保存先: 空 (今確認しました)。</translation>
    </message>
    <message>
        <source>Cookie jar: NOT empty (%1).</source>
        <translation>Cookie の保存先: 空ではありません (%1)。</translation>
    </message>
    <message>
        <source>No request of this session carried a cookie.</source>
        <translation>このセッションで Cookie を送ったリクエストはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) carried a cookie.</source>
        <translation>
            <numerusform>%n 件のリクエストが Cookie を送りました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Providers tried to set %n cookie(s); all were refused.</source>
        <translation>
            <numerusform>プロバイダーが Cookie を %n 件設定しようとしましたが、すべて拒否しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 was deleted at the provider. Mayfly keeps its copy until you delete it here.</source>
        <translation>%1 はプロバイダー側で削除されました。ここで削除するまで、Mayfly は手元のコピーを保持します。</translation>
    </message>
    <message>
        <source>The provider could not delete %1: %2</source>
        <translation>プロバイダーは %1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>すべて削除</translation>
    </message>
    <message>
        <source>Delete every address, message and credential, here and at the providers, and the encryption key? This cannot be undone.</source>
        <translation>すべてのアドレス、メッセージ、認証情報を、この端末とプロバイダーの両方から削除し、暗号鍵も削除しますか? 元に戻せません。</translation>
    </message>
    <message>
        <source>%1: %2 offers no deletion; it keeps the mail for its own retention (%3).</source>
        <translation>%1: %2 は削除に対応していません。メールは同社の保存期間 (%3) に従って保持されます。</translation>
    </message>
    <message>
        <source>%1: deleted at the provider.</source>
        <translation>%1: プロバイダー側で削除しました。</translation>
    </message>
    <message>
        <source>%1: the provider could not delete it: %2</source>
        <translation>%1: プロバイダーは削除できませんでした: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Removed from this computer:</source>
        <translation>このコンピューターから削除しました:</translation>
    </message>
    <message>
        <source>The local wipe failed: %1</source>
        <translation>ローカルの消去に失敗しました: %1</translation>
    </message>
    <message>
        <source>At the providers:</source>
        <translation>プロバイダー側:</translation>
    </message>
    <message>
        <source>Export my data</source>
        <translation>データのエクスポート</translation>
    </message>
    <message>
        <source>Include provider credentials (encrypted with a passphrase)</source>
        <translation>プロバイダーの認証情報を含める (パスフレーズで暗号化)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>パスフレーズ:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>確認:</translation>
    </message>
    <message>
        <source>Choose folder and export</source>
        <translation>フォルダーを選んでエクスポート</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>パスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n address(es)</source>
        <translation>
            <numerusform>アドレス %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n message(s) to:</source>
        <translation>
            <numerusform>とメッセージ %n 件をエクスポートしました。保存先:</numerusform>
        </translation>
    </message>
    <message>
        <source>The credentials are in %1, encrypted with your passphrase.</source>
        <translation>認証情報は %1 にあり、あなたのパスフレーズで暗号化されています。</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>設定を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>window size and notification choices (nothing secret)</source>
        <translation>ウィンドウサイズと通知の設定 (秘密情報なし)</translation>
    </message>
    <message>
        <source>removed when you wipe</source>
        <translation>すべて消去するときに削除</translation>
    </message>
    <message>
        <source>at %1, created %2</source>
        <translation>%1 上、作成 %2</translation>
    </message>
    <message>
        <source>to %1, received %2</source>
        <translation>宛先 %1、受信 %2</translation>
    </message>
    <message>
        <source>(this address expires %1)</source>
        <translation>(このアドレスの期限: %1)</translation>
    </message>
    <message>
        <source>Deleting at the providers, then on this computer...</source>
        <translation>プロバイダー側で削除してから、このコンピューター上で削除しています...</translation>
    </message>
    <message>
        <source>Addresses, labels and every message as an .eml file, with a README, in a new folder or .zip file. It holds your mail in readable form: keep it safe.</source>
        <translation>アドレス、ラベル、すべてのメッセージ (.eml ファイル) を README とともに新しいフォルダーまたは .zip ファイルに書き出します。メールが読める形で入っているので、安全に保管してください。</translation>
    </message>
    <message>
        <source>As one .zip file instead of a folder</source>
        <translation>フォルダーではなく 1 つの .zip ファイルにする</translation>
    </message>
    <message>
        <source>Privacy dashboard sections</source>
        <translation>プライバシーダッシュボードのセクション</translation>
    </message>
    <message>
        <source>What Mayfly stores</source>
        <translation>Mayfly が保存しているもの</translation>
    </message>
    <message>
        <source>What each provider holds</source>
        <translation>各プロバイダーが保持しているもの</translation>
    </message>
    <message>
        <source>Network requests of this session</source>
        <translation>このセッションのネットワーク要求</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::Session</name>
    <message>
        <source>Reading the addresses failed</source>
        <translation>アドレスを読み込めませんでした</translation>
    </message>
    <message>
        <source>Reading the messages failed</source>
        <translation>メッセージを読み込めませんでした</translation>
    </message>
    <message>
        <source>Saving the address failed</source>
        <translation>アドレスを保存できませんでした</translation>
    </message>
    <message>
        <source>Creating an address failed</source>
        <translation>アドレスを作成できませんでした</translation>
    </message>
    <message>
        <source>The provider could not delete the address</source>
        <translation>プロバイダーがアドレスを削除できませんでした</translation>
    </message>
    <message>
        <source>Deleting the address failed</source>
        <translation>アドレスを削除できませんでした</translation>
    </message>
    <message>
        <source>Deleting the message failed</source>
        <translation>メッセージを削除できませんでした</translation>
    </message>
    <message>
        <source>Saving the message failed</source>
        <translation>メッセージを保存できませんでした</translation>
    </message>
    <message>
        <source>Fetching the message list failed</source>
        <translation>メッセージ一覧を取得できませんでした</translation>
    </message>
    <message>
        <source>Fetching a message failed</source>
        <translation>メッセージを取得できませんでした</translation>
    </message>
    <message>
        <source>provider not available</source>
        <translation>プロバイダーを利用できません</translation>
    </message>
    <message>
        <source>Saving the label failed</source>
        <translation>ラベルを保存できませんでした</translation>
    </message>
    <message>
        <source>Extending the address failed</source>
        <translation>アドレスを延長できませんでした</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for</source>
        <translation>新しいアドレスのメッセージの保存期間</translation>
    </message>
    <message>
        <source>Keep the messages of new addresses for:</source>
        <translation>新しいアドレスのメッセージの保存期間:</translation>
    </message>
    <message>
        <source>A new source or proxy applies to new addresses and new connections; addresses you already have keep their provider. Restart Mayfly to move every connection to a new proxy.</source>
        <translation>新しい取得元やプロキシは、新しいアドレスと新しい接続に適用されます。既存のアドレスは元のプロバイダーのままです。すべての接続を新しいプロキシ経由にするには Mayfly を再起動してください。</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <source>Clear copied codes and links after</source>
        <translation>コピーしたコードとリンクを消去するまでの時間</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Clear copied codes and links after:</source>
        <translation>コピーしたコードとリンクを消去:</translation>
    </message>
    <message>
        <source>Codes and links are marked as secret so clipboard managers do not keep them. Mayfly clears them only if they are still on the clipboard.</source>
        <translation>コードとリンクは秘密として印が付けられ、クリップボード管理ツールに保存されません。Mayfly が消去するのは、まだクリップボードに残っている場合だけです。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Notify me when a message arrives</source>
        <translation>メッセージが届いたら通知する</translation>
    </message>
    <message>
        <source>Show the verification code in the notification</source>
        <translation>通知に確認コードを表示する</translation>
    </message>
    <message>
        <source>Notifications may be kept in your desktop&apos;s history and shown on a locked screen. Without this option they only say that a code was received.</source>
        <translation>通知はデスクトップの履歴に残ったり、ロック画面に表示されたりすることがあります。このオプションがオフのときは、コードが届いたことだけを知らせます。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Start in the system tray, without opening the window</source>
        <translation>ウィンドウを開かずにシステムトレイで起動する</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>ウィンドウを閉じてもトレイで動作を続ける</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>システムトレイ</translation>
    </message>
    <message>
        <source>While Mayfly runs in the tray it keeps receiving mail and deleting what has expired. Quit from the tray menu to stop it.</source>
        <translation>トレイで動作中も、Mayfly はメールを受信し、期限切れのものを削除し続けます。停止するにはトレイメニューから終了してください。</translation>
    </message>
    <message>
        <source>A new language takes effect when Mayfly restarts.</source>
        <translation>新しい言語は Mayfly の再起動後に反映されます。</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>このデスクトップにはシステムトレイがありません。</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>設定のセクション</translation>
    </message>
    <message>
        <source>Show the sender and subject in the notification</source>
        <translation>通知に差出人と件名を表示する</translation>
    </message>
</context>
<context>
    <name>mayfly::ui::SourcePicker</name>
    <message>
        <source>Private mailbox</source>
        <translation>プライベートなメールボックス</translation>
    </message>
    <message>
        <source>Readable with its session token</source>
        <translation>セッショントークンがあれば読めます</translation>
    </message>
    <message>
        <source>Public inbox: anyone who knows the address can read it</source>
        <translation>公開受信箱: アドレスを知っている人は誰でも読めます</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>A relay on this computer, for testing your own application&apos;s mail. Private; nothing leaves this machine; addresses live 24 hours.</source>
        <translation>このコンピューター上のリレーです。自分のアプリケーションが送るメールのテストに使います。プライベートで、何もこのマシンの外に出ません。アドレスの有効期間は 24 時間です。</translation>
    </message>
    <message>
        <source>Your own relay</source>
        <translation>自分のリレー</translation>
    </message>
    <message>
        <source>Addresses from</source>
        <translation>アドレスの取得元</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>サーバー URL:</translation>
    </message>
    <message>
        <source>Creation key:</source>
        <translation>作成キー:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Direct (no proxy)</source>
        <translation>直接 (プロキシなし)</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>システムのプロキシ</translation>
    </message>
    <message>
        <source>SOCKS5, names resolved by the proxy (Tor)</source>
        <translation>SOCKS5、名前解決もプロキシで行う (Tor)</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP プロキシ</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>プロキシ:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Kept encrypted in your profile, never in plain text.</source>
        <translation>プロファイル内に暗号化して保存され、平文では保存されません。</translation>
    </message>
    <message>
        <source>Where addresses come from</source>
        <translation>アドレスの取得元</translation>
    </message>
</context>
</TS>
