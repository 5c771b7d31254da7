"""Generate the demo corpus: three fictional agencies' feeds and their article pages.

    .venv/bin/python -m strikewire.demo_corpus.build     # rewrites site/ and manifest.json

The article texts are documents 1-30 and 71-72 of the team evaluation set
(`extractors/eval/team.jsonl`), so what the demo extracts can be scored against
`extractors/eval/team.gold.jsonl`. Every agency, page and comment here is made up for the
demo. Links use the placeholder base `http://demo.invalid`, which the demo server replaces
with its own address when it serves a file.

Deliberate defects, as real feeds have them:
- Meridian Wire (RSS 2.0, English): one item has no <guid>.
- Northgate Press (Atom, English): carries Meridian's Yemen story under Meridian's URL
  (one article, two feeds), and links to a withdrawn page that answers 404.
- Agence Horizon Presse (RSS 2.0, French): one item's <link> is relative; its Yemen story
  is a rewrite of the same CENTCOM claim (a second article of the same claim).
- Meridian and Horizon both carry the Russian ministry's figure of 13 March, with different
  numbers (127 and 121 targets): one operation whose sources disagree.
The output is deterministic; tests/test_demo_corpus.py checks it is up to date.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
EVAL_DOCS = REPO / "extractors" / "eval" / "team.jsonl"
SITE = HERE / "site"
MANIFEST = HERE / "manifest.json"
PLACEHOLDER = "http://demo.invalid"
N_DOCS = 30
# One claim carried by two agencies with different figures (documents 71-72).
DISAGREEING_DOCS = ("team-071-rus-ukraine-targets-en", "team-072-rus-ukraine-cibles-fr")


@dataclass(frozen=True)
class Agency:
    key: str
    name: str
    lang: str
    feed_path: str
    feed_format: str          # 'rss' | 'atom'
    page_dir: str             # path template; {date} is YYYY/MM/DD
    template: str


AGENCIES = (
    Agency("meridian", "Meridian Wire", "en", "meridian/rss.xml", "rss", "meridian/{date}", "meridian"),
    Agency("northgate", "Northgate Press", "en", "northgate/atom.xml", "atom", "northgate/news", "northgate"),
    Agency("horizon", "Agence Horizon Presse", "fr", "horizon/rss.xml", "rss", "horizon/actualites", "horizon"),
)
BY_KEY = {a.key: a for a in AGENCIES}

# English documents go to Meridian unless listed here; French ones go to Horizon.
NORTHGATE_DOCS = {3, 9, 12, 16, 20, 24, 27, 29}
DUPLICATE_DOC = "team-006-usa-yemen-en"            # also carried by Northgate under Meridian's URL
NO_GUID_DOC = "team-018-lightning-en"              # Meridian item without <guid>
RELATIVE_LINK_DOC = "team-015-greve-aeroports-fr"  # Horizon item with a relative <link>
MISSING_PAGE = {                                   # Northgate item whose page is gone (404)
    "agency": "northgate",
    "path": "northgate/news/ministry-revises-idlib-raid-figures.html",
    "title": "Ministry revises figures on weekend raids (withdrawn)",
    "summary": "This story has been withdrawn by the editors.",
    "published": "2024-03-12T19:05:00+00:00",
}


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    return "-".join(words[:9])


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def pick(seq, key: str, n: int = 1):
    """Deterministic choice of n items of seq, driven by key."""
    start = int(hashlib.sha256(key.encode()).hexdigest(), 16) % len(seq)
    return [seq[(start + i) % len(seq)] for i in range(n)]


def load_docs(path: Path = EVAL_DOCS) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return docs[:N_DOCS] + [d for d in docs if d["id"] in DISAGREEING_DOCS]


def assign(docs: list[dict]) -> list[dict]:
    """Give each document an agency and a page path."""
    pages = []
    for doc in docs:
        if doc["lang"] == "fr":
            agency = BY_KEY["horizon"]
        else:
            number = int(doc["id"].split("-")[1])
            agency = BY_KEY["northgate" if number in NORTHGATE_DOCS else "meridian"]
        published = datetime.fromisoformat(doc["published"])
        folder = agency.page_dir.format(date=published.strftime("%Y/%m/%d"))
        pages.append({"doc_id": doc["id"], "agency": agency.key,
                      "path": f"{folder}/{slugify(doc['title'])}.html", "doc": doc})
    return pages


# --------------------------------------------------------------------------- templates

COMMENTS = {
    "en": [("r_holloway", "Thanks for keeping this short and to the point."),
           ("Pat K.", "Would be good to see the original statement linked."),
           ("northern_reader", "Hard to know what to believe these days."),
           ("M. Osei", "Good reporting, as usual."),
           ("t.brand", "Any word on when the next update is due?")],
    "fr": [("Claire_B", "Merci pour ce point clair et rapide."),
           ("jlm75", "On aimerait voir le communiqué original."),
           ("Sébastien R.", "Difficile de vérifier tout cela de loin."),
           ("Nadia", "Article intéressant, merci."),
           ("Pierre-Yves", "À suivre dans les prochains jours.")],
}

MERIDIAN = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title_attr} | Meridian Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{description}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Meridian Wire (demo)">
<meta property="og:title" content="{title_attr}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{published}">
<meta property="article:section" content="World">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/meridian/static/site.css">
</head>
<body class="story">
<div id="cookie-consent" class="consent-banner" role="dialog">
  <p>We use cookies to remember your preferences and measure traffic. <a href="/meridian/privacy.html">Privacy policy</a></p>
  <button type="button">Accept all</button> <button type="button">Manage settings</button>
</div>
<header class="masthead">
  <a class="logo" href="{base}/meridian/">Meridian Wire</a>
  <span class="demo-flag">Demo site: fictional agency for strikewire</span>
  <nav class="primary-nav"><ul>
    <li><a href="{base}/meridian/world/">World</a></li><li><a href="{base}/meridian/business/">Business</a></li>
    <li><a href="{base}/meridian/markets/">Markets</a></li><li><a href="{base}/meridian/sport/">Sport</a></li>
    <li><a href="{base}/meridian/weather/">Weather</a></li><li><a href="{base}/meridian/video/">Video</a></li>
  </ul></nav>
</header>
<div class="ticker" aria-label="Breaking news"><strong>BREAKING</strong>
  <ul>{ticker}</ul>
</div>
<div class="layout">
<main id="content">
<div class="story-head">
  <p class="kicker">World</p>
  <h1 class="headline">{title}</h1>
  <div class="byline">By Meridian Wire staff · <time datetime="{published}">{published_human}</time></div>
</div>
<article class="story-main">
  <div class="story-text">
{paragraphs}
  </div>
  <p class="story-tags">Filed under: <a href="{base}/meridian/world/">World</a></p>
</article>
<section class="related">
  <h2>Related coverage</h2>
  <ul>{related}</ul>
</section>
<section id="comments" class="comments">
  <h2>Comments ({n_comments})</h2>
{comments}
  <form class="comment-form"><textarea placeholder="Join the discussion"></textarea><button>Post</button></form>
</section>
</main>
<aside class="sidebar">
  <h2>Most read</h2>
  <ol>{most_read}</ol>
  <div class="ad-slot">Advertisement</div>
</aside>
</div>
<footer class="site-footer">
  <p>© 2024 Meridian Wire (a fictional agency created for the strikewire demo). All rights reserved.</p>
  <ul><li><a href="{base}/meridian/about.html">About us</a></li><li><a href="{base}/meridian/terms.html">Terms of use</a></li>
  <li><a href="{base}/meridian/privacy.html">Privacy</a></li><li><a href="{base}/meridian/rss.xml">RSS</a></li></ul>
</footer>
</body>
</html>
"""

NORTHGATE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title_attr} - Northgate Press</title>
<meta property="og:title" content="{title_attr}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Northgate Press (demo)">
<meta property="article:published_time" content="{published}">
<meta name="author" content="Northgate Press">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": {title_json}, "datePublished": "{published}", "publisher": {{"@type": "Organization", "name": "Northgate Press (demo)"}}}}</script>
</head>
<body>
<div class="gdpr-overlay"><div class="gdpr-box">
  <h3>Your privacy</h3><p>Northgate Press and its partners store and access information on your device. You can change your choices at any time.</p>
  <a class="btn" href="#">I agree</a> <a class="btn" href="#">Reject</a>
</div></div>
<div id="top-bar"><a href="{base}/northgate/">NORTHGATE PRESS</a> <em>demo: fictional outlet</em>
  <a href="{base}/northgate/news/">News</a> | <a href="{base}/northgate/opinion/">Opinion</a> | <a href="{base}/northgate/culture/">Culture</a> | <a href="{base}/northgate/sport/">Sport</a> | <a href="{base}/northgate/subscribe.html">Subscribe</a>
</div>
<div id="live-strip"><span class="label">Latest</span> {ticker_inline}</div>
<div id="wrapper">
  <div id="left-col">
    <div class="breadcrumbs"><a href="{base}/northgate/">Home</a> › <a href="{base}/northgate/news/">News</a></div>
    <div class="story-header">
      <h1>{title}</h1>
      <div class="meta">Published <span class="date">{published_human}</span> · 3 min read</div>
      <div class="share"><a href="#">Share</a> <a href="#">Email</a> <a href="#">Print</a></div>
    </div>
    <div class="story-body" itemprop="articleBody">
{paragraphs}
    </div>
    <div class="newsletter-box"><p>Get the Northgate morning briefing in your inbox.</p><input type="email" placeholder="Email address"><button>Sign up</button></div>
    <div class="more-stories"><h3>More from Northgate</h3>
{related_divs}
    </div>
    <div class="discussion" id="disqus_thread">
      <h3>{n_comments} reader comments</h3>
{comments}
    </div>
  </div>
  <div id="right-col">
    <div class="widget trending"><h3>Trending now</h3><ul>{most_read}</ul></div>
    <div class="widget"><h3>Weather</h3><p>London 11°C, showers later</p></div>
  </div>
</div>
<div id="footer">Northgate Press is a fictional outlet made for the strikewire demo. <a href="{base}/northgate/contact.html">Contact</a> · <a href="{base}/northgate/cookies.html">Cookies</a> · <a href="{base}/northgate/atom.xml">Atom feed</a></div>
</body>
</html>
"""

HORIZON = """<!DOCTYPE html>
<html lang="{lang}" dir="ltr">
<head>
<meta charset="UTF-8">
<title>{title_attr} - Agence Horizon Presse</title>
<meta name="description" content="{description}">
<meta property="og:locale" content="fr_FR">
<meta property="og:title" content="{title_attr}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Agence Horizon Presse (démo)">
<meta property="article:published_time" content="{published}">
<meta property="article:section" content="International">
<link rel="canonical" href="{url}">
</head>
<body class="page-article">
<div class="bandeau-cookies" id="tarteaucitron">
  <p>Ce site utilise des cookies pour mesurer l'audience et personnaliser les contenus. <a href="{base}/horizon/confidentialite.html">En savoir plus</a></p>
  <button>Tout accepter</button> <button>Personnaliser</button> <button>Continuer sans accepter</button>
</div>
<header class="entete">
  <div class="marque"><a href="{base}/horizon/">Agence Horizon Presse</a> <small>site de démonstration, agence fictive</small></div>
  <nav class="menu-principal"><ul>
    <li><a href="{base}/horizon/international/">International</a></li><li><a href="{base}/horizon/france/">France</a></li>
    <li><a href="{base}/horizon/economie/">Économie</a></li><li><a href="{base}/horizon/sports/">Sports</a></li>
    <li><a href="{base}/horizon/culture/">Culture</a></li><li><a href="{base}/horizon/direct/">En direct</a></li>
  </ul></nav>
  <div class="flash-info"><span>Flash info</span><marquee>{ticker_inline}</marquee></div>
</header>
<main class="contenu">
  <div class="fil-ariane"><a href="{base}/horizon/">Accueil</a> &gt; <a href="{base}/horizon/international/">International</a></div>
  <article class="article" itemscope itemtype="https://schema.org/NewsArticle">
    <header>
      <h1 itemprop="headline">{title}</h1>
      <p class="signature">Par la rédaction, avec agences · Publié le <time itemprop="datePublished" datetime="{published}">{published_human}</time></p>
    </header>
    <div class="corps" itemprop="articleBody">
{paragraphs}
    </div>
    <footer class="article-pied"><p>© Agence Horizon Presse (fictive). Reproduction interdite.</p></footer>
  </article>
  <section class="a-lire-aussi">
    <h2>À lire aussi</h2>
    <ul>{related}</ul>
  </section>
  <section class="reactions" id="reactions">
    <h2>Réactions ({n_comments})</h2>
{comments}
    <p><a href="{base}/horizon/connexion.html">Connectez-vous pour réagir</a></p>
  </section>
</main>
<aside class="colonne">
  <div class="bloc plus-lus"><h2>Les plus lus</h2><ol>{most_read}</ol></div>
  <div class="bloc pub">Publicité</div>
</aside>
<footer class="pied-de-page">
  <ul><li><a href="{base}/horizon/mentions-legales.html">Mentions légales</a></li><li><a href="{base}/horizon/contact.html">Contact</a></li>
  <li><a href="{base}/horizon/rss.xml">Flux RSS</a></li></ul>
  <p>Agence Horizon Presse est une agence fictive créée pour la démonstration de strikewire.</p>
</footer>
</body>
</html>
"""

TEMPLATES = {"meridian": MERIDIAN, "northgate": NORTHGATE, "horizon": HORIZON}
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]


def human_date(published: datetime, lang: str) -> str:
    if lang == "fr":
        return f"{published.day} {MONTHS_FR[published.month - 1]} {published.year} à {published:%H:%M}"
    return f"{published:%B} {published.day}, {published.year} {published:%H:%M} GMT"


def page_url(page: dict) -> str:
    return f"{PLACEHOLDER}/{page['path']}"


def render_page(page: dict, site_pages: list[dict]) -> str:
    doc, agency = page["doc"], BY_KEY[page["agency"]]
    published = datetime.fromisoformat(doc["published"])
    others = [p for p in site_pages if p is not page]
    newest = sorted(others, key=lambda p: p["doc"]["published"], reverse=True)
    ticker = newest[:3]
    most_read = pick(others, page["doc_id"] + "most", min(5, len(others)))
    related = pick(others, page["doc_id"] + "rel", min(2, len(others)))
    comments = pick(COMMENTS[doc["lang"]], page["doc_id"], 3)
    link = lambda p: f'<a href="{page_url(p)}">{esc(p["doc"]["title"])}</a>'  # noqa: E731
    if agency.template == "northgate":
        paragraphs = "\n".join(f"      <p>{esc(par)}</p>" for par in doc["text"].split("\n"))
        comment_html = "\n".join(
            f'      <div class="comment"><span class="who">{esc(who)}</span><div class="said">{esc(what)}</div></div>'
            for who, what in comments)
    else:
        paragraphs = "\n".join(f"    <p>{esc(par)}</p>" for par in doc["text"].split("\n"))
        comment_html = "\n".join(
            f'  <div class="comment"><p class="author">{esc(who)}</p><p>{esc(what)}</p></div>'
            for who, what in comments)
    first = doc["text"].split("\n")[0]
    description = first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "…"
    return TEMPLATES[agency.template].format(
        lang=doc["lang"], title=esc(doc["title"]), title_attr=attr(doc["title"]),
        title_json=json.dumps(doc["title"], ensure_ascii=False), description=attr(description),
        url=page_url(page), base=PLACEHOLDER, published=published.isoformat(),
        published_human=human_date(published, doc["lang"]), paragraphs=paragraphs,
        ticker="".join(f"<li>{link(p)}</li>" for p in ticker),
        ticker_inline=" · ".join(link(p) for p in ticker),
        related="".join(f"<li>{link(p)}</li>" for p in related),
        related_divs="\n".join(f'      <div class="teaser">{link(p)}</div>' for p in related),
        most_read="".join(f"<li>{link(p)}</li>" for p in most_read),
        comments=comment_html, n_comments=len(comments))


# --------------------------------------------------------------------------- feeds

def feed_items(agency: Agency, pages: list[dict]) -> list[dict]:
    items = []
    for page in pages:
        if page["agency"] == agency.key or (agency.key == "northgate" and page["doc_id"] == DUPLICATE_DOC):
            doc = page["doc"]
            items.append({"title": doc["title"], "link": page_url(page),
                          "guid": None if page["doc_id"] == NO_GUID_DOC else page_url(page),
                          "summary": doc["text"].split("\n")[0],
                          "published": doc["published"], "doc_id": page["doc_id"]})
    if agency.key == MISSING_PAGE["agency"]:
        url = f"{PLACEHOLDER}/{MISSING_PAGE['path']}"
        items.append({"title": MISSING_PAGE["title"], "link": url, "guid": url,
                      "summary": MISSING_PAGE["summary"], "published": MISSING_PAGE["published"],
                      "doc_id": None})
    for item in items:
        if item["doc_id"] == RELATIVE_LINK_DOC:
            item["link"] = item["link"].removeprefix(PLACEHOLDER)
    return sorted(items, key=lambda i: i["published"], reverse=True)


def render_rss(agency: Agency, items: list[dict]) -> str:
    newest = datetime.fromisoformat(items[0]["published"])
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>",
           f"  <title>{esc(agency.name)} (demo)</title>",
           f"  <link>{PLACEHOLDER}/{agency.key}/</link>",
           f'  <atom:link href="{PLACEHOLDER}/{agency.feed_path}" rel="self" type="application/rss+xml"/>',
           f"  <description>{esc(agency.name)}: fictional agency feed for the strikewire demo</description>",
           f"  <language>{agency.lang}</language>",
           f"  <lastBuildDate>{format_datetime(newest)}</lastBuildDate>",
           "  <ttl>15</ttl>"]
    for item in items:
        out += ["  <item>",
                f"    <title>{esc(item['title'])}</title>",
                f"    <link>{esc(item['link'])}</link>"]
        if item["guid"]:
            out.append(f'    <guid isPermaLink="true">{esc(item["guid"])}</guid>')
        out += [f"    <pubDate>{format_datetime(datetime.fromisoformat(item['published']))}</pubDate>",
                f"    <description>{esc(item['summary'])}</description>",
                "  </item>"]
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def render_atom(agency: Agency, items: list[dict]) -> str:
    newest = datetime.fromisoformat(items[0]["published"]).isoformat()
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{agency.lang}">',
           f"  <title>{esc(agency.name)} (demo)</title>",
           "  <subtitle>Fictional outlet feed for the strikewire demo</subtitle>",
           f'  <link rel="self" href="{PLACEHOLDER}/{agency.feed_path}"/>',
           f'  <link rel="alternate" href="{PLACEHOLDER}/{agency.key}/"/>',
           f"  <id>tag:northgate.demo,2024:feed</id>",
           f"  <updated>{newest}</updated>",
           f"  <author><name>{esc(agency.name)}</name></author>"]
    for item in items:
        published = datetime.fromisoformat(item["published"]).isoformat()
        out += ["  <entry>",
                f"    <title>{esc(item['title'])}</title>",
                f'    <link rel="alternate" type="text/html" href="{attr(item["link"])}"/>',
                f"    <id>{esc(item['guid'])}</id>",
                f"    <published>{published}</published>",
                f"    <updated>{published}</updated>",
                f"    <summary>{esc(item['summary'])}</summary>",
                "  </entry>"]
    out += ["</feed>", ""]
    return "\n".join(out)


# --------------------------------------------------------------------------- build

def build(site: Path = SITE, manifest_path: Path = MANIFEST, docs_path: Path = EVAL_DOCS) -> dict:
    """Write every feed and page under `site` and the manifest; return the manifest."""
    pages = assign(load_docs(docs_path))
    if site.exists():
        shutil.rmtree(site)
    files: dict[str, str] = {}
    for agency in AGENCIES:
        site_pages = [p for p in pages if p["agency"] == agency.key]
        for page in site_pages:
            files[page["path"]] = render_page(page, site_pages)
        items = feed_items(agency, pages)
        render = render_atom if agency.feed_format == "atom" else render_rss
        files[agency.feed_path] = render(agency, items)
    for rel, text in sorted(files.items()):
        target = site / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
    manifest = {
        "note": "Generated by strikewire/demo_corpus/build.py from extractors/eval/team.jsonl; "
                "fictional agencies for the strikewire demo.",
        "placeholder": PLACEHOLDER,
        "feeds": [{"name": f"demo-{a.key}", "agency": a.name, "lang": a.lang, "path": a.feed_path,
                   "format": a.feed_format} for a in AGENCIES],
        "pages": [{"doc_id": p["doc_id"], "agency": p["agency"], "path": p["path"],
                   "published": p["doc"]["published"]} for p in pages],
        "missing": [MISSING_PAGE["path"]],
        "duplicate_doc": DUPLICATE_DOC,
        "no_guid_doc": NO_GUID_DOC,
        "relative_link_doc": RELATIVE_LINK_DOC,
    }
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8", newline="\n")
    return manifest


if __name__ == "__main__":
    m = build()
    print(f"{len(m['pages'])} pages, {len(m['feeds'])} feeds written under {SITE}")
