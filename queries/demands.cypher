// name: demands
// title: Demands
// description: What each actor demands (conditions, insistences), most reported first, with article counts; a person's demands count for the state or organisation they represent
// params: actor:actor (optional), limit:int=200
MATCH (x)-[:DEMANDS]->(:Proposal)
WITH DISTINCT x
OPTIONAL MATCH (x)-[:REPRESENTS*1..2]->(s:State|Organisation)
WITH DISTINCT x, s
WHERE $actor = '' OR x.key = $actor OR s.key = $actor
WITH DISTINCT x, coalesce(s.name, x.name) AS side
MATCH (x)-[r:DEMANDS]->(p:Proposal)
RETURN side AS actor, p.name AS proposal, p.kind AS kind, p.topics AS topics,
       collect(DISTINCT x.name) AS speakers, count(DISTINCT r.article) AS articles,
       min(r.date) AS first_seen, max(r.date) AS last_seen
ORDER BY articles DESC, actor, proposal
LIMIT $limit
