// Organizations named together in one news item with no cooperation or agreement link between them.
// param min_documents: int = 1 — in at least this many documents (example: 2)
// param limit: int = 100 — at most this many pairs (example: 20)
// returns: first, second, documents
MATCH (d:Document)
WHERE d.kind = 'news'
MATCH (a:Organization)-[:MENTIONED_IN]->(d)<-[:MENTIONED_IN]-(b:Organization)
WHERE a.id < b.id
WITH a, b, count(DISTINCT d) AS documents
WHERE documents >= $min_documents
OPTIONAL MATCH (a)-[c:COOPERATES_WITH]-(b)
WITH a, b, documents, count(c) AS links
WHERE links = 0
OPTIONAL MATCH (a)-[:PARTY_TO]->(g:Agreement)<-[:PARTY_TO]-(b)
WITH a, b, documents, count(g) AS agreements
WHERE agreements = 0
RETURN a.name AS first, b.name AS second, documents
ORDER BY documents DESC, first, second
LIMIT $limit
