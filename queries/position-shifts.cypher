// name: position-shifts
// title: Position shifts
// description: Actors that were for a proposal in some articles and against it in others, with when each side was reported and the direction of the shift
// params: actor:actor (optional), topic:topic (optional), limit:int=200
MATCH (x)-[:REJECTS]->(p:Proposal)
WHERE ($actor = '' OR x.key = $actor) AND ($topic = '' OR $topic IN p.topics)
WITH DISTINCT x, p
MATCH (x)-[r:DEMANDS|PROPOSES|SUPPORTS|GUARANTEES|REJECTS]->(p)
WITH x, p, r, CASE WHEN type(r) = 'REJECTS' THEN 'against' ELSE 'for' END AS side, coalesce(r.date, '') AS d
WITH x, p,
     min(CASE WHEN side = 'for' THEN d ELSE null END) AS first_for,
     max(CASE WHEN side = 'for' THEN d ELSE null END) AS last_for,
     min(CASE WHEN side = 'against' THEN d ELSE null END) AS first_against,
     max(CASE WHEN side = 'against' THEN d ELSE null END) AS last_against,
     count(DISTINCT CASE WHEN side = 'for' THEN r.article ELSE null END) AS for_articles,
     count(DISTINCT CASE WHEN side = 'against' THEN r.article ELSE null END) AS against_articles
WHERE for_articles > 0
RETURN x.name AS actor, p.name AS proposal,
       CASE WHEN last_for < first_against THEN 'for -> against'
            WHEN last_against < first_for THEN 'against -> for'
            ELSE 'both, overlapping' END AS shift,
       first_for, last_for, for_articles, first_against, last_against, against_articles
ORDER BY actor, proposal
LIMIT $limit
