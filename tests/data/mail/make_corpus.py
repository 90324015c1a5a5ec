#!/usr/bin/env python3
"""Writes Mayfly's MIME test corpus (tests/data/mail/*.eml).

The files are committed; this script documents how each was built and regenerates them. Shapes are
modelled on real mail: ESP newsletters, Outlook/Gmail forwards, legacy-charset mail, and known
attacks (Mailsploit, boundary-prefix collisions, encoded-word tricks). Run: python3 make_corpus.py
"""
import base64
import zlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def headers(subject, frm="Example <news@example.com>", to="alice@mayfly.test", extra=""):
    return (f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: Tue, 04 Jun 2024 09:15:00 +0000\n"
            f"Message-ID: <{zlib.crc32(subject.encode())}@example.com>\nMIME-Version: 1.0\n{extra}")


PIXEL = base64.b64encode(bytes.fromhex(
    "47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")).decode()

# --- newsletters -------------------------------------------------------------------------------
write("newsletter-tracking.eml", headers("Your weekly digest", extra="Content-Type: multipart/alternative; boundary=\"nl\"\n") + """
--nl
Content-Type: text/plain; charset=utf-8

Your weekly digest. Read more: https://example.com/post?utm_source=newsletter&utm_medium=email&id=7

--nl
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><head><meta charset=3D"utf-8"><title>Digest</title>
<link rel=3D"stylesheet" href=3D"https://cdn.example.com/mail.css">
<style>@font-face{font-family:X;src:url(https://fonts.example.com/x.woff2)} .hero{background-image:url('https://img.example.com/hero.jpg')}</style>
</head><body bgcolor=3D"#ffffff" background=3D"https://img.example.com/bg.png">
<table width=3D"600" cellpadding=3D"0" style=3D"border-collapse: collapse"><tr><td style=3D"font-family: Arial, sans-serif; color: #333">
<h1>Weekly digest</h1><p>Hello Alice,</p>
<p><img src=3D"https://img.example.com/banner.png" alt=3D"Spring sale" width=3D"600"></p>
<p><a href=3D"https://example.us1.list-manage.com/track/click?u=3Dabc&id=3Ddef&e=3D0123456789">Read the article</a></p>
<p><a href=3D"https://example.com/shop?utm_source=3Dnewsletter&utm_campaign=3Dspring&mc_eid=3D42&color=3Dred">Shop now</a></p>
<p><a href=3D"https://www.example.com/unsubscribe?u=3D1">Unsubscribe</a></p>
</td></tr></table>
<img src=3D"https://example.us1.list-manage.com/track/open.php?u=3Dabc&id=3Ddef&e=3D0123456789" width=3D"1" height=3D"1" alt=3D"">
<img src=3D"https://t.example.net/o/YWxpY2VAbWF5Zmx5LnRlc3Q/p.gif" style=3D"display:none">
</body></html>
--nl--
""")

write("newsletter-sendgrid.eml", headers("Order shipped", frm="Shop <shop@example.org>", extra="Content-Type: text/html; charset=utf-8\n") + """
<html><body><p>Your order has shipped.</p>
<a href="https://u123.ct.sendgrid.net/ls/click?upn=abc-2Bdef">Track package</a>
<img src="https://u123.ct.sendgrid.net/wf/open?upn=xyz" width="1" height="1" border="0">
<img src="https://shop.example.org/px.gif?h=5f3c5c9e3b1b8a8c1f0f3ad3d1b5b7c2" width="0" height="0">
</body></html>
""")

# --- multipart/related with cid images ----------------------------------------------------------
write("related-cid.eml", headers("Logo inside", extra="Content-Type: multipart/related; boundary=\"rel\"; type=\"text/html\"\n") + f"""
--rel
Content-Type: text/html; charset=utf-8

<html><body><p><img src="cid:logo@example.com" alt="Logo" width="120"> Welcome!</p>
<p><img src="cid:missing@example.com" alt="gone"></p></body></html>
--rel
Content-Type: image/gif
Content-Transfer-Encoding: base64
Content-ID: <logo@example.com>
Content-Disposition: inline

{PIXEL}
--rel--
""")

# --- nested forwards ---------------------------------------------------------------------------
inner2 = """From: Carol <carol@example.net>
To: bob@example.org
Subject: Original note
Date: Mon, 03 Jun 2024 08:00:00 +0000
Content-Type: text/plain; charset=utf-8

The innermost text with code-word PINEAPPLE.
"""
inner1 = f"""From: Bob <bob@example.org>
To: alice@mayfly.test
Subject: Fwd: Original note
Content-Type: multipart/mixed; boundary="f1"

--f1
Content-Type: text/plain; charset=utf-8

Bob's forwarding comment.
--f1
Content-Type: message/rfc822

{inner2}
--f1--
"""
write("nested-forward.eml", headers("Fwd: Fwd: Original note", extra="Content-Type: multipart/mixed; boundary=\"f0\"\n") + f"""
--f0
Content-Type: text/plain; charset=utf-8

Alice's top note.
--f0
Content-Type: message/rfc822

{inner1}
--f0--
""")

# --- charsets ------------------------------------------------------------------------------------
body = "Grüße aus Köln – Straße".encode("iso-8859-1", errors="replace")
write("latin1-8bit.eml", headers("Gr\u00fc\u00dfe", extra="Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n").encode("iso-8859-1")
      + b"\n" + "Grüße aus Köln, schöne Straße.\n".encode("iso-8859-1"))
write("undeclared-8bit.eml", headers("No charset", extra="Content-Type: text/plain\nContent-Transfer-Encoding: 8bit\n").encode()
      + b"\n" + "Café crème à 3€\n".encode("cp1252"))
write("koi8r.eml", headers("=?koi8-r?B?" + base64.b64encode("Привет".encode("koi8-r")).decode() + "?=",
                           extra="Content-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: 8bit\n").encode()
      + b"\n" + "Ваш код подтверждения: 731904\n".encode("koi8-r"))
write("shift-jis.eml", headers("=?iso-2022-jp?B?" + base64.b64encode("確認".encode("iso-2022-jp")).decode() + "?=",
                               extra="Content-Type: text/plain; charset=shift_jis\nContent-Transfer-Encoding: 8bit\n").encode()
      + b"\n" + "認証コード：５５８２１３\n".encode("shift_jis"))
write("gb2312.eml", headers("=?gb2312?B?" + base64.b64encode("验证".encode("gb2312")).decode() + "?=",
                            extra="Content-Type: text/plain; charset=gb2312\nContent-Transfer-Encoding: base64\n").encode()
      + b"\n" + base64.encodebytes("您的验证码是 204817，10分钟内有效。\n".encode("gb2312")))
write("unknown-charset.eml", headers("Odd charset", extra="Content-Type: text/plain; charset=x-no-such-charset\n") + "\nplain ascii body\n")

# --- broken encodings and structure -------------------------------------------------------------
write("broken-base64.eml", headers("Broken base64", extra="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n") + """
SGVsbG8g!!d29y
bGQh***
=====
""")
write("boundary-prefix.eml", headers("Boundary prefix", extra="Content-Type: multipart/mixed; boundary=\"abc\"\n") + """
--abc
Content-Type: multipart/alternative; boundary="abcd"

--abcd
Content-Type: text/plain

inner text part
--abcd
Content-Type: text/html

<p>inner html part</p>
--abcd--
--abc
Content-Type: text/plain; name="note.txt"
Content-Disposition: attachment; filename="note.txt"

attached note
--abc--
""")
write("no-boundary.eml", headers("No boundary", extra="Content-Type: multipart/mixed\n") + """
--x
Content-Type: text/html

<p>hidden <script>alert(1)</script></p>
--x--
""")
write("not-mail.txt", "This is just a text file.\nIt has no headers at all, only words: hello world.\n")

# --- header tricks -------------------------------------------------------------------------------
write("encoded-word-tricks.eml", headers(
    "=?utf-8?Q?Invoice_=E2=80=AE3202?= =?utf-8?B?4oCLemVyb+KAi3dpZHRo?=",
    frm="=?utf-8?Q?PayPal=E2=80=8B_Service?= <service@paypa1.example>",
    extra="Content-Type: multipart/mixed; boundary=\"ew\"\n") + """
--ew
Content-Type: text/plain; charset=utf-8

see attachments
--ew
Content-Type: application/octet-stream
Content-Disposition: attachment; filename*=utf-8''invoice%E2%80%AEfdp.exe

MZ
--ew
Content-Type: text/plain
Content-Disposition: attachment; filename="../../etc/passwd"

root:x:0:0
--ew
Content-Type: text/plain
Content-Disposition: attachment; filename="CON.txt"

con
--ew
Content-Type: text/plain
Content-Disposition: attachment; filename="report. . ."

dots
--ew
Content-Type: application/pdf
Content-Disposition: attachment

%PDF-1.4
--ew--
""")
write("mailsploit.eml", headers(
    "Mailsploit",
    frm="=?utf-8?b?cG90dXNAd2hpdGVob3VzZS5nb3Y=?==?utf-8?Q?=00?==?utf-8?b?cG90dXNAd2hpdGVob3VzZS5nb3Y=?=@mailsploit.com",
    extra="Content-Type: text/plain\n") + "\nspoofed\n")
write("display-name-spoof.eml", headers(
    "Security alert",
    frm="\"security@bank.example\u202e\" <phish@evil.example>",
    extra="Content-Type: text/plain; charset=utf-8\n") + "\nPlease log in.\n")

# --- verification mails in eight languages ------------------------------------------------------
V = [
    ("verify-en.eml", "Your Example verification code", "Hi,\n\nYour verification code is:\n\n381924\n\nIt expires in 10 minutes. Order #55512345 was placed on 12/05/2024 for $129.99.\nQuestions? Call +1 (555) 010-4477.\n", "381924"),
    ("verify-de.eml", "Ihr Bestätigungscode", "Hallo,\n\nIhr Bestätigungscode lautet 604218.\nBestellnummer: 88812345, Betrag 49,90 €, PLZ 10115 Berlin, Tel. 030 1234567.\n", "604218"),
    ("verify-fr.eml", "Votre code de vérification", "Bonjour,\n\nVotre code de vérification est : 917350\nCommande n° 4471234 du 03/06/2024, total 59,00 €. Code postal 75001.\n", "917350"),
    ("verify-es.eml", "Tu código de verificación", "Hola,\n\nTu código de verificación es 246810. Válido hasta las 14:30.\nPedido 99887766, precio 25,00 €.\n", "246810"),
    ("verify-pt.eml", "Seu código de verificação", "Olá,\n\nSeu código de verificação é 135792.\nCEP 01310-100, pedido 12349876, valor R$ 199,90.\n", "135792"),
    ("verify-ru.eml", "Код подтверждения", "Здравствуйте!\n\nВаш код подтверждения: 864209\nНомер заказа 5553331, сумма 1500 руб., телефон +7 495 123-45-67.\n", "864209"),
    ("verify-zh.eml", "验证码", "您好，\n\n您的验证码是：739154，请在10分钟内输入。\n订单号 20240603123，金额 ¥128.00。\n", "739154"),
    ("verify-ja.eml", "認証コードのお知らせ", "こんにちは。\n\n認証コード：４８２７１６\n\n注文番号 7654321、合計 ¥3,980。〒100-0001\n", "482716"),
    ("verify-alnum.eml", "Sign-in code", "Use this one-time code to sign in: K7Q2-ZP9X\n\nReference 2024-06-03.\n", "K7Q2ZP9X"),
    ("verify-misleading.eml", "Welcome 2024!", "Welcome! Your account 2024 is ready. Invoice 7718899 total $42.00 on 2024-06-04 at 10:45.\nCall 0800 123 4567.\n\nYour security code: 5082\n", "5082"),
]
for name, subject, text, _ in V:
    write(name, headers("=?utf-8?B?" + base64.b64encode(subject.encode()).decode() + "?=", frm="Service <no-reply@service.example>",
                        extra="Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n")
          + "\n" + base64.encodebytes(text.encode()).decode())

write("verify-link.eml", headers("Confirm your email", frm="App <hello@app.example>", extra="Content-Type: text/html; charset=utf-8\n") + """
<html><body><p>Welcome! Please confirm your address.</p>
<p><a href="https://app.example/confirm?token=Zx81kQ0pLm3n&utm_source=email">Confirm email address</a></p>
<p><a href="https://app.example/unsubscribe?u=1">Unsubscribe</a> · <a href="https://app.example/privacy">Privacy</a></p>
</body></html>
""")
print("corpus written")
