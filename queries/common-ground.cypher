// name: common-ground
// title: Common ground
// description: Proposals backed by both of two actors, or backed by one and rejected by neither (people count for the side they represent)
// params: a:actor=Russia, b:actor=Ukraine
MATCH (x)-[:DEMANDS|PROPOSES|SUPPORTS|GUARANTEES|REJECTS]->(:Proposal)
WITH DISTINCT x
OPTIONAL MATCH (x)-[:REPRESENTS*1..2]->(s:State|Organisation)
WITH DISTINCT x,
     CASE WHEN x.key = $a OR s.key = $a THEN 'a' WHEN x.key = $b OR s.key = $b THEN 'b' ELSE '' END AS who
WHERE who <> ''
MATCH (x)-[r:DEMANDS|PROPOSES|SUPPORTS|GUARANTEES|REJECTS]->(p:Proposal)
WITH p, who, type(r) AS stance
WITH p,
     sum(CASE WHEN who = 'a' AND stance <> 'REJECTS' THEN 1 ELSE 0 END) AS a_for,
     sum(CASE WHEN who = 'a' AND stance = 'REJECTS' THEN 1 ELSE 0 END) AS a_against,
     sum(CASE WHEN who = 'b' AND stance <> 'REJECTS' THEN 1 ELSE 0 END) AS b_for,
     sum(CASE WHEN who = 'b' AND stance = 'REJECTS' THEN 1 ELSE 0 END) AS b_against
WHERE (a_for > 0 AND b_for > 0) OR ((a_for > 0 OR b_for > 0) AND a_against = 0 AND b_against = 0)
RETURN p.name AS proposal, p.kind AS kind,
       CASE WHEN a_for > 0 AND b_for > 0 THEN 'backed by both' ELSE 'backed by one, rejected by neither' END AS basis,
       a_for AS a_backing, b_for AS b_backing, a_against AS a_rejecting, b_against AS b_rejecting
ORDER BY basis, proposal
