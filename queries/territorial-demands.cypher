// name: territorial-demands
// title: Territorial demands
// description: Territorial demands by side (people count for the state they represent), with topics and dates
// params: actor:actor (optional)
MATCH (x)-[:DEMANDS]->(:Proposal {kind: 'territorial'})
WITH DISTINCT x
OPTIONAL MATCH (x)-[:REPRESENTS*1..2]->(s:State|Organisation)
WITH DISTINCT x, s
WHERE $actor = '' OR x.key = $actor OR s.key = $actor
WITH DISTINCT x, coalesce(s.name, x.name) AS side
MATCH (x)-[r:DEMANDS]->(p:Proposal {kind: 'territorial'})
RETURN side, p.name AS demand, p.topics AS topics,
       count(DISTINCT r.article) AS articles, min(r.date) AS first_seen, max(r.date) AS last_seen
ORDER BY side, articles DESC, demand
