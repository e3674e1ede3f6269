// Organizations named together in one news item with no cooperation or agreement link between them.
// param min_documents: int = 1 — in at least this many documents (example: 2)
// param limit: int = 100 — at most this many pairs (example: 20)
// returns: first, second, documents
MATCH (d:Document)
WHERE d.kind = 'news'
MATCH (a:Organization)-[:MENTIONED_IN]->(d)<-[:MENTIONED_IN]-(b:Organization)
WHERE a.id < b.id
  AND NOT EXISTS { MATCH (a)-[:COOPERATES_WITH]-(b) }
  AND NOT EXISTS { MATCH (a)-[:PARTY_TO]->(:Agreement)<-[:PARTY_TO]-(b) }
WITH a, b, count(DISTINCT d) AS documents
WHERE documents >= $min_documents
RETURN a.name AS first, b.name AS second, documents
ORDER BY documents DESC, first, second
LIMIT $limit
