"""Reads the SQLite export as Python's sqlite3 and sqlite-utils do, and prints what it holds as
JSON: {"integrity", "foreign_key_violations", "version", "counts": {table: rows},
"foreign_keys": {table: [[column, other table, other column]]}, "sources": [[event, document,
excerpt, start, end]]}. The tests compare it with the dataset."""

import json
import sqlite3
import sys

import sqlite_utils

path = sys.argv[1]
connection = sqlite3.connect(path)
connection.execute("PRAGMA foreign_keys = ON")
db = sqlite_utils.Database(connection)
print(json.dumps({
    "integrity": connection.execute("PRAGMA integrity_check").fetchone()[0],
    "foreign_key_violations": connection.execute("PRAGMA foreign_key_check").fetchall(),
    "version": connection.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0],
    "counts": {table.name: table.count for table in db.tables},
    "foreign_keys": {
        table.name: sorted([fk.column, fk.other_table, fk.other_column] for fk in table.foreign_keys)
        for table in db.tables
    },
    "sources": connection.execute(
        "SELECT event_id, document_id, excerpt, excerpt_start, excerpt_end FROM sources ORDER BY id"
    ).fetchall(),
}))
