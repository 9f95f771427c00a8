"""extractor: Russian news articles → structured, validated JSON records.

    import extractor
    record = extractor.extract(text, doc_id="a1")
    pipe = extractor.Pipeline()
    for record in pipe.pipe(texts):
        print(record.model_dump_json())
"""
__version__ = "0.1.0"

_PIPELINE = ("Pipeline", "TextTooLong", "EmptyText", "extract")
_SCHEMA = ("SCHEMA_VERSION", "Attribution", "Briefing", "DateMention", "Directive", "Entity", "Indicator",
           "Mention", "Period", "Person", "Quantity", "Record", "ReferenceDate", "json_schema")


def __getattr__(name):
    """The pipeline's and the schema's names are imported on first use: the commands that only read
    records (`extractor table`, `extractor schema`) start without loading the pipeline's modules, and a
    batch's read-ahead (batch.py) is forked before pydantic is imported."""
    if name in _PIPELINE:
        from . import pipeline
        return getattr(pipeline, name)
    if name in _SCHEMA:
        from . import schema
        return getattr(schema, name)
    raise AttributeError("module 'extractor' has no attribute %r" % name)

__all__ = ["Pipeline", "TextTooLong", "EmptyText", "extract", "Record", "Entity", "Mention", "Quantity", "DateMention",
           "Period", "Briefing", "Person", "Indicator", "Directive", "Attribution", "ReferenceDate",
           "SCHEMA_VERSION", "json_schema", "__version__"]
