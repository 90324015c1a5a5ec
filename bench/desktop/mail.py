"""Deterministic mail for bench/desktop: a ~200 KB marketing newsletter and the everyday mail of a
throwaway inbox (codes, confirmation links, welcomes, receipts, small newsletters).

Everything is generated from fixed seeds, so every run stores the same bytes. Domains are made up
(.example) except the tracking hosts, which are the real ones marketing mail carries: Mayfly's
tracker analysis should see them as it would in real mail. Nothing ever fetches any URL.
"""

import email.policy
import hashlib
import random
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

NEWSLETTER_SUBJECT = "Northwind Weekly: 48 spring picks, stories and member offers"
NEWSLETTER_HTML_BYTES = 200 * 1024

WORDS = (
    "spring collection outdoor trail jacket light warm weekend city coffee morning journey mountain "
    "river cotton linen wool classic modern fresh bright quiet bold simple design craft local studio "
    "market season member offer story guide picks favourite colour comfort travel garden kitchen home "
    "sunday evening update notes friends community workshop reading list recipe walk coast forest"
).split()

BASE_DATE = datetime(2024, 4, 16, 7, 30, tzinfo=timezone.utc)


def _sentence(rng, words=14):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _tracked(rng, target, campaign):
    """A link the way an e-mail service rewrites it: a click redirector carrying the real target."""
    token = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(96))
    return (f"https://u1234567.ct.sendgrid.net/ls/click?upn={token}"
            f"&amp;utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign={campaign}"
            f"&amp;target={target.replace(':', '%3A').replace('/', '%2F')}")


def _pixels(recipient, campaign):
    digest = hashlib.md5(recipient.encode()).hexdigest()
    return [
        f"https://u1234567.ct.sendgrid.net/wf/open?upn={digest}{campaign}",
        f"https://www.google-analytics.com/collect?v=1&amp;tid=UA-1234567-8&amp;cid={digest}&amp;t=event"
        f"&amp;ec=email&amp;ea=open&amp;cn={campaign}",
        f"https://www.facebook.com/tr?id=1234567890&amp;ev=PageView&amp;noscript=1&amp;em={digest}",
        f"https://ad.doubleclick.net/ddm/activity/src=123;type=email;cat=open;u={digest}",
        f"https://pixel.northwind-outfitters.example/o.gif?e={recipient.replace('@', '%40')}&amp;c={campaign}",
        f"https://mandrillapp.com/track/open.php?u=1234567&amp;id={digest}",
        f"https://trk.klclick.com/open?m={digest}&amp;c={campaign}",
        f"https://links.northwind-outfitters.example/e/o/{digest}.gif",
    ]


def newsletter_html(recipient, target_bytes=NEWSLETTER_HTML_BYTES):
    rng = random.Random(20240416)
    campaign = "spring_weekly_16"
    font = "font-family:Helvetica,Arial,sans-serif"
    parts = [
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{NEWSLETTER_SUBJECT}</title><style>"
        "body{margin:0;padding:0;background:#efece6}table{border-collapse:collapse}"
        "img{border:0;display:block;outline:none}a{color:#1f5f8b}.btn a{color:#ffffff!important}"
        "@media only screen and (max-width:620px){.wrap{width:100%!important}.col{display:block!important;"
        "width:100%!important}.hide{display:none!important}}</style></head>",
        "<body style=\"margin:0;padding:0;background-color:#efece6\">",
        "<div style=\"display:none;max-height:0;overflow:hidden;mso-hide:all\">"
        "Spring is here: 48 picks, three stories and an offer for members inside.</div>",
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
        "bgcolor=\"#efece6\"><tr><td align=\"center\" style=\"padding:12px 0\">",
        "<table role=\"presentation\" class=\"wrap\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" "
        "border=\"0\" style=\"width:640px;background-color:#ffffff\">",
        # view in browser, logo, navigation
        f"<tr><td style=\"padding:8px 24px;{font};font-size:11px;color:#8a8a8a\" align=\"right\">"
        f"<a href=\"{_tracked(rng, 'https://northwind-outfitters.example/view/' + campaign, campaign)}\" "
        "style=\"color:#8a8a8a\">View this e-mail in your browser</a></td></tr>",
        f"<tr><td align=\"center\" style=\"padding:18px 24px\"><a href=\""
        f"{_tracked(rng, 'https://northwind-outfitters.example/', campaign)}\">"
        "<img src=\"https://cdn.northwind-outfitters.example/email/logo@2x.png\" width=\"220\" height=\"48\" "
        "alt=\"Northwind Outfitters\" style=\"width:220px;height:48px\"></a></td></tr>",
        "<tr><td align=\"center\" style=\"padding:0 24px 12px 24px;border-bottom:1px solid #e4e0d8\">"
        "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>",
    ]
    for name in ("Women", "Men", "Kids", "Outdoor", "Home", "Sale"):
        link = _tracked(rng, f"https://northwind-outfitters.example/{name.lower()}", campaign)
        parts.append(f"<td style=\"padding:6px 10px;{font};font-size:13px;font-weight:bold;letter-spacing:1px\">"
                     f"<a href=\"{link}\" style=\"color:#2b2b2b;text-decoration:none\">{name.upper()}</a></td>")
    parts.append("</tr></table></td></tr>")
    # hero
    parts.append(
        f"<tr><td><a href=\"{_tracked(rng, 'https://northwind-outfitters.example/spring', campaign)}\">"
        "<img src=\"https://cdn.northwind-outfitters.example/email/2024/spring/hero.jpg\" width=\"640\" "
        "height=\"360\" alt=\"Spring collection\" style=\"width:100%;max-width:640px;height:auto\"></a></td></tr>"
        f"<tr><td align=\"center\" style=\"padding:24px 40px 8px 40px;{font}\">"
        "<h1 style=\"margin:0;font-size:30px;line-height:36px;color:#1d1d1d;font-weight:normal\">"
        "Made for the first warm weekend</h1>"
        f"<p style=\"margin:12px 0 0 0;font-size:16px;line-height:24px;color:#4a4a4a\">{_sentence(rng, 30)}</p>"
        "</td></tr>"
        "<tr><td align=\"center\" style=\"padding:16px 40px 28px 40px\"><table role=\"presentation\" "
        "cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td class=\"btn\" bgcolor=\"#1f5f8b\" "
        "style=\"border-radius:3px;padding:14px 30px\">"
        f"<a href=\"{_tracked(rng, 'https://northwind-outfitters.example/spring?sort=new', campaign)}\" "
        f"style=\"{font};font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold\">Shop the collection"
        "</a></td></tr></table></td></tr>")
    pixel_slots = _pixels(recipient, campaign)
    section = 0
    product = 0
    footer_reserve = 9000
    while sum(len(p) for p in parts) < target_bytes - footer_reserve:
        section += 1
        if section % 3:
            # a row of three products
            parts.append("<tr><td style=\"padding:8px 16px\"><table role=\"presentation\" width=\"100%\" "
                         "cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>")
            for _ in range(3):
                product += 1
                price = 19 + rng.randrange(180)
                was = price + 10 + rng.randrange(40)
                title = " ".join(rng.choice(WORDS) for _ in range(3)).title()
                link = _tracked(rng, f"https://northwind-outfitters.example/p/{100000 + product}", campaign)
                parts.append(
                    f"<td class=\"col\" width=\"33%\" valign=\"top\" style=\"padding:8px;{font}\">"
                    f"<a href=\"{link}\"><img src=\"https://cdn.northwind-outfitters.example/products/"
                    f"{100000 + product}/thumb_400x500.jpg\" width=\"184\" height=\"230\" alt=\"{title}\" "
                    "style=\"width:100%;height:auto\"></a>"
                    f"<p style=\"margin:8px 0 2px 0;font-size:14px;line-height:18px;color:#1d1d1d\">"
                    f"<a href=\"{link}\" style=\"color:#1d1d1d;text-decoration:none\">{title}</a></p>"
                    f"<p style=\"margin:0;font-size:14px;color:#b23a2a\"><b>${price}.00</b> "
                    f"<span style=\"color:#8a8a8a;text-decoration:line-through\">${was}.00</span></p>"
                    f"<p style=\"margin:6px 0 0 0;font-size:12px\"><a href=\"{link}\" "
                    "style=\"color:#1f5f8b;font-weight:bold\">Shop now &rsaquo;</a></p></td>")
            parts.append("</tr></table></td></tr>")
        else:
            # a story with an image, two paragraphs and a button
            link = _tracked(rng, f"https://northwind-outfitters.example/journal/story-{section}", campaign)
            parts.append(
                f"<tr><td style=\"padding:20px 24px;border-top:1px solid #e4e0d8;{font}\">"
                "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>"
                f"<td class=\"col\" width=\"45%\" valign=\"top\"><a href=\"{link}\"><img "
                f"src=\"https://cdn.northwind-outfitters.example/journal/{section}/cover.jpg\" width=\"260\" "
                "height=\"190\" alt=\"\" style=\"width:100%;height:auto\"></a></td>"
                "<td class=\"col\" width=\"55%\" valign=\"top\" style=\"padding-left:18px\">"
                f"<h2 style=\"margin:0 0 8px 0;font-size:20px;line-height:26px;color:#1d1d1d\">"
                f"{_sentence(rng, 6)}</h2>"
                f"<p style=\"margin:0 0 10px 0;font-size:14px;line-height:21px;color:#4a4a4a\">{_sentence(rng, 40)}</p>"
                f"<p style=\"margin:0 0 12px 0;font-size:14px;line-height:21px;color:#4a4a4a\">{_sentence(rng, 28)}</p>"
                f"<a href=\"{link}\" style=\"display:inline-block;border:1px solid #1d1d1d;padding:8px 16px;"
                "font-size:13px;color:#1d1d1d;text-decoration:none;letter-spacing:1px\">READ THE STORY</a>"
                "</td></tr></table></td></tr>")
            if pixel_slots and section % 6 == 0:
                # Some services scatter their beacons through the body.
                parts.append(f"<tr><td><img src=\"{pixel_slots.pop()}\" width=\"1\" height=\"1\" alt=\"\" "
                             "style=\"display:block;width:1px;height:1px;border:0\"></td></tr>")
    # social row and footer
    parts.append("<tr><td align=\"center\" style=\"padding:24px;background-color:#1d1d1d\">"
                 "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>")
    for network in ("instagram", "facebook", "pinterest", "youtube", "tiktok"):
        link = _tracked(rng, f"https://www.{network}.com/northwindoutfitters", campaign)
        parts.append(f"<td style=\"padding:0 8px\"><a href=\"{link}\"><img src=\"https://cdn.northwind-outfitters"
                     f".example/email/social/{network}-white.png\" width=\"28\" height=\"28\" alt=\"{network}\">"
                     "</a></td>")
    parts.append("</tr></table></td></tr>")
    unsubscribe = _tracked(rng, "https://northwind-outfitters.example/unsubscribe?e=" + recipient.replace("@", "%40"),
                           campaign)
    preferences = _tracked(rng, "https://northwind-outfitters.example/preferences", campaign)
    parts.append(
        f"<tr><td align=\"center\" style=\"padding:24px 40px;{font};font-size:11px;line-height:17px;color:#8a8a8a\">"
        f"You are receiving this e-mail because {recipient} signed up at northwind-outfitters.example. "
        f"<a href=\"{preferences}\" style=\"color:#8a8a8a\">Update your preferences</a> or "
        f"<a href=\"{unsubscribe}\" style=\"color:#8a8a8a\">unsubscribe</a>.<br>"
        "Northwind Outfitters Ltd, 12 Harbour Road, Port Example, EX1 2MP<br>"
        f"{_sentence(rng, 24)}</td></tr>")
    parts.append("</table></td></tr></table>")
    for pixel in pixel_slots:
        parts.append(f"<img src=\"{pixel}\" width=\"1\" height=\"1\" alt=\"\" style=\"display:none\">")
    parts.append("</body></html>\n")
    return "".join(parts)


def newsletter_text():
    rng = random.Random(7)
    lines = ["Northwind Weekly", "", "Made for the first warm weekend", ""]
    lines += [_sentence(rng, 20) for _ in range(30)]
    lines += ["", "Unsubscribe: https://northwind-outfitters.example/unsubscribe"]
    return "\n".join(lines) + "\n"


def newsletter(recipient):
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = "Northwind Outfitters <news@northwind-outfitters.example>"
    msg["To"] = recipient
    msg["Subject"] = NEWSLETTER_SUBJECT
    msg["Date"] = format_datetime(BASE_DATE + timedelta(days=1))
    msg["Message-ID"] = "<weekly-16.2024@northwind-outfitters.example>"
    msg["List-Unsubscribe"] = "<https://northwind-outfitters.example/unsubscribe>"
    msg.set_content(newsletter_text(), cte="quoted-printable")
    msg.add_alternative(newsletter_html(recipient), subtype="html", cte="quoted-printable")
    msg.set_boundary("=_northwind_weekly_16")  # the library's default is random
    return msg.as_bytes()


SENDERS = [
    ("Acme Cloud", "acme-cloud.example"), ("Pixelbox", "pixelbox.example"), ("Fernweh Travel", "fernweh.example"),
    ("Quillnote", "quillnote.example"), ("Brightbank", "brightbank.example"), ("Tandem Games", "tandem.example"),
    ("Larkspur Market", "larkspur.example"), ("Orbit Fitness", "orbitfit.example"), ("Kitewire", "kitewire.example"),
    ("Marlow Books", "marlowbooks.example"), ("Hearth & Co", "hearth.example"), ("Nimbus Notes", "nimbus.example"),
]


def everyday(index, recipient):
    """One of the mails a throwaway inbox fills with; kind and size vary with the index."""
    rng = random.Random(1000 + index)
    name, domain = SENDERS[index % len(SENDERS)]
    kind = index % 10
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = f"{name} <no-reply@{domain}>"
    msg["To"] = recipient
    msg["Date"] = format_datetime(BASE_DATE - timedelta(minutes=7 * (1000 - index)))
    msg["Message-ID"] = f"<{index}.{rng.randrange(10**9)}@{domain}>"
    link = f"https://{domain}/verify?token={rng.randrange(16**24):024x}"
    if kind in (0, 1, 2, 3):
        code = f"{rng.randrange(10**6):06d}"
        msg["Subject"] = f"{code} is your {name} verification code"
        text = (f"Hi,\n\nYour {name} verification code is {code}. It expires in 10 minutes.\n\n"
                f"If you did not ask for it, ignore this message.\n\n{_sentence(rng, 20)}\n")
        html = (f"<div style=\"font-family:Arial,sans-serif;font-size:15px;color:#222\"><p>Hi,</p>"
                f"<p>Your {name} verification code is</p><p style=\"font-size:28px;letter-spacing:6px;"
                f"font-weight:bold\">{code}</p><p>It expires in 10 minutes.</p>"
                f"<p style=\"color:#888;font-size:12px\">{_sentence(rng, 30)}</p></div>")
    elif kind in (4, 5):
        msg["Subject"] = f"Confirm your e-mail address for {name}"
        text = f"Welcome!\n\nConfirm your address: {link}\n\n{_sentence(rng, 24)}\n"
        html = (f"<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
                f"<table width=\"560\"><tr><td style=\"font-family:Arial;padding:24px\"><h1>Almost there</h1>"
                f"<p>{_sentence(rng, 30)}</p><p><a href=\"{link}\" style=\"background:#2a6;color:#fff;"
                f"padding:12px 20px;text-decoration:none\">Confirm my address</a></p><p>{_sentence(rng, 20)}</p>"
                f"</td></tr></table></td></tr></table>")
    elif kind in (6, 7):
        total = rng.randrange(500, 20000)
        msg["Subject"] = f"Your {name} receipt #{100000 + index}"
        rows = "".join(f"<tr><td style=\"padding:6px\">{_sentence(rng, 4)}</td><td align=\"right\">"
                       f"${rng.randrange(1, 99)}.{rng.randrange(100):02d}</td></tr>" for _ in range(6 + index % 8))
        text = f"Thank you for your order. Total: ${total / 100:.2f}\n\n{_sentence(rng, 30)}\n"
        html = (f"<table width=\"600\" style=\"font-family:Arial;font-size:14px\"><tr><td colspan=\"2\">"
                f"<h2>Thank you for your order</h2></td></tr>{rows}<tr><td><b>Total</b></td><td align=\"right\">"
                f"<b>${total / 100:.2f}</b></td></tr></table><p>{_sentence(rng, 40)}</p>")
    elif kind == 8:
        msg["Subject"] = f"Reset your {name} password"
        text = f"Someone asked to reset your password. Use this link: {link}\n"
        html = (f"<p style=\"font-family:Arial\">Someone asked to reset your password.</p>"
                f"<p><a href=\"{link}\">Reset my password</a></p><p>{_sentence(rng, 25)}</p>")
    else:
        msg["Subject"] = f"{name} digest: {_sentence(rng, 5)[:-1]}"
        blocks = "".join(
            f"<tr><td style=\"padding:12px;font-family:Georgia\"><h3>{_sentence(rng, 6)}</h3>"
            f"<img src=\"https://cdn.{domain}/img/{index}/{b}.jpg\" width=\"560\" height=\"200\">"
            f"<p>{_sentence(rng, 50)}</p><a href=\"https://{domain}/r/{index}/{b}?utm_source=email\">Read more</a>"
            f"</td></tr>" for b in range(12))
        text = f"This week at {name}.\n\n{_sentence(rng, 60)}\n"
        html = (f"<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\">{blocks}</table>"
                f"<img src=\"https://open.{domain}/o.gif?r={index}\" width=\"1\" height=\"1\">")
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    msg.set_boundary(f"=_part_{index}")
    return msg.as_bytes()
