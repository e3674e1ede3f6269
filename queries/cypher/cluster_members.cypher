// Members and residents of a cluster, park, special economic zone or association.
// param cluster: organization — the cluster, park, zone or association (example: ОЭЗ «Приокская»)
// returns: member, kind, inn, sources
MATCH (m:Organization)-[r:MEMBER_OF]->(g:Organization {id: $cluster})
RETURN m.name AS member, m.kind AS kind, m.inn AS inn, r.sources AS sources
ORDER BY member
