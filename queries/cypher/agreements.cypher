// Agreements with their parties, date and source documents; optionally of one region or period.
// param region: place = null — region the parties are located in (example: Тульская область)
// param since: date = null — earliest date, YYYY-MM-DD (example: 2024-01-01)
// param until: date = null — latest date, YYYY-MM-DD (example: 2025-12-31)
// returns: agreement, kind, date, parties, subject, sources
MATCH (o:Organization)-[:PARTY_TO]->(a:Agreement)
WHERE coalesce(a.date, '') >= coalesce($since, '') AND coalesce(a.date, '') <= coalesce($until, '9999')
OPTIONAL MATCH (o)-[:LOCATED_IN]->(place:Place)
WITH a, o, collect(place.id) AS places
WITH a, collect(DISTINCT o.name) AS parties, sum(CASE WHEN $region IN places THEN 1 ELSE 0 END) AS in_region
WHERE $region IS NULL OR in_region > 0
RETURN a.name AS agreement, a.kind AS kind, a.date AS date, parties, a.subject AS subject, a.sources AS sources
ORDER BY date, agreement
