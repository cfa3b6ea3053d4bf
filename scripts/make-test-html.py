#!/usr/bin/env python3
"""Wrap corpus texts in pages shaped like press.un.org and UN News pages
(testdata/html; committed, run again only to remake them). The navigation,
sidebar, scripts and footer name organizations the texts do not, so a test
can tell the article's facts from the site's."""
import html, pathlib

root = pathlib.Path(__file__).resolve().parent.parent
NAV = """<nav class="navbar" aria-label="Main"><ul>
<li><a href="/en/content/security-council">Security Council</a></li>
<li><a href="/en/content/general-assembly">General Assembly</a></li>
<li><a href="https://www.who.int">World Health Organization</a></li>
<li><a href="https://www.unicef.org">UNICEF</a></li>
<li><a href="/en/content/ecosoc">Economic and Social Council</a></li></ul></nav>"""
FOOT = """<footer class="site-footer"><p>United Nations Office on Drugs and Crime | International Atomic Energy Agency |
World Food Programme</p><p>Copyright United Nations, 18 May 2024</p></footer>"""
SCRIPT = """<script>window.dataLayer=[{"org":"International Monetary Fund","page":"press"}];</script>
<style>.field--name-body p{margin:0 0 1em}</style>"""


def paras(text):
    return [l.strip() for l in text.split("\n") if l.strip()]


def press(name, out, date):
    lines = paras((root / "testdata/corpus" / name).read_text())
    head, body = lines[0], lines[1:]
    ps = "\n".join("<p>%s</p>" % html.escape(l) for l in body)
    page = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><title>{html.escape(head)} | Meetings Coverage and Press Releases</title>
<meta property="og:title" content="{html.escape(head)}">
<meta name="dcterms.date" content="{date}T00:00:00Z">
{SCRIPT}</head>
<body>
<header class="region-header"><a href="/en">Meetings Coverage and Press Releases</a>
<form action="/en/search"><input name="q" placeholder="Search the United Nations"></form></header>
{NAV}
<main role="main"><article class="node--type-press-release">
<h1 class="page-header">{html.escape(head)}</h1>
<div class="field--name-body">
{ps}
</div></article></main>
<aside class="sidebar"><h2>Related</h2><ul><li>Food and Agriculture Organization of the United Nations</li></ul></aside>
{FOOT}
</body></html>
"""
    (root / "testdata/html" / out).write_text(page)


def news(name, out, lang, date):
    lines = paras((root / "testdata/corpus" / name).read_text())
    head, body = lines[0], lines[1:]
    ps = "\n".join("<p>%s</p>" % html.escape(l) for l in body)
    page = f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{html.escape(head)} | UN News</title>
<meta property="article:published_time" content="{date}T12:00:00+00:00">
{SCRIPT}</head>
<body class="page-node-type-news-story">
<div class="skip"><a href="#main-content">Skip to main content</a></div>
{NAV}
<div class="layout">
<article class="news-story" id="main-content">
<header class="story-header"><h1>{html.escape(head)}</h1>
<time datetime="{date}T12:00:00Z" class="story-date">{date}</time></header>
<div class="story-body">
{ps}
</div>
<footer class="story-tags"><a href="/en/tags/peace">Peace and Security</a></footer>
</article></div>
{FOOT}
</body></html>
"""
    (root / "testdata/html" / out).write_text(page)


press("02_en_sc7724_press.txt", "press_sc7724.html", "2003-04-11")
news("37_ru_news_amisom_201202.txt", "news_ru_amisom.html", "ru", "2012-02-22")
