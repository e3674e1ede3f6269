// Profile of one organization: identifiers, region, industry, people, clusters and agreements.
// param org: organization — name, alias, abbreviation or ИНН (example: 2118678250)
// returns: name, kind, legal_form, inn, ogrn, okved, status, regions, people, groups, agreements, sources
MATCH (o:Organization {id: $org})
OPTIONAL MATCH (o)-[:LOCATED_IN]->(p:Place)
WITH o, collect(DISTINCT p.name) AS regions
OPTIONAL MATCH (person:Person)-[:HOLDS_POSITION|DIRECTS]->(o)
WITH o, regions, collect(DISTINCT person.name) AS people
OPTIONAL MATCH (o)-[:MEMBER_OF]->(g:Organization)
WITH o, regions, people, collect(DISTINCT g.name) AS groups
OPTIONAL MATCH (o)-[:PARTY_TO]->(a:Agreement)
RETURN o.name AS name, o.kind AS kind, o.legal_form AS legal_form, o.inn AS inn, o.ogrn AS ogrn,
       o.okved AS okved, o.status AS status, regions, people, groups,
       collect(DISTINCT a.name) AS agreements, o.sources AS sources
