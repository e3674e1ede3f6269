// Cooperation and membership links first seen on or after a date, newest first (where each was first
// seen: r.first_source in `promgraph cypher`).
// param since: date — YYYY-MM-DD (example: 2025-01-01)
// param limit: int = 100 — at most this many rows, newest first (example: 20)
// returns: source, link, target, first_seen
MATCH (a:Organization)-[r:COOPERATES_WITH|MEMBER_OF]->(b:Organization)
WHERE r.first_seen >= $since
WITH a, r, b ORDER BY r.first_seen DESC LIMIT $limit
RETURN a.name AS source, r.what AS link, b.name AS target, r.first_seen AS first_seen
ORDER BY first_seen DESC, source, target
