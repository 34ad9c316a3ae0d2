// name: position-shifts
// title: Position shifts
// description: Where an actor's stance on the same proposal changes between articles (for it in one, against it in another), oldest first
// params: actor:actor (optional), topic:topic (optional)
MATCH (x)-[r1:DEMANDS|PROPOSES|SUPPORTS|GUARANTEES|REJECTS]->(p:Proposal)<-[r2:DEMANDS|PROPOSES|SUPPORTS|GUARANTEES|REJECTS]-(x)
WHERE r1.article <> r2.article
  AND coalesce(r1.date, '') + r1.article < coalesce(r2.date, '') + r2.article
  AND ($actor = '' OR x.key = $actor)
  AND ($topic = '' OR $topic IN p.topics)
WITH x, p, r1, r2,
     CASE WHEN type(r1) = 'REJECTS' THEN 'against' ELSE 'for' END AS before,
     CASE WHEN type(r2) = 'REJECTS' THEN 'against' ELSE 'for' END AS after
WHERE before <> after
RETURN x.name AS actor, p.name AS proposal, type(r1) AS earlier, r1.date AS earlier_date, r1.article AS earlier_article,
       type(r2) AS later, r2.date AS later_date, r2.article AS later_article, r2.sentence AS later_sentence
ORDER BY actor, proposal, earlier_date, later_date
