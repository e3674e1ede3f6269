from promgraph.graph.model import Document, Edge, Evidence, Extraction, Node


def test_extraction_round_trip():
    evidence = Evidence("doc-1", "Завод подписал соглашение.", 10, 36, "rule:agreement", 0.8, "2025-01-01",
                        "соглашение", 25, 35)
    extraction = Extraction(
        Document("doc-1", "Заголовок", "текст", url="https://example.org/1", published="2025-01-01"),
        (Node("e1", "Organization", "Завод", "company", ("ЗАВОД",), {"inn": "7707083893"}, (evidence,)),),
        (Edge("LOCATED_IN", "e1", "l1", {}, (evidence,)),),
    )
    assert Extraction.from_dict(extraction.to_dict()) == extraction
