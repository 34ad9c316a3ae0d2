// name: conflicts
// title: Conflicts
// description: Proposals one side demands and another side rejects (people count for the state or organisation they represent)
// params: topic:topic (optional)
MATCH (a)-[d:DEMANDS]->(p:Proposal)<-[j:REJECTS]-(b)
WHERE $topic = '' OR $topic IN p.topics
OPTIONAL MATCH (a)-[:REPRESENTS*1..2]->(sa:State|Organisation)
OPTIONAL MATCH (b)-[:REPRESENTS*1..2]->(sb:State|Organisation)
WITH p, d, j, coalesce(sa.name, a.name) AS demanded_by, coalesce(sb.name, b.name) AS rejected_by
WHERE demanded_by <> rejected_by
RETURN p.name AS proposal, p.kind AS kind, demanded_by, rejected_by,
       count(DISTINCT d.article) AS demand_articles, count(DISTINCT j.article) AS reject_articles
ORDER BY proposal, demanded_by, rejected_by
