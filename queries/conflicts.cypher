// name: conflicts
// title: Conflicts
// description: Proposals one side demands and another side rejects (people count for the state or organisation they represent), most reported first
// params: topic:topic (optional), limit:int=100
MATCH (x)-[:DEMANDS|REJECTS]->(:Proposal)
WITH DISTINCT x
OPTIONAL MATCH (x)-[:REPRESENTS*1..2]->(s:State|Organisation)
WITH DISTINCT x, coalesce(s.name, x.name) AS side
MATCH (x)-[r:DEMANDS|REJECTS]->(p:Proposal)
WHERE $topic = '' OR $topic IN p.topics
WITH p, side, type(r) AS stance, count(DISTINCT r.article) AS n
WITH p, collect(CASE WHEN stance = 'DEMANDS' THEN side ELSE null END) AS demanders,
        collect(CASE WHEN stance = 'REJECTS' THEN side ELSE null END) AS rejecters,
        sum(CASE WHEN stance = 'DEMANDS' THEN n ELSE 0 END) AS demand_reports,
        sum(CASE WHEN stance = 'REJECTS' THEN n ELSE 0 END) AS reject_reports
WHERE size(demanders) > 0 AND size(rejecters) > 0
UNWIND demanders AS demanded_by
UNWIND rejecters AS rejected_by
WITH p, demanded_by, rejected_by, demand_reports, reject_reports
WHERE demanded_by <> rejected_by
RETURN p.name AS proposal, p.kind AS kind, demanded_by, rejected_by, demand_reports, reject_reports
ORDER BY demand_reports + reject_reports DESC, proposal, demanded_by, rejected_by
LIMIT $limit
