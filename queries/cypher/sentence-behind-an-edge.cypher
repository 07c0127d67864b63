// The sentences behind an edge: where the texts say the Treaty of Good-Neighbourliness was signed
// on 2001-07-16. Every fact carries its sentence ids (r.sentences) and offsets.
MATCH (d:Document)-[r:SIGNED_ON]->(t:Date {value: '2001-07-16'})
UNWIND r.sentences AS sentenceID
MATCH (s:Sentence {id: sentenceID})-[:IN_SOURCE]->(src:Source)
RETURN d.name AS document, t.value AS signed, src.path AS source, s.text AS sentence
ORDER BY source, sentence;
