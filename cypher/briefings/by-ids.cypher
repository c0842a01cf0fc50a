UNWIND $ids AS id
MATCH (b:Briefing {id: id})
RETURN b { .id, .title, .url, .source, .publishedAt, .text, .annotator } AS briefing
