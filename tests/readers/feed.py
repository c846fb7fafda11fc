"""Reads a feed file with feedparser, as feed readers do, and prints what it found as JSON:
{"version", "bozo" (whether it is malformed), "title", "language", "entries": [{"id", "title",
"link", "updated", "summary", "content"}]}. The browser tests compare it with the dataset."""

import json
import sys

import feedparser

feed = feedparser.parse(sys.argv[1])
print(json.dumps({
    "version": feed.version,
    "bozo": bool(feed.bozo),
    "title": feed.feed.get("title"),
    "language": feed.feed.get("language"),
    "entries": [
        {
            "id": entry.id,
            "title": entry.title,
            "link": entry.link,
            "updated": entry.updated,
            "summary": entry.summary,
            "content": entry.content[0].value,
        }
        for entry in feed.entries
    ],
}))
