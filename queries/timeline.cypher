// name: timeline
// title: Timeline
// description: An actor's stances (and those of the people who represent it) in date order, with the sentences they come from
// params: actor:actor, topic:topic (optional)
MATCH (x)-[:DEMANDS|PROPOSES|SUPPORTS|REJECTS|GUARANTEES|MEDIATES|ACCUSES]->()
WITH DISTINCT x
OPTIONAL MATCH (x)-[:REPRESENTS*1..2]->(s:State|Organisation)
WITH DISTINCT x, s
WHERE x.key = $actor OR s.key = $actor
WITH DISTINCT x
MATCH (x)-[r:DEMANDS|PROPOSES|SUPPORTS|REJECTS|GUARANTEES|MEDIATES|ACCUSES]->(t)
WHERE $topic = '' OR $topic IN t.topics
RETURN DISTINCT coalesce(r.date, '') AS date, r.article AS article, x.name AS speaker, type(r) AS stance,
       t.name AS target, r.sentence AS sentence
ORDER BY date, article, speaker, stance, target
